// Mermaid output: bands in chain order, safe ids, and model text that cannot break the syntax.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "render/mermaid.h"
#include "support.h"
#include "view/view.h"

using namespace toc::test;

namespace {

std::string mermaid_of(const toc::Analysis& analysis, const toc::ViewOptions& view_options = {},
                       const toc::MermaidOptions& options = {}) {
  REQUIRE_FALSE(analysis.diagnostics.has_errors());
  toc::Diagnostics problems;
  const toc::View view = toc::make_view(analysis.model, analysis.graph, view_options, problems);
  REQUIRE_FALSE(problems.has_errors());
  return toc::to_mermaid(analysis.model, view, options);
}

/// The line that defines Mermaid node `name`, e.g. `    n_fund[("Fund")]`.
std::string line_of(const std::string& text, const std::string& name) {
  std::size_t at = 0;
  while ((at = text.find("\n", at)) != std::string::npos) {
    ++at;
    const std::size_t start = text.find_first_not_of(' ', at);
    if (text.compare(start, name.size() + 1, name + "(") == 0 ||
        text.compare(start, name.size() + 1, name + "[") == 0 ||
        text.compare(start, name.size() + 1, name + "{") == 0) {
      return text.substr(start, text.find('\n', start) - start);
    }
  }
  FAIL("no node line for " << name);
  return {};
}

/// The text between the label's quotes on a node line.
std::string label_in(const std::string& line) {
  const auto open = line.find('"');
  const auto close = line.rfind('"');
  REQUIRE(open != std::string::npos);
  REQUIRE(close > open);
  return line.substr(open + 1, close - open - 1);
}

}  // namespace

TEST_CASE("mermaid: a flowchart with one subgraph per band, in chain order") {
  const std::string text = mermaid_of(run(clean_model + "[outcome.later]\ntitle = \"Later\"\nterm = \"long\"\n"
                                                        "[outcome.mid]\ntitle = \"Mid\"\nterm = \"medium\"\n"));
  CHECK(text.rfind("---\ntitle: \"Test strategy\"\nconfig:\n  layout: elk\n---\nflowchart LR\n", 0) == 0);
  const std::vector<std::string> order = {"subgraph band_input [\"Inputs\"]",
                                          "subgraph band_activity [\"Activities\"]",
                                          "subgraph band_output [\"Outputs\"]",
                                          "subgraph band_short [\"Short-term outcomes\"]",
                                          "subgraph band_medium [\"Medium-term outcomes\"]",
                                          "subgraph band_long [\"Long-term outcomes\"]",
                                          "subgraph band_impact [\"Impact\"]"};
  std::size_t previous = 0;
  for (const std::string& band : order) {
    const std::size_t at = text.find(band);
    INFO(band);
    REQUIRE(at != std::string::npos);
    CHECK(at >= previous);
    previous = at;
  }
  // The priority's activity sits in a subgraph in Activities, its output in one in Outputs.
  CHECK(text.find("    subgraph priority_p [\"Priority\"]\n      n_train(\"Training\")\n    end\n") !=
        std::string::npos);
  CHECK(text.find("    subgraph outputs_p [\"Priority\"]\n      n_trained[/\"People trained\"/]\n    end\n") !=
        std::string::npos);
  // Kinds by shape; unmeasured outcomes marked.
  CHECK(line_of(text, "n_fund") == "n_fund[(\"Fund\")]");
  CHECK(line_of(text, "n_know") == "n_know([\"People know more\"])");
  CHECK(line_of(text, "n_safe") == "n_safe{{\"People are safe\"}}");
  CHECK(line_of(text, "n_later") == "n_later([\"Later<br/>(no indicator)\"])");
  CHECK(text.find("  class n_mid,n_later unmeasured\n") != std::string::npos);
  CHECK(text.find("  class n_fund kind_input\n") != std::string::npos);
}

TEST_CASE("mermaid: direction from the options; unknown directions fall back to LR") {
  const auto analysis = run(clean_model);
  toc::MermaidOptions options;
  options.direction = "TB";
  CHECK(mermaid_of(analysis, {}, options).find("\nflowchart TB\n") != std::string::npos);
  options.direction = "LR\nclick n_fund call alert()";
  CHECK(mermaid_of(analysis, {}, options).find("\nflowchart LR\n") != std::string::npos);
}

