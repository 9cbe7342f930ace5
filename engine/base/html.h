// HTML text escaping shared by every HTML product (checklist, board report).
#pragma once

#include <string>
#include <string_view>

namespace toc {

/// `text` made safe as HTML element content or a quoted attribute value: & < > " ' become
/// entities, so model text can never open a tag, close an attribute or start an entity.
/// Example: html_escape("<b>\"A&B\"</b>") == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;".
std::string html_escape(std::string_view text);

}  // namespace toc
