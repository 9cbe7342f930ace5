// The load, model and graph stages: files, includes, TOML shape and id resolution.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "base/limits.h"
#include "load/load.h"
#include "support.h"

using namespace toc::test;
using Catch::Matchers::Contains;

TEST_CASE("unknown-id suggests the nearest id") {
  const auto bad = run(edit("leads_to = [\"know\"]", "leads_to = [\"knwo\"]"));
  REQUIRE(count(bad, "unknown-id") == 1);
  const auto& d = first(bad, "unknown-id");
  CHECK(d.message == "'trained' leads to 'knwo', which is not defined");
  CHECK(d.help == "did you mean 'know'?");
  CHECK(d.range.line == 21);
  CHECK(d.range.column == 13);
}

TEST_CASE("unknown-id for priorities, indicators and links") {
  CHECK(first(run(edit("priority = \"p\"", "priority = \"pp\"")), "unknown-id").help == "did you mean 'p'?");
  CHECK(count(run(edit("measures = [\"know\", \"safe\"]", "measures = [\"know\", \"sfae\"]")), "unknown-id") == 1);
  CHECK(count(run(edit("from = \"know\"", "from = \"nowhere\"")), "unknown-id") == 1);
  const auto wrong_kind = run(edit("leads_to = [\"know\"]", "leads_to = [\"p\"]"));
  CHECK(first(wrong_kind, "unknown-id").message == "'trained' leads to 'p', which is a priority, not a node");
}

TEST_CASE("duplicate-id across files and kinds points at the first definition") {
  const auto bad = run({{"m/strategy.toml", edit("[strategy]\n", "[strategy]\ninclude = [\"more.toml\"]\n")},
                        {"m/more.toml", "[outcome.train]\ntitle = \"Again\"\nterm = \"short\"\n"}});
  REQUIRE(count(bad, "duplicate-id") == 1);
  const auto& d = first(bad, "duplicate-id");
  CHECK(d.message == "'train' is already defined as an activity");
  CHECK(bad.model.sources.path(d.range.file) == "m/more.toml");
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].message == "first defined here");
  CHECK(bad.model.sources.path(d.notes[0].range.file) == "m/strategy.toml");
}

TEST_CASE("unknown-key suggests by edit distance") {
  const auto bad = run(edit("leads_to = [\"know\"]", "lead_to = [\"know\"]"));
  const auto& d = first(bad, "unknown-key");
  CHECK(d.message == "unknown key 'lead_to' in output 'trained'");
  CHECK(d.help == "did you mean 'leads_to'?");
  const auto table = run(clean_model + "[activities.extra]\ntitle = \"x\"\n");
  CHECK(first(table, "unknown-key").help == "did you mean 'activity'?");
  // A key that belongs to another kind is unknown where it is used.
  CHECK(count(run(edit("title = \"Training\"", "title = \"Training\"\nterm = \"short\"")), "unknown-key") == 1);
}

TEST_CASE("wrong-type, missing-field, bad-value") {
  CHECK(first(run(edit("title = \"Fund\"", "title = 3")), "wrong-type").message ==
        "'title' of input 'fund' must be a string, found an integer");
  CHECK(first(run(edit("start = 2025-01-01", "start = \"2025-01-01\"")), "wrong-type").message ==
        "'start' of [strategy] must be a date like 2025-03-31 (no quotes), found a string");
  CHECK(first(run(edit("title = \"Fund\"\n", "")), "missing-field").message == "input 'fund' has no 'title'");
  CHECK(first(run(edit("term = \"short\"\n", "")), "missing-field").message == "outcome 'know' has no 'term'");
  const auto term = run(edit("term = \"short\"", "term = \"shrt\""));
  CHECK(first(term, "bad-value").help == "did you mean 'short'?");
  CHECK(count(run("title = \"no strategy\"\n"), "missing-field") == 1);
  CHECK(count(run(edit("end = 2027-12-31", "end = 2024-12-31")), "bad-value") == 1);
  CHECK(first(run(clean_model + "[[link]]\nfrom = \"x\"\nto = \"y\"\nfeedback = \"yes\"\n"), "wrong-type").message ==
        "'feedback' of the [[link]] at line 41 must be true or false (no quotes), found a string");
}

