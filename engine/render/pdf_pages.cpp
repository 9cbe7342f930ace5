#include "render/pdf_pages.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "base/shared_library.h"
#include "base/text.h"

namespace toc {

namespace {

// cairo, librsvg and the glib functions they need, opened on the first PDF (shared_library.h).
// librsvg's handle also finds the functions of glib and gobject, which it depends on.
// clang-format off: one function a line
#define TOC_CAIRO_FUNCTIONS(X)           \
  X(cairo_pdf_surface_create_for_stream) \
  X(cairo_pdf_surface_set_metadata)      \
  X(cairo_pdf_surface_set_size)          \
  X(cairo_create)                        \
  X(cairo_destroy)                       \
  X(cairo_select_font_face)              \
  X(cairo_set_font_size)                 \
  X(cairo_set_source_rgb)                \
  X(cairo_move_to)                       \
  X(cairo_show_text)                     \
  X(cairo_text_extents)                  \
  X(cairo_show_page)                     \
  X(cairo_surface_finish)                \
  X(cairo_surface_status)                \
  X(cairo_status_to_string)              \
  X(cairo_surface_destroy)
// clang-format on
// clang-format off: one function a line
#define TOC_RSVG_FUNCTIONS(X)                 \
  X(rsvg_handle_new_from_data)                \
  X(rsvg_handle_get_intrinsic_size_in_pixels) \
  X(rsvg_handle_render_document)              \
  X(g_error_free)                             \
  X(g_object_unref)
// clang-format on

struct Libraries {
#define TOC_DECLARE(name) decltype(&::name) name = nullptr;
  TOC_CAIRO_FUNCTIONS(TOC_DECLARE)
  TOC_RSVG_FUNCTIONS(TOC_DECLARE)
#undef TOC_DECLARE
  /// Why PDF pages cannot be made here, or "".
  std::string error;
};

const Libraries& libraries() {
  static const Libraries loaded = [] {
    Libraries found;
    SharedLibrary cairo(TOC_SONAME_CAIRO);
    SharedLibrary rsvg(TOC_SONAME_RSVG);
#define TOC_FIND(name) cairo.find(#name, found.name);
    TOC_CAIRO_FUNCTIONS(TOC_FIND)
#undef TOC_FIND
#define TOC_FIND(name) rsvg.find(#name, found.name);
    TOC_RSVG_FUNCTIONS(TOC_FIND)
#undef TOC_FIND
    const std::string& why = !cairo.error().empty() ? cairo.error() : rsvg.error();
    if (!why.empty()) found.error = "PDF pages need cairo and librsvg, which could not be loaded: " + why;
    return found;
  }();
  return loaded;
}

constexpr double heading_size = 11.0;
constexpr double footer_size = 8.0;
constexpr double heading_line = 14.0;
constexpr double heading_space = 36.0;  ///< two heading lines plus the gap under them
constexpr double footer_space = 14.0;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

double advance(cairo_t* cr, const std::string& text) {
  cairo_text_extents_t extents;
  libraries().cairo_text_extents(cr, text.c_str(), &extents);
  return extents.x_advance;
}

/// Writes `line` at (x, y) on at most `lines` lines of `width`, broken between words, the last
/// cut with "…" where the text is longer.
void text(cairo_t* cr, const std::string& line, double size, double x, double y, double width, bool bold,
          int lines = 1) {
  const Libraries& lib = libraries();
  lib.cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                             bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  lib.cairo_set_font_size(cr, size);
  lib.cairo_set_source_rgb(cr, 0.15, 0.15, 0.15);
  std::string rest = line;
  for (int row = 0; row < lines && !rest.empty(); ++row, y += heading_line) {
    std::string shown = rest;
    if (row + 1 < lines && advance(cr, rest) > width) {
      // The longest run of whole words that fits; the rest goes on the next line.
      std::size_t cut = rest.rfind(' ');
      while (cut != std::string::npos && cut > 0 && advance(cr, rest.substr(0, cut)) > width)
        cut = rest.rfind(' ', cut - 1);
      if (cut != std::string::npos && cut > 0) shown = rest.substr(0, cut);
    }
    for (std::size_t columns = display_width(shown); advance(cr, shown) > width && columns > 1;) {
      columns = columns * std::max(0.5, width / advance(cr, shown) * 0.98);  // shrink in proportion
      shown = shorten_columns(rest, columns);
    }
    lib.cairo_move_to(cr, x, y);
    lib.cairo_show_text(cr, shown.c_str());
    rest = shown.size() < rest.size() && rest.compare(0, shown.size(), shown) == 0 ? rest.substr(shown.size() + 1) : "";
  }
}

using Handle = std::unique_ptr<RsvgHandle, void (*)(void*)>;

/// The SVG parsed, and its size in points; an error message instead when it cannot be read.
std::string read_svg(const std::string& svg, Handle& handle, double& width, double& height) {
  const Libraries& lib = libraries();
  GError* error = nullptr;
  handle.reset(lib.rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
  if (!handle) {
    std::string message = error ? error->message : "unknown error";
    if (error) lib.g_error_free(error);
    return "could not read the diagram's SVG: " + message;
  }
  if (!lib.rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &width, &height) || width <= 0 || height <= 0) {
    return "the diagram's SVG has no size";
  }
  // rsvg measures in CSS pixels (96 per inch); the page is in points (72 per inch).
  width *= 72.0 / 96.0;
  height *= 72.0 / 96.0;
  return "";
}

/// The box a diagram gets on a page: inside the margins, under the heading, above the footer.
struct Box {
  double x, y, width, height;
};
Box diagram_box(const Paper& paper) {
  return {paper.margin, paper.margin + heading_space, paper.width - 2 * paper.margin,
          paper.height - 2 * paper.margin - heading_space - footer_space};
}

/// Draws `svg` scaled into `box`; sets the scale; returns an error message or "".
std::string draw_svg(cairo_t* cr, const std::string& svg, const Box& box, double& scale) {
  const Libraries& lib = libraries();
  Handle handle(nullptr, lib.g_object_unref);
  double natural_width = 0;
  double natural_height = 0;
  if (std::string error = read_svg(svg, handle, natural_width, natural_height); !error.empty()) return error;
  scale = std::min({1.0, box.width / natural_width, box.height / natural_height});
  GError* error = nullptr;
  const RsvgRectangle viewport{box.x + (box.width - natural_width * scale) / 2, box.y, natural_width * scale,
                               natural_height * scale};
  if (!lib.rsvg_handle_render_document(handle.get(), cr, &viewport, &error)) {
    std::string message = error ? error->message : "unknown error";
    if (error) lib.g_error_free(error);
    return "could not draw the diagram: " + message;
  }
  return "";
}

}  // namespace

Paper turned(const Paper& paper) { return {paper.height, paper.width, paper.margin}; }

double page_scale(const std::string& svg, const Paper& paper) {
  const Libraries& lib = libraries();
  if (!lib.error.empty()) return 0;
  Handle handle(nullptr, lib.g_object_unref);
  double width = 0;
  double height = 0;
  if (!read_svg(svg, handle, width, height).empty()) return 0;
  const Box box = diagram_box(paper);
  return std::min({1.0, box.width / width, box.height / height});
}

RenderResult pages_to_pdf(const std::vector<PdfPage>& pages, const Paper& paper, const std::string& title) {
  RenderResult result;
  const Libraries& lib = libraries();
  if (!lib.error.empty()) {
    result.error = lib.error;
    return result;
  }
  std::string bytes;
  cairo_surface_t* surface = lib.cairo_pdf_surface_create_for_stream(append, &bytes, paper.width, paper.height);
  lib.cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  lib.cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "toc");
  cairo_t* cr = lib.cairo_create(surface);
  for (std::size_t i = 0; i < pages.size() && result.error.empty(); ++i) {
    const Paper sheet = pages[i].turned ? turned(paper) : paper;
    lib.cairo_pdf_surface_set_size(surface, sheet.width, sheet.height);  // before anything is drawn on it
    const double left = sheet.margin;
    const double width = sheet.width - 2 * sheet.margin;
    text(cr, pages[i].heading, heading_size, left, sheet.margin + heading_size, width, true, 2);
    text(cr, fmt::format("page {} of {} · {}", i + 1, pages.size(), title), footer_size, left,
         sheet.height - sheet.margin + footer_size, width, false);
    double scale = 1.0;
    result.error = draw_svg(cr, pages[i].svg, diagram_box(sheet), scale);
    lib.cairo_show_page(cr);
  }
  lib.cairo_destroy(cr);
  lib.cairo_surface_finish(surface);
  if (result.error.empty() && lib.cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    result.error =
        std::string("could not write the PDF: ") + lib.cairo_status_to_string(lib.cairo_surface_status(surface));
  }
  lib.cairo_surface_destroy(surface);
  if (result.error.empty()) result.bytes = std::move(bytes);
  return result;
}

}  // namespace toc
