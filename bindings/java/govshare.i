// SWIG interface of the Java binding (package org.govshare).
//
// The public headers are written to be bound, so they are included whole;
// the files under swig/ say how C++ maps to Java:
//   loader.i      the JNI library loads itself (NativeLibrary)
//   strings.i     std::string <-> String as real UTF-8
//   naming.i      lowerCamelCase methods, getX/setX, UPPER_CASE enum constants
//   proxies.i     proxy class body, keep-alive of owners, equals/hashCode
//   exceptions.i  C++ error hierarchy -> unchecked Java exceptions
//   optional.i    std::optional<T> <-> java.util.Optional<T>
//   dates.i       Date <-> java.time.LocalDate
//   calendar.i    WorkdayCalendar handle (std::shared_ptr), java.time adapters,
//                 year schedules (YearSchedule; the prediction's functions on GovShare)
//   platform.i    Platform handle (std::shared_ptr, AutoCloseable), factories;
//                 the platform calendar across the year boundary: toString()
//   sharing.i     applications, authorizations, demands, objections, disputes,
//                 service changes and use records (N27, N29), misuse orders
//                 and wider uses (N27, N25): factories and toString() of
//                 their values
//   access.i      access decisions, comparisons, the usage log, masking rules;
//                 validators, masking, pseudonyms: overloads, factories, toString()
//   search.i      catalog search and supervision (projects, inspections,
//                 rectifications): overloads, factories, toString(); the
//                 List<Long> view of Project.entry_ids
// Architecture: shared docs/architecture.md, section C.8 and Part D.
%module GovShare

%{
#include "govshare/govshare.h"
%}

%include <stdint.i>
// Real Java enums, with their values as compile-time constants (no JNI call
// when an enum class initializes).
%include <enums.swg>
%javaconst(1);
%include <std_string.i>
%include "swig/strings.i"
%include <std_vector.i>
%include <std_map.i>

%include "swig/loader.i"
%include "swig/naming.i"
%include "swig/proxies.i"
%include "swig/exceptions.i"
%include "swig/optional.i"
%include "swig/dates.i"
%include "swig/calendar.i"
%include "swig/platform.i"
%include "swig/sharing.i"
%include "swig/access.i"
%include "swig/search.i"

// Give Java a copy constructor for every value type: `new CatalogEntry(other)`.
%copyctor;

// The export macro means nothing to SWIG.
#define GOVSHARE_EXPORT

// ---- optionals in the API ------------------------------------------------------
GOVSHARE_OPTIONAL_ENUM(govshare::ShareClass, ShareClass)
GOVSHARE_OPTIONAL_ENUM(govshare::OpenClass, OpenClass)
GOVSHARE_OPTIONAL_ENUM(govshare::AuthorizationMode, AuthorizationMode)
GOVSHARE_OPTIONAL_CLASS(govshare::LegalBasis, LegalBasis)
GOVSHARE_OPTIONAL_ENUM(govshare::DataGrade, DataGrade)
GOVSHARE_OPTIONAL_CLASS(govshare::CatalogAssessment, CatalogAssessment)
GOVSHARE_OPTIONAL_CLASS(govshare::Date, Date)
GOVSHARE_OPTIONAL_INT(int)
// platform_types.h, platform.h
GOVSHARE_OPTIONAL_CLASS(govshare::LocalDateTime, LocalDateTime)
GOVSHARE_OPTIONAL_CLASS(govshare::CatalogEntry, CatalogEntry)
GOVSHARE_OPTIONAL_CLASS(govshare::Department, Department)
GOVSHARE_OPTIONAL_CLASS(govshare::User, User)
GOVSHARE_OPTIONAL_ENUM(govshare::VersionStatus, VersionStatus)
// sharing.h (std::optional<Date> and <LocalDateTime> above)
GOVSHARE_OPTIONAL_CLASS(govshare::DemandAnswer, DemandAnswer)
GOVSHARE_OPTIONAL_CLASS(govshare::ScanDocument, ScanDocument)
GOVSHARE_OPTIONAL_CLASS(govshare::ReplyExtension, ReplyExtension)
GOVSHARE_OPTIONAL_BOOL(bool)
GOVSHARE_OPTIONAL_ENUM(govshare::RevocationGround, RevocationGround)
GOVSHARE_OPTIONAL_ENUM(govshare::MisuseOutcome, MisuseOutcome)
// search.h
GOVSHARE_OPTIONAL_ENUM(govshare::FormatClass, FormatClass)
GOVSHARE_OPTIONAL_ENUM(govshare::UpdateCycle, UpdateCycle)
GOVSHARE_OPTIONAL_ENUM(govshare::ShareMethod, ShareMethod)