TEST_CASE("every wrong-type error says how to write the value") {
  const auto help = [](const std::string& from, const std::string& to) {
    const auto analysis = run(edit(from, to));
    REQUIRE(count(analysis, "wrong-type") >= 1);
    return first(analysis, "wrong-type").help;
  };
  CHECK(help("title = \"Fund\"", "title = 3") == "write it in quotes: title = \"3\"");
  CHECK(help("title = \"Fund\"", "title = [\"Fund\"]") == "write it in quotes: title = \"...\"");
  CHECK(help("start = 2025-01-01", "start = \"2025-01-01\"") == "write the date without quotes: start = 2025-01-01");
  CHECK(help("leads_to = [\"train\"]", "leads_to = 3") == "write ids in quotes: leads_to = [\"<id>\"]");
  CHECK(help("leads_to = [\"train\"]", "leads_to = [\"train\", 3]") == "write each id in quotes: leads_to = [\"3\"]");
  CHECK(help("priority = \"p\"", "priority = true") == "write ids in quotes: priority = [\"<id>\"]");
  CHECK(help("value = 1,", "value = true,") == "write a number, or text in quotes: value = 40 or value = \"40%\"");
  CHECK(help("baseline = { value = 1, date = 2025-01-01 }", "baseline = 1") ==
        "write a table: baseline = { value = 40, date = 2025-04-01 }");
  CHECK(help("source = \"Survey\"", "source = \"Survey\"\ntolerance = \"5\"") ==
        "write the number without quotes: tolerance = 5");
  CHECK(help("source = \"Survey\"", "source = \"Survey\"\ntargets = 5") ==
        "write a list of tables: targets = [{ value = 50, date = 2026-03-31 }]");
  CHECK(help("assumption = \"Knowledge changes practice\"",
             "assumption = \"Knowledge changes practice\"\nfeedback = \"yes\"") ==
        "write true or false without quotes: feedback = true");
  // Every wrong type in one file, each with its help.
  // (clean_model has a [[link]], so 'link = 3' gets a model of its own: TOML allows one or the other.)
  const auto link = run("link = 3\n[strategy]\nid = \"t\"\ntitle = \"T\"\n");
  REQUIRE(count(link, "wrong-type") == 1);
  CHECK(first(link, "wrong-type").help ==
        "write each arrow as a table: [[link]] with from = \"<id>\" and to = \"<id>\" below");
  const auto all = run(clean_model +
                       "[activity.bad]\ntitle = 1\ndescription = 2\ntags = [\"ok\", 3]\nprinciples = 4\n"
                       "leads_to = {}\n[outcome]\nx = 1\n[checks]\norphan = 1\n");
  CHECK(count(all, "wrong-type") == 7);
  for (const toc::Diagnostic& d : all.diagnostics.all()) {
    INFO(d.message);
    if (d.code == "wrong-type") CHECK_FALSE(d.help.empty());
  }
}

TEST_CASE("bad-id: spaces, unicode, length") {
  CHECK(first(run(clean_model + "[output.\"two words\"]\ntitle = \"x\"\n"), "bad-id").message ==
        "'two words' is not a valid id");
  CHECK(count(run(clean_model + "[output.\"café\"]\ntitle = \"x\"\n"), "bad-id") == 1);
  CHECK(count(run(clean_model + "[output." + std::string(65, 'a') + "]\ntitle = \"x\"\n"), "bad-id") == 1);
  CHECK(count(run(clean_model + "[output." + std::string(64, 'a') + "]\ntitle = \"x\"\n"), "bad-id") == 0);
}

