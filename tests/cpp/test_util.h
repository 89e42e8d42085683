// Shared helpers for the C++ tests.
#ifndef GOVSHARE_TESTS_TEST_UTIL_H_
#define GOVSHARE_TESTS_TEST_UTIL_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "govshare/govshare.h"

namespace govshare::testing {

// Valid GB 32100 codes of synthetic Nantong bodies (standards.md §4.3).
inline const char kPoliceCode[] = "11320600MB1A2B3CXJ";
inline const char kInstitutionCode[] = "12320600MB1C0D2E6Q";
inline const char kEnterpriseCode[] = "91320612MA1W2K3L4P";

// The small city of the platform tests (SeedCity).
inline const char kBureau[] = "11320600MB1T01108B";        // 南通市大数据管理局
inline const char kPolice[] = "11320600MB1A2B3CXJ";        // 南通市公安局 (= kPoliceCode)
inline const char kCivil[] = "11320600MB1T01044D";         // 南通市民政局
inline const char kRugaoPlatform[] = "11320682MB1R030051";  // 如皋市 county platform
inline const char kRugaoDept[] = "11320682MB1R04008H";      // a 如皋市 department

/// The bureau, 公安局, 民政局, the 如皋市 platform and one of its departments,
/// with users in every role: admin, reviewer, auditor (bureau); police.admin,
/// police.op, police.leader; civil.op, civil.leader; rugao.admin (admin,
/// operator and leader of the 如皋市 platform).
void SeedCity(Platform& p);

/// 户籍人口基本信息 (ValidConditionalEntry, its scope naming 民政局) published
/// by 公安局, and an authorization of 民政局 on 姓名 and 公民身份号码 for the
/// API, 2026-09-01 to 2026-12-31 (applied, accepted, granted on a SeedCity
/// platform): (entry id, authorization id).
std::pair<std::int64_t, std::int64_t> PublishAndGrantToCivil(Platform& p);

/// A complete, valid unconditional entry (市场主体登记信息) that every rule
/// passes; tests change one element at a time.
CatalogEntry ValidUnconditionalEntry();

/// A complete, valid conditional entry (户籍人口基本信息) with a scope.
CatalogEntry ValidConditionalEntry();

/// Rule ids of the findings, in order.
std::vector<std::string> RuleIds(const std::vector<Finding>& findings);

/// The first finding with `rule_id`, or nullptr.
const Finding* FindRule(const std::vector<Finding>& findings, const std::string& rule_id);

/// Where a test's platform lives. Normally `local` itself (":memory:" or a
/// file path). When the environment names a PostgreSQL database
/// (GOVSHARE_TEST_POSTGRES=postgresql://…, as the "pg." tests run), a schema
/// of its own in that database instead, created empty here and dropped when
/// the test process ends: the same test runs on the server backend. The same
/// file path gives the same schema (a test that reopens its platform); every
/// ":memory:" a new one.
std::string Store(const std::string& local);

/// True when the tests run on PostgreSQL (GOVSHARE_TEST_POSTGRES is set).
bool OnPostgres();

/// Runs `sql` (one or more statements) directly on the store of `store` (a
/// path Store returned): a SQLite file or a PostgreSQL schema — as an
/// attacker or a broken tool would, behind the platform's back.
void RawSql(const std::string& store, const std::string& sql);

/// The first column of every row of the query `sql` on `store`, as integers.
std::vector<std::int64_t> QueryInts(const std::string& store, const std::string& sql);

/// Reads a file into a string (test data).
std::string ReadFile(const std::string& path);

}  // namespace govshare::testing

#endif  // GOVSHARE_TESTS_TEST_UTIL_H_
