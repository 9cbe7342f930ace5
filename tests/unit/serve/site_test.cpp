// toc serve's site without sockets: which requests are answered and how (the Host rule, the fixed
// routes, GET and HEAD only), the page kept while the model has errors, views by URL, the page's
// policy and script, and the event stream's generations.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <thread>

#include "serve/page.h"
#include "serve/site.h"
#include "serve/view_query.h"
#include "support.h"

using namespace toc;

namespace {

const Binding loopback{"127.0.0.1", 8421};
const Date as_of{2026, 1, 1};

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::shared_ptr<const LoadedModel> load(const std::string& text) {
  MemoryFileSystem memory;
  memory.files = {{"m/strategy.toml", text}};
  return std::make_shared<const LoadedModel>(load_for_serving("m/strategy.toml", memory, as_of));
}

Response get(Site& site, const std::string& target, const std::string& host = "127.0.0.1:8421") {
  return site.respond({"GET", target, host});
}

/// The clean model with one arrow to an id that does not exist.
std::string with_typo() {
  std::string text = test::clean_model;
  const std::string arrow = "leads_to = [\"know\"]";
  text.replace(text.find(arrow), arrow.size(), "leads_to = [\"knwo\"]");
  return text;
}

}  // namespace

TEST_CASE("the Host header must name the server", "[serve]") {
  CHECK(host_allowed("127.0.0.1:8421", loopback));
  CHECK(host_allowed("localhost:8421", loopback));
  CHECK(host_allowed("LOCALHOST:8421", loopback));
  CHECK(host_allowed("[::1]:8421", loopback));
  CHECK_FALSE(host_allowed("", loopback));
  CHECK_FALSE(host_allowed("127.0.0.1", loopback));  // port 80
  CHECK_FALSE(host_allowed("127.0.0.1:8422", loopback));
  CHECK_FALSE(host_allowed("evil.example:8421", loopback));
  CHECK_FALSE(host_allowed("evil.example", loopback));
  CHECK_FALSE(host_allowed("127.0.0.1.evil.example:8421", loopback));
  CHECK_FALSE(host_allowed("localhost.:8421", loopback));
  CHECK_FALSE(host_allowed("127.0.0.1:8421:8421", loopback));
  const Binding lan{"192.168.1.20", 8000};
  CHECK(host_allowed("192.168.1.20:8000", lan));
  CHECK_FALSE(host_allowed("localhost:8000", lan));  // bound elsewhere: only its own name
  const Binding v6{"::1", 9000};
  CHECK(host_allowed("[::1]:9000", v6));
  CHECK(host_allowed("localhost:9000", v6));
  const Binding every{"0.0.0.0", 8000};
  CHECK(host_allowed("192.168.1.20:8000", every));
  CHECK(host_allowed("[fe80::1]:8000", every));
  CHECK(host_allowed("localhost:8000", every));
  CHECK_FALSE(host_allowed("evil.example:8000", every));
  CHECK_FALSE(host_allowed("1.2.3.4.nip.io:8000", every));
  CHECK_FALSE(host_allowed("1.2.3:8000", every));
  CHECK_FALSE(host_allowed("192.168.1.20:8001", every));
  CHECK(is_loopback("127.0.0.1"));
  CHECK(is_loopback("::1"));
  CHECK_FALSE(is_loopback("0.0.0.0"));
}