TEST_CASE("includes: files, globs, nesting") {
  const auto ok = run({{"m/strategy.toml", edit("[strategy]\n", "[strategy]\ninclude = [\"parts/*.toml\"]\n")},
                       {"m/parts/a.toml",
                        "[output.a]\ntitle = \"A\"\nleads_to = [\"know\"]\n"
                        "[strategy]\ninclude = [\"../more/b.toml\"]\n"},
                       {"m/parts/notes.txt", "not toml"},
                       {"m/more/b.toml", "[output.b]\ntitle = \"B\"\nleads_to = [\"know\"]\n"}});
  CHECK(ok.model.sources.size() == 3);
  CHECK(count(ok, "bad-include") == 0);
  CHECK(ok.model.nodes.size() == 7);
}

TEST_CASE("bad-include: missing file, empty glob, leaving the folder, absolute") {
  const auto with = [](const std::string& include) {
    return run({{"m/strategy.toml", edit("[strategy]\n", "[strategy]\ninclude = [\"" + include + "\"]\n")},
                {"secret.toml", "[output.x]\ntitle = \"x\"\n"}});
  };
  CHECK(first(with("nope.toml"), "bad-include").message == "cannot include 'nope.toml': no such file");
  CHECK(first(with("parts/*.toml"), "bad-include").message == "include 'parts/*.toml' matches no file");
  CHECK(first(with("../secret.toml"), "bad-include").message ==
        "include '../secret.toml' leaves the model's folder 'm'");
  CHECK(first(with("/etc/passwd"), "bad-include").message ==
        "include '/etc/passwd' must be a path relative to the including file");
}

TEST_CASE("include-cycle is reported with its path") {
  const auto bad = run({{"m/strategy.toml", edit("[strategy]\n", "[strategy]\ninclude = [\"a.toml\"]\n")},
                        {"m/a.toml", "[strategy]\ninclude = [\"b.toml\"]\n"},
                        {"m/b.toml", "[strategy]\ninclude = [\"a.toml\"]\n"}});
  REQUIRE(count(bad, "include-cycle") == 1);
  CHECK(first(bad, "include-cycle").message == "include cycle: m/a.toml -> m/b.toml -> m/a.toml");
  // A file included twice (not a cycle) is read once.
  const auto diamond =
      run({{"m/strategy.toml", edit("[strategy]\n", "[strategy]\ninclude = [\"a.toml\", \"b.toml\"]\n")},
           {"m/a.toml", "[strategy]\ninclude = [\"b.toml\"]\n"},
           {"m/b.toml", "[output.b]\ntitle = \"B\"\nleads_to = [\"know\"]\n"}});
  CHECK(found(diamond).empty());
}

TEST_CASE("strategy fields belong in the root file") {
  const auto bad = run({{"m/strategy.toml", edit("[strategy]\n", "[strategy]\ninclude = [\"a.toml\"]\n")},
                        {"m/a.toml", "[strategy]\ntitle = \"Other\"\n"}});
  CHECK(first(bad, "unknown-key").message == "unknown key 'title' in the [strategy] of an included file");
}

TEST_CASE("links: leads_to and [[link]] are one arrow, duplicates are flagged") {
  const auto merged =
      run(edit("[[link]]\nfrom = \"know\"",
               "[[link]]\nfrom = \"trained\"\nto = \"know\"\nevidence = \"e\"\n[[link]]\nfrom = \"know\""));
  CHECK(merged.model.links.size() == 4);
  const auto twice = run(edit("leads_to = [\"know\"]", "leads_to = [\"know\", \"know\"]"));
  CHECK(count(twice, "duplicate-link") == 1);
}

