"""The catalog through the Python binding: entries built in Python, JSON in and
out, Date and datetime.date, optionals and lists, UTF-8 text, every C++ error
as its Python class with its message and path, enums, the shared fixtures
(tests/data). Each validation rule, JSON path and code or identifier rule is
the C++ suite's (tests/cpp/validation_test.cpp, json_test.cpp,
catalog_code_test.cpp, identifiers_test.cpp, date_test.cpp)."""

from __future__ import annotations

import copy
import datetime
import pathlib

import pytest

import govshare as gs
from conftest import (
    impossible_date,
    shared_fixture,
    in_catalog,
    minimal_entry_json,
    valid_conditional_entry,
    valid_unconditional_entry,
)


def rule_ids(findings: list[gs.Finding]) -> list[str]:
    return [f.rule_id for f in findings]


def parse_error_path(fn, *args) -> str:
    with pytest.raises(gs.ParseError) as info:
        fn(*args)
    assert info.value.code == gs.ErrorCode.PARSE
    return info.value.path


# ---- the sample catalog ----------------------------------------------------------


def test_sample_catalog_validates_without_findings(sample_catalog_path: pathlib.Path) -> None:
    catalog = gs.load_catalog_file(sample_catalog_path)
    assert len(catalog.entries) >= 15
    findings = gs.validate_catalog(catalog)
    assert not gs.has_errors(findings), gs.findings_to_json(findings)
    # Only N14's warnings: two not-shared entries rest on a departmental rule and on a
    # policy document — enough under A8, below what N14 requires (the bureau reviews them).
    assert [(f.rule_id, f.article, f.severity) for f in findings] == [
        ("share.legal_basis_national", "N14", gs.Severity.WARNING)] * 2, gs.findings_to_json(findings)
    # The sample's variety (providers, share classes) is ValidationTest.SampleCatalogIsValid's.


# ---- entries built in Python -------------------------------------------------------


def test_base_entries_are_clean() -> None:
    for entry in (valid_unconditional_entry(), valid_conditional_entry()):
        assert gs.validate(entry) == []
        assert gs.validate_catalog(gs.Catalog(entries=[entry])) == []


def test_catalog_round_trip_is_stable(unconditional, conditional) -> None:
    catalog = gs.Catalog(entries=[unconditional, conditional])
    text = gs.catalog_to_json(catalog)
    assert text.endswith("\n") and text.startswith('{\n  "entries": [')
    back = gs.catalog_from_json(text)
    assert back == catalog
    assert gs.catalog_to_json(back) == text
    assert gs.catalog_from_json(gs.catalog_to_json(catalog, indent=-1)) == catalog


def test_optionals_round_trip_and_none_means_absent(conditional) -> None:
    items = conditional.items
    items[0].share_class = gs.ShareClass.NOT_SHARED
    items[1].open_class = gs.OpenClass.NOT_OPEN
    conditional.items = items
    conditional.share.legal_basis = gs.LegalBasis(
        kind=gs.LegalBasisKind.RULE, title="《南通市政务数据管理办法》", article="第十条"
    )
    conditional.publish_date = None
    conditional.share.authorization_mode = None
    back = gs.entry_from_json(gs.entry_to_json(conditional))
    assert back == conditional
    assert back.publish_date is None
    assert back.items[0].share_class == gs.ShareClass.NOT_SHARED
    assert back.items[2].share_class is None
    assert "publish_date" not in gs.entry_to_json(conditional)


def test_save_and_load_file(tmp_path: pathlib.Path, unconditional, conditional) -> None:
    catalog = gs.Catalog(entries=[unconditional, conditional])
    path = tmp_path / "catalog.json"
    gs.save_catalog_file(catalog, path)  # os.PathLike accepted
    assert gs.load_catalog_file(str(path)) == catalog
    assert path.read_text(encoding="utf-8") == gs.catalog_to_json(catalog)


