// Text made safe for XML 1.0 (the JUnit report): markup characters become
// entities, and what XML 1.0 cannot hold at all — the C0 controls other
// than tab, newline and carriage return, U+FFFE/U+FFFF, and bytes that are
// not UTF-8 — becomes U+FFFD, so a stray control byte in an input table
// cannot make the report unreadable.
#pragma once

#include <string>
#include <string_view>

namespace jxaudit::reports {

// Character data (between tags): & < > escaped; tab, newline, CR kept.
std::string xml_text(std::string_view s);

// An attribute value in double quotes: & < > " ' escaped, and tab, newline
// and CR as character references, since a parser would normalise them to spaces.
std::string xml_attribute(std::string_view s);

}  // namespace jxaudit::reports
