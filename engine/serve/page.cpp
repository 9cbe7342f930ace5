#include "serve/page.h"

#include <fmt/format.h>

#include "base/diagnostic_format.h"
#include "base/escape.h"
#include "base/text.h"

namespace toc {

namespace {

using escape::html_text;

/// At most this many errors are quoted on the page; the rest are counted (toc check lists all).
constexpr std::size_t max_page_problems = 50;

/// The banner's look; it sits in the report's <style> rules' world, so it keeps to its own class.
/// It stays in view however far the page is scrolled: a reload keeps the reader's place (the
/// browser restores it), and the problems must be seen from there.
constexpr std::string_view problems_css = R"(
.toc-live { position: sticky; top: 0; z-index: 10; max-height: 45vh; overflow: auto; max-width: 1180px;
  margin: 0 auto; padding: 12px 32px; border-left: 6px solid #D55E00; background: #fff4ec;
  box-shadow: 0 2px 6px rgba(0, 0, 0, 0.25); }
.toc-live h2 { font-size: 19px; margin: 0 0 8px; border: 0; padding: 0; }
.toc-live pre { font: 13px/1.4 "DejaVu Sans Mono", monospace; white-space: pre-wrap; overflow-wrap: anywhere;
  background: #fff; border: 1px solid #e8c4a8; padding: 8px; margin: 8px 0; }
.toc-live p { margin: 4px 0; }
)";

std::string head_additions(std::uint64_t generation) {
  return fmt::format(
      "<meta name=\"toc-generation\" content=\"{}\">\n<style>{}</style>\n<script src=\"/live.js\" defer></script>\n",
      generation, problems_css);
}

}  // namespace

std::string problems_html(const LoadedModel& current, std::string_view below, const std::string& view_problem) {
  const Analysis& analysis = current.analysis;
  std::string out;
  if (!analysis.loaded) {
    out = fmt::format("<h2>The model cannot be read</h2>\n<pre>{}</pre>\n<p>{}</p>\n", html_text(analysis.failure),
                      html_text(below));
  } else if (analysis.diagnostics.has_errors()) {
    Diagnostics errors;
    std::size_t shown = 0;
    for (const Diagnostic& diagnostic : analysis.diagnostics.all()) {
      if (diagnostic.severity == Severity::error && shown++ < max_page_problems) errors.add(diagnostic);
    }
    out = fmt::format("<h2>The model has {}</h2>\n<p>{}</p>\n",
                      html_text(count(analysis.diagnostics.errors(), "error")), html_text(below));
    out += fmt::format("<pre>{}</pre>\n", html_text(format_text(errors, analysis.model.sources)));
    if (shown > max_page_problems) {
      out += fmt::format("<p>{} more: <code>toc check</code> lists them all.</p>\n", shown - max_page_problems);
    }
  }
  if (!view_problem.empty()) {
    out += fmt::format("<h2>This view cannot be shown</h2>\n<pre>{}</pre>\n<p><a href=\"/\">The whole model</a></p>\n",
                       html_text(view_problem));
  }
  if (out.empty()) return out;
  return "<section class=\"toc-live\" id=\"toc-problems\" role=\"alert\">\n" + out + "</section>\n";
}

std::optional<std::string> live_report(std::string report, std::string_view problems, std::uint64_t generation) {
  const std::size_t policy = report.find(report_csp);
  const std::size_t head_end = report.find("</head>");
  if (policy == std::string::npos || head_end == std::string::npos || head_end < policy) return std::nullopt;
  const std::string body_tag = "<body>\n";
  const std::size_t body = report.find(body_tag, head_end);
  if (body == std::string::npos) return std::nullopt;
  report.insert(body + body_tag.size(), problems);
  report.insert(head_end, head_additions(generation));
  report.replace(policy, report_csp.size(), page_csp);
  return report;
}

std::string shell_page(std::string_view model_name, std::string_view problems, std::uint64_t generation) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n<title>{} — toc serve</title>\n"
      "<style>body {{ font: 15px/1.45 \"DejaVu Sans\", Arial, sans-serif; color: #1b1b1b; margin: 0; }}\n"
      "main {{ max-width: 1180px; margin: 0 auto; padding: 24px 32px; }}</style>\n{}</head>\n<body>\n{}"
      "<main id=\"main\">\n<h1>{}</h1>\n<p>No version of this model has loaded without errors yet: its report "
      "appears here once one does. The page follows every save.</p>\n</main>\n</body>\n</html>\n",
      page_csp, html_text(model_name), head_additions(generation), problems, html_text(model_name));
}

}  // namespace toc