def test_equality_compares_every_element(conditional) -> None:
    other = copy.deepcopy(conditional)
    assert other == conditional and other is not conditional
    items = other.items
    items[2].share_class = gs.ShareClass.CONDITIONAL
    other.items = items
    assert other != conditional
    other = copy.copy(conditional)
    other.share.scope.comparison_only = True  # nested struct: a live reference
    assert other != conditional
    other = copy.copy(conditional)
    other.publish_date = None
    assert other != conditional
    assert conditional != "not an entry"


def test_list_fields_are_copies_assign_a_new_list(conditional) -> None:
    # Documented pybind11 behaviour: a std::vector field reads as a new list.
    conditional.items.append(gs.DataItem(name="民族", length=2))
    conditional.topics.append("社会保障")
    assert len(conditional.items) == 4
    assert conditional.topics == ["人口"]
    conditional.items = [*conditional.items, gs.DataItem(name="民族", length=2)]
    conditional.topics = conditional.topics + ["社会保障"]
    assert [i.name for i in conditional.items][-1] == "民族"
    assert conditional.topics == ["人口", "社会保障"]
    # Elements are copies too (not references into the C++ vector, which a
    # later assignment could free under them).
    conditional.items[0].length = 99
    assert conditional.items[0].length == 18
    first = conditional.items[0]
    conditional.items = []
    assert first.name == "公民身份号码" and first.length == 18
    # Nested structs are references: changing them in place sticks.
    conditional.provider.name = "南通市公安局（测试）"
    assert conditional.provider.name == "南通市公安局（测试）"


