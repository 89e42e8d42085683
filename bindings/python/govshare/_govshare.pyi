# Hand-maintained stub of the extension module govshare._govshare (pybind11).
# Keep in step with bindings/python/bind_*.cpp.
#
# Value semantics: list fields read as copies, elements included
# (``entry.items.append(x)`` and ``entry.items[0].name = ...`` change nothing;
# assign a new list), nested struct fields are live references into their
# parent, Optional struct fields (publish_date, legal_basis) read as copies.

import datetime
import os
from typing import Any, ClassVar, Mapping, Optional, Sequence, Union, overload

_DateLike = Union["Date", datetime.date]
# An aware datetime.datetime converts (to the second); a naive one is refused.
_DateTimeLike = Union["LocalDateTime", datetime.datetime]
_Path = Union[str, bytes, os.PathLike[str], os.PathLike[bytes]]

# ---- enumerations (pybind11 enum_: int-valued, UPPER member names) -------------

class _Enum:
    __members__: ClassVar[dict[str, "_Enum"]]
    def __init__(self, value: int) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __int__(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class ErrorCode(_Enum):
    INVALID_ARGUMENT: ClassVar[ErrorCode]
    PARSE: ClassVar[ErrorCode]
    NOT_FOUND: ClassVar[ErrorCode]
    PERMISSION_DENIED: ClassVar[ErrorCode]
    INVALID_TRANSITION: ClassVar[ErrorCode]
    CONFLICT: ClassVar[ErrorCode]
    STORAGE: ClassVar[ErrorCode]
    IO: ClassVar[ErrorCode]

class ShareClass(_Enum):
    UNCONDITIONAL: ClassVar[ShareClass]
    CONDITIONAL: ClassVar[ShareClass]
    NOT_SHARED: ClassVar[ShareClass]

class ShareMethod(_Enum):
    TABLE: ClassVar[ShareMethod]
    API: ClassVar[ShareMethod]
    FILE: ClassVar[ShareMethod]

class AuthorizationMode(_Enum):
    PROVIDER_DIRECT: ClassVar[AuthorizationMode]
    PROVIDER_TO_PLATFORM: ClassVar[AuthorizationMode]
    PLATFORM_DIRECT: ClassVar[AuthorizationMode]

class OpenClass(_Enum):
    UNCONDITIONAL: ClassVar[OpenClass]
    CONDITIONAL: ClassVar[OpenClass]
    NOT_OPEN: ClassVar[OpenClass]

class UpdateCycle(_Enum):
    REALTIME: ClassVar[UpdateCycle]
    DAILY: ClassVar[UpdateCycle]
    WEEKLY: ClassVar[UpdateCycle]
    MONTHLY: ClassVar[UpdateCycle]
    QUARTERLY: ClassVar[UpdateCycle]
    HALF_YEARLY: ClassVar[UpdateCycle]
    YEARLY: ClassVar[UpdateCycle]
    OTHER: ClassVar[UpdateCycle]

class DataType(_Enum):
    CHARACTER: ClassVar[DataType]
    NUMERIC: ClassVar[DataType]
    CURRENCY: ClassVar[DataType]
    DATE: ClassVar[DataType]
    DATE_TIME: ClassVar[DataType]
    LOGICAL: ClassVar[DataType]
    MEMO: ClassVar[DataType]
    GENERAL: ClassVar[DataType]
    DOUBLE: ClassVar[DataType]
    INTEGER: ClassVar[DataType]
    FLOAT: ClassVar[DataType]

class PersonalInfoKind(_Enum):
    NONE: ClassVar[PersonalInfoKind]
    ID_CARD: ClassVar[PersonalInfoKind]
    NAME: ClassVar[PersonalInfoKind]
    MOBILE: ClassVar[PersonalInfoKind]
    PHONE: ClassVar[PersonalInfoKind]
    ADDRESS: ClassVar[PersonalInfoKind]
    BANK_CARD: ClassVar[PersonalInfoKind]
    CREDIT_CODE: ClassVar[PersonalInfoKind]
    EMAIL: ClassVar[PersonalInfoKind]
    OTHER: ClassVar[PersonalInfoKind]

class ResourceCategory(_Enum):
    BASIC: ClassVar[ResourceCategory]
    THEME: ClassVar[ResourceCategory]
    DEPARTMENT: ClassVar[ResourceCategory]

class FormatClass(_Enum):
    ELECTRONIC_FILE: ClassVar[FormatClass]
    SPREADSHEET: ClassVar[FormatClass]
    DATABASE: ClassVar[FormatClass]
    IMAGE: ClassVar[FormatClass]
    STREAMING_MEDIA: ClassVar[FormatClass]
    SELF_DESCRIBING: ClassVar[FormatClass]
    SERVICE_INTERFACE: ClassVar[FormatClass]
    OTHER: ClassVar[FormatClass]

class LegalBasisKind(_Enum):
    LAW: ClassVar[LegalBasisKind]
    REGULATION: ClassVar[LegalBasisKind]
    RULE: ClassVar[LegalBasisKind]
    POLICY: ClassVar[LegalBasisKind]
    ADMINISTRATIVE_REGULATION: ClassVar[LegalBasisKind]
    STATE_COUNCIL_DECISION: ClassVar[LegalBasisKind]
    LOCAL_REGULATION: ClassVar[LegalBasisKind]

class Severity(_Enum):
    ERROR: ClassVar[Severity]
    WARNING: ClassVar[Severity]

# ---- date.h ----------------------------------------------------------------------

class Date:
    """A proleptic Gregorian date. A datetime.date converts implicitly."""

    year: int
    month: int
    day: int
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, year: int, month: int, day: int) -> None:
        """Raises InvalidArgumentError naming the day when it does not exist (2026-02-30)."""
    @overload
    def __init__(self, value: datetime.date) -> None: ...
    def is_valid(self) -> bool: ...
    def to_iso(self) -> str: ...
    @staticmethod
    def from_iso(text: str) -> Date: ...
    def days_since_epoch(self) -> int: ...
    @staticmethod
    def from_days_since_epoch(days: int) -> Date: ...
    # Added by govshare/__init__.py:
    def to_date(self) -> datetime.date: ...
    @classmethod
    def from_date(cls, value: datetime.date) -> Date: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    def __lt__(self, other: Date) -> bool: ...
    def __le__(self, other: Date) -> bool: ...
    def __gt__(self, other: Date) -> bool: ...
    def __ge__(self, other: Date) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> Date: ...
    def __deepcopy__(self, memo: dict) -> Date: ...

def days_in_month(year: int, month: int) -> int: ...

# ---- calendar.h --------------------------------------------------------------------

class DayKind(_Enum):
    WORKDAY: ClassVar[DayKind]
    WEEKEND: ClassVar[DayKind]
    HOLIDAY: ClassVar[DayKind]
    ADJUSTED_WORKDAY: ClassVar[DayKind]

class Festival(_Enum):
    NONE: ClassVar[Festival]
    NEW_YEAR: ClassVar[Festival]
    SPRING_FESTIVAL: ClassVar[Festival]
    QING_MING: ClassVar[Festival]
    LABOUR_DAY: ClassVar[Festival]
    DRAGON_BOAT: ClassVar[Festival]
    MID_AUTUMN: ClassVar[Festival]
    NATIONAL_DAY: ClassVar[Festival]
    NATIONAL_DAY_MID_AUTUMN: ClassVar[Festival]
    LOCAL: ClassVar[Festival]

class DeadlineUnit(_Enum):
    WORKING_DAYS: ClassVar[DeadlineUnit]
    CALENDAR_DAYS: ClassVar[DeadlineUnit]
    MONTHS: ClassVar[DeadlineUnit]