TEST_CASE("mermaid: arrows by strength, feedback labelled, paths through hidden levels dashed") {
  std::string model = edit("assumption = \"Knowledge changes practice\"",
                           "assumption = \"Knowledge changes practice\"\nstrength = \"strong\"");
  model +=
      "[[link]]\nfrom = \"safe\"\nto = \"know\"\nfeedback = true\n"
      "[[link]]\nfrom = \"trained\"\nto = \"know\"\nstrength = \"emerging\"\n";
  const auto analysis = run(model);
  const std::string text = mermaid_of(analysis);
  CHECK(text.find("\n  n_fund --> n_train\n") != std::string::npos);
  CHECK(text.find("\n  n_know ==> n_safe\n") != std::string::npos);
  CHECK(text.find("\n  n_safe -. feedback .-> n_know\n") != std::string::npos);
  CHECK(text.find("\n  n_trained -.-> n_know\n") != std::string::npos);
  // Sorted by (from, to): fund, know, safe, train, trained; the feedback arrow is number 2.
  CHECK(text.find("\n  linkStyle 2 stroke:#CC79A7,color:#A24F80\n") != std::string::npos);

  toc::ViewOptions levels;
  levels.levels = {toc::Kind::activity, toc::Kind::impact};
  const std::string hidden = mermaid_of(analysis, levels);
  CHECK(hidden.find("\n  n_train -.-> n_safe\n") != std::string::npos);
  CHECK(hidden.find("\n  linkStyle 0 stroke:#8C8C8C\n") != std::string::npos);
  CHECK(hidden.find("band_output") == std::string::npos);
}

TEST_CASE("mermaid: hostile text is escaped and cannot break the syntax or inject HTML") {
  const std::string hostile = R"(Fund\"]) --> evil[\"x\"]\n<script>alert('x')</script> & `md` #1; %%{init: {}}%% \\n)";
  const auto analysis = run(edit("title = \"Fund\"", "title = \"" + hostile + "\""));
  toc::MermaidOptions wide;
  wide.wrap = 1000;
  const std::string text = mermaid_of(analysis, {}, wide);
  const std::string line = line_of(text, "n_fund");
  const std::string label = label_in(line);
  INFO(line);
  // Exactly two quotes on the line: the label's own.
  CHECK(std::count(line.begin(), line.end(), '"') == 2);
  CHECK(line.rfind("n_fund[(\"", 0) == 0);
  CHECK(line.substr(line.size() - 3) == "\")]");
  CHECK(label.rfind("Fund#quot;]) --#gt; evil[#quot;x#quot;]<br/>#lt;script", 0) == 0);
  // The only markup is <br/>; no character that means something to Mermaid or HTML is left.
  const std::string bare = std::regex_replace(label, std::regex("<br/>"), "");
  for (const std::string bad : {"<", ">", "&", "`", "%", "\\", "\"", "-->"}) {
    INFO(bad);
    CHECK(bare.find(bad) == std::string::npos);
  }
  CHECK(label.find("#quot;]) --#gt; evil[#quot;x#quot;]") != std::string::npos);
  CHECK(label.find("#lt;script#gt;alert('x')#lt;/script#gt;") != std::string::npos);
  CHECK(label.find("#amp; #96;md#96; #35;1; #37;#37;{init:") != std::string::npos);
  CHECK(label.find("#92;n") != std::string::npos);
  // Every '#' in the label starts an entity code.
  CHECK(std::regex_replace(label, std::regex("#(quot|lt|gt|amp|[0-9]+);"), "").find('#') == std::string::npos);
  // The newline in the title is a line break; nothing else of the label leaks onto other lines.
  CHECK(text.find("\nevil") == std::string::npos);
  CHECK(text.find("<script") == std::string::npos);
}

TEST_CASE("mermaid: hostile priority titles, strategy titles and control characters") {
  std::string model = edit("title = \"Priority\"", "title = \"P ]; end\\nsubgraph x [\\\"y\\\"]\\u0001\"");
  const std::string strategy_title = "title = \"Test strategy\"";
  model.replace(model.find(strategy_title), strategy_title.size(),
                "title = \"<b>T</b> \\\"q\\\" %%{init: {}}%%\\u0007\"");
  const std::string text = mermaid_of(run(model));
  // Control characters are shown as U+FFFD (base/escape.h's rule).
  CHECK(text.rfind("---\ntitle: \"\\x3Cb\\x3ET\\x3C/b\\x3E \\\"q\\\" \\x25\\x25{init: "
                   "{}}\\x25\\x25\xEF\xBF\xBD\"\nconfig:\n  layout: elk\n---\n",
                   0) == 0);
  CHECK(text.find("    subgraph priority_p [\"P ]; end<br/>subgraph x [#quot;y#quot;]\xEF\xBF\xBD\"]\n") !=
        std::string::npos);
  CHECK(text.find('\x01') == std::string::npos);
  CHECK(text.find('\x07') == std::string::npos);
}

TEST_CASE("mermaid: a label on a line with 'style' codes its colons") {
  // Mermaid strips the last ';' of a line matching /style.*:\S*#.*;/, which would spoil "#35;".
  const auto analysis = run(edit("title = \"Training\"", "title = \"lifestyle:#1\""));
  CHECK(line_of(mermaid_of(analysis), "n_train") == "n_train(\"lifestyle#58;#35;1\")");
  const auto plain = run(edit("title = \"Training\"", "title = \"Module 1: #1\""));
  CHECK(line_of(mermaid_of(plain), "n_train") == "n_train(\"Module 1: #35;1\")");
}

