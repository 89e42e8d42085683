"""libgovshare for Python: government data-sharing catalog rules (Nantong 2020).

The catalog model (CatalogEntry and its parts), validation with stable rule ids
(validate, validate_catalog), catalog codes, Chinese identifier checks, the
JSON format, the working-day calendar (WorkdayCalendar, deadlines, year
schedules, the prediction of years not yet announced) and the platform store
(Platform: departments, users and roles, the holiday schedules the bureau loads
year by year, review -> publish -> withdraw, obligations, applications and
authorizations, demand requests, objections, disputes, statutory steps,
notices, the audit chain, federation, access decisions at the data boundary
and the usage log, catalog search, supervision: inspections, scores, projects
and rectification), identifier validators, masking and pseudonyms, all
computed by the C++ library. This package adds only Python conveniences: the
exception classes, ``datetime`` conversions, ``Platform.filter_records`` (JSON
in and out) and ``__version__``.

Value semantics to know:

* Structs are values. List fields (``entry.items``, ``catalog.entries``,
  ``scope.departments``, ...) read as *copies*, elements included:
  ``entry.items.append(x)`` and ``entry.items[0].name = "..."`` change
  nothing. Read, change, assign back::

      items = entry.items
      items[0].name = "公民身份号码"
      entry.items = items
* Nested struct fields (``entry.provider``, ``entry.share.scope``) are live
  references into their parent; Optional ones (``entry.publish_date``,
  ``entry.share.legal_basis``) read as copies and are changed by assignment.
* A ``datetime.date`` is accepted wherever a :class:`Date` is expected, an
  aware ``datetime.datetime`` wherever a :class:`LocalDateTime` is.
* :class:`Platform` is a handle: ``with Platform.open(":memory:") as p: ...``
  closes it at the end; after ``close()`` its operations raise StorageError.

Errors are raised as :class:`GovShareError` subclasses; validation problems are
returned as :class:`Finding` values, never raised.
"""

from __future__ import annotations

import datetime as _datetime
import json as _json
import warnings as _warnings
from typing import Any, Optional

