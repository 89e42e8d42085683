// Catalog search (A20): Chinese words of one, two, three and four characters
// give exactly what SQL LIKE '%word%' gives over the same documents; filters,
// facets, paging, name matches first; the index follows publication and
// withdrawal at once.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <set>

#include "govshare/error.h"
#include "govshare/platform.h"
#include "govshare/catalog_service.h"
#include "test_util.h"

namespace govshare {
namespace {

constexpr char kBureauCode[] = "11320600MB1T01108B";
constexpr char kRugaoPlatform[] = "11320682MB1R030051";

// A platform on a file with the 25 entries of examples/data/catalog-sample.json
// published by their own departments (the not-shared ones too: they are
// cataloged and searchable, A8).
class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = ::testing::TempDir() + "govshare-search-" + std::to_string(getpid()) + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
    PlatformOptions o;
    o.path = testing::Store(path_);
    o.durability = Durability::kNormal;
    o.simulated_time = LocalDateTime::FromIso("2026-09-01T09:00:00+08:00");
    p_ = Platform::Open(o);
    p_->Initialize({kBureauCode, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
                   {"admin", "王局", kBureauCode, {Role::kBureauAdmin}, true});
    p_->AddUser("admin", {"reviewer", "李审", kBureauCode, {Role::kBureauReviewer}, true});
    p_->AddUser("admin", {"auditor", "赵审计", kBureauCode, {Role::kAuditor}, true});
    p_->AddDepartment("admin", {kRugaoPlatform, "如皋市大数据管理局", DepartmentLevel::kCountyPlatform, ""});
    const Catalog sample = CatalogFromJson(testing::ReadFile(GOVSHARE_EXAMPLES_DATA_DIR "/catalog-sample.json"));
    int n = 0;
    for (CatalogEntry e : sample.entries) {
      const std::string code = e.provider.code;
      if (!p_->FindDepartment(code)) {
        const bool county = code.rfind("11320682", 0) == 0;
        p_->AddDepartment("admin", {code, e.provider.name, county ? DepartmentLevel::kCounty : DepartmentLevel::kMunicipal,
                                    county ? kRugaoPlatform : ""});
      }
      const std::string op = "op" + std::to_string(n), leader = "leader" + std::to_string(n);
      ++n;
      if (!p_->FindUser(op)) {
        p_->AddUser("admin", {op, "经办人", code, {Role::kDeptOperator}, true});
        p_->AddUser("admin", {leader, "分管领导", code, {Role::kDeptLeader}, true});
      }
      e.code.clear();
      e.related_codes.clear();
      EntryRecord r = p_->catalog().CreateDraft(op, e);
      r = p_->catalog().Submit(op, r.id, r.row_version);
      r = p_->catalog().Approve("reviewer", r.id, r.row_version);
      r = p_->catalog().Publish(leader, r.id, r.row_version);
      ids_[e.name] = r.id;
      leaders_[r.id] = leader;
    }
  }
  void TearDown() override {
    p_->Close();
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
  }

  // Entry ids whose search text contains every word, by SQL LIKE on the
  // store (SQLite or PostgreSQL).
  std::vector<std::int64_t> Like(const std::vector<std::string>& words) {
    std::string sql = "SELECT entry_id FROM search_documents WHERE 1 = 1";
    for (const auto& w : words) {
      std::string quoted;
      for (char c : w) quoted += c == '\'' ? std::string("''") : std::string(1, c);
      sql += " AND text LIKE '%" + quoted + "%'";
    }
    sql += " ORDER BY entry_id";
    return testing::QueryInts(testing::Store(path_), sql);
  }

  std::vector<std::int64_t> Ids(const std::string& text, int limit = 1000) {
    SearchQuery q;
    q.text = text;
    q.limit = limit;
    q.facets = false;
    const SearchResult r = p_->catalog().Search("auditor", q);
    std::vector<std::int64_t> out;
    for (const auto& h : r.hits) out.push_back(h.entry_id);
    EXPECT_EQ(r.total, static_cast<int>(out.size())) << text;
    std::sort(out.begin(), out.end());
    return out;
  }