TEST_CASE("only GET and HEAD of the fixed routes, addressed to the server, are answered", "[serve]") {
  Site site(loopback, "m");
  site.update(load(test::clean_model));
  CHECK(get(site, "/").status == 200);
  CHECK(site.respond({"HEAD", "/", "127.0.0.1:8421"}).status == 200);
  CHECK(get(site, "/live.js").status == 200);
  CHECK(get(site, "/diagram.svg").status == 200);
  CHECK(get(site, "/events").events);
  CHECK(get(site, "/", "evil.example:8421").status == 403);
  CHECK(get(site, "/", "").status == 403);
  CHECK(get(site, "/live.js", "attacker.test").status == 403);
  CHECK(site.respond({"GET", "/", "127.0.0.1:8421", max_header_count + 1, 100}).status == 431);
  CHECK(site.respond({"GET", "/", "127.0.0.1:8421", 10, max_header_bytes + 1}).status == 431);
  CHECK(site.respond({"GET", "/", "127.0.0.1:8421", 10, max_header_bytes}).status == 200);
  for (const char* method : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "get"}) {
    INFO(method);
    const Response refused = site.respond({method, "/", "127.0.0.1:8421"});
    CHECK(refused.status == 405);
  }
  for (const char* target :
       {"/../m/strategy.toml", "/m/strategy.toml", "/strategy.toml", "/%2e%2e/strategy.toml", "/..%2fstrategy.toml",
        "/%2E%2E%2Fm%2Fstrategy.toml", "/live.js/../strategy.toml", "//etc/passwd", "/etc/passwd",
        "http://127.0.0.1:8421/m/strategy.toml", "/index.html", "/favicon.ico", "/live%2ejs", "/.", "", "*",
        "/diagram.svg/", "/events/x", "/\\..\\strategy.toml"}) {
    INFO(target);
    const Response refused = get(site, target);
    CHECK(refused.status == 404);
    CHECK_FALSE(has(refused.body, "[strategy]"));
  }
}

TEST_CASE("every answer carries the strict policy and no caching", "[serve]") {
  Site site(loopback, "m");
  site.update(load(test::clean_model));
  for (const char* target : {"/", "/live.js", "/nothing"}) {
    const Response response = get(site, target);
    bool policy = false;
    bool nosniff = false;
    for (const auto& [name, value] : response.headers) {
      policy = policy || (name == "Content-Security-Policy" && has(value, "default-src 'none'") &&
                          has(value, "script-src 'self'") && !has(value, "unsafe-eval"));
      nosniff = nosniff || (name == "X-Content-Type-Options" && value == "nosniff");
    }
    CHECK(policy);
    CHECK(nosniff);
  }
}

TEST_CASE("the page is the report, made live", "[serve]") {
  Site site(loopback, "m");
  site.update(load(test::clean_model));
  const Response page = get(site, "/");
  CHECK(page.content_type == "text/html; charset=utf-8");
  CHECK(has(page.body, "Test strategy"));
  CHECK(has(page.body, "<svg"));
  CHECK(has(page.body, std::string(page_csp)));
  CHECK_FALSE(has(page.body, "content=\"" + std::string(report_csp) + "\""));
  CHECK(has(page.body, "<script src=\"/live.js\" defer></script>"));
  CHECK(has(page.body, "<meta name=\"toc-generation\" content=\"1\">"));
  CHECK_FALSE(has(page.body, "toc-problems"));
  CHECK(has(std::string(live_script()), "new EventSource('/events')"));
}

TEST_CASE("a model with errors shows them over the last good report, which stays", "[serve]") {
  Site site(loopback, "m");
  REQUIRE(site.update(load(test::clean_model)));
  REQUIRE(site.update(load(with_typo())));
  CHECK(site.generation() == 2);
  const Response page = get(site, "/");
  CHECK(page.status == 200);
  CHECK(has(page.body, "toc-problems"));
  CHECK(has(page.body, "m/strategy.toml:21:"));
  CHECK(has(page.body, "error[unknown-id]"));
  CHECK(has(page.body, "did you mean &#39;know&#39;?"));
  CHECK(has(page.body, std::string(below_last_good)));
  CHECK(has(page.body, "<svg"));  // the last good diagram
  CHECK((page.body.find("toc-problems") < page.body.find("<svg")));
  SECTION("fixing it restores the page") {
    REQUIRE(site.update(load(test::clean_model)));
    const Response fixed = get(site, "/");
    CHECK_FALSE(has(fixed.body, "toc-problems"));
    CHECK(has(fixed.body, "content=\"3\""));
  }
  SECTION("the same text again changes nothing") {
    CHECK_FALSE(site.update(load(with_typo())));
    CHECK(site.generation() == 2);
  }
}

