// The streaming XML reader of office parts (formats/xml_stream.hpp): local
// names whatever the prefix, chunked feeding, a DOCTYPE refused before any
// entity could expand, stop() from a handler.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "formats/xml_stream.hpp"

namespace jxaudit::formats {
namespace {

// Records every event as text: "<name r=…>", "</name>", "'text'".
struct Recorder : XmlHandler {
  std::vector<std::string> events;
  std::string text_run;
  XmlStream* stream = nullptr;
  std::string stop_at;  // element whose start stops parsing
  void flush() {
    if (!text_run.empty()) events.push_back("'" + text_run + "'");
    text_run.clear();
  }
  void start(std::string_view local, const XmlAttributes& a) override {
    flush();
    std::string e = "<" + std::string(local);
    if (const char* r = a.get("r")) e += " r=" + std::string(r);
    events.push_back(e + ">");
    if (stream != nullptr && local == stop_at) stream->stop("seen enough");
  }
  void end(std::string_view local) override {
    flush();
    events.push_back("</" + std::string(local) + ">");
  }
  void text(std::string_view t) override { text_run.append(t); }  // expat may split a run
};

TEST(XmlStream, LocalNamesWhateverThePrefix) {
  Recorder r;
  std::string error;
  ASSERT_TRUE(parse_xml("<x:row xmlns:x=\"urn:a\" xmlns:y=\"urn:b\" y:r=\"5\"><c r=\"A5\">t</c></x:row>", r, error))
      << error;
  EXPECT_EQ(r.events, (std::vector<std::string>{"<row r=5>", "<c r=A5>", "'t'", "</c>", "</row>"}));
}

TEST(XmlStream, AttributesByLocalNameAndAsNumbers) {
  struct Attrs : XmlHandler {
    int r = 0, missing = 0, bad = 0;
    const char* absent = "unset";
    void start(std::string_view, const XmlAttributes& a) override {
      r = a.get_int("r", -1);
      missing = a.get_int("s", -7);
      bad = a.get_int("t", -9);
      absent = a.get("nope");
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}
  } h;
  std::string error;
  ASSERT_TRUE(parse_xml("<row r=\"1048576\" t=\"12x\"/>", h, error)) << error;
  EXPECT_EQ(h.r, 1048576);
  EXPECT_EQ(h.missing, -7);
  EXPECT_EQ(h.bad, -9);  // not a whole number: the fallback
  EXPECT_EQ(h.absent, nullptr);
}

TEST(XmlStream, FedOneByteAtATimeGivesTheSameEvents) {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sheetData><row r=\"1\"><c><v>0.9977</v></c>"
      "<c t=\"inlineStr\"><is><t>项目名称</t></is></c></row></sheetData>";
  Recorder whole, bytes;
  std::string error;
  ASSERT_TRUE(parse_xml(xml, whole, error)) << error;
  XmlStream stream(bytes);
  for (const char c : xml) ASSERT_TRUE(stream.feed(std::string_view(&c, 1), false)) << stream.error();
  ASSERT_TRUE(stream.feed({}, true)) << stream.error();
  bytes.flush();
  EXPECT_EQ(bytes.events, whole.events);
  EXPECT_NE(std::find(whole.events.begin(), whole.events.end(), "'项目名称'"), whole.events.end());
}

TEST(XmlStream, DoctypeIsRefusedBeforeAnyEntityExpands) {
  // A billion-laughs document: refused at its DOCTYPE, no element seen.
  std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
  xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">";
  for (int i = 2; i <= 9; ++i)
    xml += "<!ENTITY lol" + std::to_string(i) + " \"" + [&] {
      std::string s;
      for (int k = 0; k < 10; ++k) s += "&lol" + std::to_string(i - 1) + ";";
      return s;
    }() + "\">";
  xml += "]><lolz>&lol9;</lolz>";
  Recorder r;
  std::string error;
  EXPECT_FALSE(parse_xml(xml, r, error));
  EXPECT_NE(error.find("DOCTYPE"), std::string::npos) << error;
  EXPECT_TRUE(r.events.empty());
}

TEST(XmlStream, DoctypeWithoutEntitiesIsRefusedToo) {
  Recorder r;
  XmlStream stream(r);
  EXPECT_FALSE(stream.feed("<!DOCTYPE worksheet SYSTEM \"http://example.invalid/x.dtd\"><worksheet/>", true));
  EXPECT_NE(stream.error().find("DOCTYPE"), std::string::npos);
  EXPECT_TRUE(r.events.empty());
  EXPECT_FALSE(stream.feed("<more/>", true));  // stays stopped
}

TEST(XmlStream, MalformedXmlSaysWhereAndWhat) {
  Recorder r;
  std::string error;
  EXPECT_FALSE(parse_xml("<a>\n<b>\n</a>", r, error));
  EXPECT_NE(error.find("mismatched tag"), std::string::npos) << error;
  EXPECT_NE(error.find("line 3"), std::string::npos) << error;
}

TEST(XmlStream, TruncatedDocumentFailsAtTheEnd) {
  Recorder r;
  XmlStream stream(r);
  EXPECT_TRUE(stream.feed("<sheetData><row>", false));
  EXPECT_FALSE(stream.feed({}, true));
  EXPECT_FALSE(stream.error().empty());
}

TEST(XmlStream, StopFromAHandlerEndsParsing) {
  Recorder r;
  XmlStream stream(r);
  r.stream = &stream;
  r.stop_at = "stop";
  EXPECT_FALSE(stream.feed("<a><b/><stop/><c/><d/></a>", true));
  EXPECT_EQ(stream.error(), "seen enough");
  EXPECT_EQ(std::find(r.events.begin(), r.events.end(), "<c>"), r.events.end());
  EXPECT_FALSE(stream.feed("<more/>", true));
}

}  // namespace
}  // namespace jxaudit::formats