  std::string path_;
  std::shared_ptr<Platform> p_;
  std::map<std::string, std::int64_t> ids_;
  std::map<std::int64_t, std::string> leaders_;
};

// A20: one- and two-character Chinese words (人口, 婚) and longer ones give
// exactly the LIKE scan's results; ASCII case is folded as LIKE does.
TEST_F(SearchTest, ResultsEqualALikeScanForEveryLength) {
  for (const char* w : {"婚", "人", "码", "人口", "婚姻", "登记", "信息", "身份证", "登记信息", "统一社会信用代码",
                        "公民身份号码", "不动产", "核验", "api", "API", "Dm", "（", "号码", "保险参保", "查无", "x"}) {
    EXPECT_EQ(Ids(w), Like({w})) << w;
  }
  EXPECT_FALSE(Ids("婚").empty());
  EXPECT_FALSE(Ids("人口").empty());
  EXPECT_TRUE(Ids("查无此词").empty());
  // Several words: all of them (AND).
  EXPECT_EQ(Ids("人口 登记"), Like({"人口", "登记"}));
  EXPECT_EQ(Ids("  婚姻   登记 "), Like({"婚姻", "登记"}));
  // No words: every published entry.
  EXPECT_EQ(Ids("").size(), ids_.size());
}

// Name matches come first; each hit carries the full description.
TEST_F(SearchTest, NameMatchesFirstWithFullDescriptions) {
  SearchQuery q;
  q.text = "登记";
  const SearchResult r = p_->catalog().Search("auditor", q);
  ASSERT_GT(r.total, 2);
  bool seen_other = false;
  for (const auto& h : r.hits) {
    EXPECT_EQ(h.name_match, h.entry.name.find("登记") != std::string::npos) << h.entry.name;
    if (!h.name_match) seen_other = true;
    if (seen_other) {
      EXPECT_FALSE(h.name_match) << "a name match after other hits";
    }
    EXPECT_FALSE(h.entry.items.empty() && h.entry.name != "控制性详细规划成果信息");
    EXPECT_FALSE(h.code.empty());
    EXPECT_EQ(h.code, h.entry.code);
  }
  // Paging walks the same ranking.
  std::vector<std::int64_t> paged;
  for (int offset = 0; offset < r.total; offset += 3) {
    q.offset = offset;
    q.limit = 3;
    for (const auto& h : p_->catalog().Search("auditor", q).hits) paged.push_back(h.entry_id);
  }
  std::vector<std::int64_t> whole;
  for (const auto& h : r.hits) whole.push_back(h.entry_id);
  EXPECT_EQ(paged, whole);
}

// Paging at its edges (moved from the Python and Java suites): an offset
// past the end gives no hits but the total; limit 0 gives only the total; a
// negative offset or a limit over 1000 is refused naming the field.
TEST_F(SearchTest, PagingEdges) {
  SearchQuery q;
  q.text = "登记";
  const int total = p_->catalog().Search("auditor", q).total;
  ASSERT_GT(total, 0);
  q.offset = total;
  SearchResult r = p_->catalog().Search("auditor", q);
  EXPECT_TRUE(r.hits.empty());
  EXPECT_EQ(r.total, total);
  q.offset = 0;
  q.limit = 0;
  r = p_->catalog().Search("auditor", q);
  EXPECT_TRUE(r.hits.empty());
  EXPECT_EQ(r.total, total);
  q.offset = -1;
  q.limit = 20;
  EXPECT_THROW(p_->catalog().Search("auditor", q), InvalidArgumentError);
  q.offset = 0;
  q.limit = 1001;
  EXPECT_THROW(p_->catalog().Search("auditor", q), InvalidArgumentError);
}

// A20: by department, topic and industry; facet counts.
TEST_F(SearchTest, FiltersAndFacets) {
  SearchQuery q;
  q.text = "信息";
  SearchResult all = p_->catalog().Search("auditor", q);
  int sum = 0;
  for (const auto& f : all.facets.departments) sum += f.count;
  EXPECT_EQ(sum, all.total);
  ASSERT_FALSE(all.facets.departments.empty());
  const FacetCount top = all.facets.departments.front();
  EXPECT_NE(top.label, top.value);  // the department's name
  q.department = top.value;
  SearchResult one = p_->catalog().Search("auditor", q);
  EXPECT_EQ(one.total, top.count);
  for (const auto& h : one.hits) EXPECT_EQ(h.entry.provider.code, top.value);

  q = SearchQuery{};
  q.topic = "人口";
  const SearchResult topic = p_->catalog().Search("auditor", q);
  EXPECT_GT(topic.total, 3);
  for (const auto& h : topic.hits) {
    EXPECT_NE(std::find(h.entry.topics.begin(), h.entry.topics.end(), "人口"), h.entry.topics.end());
  }
  q = SearchQuery{};
  q.share_class = ShareClass::kNotShared;
  EXPECT_EQ(p_->catalog().Search("auditor", q).total, 4);
  q.share_class.reset();
  q.method = ShareMethod::kFile;
  for (const auto& h : p_->catalog().Search("auditor", q).hits) {
    EXPECT_NE(std::find(h.entry.share.methods.begin(), h.entry.share.methods.end(), ShareMethod::kFile),
              h.entry.share.methods.end());
  }
  const auto& classes = all.facets.share_classes;
  ASSERT_FALSE(classes.empty());
  EXPECT_EQ(classes.front().label, ChineseLabel(ParseShareClass(classes.front().value)));
  q = SearchQuery{};
  q.department = "91320612MA1W2K3L4P";  // no such provider
  EXPECT_EQ(p_->catalog().Search("auditor", q).total, 0);
  q = SearchQuery{};
  q.limit = 2000;
  EXPECT_THROW(p_->catalog().Search("auditor", q), InvalidArgumentError);
  EXPECT_THROW(p_->catalog().Search("ghost", SearchQuery{}), PermissionDeniedError);
}

// The index follows the catalog in the same transaction: a withdrawal takes
// the entry out at once, a revision replaces its text.
TEST_F(SearchTest, WithdrawalAndRevisionAreSeenAtOnce) {
  const std::int64_t id = ids_.at("婚姻登记信息");
  auto has = [&](const char* word) {
    const auto ids = Ids(word);
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  EXPECT_TRUE(has("婚姻登记"));
  EntryRecord e = p_->catalog().GetEntry("auditor", id);
  const std::string leader = leaders_.at(id);
  e = p_->catalog().RequestWithdrawal(leader, id, e.row_version, "职能调整");
  EXPECT_TRUE(has("婚姻登记"));  // live until decided (A16)
  e = p_->catalog().DecideWithdrawal("admin", id, e.row_version, true, "同意");
  EXPECT_FALSE(has("婚姻登记"));
  EXPECT_EQ(Ids("婚姻登记"), Like({"婚姻登记"}));

  // A revision of another entry: the live text changes on publication.
  const std::int64_t other = ids_.at("户籍人口基本信息");
  const std::string op = "op" + leaders_.at(other).substr(6);
  EntryRecord r = p_->catalog().GetEntry("auditor", other);
  CatalogEntry revised = *r.live;
  revised.code.clear();
  revised.summary += "含迁入迁出记录。";
  r = p_->catalog().EditDraft(op, other, r.row_version, revised);
  EXPECT_TRUE(Ids("迁入迁出").empty());  // a draft is not searchable
  r = p_->catalog().Submit(op, other, r.row_version);
  r = p_->catalog().Approve("reviewer", other, r.row_version);
  r = p_->catalog().Publish(leaders_.at(other), other, r.row_version);
  EXPECT_EQ(Ids("迁入迁出"), std::vector<std::int64_t>{other});
  // Another handle on the same file sees it too.
  PlatformOptions o;
  o.path = testing::Store(path_);
  auto second = Platform::Open(o);
  SearchQuery q;
  q.text = "迁入迁出";
  EXPECT_EQ(second->catalog().Search("auditor", q).total, 1);
}

}  // namespace
}  // namespace govshare
