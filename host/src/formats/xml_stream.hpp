// A streaming XML reader over expat, for the parts of office files: the
// handler sees elements by local name (namespace prefixes vary between
// writers: "row", "x:row"), attributes by local name, and text. Fed in
// chunks, so a worksheet of a million rows is never held whole. A DOCTYPE is
// refused (OOXML has none; entity tricks need one).
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace jxaudit::formats {

// Attributes of the element being started, looked up by local name.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** pairs) : pairs_(pairs) {}
  // The value of the attribute named `local` (any namespace), or nullptr.
  const char* get(std::string_view local) const;
  // The attribute as a whole number, or `fallback` when absent or not one.
  int get_int(std::string_view local, int fallback) const;

 private:
  const char** pairs_;
};

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view local, const XmlAttributes& attributes) = 0;
  virtual void end(std::string_view local) = 0;
  virtual void text(std::string_view text) = 0;
};

class XmlStream {
 public:
  explicit XmlStream(XmlHandler& handler);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Feeds the next chunk (`last` for the end of the document). False on an
  // XML error or after stop(); error() then says what and where.
  bool feed(std::string_view chunk, bool last);
  // Called by a handler that has seen enough (a limit): parsing ends.
  void stop(std::string reason);
  const std::string& error() const { return error_; }
  int line() const { return line_; }

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::string error_;
  int line_ = 0;
};

// Parses a whole (small) part in one go.
bool parse_xml(std::string_view xml, XmlHandler& handler, std::string& error);

}  // namespace jxaudit::formats