class DayInfo:
    date: Date  # live reference
    kind: DayKind
    festival: Festival
    working: bool
    reason: str
    provisional: bool
    def __init__(
        self,
        *,
        date: _DateLike = ...,
        kind: DayKind = ...,
        festival: Festival = ...,
        working: bool = True,
        reason: str = "",
        provisional: bool = False,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> DayInfo: ...
    def __deepcopy__(self, memo: dict) -> DayInfo: ...

class LocalDateTime:
    """A date-time on the Asia/Shanghai clock (UTC+8). An aware datetime.datetime
    converts implicitly wherever a LocalDateTime is expected."""

    date: Date  # live reference
    hour: int
    minute: int
    second: int
    def __init__(
        self, *, date: _DateLike = ..., hour: int = 0, minute: int = 0, second: int = 0
    ) -> None: ...
    def is_valid(self) -> bool: ...
    def to_iso(self) -> str: ...
    @staticmethod
    def from_iso(text: str) -> LocalDateTime: ...
    @staticmethod
    def from_unix_seconds(seconds: int) -> LocalDateTime: ...
    def to_unix_seconds(self) -> int: ...
    def __lt__(self, other: LocalDateTime) -> bool: ...
    def __le__(self, other: LocalDateTime) -> bool: ...
    def __gt__(self, other: LocalDateTime) -> bool: ...
    def __ge__(self, other: LocalDateTime) -> bool: ...
    # Added by govshare/__init__.py:
    def to_datetime(self) -> datetime.datetime: ...
    @classmethod
    def from_datetime(cls, value: datetime.datetime) -> LocalDateTime: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> LocalDateTime: ...
    def __deepcopy__(self, memo: dict) -> LocalDateTime: ...

class DeadlineRule:
    unit: DeadlineUnit
    count: int
    def __init__(self, *, unit: DeadlineUnit = ..., count: int = 1) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> DeadlineRule: ...
    def __deepcopy__(self, memo: dict) -> DeadlineRule: ...

class DeadlineOptions:
    office_close_minutes: Optional[int]
    after_close_counts_next_day: bool
    roll_forward: bool
    provisional: bool
    def __init__(
        self,
        *,
        office_close_minutes: Optional[int] = None,
        after_close_counts_next_day: bool = False,
        roll_forward: bool = True,
        provisional: bool = False,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> DeadlineOptions: ...
    def __deepcopy__(self, memo: dict) -> DeadlineOptions: ...

class Deadline:
    due: LocalDateTime  # live reference
    calendar_version: str
    provisional: bool
    def __init__(
        self, *, due: LocalDateTime = ..., calendar_version: str = "", provisional: bool = False
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> Deadline: ...
    def __deepcopy__(self, memo: dict) -> Deadline: ...

class YearSchedule:
    """One year's holiday schedule, parsed and checked by parse_year_schedule."""

    year: int
    sources: list[str]  # a copy
    days: list[DayInfo]  # a copy; ascending
    canonical_text: str
    digest: str  # SHA-256 (hex) of the year and day lines
    def __init__(
        self,
        *,
        year: int = 0,
        sources: Sequence[str] = [],
        days: Sequence[DayInfo] = [],
        canonical_text: str = "",
        digest: str = "",
    ) -> None: ...
    def __copy__(self) -> YearSchedule: ...
    def __deepcopy__(self, memo: dict) -> YearSchedule: ...

class WorkdayCalendar:
    """The holiday calendar (a handle; create it with the static factories)."""

    @staticmethod
    def builtin() -> WorkdayCalendar: ...
    @staticmethod
    def empty() -> WorkdayCalendar: ...
    @staticmethod
    def from_file(path: _Path) -> WorkdayCalendar: ...
    def load_text(self, text: str) -> None: ...
    def load_file(self, path: _Path) -> None: ...
    def add_year(self, year: int) -> None: ...
    def load_year(self, schedule: YearSchedule) -> None: ...
    def schedule(self, year: int) -> YearSchedule: ...
    def clone(self) -> WorkdayCalendar: ...
    def override(self, date: _DateLike, working: bool, reason: str) -> None: ...
    def years(self) -> list[int]: ...
    def covers(self, year: int) -> bool: ...
    def covers_range(self, a: _DateLike, b: _DateLike) -> bool: ...
    def version(self) -> str: ...
    def day(self, date: _DateLike, provisional: bool = False) -> DayInfo: ...
    def is_working_day(self, date: _DateLike, provisional: bool = False) -> bool: ...
    # A datetime.date in gives a datetime.date out; a Date gives a Date.
    @overload
    def next_working_day(self, date: Date, provisional: bool = False) -> Date: ...
    @overload
    def next_working_day(self, date: datetime.date, provisional: bool = False) -> datetime.date: ...
    @overload
    def add_working_days(self, date: Date, n: int, provisional: bool = False) -> Date: ...
    @overload
    def add_working_days(self, date: datetime.date, n: int, provisional: bool = False) -> datetime.date: ...
    def working_days_between(
        self, start: _DateLike, end: _DateLike, provisional: bool = False
    ) -> int: ...
    def compute_deadline(
        self, event: _DateTimeLike, rule: DeadlineRule, options: DeadlineOptions = ...
    ) -> Deadline: ...
    def is_working_day_batch(
        self, dates: Sequence[_DateLike], provisional: bool = False
    ) -> list[bool]: ...
    def add_working_days_batch(
        self, dates: Sequence[_DateLike], n: int, provisional: bool = False
    ) -> list[_DateLike]: ...  # each result has its input's type
    def working_days_between_batch(
        self, start: Sequence[_DateLike], end: Sequence[_DateLike], provisional: bool = False
    ) -> list[int]: ...
    def days(self, start: _DateLike, end: _DateLike, provisional: bool = False) -> list[DayInfo]: ...

def parse_year_schedule(text: Union[str, bytes], name: str) -> YearSchedule: ...
def statutory_holidays(year: int) -> list[DayInfo]: ...
def predictable_years() -> list[int]: ...
def prediction_version() -> str: ...

# ---- rulebook.h: the national regulation above the local rules -----------------

class RuleSource(_Enum):
    NATIONAL: ClassVar[RuleSource]
    LOCAL: ClassVar[RuleSource]

class Duty(_Enum):
    CATALOG_UPDATE: ClassVar[Duty]
    CATALOG_UPDATE_EXTENSION: ClassVar[Duty]
    CATALOG_REVIEW: ClassVar[Duty]
    FORM_CHECK: ClassVar[Duty]
    APPLICATION_REPLY: ClassVar[Duty]
    REPLY_EXTENSION: ClassVar[Duty]
    DELIVERY: ClassVar[Duty]
    DEMAND_NOT_IN_DUTIES: ClassVar[Duty]
    DEMAND_FEEDBACK: ClassVar[Duty]
    DEMAND_PUBLICATION: ClassVar[Duty]
    NON_USE: ClassVar[Duty]
    CORRECTION: ClassVar[Duty]
    CATALOG_REVISION: ClassVar[Duty]
    USE_RECORD_RETENTION: ClassVar[Duty]

class Precedence(_Enum):
    NATIONAL_PREVAILS: ClassVar[Precedence]
    LOCAL_MAY_SHORTEN: ClassVar[Precedence]
    LOCAL_MAY_LENGTHEN: ClassVar[Precedence]

class Decider(_Enum):
    ANY: ClassVar[Decider]
    PROVIDER: ClassVar[Decider]
    BUREAU: ClassVar[Decider]

class StatutoryRule:
    duty: Duty
    article: str
    text: str
    period: DeadlineRule  # live reference
    promptly: bool
    share_class: Optional[ShareClass]  # a copy
    decider: Decider
    in_force_from: Date  # live reference
    in_force_until: Optional[Date]  # a copy
    precedence: Precedence
    def __init__(
        self,
        *,
        duty: Duty = ...,
        article: str = "",
        text: str = "",
        period: DeadlineRule = ...,
        promptly: bool = False,
        share_class: Optional[ShareClass] = None,
        decider: Decider = ...,
        in_force_from: _DateLike = ...,
        in_force_until: Optional[_DateLike] = None,
        precedence: Precedence = ...,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> StatutoryRule: ...
    def __deepcopy__(self, memo: dict) -> StatutoryRule: ...

class RuleSet:
    source: RuleSource
    name: str
    reference: str
    in_force_from: Date  # live reference
    rules: list[StatutoryRule]  # a copy
    def __init__(
        self,
        *,
        source: RuleSource = ...,
        name: str = "",
        reference: str = "",
        in_force_from: _DateLike = ...,
        rules: Sequence[StatutoryRule] = [],
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> RuleSet: ...
    def __deepcopy__(self, memo: dict) -> RuleSet: ...

class Rulebook:
    national: RuleSet  # live reference
    local: RuleSet  # live reference
    def __init__(self, *, national: RuleSet = ..., local: RuleSet = ...) -> None: ...
    def __copy__(self) -> Rulebook: ...
    def __deepcopy__(self, memo: dict) -> Rulebook: ...

class RuleQuery:
    duty: Duty
    on: Date  # live reference
    share_class: Optional[ShareClass]  # a copy
    decider: Decider
    def __init__(
        self,
        *,
        duty: Duty = ...,
        on: _DateLike = ...,
        share_class: Optional[ShareClass] = None,
        decider: Decider = ...,
    ) -> None: ...
    def __copy__(self) -> RuleQuery: ...
    def __deepcopy__(self, memo: dict) -> RuleQuery: ...

class AppliedRule:
    duty: Duty
    period: DeadlineRule  # live reference
    promptly: bool
    article: str
    source: RuleSource
    reason: str
    displaced: str
    def __init__(
        self,
        *,
        duty: Duty = ...,
        period: DeadlineRule = ...,
        promptly: bool = False,
        article: str = "",
        source: RuleSource = ...,
        reason: str = "",
        displaced: str = "",
    ) -> None: ...
    def __copy__(self) -> AppliedRule: ...
    def __deepcopy__(self, memo: dict) -> AppliedRule: ...

def national_regulation_2025() -> RuleSet: ...
def nantong_rules_2020() -> RuleSet: ...
def default_rulebook() -> Rulebook: ...
def parse_local_rules(json_text: str) -> RuleSet: ...
def local_rules_to_json(rules: RuleSet) -> str: ...
def check_local_rules(rules: RuleSet) -> None: ...
def apply_rule(rulebook: Rulebook, query: RuleQuery) -> AppliedRule: ...
def has_rule(rulebook: Rulebook, duty: Duty, on: _DateLike) -> bool: ...
def rules_in_force(rulebook: Rulebook, on: _DateLike) -> list[AppliedRule]: ...
def texts_in_force(rulebook: Rulebook, from_: _DateLike, to: _DateLike) -> list[str]: ...
def parse_duty(name: str) -> Duty: ...
def add_months(date: _DateLike, months: int) -> Date: ...
def weekday(date: _DateLike) -> int: ...
def parse_festival(name: str) -> Festival: ...
def parse_day_kind(name: str) -> DayKind: ...
def parse_severity(name: str) -> Severity: ...

# ---- catalog.h -------------------------------------------------------------------
# Every struct: keyword-only constructor over all fields (defaults as in C++),
# __repr__, __copy__/__deepcopy__, __eq__ from the C++ operator== (and so
# unhashable, as mutable values).

class Provider:
    code: str
    name: str
    def __init__(self, *, code: str = "", name: str = "") -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> Provider: ...
    def __deepcopy__(self, memo: dict) -> Provider: ...

class Classification:
    category: ResourceCategory
    domain: str
    group: str
    detail: str
    def __init__(
        self,
        *,
        category: ResourceCategory = ...,
        domain: str = "",
        group: str = "",
        detail: str = "",
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> Classification: ...
    def __deepcopy__(self, memo: dict) -> Classification: ...

class ResourceFormat:
    format_class: FormatClass
    type: str
    description: str
    def __init__(
        self, *, format_class: FormatClass = ..., type: str = "", description: str = ""
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> ResourceFormat: ...
    def __deepcopy__(self, memo: dict) -> ResourceFormat: ...

class CodeValue:
    code: str
    label: str
    def __init__(self, *, code: str = "", label: str = "") -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> CodeValue: ...
    def __deepcopy__(self, memo: dict) -> CodeValue: ...

class CodeTable:
    id: str
    name: str
    standard: str
    values: list[CodeValue]  # a copy: assign a new list to change it
    def __init__(
        self,
        *,
        id: str = "",
        name: str = "",
        standard: str = "",
        values: Sequence[CodeValue] = [],
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> CodeTable: ...
    def __deepcopy__(self, memo: dict) -> CodeTable: ...

class DataItem:
    name: str
    type: DataType
    length: int
    scale: int
    description: str
    nullable: bool
    code_table: str
    personal_info: PersonalInfoKind
    share_class: Optional[ShareClass]
    open_class: Optional[OpenClass]
    def __init__(
        self,
        *,
        name: str = "",
        type: DataType = ...,
        length: int = 0,
        scale: int = 0,
        description: str = "",
        nullable: bool = True,
        code_table: str = "",
        personal_info: PersonalInfoKind = ...,
        share_class: Optional[ShareClass] = None,
        open_class: Optional[OpenClass] = None,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> DataItem: ...
    def __deepcopy__(self, memo: dict) -> DataItem: ...

class ShareScope:
    departments: list[str]  # copies: assign new lists
    open_items: list[str]
    masked_items: list[str]
    comparison_only: bool
    def __init__(
        self,
        *,
        departments: Sequence[str] = [],
        open_items: Sequence[str] = [],
        masked_items: Sequence[str] = [],
        comparison_only: bool = False,
    ) -> None: ...
    def is_empty(self) -> bool: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> ShareScope: ...
    def __deepcopy__(self, memo: dict) -> ShareScope: ...

class DataGrade(_Enum):
    GENERAL: ClassVar[DataGrade]
    IMPORTANT: ClassVar[DataGrade]
    CORE: ClassVar[DataGrade]

class CatalogAssessment:
    secrecy_risk: bool
    personal_information: bool
    approved_by: str
    approved_on: Optional[Date]  # a copy
    def __init__(
        self,
        *,
        secrecy_risk: bool = False,
        personal_information: bool = False,
        approved_by: str = "",
        approved_on: Optional[_DateLike] = None,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> CatalogAssessment: ...
    def __deepcopy__(self, memo: dict) -> CatalogAssessment: ...

class SourceDesignation:
    subject: str
    source_code: str
    collecting_codes: list[str]  # a copy
    basis: str
    designated_by: str
    designated_at: Optional[LocalDateTime]  # a copy
    def __init__(
        self,
        *,
        subject: str = "",
        source_code: str = "",
        collecting_codes: Sequence[str] = [],
        basis: str = "",
        designated_by: str = "",
        designated_at: Optional[_DateTimeLike] = None,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> SourceDesignation: ...
    def __deepcopy__(self, memo: dict) -> SourceDesignation: ...

class LegalBasis:
    kind: LegalBasisKind
    title: str
    article: str
    def __init__(
        self, *, kind: LegalBasisKind = ..., title: str = "", article: str = ""
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> LegalBasis: ...
    def __deepcopy__(self, memo: dict) -> LegalBasis: ...

class ShareAttribute:
    share_class: ShareClass
    conditions: str
    scope: ShareScope  # live reference into this attribute
    legal_basis: Optional[LegalBasis]  # a copy: assign to change it
    methods: list[ShareMethod]  # a copy: assign a new list
    parallel_approval: bool
    for_analysis: bool
    front_database: str
    authorization_mode: Optional[AuthorizationMode]
    controlled_parameters: list[str]  # a copy: assign a new list
    def __init__(
        self,
        *,
        share_class: ShareClass = ...,
        conditions: str = "",
        scope: ShareScope = ...,
        legal_basis: Optional[LegalBasis] = None,
        methods: Sequence[ShareMethod] = [],
        parallel_approval: bool = False,
        for_analysis: bool = False,
        front_database: str = "",
        authorization_mode: Optional[AuthorizationMode] = None,
        controlled_parameters: Sequence[str] = [],
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> ShareAttribute: ...
    def __deepcopy__(self, memo: dict) -> ShareAttribute: ...

class OpenAttribute:
    open_class: OpenClass
    conditions: str
    method: str
    def __init__(
        self, *, open_class: OpenClass = ..., conditions: str = "", method: str = ""
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> OpenAttribute: ...
    def __deepcopy__(self, memo: dict) -> OpenAttribute: ...

class CatalogEntry:
    code: str
    name: str
    summary: str
    provider: Provider  # live reference
    system_name: str
    classification: Classification  # live reference
    topics: list[str]  # copies from here on: assign new lists
    industry: str
    format: ResourceFormat  # live reference
    items: list[DataItem]
    share: ShareAttribute  # live reference
    open: OpenAttribute  # live reference
    update_cycle: UpdateCycle
    update_cycle_note: str
    related_codes: list[str]
    dictionary: list[CodeTable]
    data_standard: str
    secret: bool
    data_grade: Optional[DataGrade]  # N13
    assessment: Optional[CatalogAssessment]  # N13; a copy
    @property
    def publish_date(self) -> Optional[Date]: ...  # a copy: assign to change it
    @publish_date.setter
    def publish_date(self, value: Optional[_DateLike]) -> None: ...
    def __init__(
        self,
        *,
        code: str = "",
        name: str = "",
        summary: str = "",
        provider: Provider = ...,
        system_name: str = "",
        classification: Classification = ...,
        topics: Sequence[str] = [],
        industry: str = "",
        format: ResourceFormat = ...,
        items: Sequence[DataItem] = [],
        share: ShareAttribute = ...,
        open: OpenAttribute = ...,
        update_cycle: UpdateCycle = ...,
        update_cycle_note: str = "",
        publish_date: Optional[_DateLike] = None,
        related_codes: Sequence[str] = [],
        dictionary: Sequence[CodeTable] = [],
        data_standard: str = "",
        secret: bool = False,
        data_grade: Optional[DataGrade] = None,
        assessment: Optional[CatalogAssessment] = None,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __ne__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> CatalogEntry: ...
    def __deepcopy__(self, memo: dict) -> CatalogEntry: ...

class Catalog:
    entries: list[CatalogEntry]  # a copy: assign a new list to change it
    def __init__(self, *, entries: Sequence[CatalogEntry] = []) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> Catalog: ...
    def __deepcopy__(self, memo: dict) -> Catalog: ...

_AnyEnum = Union[
    RuleSource,
    Duty,
    Precedence,
    Decider,
    ShareClass,
    ShareMethod,
    AuthorizationMode,
    OpenClass,
    UpdateCycle,
    DataType,
    PersonalInfoKind,
    ResourceCategory,
    FormatClass,
    LegalBasisKind,
    Severity,
    DayKind,
    Festival,
    DepartmentLevel,
    Role,
    Action,
    SignatureAlgorithm,
    VersionStatus,
    EntryStatus,
    NoticeKind,
    ObligationKind,
    ObligationState,
    HashAlgorithm,
    Durability,
    StepKind,
    ApplicationStatus,
    AuthorizationStatus,
    RevocationGround,
    DemandStatus,
    DemandAnswerKind,
    ObjectionStatus,
    DisputeSubject,
    DisputeStatus,
    DisputeTier,
    ServiceChangeKind,
    ServiceChangeStatus,
    UseRecordKind,
    UseBeyondGrant,
    MisuseOutcome,
    DataGrade,
    ItemTreatment,
    ComparisonOutcome,
    IdentifierKind,
    RectificationStatus,
]
_LabelledEnum = Union[
    RuleSource, Duty,
    ShareClass, ShareMethod, AuthorizationMode, OpenClass, UpdateCycle, DataType, DayKind, Festival,
    PersonalInfoKind, ResourceCategory, FormatClass, LegalBasisKind, Severity, Role, DepartmentLevel,
    Action, VersionStatus, EntryStatus, NoticeKind, ObligationKind, ObligationState, HashAlgorithm, SignatureAlgorithm,
    StepKind, ApplicationStatus, AuthorizationStatus, RevocationGround, DemandStatus,
    DemandAnswerKind, ObjectionStatus, DisputeSubject, DisputeStatus, DisputeTier, ServiceChangeKind,
    ServiceChangeStatus, UseRecordKind, UseBeyondGrant, MisuseOutcome, DataGrade, ItemTreatment, ComparisonOutcome, IdentifierKind, RectificationStatus
]

def is_national_not_shared_basis(kind: LegalBasisKind) -> bool: ...
def missing_national_elements(entry: CatalogEntry) -> list[str]: ...
def enum_name(value: _AnyEnum) -> str: ...
def chinese_label(value: _LabelledEnum) -> str: ...
def parse_share_class(name: str) -> ShareClass: ...
def parse_share_method(name: str) -> ShareMethod: ...
def parse_authorization_mode(name: str) -> AuthorizationMode: ...
def parse_open_class(name: str) -> OpenClass: ...
def parse_update_cycle(name: str) -> UpdateCycle: ...
def parse_data_type(name: str) -> DataType: ...
def parse_personal_info_kind(name: str) -> PersonalInfoKind: ...
def parse_resource_category(name: str) -> ResourceCategory: ...
def parse_format_class(name: str) -> FormatClass: ...
def parse_legal_basis_kind(name: str) -> LegalBasisKind: ...
def known_code_standards() -> list[str]: ...
def is_wider_than(a: ShareClass, b: ShareClass) -> bool: ...

# ---- catalog_code.h --------------------------------------------------------------

class CatalogCodeScheme:
    detail_width: int
    sequence_width: int
    def __init__(self, *, detail_width: int = 0, sequence_width: int = 6) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> CatalogCodeScheme: ...
    def __deepcopy__(self, memo: dict) -> CatalogCodeScheme: ...

class CatalogCode:
    classification: Classification  # live reference
    sequence: int
    def __init__(self, *, classification: Classification = ..., sequence: int = 0) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> CatalogCode: ...
    def __deepcopy__(self, memo: dict) -> CatalogCode: ...

def classification_code(
    classification: Classification, scheme: CatalogCodeScheme = ...
) -> str: ...
def parse_catalog_code(text: str, scheme: CatalogCodeScheme = ...) -> CatalogCode: ...
def format_catalog_code(code: CatalogCode, scheme: CatalogCodeScheme = ...) -> str: ...
def is_valid_catalog_code(text: str, scheme: CatalogCodeScheme = ...) -> bool: ...
def next_catalog_code(
    existing: Sequence[str], classification: Classification, scheme: CatalogCodeScheme = ...
) -> str: ...

# ---- validation.h ----------------------------------------------------------------

class Finding:
    rule_id: str
    article: str
    path: str
    severity: Severity
    message_zh: str
    message_en: str
    def __init__(
        self,
        *,
        rule_id: str = "",
        article: str = "",
        path: str = "",
        severity: Severity = ...,
        message_zh: str = "",
        message_en: str = "",
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> Finding: ...
    def __deepcopy__(self, memo: dict) -> Finding: ...

class RuleInfo:
    rule_id: str
    article: str
    severity: Severity
    description_zh: str
    description_en: str
    def __init__(
        self,
        *,
        rule_id: str = "",
        article: str = "",
        severity: Severity = ...,
        description_zh: str = "",
        description_en: str = "",
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> RuleInfo: ...
    def __deepcopy__(self, memo: dict) -> RuleInfo: ...

class ValidationOptions:
    min_name_chars: int
    max_name_chars: int
    min_summary_chars: int
    max_item_name_chars: int
    require_publish_date: bool
    code_scheme: CatalogCodeScheme  # live reference
    api_update_cycles: list[UpdateCycle]  # a copy: assign a new list
    def __init__(
        self,
        *,
        min_name_chars: int = 4,
        max_name_chars: int = 100,
        min_summary_chars: int = 15,
        max_item_name_chars: int = 50,
        require_publish_date: bool = False,
        code_scheme: CatalogCodeScheme = ...,
        api_update_cycles: Sequence[UpdateCycle] = ...,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> ValidationOptions: ...
    def __deepcopy__(self, memo: dict) -> ValidationOptions: ...

def validate(entry: CatalogEntry, options: ValidationOptions = ...) -> list[Finding]: ...
def validate_catalog(catalog: Catalog, options: ValidationOptions = ...) -> list[Finding]: ...
def cataloged_by(entry: CatalogEntry, user_id: str, provider_code: str, provider_name: str,
                 assigned_code: str = "") -> CatalogEntry: ...
def has_errors(findings: Sequence[Finding]) -> bool: ...
def validation_rules() -> list[RuleInfo]: ...

# ---- json.h ----------------------------------------------------------------------
# ``text`` may also be bytes (passed through as-is, so invalid UTF-8 gives ParseError).

def catalog_from_json(text: Union[str, bytes]) -> Catalog: ...
def catalog_to_json(catalog: Catalog, indent: int = 2) -> str: ...
def entry_from_json(text: Union[str, bytes]) -> CatalogEntry: ...
def entry_to_json(entry: CatalogEntry, indent: int = 2) -> str: ...
def load_catalog_file(path: _Path) -> Catalog: ...
def save_catalog_file(catalog: Catalog, path: _Path) -> None: ...
def findings_to_json(findings: Sequence[Finding], indent: int = 2) -> str: ...

# ---- identifiers.h ---------------------------------------------------------------

def is_valid_credit_code(code: str) -> bool: ...
def credit_code_check_char(body17: str) -> str: ...
def is_valid_organization_code(code: str) -> bool: ...

# ---- version.h -------------------------------------------------------------------

def version() -> str: ...

# ---- platform_types.h -------------------------------------------------------------
# Value types as above: keyword-only constructors, __repr__, __copy__; __eq__
# only where C++ has operator== (Department, User, ReviewFinding). List and
# Optional fields read as copies; struct fields are live references.

class DepartmentLevel(_Enum):
    BUREAU: ClassVar[DepartmentLevel]
    MUNICIPAL: ClassVar[DepartmentLevel]
    COUNTY_PLATFORM: ClassVar[DepartmentLevel]
    COUNTY: ClassVar[DepartmentLevel]

class Role(_Enum):
    BUREAU_ADMIN: ClassVar[Role]
    BUREAU_REVIEWER: ClassVar[Role]
    DEPT_ADMIN: ClassVar[Role]
    DEPT_OPERATOR: ClassVar[Role]
    DEPT_LEADER: ClassVar[Role]
    AUDITOR: ClassVar[Role]

class Action(_Enum):
    MANAGE_DEPARTMENTS: ClassVar[Action]
    MANAGE_USERS: ClassVar[Action]
    EDIT_CATALOG: ClassVar[Action]
    SUBMIT_CATALOG: ClassVar[Action]
    REVIEW_CATALOG: ClassVar[Action]
    PUBLISH_CATALOG: ClassVar[Action]
    REQUEST_WITHDRAWAL: ClassVar[Action]
    DECIDE_WITHDRAWAL: ClassVar[Action]
    RECORD_LEGAL_CHANGE: ClassVar[Action]
    SCHEDULE_CENSUS: ClassVar[Action]
    SUBSCRIBE: ClassVar[Action]
    READ_CATALOG: ClassVar[Action]
    READ_NOTICES: ClassVar[Action]
    READ_AUDIT: ClassVar[Action]
    EXPORT_FEDERATION: ClassVar[Action]
    IMPORT_FEDERATION: ClassVar[Action]
    APPLY: ClassVar[Action]
    CHECK_APPLICATION: ClassVar[Action]
    DECIDE_AS_PROVIDER: ClassVar[Action]
    DECIDE_AS_PLATFORM: ClassVar[Action]
    MANAGE_AUTHORIZATION: ClassVar[Action]
    USE_DATA: ClassVar[Action]
    SUBMIT_DEMAND: ClassVar[Action]
    ANSWER_DEMAND: ClassVar[Action]
    RAISE_OBJECTION: ClassVar[Action]
    RESOLVE_OBJECTION: ClassVar[Action]
    OPEN_DISPUTE: ClassVar[Action]
    MEDIATE_DISPUTE: ClassVar[Action]
    SET_POLICY: ClassVar[Action]
    READ_SHARING: ClassVar[Action]
    REPORT_REFRESH: ClassVar[Action]
    INSPECT: ClassVar[Action]
    RECTIFY: ClassVar[Action]
    MANAGE_PROJECTS: ClassVar[Action]
    MANAGE_CALENDAR: ClassVar[Action]
    DECIDE_EXTENSION: ClassVar[Action]
    DELIVER_DATA: ClassVar[Action]
    KEEP_USE_RECORDS: ClassVar[Action]
    PURGE_USE_RECORDS: ClassVar[Action]
    EXPORT_USE_RECORDS: ClassVar[Action]
    CHANGE_SERVICE: ClassVar[Action]
    END_PURPOSE: ClassVar[Action]
    DESIGNATE_SOURCE: ClassVar[Action]
    RECTIFY_MISUSE: ClassVar[Action]
    REQUEST_WIDER_USE: ClassVar[Action]
    RUN_HOUSEKEEPING: ClassVar[Action]
    COPY_PLATFORM: ClassVar[Action]
    SIGN_AUDIT_CHECKPOINT: ClassVar[Action]
    ROTATE_SIGNING_KEY: ClassVar[Action]
    MANAGE_PSEUDONYM_KEY: ClassVar[Action]

class VersionStatus(_Enum):
    DRAFT: ClassVar[VersionStatus]
    SUBMITTED: ClassVar[VersionStatus]
    APPROVED: ClassVar[VersionStatus]
    REJECTED: ClassVar[VersionStatus]
    PUBLISHED: ClassVar[VersionStatus]
    SUPERSEDED: ClassVar[VersionStatus]

class EntryStatus(_Enum):
    UNPUBLISHED: ClassVar[EntryStatus]
    PUBLISHED: ClassVar[EntryStatus]
    WITHDRAWAL_REQUESTED: ClassVar[EntryStatus]
    WITHDRAWN: ClassVar[EntryStatus]

class NoticeKind(_Enum):
    REVIEW_RESULT: ClassVar[NoticeKind]
    WITHDRAWAL_NOTICE: ClassVar[NoticeKind]
    WITHDRAWAL_DECISION: ClassVar[NoticeKind]
    OBLIGATION: ClassVar[NoticeKind]
    FEDERATION_IMPORT: ClassVar[NoticeKind]
    APPLICATION: ClassVar[NoticeKind]
    AUTHORIZATION: ClassVar[NoticeKind]
    DEMAND: ClassVar[NoticeKind]
    OBJECTION: ClassVar[NoticeKind]
    CORRECTION: ClassVar[NoticeKind]
    DISPUTE: ClassVar[NoticeKind]
    RECTIFICATION: ClassVar[NoticeKind]
    CALENDAR: ClassVar[NoticeKind]
    OVERDUE: ClassVar[NoticeKind]
    NON_USE: ClassVar[NoticeKind]

class ObligationKind(_Enum):
    LAW_REVISION: ClassVar[ObligationKind]
    FUNCTION_CHANGE: ClassVar[ObligationKind]
    ANNUAL_CENSUS: ClassVar[ObligationKind]

class ObligationState(_Enum):
    OPEN: ClassVar[ObligationState]
    DUE: ClassVar[ObligationState]
    OVERDUE: ClassVar[ObligationState]
    FULFILLED: ClassVar[ObligationState]

class CensusOutcome(_Enum):
    UNCHANGED: ClassVar[CensusOutcome]
    REVISED: ClassVar[CensusOutcome]

class HashAlgorithm(_Enum):
    SHA256: ClassVar[HashAlgorithm]
    SM3: ClassVar[HashAlgorithm]

class SignatureAlgorithm(_Enum):
    ED25519: ClassVar[SignatureAlgorithm]
    SM2: ClassVar[SignatureAlgorithm]

class SigningKey:
    algorithm: SignatureAlgorithm
    private_key_pem: str
    public_key_pem: str
    key_id: str
    def __init__(
        self,
        *,
        algorithm: SignatureAlgorithm = ...,
        private_key_pem: str = "",
        public_key_pem: str = "",
        key_id: str = "",
    ) -> None: ...
    def __copy__(self) -> SigningKey: ...
    def __deepcopy__(self, memo: dict) -> SigningKey: ...

class CountyKey:
    county_code: str
    key_id: str
    algorithm: SignatureAlgorithm
    public_key_pem: str
    registered_at: LocalDateTime
    registered_by: str
    def __init__(
        self,
        *,
        county_code: str = "",
        key_id: str = "",
        algorithm: SignatureAlgorithm = ...,
        public_key_pem: str = "",
        registered_at: _DateTimeLike = ...,
        registered_by: str = "",
    ) -> None: ...
    def __copy__(self) -> CountyKey: ...
    def __deepcopy__(self, memo: dict) -> CountyKey: ...

class AuditCheckpoint:
    sequence: int
    position: int
    head_hash: str
    time: LocalDateTime
    algorithm: SignatureAlgorithm
    key_id: str
    signature: str
    def __init__(
        self,
        *,
        sequence: int = 0,
        position: int = 0,
        head_hash: str = "",
        time: _DateTimeLike = ...,
        algorithm: SignatureAlgorithm = ...,
        key_id: str = "",
        signature: str = "",
    ) -> None: ...
    def __copy__(self) -> AuditCheckpoint: ...
    def __deepcopy__(self, memo: dict) -> AuditCheckpoint: ...

def generate_signing_key(algorithm: SignatureAlgorithm = ...) -> SigningKey: ...
def write_signing_key_files(key: SigningKey, private_path: _Path, public_path: _Path) -> None: ...
def read_signing_key_file(path: _Path) -> SigningKey: ...
def parse_signing_key(pem: str, source: str = "key") -> SigningKey: ...
def parse_public_key(pem: str, source: str = "public key") -> SigningKey: ...
def generate_pseudonym_key() -> str: ...
def parse_pseudonym_key(text: str, source: str = "pseudonym key") -> str: ...
def write_pseudonym_key_file(key: str, path: _Path) -> None: ...
def read_pseudonym_key_file(path: _Path) -> str: ...
def pseudonym_key_id(key: str) -> str: ...

class Department:
    code: str
    name: str
    level: DepartmentLevel
    parent_code: str
    audit_body: bool
    def __init__(
        self,
        *,
        code: str = "",
        name: str = "",
        level: DepartmentLevel = ...,
        parent_code: str = "",
        audit_body: bool = False,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> Department: ...
    def __deepcopy__(self, memo: dict) -> Department: ...

class User:
    id: str
    name: str
    department_code: str
    roles: list[Role]  # a copy: assign a new list
    active: bool
    def __init__(
        self,
        *,
        id: str = "",
        name: str = "",
        department_code: str = "",
        roles: Sequence[Role] = [],
        active: bool = True,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> User: ...
    def __deepcopy__(self, memo: dict) -> User: ...

class ReviewFinding:
    path: str
    reason: str
    def __init__(self, *, path: str = "", reason: str = "") -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> ReviewFinding: ...
    def __deepcopy__(self, memo: dict) -> ReviewFinding: ...

class EntryVersion:
    number: int
    status: VersionStatus
    entry: CatalogEntry  # live reference
    created_by: str
    created_at: LocalDateTime  # live reference
    submitted_at: Optional[LocalDateTime]  # copies from here on
    reviewed_at: Optional[LocalDateTime]
    reviewed_by: str
    rejection: list[ReviewFinding]
    published_at: Optional[LocalDateTime]
    def __init__(
        self,
        *,
        number: int = 0,
        status: VersionStatus = ...,
        entry: CatalogEntry = ...,
        created_by: str = "",
        created_at: _DateTimeLike = ...,
        submitted_at: Optional[_DateTimeLike] = None,
        reviewed_at: Optional[_DateTimeLike] = None,
        reviewed_by: str = "",
        rejection: Sequence[ReviewFinding] = [],
        published_at: Optional[_DateTimeLike] = None,
    ) -> None: ...
    def __copy__(self) -> EntryVersion: ...
    def __deepcopy__(self, memo: dict) -> EntryVersion: ...

class EntryRecord:
    id: int
    code: str
    provider_code: str
    status: EntryStatus
    row_version: int
    live_version: Optional[int]
    working_version: Optional[int]
    live: Optional[CatalogEntry]  # a copy: assign to change it
    working: Optional[CatalogEntry]  # a copy
    working_status: Optional[VersionStatus]
    withdrawal_reason: str
    def __init__(
        self,
        *,
        id: int = 0,
        code: str = "",
        provider_code: str = "",
        status: EntryStatus = ...,
        row_version: int = 0,
        live_version: Optional[int] = None,
        working_version: Optional[int] = None,
        live: Optional[CatalogEntry] = None,
        working: Optional[CatalogEntry] = None,
        working_status: Optional[VersionStatus] = None,
        withdrawal_reason: str = "",
    ) -> None: ...
    def __copy__(self) -> EntryRecord: ...
    def __deepcopy__(self, memo: dict) -> EntryRecord: ...

class Notice:
    id: int
    kind: NoticeKind
    department_code: str
    entry_id: int
    object: str  # the case, e.g. "application:12"; empty when only an entry
    message: str
    created_at: LocalDateTime  # live reference
    acknowledged_at: Optional[LocalDateTime]  # a copy
    acknowledged_by: str
    def __init__(
        self,
        *,
        id: int = 0,
        kind: NoticeKind = ...,
        department_code: str = "",
        entry_id: int = 0,
        object: str = "",
        message: str = "",
        created_at: _DateTimeLike = ...,
        acknowledged_at: Optional[_DateTimeLike] = None,
        acknowledged_by: str = "",
    ) -> None: ...
    def __copy__(self) -> Notice: ...
    def __deepcopy__(self, memo: dict) -> Notice: ...

class CensusLine:
    entry_id: int
    outcome: CensusOutcome
    version: int
    def __init__(self, *, entry_id: int = 0, outcome: CensusOutcome = ..., version: int = 0) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> CensusLine: ...
    def __deepcopy__(self, memo: dict) -> CensusLine: ...

class Obligation:
    id: int
    kind: ObligationKind
    department_code: str
    description: str
    announced_on: Date  # live reference
    due: Deadline  # live reference
    state: ObligationState
    fulfilled_at: Optional[LocalDateTime]  # a copy
    fulfilled_by_entry: int
    fulfilled_by_version: int
    census_return: list[CensusLine]  # a copy
    on_time: bool
    extension: Optional[ReplyExtension]  # a copy; N17
    def __init__(
        self,
        *,
        id: int = 0,
        kind: ObligationKind = ...,
        department_code: str = "",
        description: str = "",
        announced_on: _DateLike = ...,
        due: Deadline = ...,
        state: ObligationState = ...,
        fulfilled_at: Optional[_DateTimeLike] = None,
        fulfilled_by_entry: int = 0,
        fulfilled_by_version: int = 0,
        census_return: Sequence[CensusLine] = [],
        on_time: bool = False,
        extension: Optional[ReplyExtension] = None,
    ) -> None: ...
    def __copy__(self) -> Obligation: ...
    def __deepcopy__(self, memo: dict) -> Obligation: ...

class AuditRecord:
    position: int
    time: LocalDateTime  # live reference
    user_id: str
    department_code: str
    action: str
    object: str
    before_digest: str
    after_digest: str
    reason: str
    previous_hash: str
    hash: str
    def __init__(
        self,
        *,
        position: int = 0,
        time: _DateTimeLike = ...,
        user_id: str = "",
        department_code: str = "",
        action: str = "",
        object: str = "",
        before_digest: str = "",
        after_digest: str = "",
        reason: str = "",
        previous_hash: str = "",
        hash: str = "",
    ) -> None: ...
    def __copy__(self) -> AuditRecord: ...
    def __deepcopy__(self, memo: dict) -> AuditRecord: ...

class AuditVerification:
    intact: bool
    records: int
    first_bad_position: int
    problem: str
    algorithm: HashAlgorithm
    checkpoints: int
    signed_position: int
    keys_trusted: bool
    signing_keys: list[str]  # a copy: assign to change it
    file_checkpoints: int
    def __init__(
        self,
        *,
        intact: bool = True,
        records: int = 0,
        first_bad_position: int = 0,
        problem: str = "",
        algorithm: HashAlgorithm = ...,
        checkpoints: int = 0,
        signed_position: int = 0,
        keys_trusted: bool = False,
        signing_keys: list[str] = [],
        file_checkpoints: int = 0,
    ) -> None: ...
    def __copy__(self) -> AuditVerification: ...
    def __deepcopy__(self, memo: dict) -> AuditVerification: ...

class SecurityEvent:
    id: int
    time: LocalDateTime  # live reference
    user_id: str
    department_code: str
    action: Action
    object: str
    detail: str
    def __init__(
        self,
        *,
        id: int = 0,
        time: _DateTimeLike = ...,
        user_id: str = "",
        department_code: str = "",
        action: Action = ...,
        object: str = "",
        detail: str = "",
    ) -> None: ...
    def __copy__(self) -> SecurityEvent: ...
    def __deepcopy__(self, memo: dict) -> SecurityEvent: ...

class FederationReport:
    source_platform: str
    added: int
    updated: int
    unchanged: int
    changed_codes: list[str]  # a copy
    signing_key: str
    def __init__(
        self,
        *,
        source_platform: str = "",
        added: int = 0,
        updated: int = 0,
        unchanged: int = 0,
        changed_codes: Sequence[str] = [],
        signing_key: str = "",
    ) -> None: ...
    def __copy__(self) -> FederationReport: ...
    def __deepcopy__(self, memo: dict) -> FederationReport: ...

# The platform calendar across the year boundary (docs/calendar.md).

class DeadlineChange:
    object: str  # e.g. "application:12", "obligation:3", "rectification:2"
    what: str  # a step kind ("form_check", ...), "obligation" or "rectification"
    department_code: str  # the department that must act
    before: Deadline  # live reference
    after: Deadline  # live reference
    moved: bool
    overdue: bool  # as of the load
    def __init__(
        self,
        *,
        object: str = "",
        what: str = "",
        department_code: str = "",
        before: Deadline = ...,
        after: Deadline = ...,
        moved: bool = False,
        overdue: bool = False,
    ) -> None: ...
    def __copy__(self) -> DeadlineChange: ...
    def __deepcopy__(self, memo: dict) -> DeadlineChange: ...

class CalendarLoadReport:
    year: int
    digest: str
    previous_digest: str  # empty when the year was not loaded
    correction: bool
    changed: bool  # False: the same schedule was loaded already
    calendar_version: str
    recomputed: list[DeadlineChange]  # a copy
    def __init__(
        self,
        *,
        year: int = 0,
        digest: str = "",
        previous_digest: str = "",
        correction: bool = False,
        changed: bool = False,
        calendar_version: str = "",
        recomputed: Sequence[DeadlineChange] = [],
    ) -> None: ...
    def __copy__(self) -> CalendarLoadReport: ...
    def __deepcopy__(self, memo: dict) -> CalendarLoadReport: ...

class CalendarYearInfo:
    year: int
    origin: str  # "builtin" or "loaded"
    digest: str
    loaded_at: Optional[LocalDateTime]  # a copy; None for a builtin year
    loaded_by: str
    reason: str
    def __init__(
        self,
        *,
        year: int = 0,
        origin: str = "",
        digest: str = "",
        loaded_at: Optional[_DateTimeLike] = None,
        loaded_by: str = "",
        reason: str = "",
    ) -> None: ...
    def __copy__(self) -> CalendarYearInfo: ...
    def __deepcopy__(self, memo: dict) -> CalendarYearInfo: ...

class CalendarState:
    as_of: LocalDateTime  # live reference
    years: list[CalendarYearInfo]  # a copy
    calendar_version: str
    prediction_version: str
    provisional_open: int
    earliest_provisional_due: Optional[LocalDateTime]  # a copy
    first_unloaded_date: Date  # live reference
    next_year_missing: bool
    warning: str  # empty when fine
    def __init__(
        self,
        *,
        as_of: _DateTimeLike = ...,
        years: Sequence[CalendarYearInfo] = [],
        calendar_version: str = "",
        prediction_version: str = "",
        provisional_open: int = 0,
        earliest_provisional_due: Optional[_DateTimeLike] = None,
        first_unloaded_date: _DateLike = ...,
        next_year_missing: bool = False,
        warning: str = "",
    ) -> None: ...
    def __copy__(self) -> CalendarState: ...
    def __deepcopy__(self, memo: dict) -> CalendarState: ...

def parse_role(name: str) -> Role: ...
def parse_department_level(name: str) -> DepartmentLevel: ...
def parse_action(name: str) -> Action: ...
def role_allows(role: Role, level: DepartmentLevel, action: Action) -> bool: ...
def all_actions() -> list[Action]: ...
def all_roles() -> list[Role]: ...

# ---- sharing.h ---------------------------------------------------------------------
# Value types as above: keyword-only constructors, __repr__, __copy__; __eq__
# only where C++ has operator== (ScanDocument, SharingPolicy). List and
# Optional fields read as copies; struct fields are live references.

class StepKind(_Enum):
    FORM_CHECK: ClassVar[StepKind]
    PROVIDER_DECISION: ClassVar[StepKind]
    PLATFORM_DECISION: ClassVar[StepKind]
    DEMAND_RESPONSE: ClassVar[StepKind]
    DEMAND_PUBLICATION: ClassVar[StepKind]
    OBJECTION_CHECK: ClassVar[StepKind]
    CATALOG_REVISION: ClassVar[StepKind]
    DELIVERY: ClassVar[StepKind]
    CATALOG_REVIEW: ClassVar[StepKind]
    DISPOSAL: ClassVar[StepKind]
    RECTIFICATION: ClassVar[StepKind]
    DISPUTE_COORDINATION: ClassVar[StepKind]

class ApplicationStatus(_Enum):
    SUBMITTED: ClassVar[ApplicationStatus]
    NOT_ACCEPTED: ClassVar[ApplicationStatus]
    ACCEPTED: ClassVar[ApplicationStatus]
    GRANTED: ClassVar[ApplicationStatus]
    REFUSED: ClassVar[ApplicationStatus]
    MATERIALS_REQUESTED: ClassVar[ApplicationStatus]

class AuthorizationStatus(_Enum):
    ACTIVE: ClassVar[AuthorizationStatus]
    EXPIRED: ClassVar[AuthorizationStatus]
    REVOKED: ClassVar[AuthorizationStatus]
    SUSPENDED: ClassVar[AuthorizationStatus]

class RevocationGround(_Enum):
    NON_USE: ClassVar[RevocationGround]
    BREACH: ClassVar[RevocationGround]
    PURPOSE_ENDED: ClassVar[RevocationGround]
    SERVICE_ENDED: ClassVar[RevocationGround]
    MISUSE_NOT_RECTIFIED: ClassVar[RevocationGround]

class UseBeyondGrant(_Enum):
    WIDER_SCOPE: ClassVar[UseBeyondGrant]
    OTHER_PURPOSE: ClassVar[UseBeyondGrant]
    THIRD_PARTY: ClassVar[UseBeyondGrant]

class MisuseOutcome(_Enum):
    REINSTATED: ClassVar[MisuseOutcome]
    TERMINATED: ClassVar[MisuseOutcome]
    ENDED_OTHERWISE: ClassVar[MisuseOutcome]

class ServiceChangeKind(_Enum):
    END: ClassVar[ServiceChangeKind]
    CHANGE: ClassVar[ServiceChangeKind]

class ServiceChangeStatus(_Enum):
    NEGOTIATING: ClassVar[ServiceChangeStatus]
    ANSWERED: ClassVar[ServiceChangeStatus]
    FILED: ClassVar[ServiceChangeStatus]
    WITHDRAWN: ClassVar[ServiceChangeStatus]

class UseRecordKind(_Enum):
    SCENARIO: ClassVar[UseRecordKind]
    PROCESS: ClassVar[UseRecordKind]
    RESULT: ClassVar[UseRecordKind]
    STORAGE: ClassVar[UseRecordKind]
    DESTRUCTION: ClassVar[UseRecordKind]

class DemandStatus(_Enum):
    SUBMITTED: ClassVar[DemandStatus]
    NOT_IN_DUTIES: ClassVar[DemandStatus]
    COMMITTED: ClassVar[DemandStatus]
    DEFERRED: ClassVar[DemandStatus]
    FULFILLED: ClassVar[DemandStatus]

class DemandAnswerKind(_Enum):
    NOT_IN_DUTIES: ClassVar[DemandAnswerKind]
    WILL_PUBLISH: ClassVar[DemandAnswerKind]
    CANNOT_PUBLISH_YET: ClassVar[DemandAnswerKind]

class ObjectionStatus(_Enum):
    OPEN: ClassVar[ObjectionStatus]
    CORRECTED: ClassVar[ObjectionStatus]
    REJECTED: ClassVar[ObjectionStatus]

class DisputeSubject(_Enum):
    CONDITIONS: ClassVar[DisputeSubject]
    REASONS: ClassVar[DisputeSubject]
    RESULT: ClassVar[DisputeSubject]

class DisputeStatus(_Enum):
    OPEN: ClassVar[DisputeStatus]
    RESOLVED: ClassVar[DisputeStatus]

class DisputeTier(_Enum):
    NEGOTIATION: ClassVar[DisputeTier]
    AUTHORITY: ClassVar[DisputeTier]
    SUPERIOR_AUTHORITY: ClassVar[DisputeTier]
    GOVERNMENT: ClassVar[DisputeTier]

class DisputeEscalation:
    from_: DisputeTier  # C++ `from` (a Python keyword)
    to: DisputeTier
    by: str
    by_department: str
    reason: str
    at: LocalDateTime  # live reference
    def __init__(
        self,
        *,
        from_: DisputeTier = ...,
        to: DisputeTier = ...,
        by: str = "",
        by_department: str = "",
        reason: str = "",
        at: _DateTimeLike = ...,
    ) -> None: ...
    def __copy__(self) -> DisputeEscalation: ...
    def __deepcopy__(self, memo: dict) -> DisputeEscalation: ...

class ProcessStep:
    id: int
    kind: StepKind
    object: str
    department_code: str
    started_at: LocalDateTime  # live reference
    due: Deadline  # live reference
    article: str
    completed_at: Optional[LocalDateTime]  # a copy
    completed_by: str
    outcome: str
    on_time: bool
    overdue: bool
    def __init__(
        self,
        *,
        id: int = 0,
        kind: StepKind = ...,
        object: str = "",
        department_code: str = "",
        started_at: _DateTimeLike = ...,
        due: Deadline = ...,
        article: str = "",
        completed_at: Optional[_DateTimeLike] = None,
        completed_by: str = "",
        outcome: str = "",
        on_time: bool = False,
        overdue: bool = False,
    ) -> None: ...
    def __copy__(self) -> ProcessStep: ...
    def __deepcopy__(self, memo: dict) -> ProcessStep: ...

class ScanDocument:
    file_name: str
    sha256: str
    size: int
    def __init__(self, *, file_name: str = "", sha256: str = "", size: int = 0) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> ScanDocument: ...
    def __deepcopy__(self, memo: dict) -> ScanDocument: ...

class ApplicationRequest:
    entry_id: int
    items: list[str]  # a copy: assign a new list
    purpose: str
    legal_duty: str
    method: ShareMethod
    valid_from: Date  # live reference
    valid_until: Date  # live reference
    scan: ScanDocument  # live reference
    seasonal: bool
    renewal_of: int
    return_flow: bool  # N24 回流
    def __init__(
        self,
        *,
        entry_id: int = 0,
        items: Sequence[str] = [],
        purpose: str = "",
        legal_duty: str = "",
        method: ShareMethod = ...,
        valid_from: _DateLike = ...,
        valid_until: _DateLike = ...,
        scan: ScanDocument = ...,
        seasonal: bool = False,
        renewal_of: int = 0,
        return_flow: bool = False,
    ) -> None: ...
    def __copy__(self) -> ApplicationRequest: ...
    def __deepcopy__(self, memo: dict) -> ApplicationRequest: ...

class ReplyExtension:
    working_days: int
    reason: str
    requested_by: str
    requested_at: LocalDateTime  # live reference
    approved: Optional[bool]  # a copy
    decided_by: str
    decision_reason: str
    decided_at: Optional[LocalDateTime]  # a copy
    def __init__(
        self,
        *,
        working_days: int = 0,
        reason: str = "",
        requested_by: str = "",
        requested_at: _DateTimeLike = ...,
        approved: Optional[bool] = None,
        decided_by: str = "",
        decision_reason: str = "",
        decided_at: Optional[_DateTimeLike] = None,
    ) -> None: ...
    def __copy__(self) -> ReplyExtension: ...
    def __deepcopy__(self, memo: dict) -> ReplyExtension: ...

class Application:
    id: int
    row_version: int
    consumer_code: str
    applicant: str
    provider_code: str
    entry_code: str
    request: ApplicationRequest  # live reference
    mode: AuthorizationMode
    share_class: ShareClass
    authority_code: str
    status: ApplicationStatus
    reason: str
    authorization_id: int
    submitted_at: LocalDateTime  # live reference
    missing_materials: list[str]  # a copy
    materials_requested_at: Optional[LocalDateTime]  # a copy
    supplement: str
    supplement_scan: Optional[ScanDocument]  # a copy
    materials_supplied_at: Optional[LocalDateTime]  # a copy
    extension: Optional[ReplyExtension]  # a copy
    steps: list[ProcessStep]  # a copy
    def __init__(
        self,
        *,
        id: int = 0,
        row_version: int = 0,
        consumer_code: str = "",
        applicant: str = "",
        provider_code: str = "",
        entry_code: str = "",
        request: ApplicationRequest = ...,
        mode: AuthorizationMode = ...,
        share_class: ShareClass = ...,
        authority_code: str = "",
        status: ApplicationStatus = ...,
        reason: str = "",
        authorization_id: int = 0,
        submitted_at: _DateTimeLike = ...,
        missing_materials: Sequence[str] = [],
        materials_requested_at: Optional[_DateTimeLike] = None,
        supplement: str = "",
        supplement_scan: Optional[ScanDocument] = None,
        materials_supplied_at: Optional[_DateTimeLike] = None,
        extension: Optional[ReplyExtension] = None,
        steps: Sequence[ProcessStep] = [],
    ) -> None: ...
    def __copy__(self) -> Application: ...
    def __deepcopy__(self, memo: dict) -> Application: ...

class ServiceChangeInput:
    authorization_id: int
    kind: ServiceChangeKind
    reason: str
    items: list[str]  # a copy; CHANGE: the granted items kept (empty: all)
    methods: list[ShareMethod]  # a copy; CHANGE: the methods from now on (empty: unchanged)
    valid_until: Optional[Date]  # a copy; CHANGE: an earlier end
    def __init__(
        self,
        *,
        authorization_id: int = 0,
        kind: ServiceChangeKind = ...,
        reason: str = "",
        items: Sequence[str] = [],
        methods: Sequence[ShareMethod] = [],
        valid_until: Optional[_DateLike] = None,
    ) -> None: ...
    def __copy__(self) -> ServiceChangeInput: ...
    def __deepcopy__(self, memo: dict) -> ServiceChangeInput: ...

class ServiceChange:
    id: int
    row_version: int
    change: ServiceChangeInput  # a copy
    consumer_code: str
    provider_code: str
    entry_id: int
    entry_code: str
    status: ServiceChangeStatus
    proposed_by: str
    proposed_at: LocalDateTime  # live reference
    consumer_agrees: Optional[bool]
    consumer_comment: str
    answered_by: str
    answered_at: Optional[LocalDateTime]  # a copy
    closed_by: str
    closed_at: Optional[LocalDateTime]  # a copy
    withdrawal_reason: str
    def __init__(
        self,
        *,
        id: int = 0,
        row_version: int = 0,
        change: ServiceChangeInput = ...,
        consumer_code: str = "",
        provider_code: str = "",
        entry_id: int = 0,
        entry_code: str = "",
        status: ServiceChangeStatus = ...,
        proposed_by: str = "",
        proposed_at: _DateTimeLike = ...,
        consumer_agrees: Optional[bool] = None,
        consumer_comment: str = "",
        answered_by: str = "",
        answered_at: Optional[_DateTimeLike] = None,
        closed_by: str = "",
        closed_at: Optional[_DateTimeLike] = None,
        withdrawal_reason: str = "",
    ) -> None: ...
    def __copy__(self) -> ServiceChange: ...
    def __deepcopy__(self, memo: dict) -> ServiceChange: ...

class UseRecordInput:
    authorization_id: int
    kind: UseRecordKind
    text: str
    def __init__(self, *, authorization_id: int = 0, kind: UseRecordKind = ..., text: str = "") -> None: ...
    def __copy__(self) -> UseRecordInput: ...
    def __deepcopy__(self, memo: dict) -> UseRecordInput: ...

class UseRecord:
    id: int
    row_version: int
    authorization_id: int
    consumer_code: str
    provider_code: str
    entry_id: int
    entry_code: str
    kind: UseRecordKind
    text: str  # '' once purged
    recorded_by: str
    recorded_at: LocalDateTime  # live reference
    article: str
    purgeable_from: Date  # live reference
    purged: bool
    purged_at: Optional[LocalDateTime]  # a copy
    purged_by: str
    purge_reason: str
    def __init__(
        self,
        *,
        id: int = 0,
        row_version: int = 0,
        authorization_id: int = 0,
        consumer_code: str = "",
        provider_code: str = "",
        entry_id: int = 0,
        entry_code: str = "",
        kind: UseRecordKind = ...,
        text: str = "",
        recorded_by: str = "",
        recorded_at: _DateTimeLike = ...,
        article: str = "",
        purgeable_from: _DateLike = ...,
        purged: bool = False,
        purged_at: Optional[_DateTimeLike] = None,
        purged_by: str = "",
        purge_reason: str = "",
    ) -> None: ...
    def __copy__(self) -> UseRecord: ...
    def __deepcopy__(self, memo: dict) -> UseRecord: ...

class GrantTerms:
    items: list[str]  # a copy; empty: every requested item
    valid_from: Optional[Date]  # copies from here on; None: as requested
    valid_until: Optional[Date]
    conditions: str
    seasonal: Optional[bool]
    disposal: str  # N27: the provider's disposal requirement ('' : 销毁)
    disposal_working_days: Optional[int]  # N27: 1..60; None: the policy's disposal_days
    def __init__(
        self,
        *,
        items: Sequence[str] = [],
        valid_from: Optional[_DateLike] = None,
        valid_until: Optional[_DateLike] = None,
        conditions: str = "",
        seasonal: Optional[bool] = None,
        disposal: str = "",
        disposal_working_days: Optional[int] = None,
    ) -> None: ...
    def __copy__(self) -> GrantTerms: ...
    def __deepcopy__(self, memo: dict) -> GrantTerms: ...

class SuspensionPeriod:
    from_: LocalDateTime  # live reference
    until: Optional[LocalDateTime]  # a copy
    def __init__(
        self,
        *,
        from_: _DateTimeLike = ...,
        until: Optional[_DateTimeLike] = None,
    ) -> None: ...
    def __copy__(self) -> SuspensionPeriod: ...
    def __deepcopy__(self, memo: dict) -> SuspensionPeriod: ...

class MisuseOrder:
    misuse: UseBeyondGrant
    facts: str
    ordered_by_department: str
    ordered_by: str
    ordered_at: LocalDateTime  # live reference
    working_days: int
    rectify_by: LocalDateTime  # live reference
    report: str
    reported_by: str
    reported_at: Optional[LocalDateTime]  # a copy
    outcome: Optional[MisuseOutcome]
    closed_by: str
    closed_at: Optional[LocalDateTime]  # a copy
    def __init__(
        self,
        *,
        misuse: UseBeyondGrant = ...,
        facts: str = "",
        ordered_by_department: str = "",
        ordered_by: str = "",
        ordered_at: _DateTimeLike = ...,
        working_days: int = 0,
        rectify_by: _DateTimeLike = ...,
        report: str = "",
        reported_by: str = "",
        reported_at: Optional[_DateTimeLike] = None,
        outcome: Optional[MisuseOutcome] = None,
        closed_by: str = "",
        closed_at: Optional[_DateTimeLike] = None,
    ) -> None: ...
    def __copy__(self) -> MisuseOrder: ...
    def __deepcopy__(self, memo: dict) -> MisuseOrder: ...

class WiderUseRequest:
    kind: UseBeyondGrant
    description: str
    third_party: str
    def __init__(
        self,
        *,
        kind: UseBeyondGrant = ...,
        description: str = "",
        third_party: str = "",
    ) -> None: ...
    def __copy__(self) -> WiderUseRequest: ...
    def __deepcopy__(self, memo: dict) -> WiderUseRequest: ...

class WiderUse:
    number: int
    request: WiderUseRequest  # a copy
    requested_by: str
    requested_at: LocalDateTime  # live reference
    consented: Optional[bool]
    answer: str
    answered_by: str
    answered_at: Optional[LocalDateTime]  # a copy
    def __init__(
        self,
        *,
        number: int = 0,
        request: WiderUseRequest = ...,
        requested_by: str = "",
        requested_at: _DateTimeLike = ...,
        consented: Optional[bool] = None,
        answer: str = "",
        answered_by: str = "",
        answered_at: Optional[_DateTimeLike] = None,
    ) -> None: ...
    def __copy__(self) -> WiderUse: ...
    def __deepcopy__(self, memo: dict) -> WiderUse: ...

class Authorization:
    id: int
    row_version: int
    consumer_code: str
    entry_id: int
    entry_code: str
    provider_code: str
    items: list[str]  # copies: assign new lists
    methods: list[ShareMethod]
    conditions: str
    masked_items: list[str]
    comparison_only: bool
    valid_from: Date  # live reference
    valid_until: Date  # live reference
    mode: AuthorizationMode
    granted_by_department: str
    granted_by: str
    granted_at: LocalDateTime  # live reference
    application_id: int
    renewal_of: int
    seasonal: bool
    return_flow: bool  # N24 回流
    platform_wide: bool
    platform_grant_id: int
    suspended_with_platform_grant: bool
    status: AuthorizationStatus
    status_reason: str
    status_changed_at: Optional[LocalDateTime]  # a copy
    last_used: Optional[LocalDateTime]  # a copy
    delivered_at: Optional[LocalDateTime]  # a copy
    delivery_method: Optional[ShareMethod]  # a copy
    delivery_note: str
    suspensions: list[SuspensionPeriod]  # a copy
    disposal: str
    disposal_working_days: int
    revocation_ground: Optional[RevocationGround]
    disposed_at: Optional[LocalDateTime]  # a copy
    misuse_orders: list[MisuseOrder]  # a copy
    wider_uses: list[WiderUse]  # a copy
    def __init__(
        self,
        *,
        id: int = 0,
        row_version: int = 0,
        consumer_code: str = "",
        entry_id: int = 0,
        entry_code: str = "",
        provider_code: str = "",
        items: Sequence[str] = [],
        methods: Sequence[ShareMethod] = [],
        conditions: str = "",
        masked_items: Sequence[str] = [],
        comparison_only: bool = False,
        valid_from: _DateLike = ...,
        valid_until: _DateLike = ...,
        mode: AuthorizationMode = ...,
        granted_by_department: str = "",
        granted_by: str = "",
        granted_at: _DateTimeLike = ...,
        application_id: int = 0,
        renewal_of: int = 0,
        seasonal: bool = False,
        return_flow: bool = False,
        platform_wide: bool = False,
        platform_grant_id: int = 0,
        suspended_with_platform_grant: bool = False,
        status: AuthorizationStatus = ...,
        status_reason: str = "",
        status_changed_at: Optional[_DateTimeLike] = None,
        last_used: Optional[_DateTimeLike] = None,
        delivered_at: Optional[_DateTimeLike] = None,
        delivery_method: Optional[ShareMethod] = None,
        delivery_note: str = "",
        suspensions: Sequence[SuspensionPeriod] = [],
        disposal: str = "",
        disposal_working_days: int = 0,
        revocation_ground: Optional[RevocationGround] = None,
        disposed_at: Optional[_DateTimeLike] = None,
        misuse_orders: Sequence[MisuseOrder] = [],
        wider_uses: Sequence[WiderUse] = [],
    ) -> None: ...
    def __copy__(self) -> Authorization: ...
    def __deepcopy__(self, memo: dict) -> Authorization: ...

class DemandRequestInput:
    target_code: str
    description: str
    items: list[str]  # a copy
    purpose: str
    scan: ScanDocument  # live reference
    def __init__(
        self,
        *,
        target_code: str = "",
        description: str = "",
        items: Sequence[str] = [],
        purpose: str = "",
        scan: ScanDocument = ...,
    ) -> None: ...
    def __copy__(self) -> DemandRequestInput: ...
    def __deepcopy__(self, memo: dict) -> DemandRequestInput: ...

class DemandAnswer:
    kind: DemandAnswerKind
    text: str
    suggested_department: str
    def __init__(
        self, *, kind: DemandAnswerKind = ..., text: str = "", suggested_department: str = ""
    ) -> None: ...
    def __copy__(self) -> DemandAnswer: ...
    def __deepcopy__(self, memo: dict) -> DemandAnswer: ...

class DemandRequest:
    id: int
    row_version: int
    requester_code: str
    requested_by: str
    request: DemandRequestInput  # live reference
    status: DemandStatus
    answer: Optional[DemandAnswer]  # copies from here on
    answered_at: Optional[LocalDateTime]
    answered_by: str
    fulfilled_entry_id: int
    fulfilled_at: Optional[LocalDateTime]
    submitted_at: LocalDateTime  # live reference
    steps: list[ProcessStep]  # a copy
    def __init__(
        self,
        *,
        id: int = 0,
        row_version: int = 0,
        requester_code: str = "",
        requested_by: str = "",
        request: DemandRequestInput = ...,
        status: DemandStatus = ...,
        answer: Optional[DemandAnswer] = None,
        answered_at: Optional[_DateTimeLike] = None,
        answered_by: str = "",
        fulfilled_entry_id: int = 0,
        fulfilled_at: Optional[_DateTimeLike] = None,
        submitted_at: _DateTimeLike = ...,
        steps: Sequence[ProcessStep] = [],
    ) -> None: ...
    def __copy__(self) -> DemandRequest: ...
    def __deepcopy__(self, memo: dict) -> DemandRequest: ...

class ObjectionInput:
    entry_id: int
    record_key: str
    item: str
    description: str
    def __init__(
        self, *, entry_id: int = 0, record_key: str = "", item: str = "", description: str = ""
    ) -> None: ...
    def __copy__(self) -> ObjectionInput: ...
    def __deepcopy__(self, memo: dict) -> ObjectionInput: ...

class Objection:
    id: int
    row_version: int
    consumer_code: str
    raised_by: str
    provider_code: str
    entry_code: str
    objection: ObjectionInput  # live reference
    status: ObjectionStatus
    response: str
    resolved_by: str
    resolved_at: Optional[LocalDateTime]  # a copy
    notified_departments: list[str]  # a copy
    raised_at: LocalDateTime  # live reference
    steps: list[ProcessStep]  # a copy
    def __init__(
        self,
        *,
        id: int = 0,
        row_version: int = 0,
        consumer_code: str = "",
        raised_by: str = "",
        provider_code: str = "",
        entry_code: str = "",
        objection: ObjectionInput = ...,
        status: ObjectionStatus = ...,
        response: str = "",
        resolved_by: str = "",
        resolved_at: Optional[_DateTimeLike] = None,
        notified_departments: Sequence[str] = [],
        raised_at: _DateTimeLike = ...,
        steps: Sequence[ProcessStep] = [],
    ) -> None: ...
    def __copy__(self) -> Objection: ...
    def __deepcopy__(self, memo: dict) -> Objection: ...

class DisputeInput:
    subject: DisputeSubject
    application_id: int
    entry_id: int
    description: str
    def __init__(
        self,
        *,
        subject: DisputeSubject = ...,
        application_id: int = 0,
        entry_id: int = 0,
        description: str = "",
    ) -> None: ...
    def __copy__(self) -> DisputeInput: ...
    def __deepcopy__(self, memo: dict) -> DisputeInput: ...

class Dispute:
    id: int
    row_version: int
    dispute: DisputeInput  # live reference
    opened_by: str
    opened_by_department: str
    consumer_code: str
    provider_code: str
    status: DisputeStatus
    tier: DisputeTier
    escalations: list[DisputeEscalation]  # a copy
    outcome: str
    resolved_by: str
    opened_at: LocalDateTime  # live reference
    resolved_at: Optional[LocalDateTime]  # a copy
    def __init__(
        self,
        *,
        id: int = 0,
        row_version: int = 0,
        dispute: DisputeInput = ...,
        opened_by: str = "",
        opened_by_department: str = "",
        consumer_code: str = "",
        provider_code: str = "",
        status: DisputeStatus = ...,
        tier: DisputeTier = ...,
        escalations: Sequence[DisputeEscalation] = [],
        outcome: str = "",
        resolved_by: str = "",
        opened_at: _DateTimeLike = ...,
        resolved_at: Optional[_DateTimeLike] = None,
    ) -> None: ...
    def __copy__(self) -> Dispute: ...
    def __deepcopy__(self, memo: dict) -> Dispute: ...

class SharingPolicy:
    demand_not_in_duties_days: int
    objection_check_days: int
    unrevised_rejection_days: int
    non_use_rolls_to_working_day: bool
    office_close_minutes: int | None
    after_close_counts_next_day: bool
    disposal_days: int  # N27: working days to dispose when the grant stated none
    dispute_coordination_days: int  # N28: working days for the bureau's coordination
    def __init__(
        self,
        *,
        demand_not_in_duties_days: int = 5,
        objection_check_days: int = 5,
        unrevised_rejection_days: int = 10,
        non_use_rolls_to_working_day: bool = False,
        office_close_minutes: int | None = None,
        after_close_counts_next_day: bool = False,
        disposal_days: int = 10,
        dispute_coordination_days: int = 20,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> SharingPolicy: ...
    def __deepcopy__(self, memo: dict) -> SharingPolicy: ...

# Every sharing enumeration read back from its enum_name (InvalidArgumentError lists the names).
def parse_step_kind(name: str) -> StepKind: ...
def parse_application_status(name: str) -> ApplicationStatus: ...
def parse_authorization_status(name: str) -> AuthorizationStatus: ...
def parse_revocation_ground(name: str) -> RevocationGround: ...
def parse_demand_status(name: str) -> DemandStatus: ...
def parse_demand_answer_kind(name: str) -> DemandAnswerKind: ...
def parse_objection_status(name: str) -> ObjectionStatus: ...
def parse_dispute_subject(name: str) -> DisputeSubject: ...
def parse_dispute_status(name: str) -> DisputeStatus: ...
def parse_dispute_tier(name: str) -> DisputeTier: ...
def parse_service_change_kind(name: str) -> ServiceChangeKind: ...
def parse_service_change_status(name: str) -> ServiceChangeStatus: ...
def parse_use_record_kind(name: str) -> UseRecordKind: ...
def parse_use_beyond_grant(name: str) -> UseBeyondGrant: ...
def parse_misuse_outcome(name: str) -> MisuseOutcome: ...

# ---- access.h ------------------------------------------------------------------------
# Value types as above: keyword-only constructors, __repr__, __copy__; __eq__
# only where C++ has operator== (MaskingRule). List and Optional fields read as
# copies; struct fields are live references. The operations are Platform
# methods (decide, filter, compare, set_masking_rules, masking_rules,
# flush_usage_log, usage_log).

class ItemTreatment(_Enum):
    PLAIN: ClassVar[ItemTreatment]
    MASKED: ClassVar[ItemTreatment]
    COMPARISON_ONLY: ClassVar[ItemTreatment]
    WITHHELD: ClassVar[ItemTreatment]

class ComparisonOutcome(_Enum):
    MATCH: ClassVar[ComparisonOutcome]
    NO_MATCH: ClassVar[ComparisonOutcome]
    NOT_FOUND: ClassVar[ComparisonOutcome]

class AccessRequest:
    user_id: str
    entry_id: int
    items: list[str]  # a copy: assign a new list
    method: ShareMethod
    time: Optional[LocalDateTime]  # a copy; None: the platform's now()
    purpose: str
    explain: bool
    def __init__(
        self,
        *,
        user_id: str = "",
        entry_id: int = 0,
        items: Sequence[str] = [],
        method: ShareMethod = ...,
        time: Optional[_DateTimeLike] = None,
        purpose: str = "",
        explain: bool = False,
    ) -> None: ...
    def __copy__(self) -> AccessRequest: ...
    def __deepcopy__(self, memo: dict) -> AccessRequest: ...

class MaskingRule:
    item: str
    kind: PersonalInfoKind
    keep_head: int
    keep_tail: int
    pseudonym: bool
    def __init__(
        self,
        *,
        item: str = "",
        kind: PersonalInfoKind = ...,
        keep_head: int = -1,
        keep_tail: int = -1,
        pseudonym: bool = False,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __copy__(self) -> MaskingRule: ...
    def __deepcopy__(self, memo: dict) -> MaskingRule: ...

class ItemDecision:
    item: str
    treatment: ItemTreatment
    masking: MaskingRule  # live reference
    why: str
    def __init__(
        self,
        *,
        item: str = "",
        treatment: ItemTreatment = ...,
        masking: MaskingRule = ...,
        why: str = "",
    ) -> None: ...
    def __copy__(self) -> ItemDecision: ...
    def __deepcopy__(self, memo: dict) -> ItemDecision: ...

class RuleCheck:
    rule: str
    article: str
    passed: bool
    message: str
    def __init__(
        self, *, rule: str = "", article: str = "", passed: bool = False, message: str = ""
    ) -> None: ...
    def __copy__(self) -> RuleCheck: ...
    def __deepcopy__(self, memo: dict) -> RuleCheck: ...

class AccessDecision:
    allowed: bool
    user_id: str
    consumer_code: str
    entry_id: int
    authorization_id: int
    method: ShareMethod
    time: LocalDateTime  # live reference
    purpose: str
    reasons: list[RuleCheck]  # copies
    items: list[ItemDecision]
    expires: LocalDateTime  # live reference
    seal: str
    def __init__(
        self,
        *,
        allowed: bool = False,
        user_id: str = "",
        consumer_code: str = "",
        entry_id: int = 0,
        authorization_id: int = 0,
        method: ShareMethod = ...,
        time: _DateTimeLike = ...,
        purpose: str = "",
        reasons: Sequence[RuleCheck] = [],
        items: Sequence[ItemDecision] = [],
        expires: _DateTimeLike = ...,
        seal: str = "",
    ) -> None: ...
    def __copy__(self) -> AccessDecision: ...
    def __deepcopy__(self, memo: dict) -> AccessDecision: ...

class FieldComparison:
    item: str
    outcome: ComparisonOutcome
    def __init__(self, *, item: str = "", outcome: ComparisonOutcome = ...) -> None: ...
    def __copy__(self) -> FieldComparison: ...
    def __deepcopy__(self, memo: dict) -> FieldComparison: ...

class ComparisonResult:
    allowed: bool
    reasons: list[RuleCheck]  # a copy
    overall: ComparisonOutcome
    fields: list[FieldComparison]  # a copy
    def __init__(
        self,
        *,
        allowed: bool = False,
        reasons: Sequence[RuleCheck] = [],
        overall: ComparisonOutcome = ...,
        fields: Sequence[FieldComparison] = [],
    ) -> None: ...
    def __copy__(self) -> ComparisonResult: ...
    def __deepcopy__(self, memo: dict) -> ComparisonResult: ...

class UsageRecord:
    id: int
    time: LocalDateTime  # live reference
    user_id: str
    consumer_code: str
    entry_id: int
    authorization_id: int
    kind: str  # "decide", "compare" or "use"
    items: list[str]  # a copy
    method: ShareMethod
    purpose: str
    allowed: bool
    outcome: str  # "allowed", "match", "refused: authorization", ...
    def __init__(
        self,
        *,
        id: int = 0,
        time: _DateTimeLike = ...,
        user_id: str = "",
        consumer_code: str = "",
        entry_id: int = 0,
        authorization_id: int = 0,
        kind: str = "",
        items: Sequence[str] = [],
        method: ShareMethod = ...,
        purpose: str = "",
        allowed: bool = False,
        outcome: str = "",
    ) -> None: ...
    def __copy__(self) -> UsageRecord: ...
    def __deepcopy__(self, memo: dict) -> UsageRecord: ...

class UsageQuery:
    consumer_code: str
    entry_id: int
    from_: Optional[LocalDateTime]  # C++ `from` (a Python keyword); copies
    to: Optional[LocalDateTime]
    limit: int
    def __init__(
        self,
        *,
        consumer_code: str = "",
        entry_id: int = 0,
        from_: Optional[_DateTimeLike] = None,
        to: Optional[_DateTimeLike] = None,
        limit: int = 1000,
    ) -> None: ...
    def __copy__(self) -> UsageQuery: ...
    def __deepcopy__(self, memo: dict) -> UsageQuery: ...

# ---- search.h --------------------------------------------------------------------
# Value types as above: keyword-only constructors, __repr__, __copy__; no __eq__
# (C++ has no operator== for them). List and Optional fields read as copies;
# struct fields are live references. The operation is Platform.search.

class SearchQuery:
    text: str  # words separated by spaces, all of them (AND); each as SQL LIKE '%word%'
    department: str  # provider credit code; empty: any
    topic: str
    industry: str
    share_class: Optional[ShareClass]  # None: any
    format: Optional[FormatClass]
    update_cycle: Optional[UpdateCycle]
    method: Optional[ShareMethod]
    offset: int
    limit: int  # 0..1000
    facets: bool
    def __init__(
        self,
        *,
        text: str = "",
        department: str = "",
        topic: str = "",
        industry: str = "",
        share_class: Optional[ShareClass] = None,
        format: Optional[FormatClass] = None,
        update_cycle: Optional[UpdateCycle] = None,
        method: Optional[ShareMethod] = None,
        offset: int = 0,
        limit: int = 20,
        facets: bool = True,
    ) -> None: ...
    def __copy__(self) -> SearchQuery: ...
    def __deepcopy__(self, memo: dict) -> SearchQuery: ...

class FacetCount:
    value: str  # credit code, topic, industry, or an enumeration's enum_name
    label: str  # the department's name, the enumeration's Chinese label
    count: int
    def __init__(self, *, value: str = "", label: str = "", count: int = 0) -> None: ...
    def __copy__(self) -> FacetCount: ...
    def __deepcopy__(self, memo: dict) -> FacetCount: ...

class SearchFacets:
    departments: list[FacetCount]  # copies
    topics: list[FacetCount]
    industries: list[FacetCount]
    share_classes: list[FacetCount]
    formats: list[FacetCount]
    update_cycles: list[FacetCount]
    methods: list[FacetCount]
    def __init__(
        self,
        *,
        departments: Sequence[FacetCount] = [],
        topics: Sequence[FacetCount] = [],
        industries: Sequence[FacetCount] = [],
        share_classes: Sequence[FacetCount] = [],
        formats: Sequence[FacetCount] = [],
        update_cycles: Sequence[FacetCount] = [],
        methods: Sequence[FacetCount] = [],
    ) -> None: ...
    def __copy__(self) -> SearchFacets: ...
    def __deepcopy__(self, memo: dict) -> SearchFacets: ...

class SearchHit:
    entry_id: int
    code: str
    name_match: bool  # every word in the name: ranked first
    entry: CatalogEntry  # live reference: the live content
    def __init__(
        self,
        *,
        entry_id: int = 0,
        code: str = "",
        name_match: bool = False,
        entry: CatalogEntry = ...,
    ) -> None: ...
    def __copy__(self) -> SearchHit: ...
    def __deepcopy__(self, memo: dict) -> SearchHit: ...

class SearchResult:
    total: int  # before paging
    hits: list[SearchHit]  # a copy
    facets: SearchFacets  # live reference
    def __init__(
        self, *, total: int = 0, hits: Sequence[SearchHit] = [], facets: SearchFacets = ...
    ) -> None: ...
    def __copy__(self) -> SearchResult: ...
    def __deepcopy__(self, memo: dict) -> SearchResult: ...

# ---- supervision.h -------------------------------------------------------------------
# Value types as above (no __eq__). The operations are Platform methods
# (report_refresh, save_project, projects, inspect, issue_rectification,
# escalate_rectifications, resolve_rectification, rectifications).

class RectificationStatus(_Enum):
    OPEN: ClassVar[RectificationStatus]
    OVERDUE: ClassVar[RectificationStatus]
    ESCALATED: ClassVar[RectificationStatus]
    RESOLVED: ClassVar[RectificationStatus]

class Project:
    id: int
    department_code: str
    name: str
    approved_on: Optional[Date]  # copies
    accepted_on: Optional[Date]
    entry_ids: list[int]  # a copy
    def __init__(
        self,
        *,
        id: int = 0,
        department_code: str = "",
        name: str = "",
        approved_on: Optional[_DateLike] = None,
        accepted_on: Optional[_DateLike] = None,
        entry_ids: Sequence[int] = [],
    ) -> None: ...
    def __copy__(self) -> Project: ...
    def __deepcopy__(self, memo: dict) -> Project: ...

class SupervisionWeights:
    completeness: float
    accuracy: float
    updates: float
    publication: float
    freshness: float
    timeliness: float
    def __init__(
        self,
        *,
        completeness: float = 15.0,
        accuracy: float = 15.0,
        updates: float = 15.0,
        publication: float = 15.0,
        freshness: float = 15.0,
        timeliness: float = 25.0,
    ) -> None: ...
    def __copy__(self) -> SupervisionWeights: ...
    def __deepcopy__(self, memo: dict) -> SupervisionWeights: ...

class SupervisionFinding:
    clause: str  # e.g. "A31(5)", "A32"
    a33_ground: int  # 1-6; 0 when none
    object: str  # e.g. "entry:12", "project:2"; may be empty
    message_zh: str
    liability: str  # e.g. "N39(4)" (N39-N41); empty under the local rules alone
    liability_zh: str
    def __init__(
        self, *, clause: str = "", a33_ground: int = 0, object: str = "", message_zh: str = "",
        liability: str = "", liability_zh: str = ""
    ) -> None: ...
    def __copy__(self) -> SupervisionFinding: ...
    def __deepcopy__(self, memo: dict) -> SupervisionFinding: ...

class SupervisionRate:
    measured: bool  # False: nothing to measure, left out of the score
    value: float  # in [0, 1]; 0 when not measured
    def __init__(self, *, measured: bool = False, value: float = 0.0) -> None: ...
    def __copy__(self) -> SupervisionRate: ...
    def __deepcopy__(self, memo: dict) -> SupervisionRate: ...

class SupervisionRates:
    completeness: SupervisionRate  # A31 (1); live reference
    accuracy: SupervisionRate  # A31 (2), (6); live reference
    updates: SupervisionRate  # A31 (3); live reference
    publication: SupervisionRate  # A31 (4); live reference
    freshness: SupervisionRate  # A31 (5); live reference
    timeliness: SupervisionRate  # A31 (7); live reference
    sharing: SupervisionRate  # A8, not scored; live reference
    projects: SupervisionRate  # A32, not scored; live reference
    def __init__(
        self,
        *,
        completeness: SupervisionRate = ...,
        accuracy: SupervisionRate = ...,
        updates: SupervisionRate = ...,
        publication: SupervisionRate = ...,
        freshness: SupervisionRate = ...,
        timeliness: SupervisionRate = ...,
        sharing: SupervisionRate = ...,
        projects: SupervisionRate = ...,
    ) -> None: ...
    def __copy__(self) -> SupervisionRates: ...
    def __deepcopy__(self, memo: dict) -> SupervisionRates: ...

class StepTimeliness:
    kind: StepKind
    completed: int
    on_time: int
    overdue_now: int
    on_time_rate: SupervisionRate  # live reference
    def __init__(
        self,
        *,
        kind: StepKind = ...,
        completed: int = 0,
        on_time: int = 0,
        overdue_now: int = 0,
        on_time_rate: SupervisionRate = ...,
    ) -> None: ...
    def __copy__(self) -> StepTimeliness: ...
    def __deepcopy__(self, memo: dict) -> StepTimeliness: ...

class DepartmentInspection:
    department_code: str
    department_name: str
    entries: int
    complete_entries: int
    items: int
    described_items: int
    shared_entries: int
    not_shared_entries: int
    not_shared_with_basis: int
    share_ratio: float
    obligations_due: int
    obligations_on_time: int
    obligations_overdue_now: int
    census_done: bool
    connected_entries: int
    stale_entries: int
    objections_upheld: int
    objections_rejected: int
    objections_open: int
    corrections_on_time: int
    revisions_due: int
    revisions_on_time: int
    revisions_overdue_now: int
    steps: list[StepTimeliness]  # a copy
    steps_completed: int
    steps_on_time: int
    steps_overdue_now: int
    decisions: int  # A28: the usage log's decisions (the city's: every line)
    decisions_allowed: int
    decisions_refused: int
    deliveries: int
    comparisons: int
    comparisons_matched: int
    projects: int
    projects_compliant: int
    rates: SupervisionRates  # the rates behind the score; live reference
    score: float  # 0-100, one decimal
    rank: int  # 1 = best
    findings: list[SupervisionFinding]  # a copy
    def __init__(
        self,
        *,
        department_code: str = "",
        department_name: str = "",
        entries: int = 0,
        complete_entries: int = 0,
        items: int = 0,
        described_items: int = 0,
        shared_entries: int = 0,
        not_shared_entries: int = 0,
        not_shared_with_basis: int = 0,
        share_ratio: float = 0.0,
        obligations_due: int = 0,
        obligations_on_time: int = 0,
        obligations_overdue_now: int = 0,
        census_done: bool = False,
        connected_entries: int = 0,
        stale_entries: int = 0,
        objections_upheld: int = 0,
        objections_rejected: int = 0,
        objections_open: int = 0,
        corrections_on_time: int = 0,
        revisions_due: int = 0,
        revisions_on_time: int = 0,
        revisions_overdue_now: int = 0,
        steps: Sequence[StepTimeliness] = [],
        steps_completed: int = 0,
        steps_on_time: int = 0,
        steps_overdue_now: int = 0,
        decisions: int = 0,
        decisions_allowed: int = 0,
        decisions_refused: int = 0,
        deliveries: int = 0,
        comparisons: int = 0,
        comparisons_matched: int = 0,
        projects: int = 0,
        projects_compliant: int = 0,
        rates: SupervisionRates = ...,
        score: float = 0.0,
        rank: int = 0,
        findings: Sequence[SupervisionFinding] = [],
    ) -> None: ...
    def __copy__(self) -> DepartmentInspection: ...
    def __deepcopy__(self, memo: dict) -> DepartmentInspection: ...

class InspectionReport:
    from_: Date  # C++ `from` (a Python keyword); live reference
    to: Date  # live reference
    generated_at: LocalDateTime  # live reference
    calendar_version: str
    rules: list[str]  # a copy; the texts the acts were judged by, national first
    weights: SupervisionWeights  # live reference
    departments: list[DepartmentInspection]  # a copy; ranked, best first
    city: DepartmentInspection  # live reference
    calendar_warning: str  # CalendarState.warning; empty when fine
    def __init__(
        self,
        *,
        from_: _DateLike = ...,
        to: _DateLike = ...,
        generated_at: _DateTimeLike = ...,
        calendar_version: str = "",
        rules: Sequence[str] = [],
        weights: SupervisionWeights = ...,
        departments: Sequence[DepartmentInspection] = [],
        city: DepartmentInspection = ...,
        calendar_warning: str = "",
    ) -> None: ...
    def __copy__(self) -> InspectionReport: ...
    def __deepcopy__(self, memo: dict) -> InspectionReport: ...

class RectificationInput:
    department_code: str
    a33_ground: int  # which of A33 (1)-(6)
    description: str
    object: str
    working_days: int  # 1..60
    def __init__(
        self,
        *,
        department_code: str = "",
        a33_ground: int = 6,
        description: str = "",
        object: str = "",
        working_days: int = 10,
    ) -> None: ...
    def __copy__(self) -> RectificationInput: ...
    def __deepcopy__(self, memo: dict) -> RectificationInput: ...

class Rectification:
    id: int
    row_version: int
    notice: RectificationInput  # live reference
    issued_by: str
    issued_at: LocalDateTime  # live reference
    due: Deadline  # live reference
    status: RectificationStatus  # as of the platform's now()
    escalated_at: Optional[LocalDateTime]  # a copy
    resolution: str
    resolved_at: Optional[LocalDateTime]  # a copy
    resolved_by: str
    def __init__(
        self,
        *,
        id: int = 0,
        row_version: int = 0,
        notice: RectificationInput = ...,
        issued_by: str = "",
        issued_at: _DateTimeLike = ...,
        due: Deadline = ...,
        status: RectificationStatus = ...,
        escalated_at: Optional[_DateTimeLike] = None,
        resolution: str = "",
        resolved_at: Optional[_DateTimeLike] = None,
        resolved_by: str = "",
    ) -> None: ...
    def __copy__(self) -> Rectification: ...
    def __deepcopy__(self, memo: dict) -> Rectification: ...

# ---- platform.h ------------------------------------------------------------------

class Durability(_Enum):
    FULL: ClassVar[Durability]
    NORMAL: ClassVar[Durability]

class HousekeepingReport:
    ran_at: LocalDateTime  # live reference
    expired: list[Authorization]  # a copy
    non_use_noticed: list[Authorization]  # a copy
    overdue_noticed: list[ProcessStep]  # a copy
    escalated: list[Rectification]  # a copy
    census_scheduled: list[Obligation]  # a copy
    calendar_warned: Optional[int]
    def __init__(
        self,
        *,
        ran_at: _DateTimeLike = ...,
        expired: Sequence[Authorization] = [],
        non_use_noticed: Sequence[Authorization] = [],
        overdue_noticed: Sequence[ProcessStep] = [],
        escalated: Sequence[Rectification] = [],
        census_scheduled: Sequence[Obligation] = [],
        calendar_warned: Optional[int] = None,
    ) -> None: ...
    def changed(self) -> bool: ...
    def __copy__(self) -> HousekeepingReport: ...
    def __deepcopy__(self, memo: dict) -> HousekeepingReport: ...

class CopiedTable:
    table: str
    rows: int
    def __init__(self, *, table: str = "", rows: int = 0) -> None: ...
    def __copy__(self) -> CopiedTable: ...
    def __deepcopy__(self, memo: dict) -> CopiedTable: ...

def is_server_database(path: str) -> bool: ...
def redacted_path(path: str) -> str: ...

class CopyReport:
    tables: list[CopiedTable]  # a copy
    source: AuditVerification  # live reference
    target: AuditVerification  # live reference
    source_head: str
    target_head: str
    def __init__(
        self,
        *,
        tables: Sequence[CopiedTable] = [],
        source: AuditVerification = ...,
        target: AuditVerification = ...,
        source_head: str = "",
        target_head: str = "",
    ) -> None: ...
    def verified(self) -> bool: ...
    def __copy__(self) -> CopyReport: ...
    def __deepcopy__(self, memo: dict) -> CopyReport: ...

class PlatformOptions:
    path: str
    create_if_missing: bool
    busy_timeout_ms: int
    durability: Durability
    audit_hash: HashAlgorithm
    simulated_time: Optional[LocalDateTime]  # a copy: assign to change it
    usage_log: bool
    usage_log_batch: int
    usage_log_flush_ms: int
    read_connections: int
    decision_refresh_ms: int
    comparisons_per_minute: int
    decision_valid_seconds: int
    signing_key_file: str
    signing_key_env: str
    checkpoint_every_records: int
    checkpoint_every_minutes: int
    checkpoint_file: str
    pseudonym_key_file: str
    pseudonym_key_env: str
    def __init__(
        self,
        *,
        path: str = "",
        create_if_missing: bool = True,
        busy_timeout_ms: int = 5000,
        durability: Durability = ...,
        audit_hash: HashAlgorithm = ...,
        simulated_time: Optional[_DateTimeLike] = None,
        usage_log: bool = True,
        usage_log_batch: int = 1000,
        usage_log_flush_ms: int = 200,
        read_connections: int = 4,
        decision_refresh_ms: int = 1000,
        comparisons_per_minute: int = 60,
        decision_valid_seconds: int = 60,
        signing_key_file: str = "",
        signing_key_env: str = "",
        checkpoint_every_records: int = 1000,
        checkpoint_every_minutes: int = 10,
        checkpoint_file: str = "",
        pseudonym_key_file: str = "",
        pseudonym_key_env: str = "",
    ) -> None: ...
    def __copy__(self) -> PlatformOptions: ...
    def __deepcopy__(self, memo: dict) -> PlatformOptions: ...

class CatalogService:
    """The catalog (platform.catalog): entries through review, publication and withdrawal, obligations, search, federation.

    A facade of the Platform handle: it shares the handle's state; like the
    handle, it may be used from any number of threads at once.
    """

    def create_draft(self, actor: str, entry: CatalogEntry) -> EntryRecord: ...
    def validate_draft(self, actor: str, entry: CatalogEntry) -> list[Finding]: ...
    def edit_draft(
        self, actor: str, entry_id: int, row_version: int, entry: CatalogEntry
    ) -> EntryRecord: ...
    def submit(self, actor: str, entry_id: int, row_version: int) -> EntryRecord: ...
    def approve(self, actor: str, entry_id: int, row_version: int) -> EntryRecord: ...
    def reject(
        self, actor: str, entry_id: int, row_version: int, reasons: Sequence[ReviewFinding]
    ) -> EntryRecord: ...
    def publish(self, actor: str, entry_id: int, row_version: int) -> EntryRecord: ...
    def request_withdrawal(
        self, actor: str, entry_id: int, row_version: int, reason: str
    ) -> EntryRecord: ...
    def decide_withdrawal(
        self, actor: str, entry_id: int, row_version: int, approve: bool, reason: str
    ) -> EntryRecord: ...
    def subscribe(self, actor: str, entry_id: int) -> None: ...
    def get_entry(self, actor: str, entry_id: int) -> EntryRecord: ...
    def entries(self, actor: str, provider_code: str = "") -> list[EntryRecord]: ...
    def history(self, actor: str, entry_id: int) -> list[EntryVersion]: ...
    # source departments (N19)
    def designate_source(self, actor: str, designation: SourceDesignation) -> SourceDesignation: ...
    def source_designations(self, actor: str) -> list[SourceDesignation]: ...
    # obligations
    def record_legal_change(
        self,
        actor: str,
        department_code: str,
        kind: ObligationKind,
        description: str,
        announced_on: _DateLike,
    ) -> Obligation: ...
    def schedule_census(self, actor: str, year: int) -> list[Obligation]: ...
    def request_update_extension(
        self, actor: str, obligation_id: int, working_days: int, reason: str
    ) -> Obligation: ...
    def decide_update_extension(
        self, actor: str, obligation_id: int, approve: bool, reason: str
    ) -> Obligation: ...
    def return_census(
        self, actor: str, department_code: str, year: int, lines: Sequence[CensusLine]
    ) -> Obligation: ...
    def obligations(
        self, actor: str, department_code: str = "", unfulfilled_only: bool = False
    ) -> list[Obligation]: ...
    # notices
    def export_federation_bundle(self, actor: str) -> str: ...
    def import_federation_bundle(
        self, actor: str, bundle: Union[str, bytes]
    ) -> FederationReport: ...
    # policy
    @overload
    def search(self, actor: str, query: SearchQuery) -> SearchResult: ...
    @overload
    def search(
        self,
        actor: str,
        text: str = "",
        *,
        department: str = "",
        topic: str = "",
        industry: str = "",
        share_class: Optional[ShareClass] = None,
        format: Optional[FormatClass] = None,
        update_cycle: Optional[UpdateCycle] = None,
        method: Optional[ShareMethod] = None,
        offset: int = 0,
        limit: int = 20,
        facets: bool = True,
    ) -> SearchResult: ...
    # supervision (A31-A33)

class SharingService:
    """Sharing (platform.sharing): applications, authorizations, demand requests, objections, disputes, steps and the sharing policy.

    A facade of the Platform handle: it shares the handle's state; like the
    handle, it may be used from any number of threads at once.
    """

    def policy(self) -> SharingPolicy: ...
    def set_policy(self, actor: str, policy: SharingPolicy) -> None: ...
    # applications (A18-A23)
    def apply(self, actor: str, request: ApplicationRequest) -> Application: ...
    def accept_application(
        self, actor: str, application_id: int, row_version: int
    ) -> Application: ...
    def decline_application(
        self, actor: str, application_id: int, row_version: int, reason: str
    ) -> Application: ...
    def grant_application(
        self, actor: str, application_id: int, row_version: int, terms: GrantTerms = ...
    ) -> Application: ...
    def refuse_application(
        self, actor: str, application_id: int, row_version: int, reason: str
    ) -> Application: ...
    def request_materials(
        self, actor: str, application_id: int, row_version: int, missing: Sequence[str]
    ) -> Application: ...
    def supply_materials(
        self, actor: str, application_id: int, row_version: int, supplement: str,
        scan: Optional[ScanDocument] = None,
    ) -> Application: ...
    def request_reply_extension(
        self, actor: str, application_id: int, row_version: int, working_days: int, reason: str
    ) -> Application: ...
    def decide_reply_extension(
        self, actor: str, application_id: int, row_version: int, approve: bool, reason: str
    ) -> Application: ...
    def get_application(self, actor: str, application_id: int) -> Application: ...
    def applications(self, actor: str, department_code: str = "") -> list[Application]: ...
    # authorizations (A18, A26, A28, A30)
    def grant_platform(
        self, actor: str, entry_id: int, terms: GrantTerms = ...
    ) -> Authorization: ...
    def record_delivery(
        self, actor: str, authorization_id: int, row_version: int, method: ShareMethod, note: str = ""
    ) -> Authorization: ...
    def get_authorization(self, actor: str, authorization_id: int) -> Authorization: ...
    def authorizations(self, actor: str, department_code: str = "") -> list[Authorization]: ...
    def record_use(self, actor: str, authorization_id: int) -> Authorization: ...
    def revocable_for_non_use(self, actor: str, provider_code: str) -> list[Authorization]: ...
    def revoke(
        self,
        actor: str,
        authorization_id: int,
        row_version: int,
        ground: RevocationGround,
        reason: str,
    ) -> Authorization: ...
    def suspend(
        self, actor: str, authorization_id: int, row_version: int, reason: str
    ) -> Authorization: ...
    def reinstate(
        self, actor: str, authorization_id: int, row_version: int, reason: str
    ) -> Authorization: ...
    def expire_authorizations(self, actor: str) -> list[Authorization]: ...
    # N27: the purpose ends; the provider ends or changes a service
    def end_purpose(
        self, actor: str, authorization_id: int, row_version: int, reason: str
    ) -> Authorization: ...
    def suspend_for_misuse(
        self,
        actor: str,
        authorization_id: int,
        row_version: int,
        misuse: UseBeyondGrant,
        facts: str,
        working_days: int,
    ) -> Authorization: ...
    def report_rectification(
        self, actor: str, authorization_id: int, row_version: int, report: str
    ) -> Authorization: ...
    def terminate_for_misuse(
        self, actor: str, authorization_id: int, row_version: int, reason: str
    ) -> Authorization: ...
    def request_wider_use(
        self, actor: str, authorization_id: int, row_version: int, request: WiderUseRequest
    ) -> Authorization: ...
    def answer_wider_use(
        self,
        actor: str,
        authorization_id: int,
        row_version: int,
        number: int,
        consent: bool,
        answer: str = "",
    ) -> Authorization: ...
    def propose_service_change(self, actor: str, change: ServiceChangeInput) -> ServiceChange: ...
    def answer_service_change(
        self, actor: str, service_change_id: int, row_version: int, agrees: bool, comment: str
    ) -> ServiceChange: ...
    def file_service_change(self, actor: str, service_change_id: int, row_version: int) -> ServiceChange: ...
    def withdraw_service_change(
        self, actor: str, service_change_id: int, row_version: int, reason: str
    ) -> ServiceChange: ...
    def service_changes(self, actor: str, department_code: str = "") -> list[ServiceChange]: ...
    # N29: use records
    def add_use_record(self, actor: str, record: UseRecordInput) -> UseRecord: ...
    def use_records(
        self, actor: str, department_code: str = "", authorization_id: int = 0
    ) -> list[UseRecord]: ...
    def purge_use_record(
        self, actor: str, use_record_id: int, row_version: int, reason: str
    ) -> UseRecord: ...
    def export_use_records(self, actor: str, department_code: str = "") -> str: ...
    # demand requests (A24-A25)
    def submit_demand(self, actor: str, request: DemandRequestInput) -> DemandRequest: ...
    def answer_demand(
        self, actor: str, demand_id: int, row_version: int, answer: DemandAnswer
    ) -> DemandRequest: ...
    def fulfil_demand(
        self, actor: str, demand_id: int, row_version: int, entry_id: int
    ) -> DemandRequest: ...
    def get_demand(self, actor: str, demand_id: int) -> DemandRequest: ...
    def demands(self, actor: str, department_code: str = "") -> list[DemandRequest]: ...
    # objections and corrections (A29)
    def raise_objection(self, actor: str, objection: ObjectionInput) -> Objection: ...
    def resolve_objection(
        self, actor: str, objection_id: int, row_version: int, confirmed: bool, response: str
    ) -> Objection: ...
    def get_objection(self, actor: str, objection_id: int) -> Objection: ...
    def objections(self, actor: str, department_code: str = "") -> list[Objection]: ...
    # disputes (A27)
    def open_dispute(self, actor: str, dispute: DisputeInput) -> Dispute: ...
    def escalate_dispute(
        self, actor: str, dispute_id: int, row_version: int, reason: str
    ) -> Dispute: ...
    def resolve_dispute(
        self, actor: str, dispute_id: int, row_version: int, outcome: str
    ) -> Dispute: ...
    def disputes(self, actor: str, department_code: str = "") -> list[Dispute]: ...
    # steps and deadlines
    def steps(
        self, actor: str, department_code: str = "", pending_only: bool = False
    ) -> list[ProcessStep]: ...
    def overdue_steps(self, actor: str, department_code: str = "") -> list[ProcessStep]: ...
    # access decisions at the data boundary (A8, A26, A28, A30)

class AccessService:
    """The data boundary (platform.access): decisions, delivery, masking rules and the usage log.

    A facade of the Platform handle: it shares the handle's state; like the
    handle, it may be used from any number of threads at once.
    """

    def decide(self, request: AccessRequest) -> AccessDecision: ...
    def filter(self, decision: AccessDecision, records_json: Union[str, bytes]) -> str: ...
    # Added by govshare/__init__.py: filter() through json.dumps / json.loads.
    def filter_records(
        self, decision: AccessDecision, records: list[dict[str, Any]]
    ) -> list[dict[str, Any]]: ...
    def compare(
        self,
        request: AccessRequest,
        submitted: Mapping[str, str],
        provider_record_json: Union[str, bytes],
    ) -> ComparisonResult: ...
    def set_masking_rules(
        self, actor: str, entry_id: int, rules: Sequence[MaskingRule]
    ) -> None: ...
    def masking_rules(self, actor: str, entry_id: int) -> list[MaskingRule]: ...
    def flush_usage_log(self) -> None: ...
    def usage_log(self, actor: str, query: UsageQuery = ...) -> list[UsageRecord]: ...
    # catalog search (A20)

class SupervisionService:
    """Supervision (platform.supervision): refresh reports, projects, inspections and rectification.

    A facade of the Platform handle: it shares the handle's state; like the
    handle, it may be used from any number of threads at once.
    """

    def report_refresh(self, actor: str, entry_id: int) -> None: ...
    def save_project(self, actor: str, project: Project) -> Project: ...
    def projects(self, actor: str, department_code: str = "") -> list[Project]: ...
    def inspect(
        self,
        actor: str,
        from_: _DateLike,
        to: _DateLike,
        weights: Optional[SupervisionWeights] = None,
    ) -> InspectionReport: ...
    def issue_rectification(self, actor: str, notice: RectificationInput) -> Rectification: ...
    def escalate_rectifications(self, actor: str) -> list[Rectification]: ...
    def resolve_rectification(
        self, actor: str, rectification_id: int, row_version: int, resolution: str
    ) -> Rectification: ...
    def rectifications(self, actor: str, department_code: str = "") -> list[Rectification]: ...

# ---- masking.h ---------------------------------------------------------------------

class Platform:
    """The platform store (a handle; create it with Platform.open()).

    A context manager: ``with Platform.open(...) as p`` closes it at the end.
    Database methods release the GIL; calls on one handle run one at a time.
    After close(), they raise StorageError.
    """
    # The domains (docs/architecture.md).
    @property
    def catalog(self) -> CatalogService: ...
    @property
    def sharing(self) -> SharingService: ...
    @property
    def access(self) -> AccessService: ...
    @property
    def supervision(self) -> SupervisionService: ...
    # Deprecated since 0.2 (each warns and forwards to its facade): the flat
    # names below that belong to a domain, e.g. apply -> platform.sharing.apply.


    @overload
    @staticmethod
    def open(options: PlatformOptions) -> Platform: ...
    @overload
    @staticmethod
    def open(
        path: _Path,
        *,
        create_if_missing: bool = True,
        busy_timeout_ms: int = 5000,
        durability: Durability = ...,
        audit_hash: HashAlgorithm = ...,
        simulated_time: Optional[_DateTimeLike] = None,
        usage_log: bool = True,
        usage_log_batch: int = 1000,
        usage_log_flush_ms: int = 200,
        read_connections: int = 4,
        decision_refresh_ms: int = 1000,
        comparisons_per_minute: int = 60,
        decision_valid_seconds: int = 60,
        signing_key_file: Optional[_Path] = None,
        signing_key_env: str = "",
        checkpoint_every_records: int = 1000,
        checkpoint_every_minutes: int = 10,
        checkpoint_file: Optional[_Path] = None,
        pseudonym_key_file: Optional[_Path] = None,
        pseudonym_key_env: str = "",
    ) -> Platform: ...
    def close(self) -> None: ...
    def is_open(self) -> bool: ...
    def __enter__(self) -> Platform: ...
    def __exit__(self, exc_type: object, exc_value: object, traceback: object) -> None: ...
    def schema_version(self) -> int: ...
    @staticmethod
    def current_schema_version() -> int: ...
    # clock
    def now(self) -> LocalDateTime: ...
    @property
    def simulated_clock(self) -> bool: ...
    def set_time(self, time: _DateTimeLike) -> None: ...
    def advance_time(self, seconds: int) -> None: ...
    def calendar(self) -> WorkdayCalendar: ...
    def set_calendar(self, calendar: WorkdayCalendar) -> None: ...
    # the calendar across the year boundary (docs/calendar.md)
    def load_calendar_year(
        self, actor: str, text: Union[str, bytes], reason: str = ""
    ) -> CalendarLoadReport: ...
    def calendar_status(self, actor: str) -> CalendarState: ...
    # housekeeping (docs/housekeeping.md)
    def run_housekeeping(self, actor: str, now: _DateTimeLike) -> HousekeepingReport: ...
    # setup, departments, users
    def initialize(self, bureau: Department, administrator: User) -> None: ...
    def initialized(self) -> bool: ...
    def add_department(self, actor: str, department: Department) -> None: ...
    def set_audit_body(self, actor: str, department_code: str, audit_body: bool) -> None: ...
    def rulebook(self) -> Rulebook: ...
    def set_local_rules(self, actor: str, local_rules: RuleSet) -> None: ...
    def find_department(self, code: str) -> Optional[Department]: ...
    def departments(self) -> list[Department]: ...
    def add_user(self, actor: str, user: User) -> None: ...
    def find_user(self, id: str) -> Optional[User]: ...
    def users(self, department_code: str = "") -> list[User]: ...
    def may_do(self, actor: str, action: Action, department_code: str = "") -> bool: ...
    # catalog lifecycle
    def create_draft(self, actor: str, entry: CatalogEntry) -> EntryRecord: ...
    def edit_draft(
        self, actor: str, entry_id: int, row_version: int, entry: CatalogEntry
    ) -> EntryRecord: ...
    def submit(self, actor: str, entry_id: int, row_version: int) -> EntryRecord: ...
    def approve(self, actor: str, entry_id: int, row_version: int) -> EntryRecord: ...
    def reject(
        self, actor: str, entry_id: int, row_version: int, reasons: Sequence[ReviewFinding]
    ) -> EntryRecord: ...
    def publish(self, actor: str, entry_id: int, row_version: int) -> EntryRecord: ...
    def request_withdrawal(
        self, actor: str, entry_id: int, row_version: int, reason: str
    ) -> EntryRecord: ...
    def decide_withdrawal(
        self, actor: str, entry_id: int, row_version: int, approve: bool, reason: str
    ) -> EntryRecord: ...
    def subscribe(self, actor: str, entry_id: int) -> None: ...
    def get_entry(self, actor: str, entry_id: int) -> EntryRecord: ...
    def entries(self, actor: str, provider_code: str = "") -> list[EntryRecord]: ...
    def history(self, actor: str, entry_id: int) -> list[EntryVersion]: ...
    # obligations
    def record_legal_change(
        self,
        actor: str,
        department_code: str,
        kind: ObligationKind,
        description: str,
        announced_on: _DateLike,
    ) -> Obligation: ...
    def schedule_census(self, actor: str, year: int) -> list[Obligation]: ...
    def obligations(
        self, actor: str, department_code: str = "", unfulfilled_only: bool = False
    ) -> list[Obligation]: ...
    # notices
    def notices(self, actor: str, unacknowledged_only: bool = False) -> list[Notice]: ...
    def acknowledge_notice(self, actor: str, notice_id: int) -> None: ...
    # audit
    def copy_to(self, actor: str, target: PlatformOptions) -> CopyReport: ...
    def verify_audit(
        self, actor: str, *, trusted_public_keys: list[str] = [], checkpoint_file: Optional[_Path] = None
    ) -> AuditVerification: ...
    def audit_checkpoints(self, actor: str) -> list[AuditCheckpoint]: ...
    def sign_audit_checkpoint(self, actor: str) -> AuditCheckpoint: ...
    def rotate_signing_key(self, actor: str, new_key: SigningKey) -> AuditCheckpoint: ...
    def register_county_key(self, actor: str, county_code: str, public_key_pem: str) -> CountyKey: ...
    def remove_county_key(self, actor: str, county_code: str, key_id: str, reason: str) -> None: ...
    def county_keys(self, actor: str) -> list[CountyKey]: ...
    def move_pseudonym_key(self, actor: str, path: _Path) -> str: ...
    def rotate_pseudonym_key(self, actor: str, reason: str) -> str: ...
    def export_audit(self, actor: str) -> str: ...
    def audit_trail(
        self, actor: str, from_position: int = 0, limit: int = -1
    ) -> list[AuditRecord]: ...
    def security_events(self, actor: str) -> list[SecurityEvent]: ...
    # federation
    def export_federation_bundle(self, actor: str) -> str: ...
    def import_federation_bundle(
        self, actor: str, bundle: Union[str, bytes]
    ) -> FederationReport: ...
    # policy
    def policy(self) -> SharingPolicy: ...
    def set_policy(self, actor: str, policy: SharingPolicy) -> None: ...
    # applications (A18-A23)
    def apply(self, actor: str, request: ApplicationRequest) -> Application: ...
    def accept_application(
        self, actor: str, application_id: int, row_version: int
    ) -> Application: ...
    def decline_application(
        self, actor: str, application_id: int, row_version: int, reason: str
    ) -> Application: ...
    def grant_application(
        self, actor: str, application_id: int, row_version: int, terms: GrantTerms = ...
    ) -> Application: ...
    def refuse_application(
        self, actor: str, application_id: int, row_version: int, reason: str
    ) -> Application: ...
    def get_application(self, actor: str, application_id: int) -> Application: ...
    def applications(self, actor: str, department_code: str = "") -> list[Application]: ...
    # authorizations (A18, A26, A28, A30)
    def grant_platform(
        self, actor: str, entry_id: int, terms: GrantTerms = ...
    ) -> Authorization: ...
    def get_authorization(self, actor: str, authorization_id: int) -> Authorization: ...
    def authorizations(self, actor: str, department_code: str = "") -> list[Authorization]: ...
    def record_use(self, actor: str, authorization_id: int) -> Authorization: ...
    def revocable_for_non_use(self, actor: str, provider_code: str) -> list[Authorization]: ...
    def revoke(
        self,
        actor: str,
        authorization_id: int,
        row_version: int,
        ground: RevocationGround,
        reason: str,
    ) -> Authorization: ...
    def suspend(
        self, actor: str, authorization_id: int, row_version: int, reason: str
    ) -> Authorization: ...
    def reinstate(
        self, actor: str, authorization_id: int, row_version: int, reason: str
    ) -> Authorization: ...
    def expire_authorizations(self, actor: str) -> list[Authorization]: ...
    # demand requests (A24-A25)
    def submit_demand(self, actor: str, request: DemandRequestInput) -> DemandRequest: ...
    def answer_demand(
        self, actor: str, demand_id: int, row_version: int, answer: DemandAnswer
    ) -> DemandRequest: ...
    def fulfil_demand(
        self, actor: str, demand_id: int, row_version: int, entry_id: int
    ) -> DemandRequest: ...
    def get_demand(self, actor: str, demand_id: int) -> DemandRequest: ...
    def demands(self, actor: str, department_code: str = "") -> list[DemandRequest]: ...
    # objections and corrections (A29)
    def raise_objection(self, actor: str, objection: ObjectionInput) -> Objection: ...
    def resolve_objection(
        self, actor: str, objection_id: int, row_version: int, confirmed: bool, response: str
    ) -> Objection: ...
    def get_objection(self, actor: str, objection_id: int) -> Objection: ...
    def objections(self, actor: str, department_code: str = "") -> list[Objection]: ...
    # disputes (A27)
    def open_dispute(self, actor: str, dispute: DisputeInput) -> Dispute: ...
    def resolve_dispute(
        self, actor: str, dispute_id: int, row_version: int, outcome: str
    ) -> Dispute: ...
    def disputes(self, actor: str, department_code: str = "") -> list[Dispute]: ...
    # steps and deadlines
    def steps(
        self, actor: str, department_code: str = "", pending_only: bool = False
    ) -> list[ProcessStep]: ...
    def overdue_steps(self, actor: str, department_code: str = "") -> list[ProcessStep]: ...
    # access decisions at the data boundary (A8, A26, A28, A30)
    def decide(self, request: AccessRequest) -> AccessDecision: ...
    def filter(self, decision: AccessDecision, records_json: Union[str, bytes]) -> str: ...
    # Added by govshare/__init__.py: filter() through json.dumps / json.loads.
    def filter_records(
        self, decision: AccessDecision, records: list[dict[str, Any]]
    ) -> list[dict[str, Any]]: ...
    def compare(
        self,
        request: AccessRequest,
        submitted: Mapping[str, str],
        provider_record_json: Union[str, bytes],
    ) -> ComparisonResult: ...
    def set_masking_rules(
        self, actor: str, entry_id: int, rules: Sequence[MaskingRule]
    ) -> None: ...
    def masking_rules(self, actor: str, entry_id: int) -> list[MaskingRule]: ...
    def flush_usage_log(self) -> None: ...
    def usage_log(self, actor: str, query: UsageQuery = ...) -> list[UsageRecord]: ...
    # catalog search (A20)
    @overload
    def search(self, actor: str, query: SearchQuery) -> SearchResult: ...
    @overload
    def search(
        self,
        actor: str,
        text: str = "",
        *,
        department: str = "",
        topic: str = "",
        industry: str = "",
        share_class: Optional[ShareClass] = None,
        format: Optional[FormatClass] = None,
        update_cycle: Optional[UpdateCycle] = None,
        method: Optional[ShareMethod] = None,
        offset: int = 0,
        limit: int = 20,
        facets: bool = True,
    ) -> SearchResult: ...
    # supervision (A31-A33)
    def report_refresh(self, actor: str, entry_id: int) -> None: ...
    def save_project(self, actor: str, project: Project) -> Project: ...
    def projects(self, actor: str, department_code: str = "") -> list[Project]: ...
    def inspect(
        self,
        actor: str,
        from_: _DateLike,
        to: _DateLike,
        weights: Optional[SupervisionWeights] = None,
    ) -> InspectionReport: ...
    def issue_rectification(self, actor: str, notice: RectificationInput) -> Rectification: ...
    def escalate_rectifications(self, actor: str) -> list[Rectification]: ...
    def resolve_rectification(
        self, actor: str, rectification_id: int, row_version: int, resolution: str
    ) -> Rectification: ...
    def rectifications(self, actor: str, department_code: str = "") -> list[Rectification]: ...

# ---- masking.h ---------------------------------------------------------------------

class IdentifierKind(_Enum):
    ID_CARD: ClassVar[IdentifierKind]
    CREDIT_CODE: ClassVar[IdentifierKind]
    ORG_CODE: ClassVar[IdentifierKind]
    BANK_CARD: ClassVar[IdentifierKind]
    MOBILE: ClassVar[IdentifierKind]

class IdentifierCheck:
    valid: bool
    reason: str
    reason_zh: str
    normalized: str
    def __init__(
        self, *, valid: bool = False, reason: str = "", reason_zh: str = "", normalized: str = ""
    ) -> None: ...
    def __copy__(self) -> IdentifierCheck: ...
    def __deepcopy__(self, memo: dict) -> IdentifierCheck: ...

def check_identifier(kind: IdentifierKind, value: str) -> IdentifierCheck: ...
def id_card_check_char(body17: str) -> str: ...
def upgrade_id_card_15(id15: str) -> str: ...
def mask(kind: PersonalInfoKind, value: Union[str, bytes]) -> str: ...
def mask_keep(
    value: Union[str, bytes], keep_head: int, keep_tail: int, mask_char: str = "*"
) -> str: ...
def pseudonym(
    key: Union[str, bytes], value: Union[str, bytes], algorithm: HashAlgorithm = ...
) -> str: ...
def parse_identifier_kind(name: str) -> IdentifierKind: ...

# ---- testing aid -----------------------------------------------------------------

def _throw_error(code: ErrorCode, message: str, path: str = "") -> None: ...
