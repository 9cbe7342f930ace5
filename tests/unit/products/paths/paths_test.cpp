// Pathways: every chain from a node to the impacts (or to a node), counted before listing,
// with the weakest step named.
#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "products/paths/paths.h"
#include "support.h"

using namespace toc::test;

namespace {

// train → trained → {know, aware} → safe; campaign → aware; an input straight to an outcome;
// and a feedback link from the impact back to train, which pathways must not follow.
const std::string diamond = R"([strategy]
id = "t"
title = "T"

[input.fund]
title = "Fund"
leads_to = ["train"]

[input.volunteers]
title = "Volunteers"
leads_to = ["aware"]

[activity.train]
title = "Training"
leads_to = ["trained"]

[activity.campaign]
title = "Campaign"
leads_to = ["aware"]

[output.trained]
title = "People trained"
leads_to = ["know", "aware"]

[outcome.know]
title = "People know more"
term = "short"
leads_to = ["safe"]

[outcome.aware]
title = "People are aware"
term = "short"
leads_to = ["safe"]

[impact.safe]
title = "People are safe"

[[link]]
from = "train"
to = "trained"
strength = "moderate"

[[link]]
from = "trained"
to = "know"
strength = "emerging"

[[link]]
from = "trained"
to = "aware"
strength = "strong"

[[link]]
from = "know"
to = "safe"
assumption = "Knowledge changes practice"
strength = "strong"

[[link]]
from = "aware"
to = "safe"
assumption = "Awareness changes behaviour"
strength = "none"

[[link]]
from = "safe"
to = "train"
assumption = "Results bring more referrals"
feedback = true
)";

toc::PathsQuery query(std::string from, std::string to = "", std::size_t limit = 100) {
  toc::PathsQuery result;
  result.from = std::move(from);
  result.to = std::move(to);
  result.limit = limit;
  return result;
}

toc::Paths paths_of(const toc::Analysis& analysis, const toc::PathsQuery& query) {
  toc::Diagnostics problems;
  toc::Paths paths = toc::find_paths(analysis.model, analysis.graph, query, problems);
  REQUIRE_FALSE(problems.has_errors());
  return paths;
}

/// "a>b>c" for each listed pathway.
std::vector<std::string> chains(const toc::Analysis& analysis, const toc::Paths& paths) {
  std::vector<std::string> result;
  for (const toc::Pathway& pathway : paths.pathways) {
    std::string chain = analysis.model.links[pathway.links.front()].from.id;
    for (const toc::LinkIndex l : pathway.links) chain += ">" + analysis.model.links[l].to.id;
    result.push_back(chain);
  }
  return result;
}

/// An activity, `layers` layers of two outcomes each wired to both of the next, and an impact:
/// 2^layers pathways from the activity.
std::string layered(int layers) {
  std::string text =
      "[strategy]\nid = \"big\"\ntitle = \"Big\"\n[activity.a]\ntitle = \"A\"\nleads_to = [\"o1x\", \"o1y\"]\n";
  for (int layer = 1; layer <= layers; ++layer) {
    const std::string next = layer == layers ? "[\"end\"]" : fmt::format("[\"o{0}x\", \"o{0}y\"]", layer + 1);
    for (const char side : {'x', 'y'}) {
      text += fmt::format("[outcome.o{}{}]\ntitle = \"O\"\nterm = \"short\"\nleads_to = {}\n", layer, side, next);
    }
  }
  return text + "[impact.end]\ntitle = \"End\"\n";
}

}  // namespace

TEST_CASE("paths: every pathway from a node to the impacts, feedback not followed", "[paths]") {
  const auto analysis = run(diamond);
  const toc::Paths paths = paths_of(analysis, query("train"));
  CHECK(paths.total == 2);
  CHECK_FALSE(paths.total_capped);
  CHECK(chains(analysis, paths) == std::vector<std::string>{"train>trained>know>safe", "train>trained>aware>safe"});
  CHECK(paths_of(analysis, query("know", "train")).total == 0);  // only the feedback link leads there
  CHECK(paths_of(analysis, query("safe")).total == 0);           // an impact is no pathway to itself
}

TEST_CASE("paths: from one node to another", "[paths]") {
  const auto analysis = run(diamond);
  const toc::Paths paths = paths_of(analysis, query("train", "know"));
  CHECK(chains(analysis, paths) == std::vector<std::string>{"train>trained>know"});
}