TEST_CASE("a model that never loaded without errors shows the diagnostics alone", "[serve]") {
  Site site(loopback, "m");
  site.update(load(with_typo()));
  const Response page = get(site, "/");
  CHECK(has(page.body, "error[unknown-id]"));
  CHECK(has(page.body, std::string(below_nothing)));
  CHECK_FALSE(has(page.body, "<svg"));
  CHECK(has(page.body, std::string(page_csp)));
  CHECK(has(page.body, "/live.js"));
  CHECK(get(site, "/diagram.svg").status == 404);
}

TEST_CASE("a root that cannot be read, or hostile text, is shown as a problem, escaped", "[serve]") {
  Site site(loopback, "m");
  MemoryFileSystem empty;
  site.update(std::make_shared<const LoadedModel>(load_for_serving("m/strategy.toml", empty, as_of)));
  const Response missing = get(site, "/");
  CHECK(has(missing.body, "The model cannot be read"));
  site.update(load("[strategy]\nid = \"t\"\ntitle = \"<script>alert(1)</script>\n"));
  const Response hostile = get(site, "/");
  CHECK_FALSE(has(hostile.body, "<script>alert"));
  CHECK(has(hostile.body, "toc-problems"));
  site.update(load(std::string("[strategy]\x01\xff\x1b[31m = <img src=x onerror=alert(1)>\n")));
  const Response binary = get(site, "/");
  CHECK_FALSE(has(binary.body, "<img src=x"));
  CHECK_FALSE(has(binary.body, "\x1b"));
}

TEST_CASE("views by URL", "[serve]") {
  Site site(loopback, "m");
  site.update(load(test::clean_model));
  CHECK(get(site, "/?priority=p").status == 200);
  CHECK(get(site, "/?focus=know&depth=1").status == 200);
  CHECK(get(site, "/diagram.svg?levels=outcome,impact").content_type == "image/svg+xml");
  const Response unknown = get(site, "/?focus=knwo");
  CHECK(unknown.status == 400);
  CHECK(has(unknown.body, "This view cannot be shown"));
  CHECK(has(unknown.body, "knwo"));
  CHECK(get(site, "/?depth=2").status == 400);
  CHECK(get(site, "/?colour=red").status == 400);
  CHECK(get(site, "/diagram.svg?focus=%zz").status == 400);
  const Response whole = get(site, "/diagram.svg");
  const Response focused = get(site, "/diagram.svg?focus=fund&depth=1");
  CHECK(has(whole.body, "People are safe"));
  CHECK_FALSE(has(focused.body, "People are safe"));
}

TEST_CASE("view queries", "[serve]") {
  CHECK(percent_decode("a%20b+c") == "a b c");
  CHECK_FALSE(percent_decode("%2"));
  CHECK_FALSE(percent_decode("%g0"));
  CHECK_FALSE(percent_decode("a%00"));
  const ViewQuery focus = parse_view_query("focus=know&depth=2");
  CHECK(focus.problem.empty());
  CHECK(focus.view.focus == "know");
  CHECK(focus.view.depth == 2);
  CHECK(parse_view_query("levels=outcome%2Cimpact").view.levels.size() == 2);
  CHECK(parse_view_query("depth=-1&focus=x").problem == "depth must be a whole number of arrows, 0 or more, not '-1'");
  CHECK(parse_view_query("levels=outcomes").problem ==
        "'outcomes' is not a level; use input, activity, output, outcome, impact");
  CHECK(parse_view_query("x=1").problem == "'x' is not a view option; use priority, focus, depth or levels");
  CHECK(parse_view_query("focus=" + std::string(300, 'a')).problem == "the value of 'focus' is too long");
  CHECK(parse_view_query("").problem.empty());
  CHECK(parse_view_query("&&").problem.empty());
}