TEST_CASE("bad input: empty, binary, invalid UTF-8, deep nesting, huge arrays") {
  CHECK(found(run("")) == std::vector<std::string>{"missing-field@1"});
  CHECK(found(run(std::string("[strategy]\nid = \"a\0b\"\n", 21))) == std::vector<std::string>{"syntax-error@2"});
  CHECK(found(run("[strategy]\ntitle = \"caf\xe9\"\n")) == std::vector<std::string>{"syntax-error@2"});
  CHECK(found(run("x = " + std::string(100000, '[') + std::string(100000, ']'))) ==
        std::vector<std::string>{"syntax-error@1"});
  std::string huge = clean_model + "[output.many]\ntitle = \"x\"\ntags = [";
  for (std::size_t i = 0; i <= toc::limits::max_array_items; ++i) huge += "\"t\",";
  CHECK(count(run(huge + "]\n"), "limit") == 1);
  CHECK(count(run(clean_model + "[output.long]\ntitle = \"" + std::string(toc::limits::max_string_bytes + 1, 'x') +
                  "\"\n"),
              "limit") == 1);
}

TEST_CASE("bad input on disk: a file over the size limit, a directory") {
  namespace fs = std::filesystem;
  const fs::path folder = fs::temp_directory_path() / "toc-load-test";
  fs::create_directories(folder);
  const fs::path big = folder / "big.toml";
  {
    std::ofstream out(big, std::ios::binary);
    const std::string line = "# " + std::string(97, 'x') + "\n";
    for (std::size_t written = 0; written < 50u * 1024 * 1024; written += line.size()) out << line;
  }
  toc::DiskFileSystem disk;
  const auto large = toc::analyze(big.string(), disk);
  CHECK(large.loaded);
  CHECK(found(large) == std::vector<std::string>{"limit@1"});
  const auto directory = toc::analyze(folder.string(), disk);
  CHECK_FALSE(directory.loaded);
  CHECK_THAT(directory.failure, Contains("is a folder with no strategy.toml or toc-workspace.toml"));
  fs::remove_all(folder);
}

TEST_CASE("includes load in depth-first order, whatever thread parsed them") {
  // The loader parses files ahead on worker threads, but decodes them one by one in the order a
  // sequential depth-first load takes: a file's includes before its next sibling. The expected
  // order is written out by hand below.
  const auto part = [](const std::string& id, const std::string& include = "") {
    std::string text = "[output." + id + "]\ntitle = \"" + id + "\"\n";
    return include.empty() ? text : text + "[strategy]\ninclude = [" + include + "]\n";
  };
  toc::MemoryFileSystem memory;
  memory.files = {
      {"m/strategy.toml", edit("[strategy]\n", "[strategy]\ninclude = [\"parts/*.toml\", \"extra.toml\"]\n")},
      {"m/parts/a.toml", part("a")},
      {"m/parts/b.toml", part("b")},
      {"m/parts/c.toml", part("c", "\"../nested/c1.toml\"")},
      {"m/nested/c1.toml", part("c1", "\"c2.toml\"")},
      {"m/nested/c2.toml", part("c2", "\"c1.toml\"")},  // a cycle: c1 -> c2 -> c1
      {"m/parts/d.toml", part("d")},
      {"m/parts/e.toml", part("e", "\"h.toml\"")},  // h before its turn in the glob
      {"m/parts/f.toml", "[output.f]\ntitle = \"f\"\nbroken = = 1\n[strategy]\ninclude = [\"../never.toml\"]\n"},
      {"m/parts/g.toml", part("g")},
      {"m/parts/h.toml", part("h")},
      {"m/parts/i.toml", part("i")},
      {"m/parts/j.toml", part("j")},
      {"m/parts/k.toml", part("k", "\"../deep/*.toml\"")},
      {"m/deep/x.toml", part("x")},
      {"m/deep/y.toml", part("y")},
      {"m/parts/l.toml", part("l", "\"missing.toml\"")},
      {"m/extra.toml", part("extra", "\"parts/a.toml\", \"nested/c2.toml\"")},  // both loaded already
      {"m/never.toml", part("never")},
  };
  const std::vector<std::string> order = {
      "m/strategy.toml", "m/parts/a.toml", "m/parts/b.toml", "m/parts/c.toml", "m/nested/c1.toml", "m/nested/c2.toml",
      "m/parts/d.toml",  "m/parts/e.toml", "m/parts/h.toml", "m/parts/f.toml", "m/parts/g.toml",   "m/parts/i.toml",
      "m/parts/j.toml",  "m/parts/k.toml", "m/deep/x.toml",  "m/deep/y.toml",  "m/parts/l.toml",   "m/extra.toml"};
  const std::vector<std::string> expected = {
      "include-cycle m/nested/c2.toml:4 include cycle: m/nested/c1.toml -> m/nested/c2.toml -> m/nested/c1.toml",
      "syntax-error m/parts/f.toml:3", "bad-include m/parts/l.toml:4 cannot include 'missing.toml': no such file"};
  for (int round = 0; round < 20; ++round) {  // worker timing varies from round to round
    toc::Diagnostics diagnostics;
    const toc::LoadResult result = toc::load_model("m/strategy.toml", memory, diagnostics);
    REQUIRE(result.loaded);
    std::vector<std::string> files;
    for (toc::FileId id = 0; id < result.model.sources.size(); ++id) files.emplace_back(result.model.sources.path(id));
    CHECK(files == order);
    std::vector<std::string> seen;
    for (const toc::Diagnostic& d : diagnostics.all()) {
      std::string line = std::string(d.code) + " " + std::string(result.model.sources.path(d.range.file)) + ":" +
                         std::to_string(d.range.line);
      seen.push_back(d.code == "syntax-error" ? line : line + " " + d.message);
    }
    CHECK(seen == expected);
    CHECK(result.model.nodes.size() == 16 + 5);  // one per loaded file but the root and f; the root's five
  }
}