TEST_CASE("paths: --to alone starts at activities, and at chain starts with no activity upstream", "[paths]") {
  const auto analysis = run(diamond);
  const toc::Paths paths = paths_of(analysis, query("", "safe"));
  // 'fund' leads only into the activity 'train', whose own pathways cover it.
  CHECK(chains(analysis, paths) == std::vector<std::string>{"volunteers>aware>safe", "train>trained>know>safe",
                                                            "train>trained>aware>safe", "campaign>aware>safe"});
  CHECK(paths.total == 4);
}

TEST_CASE("paths: the weakest step is the weakest strength a step states", "[paths]") {
  const auto analysis = run(diamond);
  const toc::Paths paths = paths_of(analysis, query("train"));
  REQUIRE(paths.pathways.size() == 2);
  CHECK(paths.pathways[0].weakest == 1);  // moderate, emerging, strong
  CHECK(paths.pathways[0].weakest_ties == 1);
  CHECK(paths.pathways[1].weakest == 2);  // moderate, strong, none
  // campaign -> aware states nothing and makes no claim of its own (an activity's arrow); aware -> safe is the
  // claim, and the model says no evidence supports it.
  const toc::Paths campaign = paths_of(analysis, query("campaign"));
  REQUIRE(campaign.pathways.size() == 1);
  CHECK(campaign.pathways[0].weakest == 1);
  const toc::Paths fund = paths_of(analysis, query("fund", "know"));  // unspecified, moderate, emerging
  REQUIRE(fund.pathways.size() == 1);
  CHECK(fund.pathways[0].weakest == 2);
}

TEST_CASE("paths: an outcome step that states no strength is counted, not named weakest", "[paths]") {
  const auto analysis = run(layered(2));  // a -> o1x -> o2x -> end: two outcome steps, no strength anywhere
  const toc::Paths paths = paths_of(analysis, query("a", "", 1));
  REQUIRE(paths.pathways.size() == 1);
  CHECK(paths.pathways[0].weakest == toc::Pathway::no_step);
  CHECK(toc::paths_to_text(analysis.model, paths)
            .find("weakest step: unknown: none of its 2 outcome steps states a strength\n") != std::string::npos);
}

TEST_CASE("paths: without --from or --to, every pathway to an impact, grouped by where it starts", "[paths]") {
  const auto analysis = run(diamond);
  const toc::Paths paths = paths_of(analysis, query("", "", 3));
  CHECK(paths.total == 4);
  CHECK(chains(analysis, paths) ==
        std::vector<std::string>{"volunteers>aware>safe", "train>trained>know>safe", "train>trained>aware>safe"});
  const std::string text = toc::paths_to_text(analysis.model, paths);
  CHECK(text.find("4 pathways to an impact, from activities (or, where no activity is upstream, where the chain "
                  "begins)\n") == 0);
  CHECK(text.find("\nfrom 'volunteers': Volunteers (input)\n\n1. volunteers → aware → safe\n") != std::string::npos);
  CHECK(text.find("\nfrom 'train': Training (activity)\n\n2. train → trained → know → safe\n") != std::string::npos);
  CHECK(text.find("\n3. train → trained → aware → safe\n") != std::string::npos);
  CHECK(text.find("showing 3 of 4 pathways; 1 left out (raise --limit to list more)") != std::string::npos);
}

TEST_CASE("paths: a huge number of pathways is counted, not listed", "[paths]") {
  const auto analysis = run(layered(20));
  const toc::Paths paths = paths_of(analysis, query("a", "", 7));
  CHECK(paths.total == (std::uint64_t{1} << 20));
  CHECK(paths.pathways.size() == 7);
  CHECK(paths.left_out() == (std::uint64_t{1} << 20) - 7);
  CHECK(toc::paths_to_text(analysis.model, paths).find("showing 7 of 1048576 pathways; 1048569 left out") !=
        std::string::npos);
}

