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
# Every public name of the compiled module, as declared in _govshare.pyi (one
# list: tests/python/test_type_errors.py checks that the stub declares every
# public name and member of the module, and that this package exports them).
from ._govshare import *  # noqa: F401,F403
from ._govshare import (  # the names this file uses itself
    AccessDecision,
    AccessService,
    CatalogService,
    Date,
    ErrorCode,
    LocalDateTime,
    Platform,
    SharingService,
    SupervisionService,
    version,
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
        raise TypeError(f"LocalDateTime.from_datetime: expected an aware datetime.datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"LocalDateTime.from_datetime: a naive datetime.datetime ({value.isoformat()}) names no instant: "
            "add tzinfo=govshare.SHANGHAI"
        )
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
                         "request_update_extension", "decide_update_extension", "validate_draft"})

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
for _name in dir(_govshare):
    _value = getattr(_govshare, _name)
    if not _name.startswith("_") and isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value

__all__ = [
    "__version__",
    # errors
    "CalendarCoverageError",
    "ConflictError",
    "GovShareError",
    "InvalidArgumentError",
    "InvalidTransitionError",
    "IoError",
    "NotFoundError",
    "ParseError",
    "PermissionDeniedError",
    "StorageError",
    # calendar.h
    "SHANGHAI",
    # everything the compiled module declares public
    *sorted(n for n in dir(_govshare) if not n.startswith("_")),
]