// ---- value equality: equals() from operator==, hashCode() of the listed getters ----
// (hashCode only has to agree with equals; it reads a few cheap, telling fields.)
GOVSHARE_VALUE_TYPE(govshare::Provider, Provider, getCode(), getName())
GOVSHARE_VALUE_TYPE(govshare::Classification, Classification,
                    getCategory(), getDomain(), getGroup(), getDetail())
GOVSHARE_VALUE_TYPE(govshare::ResourceFormat, ResourceFormat,
                    getFormatClass(), getType(), getDescription())
GOVSHARE_VALUE_TYPE(govshare::CodeValue, CodeValue, getCode(), getLabel())
GOVSHARE_VALUE_TYPE(govshare::CodeTable, CodeTable, getId(), getName(), getValues().size())
GOVSHARE_VALUE_TYPE(govshare::DataItem, DataItem, getName(), getType(), getLength())
GOVSHARE_VALUE_TYPE(govshare::ShareScope, ShareScope, getDepartments().size(),
                    getOpenItems().size(), getMaskedItems().size(), getComparisonOnly())
GOVSHARE_VALUE_TYPE(govshare::LegalBasis, LegalBasis, getKind(), getTitle(), getArticle())
GOVSHARE_VALUE_TYPE(govshare::CatalogAssessment, CatalogAssessment, getSecrecyRisk(), getPersonalInformation(),
                    getApprovedBy())
GOVSHARE_VALUE_TYPE(govshare::ShareAttribute, ShareAttribute,
                    getShareClass(), getConditions(), getMethods().size())
GOVSHARE_VALUE_TYPE(govshare::OpenAttribute, OpenAttribute, getOpenClass(), getConditions())
GOVSHARE_VALUE_TYPE(govshare::CatalogEntry, CatalogEntry, getCode(), getName(), getItems().size())
GOVSHARE_VALUE_TYPE(govshare::Catalog, Catalog, getEntries())
GOVSHARE_VALUE_TYPE(govshare::CatalogCode, CatalogCode, getClassification(), getSequence())
GOVSHARE_VALUE_TYPE(govshare::Finding, Finding, getRuleId(), getPath())
GOVSHARE_VALUE_TYPE(govshare::RuleInfo, RuleInfo, getRuleId())
GOVSHARE_VALUE_TYPE(govshare::CatalogCodeScheme, CatalogCodeScheme, getDetailWidth(), getSequenceWidth())
GOVSHARE_VALUE_TYPE(govshare::ValidationOptions, ValidationOptions, getMinNameChars(), getMinSummaryChars())
GOVSHARE_VALUE_TYPE(govshare::DeadlineOptions, DeadlineOptions, getRollForward(), getProvisional())
GOVSHARE_VALUE_TYPE(govshare::Department, Department, getCode(), getName(), getLevel(), getParentCode())
GOVSHARE_VALUE_TYPE(govshare::User, User, getId(), getName(), getDepartmentCode(), getActive())
GOVSHARE_VALUE_TYPE(govshare::ReviewFinding, ReviewFinding, getPath(), getReason())
GOVSHARE_VALUE_TYPE(govshare::CensusLine, CensusLine, getEntryId(), getOutcome(), getVersion())
GOVSHARE_VALUE_TYPE(govshare::ScanDocument, ScanDocument, getFileName(), getSha256(), getSize())
GOVSHARE_VALUE_TYPE(govshare::SharingPolicy, SharingPolicy,
                    getDemandNotInDutiesDays(), getObjectionCheckDays(), getDisposalDays(),
                    getDisputeCoordinationDays())
