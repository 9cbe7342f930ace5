// Reading measurement CSV files: spreadsheet quirks, and every diagnostic with its exact place.
#include <catch2/catch.hpp>

#include "base/diagnostic_format.h"
#include "check/check.h"
#include "progress_support.h"

using namespace toc;
using namespace toc::test;

namespace {

using Strings = std::vector<std::string>;

const std::string header = "indicator,period,value\n";

}  // namespace

TEST_CASE("measurements: a clean file loads with no diagnostics") {
  const Judged j = judge_csv(header +
                             "trained-count,2024-06,100\ntrained-count,2024-07,180\nshare,2024-Q2,40\n"
                             "phase,2024-Q2,aware\nstory,2024-Q2,\"Good, mostly\"\n");
  CHECK(located(j).empty());
  REQUIRE(j.run.ran);
  CHECK(j.run.data.rows.size() == 5);
  CHECK(j.run.data.by_indicator[index_of(j.analysis.model, "trained-count")].size() == 2);
  CHECK(j.analysis.model.sources.path(j.run.data.files.at(0)) == "m/data.csv");
}

TEST_CASE("measurements: a file saved by a spreadsheet loads (BOM, CRLF, quoted commas, quotes, newlines)") {
  const std::string csv =
      "\xEF\xBB\xBF"
      "indicator,period,value,note\r\n"
      "trained-count,2024-06,100,\"first, and \"\"best\"\" month\"\r\n"
      "trained-count,2024-07,180,\"two\r\nlines\"\r\n"
      "trained-count , 2024-08 , 250 ,\r\n";
  const Judged j = judge_csv(csv);
  CHECK(located(j).empty());
  REQUIRE(j.run.data.rows.size() == 3);
  CHECK(j.run.data.label(j.run.data.rows[0].note) == "first, and \"best\" month");
  CHECK(j.run.data.label(j.run.data.rows[1].note) == "two\r\nlines");
  CHECK(j.run.data.rows[2].value == 250);
  CHECK(j.run.data.rows[2].range.line == 5);  // the quoted newline counts as a line
}

TEST_CASE("measurements: a row after a quoted newline is located on its own line") {
  const Judged j =
      judge_csv("indicator,note,period,value\ntrained-count,\"a\nb\nc\",2024-06,100\ntrained-count,x,2024-13,1\n");
  CHECK(located(j) == Strings{"bad-period@m/data.csv:5:17"});
}

TEST_CASE("measurements: unknown indicator, with did-you-mean") {
  const Judged j = judge_csv(header + "trained-count,2024-06,100\ntrained-cont,2024-07,1\n");
  CHECK(located(j) == Strings{"unknown-indicator@m/data.csv:3:1"});
  const Diagnostic& d = only(j, "unknown-indicator");
  CHECK(d.message == "'trained-cont' is not an indicator of the model");
  CHECK(d.help == "did you mean 'trained-count'?");
  CHECK(d.range.end_column == 12);
}

TEST_CASE("measurements: the text printer quotes the CSV line with a caret") {
  const Judged j = judge_csv(header + "share,2024-Q2,\"45%\"\n");
  Diagnostics first;
  first.add(j.analysis.diagnostics.all().at(0));
  CHECK(format_text(first, j.analysis.model.sources) ==
        "m/data.csv:2:15: error[bad-measurement]: the value '45%' is not a number\n"
        "    2 | share,2024-Q2,\"45%\"\n"
        "      |               ^~~~~\n"
        "help: write 45 without the % sign (a percentage indicator takes its figures as 0 to 100)\n");
}

TEST_CASE("measurements: numbers written for people get a hint that says what to write") {
  const Judged j = judge_csv(header +
                             "trained-count,2024-06,\"1,104\"\ntrained-count,2024-07,\ntrained-count,2024-08,£1000\n"
                             "trained-count,2024-09,lots\n");
  CHECK(located(j) == Strings{"bad-measurement@m/data.csv:2:23", "bad-measurement@m/data.csv:3:23",
                              "bad-measurement@m/data.csv:4:23", "bad-measurement@m/data.csv:5:23"});
  const auto& all = j.analysis.diagnostics.all();
  CHECK(all[0].help == "write 1104 without the thousands separator");
  CHECK(all[1].message == "the value is blank");
  CHECK_THAT(all[1].help, Catch::Contains("a gap is shown as a gap, never as zero"));
  CHECK(all[2].help == "write 1000 without the currency sign");
  CHECK(all[3].help == "write a plain number, e.g. 1104 or 12.5");
}