TEST_CASE("mermaid: ids are sanitised, keywords cannot clash, and clashes get a suffix") {
  std::string model = clean_model;
  // 'end' and 'graph' are Mermaid keywords; 'a-b' and 'a_b' map to the same name.
  model +=
      "[activity.end]\ntitle = \"End\"\npriority = \"p\"\nleads_to = [\"trained\"]\n"
      "[activity.a-b]\ntitle = \"Dash\"\npriority = \"p\"\nleads_to = [\"trained\"]\n"
      "[activity.a_b]\ntitle = \"Underscore\"\npriority = \"p\"\nleads_to = [\"trained\"]\n"
      "[activity.graph-x]\ntitle = \"Graph\"\npriority = \"p\"\nleads_to = [\"trained\"]\n";
  const std::string text = mermaid_of(run(model));
  CHECK(line_of(text, "n_end") == "n_end(\"End\")");
  CHECK(line_of(text, "n_a_b") == "n_a_b(\"Underscore\")");  // needs no change, keeps its name
  CHECK(line_of(text, "n_a_b_2") == "n_a_b_2(\"Dash\")");
  CHECK(line_of(text, "n_graph_x") == "n_graph_x(\"Graph\")");
  CHECK(text.find("  n_end --> n_trained\n") != std::string::npos);
  CHECK(text.find("  n_a_b_2 --> n_trained\n") != std::string::npos);
  // No '-' anywhere in a node name.
  const std::regex name("\\bn_[A-Za-z0-9_-]*");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), name); it != std::sregex_iterator(); ++it) {
    CHECK(it->str().find('-') == std::string::npos);
  }
}

TEST_CASE("mermaid: the same model in another order gives the same bytes") {
  const std::string a = clean_model;
  // The same tables, the input moved to the end.
  std::string b = clean_model;
  const std::string input = "[input.fund]\ntitle = \"Fund\"\nleads_to = [\"train\"]\n\n";
  b.erase(b.find(input), input.size());
  b += "\n" + input;
  CHECK(mermaid_of(run(a)) == mermaid_of(run(b)));
}

TEST_CASE("mermaid: findings highlighted on request") {
  const auto analysis = run(edit("measures = [\"know\", \"safe\"]", "measures = [\"safe\"]"));
  REQUIRE(analysis.diagnostics.warnings() > 0);
  toc::MermaidOptions options;
  options.diagram.issues = &analysis.diagnostics;
  CHECK(mermaid_of(analysis, {}, options).find("\n  class n_know issue\n") != std::string::npos);
  CHECK(mermaid_of(analysis).find(" issue\n") == std::string::npos);
}

TEST_CASE("mermaid: a workspace's strategies are subgraphs that each close, with their bands inside") {
  const toc::Analysis analysis = two_strategy_workspace();
  const std::string text = mermaid_of(analysis);
  // Depth of subgraph nesting line by line: never below zero, zero at the end, and each strategy
  // opens at depth 0 (the one before it has closed).
  int depth = 0;
  int strategies = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    const std::string trimmed = line.substr(std::min(line.find_first_not_of(' '), line.size()));
    if (trimmed.starts_with("subgraph ")) {
      if (trimmed.starts_with("subgraph strategy_")) {
        CHECK(depth == 0);
        ++strategies;
      }
      ++depth;
    } else if (trimmed == "end") {
      --depth;
      CHECK(depth >= 0);
    }
  }
  CHECK(depth == 0);
  CHECK(strategies == 2);
}

TEST_CASE("mermaid: text over Mermaid's limit numbers its node ids to fit") {
  std::string model = clean_model;
  for (int i = 0; i < 400; ++i) {
    model += fmt::format(
        "[activity.an-activity-with-a-rather-long-identifier-{0}]\ntitle = \"Activity {0}\"\npriority = \"p\"\n"
        "leads_to = [\"trained\"]\n",
        i);
  }
  const toc::Analysis analysis = run(model);
  const std::string text = mermaid_of(analysis);
  CHECK(text.size() <= toc::mermaid_max_text);
  CHECK(text.find("%% Node ids are numbered") != std::string::npos);
  CHECK(text.find("n_an_activity") == std::string::npos);
  CHECK(std::regex_search(text, std::regex("\\n {2,}n[0-9]+\\(\"Activity 17\"\\)")));
  // A model under the limit keeps its ids.
  const std::string small = mermaid_of(run(clean_model));
  CHECK(small.find("%% Node ids are numbered") == std::string::npos);
  CHECK(small.find("n_train") != std::string::npos);
}