TEST_CASE("paths: a count beyond 64 bits is capped and says so", "[paths]") {
  const auto analysis = run(layered(70));
  const toc::Paths paths = paths_of(analysis, query("a", "", 3));
  CHECK(paths.total_capped);
  CHECK(paths.total == UINT64_MAX);
  CHECK(paths.pathways.size() == 3);
  const std::string text = toc::paths_to_text(analysis.model, paths);
  CHECK(text.find("more than 18446744073709551615 pathways from 'a'") != std::string::npos);
  CHECK(text.find("showing 3 of more than 18446744073709551615 pathways; the rest are left out") != std::string::npos);
}

TEST_CASE("paths: an unknown id is an error with a suggestion", "[paths]") {
  const auto analysis = run(diamond);
  toc::Diagnostics problems;
  const toc::Paths paths = toc::find_paths(analysis.model, analysis.graph, query("trian"), problems);
  REQUIRE(problems.errors() == 1);
  CHECK(problems.all()[0].code == "unknown-id");
  CHECK(problems.all()[0].message == "--from 'trian' is not a node of the model");
  CHECK(problems.all()[0].help == "did you mean 'train'?");
  CHECK(paths.pathways.empty());
}

TEST_CASE("paths: a cycle without a feedback link is reported, not followed forever", "[paths]") {
  const auto analysis =
      run("[strategy]\nid = \"c\"\ntitle = \"C\"\n[outcome.a]\ntitle = \"A\"\nterm = \"short\"\nleads_to = [\"b\"]\n"
          "[outcome.b]\ntitle = \"B\"\nterm = \"short\"\nleads_to = [\"a\", \"end\"]\n[impact.end]\ntitle = \"End\"\n");
  toc::Diagnostics problems;
  const toc::Paths paths = toc::find_paths(analysis.model, analysis.graph, query("a"), problems);
  REQUIRE(problems.errors() == 1);
  CHECK(problems.all()[0].code == "cycle");
  CHECK(paths.pathways.empty());
}

TEST_CASE("paths: text names each step's assumption and strength and the weakest step", "[paths]") {
  const auto analysis = run(diamond);
  const std::string text = toc::paths_to_text(analysis.model, paths_of(analysis, query("campaign")));
  CHECK(text ==
        "1 pathway from 'campaign' to an impact\n"
        "\n"
        "1. campaign → aware → safe\n"
        "   Campaign (activity)\n"
        "   → People are aware (short-term outcome)\n"
        "       assumption: none stated\n"
        "       strength: unspecified\n"
        "   → People are safe (impact)\n"
        "       assumption: Awareness changes behaviour\n"
        "       strength: none\n"
        "   weakest step: 'aware' → 'safe', strength none\n");
  // An outcome step that states no strength is named after the weakest one.
  const auto stated = run(layered(2) + "[[link]]\nfrom = \"o1x\"\nto = \"o2x\"\nstrength = \"moderate\"\n");
  const std::string more = toc::paths_to_text(stated.model, paths_of(stated, query("a")));
  CHECK(more.find("   weakest step: 'o1x' → 'o2x', strength moderate; 1 of 2 outcome steps states no strength\n") !=
        std::string::npos);
}

TEST_CASE("paths: JSON has the documented shape", "[paths]") {
  const auto analysis = run(diamond);
  const auto json = nlohmann::json::parse(toc::paths_to_json(analysis.model, paths_of(analysis, query("train"))));
  CHECK(json["format"] == "toc-paths");
  CHECK(json["version"] == 2);
  CHECK(json["from"] == "train");
  CHECK(json["to"].is_null());
  CHECK(json["total"] == 2);
  CHECK(json["left_out"] == 0);
  const auto& first = json["pathways"][0];
  CHECK(first["nodes"].size() == 4);
  CHECK(first["steps"][1]["strength"] == "emerging");
  CHECK(first["weakest"]["step"] == 1);
  CHECK(first["weakest"]["from"] == "trained");
  CHECK(json["pathways"][1]["steps"][0]["strength"] == "moderate");
  CHECK(first["weakest"]["strength"] == "emerging");
  CHECK(first["unstated"] == 0);
  // No stated strength: no weakest step, and the outcome steps that state none are counted.
  const auto layers = run(layered(2));
  const auto unknown = nlohmann::json::parse(toc::paths_to_json(layers.model, paths_of(layers, query("a", "", 1))));
  CHECK(unknown["pathways"][0]["weakest"].is_null());
  CHECK(unknown["pathways"][0]["unstated"] == 2);
}