TEST_CASE("measurements: an unquoted thousands separator makes a ragged row, with the hint") {
  const Judged j = judge_csv(header + "trained-count,2024-06,1,104\ntrained-count,2024-07\n");
  CHECK(located(j) == Strings{"ragged-row@m/data.csv:2:25", "ragged-row@m/data.csv:3:21"});
  const auto& all = j.analysis.diagnostics.all();
  CHECK(all[0].message == "this row has 4 fields but the header has 3 columns");
  CHECK_THAT(all[0].help, Catch::StartsWith("is there an unquoted comma, as in 1,104?"));
  CHECK(all[1].message == "this row has 2 fields but the header has 3 columns");
}

TEST_CASE("measurements: bad and ambiguous periods") {
  const Judged j = judge_csv(header + "trained-count,01/02/2025,1\ntrained-count,,1\n");
  CHECK(located(j) == Strings{"bad-period@m/data.csv:2:15", "bad-period@m/data.csv:3:15"});
  const auto& all = j.analysis.diagnostics.all();
  CHECK(all[0].help == "'01/02/2025' could be day/month or month/day: write dates as year-month-day, e.g. 2025-02-01");
  CHECK(all[1].message == "the period is blank");
}

TEST_CASE("measurements: mixing granularities within one indicator") {
  const Judged j = judge_csv(header + "trained-count,2024-06,1\nshare,2024-Q2,4\ntrained-count,2024-Q3,2\n");
  CHECK(located(j) == Strings{"mixed-periods@m/data.csv:4:15"});
  const Diagnostic& d = only(j, "mixed-periods");
  CHECK(d.message == "indicator 'trained-count' has month periods, but this one is a quarter");
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].range.line == 2);
}

TEST_CASE("measurements: a period that starts after the strategy ends") {
  const Judged j = judge_csv(header + "trained-count,2027-04,1\ntrained-count,2027-03,1\n");
  CHECK(located(j) == Strings{"period-outside-strategy@m/data.csv:2:15"});
  CHECK(only(j, "period-outside-strategy").message == "the period 2027-04 starts after the strategy ends (2027-03-31)");
}

TEST_CASE("measurements: missing and unknown columns") {
  const Judged missing = judge_csv("indicator,when,value\ntrained-count,2024-06,1\n");
  CHECK(located(missing) == Strings{"missing-column@m/data.csv:1:1", "unknown-column@m/data.csv:1:11"});
  CHECK(only(missing, "missing-column").message == "the header has no 'period' column");
  CHECK(only(missing, "missing-column").range.end_column == 20);
  CHECK(only(missing, "unknown-column").severity == Severity::warning);
  const Judged typo = judge_csv("indicator,period,value,denominatr\ntrained-count,2024-06,1,2\n");
  CHECK(located(typo) == Strings{"unknown-column@m/data.csv:1:24"});
  CHECK(only(typo, "unknown-column").help == "did you mean 'denominator'?");
  CHECK(typo.run.data.rows.size() == 1);
}

TEST_CASE("measurements: columns in any order, any case") {
  const Judged j = judge_csv("Value,Period,Indicator,Status\n100,2024-06,trained-count,final\n");
  CHECK(located(j).empty());
  REQUIRE(j.run.data.rows.size() == 1);
  CHECK(j.run.data.rows[0].status == RowStatus::final);
}

TEST_CASE("measurements: duplicates name both lines; final replaces provisional") {
  const Judged replaced = judge_csv(
      "indicator,period,value,status\ntrained-count,2024-06,100,provisional\n"
      "trained-count,2024-06,104,final\n");
  CHECK(located(replaced).empty());
  REQUIRE(replaced.run.data.rows.size() == 1);
  CHECK(replaced.run.data.rows[0].value == 104);
  const Judged twice = judge_csv(
      "indicator,period,value,status\ntrained-count,2024-06,100,final\n"
      "trained-count,2024-06,104,final\ntrained-count,2024-07,1,\ntrained-count,2024-07,2,provisional\n");
  CHECK(located(twice) == Strings{"duplicate-measurement@m/data.csv:3:1", "duplicate-measurement@m/data.csv:5:1"});
  const Diagnostic& first = twice.analysis.diagnostics.all()[0];
  CHECK(first.message == "a second measurement of 'trained-count' for 2024-06");
  REQUIRE(first.notes.size() == 1);
  CHECK(first.notes[0].range.line == 2);
  SECTION("different areas are different measurements") {
    CHECK(located(
              judge_csv("indicator,period,value,area\ntrained-count,2024-06,1,North\ntrained-count,2024-06,2,South\n"))
              .empty());
  }
}