from . import _govshare
from ._govshare import (
    AccessDecision,
    AccessService,
    AccessRequest,
    Action,
    Application,
    ApplicationRequest,
    ApplicationStatus,
    AuditCheckpoint,
    AuditRecord,
    CountyKey,
    AuditVerification,
    Authorization,
    AuthorizationMode,
    AuthorizationStatus,
    CalendarLoadReport,
    CalendarState,
    CalendarYearInfo,
    Catalog,
    CatalogCode,
    CatalogCodeScheme,
    CatalogEntry,
    CatalogService,
    CensusLine,
    CensusOutcome,
    Classification,
    CodeTable,
    CodeValue,
    ComparisonOutcome,
    ComparisonResult,
    DataItem,
    DataType,
    Date,
    DayInfo,
    DayKind,
    Deadline,
    DeadlineChange,
    DeadlineOptions,
    DeadlineRule,
    DeadlineUnit,
    DemandAnswer,
    DemandAnswerKind,
    DemandRequest,
    DemandRequestInput,
    DemandStatus,
    Department,
    DepartmentInspection,
    DepartmentLevel,
    Dispute,
    DisputeInput,
    DisputeStatus,
    DisputeSubject,
    DisputeTier,
    DisputeEscalation,
    ServiceChange,
    ServiceChangeInput,
    ServiceChangeKind,
    ServiceChangeStatus,
    UseRecord,
    UseRecordInput,
    UseRecordKind,
    UseBeyondGrant,
    MisuseOutcome,
    MisuseOrder,
    WiderUseRequest,
    WiderUse,
    Durability,
    EntryRecord,
    EntryStatus,
    EntryVersion,
    ErrorCode,
    FacetCount,
    FederationReport,
    Festival,
    FieldComparison,
    Finding,
    FormatClass,
    GrantTerms,
    HashAlgorithm,
    SignatureAlgorithm,
    SigningKey,
    HousekeepingReport,
    CopiedTable,
    CopyReport,
    IdentifierCheck,
    IdentifierKind,
    InspectionReport,
    ItemDecision,
    ItemTreatment,
    LegalBasis,
    LegalBasisKind,
    LocalDateTime,
    MaskingRule,
    Notice,
    NoticeKind,
    Objection,
    ObjectionInput,
    ObjectionStatus,
    Obligation,
    ObligationKind,
    ObligationState,
    OpenAttribute,
    OpenClass,
    PersonalInfoKind,
    Platform,
    PlatformOptions,
    ProcessStep,
    ReplyExtension,
    Project,
    Provider,
    Rectification,
    RectificationInput,
    RectificationStatus,
    ResourceCategory,
    ResourceFormat,
    ReviewFinding,
    RevocationGround,
    Role,
    RuleCheck,
    RuleInfo,
    ScanDocument,
    SearchFacets,
    SearchHit,
    SearchQuery,
    SearchResult,
    SecurityEvent,
    Severity,
    ShareAttribute,
    ShareClass,
    ShareMethod,
    ShareScope,
    SharingPolicy,
    SharingService,
    StepKind,
    StepTimeliness,
    SupervisionFinding,
    SupervisionRate,
    SupervisionRates,
    SupervisionService,
    SupervisionWeights,
    SuspensionPeriod,
    UpdateCycle,
    UsageQuery,
    UsageRecord,
    User,
    ValidationOptions,
    VersionStatus,
    WorkdayCalendar,
    YearSchedule,
    add_months,
    all_actions,
    all_roles,
    catalog_from_json,
    catalog_to_json,
    check_identifier,
    chinese_label,
    classification_code,
    credit_code_check_char,
    days_in_month,
    entry_from_json,
    entry_to_json,
    enum_name,
    findings_to_json,
    format_catalog_code,
    has_errors,
    id_card_check_char,
    is_valid_catalog_code,
    is_valid_credit_code,
    is_valid_organization_code,
    is_wider_than,
    known_code_standards,
    load_catalog_file,
    mask,
    mask_keep,
    next_catalog_code,
    parse_action,
    parse_authorization_mode,
    parse_catalog_code,
    parse_data_type,
    parse_department_level,
    parse_festival,
    parse_day_kind,
    parse_role,
    parse_severity,
    parse_format_class,
    parse_identifier_kind,
    parse_legal_basis_kind,
    is_national_not_shared_basis,
    missing_national_elements,
    DataGrade,
    CatalogAssessment,
    SourceDesignation,
    parse_open_class,
    parse_personal_info_kind,
    parse_resource_category,
    parse_share_class,
    parse_share_method,
    parse_update_cycle,
    parse_year_schedule,
    # rulebook.h
    AppliedRule,
    Decider,
    Duty,
    Precedence,
    RuleQuery,
    RuleSet,
    RuleSource,
    Rulebook,
    StatutoryRule,
    apply_rule,
    check_local_rules,
    default_rulebook,
    has_rule,
    is_server_database,
    generate_signing_key,
    generate_pseudonym_key,
    parse_pseudonym_key,
    write_pseudonym_key_file,
    read_pseudonym_key_file,
    pseudonym_key_id,
    write_signing_key_files,
    read_signing_key_file,
    parse_signing_key,
    parse_public_key,
    local_rules_to_json,
    nantong_rules_2020,
    national_regulation_2025,
    redacted_path,
    parse_duty,
    parse_local_rules,
    rules_in_force,
    texts_in_force,
    predictable_years,
    prediction_version,
    pseudonym,
    role_allows,
    save_catalog_file,
    statutory_holidays,
    upgrade_id_card_15,
    validate,
    validate_catalog,
    validation_rules,
    version,
    cataloged_by,
    weekday,
)

__version__: str = version()


# ---- exceptions (docs/error-model.md) -----------------------------------------
# The C++ translator (bind_errors.cpp) raises these classes by name, passing the
# message, the ErrorCode and the class's own attribute (ParseError.path,
# CalendarCoverageError.missing_year). Builtin second bases let callers catch
# InvalidArgumentError as ValueError and IoError as OSError.


