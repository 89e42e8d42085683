// JSON import/export (docs/catalog-format.md): exact round trips, strict
// import with errors that name the JSON path.
#include <gtest/gtest.h>

#include <cstdio>

#include "govshare/error.h"
#include "govshare/json.h"
#include "test_util.h"

namespace govshare {
namespace {

using testing::ReadFile;
using testing::ValidConditionalEntry;
using testing::ValidUnconditionalEntry;

const std::string kData = GOVSHARE_TEST_DATA_DIR;

// The path of the ParseError `fn` throws; fails the test if it throws nothing.
template <typename Fn>
std::string ParseErrorPath(Fn fn) {
  try {
    fn();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.code(), ErrorCode::kParse);
    return e.path();
  }
  ADD_FAILURE() << "no ParseError";
  return "<none>";
}

std::string MinimalEntry(const std::string& extra) {
  return R"({"name": "户籍人口基本信息", "provider": {"code": "11320600MB1A2B3CXJ", "name": "南通市公安局"},
            "share": {"class": "unconditional"}, "update_cycle": "daily")" +
         extra + "}";
}

TEST(JsonTest, EntryRoundTripsExactly) {
  for (const CatalogEntry& e : {ValidUnconditionalEntry(), ValidConditionalEntry()}) {
    const std::string text = EntryToJson(e);
    const CatalogEntry back = EntryFromJson(text);
    EXPECT_EQ(back, e);
    EXPECT_EQ(EntryToJson(back), text);
  }
}

// N13: the grade and the record of the assessments and the head's approval are optional
// keys (catalogs compiled before N13 stay byte-identical), read strictly.
TEST(JsonTest, NationalElementsRoundTrip) {
  CatalogEntry e = ValidConditionalEntry();
  EXPECT_EQ(EntryToJson(e).find("data_grade"), std::string::npos);
  EXPECT_EQ(MissingNationalElements(e),
            (std::vector<std::string>{"data_grade", "assessment.secrecy_risk", "assessment.personal_information",
                                      "assessment.approved_by", "assessment.approved_on"}));
  e.data_grade = DataGrade::kImportant;
  e.assessment = CatalogAssessment{true, true, "公安局分管负责人 王强", Date{2026, 3, 2}};
  EXPECT_TRUE(MissingNationalElements(e).empty());
  const std::string text = EntryToJson(e);
  EXPECT_NE(text.find("\"data_grade\": \"important\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"approved_on\": \"2026-03-02\""), std::string::npos) << text;
  EXPECT_EQ(EntryFromJson(text), e);
  EXPECT_EQ(ChineseLabel(DataGrade::kImportant), "重要数据");
  e.assessment->approved_on.reset();
  EXPECT_EQ(MissingNationalElements(e), std::vector<std::string>{"assessment.approved_on"});
  EXPECT_EQ(EntryFromJson(EntryToJson(e)), e);
  // Strict: a grade not in the list and an unknown key of the assessment name their path.
  std::string bad = text;
  bad.replace(bad.find("\"important\""), 11, "\"secret\"");
  EXPECT_THROW(EntryFromJson(bad), ParseError);
  std::string unknown = text;
  unknown.replace(unknown.find("\"secrecy_risk\""), 14, "\"secrecy\"");
  try {
    EntryFromJson(unknown);
    FAIL();
  } catch (const ParseError& err) {
    EXPECT_NE(std::string(err.what()).find("assessment.secrecy"), std::string::npos) << err.what();
  }
}

TEST(JsonTest, OptionalsRoundTrip) {
  CatalogEntry e = ValidConditionalEntry();
  e.items[0].share_class = ShareClass::kNotShared;
  e.items[1].open_class = OpenClass::kNotOpen;
  e.share.legal_basis = LegalBasis{LegalBasisKind::kRule, "《南通市政务数据管理办法》", "第十条"};
  e.publish_date.reset();
  e.share.authorization_mode.reset();
  EXPECT_EQ(EntryFromJson(EntryToJson(e)), e);
  EXPECT_EQ(EntryToJson(e).find("publish_date"), std::string::npos);
}

TEST(JsonTest, ChineseTextIsWrittenAsUtf8NotEscapes) {
  const std::string text = EntryToJson(ValidConditionalEntry(), -1);
  EXPECT_NE(text.find("户籍人口基本信息"), std::string::npos);
  EXPECT_EQ(text.find("\\u"), std::string::npos);
  EXPECT_EQ(text.find('\n'), std::string::npos);  // indent < 0: one line
}

