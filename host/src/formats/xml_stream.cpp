#include "formats/xml_stream.hpp"

#include <expat.h>

#include <charconv>
#include <climits>
#include <cstring>

namespace jxaudit::formats {

namespace {

// With XML_ParserCreateNS(…, ' ') names arrive as "uri local" (or "local").
std::string_view local_name(const char* name) {
  const char* space = std::strrchr(name, ' ');
  return space != nullptr ? std::string_view(space + 1) : std::string_view(name);
}

}  // namespace

const char* XmlAttributes::get(std::string_view local) const {
  for (const char** p = pairs_; p != nullptr && *p != nullptr; p += 2)
    if (local_name(p[0]) == local) return p[1];
  return nullptr;
}

int XmlAttributes::get_int(std::string_view local, int fallback) const {
  const char* text = get(local);
  if (text == nullptr) return fallback;
  int v = fallback;
  const std::string_view s(text);
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && ptr == s.data() + s.size() ? v : fallback;
}

struct XmlStream::State {
  XML_Parser parser = nullptr;
  XmlHandler* handler = nullptr;
  XmlStream* owner = nullptr;
  bool stopped = false;
  std::string stop_reason;

  static void on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto* s = static_cast<State*>(data);
    s->handler->start(local_name(name), XmlAttributes(attributes));
  }
  static void on_end(void* data, const XML_Char* name) { static_cast<State*>(data)->handler->end(local_name(name)); }
  static void on_text(void* data, const XML_Char* text, int length) {
    if (length > 0) static_cast<State*>(data)->handler->text(std::string_view(text, static_cast<std::size_t>(length)));
  }
  static void on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    auto* s = static_cast<State*>(data);
    s->stopped = true;
    s->stop_reason = "a DOCTYPE declaration (not allowed in office XML)";
    XML_StopParser(s->parser, XML_FALSE);
  }
};

XmlStream::XmlStream(XmlHandler& handler) : state_(std::make_unique<State>()) {
  state_->parser = XML_ParserCreateNS(nullptr, ' ');
  state_->handler = &handler;
  state_->owner = this;
  XML_SetUserData(state_->parser, state_.get());
  XML_SetElementHandler(state_->parser, &State::on_start, &State::on_end);
  XML_SetCharacterDataHandler(state_->parser, &State::on_text);
  XML_SetStartDoctypeDeclHandler(state_->parser, &State::on_doctype);
}

XmlStream::~XmlStream() {
  if (state_->parser != nullptr) XML_ParserFree(state_->parser);
}

void XmlStream::stop(std::string reason) {
  if (state_->stopped) return;
  state_->stopped = true;
  state_->stop_reason = std::move(reason);
  XML_StopParser(state_->parser, XML_FALSE);
}

bool XmlStream::feed(std::string_view chunk, bool last) {
  if (state_->stopped) return false;
  // expat takes an int length: feed a huge chunk in pieces.
  constexpr std::size_t kPiece = INT_MAX / 2;
  do {
    const std::size_t n = chunk.size() < kPiece ? chunk.size() : kPiece;
    const bool final_piece = last && n == chunk.size();
    const XML_Status status =
        XML_Parse(state_->parser, chunk.data(), static_cast<int>(n), final_piece ? XML_TRUE : XML_FALSE);
    line_ = static_cast<int>(XML_GetCurrentLineNumber(state_->parser));
    if (state_->stopped) {
      error_ = state_->stop_reason;
      return false;
    }
    if (status != XML_STATUS_OK) {
      error_ = std::string(XML_ErrorString(XML_GetErrorCode(state_->parser))) + " at XML line " + std::to_string(line_);
      return false;
    }
    chunk.remove_prefix(n);
  } while (!chunk.empty());
  return true;
}

bool parse_xml(std::string_view xml, XmlHandler& handler, std::string& error) {
  XmlStream stream(handler);
  if (stream.feed(xml, true)) return true;
  error = stream.error();
  return false;
}

}  // namespace jxaudit::formats