class GovShareError(Exception):
    """Root of every error libgovshare raises (C++ ``govshare::Error``).

    ``code`` is the :class:`ErrorCode` of the error.
    """

    code: Optional[ErrorCode] = None

    def __init__(self, message: str = "", *, code: Optional[ErrorCode] = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class InvalidArgumentError(GovShareError, ValueError):
    """Bad input: a field breaks a rule. The message names the field and the rule."""

    code = ErrorCode.INVALID_ARGUMENT


class ParseError(InvalidArgumentError):
    """A document (JSON) could not be parsed or does not match its format.

    ``path`` is the location inside the document, e.g.
    ``entries[3].items[1].type``; empty when the document as a whole is at fault.
    """

    code = ErrorCode.PARSE

    def __init__(
        self, message: str = "", *, path: str = "", code: Optional[ErrorCode] = None
    ) -> None:
        super().__init__(message, code=code)
        self.path = path


class NotFoundError(GovShareError):
    """The named object does not exist."""

    code = ErrorCode.NOT_FOUND


class PermissionDeniedError(GovShareError):
    """The acting user's role or department may not take this action."""

    code = ErrorCode.PERMISSION_DENIED


class InvalidTransitionError(GovShareError):
    """A state machine refused the requested transition."""

    code = ErrorCode.INVALID_TRANSITION


class ConflictError(GovShareError):
    """A stale or duplicate change was refused."""

    code = ErrorCode.CONFLICT


class StorageError(GovShareError):
    """The database failed."""

    code = ErrorCode.STORAGE


class IoError(GovShareError, OSError):
    """A file could not be read or written."""

    code = ErrorCode.IO


class CalendarCoverageError(InvalidArgumentError):
    """A date outside the calendar's loaded years was asked about without
    provisional mode. ``missing_year`` names the year."""

    def __init__(
        self, message: str = "", *, missing_year: int = 0, code: Optional[ErrorCode] = None
    ) -> None:
        super().__init__(message, code=code)
        self.missing_year = missing_year


# ---- datetime conversions (translation only: the arithmetic stays in C++) -------


def _date_to_date(self: Date) -> _datetime.date:
    """This date as a ``datetime.date`` (ValueError if it does not exist)."""
    return _datetime.date(self.year, self.month, self.day)


def _date_from_date(cls: type, value: _datetime.date) -> Date:
    """A :class:`Date` from a ``datetime.date`` (a ``datetime.datetime`` is refused)."""
    return cls(value)


# Declared in _govshare.pyi; attached here because they are Python-side helpers.
setattr(Date, "to_date", _date_to_date)
setattr(Date, "from_date", classmethod(_date_from_date))

# The clock LocalDateTime is on (no daylight saving, so a fixed offset is exact).
SHANGHAI = _datetime.timezone(_datetime.timedelta(hours=8), "Asia/Shanghai")


def _local_to_datetime(self: LocalDateTime) -> _datetime.datetime:
    """This instant as an aware ``datetime.datetime`` in UTC+8 (24:00 becomes
    00:00 of the next day)."""
    return _datetime.datetime.fromtimestamp(self.to_unix_seconds(), tz=SHANGHAI)


def _local_from_datetime(cls: type, value: _datetime.datetime) -> LocalDateTime:
    """The instant of an aware ``datetime.datetime`` (any zone) on the Shanghai
    clock, to the second (fractions are dropped). A naive datetime is refused."""
    if not isinstance(value, _datetime.datetime):
        raise TypeError(f"expected a datetime.datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime: attach a tzinfo (e.g. govshare.SHANGHAI)")
    seconds = (value - _datetime.datetime(1970, 1, 1, tzinfo=_datetime.timezone.utc)) // (
        _datetime.timedelta(seconds=1)
    )
    return LocalDateTime.from_unix_seconds(seconds)


setattr(LocalDateTime, "to_datetime", _local_to_datetime)
setattr(LocalDateTime, "from_datetime", classmethod(_local_from_datetime))


# ---- AccessService.filter with Python lists (translation only: filtering stays in C++) ---