TEST_CASE("measurements: duplicates are found in any order of rows") {
  // Rows by period, indicators interleaved (as monthly appends are): in order for each indicator.
  const Judged by_period = judge_csv(header +
                                     "trained-count,2024-06,1\nshare,2024-06,2\ntrained-count,2024-07,3\n"
                                     "share,2024-07,4\n");
  CHECK(located(by_period).empty());
  CHECK(by_period.run.data.rows.size() == 4);
  // A repeat of an earlier period, after later ones; then rows in order again, one of them a repeat.
  const Judged late = judge_csv(header +
                                "trained-count,2024-06,1\ntrained-count,2024-07,2\ntrained-count,2024-06,3\n"
                                "trained-count,2024-08,4\ntrained-count,2024-08,5\ntrained-count,2024-05,6\n");
  CHECK(located(late) == Strings{"duplicate-measurement@m/data.csv:4:1", "duplicate-measurement@m/data.csv:6:1"});
  CHECK(late.run.data.rows.size() == 4);
  CHECK(late.run.data.rows[3].value == 6);
  // A final figure replaces its provisional one out of order too, in its place.
  const Judged revised = judge_csv(
      "indicator,period,value,status\ntrained-count,2024-06,100,provisional\ntrained-count,2024-07,110,provisional\n"
      "trained-count,2024-06,104,final\n");
  CHECK(located(revised).empty());
  REQUIRE(revised.run.data.rows.size() == 2);
  CHECK(revised.run.data.rows[0].value == 104);
  CHECK(revised.run.data.rows[0].range.line == 4);
}

TEST_CASE("measurements: a row is located at its first field, however it is written") {
  const Judged j = judge_csv(header +
                             "trained-count,2024-06,1\n\"trained-count\",2024-07,2\n  trained-count,2024-08,3\n"
                             "share,2024-06,4\n");
  CHECK(located(j).empty());
  REQUIRE(j.run.data.rows.size() == 4);
  const auto at = [&](std::size_t r) {
    const SourceRange& range = j.run.data.rows[r].range;
    return std::to_string(range.line) + ":" + std::to_string(range.column) + "-" + std::to_string(range.end_line) +
           ":" + std::to_string(range.end_column);
  };
  CHECK(at(0) == "2:1-2:13");
  CHECK(at(1) == "3:1-3:15");  // the quotes are part of what is written
  CHECK(at(2) == "4:3-4:15");  // the spaces before it are not
  CHECK(at(3) == "5:1-5:5");
}

TEST_CASE("measurements: numerator and denominator must agree with the value") {
  const Judged j = judge_csv(
      "indicator,period,value,numerator,denominator\nshare,2024-Q2,33.3,1,3\nshare,2024-Q3,35,120,400\n"
      "share,2024-Q4,1,1,0\n");
  CHECK(located(j) == Strings{"inconsistent-ratio@m/data.csv:3:15", "bad-measurement@m/data.csv:4:19"});
  CHECK(j.analysis.diagnostics.all()[0].message ==
        "the value 35 does not agree with numerator 120 ÷ denominator 400 × 100 = 30");
  CHECK(j.analysis.diagnostics.all()[1].message == "the denominator is 0");
}

TEST_CASE("measurements: levels and statuses") {
  const Judged j =
      judge_csv("indicator,period,value,status,group\nphase,2024-Q2,Aware,,a\nphase,2024-Q2,responsive,draft,b\n");
  CHECK(located(j) == Strings{"bad-measurement@m/data.csv:2:15", "bad-measurement@m/data.csv:3:26"});
  CHECK(j.analysis.diagnostics.all()[0].help == "levels are written as the model lists them: write 'aware'");
  CHECK(j.analysis.diagnostics.all()[1].message == "the status 'draft' is not 'provisional' or 'final'");
}

TEST_CASE("measurements: empty files, and a header with no rows") {
  CHECK(located(judge_csv("")) == Strings{"empty-measurements@m/data.csv:1:1"});
  const Judged header_only = judge_csv(header);
  CHECK(located(header_only) == Strings{"empty-measurements@m/data.csv:1:1"});
  CHECK(only(header_only, "empty-measurements").severity == Severity::warning);
}

TEST_CASE("measurements: a stray quote stops the file where it is") {
  const Judged j = judge_csv(header + "trained-count,2024-06,1\ntrained-count,2024-07,\"2\"x\n");
  CHECK(located(j) == Strings{"bad-csv@m/data.csv:3:26"});
  const Judged open = judge_csv(header + "trained-count,2024-06,\"1\n");
  CHECK(located(open) == Strings{"bad-csv@m/data.csv:2:1"});
  CHECK(only(open, "bad-csv").message == "a quoted field is never closed");
}

