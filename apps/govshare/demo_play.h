// Internal to govshare demo: the play's shared state and its phases, defined
// one file per phase — demo.cpp (the run, the simulated clock, the working
// days in between), demo_city.cpp (setting up the city, its catalog and the
// county platforms), demo_sharing.cpp (August–September: applications,
// authorizations, objections, a withdrawal), demo_supervision.cpp (October to
// February: expiry, rectifications, non-use, the year boundary; the report).
#ifndef GOVSHARE_APPS_DEMO_PLAY_H_
#define GOVSHARE_APPS_DEMO_PLAY_H_

#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "govshare/govshare.h"
#include "demo.h"

namespace govshare_cli {

extern const char kDemoSampleCatalog[];  // demo_sample.cpp (generated)
extern const char kDemoCalendar2027[];   // demo_sample.cpp: examples/data/calendar-2027-example.tsv

namespace demo_play {

// ---- the city ----------------------------------------------------------------------------

inline constexpr char kBureau[] = "11320600MB1T01108B";
inline constexpr char kPolice[] = "11320600MB1T0101XP";
inline constexpr char kMarket[] = "11320600MB1T01028P";
inline constexpr char kHrss[] = "11320600MB1T01036J";
inline constexpr char kCivil[] = "11320600MB1T01044D";
inline constexpr char kLand[] = "11320600MB1T010528";
inline constexpr char kHealth[] = "11320600MB1T010603";
inline constexpr char kHousing[] = "11320600MB1T010790";
inline constexpr char kMedicare[] = "11320600MB1T01087T";
inline constexpr char kEcology[] = "11320600MB1T01095M";
inline constexpr char kStats[] = "11320600MB1T011166";
inline constexpr char kPetition[] = "11320600MB1T011241";
inline constexpr char kFund[] = "12320600MB1T01132Q";

// ---- the play ------------------------------------------------------------------------------

class Demo {
 public:
  Demo(const DemoOptions& o, std::ostream& out) : o_(o), out_(out), rng_(20261001) {}

  int Run();  // demo.cpp

 private:
  // ---- printing and the clock (demo.cpp) ----------------------------------------------------
  void Phase(const std::string& title);
  void Say(const std::string& line);
  void Progress(const std::string& what, size_t done, size_t total);
  void At(const char* iso);
  void Live(const govshare::Date& first, const govshare::Date& last);
  void Decisions();

  // ---- setup (demo_city.cpp) ----------------------------------------------------------------
  void Open();
  void AddDept(const std::string& key, const std::string& code, const std::string& name,
               govshare::DepartmentLevel level = govshare::DepartmentLevel::kMunicipal,
               const std::string& parent = "");
  const std::string& Code(const std::string& key) const;
  void SeedCity();
  std::int64_t PublishEntry(const std::string& key, govshare::CatalogEntry e, bool reject_first = false);
  std::string KeyOf(const std::string& code) const;
  void SeedCatalog();
  govshare::FederationReport ImportCounty(const std::string& key, const govshare::Catalog& sample,
                                          int version);

  // ---- applications (demo_sharing.cpp) -------------------------------------------------------
  govshare::ApplicationRequest Request(std::int64_t entry, std::vector<std::string> items,
                                       const char* until, const std::string& purpose,
                                       govshare::ShareMethod method = govshare::ShareMethod::kApi);
  std::string Entry(const std::string& name) const;
  void PlayAugust();
  void PlaySeptember();

  // ---- supervision and the report (demo_supervision.cpp) ------------------------------------
  void PlayOctober();
  void PlayNovember();
  void PlayWinter();
  static std::string Score(double s);
  void Report();
  std::string Masked() const;

  const DemoOptions& o_;
  std::ostream& out_;
  std::mt19937 rng_;
  std::shared_ptr<govshare::Platform> p_;
  std::map<std::string, std::string> codes_;  // key → credit code
  std::map<std::string, std::string> names_;  // credit code → name
  // Each county platform's signing key (A6: its bundles are signed with it;
  // the city registered its public key before the first import).
  std::map<std::string, govshare::SigningKey> county_keys_;
  std::map<std::string, std::int64_t> entries_;
  std::map<std::int64_t, std::string> provider_key_;
  std::int64_t household_ = 0, market_ = 0, identity_ = 0, funeral_ = 0;
  std::int64_t civil_household_ = 0, idle_ = 0, hrss_identity_ = 0;
  govshare::Application late_, holiday_;
  govshare::DemandRequest demand_;
  govshare::Dispute dispute_;
  std::string last_filtered_;
  std::string report_html_;
  // Numbers the purposes (NT2026-1000, …); the summary's figures come from the inspection.
  long decisions_ = 0, comparisons_ = 0;
};

}  // namespace demo_play
}  // namespace govshare_cli

#endif  // GOVSHARE_APPS_DEMO_PLAY_H_