TEST_CASE("event streams wait for a new generation, and end when the site closes", "[serve]") {
  Site site(loopback, "m");
  site.update(load(test::clean_model));
  CHECK(events_message(7) == "data: 7\n\n");
  CHECK(site.wait_for_change(0, std::chrono::milliseconds(0)) == 1u);
  CHECK(site.wait_for_change(1, std::chrono::milliseconds(0)) == 1u);  // no change: still 1
  std::optional<std::uint64_t> seen;
  std::thread waiter([&] { seen = site.wait_for_change(1, std::chrono::hours(1)); });
  site.update(load(with_typo()));
  waiter.join();
  CHECK(seen == 2u);
  for (int i = 0; i < Site::max_streams; ++i) CHECK(site.open_stream());
  CHECK_FALSE(site.open_stream());
  site.close_stream();
  CHECK(site.open_stream());
  std::thread closing([&] { seen = site.wait_for_change(2, std::chrono::hours(1)); });
  site.close();
  closing.join();
  CHECK_FALSE(seen);
  CHECK_FALSE(site.open_stream());
}

TEST_CASE("the files to watch are every file read and the measurements declared", "[serve]") {
  MemoryFileSystem memory;
  std::string root = test::clean_model;
  root.insert(root.find('\n') + 1, "include = [\"more.toml\"]\n");
  memory.files = {{"m/strategy.toml", root}, {"m/more.toml", ""}};
  const LoadedModel loaded = load_for_serving("m/strategy.toml", memory, as_of);
  CHECK(std::find(loaded.files.begin(), loaded.files.end(), "m/more.toml") != loaded.files.end());
  CHECK(std::find(loaded.files.begin(), loaded.files.end(), "m/strategy.toml") != loaded.files.end());
}

TEST_CASE("the report still has the policy the page widens", "[serve]") {
  // live_report finds the report's policy by its text: a report whose policy changed is refused,
  // never served with a policy the page did not mean.
  CHECK_FALSE(live_report("<html><head></head><body>\n</body></html>", "", 1));
  const std::optional<std::string> live =
      live_report("<head><meta http-equiv=\"Content-Security-Policy\" content=\"" + std::string(report_csp) +
                      "\">\n</head>\n<body>\n<main></main>",
                  "<section>p</section>", 4);
  REQUIRE(live);
  CHECK(has(*live, "<body>\n<section>p</section><main>"));
}

TEST_CASE("random requests get an answer from the fixed set, and never a file", "[serve]") {
  Site site(loopback, "m");
  site.update(load(test::clean_model));
  std::mt19937 random(19);  // fixed: the same requests on every run
  const std::string pieces[] = {"/",
                                "?",
                                "&",
                                "=",
                                "%",
                                "%2e",
                                "%2f",
                                "..",
                                "focus",
                                "depth",
                                "priority",
                                "levels",
                                "know",
                                "p",
                                "-1",
                                "99999999999",
                                "\\",
                                "\xff",
                                "\x01",
                                "diagram.svg",
                                "live.js",
                                "events",
                                "strategy.toml",
                                "m",
                                "%00",
                                "+",
                                "outcome,impact",
                                "%zz"};
  std::map<int, int> statuses;
  for (int i = 0; i < 2000; ++i) {
    std::string target;
    for (int n = random() % 8; n >= 0; --n) target += pieces[random() % std::size(pieces)];
    const Response response = get(site, target);
    ++statuses[response.status];
    INFO(target);
    CHECK((response.status == 200 || response.status == 400 || response.status == 404));
    CHECK_FALSE(has(response.body, "[strategy]"));
  }
  CHECK(statuses[200] > 0);
  CHECK(statuses[400] > 0);
  CHECK(statuses[404] > 0);
}