TEST_CASE("measurements: a missing file is reported where it is named") {
  const Judged j = judge({{"m/strategy.toml", progress_model}});
  CHECK(located(j) == Strings{"bad-data-file@m/strategy.toml:6:17"});
  CHECK(only(j, "bad-data-file").message == "cannot read the measurements 'm/data.csv': no such file");
}

TEST_CASE("measurements: a declared path may not leave the model's folder; --data may") {
  std::string model = progress_model;
  model.replace(model.find("\"data.csv\""), 10, "\"data/../../secret.csv\"");
  const Judged j = judge({{"m/strategy.toml", model}, {"secret.csv", header + "trained-count,2024-06,1\n"}});
  CHECK(located(j) == Strings{"bad-data-file@m/strategy.toml:6:17"});
  CHECK(only(j, "bad-data-file").message ==
        "measurements 'data/../../secret.csv' leaves the folder of the file that names it");
  std::string inside = progress_model;
  inside.replace(inside.find("\"data.csv\""), 10, "\"sub/../data.csv\"");
  CHECK(located(judge({{"m/strategy.toml", inside}, {"m/data.csv", header + "trained-count,2024-06,1\n"}})).empty());
}

TEST_CASE("measurements: no-data and stale-data, as of a date") {
  // trained-count is monthly: its next figure is due 31 + 30 days after its latest month ends.
  const Judged j = judge_csv(header + "trained-count,2025-03,100\n", {2025, 6, 30});
  CHECK(located(j, true) == Strings{"stale-data@m/strategy.toml:36:12"});
  CHECK(only(j, "stale-data").message ==
        "the latest figure of 'trained-count' is for 2025-03; the next was due by 2025-05-31");
  CHECK(located(judge_csv(header + "trained-count,2025-03,100\n", {2025, 5, 31}), true).empty());
  const std::string with_target = std::string(progress_model) + "target = { value = 5, date = 2026-03-31 }\n";
  const Judged none = judge({{"m/strategy.toml", with_target}, {"m/data.csv", header + "trained-count,2025-05,1\n"}});
  CHECK(located(none, true) == Strings{"no-data@m/strategy.toml:55:12"});
}

TEST_CASE("measurements: [checks] can turn no-data and stale-data off or into errors") {
  const auto with_checks = [](const std::string& checks) {
    std::string model = std::string(progress_model) + "target = { value = 5, date = 2026-03-31 }\n";
    model.replace(model.find("[checks]\n"), 9, "[checks]\n" + checks);
    return judge({{"m/strategy.toml", model}, {"m/data.csv", header + "trained-count,2025-03,1\n"}});
  };
  CHECK(located(with_checks(""), true).size() == 2);  // stale-data and no-data, warnings by default
  CHECK(located(with_checks("stale-data = \"off\"\nno-data = \"off\"\n"), true).empty());
  const Judged strict = with_checks("stale-data = \"error\"\n");
  CHECK(only(strict, "stale-data").severity == Severity::error);
  // The other reading codes stay fixed.
  CHECK(located(with_checks("bad-csv = \"off\"\n")) == Strings{"unknown-key@m/strategy.toml:9:1"});
}

TEST_CASE("measurements: the codes are all listed as reading codes") {
  // toc check's [checks] treats them as not configurable, like every reading code.
  for (const std::string_view code : progress_codes()) {
    const auto fixed = load_codes();
    INFO(code);
    CHECK(std::find(fixed.begin(), fixed.end(), code) != fixed.end());
  }
}

TEST_CASE("measurements: in a workspace each model reads its own files; ids bare or qualified") {
  std::string b = progress_model;
  b.replace(b.find("id = \"p\""), 8, "id = \"q\"");
  b.erase(b.find("measurements = "), std::string("measurements = [\"data.csv\"]\n").size());
  const Judged j =
      judge({{"ws/toc-workspace.toml", "[workspace]\ntitle = \"W\"\nmodels = [\"a\", \"b\"]\n"},
             {"ws/a/strategy.toml", progress_model},
             {"ws/b/strategy.toml", b},
             {"ws/a/data.csv", header + "trained-count,2025-05,1\np:share,2025-Q1,4\ntrained-cont,2025-05,1\n"}},
            {2025, 6, 30}, "ws/toc-workspace.toml");
  CHECK(located(j) == Strings{"unknown-indicator@ws/a/data.csv:4:1"});
  CHECK(only(j, "unknown-indicator").help == "did you mean 'trained-count'?");
  REQUIRE(j.run.data.rows.size() == 2);
  CHECK(j.analysis.model.indicators[j.run.data.rows[0].indicator].id == "p:trained-count");
  // Model q declares no measurements: its indicators are not expected to have any.
  CHECK(j.run.data.covers("p:share"));
  CHECK_FALSE(j.run.data.covers("q:share"));
}
