// Normalising cell text for matching.
//
// Exported tables write the same label many ways: full-width ：（）％ and
// digits, ideographic spaces, doubled blanks, `* 实际完成值` header marks, and
// goals text wrapped in HTML paragraph markup. The parser matches on the
// normalised form and keeps the raw text beside it (Cell::raw).
#pragma once

#include <string>
#include <string_view>

namespace jxaudit::text {

// NFKC (ICU), then: <p> </p> <br> markup removed (other angle-bracket text,
// e.g. a document title <关于…(试行)>, is kept), every run of blanks (space,
// ideographic space, NBSP, CR, TAB) folded to one space, leading `*` header
// marks and surrounding blanks removed. Pure-ASCII cells take a fast path.
std::string normalize(std::string_view raw);

// The key a label is matched by: normalize()d text with every blank removed and
// a trailing colon dropped ("项目编码: " and "项目编码：" -> "项目编码";
// "产出指标 (50分)" -> "产出指标(50分)").
std::string label_key(std::string_view normalized);

// True when normalize(raw) == raw, decided without building a string: no
// markup, header marks or blank runs, and NFKC-stable characters (CJK
// ideographs and common punctuation are checked inline, the rest by ICU).
bool is_normalized(std::string_view raw);
// True when label_key(text) == text.
bool is_label_key(std::string_view normalized);


}  // namespace jxaudit::text