TEST(JsonTest, SpecialCharactersAreEscapedLikeNlohmann) {
  CatalogEntry e = ValidConditionalEntry();
  e.summary = std::string("a\"b\\c\nd\te\x01" "f/中\x7f");
  const std::string text = EntryToJson(e, -1);
  EXPECT_NE(text.find(R"("summary":"a\"b\\c\nd\te\u0001f/中)" "\x7f" R"(")"), std::string::npos) << text;
  EXPECT_EQ(EntryFromJson(text), e);
  EXPECT_NE(EntryToJson(e, 2).find("\n  \"summary\": \"a\\\""), std::string::npos);
}

TEST(JsonTest, EscapedUnicodeIsDecoded) {
  const CatalogEntry e = EntryFromJson(MinimalEntry(R"(, "summary": "\u6237\u7c4d")"));
  EXPECT_EQ(e.summary, "户籍");
}

TEST(JsonTest, SampleCatalogRoundTripsByteForByte) {
  const std::string path = GOVSHARE_EXAMPLES_DATA_DIR "/catalog-sample.json";
  const std::string text = ReadFile(path);
  const Catalog catalog = CatalogFromJson(text);
  EXPECT_EQ(CatalogToJson(catalog), text);
  EXPECT_EQ(CatalogFromJson(CatalogToJson(catalog, -1)), catalog);
}

TEST(JsonTest, SaveAndLoadFile) {
  Catalog catalog;
  catalog.entries = {ValidUnconditionalEntry(), ValidConditionalEntry()};
  const std::string path = ::testing::TempDir() + "govshare-json-test.json";
  SaveCatalogFile(catalog, path);
  EXPECT_EQ(LoadCatalogFile(path), catalog);
  std::remove(path.c_str());
}

TEST(JsonTest, MissingFileIsAnIoError) {
  EXPECT_THROW(LoadCatalogFile(kData + "/does-not-exist.json"), IoError);
  EXPECT_THROW(SaveCatalogFile(Catalog{}, "/nonexistent-dir/x.json"), IoError);
}

TEST(JsonTest, UnknownKeyIsRefusedWithItsPath) {
  EXPECT_EQ(ParseErrorPath([] { EntryFromJson(MinimalEntry(R"(, "colour": "red")")); }), "colour");
  EXPECT_EQ(ParseErrorPath([] {
              CatalogFromJson(R"({"entries": [)" +
                              MinimalEntry(R"(, "items": [{"name": "姓名", "type": "C", "lenght": 50}])") +
                              "]}");
            }),
            "entries[0].items[0].lenght");
  EXPECT_EQ(ParseErrorPath([] { CatalogFromJson(R"({"entries": [], "version": 1})"); }), "version");
}

TEST(JsonTest, WrongTypeIsRefusedWithItsPath) {
  EXPECT_EQ(ParseErrorPath([] { EntryFromJson(MinimalEntry(R"(, "topics": "人口")")); }), "topics");
  EXPECT_EQ(ParseErrorPath([] { EntryFromJson(MinimalEntry(R"(, "topics": ["人口", 3])")); }),
            "topics[1]");
  EXPECT_EQ(ParseErrorPath([] {
              EntryFromJson(MinimalEntry(R"(, "items": [{"name": "x", "type": "C", "length": "18"}])"));
            }),
            "items[0].length");
  EXPECT_EQ(ParseErrorPath([] {
              EntryFromJson(MinimalEntry(R"(, "items": [{"name": "x", "type": "C", "length": -1}])"));
            }),
            "items[0].length");
  EXPECT_EQ(ParseErrorPath([] { CatalogFromJson(R"({"entries": {}})"); }), "entries");
  EXPECT_EQ(ParseErrorPath([] { CatalogFromJson(R"({"entries": [3]})"); }), "entries[0]");
  EXPECT_EQ(ParseErrorPath([] { CatalogFromJson("[]"); }), "");
}

TEST(JsonTest, BadEnumerationNameIsRefusedWithItsPath) {
  EXPECT_EQ(ParseErrorPath([] {
              CatalogFromJson(R"({"entries": [)" +
                              MinimalEntry(R"(, "items": [{"name": "姓名", "type": "string"}])") + "]}");
            }),
            "entries[0].items[0].type");
}

TEST(JsonTest, BadShareMethodPath) {
  const std::string text =
      R"({"name": "户籍人口基本信息", "provider": {"code": "11320600MB1A2B3CXJ", "name": "南通市公安局"},
          "share": {"class": "conditional", "methods": ["api", "ftp"]}, "update_cycle": "daily"})";
  EXPECT_EQ(ParseErrorPath([&] { EntryFromJson(text); }), "share.methods[1]");
}

TEST(JsonTest, MissingRequiredKeyIsRefusedWithItsPath) {
  EXPECT_EQ(ParseErrorPath([] { CatalogFromJson("{}"); }), "entries");
  EXPECT_EQ(ParseErrorPath([] { EntryFromJson(R"({"name": "x"})"); }), "provider");
  EXPECT_EQ(ParseErrorPath([] {
              EntryFromJson(R"({"name": "x", "provider": {"code": "c"}, "share": {"class": "unconditional"}, "update_cycle": "daily"})");
            }),
            "provider.name");
}