def _access_filter_records(
    self: AccessService, decision: AccessDecision, records: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """:meth:`AccessService.filter` on a list of dicts: the records go to C++ as JSON
    (``json.dumps``) and the delivered records come back through ``json.loads``."""
    return _json.loads(self.filter(decision, _json.dumps(records, ensure_ascii=False)))


setattr(AccessService, "filter_records", _access_filter_records)


# ---- the flat names of 0.1 (deprecated): platform.apply(...) -> platform.sharing.apply(...) ---
# The domain operations moved to the facades (platform.catalog, .sharing, .access,
# .supervision; docs/architecture.md). For one release the old names still work on
# Platform: each warns (DeprecationWarning) and forwards to its facade.


def _deprecated_flat_name(name: str, facade: str, method: Any) -> Any:
    def forward(self: Platform, *args: Any, **kwargs: Any) -> Any:
        _warnings.warn(
            f"Platform.{name} is deprecated since 0.2: use platform.{facade}.{name}",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(getattr(self, facade), name)(*args, **kwargs)

    forward.__name__ = name
    forward.__qualname__ = f"Platform.{name}"
    forward.__doc__ = f"Deprecated since 0.2: platform.{facade}.{name}.\n\n{method.__doc__ or ''}"
    return forward


# Operations added after 0.2 were never flat names: they have no deprecated alias.
_NEVER_FLAT = frozenset({"return_census", "request_materials", "supply_materials", "request_reply_extension",
                         "decide_reply_extension", "record_delivery", "escalate_dispute", "end_purpose",
                         "propose_service_change", "answer_service_change", "file_service_change",
                         "withdraw_service_change", "service_changes", "add_use_record", "use_records",
                         "purge_use_record", "export_use_records", "designate_source",
                         "source_designations", "suspend_for_misuse", "report_rectification",
                         "terminate_for_misuse", "request_wider_use", "answer_wider_use",
                         "request_update_extension", "decide_update_extension"})

for _facade, _service in (
    ("catalog", CatalogService),
    ("sharing", SharingService),
    ("access", AccessService),
    ("supervision", SupervisionService),
):
    for _name in dir(_service):
        if _name.startswith("_") or _name in _NEVER_FLAT or hasattr(Platform, _name):
            continue
        setattr(Platform, _name, _deprecated_flat_name(_name, _facade, getattr(_service, _name)))


# Public names report this package, not the extension module, in reprs,
# tracebacks and documentation.
for _cls in (
    AuthorizationMode, Catalog, CatalogCode, CatalogCodeScheme, CatalogEntry,
    Classification, CodeTable, CodeValue, DataItem, DataType, Date, DayInfo,
    DayKind, Deadline, DeadlineOptions, DeadlineRule, DeadlineUnit, ErrorCode,
    Festival, Finding, FormatClass, LegalBasis, LegalBasisKind, DataGrade, CatalogAssessment, SourceDesignation, LocalDateTime,
    OpenAttribute, OpenClass, PersonalInfoKind, Provider, ResourceCategory,
    ResourceFormat, RuleInfo, Severity, ShareAttribute, ShareClass, ShareMethod,
    ShareScope, UpdateCycle, ValidationOptions, WorkdayCalendar, YearSchedule,
    # platform_types.h, platform.h
    Action, AuditCheckpoint, AuditRecord, CountyKey, AuditVerification, Department, DepartmentLevel,
    Durability, EntryRecord, EntryStatus, EntryVersion, FederationReport,
    HashAlgorithm, SignatureAlgorithm, SigningKey, HousekeepingReport, CopiedTable, CopyReport, Notice, NoticeKind, Obligation, ObligationKind,
    ObligationState, CensusLine, CensusOutcome, Platform, PlatformOptions, ReviewFinding, Role,
    SecurityEvent, User, VersionStatus,
    CalendarLoadReport, CalendarState, CalendarYearInfo, DeadlineChange,
    # sharing.h
    Application, ApplicationRequest, ApplicationStatus, Authorization,
    AuthorizationStatus, DemandAnswer, DemandAnswerKind, DemandRequest,
    DemandRequestInput, DemandStatus, Dispute, DisputeInput, DisputeStatus,
    DisputeSubject, DisputeTier, DisputeEscalation, GrantTerms, Objection, ObjectionInput, ObjectionStatus,
    ProcessStep, ReplyExtension, RevocationGround, ScanDocument, SharingPolicy, StepKind,
    SuspensionPeriod, ServiceChange, ServiceChangeInput, ServiceChangeKind, ServiceChangeStatus,
    UseRecord, UseRecordInput, UseRecordKind, UseBeyondGrant, MisuseOutcome, MisuseOrder, WiderUseRequest,
    WiderUse,
    # rulebook.h
    AppliedRule, Decider, Duty, Precedence, RuleQuery, RuleSet, RuleSource, Rulebook,
    StatutoryRule,
    # access.h
    AccessDecision, AccessRequest, ComparisonOutcome, ComparisonResult,
    FieldComparison, ItemDecision, ItemTreatment, MaskingRule, RuleCheck,
    UsageQuery, UsageRecord,
    # masking.h
    IdentifierCheck, IdentifierKind,
    # search.h
    FacetCount, SearchFacets, SearchHit, SearchQuery, SearchResult,
    # the platform's domain facades
    CatalogService, SharingService, AccessService, SupervisionService,
    # supervision.h
    DepartmentInspection, InspectionReport, Project, Rectification,
    RectificationInput, RectificationStatus, StepTimeliness, SupervisionFinding,
    SupervisionRate, SupervisionRates, SupervisionWeights,
):
    _cls.__module__ = __name__
del _cls

__all__ = [
    "__version__",
    # errors
    "CalendarCoverageError",
    "ConflictError",
    "ErrorCode",
    "GovShareError",
    "InvalidArgumentError",
    "InvalidTransitionError",
    "IoError",
    "NotFoundError",
    "ParseError",
    "PermissionDeniedError",
    "StorageError",
    # date.h
    "Date",
    "days_in_month",
    # calendar.h
    "SHANGHAI",
    "DayInfo",
    "DayKind",
    "Deadline",
    "DeadlineOptions",
    "DeadlineRule",
    "DeadlineUnit",
    "Festival",
    "LocalDateTime",
    "WorkdayCalendar",
    "YearSchedule",
    "add_months",
    "parse_festival",
    "parse_day_kind",
    "parse_severity",
    "parse_year_schedule",
    "predictable_years",
    "prediction_version",
    "statutory_holidays",
    "weekday",
    # catalog.h
    "AuthorizationMode",
    "Catalog",
    "CatalogEntry",
    "Classification",
    "CodeTable",
    "CodeValue",
    "DataItem",
    "DataType",
    "FormatClass",
    "LegalBasis",
    "LegalBasisKind",
    "OpenAttribute",
    "OpenClass",
    "PersonalInfoKind",
    "Provider",
    "ResourceCategory",
    "ResourceFormat",
    "ShareAttribute",
    "ShareClass",
    "ShareMethod",
    "ShareScope",
    "UpdateCycle",
    "chinese_label",
    "enum_name",
    "is_wider_than",
    "known_code_standards",
    "parse_authorization_mode",
    "parse_data_type",
    "parse_format_class",
    "parse_legal_basis_kind",
    "is_national_not_shared_basis",
    "missing_national_elements",
    "DataGrade",
    "CatalogAssessment",
    "SourceDesignation",
    "parse_open_class",
    "parse_personal_info_kind",
    "parse_resource_category",
    "parse_share_class",
    "parse_share_method",
    "parse_update_cycle",
    # catalog_code.h
    "CatalogCode",
    "CatalogCodeScheme",
    "classification_code",
    "format_catalog_code",
    "is_valid_catalog_code",
    "next_catalog_code",
    "parse_catalog_code",
    # validation.h
    "Finding",
    "RuleInfo",
    "Severity",
    "ValidationOptions",
    "has_errors",
    "cataloged_by",
    "validate",
    "validate_catalog",
    "validation_rules",
    # json.h
    "catalog_from_json",
    "catalog_to_json",
    "entry_from_json",
    "entry_to_json",
    "findings_to_json",
    "load_catalog_file",
    "save_catalog_file",
    # identifiers.h
    "credit_code_check_char",
    "is_valid_credit_code",
    "is_valid_organization_code",
    # version.h
    "version",
    # platform_types.h
    "Action",
    "AuditCheckpoint",
    "CountyKey",
    "AuditRecord",
    "AuditVerification",
    "CalendarLoadReport",
    "CalendarState",
    "CalendarYearInfo",
    "DeadlineChange",
    "Department",
    "DepartmentLevel",
    "EntryRecord",
    "EntryStatus",
    "EntryVersion",
    "HousekeepingReport",
    "CopiedTable",
    "CopyReport",
    "FederationReport",
    "HashAlgorithm",
    "SignatureAlgorithm",
    "SigningKey",
    "Notice",
    "NoticeKind",
    "Obligation",
    "ObligationKind",
    "ObligationState",
    "CensusLine",
    "CensusOutcome",
    "ReviewFinding",
    "Role",
    "SecurityEvent",
    "User",
    "VersionStatus",
    "all_actions",
    "all_roles",
    "parse_action",
    "parse_department_level",
    "parse_role",
    "role_allows",
    # platform.h
    "Durability",
    "Platform",
    "PlatformOptions",
    # rulebook.h
    "AppliedRule",
    "Decider",
    "Duty",
    "Precedence",
    "RuleQuery",
    "RuleSet",
    "RuleSource",
    "Rulebook",
    "StatutoryRule",
    "apply_rule",
    "check_local_rules",
    "default_rulebook",
    "has_rule",
    "is_server_database",
    "generate_signing_key",
    "generate_pseudonym_key",
    "parse_pseudonym_key",
    "write_pseudonym_key_file",
    "read_pseudonym_key_file",
    "pseudonym_key_id",
    "write_signing_key_files",
    "read_signing_key_file",
    "parse_signing_key",
    "parse_public_key",
    "local_rules_to_json",
    "nantong_rules_2020",
    "national_regulation_2025",
    "redacted_path",
    "parse_duty",
    "parse_local_rules",
    "rules_in_force",
    "texts_in_force",
    # sharing.h
    "Application",
    "ApplicationRequest",
    "ApplicationStatus",
    "Authorization",
    "AuthorizationStatus",
    "DemandAnswer",
    "DemandAnswerKind",
    "DemandRequest",
    "DemandRequestInput",
    "DemandStatus",
    "Dispute",
    "DisputeInput",
    "DisputeStatus",
    "DisputeSubject",
    "DisputeTier",
    "DisputeEscalation",
    "ServiceChange",
    "ServiceChangeInput",
    "ServiceChangeKind",
    "ServiceChangeStatus",
    "UseRecord",
    "UseRecordInput",
    "UseRecordKind",
    "UseBeyondGrant",
    "MisuseOutcome",
    "MisuseOrder",
    "WiderUseRequest",
    "WiderUse",
    "GrantTerms",
    "Objection",
    "ObjectionInput",
    "ObjectionStatus",
    "ProcessStep",
    "ReplyExtension",
    "RevocationGround",
    "ScanDocument",
    "SharingPolicy",
    "StepKind",
    "SuspensionPeriod",
    # access.h
    "AccessDecision",
    "AccessRequest",
    "ComparisonOutcome",
    "ComparisonResult",
    "FieldComparison",
    "ItemDecision",
    "ItemTreatment",
    "MaskingRule",
    "RuleCheck",
    "UsageQuery",
    "UsageRecord",
    # masking.h
    "IdentifierCheck",
    "IdentifierKind",
    "check_identifier",
    "id_card_check_char",
    "mask",
    "mask_keep",
    "parse_identifier_kind",
    "pseudonym",
    "upgrade_id_card_15",
    # search.h
    "FacetCount",
    "SearchFacets",
    "SearchHit",
    "SearchQuery",
    "SearchResult",
    # supervision.h
    "DepartmentInspection",
    "InspectionReport",
    "Project",
    "Rectification",
    "RectificationInput",
    "RectificationStatus",
    "StepTimeliness",
    "SupervisionFinding",
    "SupervisionRate",
    "SupervisionRates",
    "SupervisionWeights",
    "AccessService",
    "CatalogService",
    "SharingService",
    "SupervisionService",
]