GOVSHARE_VALUE_TYPE(govshare::MaskingRule, MaskingRule, getItem(), getKind(), getPseudonym())
// rulebook.h
GOVSHARE_VALUE_TYPE(govshare::StatutoryRule, StatutoryRule, getDuty(), getArticle(), getDecider())
GOVSHARE_VALUE_TYPE(govshare::RuleSet, RuleSet, getSource(), getName(), getRules().size())
// (The other platform records have no operator==: they compare by identity.
// Factories and toString() of the platform types are in swig/platform.i, of
// the sharing types in swig/sharing.i, of the access and masking types in
// swig/access.i, of the search and supervision types in swig/search.i.)
// Date's equals/hashCode/compareTo are in swig/dates.i; LocalDateTime's,
// DayInfo's, DeadlineRule's and Deadline's javacode (with their factories and
// toString) in swig/calendar.i.
%rename(isBefore) govshare::LocalDateTime::operator<;

// ---- the C++ API ---------------------------------------------------------------
// error.h: only ErrorCode is wrapped (GovShareException.getCode()); the
// classes are mapped to Java exceptions by swig/exceptions.i.
%ignore govshare::Error;
%ignore govshare::InvalidArgumentError;
%ignore govshare::ParseError;
%ignore govshare::NotFoundError;
%ignore govshare::PermissionDeniedError;
%ignore govshare::InvalidTransitionError;
%ignore govshare::ConflictError;
%ignore govshare::StorageError;
%ignore govshare::IoError;
// (CalendarCoverageError: ignored in swig/calendar.i, mapped by swig/exceptions.i.)
%include "govshare/error.h"

// version.h: GovShare.version(); the macros stay C++-only.
%ignore GOVSHARE_VERSION_MAJOR;
%ignore GOVSHARE_VERSION_MINOR;
%ignore GOVSHARE_VERSION_PATCH;
%ignore GOVSHARE_VERSION_STRING;
%include "govshare/version.h"

%include "govshare/date.h"
%include "govshare/calendar.h"
%include "govshare/catalog.h"
%include "govshare/catalog_code.h"
%include "govshare/validation.h"
%include "govshare/identifiers.h"
%include "govshare/json.h"
// keys.h: the audit signing keys (docs/security.md), before platform_types.h,
// whose AuditCheckpoint names their SignatureAlgorithm.
%include "govshare/keys.h"
%include "govshare/platform_types.h"
// rulebook.h: the national regulation above the local rules (docs/rulebook.md).
%include "govshare/rulebook.h"
// sharing.h and access.h before platform.h, whose operations take and return
// their values; masking.h uses catalog.h's PersonalInfoKind and
// platform_types.h's HashAlgorithm.
%include "govshare/sharing.h"
%include "govshare/access.h"
%include "govshare/masking.h"
%include "govshare/search.h"
// (Project.entry_ids, std::vector<std::int64_t>: a List<Long> view, swig/search.i.)
%include "govshare/supervision.h"
// housekeeping.h: the report of Platform::runHousekeeping (docs/housekeeping.md).
%include "govshare/housekeeping.h"
%include "govshare/platform.h"
// The domain facades (platform->catalog() …): value handles sharing the
// platform's state; they have no public constructor.
%nodefaultctor govshare::CatalogService;
%nodefaultctor govshare::SharingService;
%nodefaultctor govshare::AccessService;
%nodefaultctor govshare::SupervisionService;
%include "govshare/catalog_service.h"
%include "govshare/sharing_service.h"
%include "govshare/access_service.h"
%include "govshare/supervision_service.h"