TEST_CASE("without keep_text, parsed files release their texts and the diagnostics stay the same") {
  // `toc check --format json` quotes no source lines, so it loads with keep_text = false.
  toc::MemoryFileSystem memory;
  memory.files = {
      {"m/strategy.toml", edit("[strategy]\n", "[strategy]\ninclude = [\"parts/*.toml\"]\n")},
      {"m/parts/a.toml", "[output.a]\ntitle = \"A\"\nleads_to = [\"knwo\"]\n"},
      {"m/parts/b.toml", "[output.b]\ntitle = = \"B\"\n"},
      {"ws/toc-workspace.toml", "[workspace]\ntitle = \"W\"\nmodels = [\"../m\"]\n"},
  };
  const auto report = [](const toc::Analysis& analysis) {
    std::vector<std::string> lines;
    for (const toc::Diagnostic& d : analysis.diagnostics.all()) {
      lines.push_back(fmt::format("{} {}:{}:{} {} / {}", d.code, analysis.model.sources.path(d.range.file),
                                  d.range.line, d.range.column, d.message, d.help));
    }
    return lines;
  };
  const auto texts = [](const toc::Analysis& analysis) {
    std::vector<std::string> kept;
    for (toc::FileId id = 0; id < analysis.model.sources.size(); ++id) {
      if (!analysis.model.sources.file(id).text.empty()) kept.emplace_back(analysis.model.sources.path(id));
    }
    return kept;
  };
  for (const std::string root : {"m/strategy.toml", "ws/toc-workspace.toml"}) {
    const toc::Analysis kept = toc::analyze(root, memory);
    const toc::Analysis released = toc::analyze(root, memory, {.keep_text = false});
    CHECK(report(released) == report(kept));
    CHECK_FALSE(report(kept).empty());
    CHECK(released.model.nodes.size() == kept.model.nodes.size());
    CHECK(texts(kept).size() == kept.model.sources.size());
    // The file that does not parse keeps its text, and so does a workspace file.
    const std::vector<std::string> expected = root == "m/strategy.toml"
                                                  ? std::vector<std::string>{"m/parts/b.toml"}
                                                  : std::vector<std::string>{"ws/toc-workspace.toml", "m/parts/b.toml"};
    CHECK(texts(released) == expected);
  }
}
