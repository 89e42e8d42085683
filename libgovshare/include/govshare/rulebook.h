// The rulebook: every statutory period and duty the platform runs on, with
// the article that sets it and the dates it is in force — the national
// 《政务数据共享条例》 (国务院令第809号, in force 2025-08-01, cited N1–N44)
// above a city's local rules (南通市政务信息资源共享实施细则 2020 by default,
// cited A1–A36). An act is judged by the rules in force on the day it
// happens (docs/rulebook.md). Storage-free values and functions; the platform
// stores the local rules (Platform::SetLocalRules) and audits every change.
#ifndef GOVSHARE_RULEBOOK_H_
#define GOVSHARE_RULEBOOK_H_

#include <optional>
#include <string>
#include <vector>

#include "govshare/calendar.h"
#include "govshare/catalog.h"
#include "govshare/date.h"
#include "govshare/export.h"

namespace govshare {

/// Which text a rule comes from.
enum class RuleSource {
  kNational = 1,  ///< 《政务数据共享条例》, an administrative regulation (行政法规)
  kLocal = 2,     ///< a city's rules (地方规范性文件), e.g. the Nantong rules of 2020
};

/// What a statutory period is for. JSON names in brackets (the local-rules
/// file, docs/rulebook.md).
enum class Duty {
  kCatalogUpdate = 1,           ///< [catalog_update] update the catalog after a change in law or duties (A11, N17)
  kCatalogUpdateExtension = 2,  ///< [catalog_update_extension] the extension of that update (N17: 5, with consent)
  kCatalogReview = 3,           ///< [catalog_review] the authority reviews and publishes an update (N17: 2)
  kFormCheck = 4,               ///< [form_check] the bureau checks an application's form (A21)
  kApplicationReply = 5,        ///< [application_reply] the reply to an application (A22, A23, N21)
  kReplyExtension = 6,          ///< [reply_extension] the cap of an approved extension of the reply (N21)
  kDelivery = 7,                ///< [delivery] the data is delivered after an agreeing reply (N22)
  kDemandNotInDuties = 8,       ///< [demand_not_in_duties] "not within our duties" to a demand (A25 及时)
  kDemandFeedback = 9,          ///< [demand_feedback] "cannot publish yet" to a demand (A25)
  kDemandPublication = 10,      ///< [demand_publication] a demanded resource is published (A25)
  kNonUse = 11,                 ///< [non_use] an authorization unused this long may be revoked (A26)
  kCorrection = 12,             ///< [correction] an objection is verified, corrected, answered (A29, N26)
  kCatalogRevision = 13,        ///< [catalog_revision] a rejected catalog version is revised (A31 (2))
  kUseRecordRetention = 14,     ///< [use_record_retention] use records are kept at least this long (N29)
};

/// How a national rule stands to a local rule for the same duty and case.
enum class Precedence {
  /// The national period applies; a local period for the same duty does not
  /// (an administrative regulation ranks above a local document).
  kNationalPrevails = 1,
  /// The national period is a ceiling: a local period in the same unit that
  /// is shorter applies (N23 国家鼓励……缩短审核和提供共享政务数据的时间);
  /// a longer one does not.
  kLocalMayShorten = 2,
  /// The national period is a floor: a local period in the same unit that
  /// is longer applies (N29 保存期限不少于3年); a shorter one does not.
  kLocalMayLengthen = 3,
};

/// Who decides an application (A22 the provider, A23 the bureau).
enum class Decider {
  kAny = 0,
  kProvider = 1,
  kBureau = 2,
};

/// One statutory period: for what, how long, where it is written, when in force.
struct GOVSHARE_EXPORT StatutoryRule {
  Duty duty = Duty::kFormCheck;
  /// Where it is written: "N21", "A22", or a local article ("第十二条").
  std::string article;
  /// The words of the article that set it (Chinese), for reports and docs.
  std::string text;
  /// How long; unused when `promptly`.
  DeadlineRule period;
  /// The text says only 及时 (promptly): the platform's policy days fill it
  /// (SharingPolicy: demand_not_in_duties_days, objection_check_days,
  /// unrevised_rejection_days).
  bool promptly = false;
  /// Applies only to applications for entries of this class (N21).
  std::optional<ShareClass> share_class;
  /// Applies only when this party decides (A22, A23).
  Decider decider = Decider::kAny;
  /// First day in force.
  Date in_force_from;
  /// Last day in force; none: still in force.
  std::optional<Date> in_force_until;
  /// National rules: how they stand to a local rule for the same duty.
  Precedence precedence = Precedence::kNationalPrevails;
  bool operator==(const StatutoryRule& o) const {
    return duty == o.duty && article == o.article && text == o.text && period == o.period &&
           promptly == o.promptly && share_class == o.share_class && decider == o.decider &&
           in_force_from == o.in_force_from && in_force_until == o.in_force_until && precedence == o.precedence;
  }
};

/// One text of rules: the national regulation or a city's local rules.
struct GOVSHARE_EXPORT RuleSet {
  RuleSource source = RuleSource::kLocal;
  /// Its title, e.g. 《南通市政务信息资源共享实施细则》.
  std::string name;
  /// Its document number, e.g. 通政办发〔2020〕12号.
  std::string reference;
  /// The day it came into force (each rule has its own dates too).
  Date in_force_from;
  std::vector<StatutoryRule> rules;
  bool operator==(const RuleSet& o) const {
    return source == o.source && name == o.name && reference == o.reference && in_force_from == o.in_force_from &&
           rules == o.rules;
  }
};

/// The rules the platform runs on: the national regulation above the local rules.
struct GOVSHARE_EXPORT Rulebook {
  RuleSet national;
  RuleSet local;
};

/// Which period a case needs: the duty, the day of the act that starts it,
/// and for applications the entry's class and who decides.
struct GOVSHARE_EXPORT RuleQuery {
  RuleQuery() = default;
  RuleQuery(Duty duty_, const Date& on_, std::optional<ShareClass> share_class_ = std::nullopt,
            Decider decider_ = Decider::kAny)
      : duty(duty_), on(on_), share_class(share_class_), decider(decider_) {}
  Duty duty = Duty::kFormCheck;
  /// The day the act happens (an application received, a law changed, …).
  Date on;
  std::optional<ShareClass> share_class;
  Decider decider = Decider::kAny;
};

/// The period that applies to a query, and why.
struct GOVSHARE_EXPORT AppliedRule {
  Duty duty = Duty::kFormCheck;
  /// How long; when `promptly`, the caller fills in the policy's days.
  DeadlineRule period;
  bool promptly = false;
  /// The article applied ("N21", "A23").
  std::string article;
  RuleSource source = RuleSource::kLocal;
  /// Why this rule (English): e.g. "national regulation prevails over A22",
  /// "local rule shorter than N21 (N23)", "national regulation silent".
  std::string reason;
  /// The other text's rule for the same duty that did not apply, if any ("A22").
  std::string displaced;
};

/// The national 《政务数据共享条例》 (in force 2025-08-01): its periods.
GOVSHARE_EXPORT RuleSet NationalRegulation2025();
/// The Nantong rules of 2020, the default local rules.
GOVSHARE_EXPORT RuleSet NantongRules2020();
/// The national regulation above the Nantong rules.
GOVSHARE_EXPORT Rulebook DefaultRulebook();

/// Reads a city's local rules (the JSON format of docs/rulebook.md) and
/// checks them: every field known and well-formed, every duty the national
/// regulation leaves to local rules present, no two rules for the same case
/// in force on the same day. A ParseError names the field (`rules[2].working_days`)
/// and the rule broken.
GOVSHARE_EXPORT RuleSet ParseLocalRules(const std::string& json_text);
/// The local-rules file of `rules` (ParseLocalRules reads it back equal).
GOVSHARE_EXPORT std::string LocalRulesToJson(const RuleSet& rules);
/// The checks of ParseLocalRules on a value (InvalidArgumentError naming
/// the field).
GOVSHARE_EXPORT void CheckLocalRules(const RuleSet& rules);

/// The period in force for `query` (docs/rulebook.md, "Precedence"): the
/// national rule where the local rules are silent or it prevails, the local
/// rule where the national text is silent or leaves room. InvalidArgumentError
/// when no rule is in force for the duty on that day.
GOVSHARE_EXPORT AppliedRule ApplyRule(const Rulebook& rulebook, const RuleQuery& query);
/// Whether any rule (national or local) for `duty` is in force on `on`.
GOVSHARE_EXPORT bool HasRule(const Rulebook& rulebook, Duty duty, const Date& on);
/// Every duty as it applies on `on` — for applications once per class and
/// decider — for reports, the CLI and docs. Duties with no rule that day are left out.
GOVSHARE_EXPORT std::vector<AppliedRule> RulesInForce(const Rulebook& rulebook, const Date& on);

/// The texts in force at some day of `from`..`to`, national first, as a
/// citation: 《政务数据共享条例》（国务院令第809号，2025-08-01 起施行）. What a
/// report of that period says it was judged by.
GOVSHARE_EXPORT std::vector<std::string> TextsInForce(const Rulebook& rulebook, const Date& from, const Date& to);

GOVSHARE_EXPORT std::string ToString(RuleSource value);
GOVSHARE_EXPORT std::string ToString(Duty value);
GOVSHARE_EXPORT std::string ToString(Precedence value);
GOVSHARE_EXPORT std::string ToString(Decider value);
GOVSHARE_EXPORT std::string ChineseLabel(RuleSource value);
GOVSHARE_EXPORT std::string ChineseLabel(Duty value);
GOVSHARE_EXPORT Duty ParseDuty(const std::string& name);

}  // namespace govshare

#endif  // GOVSHARE_RULEBOOK_H_