def test_constructor_is_keyword_only_with_the_cpp_defaults() -> None:
    item = gs.DataItem()
    assert (item.type, item.length, item.nullable, item.personal_info) == (
        gs.DataType.CHARACTER,
        0,
        True,
        gs.PersonalInfoKind.NONE,
    )
    assert item.share_class is None and item.open_class is None
    entry = gs.CatalogEntry()
    assert entry.update_cycle == gs.UpdateCycle.DAILY
    assert entry.share.share_class == gs.ShareClass.UNCONDITIONAL
    assert entry.open.open_class == gs.OpenClass.NOT_OPEN
    assert entry.format.format_class == gs.FormatClass.DATABASE
    assert entry.publish_date is None
    options = gs.ValidationOptions()
    assert (options.min_name_chars, options.max_name_chars, options.min_summary_chars) == (4, 100, 15)
    assert options.code_scheme.sequence_width == 6
    with pytest.raises(TypeError):
        gs.Provider("code", "name")  # type: ignore[call-arg]  # keyword-only
    with pytest.raises(TypeError):
        gs.Provider(colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        gs.DataItem(length="18")  # type: ignore[arg-type]


def test_reprs_are_readable(conditional) -> None:
    assert repr(gs.Provider(code="c", name="南通市公安局")) == "Provider(code='c', name='南通市公安局')"
    assert repr(gs.Date(2021, 3, 15)) == "Date(2021, 3, 15)"
    assert repr(conditional) == "CatalogEntry(" + gs.entry_to_json(conditional, indent=-1) + ")"
    assert repr(gs.Catalog(entries=[conditional])) == "<Catalog with 1 entries>"
    assert "rule_id='share.conditional_scope'" in repr(
        gs.Finding(rule_id="share.conditional_scope")
    )


# ---- validation findings (rule_id / article / path) ---------------------------------


def test_a7_publish_date_when_publishing(unconditional) -> None:
    unconditional.publish_date = None
    assert gs.validate(unconditional) == []
    findings = gs.validate(unconditional, options=gs.ValidationOptions(require_publish_date=True))
    assert rule_ids(findings) == ["publish_date.required"]
    assert gs.validate_catalog(gs.Catalog(entries=[unconditional])) == []


def test_a10_invalid_utf8_is_reported_not_raised(unconditional) -> None:
    # bytes pass through to std::string unchanged: the only way to get
    # non-UTF-8 text into the C++ struct from Python.
    unconditional.industry = b"\xff\xfe"
    findings = gs.validate(unconditional)
    assert [(f.rule_id, f.path) for f in findings] == [("text.utf8", "industry")]
    with pytest.raises(UnicodeDecodeError):
        unconditional.industry  # noqa: B018 - reading it back cannot give a str


def test_rule_table_is_complete_and_unique(unconditional) -> None:
    # Uniqueness and completeness are ValidationTest.RuleTableIsCompleteAndUnique;
    # here the table arrives as ValidationRule values with their enums.
    rules = gs.validation_rules()
    by_id = {r.rule_id: r for r in rules}
    assert by_id["share.conditional_scope"].article == "A8"
    assert by_id["share.legal_basis_unexpected"].severity == gs.Severity.WARNING
    unconditional.secret = True
    unconditional.summary = ""
    for f in gs.validate(unconditional):
        assert f.rule_id in by_id and f.article == by_id[f.rule_id].article


def test_value_types_compare_by_value() -> None:
    assert gs.Finding(rule_id="x", path="name") == gs.Finding(rule_id="x", path="name")
    assert gs.Finding(rule_id="x") != gs.Finding(rule_id="y")
    assert gs.validation_rules() == gs.validation_rules()
    assert gs.ValidationOptions() == gs.ValidationOptions()
    assert gs.ValidationOptions(code_scheme=gs.CatalogCodeScheme(detail_width=2)) != gs.ValidationOptions()
    assert gs.CatalogCodeScheme() == gs.CatalogCodeScheme(sequence_width=6)
    with pytest.raises(TypeError):
        hash(gs.Finding())  # mutable values are not hashable


# ---- errors: each kind, with its path ------------------------------------------------


def test_bad_enumeration_name_is_a_parse_error_with_its_path() -> None:
    text = in_catalog(minimal_entry_json(', "items": [{"name": "姓名", "type": "string"}]'))
    assert parse_error_path(gs.catalog_from_json, text) == "entries[0].items[0].type"
    bad_method = (
        '{"name": "户籍人口基本信息", "provider": {"code": "11320600MB1A2B3CXJ", "name": "南通市公安局"}, '
        '"share": {"class": "conditional", "methods": ["api", "ftp"]}, "update_cycle": "daily"}'
    )
    with pytest.raises(gs.ParseError) as info:
        gs.entry_from_json(bad_method)
    assert info.value.path == "share.methods[1]"
    assert str(info.value).startswith("share.methods[1]: ")
    assert "table, api, file" in str(info.value)


def test_unknown_key_is_a_parse_error_with_its_path() -> None:
    # Every path is JsonTest.UnknownKeyIsRefusedWithItsPath's.
    typo = in_catalog(
        minimal_entry_json(', "items": [{"name": "姓名", "type": "C", "lenght": 50}]')
    )
    assert parse_error_path(gs.catalog_from_json, typo) == "entries[0].items[0].lenght"


def test_wrong_type_is_a_parse_error_with_its_path() -> None:
    # Every path is JsonTest.WrongTypeIsRefusedWithItsPath's and
    # MissingRequiredKeyIsRefusedWithItsPath's.
    topics = minimal_entry_json(', "topics": ["人口", 3]')
    assert parse_error_path(gs.entry_from_json, topics) == "topics[1]"
    assert parse_error_path(gs.catalog_from_json, "[]") == ""  # the root


def test_impossible_date_is_a_parse_error_with_its_path() -> None:
    text = in_catalog(minimal_entry_json(', "publish_date": "2023-02-30"'))
    assert parse_error_path(gs.catalog_from_json, text) == "entries[0].publish_date"
    assert gs.entry_from_json(minimal_entry_json(', "publish_date": null')).publish_date is None


def test_invalid_utf8_is_a_parse_error_with_its_path(tmp_path: pathlib.Path) -> None:
    # A str is always valid UTF-8 by the time it reaches C++; bytes and files
    # are how invalid input arrives.
    raw = b'{"entries": [{"name": "ok", "summary": "bad \xff\xfe"}]}'
    path = tmp_path / "bad-utf8.json"
    path.write_bytes(raw)
    with pytest.raises(gs.ParseError) as info:
        gs.load_catalog_file(path)
    assert info.value.path == "entries[0].summary"
    assert "UTF-8" in str(info.value)
    assert parse_error_path(gs.catalog_from_json, raw) == "entries[0].summary"  # bytes too
    # Overlong forms and lone surrogates are JsonTest.InvalidUtf8IsRefusedWithItsPath's.


def test_syntax_error_names_where_it_happened() -> None:
    assert parse_error_path(gs.catalog_from_json, '{"entries": [{"name": "x",}]}') == "entries[0]"
    assert parse_error_path(gs.catalog_from_json, "") == ""


def test_missing_file_is_an_io_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(gs.IoError) as info:
        gs.load_catalog_file(tmp_path / "does-not-exist.json")
    assert info.value.code == gs.ErrorCode.IO
    assert "does-not-exist.json" in str(info.value)
    assert isinstance(info.value, OSError) and isinstance(info.value, gs.GovShareError)
    with pytest.raises(gs.IoError):
        gs.save_catalog_file(gs.Catalog(), tmp_path / "no-such-dir" / "x.json")


def test_bad_catalog_code_is_an_invalid_argument_error() -> None:
    with pytest.raises(gs.InvalidArgumentError) as info:
        gs.parse_catalog_code("401001/000001")
    assert "类" in str(info.value)
    assert info.value.code == gs.ErrorCode.INVALID_ARGUMENT
    assert not isinstance(info.value, gs.ParseError)
    with pytest.raises(ValueError):  # also a builtin ValueError
        gs.parse_catalog_code("101001000001")


def test_export_refuses_invalid_utf8_naming_the_field(conditional) -> None:
    items = conditional.items
    items[1].name = b"\xff"
    conditional.items = items
    with pytest.raises(gs.InvalidArgumentError) as info:
        gs.catalog_to_json(gs.Catalog(entries=[conditional]))
    assert "entries[0].items[1].name" in str(info.value)
    assert repr(conditional).startswith("<CatalogEntry, not representable: ")


@pytest.mark.parametrize(
    ("code", "cls", "bases"),
    [
        (gs.ErrorCode.INVALID_ARGUMENT, gs.InvalidArgumentError, (ValueError,)),
        (gs.ErrorCode.PARSE, gs.ParseError, (gs.InvalidArgumentError, ValueError)),
        (gs.ErrorCode.NOT_FOUND, gs.NotFoundError, ()),
        (gs.ErrorCode.PERMISSION_DENIED, gs.PermissionDeniedError, ()),
        (gs.ErrorCode.INVALID_TRANSITION, gs.InvalidTransitionError, ()),
        (gs.ErrorCode.CONFLICT, gs.ConflictError, ()),
        (gs.ErrorCode.STORAGE, gs.StorageError, ()),
        (gs.ErrorCode.IO, gs.IoError, (OSError,)),
    ],
)
def test_every_cpp_error_maps_to_its_python_class(code, cls, bases) -> None:
    with pytest.raises(cls) as info:
        gs._govshare._throw_error(code, "失败了", "entries[0].name")
    error = info.value
    assert type(error) is cls
    assert isinstance(error, gs.GovShareError)
    for base in bases:
        assert isinstance(error, base)
    assert error.code == code
    assert type(error).__module__ == "govshare"
    if cls is gs.ParseError:
        assert error.path == "entries[0].name"
        assert str(error) == "entries[0].name: 失败了"
    else:
        assert str(error) == "失败了"


def test_error_text_that_is_not_utf8_is_replaced_not_lost() -> None:
    # C++ messages may quote input bytes verbatim; raising must still work.
    with pytest.raises(gs.ParseError) as info:
        gs._govshare._throw_error(gs.ErrorCode.PARSE, b"bad \xff byte", b"name\xfe")  # type: ignore[arg-type]
    assert str(info.value) == "name\ufffd: bad \ufffd byte"
    assert info.value.path == "name\ufffd"


# ---- shared fixtures (tests/data/README.md; also read by C++, CLI and Java) ----------

# file, ParseError.path, a stable fragment of the message after "<path>: ".
IMPORT_ERROR_FIXTURES = [
    ("invalid-unknown-key.json", "entries[0].remarks", "unknown key"),
    ("invalid-wrong-type.json", "entries[0].items[0].length", "must be an integer"),
    ("invalid-enum.json", "entries[0].items[0].type", "is not one of"),
    ("invalid-date.json", "entries[0].publish_date", "does not exist in the calendar"),
    ("invalid-utf8.json", "entries[0].name", "invalid UTF-8"),
    ("invalid-syntax.json", "entries[0]", "parse error"),
]


@pytest.mark.parametrize(("name", "path", "fragment"), IMPORT_ERROR_FIXTURES)
def test_shared_import_error_fixtures(name: str, path: str, fragment: str) -> None:
    with pytest.raises(gs.ParseError) as info:
        gs.load_catalog_file(shared_fixture(name))
    assert info.value.path == path
    assert str(info.value).startswith(path + ": ")
    assert fragment in str(info.value)


def test_shared_catalog_with_errors_gives_one_error_per_entry() -> None:
    path = shared_fixture("catalog-with-errors.json")
    text = path.read_text(encoding="utf-8")
    catalog = gs.catalog_from_json(text)
    assert gs.catalog_to_json(catalog) == text  # export form: byte for byte
    findings = gs.validate_catalog(catalog)
    assert [(f.severity, f.article, f.rule_id, f.path) for f in findings] == [
        (gs.Severity.ERROR, "A8", "share.conditional_scope", "entries[0].share.scope"),
        (gs.Severity.ERROR, "A8", "share.legal_basis", "entries[1].share.legal_basis"),
        (gs.Severity.ERROR, "A13", "method.api_required", "entries[2].share.methods"),
        (gs.Severity.ERROR, "A13", "method.front_database", "entries[3].share.front_database"),
        (gs.Severity.ERROR, "A18", "auth.platform_direct", "entries[4].share.authorization_mode"),
        (gs.Severity.ERROR, "A10", "item.name_unique", "entries[5].items[2].name"),
        (gs.Severity.ERROR, "A9", "item.type_length", "entries[6].items[0].length"),
        (gs.Severity.ERROR, "A10", "name.placeholder", "entries[7].name"),
        (gs.Severity.ERROR, "A7", "catalog.duplicate_code", "entries[8].code"),
    ]
    assert gs.has_errors(findings)
    assert "已用于 entries[0]" in findings[8].message_zh
    assert "is also used by entries[0]" in findings[8].message_en


# ---- Chinese text -------------------------------------------------------------------


def test_chinese_text_round_trips_exactly(conditional) -> None:
    assert conditional.name == "户籍人口基本信息"
    text = gs.entry_to_json(conditional, indent=-1)
    assert "户籍人口基本信息" in text and "\\u" not in text and "\n" not in text
    back = gs.entry_from_json(text)
    assert back.name == "户籍人口基本信息"
    assert back.provider.name == "南通市公安局"
    assert back.share.scope.masked_items == ["公民身份号码", "户籍地址"]
    assert gs.entry_from_json(minimal_entry_json(r', "summary": "\u6237\u7c4d"')).summary == "户籍"


# ---- catalog codes ----------------------------------------------------------------


def test_catalog_code_parse_and_format() -> None:
    code = gs.parse_catalog_code("101001/000123")
    assert code.classification == gs.Classification(
        category=gs.ResourceCategory.BASIC, domain="01", group="001", detail=""
    )
    assert code.sequence == 123
    assert gs.format_catalog_code(code) == "101001/000123"
    assert gs.classification_code(code.classification) == "101001"


def test_catalog_code_scheme_is_configurable() -> None:
    scheme = gs.CatalogCodeScheme(detail_width=3, sequence_width=4)
    code = gs.parse_catalog_code("307001A01/0042", scheme)
    assert code.classification.category == gs.ResourceCategory.DEPARTMENT
    assert code.classification.detail == "A01"
    assert code.sequence == 42
    assert gs.format_catalog_code(code, scheme=scheme) == "307001A01/0042"
    assert gs.is_valid_catalog_code("307001A01/0042", scheme=scheme)
    assert not gs.is_valid_catalog_code("307001A01/0042")  # default scheme: no 细目
    with pytest.raises(gs.InvalidArgumentError):
        gs.parse_catalog_code("101001/000001", gs.CatalogCodeScheme(sequence_width=0))


def test_next_code_is_one_past_the_highest_in_its_classification() -> None:
    # The numbering rule is CatalogCodeTest.NextCodeIsOnePastTheHighestInItsClassification
    # and NextCodeRefusesAnExhaustedClassification; here a tuple, keywords and the error.
    population = gs.Classification(category=gs.ResourceCategory.BASIC, domain="01", group="001")
    existing = ("101001/000001", "101001/000007")
    assert gs.next_catalog_code(existing, classification=population) == "101001/000008"
    one_digit = gs.CatalogCodeScheme(sequence_width=1)
    with pytest.raises(gs.InvalidArgumentError):
        gs.next_catalog_code(["101001/9"], population, scheme=one_digit)


# ---- identifiers ------------------------------------------------------------------


def test_credit_codes() -> None:
    # The GB 32100 cases are CreditCodeTest.*; here bool and char come back as Python values.
    assert gs.is_valid_credit_code("91320612MA1W2K3L4P") is True
    assert gs.is_valid_credit_code("91320612MA1W2K3L4Q") is False
    assert gs.credit_code_check_char("91320612MA1W2K3L4") == "P"
    with pytest.raises(gs.InvalidArgumentError):
        gs.credit_code_check_char("91320612MA1W2K3L")


# ---- enumerations -----------------------------------------------------------------

PARSERS = [
    (gs.ShareClass, gs.parse_share_class),
    (gs.ShareMethod, gs.parse_share_method),
    (gs.AuthorizationMode, gs.parse_authorization_mode),
    (gs.OpenClass, gs.parse_open_class),
    (gs.UpdateCycle, gs.parse_update_cycle),
    (gs.DataType, gs.parse_data_type),
    (gs.PersonalInfoKind, gs.parse_personal_info_kind),
    (gs.ResourceCategory, gs.parse_resource_category),
    (gs.FormatClass, gs.parse_format_class),
    (gs.LegalBasisKind, gs.parse_legal_basis_kind),
]


@pytest.mark.parametrize(("enum", "parse"), PARSERS, ids=lambda x: getattr(x, "__name__", ""))
def test_every_enum_name_round_trips(enum, parse) -> None:
    for member in enum.__members__.values():
        assert parse(gs.enum_name(member)) == member


def test_enum_names_and_labels() -> None:
    assert gs.enum_name(gs.ShareClass.NOT_SHARED) == "not_shared"
    assert gs.enum_name(gs.UpdateCycle.HALF_YEARLY) == "half_yearly"
    assert gs.enum_name(gs.AuthorizationMode.PROVIDER_TO_PLATFORM) == "provider_to_platform"
    assert gs.enum_name(gs.DataType.CURRENCY) == "Y"
    assert gs.enum_name(gs.OpenClass.NOT_OPEN) == "not_open"
    assert gs.enum_name(gs.PersonalInfoKind.ID_CARD) == "id_card"
    assert gs.enum_name(gs.Severity.WARNING) == "warning"
    assert gs.chinese_label(gs.ShareClass.CONDITIONAL) == "有条件共享"
    assert gs.chinese_label(gs.ShareMethod.TABLE) == "库表"
    assert gs.ShareClass.NOT_SHARED.name == "NOT_SHARED"
    assert int(gs.ShareClass.NOT_SHARED) == 3
    with pytest.raises(TypeError):
        gs.enum_name(3)  # type: ignore[arg-type]  # no implicit int -> enum


def test_parse_refuses_unknown_names_listing_the_allowed_ones() -> None:
    with pytest.raises(gs.InvalidArgumentError, match="unconditional, conditional, not_shared"):
        gs.parse_share_class("Conditional")
    with pytest.raises(gs.InvalidArgumentError):
        gs.parse_data_type("X")


def test_known_code_standards() -> None:
    standards = gs.known_code_standards()
    assert "GB/T 2261.1" in standards and "GB 32100" in standards


# ---- Date <-> datetime.date ------------------------------------------------------


def test_date_iso_and_validity() -> None:
    d = gs.Date.from_iso("2026-10-01")
    assert (d.year, d.month, d.day) == (2026, 10, 1)
    assert d.to_iso() == str(d) == "2026-10-01"
    # The refused forms are DateTest.RefusesImpossibleDays and RefusesMalformedText.
    with pytest.raises(gs.InvalidArgumentError):
        gs.Date.from_iso("2026-02-30")
    assert gs.Date.from_iso("2024-02-29").is_valid()
    assert not impossible_date(2023, 2, 30).is_valid()
    assert gs.days_in_month(2100, 2) == 28
    assert gs.Date.from_days_since_epoch(18262) == gs.Date(2020, 1, 1)  # DateTest.DaysSinceEpochRoundTrips


def test_date_order_and_equality() -> None:
    assert gs.Date(2025, 12, 31) < gs.Date(2026, 1, 1) <= gs.Date(2026, 1, 1)
    assert gs.Date(2026, 1, 1) > gs.Date(2025, 12, 31)
    assert gs.Date(2026, 1, 1) == gs.Date(2026, 1, 1)
    assert gs.Date(2026, 1, 1) != datetime.date(2026, 1, 1)  # no cross-type equality
    assert sorted([gs.Date(2026, 1, 2), gs.Date(2020, 5, 1)]) == [gs.Date(2020, 5, 1), gs.Date(2026, 1, 2)]


def test_date_converts_to_and_from_datetime_date(unconditional) -> None:
    d = gs.Date(2021, 3, 15)
    assert d.to_date() == datetime.date(2021, 3, 15)
    assert gs.Date.from_date(datetime.date(2020, 6, 1)) == gs.Date(2020, 6, 1)
    assert gs.Date(datetime.date(1999, 12, 31)) == gs.Date(1999, 12, 31)
    # A datetime.date is accepted wherever a Date is expected.
    unconditional.publish_date = datetime.date(2022, 7, 1)
    assert unconditional.publish_date == gs.Date(2022, 7, 1)
    assert "2022-07-01" in gs.entry_to_json(unconditional)
    entry = gs.CatalogEntry(publish_date=datetime.date(2020, 2, 29))
    assert entry.publish_date is not None
    assert entry.publish_date.to_date() == datetime.date(2020, 2, 29)
    with pytest.raises(TypeError):
        gs.Date(datetime.datetime(2021, 3, 15, 12, 0))  # the time would be lost
    with pytest.raises(TypeError):
        unconditional.publish_date = "2021-03-15"
    with pytest.raises(TypeError):
        unconditional.publish_date = 20210315
    with pytest.raises(ValueError):
        impossible_date(2023, 2, 30).to_date()


def test_optional_struct_fields_read_as_copies(unconditional) -> None:
    unconditional.publish_date.year = 1999  # changes a copy
    assert unconditional.publish_date == gs.Date(2021, 3, 15)
    unconditional.publish_date = gs.Date(1999, 3, 15)
    assert unconditional.publish_date.year == 1999
    share = unconditional.share  # a nested struct: a live reference
    share.legal_basis = gs.LegalBasis(title="《中华人民共和国统计法》")
    basis = share.legal_basis
    share.legal_basis = None  # must not leave `basis` pointing at freed memory
    assert basis.title == "《中华人民共和国统计法》"
    assert unconditional.share.legal_basis is None


def test_version() -> None:
    assert gs.__version__ == gs.version()
    assert gs.__version__.count(".") == 2
    root = pathlib.Path(__file__).resolve().parents[2]
    cmake = (root / "CMakeLists.txt").read_text(encoding="utf-8")
    assert f"project(libgovshare VERSION {gs.__version__}" in cmake


def test_all_names_exist() -> None:
    for name in gs.__all__:
        assert hasattr(gs, name), name


def test_the_regulations_catalog_elements_and_not_shared_basis() -> None:
    # N13: 数据分类分级 and the record of the assessments and the head's approval.
    entry = gs.CatalogEntry()
    assert gs.missing_national_elements(entry)[:2] == ["data_grade", "assessment.secrecy_risk"]
    entry.data_grade = gs.DataGrade.IMPORTANT
    entry.assessment = gs.CatalogAssessment(secrecy_risk=True, personal_information=True,
                                            approved_by="公安局分管负责人", approved_on=gs.Date(2026, 3, 2))
    assert gs.missing_national_elements(entry) == []
    assert gs.chinese_label(gs.DataGrade.IMPORTANT) == "重要数据"
    # N14: only a law, an administrative regulation or a State Council decision makes data not shared.
    assert [k for k in gs.LegalBasisKind.__members__.values() if gs.is_national_not_shared_basis(k)] == [
        gs.LegalBasisKind.LAW, gs.LegalBasisKind.ADMINISTRATIVE_REGULATION, gs.LegalBasisKind.STATE_COUNCIL_DECISION]


def test_the_bureau_designates_a_source_department() -> None:
    # N19 数源部门: designated by the bureau administrator; the details are the C++ suite's
    # (SupervisionTest.DataPublishedBySeveralDepartmentsWantsASourceDepartment).
    from conftest import seed_city, store
    with gs.Platform.open(store(), simulated_time=datetime.datetime(2026, 9, 1, 9, 0, tzinfo=gs.SHANGHAI)) as p:
        seed_city(p)
        codes = [d.code for d in p.departments() if d.level == gs.DepartmentLevel.MUNICIPAL]
        d = gs.SourceDesignation(subject="人口基础信息", source_code=codes[0], collecting_codes=codes[1:2],
                                 basis="市政府常务会议纪要〔2026〕5号")
        with pytest.raises(gs.InvalidArgumentError, match=r"collecting_codes\[0\].*N19"):
            p.catalog.designate_source("admin", gs.SourceDesignation(
                subject="人口基础信息", source_code=codes[0], collecting_codes=codes[:1], basis="纪要"))
        done = p.catalog.designate_source("admin", d)
        assert done.designated_by == "admin" and done.designated_at is not None
        assert [x.subject for x in p.catalog.source_designations("auditor")] == ["人口基础信息"]


# ---- input limits (docs/security.md#input-limits) -------------------------------------------


def test_input_past_a_limit_is_refused_naming_it() -> None:
    # Nesting, array lengths and sizes are checked while (or before) the JSON is read.
    with pytest.raises(gs.ParseError, match="kMaxJsonDepth"):
        gs.catalog_from_json('{"entries": ' + "[" * 65 + "]" * 65 + "}")
    with pytest.raises(gs.ParseError, match="kMaxItemsPerEntry"):
        gs.entry_from_json('{"items": [' + ",".join(["{}"] * 2001) + "]}")
    with pytest.raises(gs.InvalidArgumentError, match="kMaxCatalogBytes"):
        gs.catalog_from_json(" " * (64 * 1024 * 1024 + 1))
    # Found by the fuzzer: a number too large for a double is the parse error, not a foreign exception.
    with pytest.raises(gs.ParseError):
        gs.catalog_from_json('{"entries": [], "x": 1e99999}')