TEST(JsonTest, ImpossibleDateIsRefusedWithItsPath) {
  EXPECT_EQ(ParseErrorPath([] {
              CatalogFromJson(R"({"entries": [)" + MinimalEntry(R"(, "publish_date": "2023-02-30")") +
                              "]}");
            }),
            "entries[0].publish_date");
  EXPECT_EQ(ParseErrorPath([] { EntryFromJson(MinimalEntry(R"(, "publish_date": "2023/02/01")")); }),
            "publish_date");
  EXPECT_NO_THROW(EntryFromJson(MinimalEntry(R"(, "publish_date": null)")));
}

TEST(JsonTest, InvalidUtf8IsRefusedWithItsPath) {
  const std::string text =
      R"({"entries": [{"name": "ok", "summary": "bad )" + std::string("\xFF\xFE") + R"("}]})";
  try {
    CatalogFromJson(text);
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.path(), "entries[0].summary");
    EXPECT_NE(std::string(e.what()).find("UTF-8"), std::string::npos) << e.what();
  }
  // Overlong encoding and a lone surrogate escape are refused as well.
  EXPECT_EQ(ParseErrorPath([] { CatalogFromJson("{\"entries\": [{\"name\": \"\xC0\xAF\"}]}"); }),
            "entries[0].name");
  EXPECT_EQ(ParseErrorPath([] { CatalogFromJson(R"({"entries": [{"name": "\ud800"}]})"); }),
            "entries[0].name");
}

TEST(JsonTest, DuplicateKeysAreRefusedWithTheirPath) {
  EXPECT_EQ(ParseErrorPath([] {
              CatalogFromJson(R"({"entries": [{"name": "a", "provider": {"code": "x", "code": "y"}}]})");
            }),
            "entries[0].provider.code");
  EXPECT_EQ(ParseErrorPath([] { CatalogFromJson(R"({"entries": [], "entries": []})"); }), "entries");
  // The same key in sibling objects is fine.
  EXPECT_NO_THROW(CatalogFromJson(R"({"entries": []})"));
}

TEST(JsonTest, ErrorMessagesAreValidUtf8) {
  try {
    CatalogFromJson("{\"entries\": [{\"name\": \"\xFF\"}]}");
    FAIL();
  } catch (const ParseError& e) {
    const std::string what = e.what();
    EXPECT_EQ(what.find('\xFF'), std::string::npos);
    EXPECT_NE(what.find("\\xFF"), std::string::npos) << what;
  }
}

TEST(JsonTest, ExportRefusesNegativeLengths) {
  CatalogEntry e = ValidConditionalEntry();
  e.items[1].length = -1;
  try {
    EntryToJson(e);
    FAIL();
  } catch (const InvalidArgumentError& ex) {
    EXPECT_NE(std::string(ex.what()).find("items[1].length"), std::string::npos);
  }
}

TEST(JsonTest, SyntaxErrorNamesWhereItHappened) {
  EXPECT_EQ(ParseErrorPath([] { CatalogFromJson(R"({"entries": [{"name": "x",}]})"); }),
            "entries[0]");
  EXPECT_EQ(ParseErrorPath([] { CatalogFromJson(""); }), "");
}

TEST(JsonTest, ExportRefusesInvalidUtf8NamingTheField) {
  Catalog catalog;
  catalog.entries = {ValidConditionalEntry()};
  catalog.entries[0].items[1].name = "\xFF";
  try {
    CatalogToJson(catalog);
    FAIL();
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("entries[0].items[1].name"), std::string::npos);
  }
}

TEST(JsonTest, SharedFixturesFailWhereTheirReadmeSays) {
  struct Case {
    const char* file;
    const char* path;
  };
  const Case cases[] = {
      {"invalid-unknown-key.json", nullptr}, {"invalid-wrong-type.json", nullptr},
      {"invalid-enum.json", "entries[0].items[0].type"},
      {"invalid-date.json", "entries[0].publish_date"},
      {"invalid-utf8.json", nullptr},        {"invalid-syntax.json", nullptr},
  };
  for (const auto& c : cases) {
    const std::string path = ParseErrorPath([&] { LoadCatalogFile(kData + "/" + c.file); });
    if (c.path) {
      EXPECT_EQ(path, c.path) << c.file;
    }
  }
}

TEST(JsonTest, FindingsToJsonCarriesEveryField) {
  Finding f{"share.conditional_scope", "A8", "share.scope", Severity::kError, "有条件共享须标明共享范围",
            "A conditional entry must state its share scope"};
  const std::string text = FindingsToJson({f}, -1);
  EXPECT_EQ(text,
            R"([{"rule_id":"share.conditional_scope","article":"A8","path":"share.scope","severity":"error","message_zh":"有条件共享须标明共享范围","message_en":"A conditional entry must state its share scope"}])");
}

}  // namespace
}  // namespace govshare