// Every std::vector in the API: each becomes a java.util.AbstractList (for-each,
// size(), add(), stream(), and equals() element by element).
%template(StringList) std::vector<std::string>;
%template(ShareMethodList) std::vector<govshare::ShareMethod>;
%template(UpdateCycleList) std::vector<govshare::UpdateCycle>;
%template(CodeValueList) std::vector<govshare::CodeValue>;
%template(CodeTableList) std::vector<govshare::CodeTable>;
%template(DataItemList) std::vector<govshare::DataItem>;
%template(CatalogEntryList) std::vector<govshare::CatalogEntry>;
%template(FindingList) std::vector<govshare::Finding>;
%template(RuleInfoList) std::vector<govshare::RuleInfo>;
%template(BoolList) std::vector<bool>;
%template(IntList) std::vector<int>;
%template(DateList) std::vector<govshare::Date>;
%template(DayInfoList) std::vector<govshare::DayInfo>;
%template(DepartmentList) std::vector<govshare::Department>;
%template(UserList) std::vector<govshare::User>;
%template(RoleList) std::vector<govshare::Role>;
%template(ActionList) std::vector<govshare::Action>;
%template(CopiedTableList) std::vector<govshare::CopiedTable>;
%template(ReviewFindingList) std::vector<govshare::ReviewFinding>;
%template(EntryVersionList) std::vector<govshare::EntryVersion>;
%template(EntryRecordList) std::vector<govshare::EntryRecord>;
%template(NoticeList) std::vector<govshare::Notice>;
%template(ObligationList) std::vector<govshare::Obligation>;
%template(CensusLineList) std::vector<govshare::CensusLine>;
%template(AuditRecordList) std::vector<govshare::AuditRecord>;
%template(AuditCheckpointList) std::vector<govshare::AuditCheckpoint>;
%template(CountyKeyList) std::vector<govshare::CountyKey>;
%template(SecurityEventList) std::vector<govshare::SecurityEvent>;
%template(DeadlineChangeList) std::vector<govshare::DeadlineChange>;
%template(CalendarYearInfoList) std::vector<govshare::CalendarYearInfo>;
// sharing.h (items are StringList, methods ShareMethodList)
%template(ProcessStepList) std::vector<govshare::ProcessStep>;
%template(ApplicationList) std::vector<govshare::Application>;
%template(SuspensionPeriodList) std::vector<govshare::SuspensionPeriod>;
%template(AuthorizationList) std::vector<govshare::Authorization>;
%template(DemandRequestList) std::vector<govshare::DemandRequest>;
%template(ObjectionList) std::vector<govshare::Objection>;
%template(DisputeList) std::vector<govshare::Dispute>;
%template(DisputeEscalationList) std::vector<govshare::DisputeEscalation>;
%template(ServiceChangeList) std::vector<govshare::ServiceChange>;
%template(UseRecordList) std::vector<govshare::UseRecord>;
%template(MisuseOrderList) std::vector<govshare::MisuseOrder>;
%template(WiderUseList) std::vector<govshare::WiderUse>;
%template(SourceDesignationList) std::vector<govshare::SourceDesignation>;
// access.h (AccessRequest.items and UsageRecord.items are StringList)
%template(ItemDecisionList) std::vector<govshare::ItemDecision>;
%template(RuleCheckList) std::vector<govshare::RuleCheck>;
%template(FieldComparisonList) std::vector<govshare::FieldComparison>;
%template(UsageRecordList) std::vector<govshare::UsageRecord>;
%template(MaskingRuleList) std::vector<govshare::MaskingRule>;
%template(StatutoryRuleList) std::vector<govshare::StatutoryRule>;
%template(AppliedRuleList) std::vector<govshare::AppliedRule>;
// Platform::Compare's submitted values, item name -> value: a java.util.AbstractMap.
%template(StringMap) std::map<std::string, std::string>;
// search.h, supervision.h
%template(FacetCountList) std::vector<govshare::FacetCount>;
%template(SearchHitList) std::vector<govshare::SearchHit>;
%template(StepTimelinessList) std::vector<govshare::StepTimeliness>;
%template(SupervisionFindingList) std::vector<govshare::SupervisionFinding>;
%template(DepartmentInspectionList) std::vector<govshare::DepartmentInspection>;
%template(RectificationList) std::vector<govshare::Rectification>;
%template(ProjectList) std::vector<govshare::Project>;
// Project.setEntryIds' copy (swig/search.i): std::int64_t is long long to
// SWIG, so a Java long.
%template(LongList) std::vector<long long>;
