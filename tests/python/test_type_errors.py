"""Issue 19 (2): a wrong type names the place and the expected type in one short
line; dates are checked when constructed; a naive datetime gets the hint; the
stub declares every public name of the compiled module."""

from __future__ import annotations

import ast
import datetime
import pathlib

import pytest

import govshare as gs
from conftest import seed_city, store

AWARE = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=gs.SHANGHAI)
NAIVE = datetime.datetime(2026, 9, 1, 9, 0)


def short(e: pytest.ExceptionInfo[BaseException]) -> str:
    """The message, checked to be one short line."""
    message = str(e.value)
    assert "\n" not in message and len(message) < 160, message
    return message


# ---- value types: keyword constructors and attribute assignment ---------------------------


def test_the_issues_example_names_the_field_and_the_types() -> None:
    with pytest.raises(TypeError) as e:
        gs.ApplicationRequest(valid_from="2026-10-08")
    assert short(e) == "ApplicationRequest.valid_from: expected govshare.Date or datetime.date, got str"
    request = gs.ApplicationRequest()
    with pytest.raises(TypeError) as e:
        request.valid_from = "2026-10-08"
    assert short(e) == "ApplicationRequest.valid_from: expected govshare.Date or datetime.date, got str"
    # The right types still convert as before.
    request = gs.ApplicationRequest(valid_from=datetime.date(2026, 10, 8), items=["姓名"], entry_id=3)
    assert request.valid_from == gs.Date(2026, 10, 8) and request.items == ["姓名"]


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: gs.ApplicationRequest(items=["姓名", 1]), "ApplicationRequest.items[1]: expected str, got int"),
        (lambda: gs.ApplicationRequest(items="姓名"), "ApplicationRequest.items: expected list[str], got str"),
        (lambda: gs.ApplicationRequest(entry_id="7"), "ApplicationRequest.entry_id: expected int, got str"),
        (lambda: gs.DataItem(type="CHARACTER"), "DataItem.type: expected govshare.DataType, got str"),
        (lambda: gs.CatalogEntry(provider={"code": "x"}), "CatalogEntry.provider: expected govshare.Provider, got dict"),
        (lambda: gs.CatalogEntry(publish_date="2021-03-15"),
         "CatalogEntry.publish_date: expected govshare.Date or datetime.date or None, got str"),
        (lambda: gs.CatalogEntry(publish_date=datetime.datetime(2021, 3, 15)),
         "CatalogEntry.publish_date: expected govshare.Date or datetime.date or None, got datetime.datetime"),
        (lambda: gs.ShareAttribute(methods=[gs.ShareMethod.API, "table"]),
         "ShareAttribute.methods[1]: expected govshare.ShareMethod, got str"),
        (lambda: gs.AccessRequest(time=NAIVE),
         "AccessRequest.time: expected govshare.LocalDateTime or an aware datetime.datetime or None, "
         "got a naive datetime.datetime: add tzinfo=govshare.SHANGHAI"),
    ],
)
def test_each_kind_of_field_names_itself(make, message: str) -> None:
    with pytest.raises(TypeError) as e:
        make()
    assert short(e) == message


def test_an_unknown_keyword_or_a_positional_argument_is_one_line() -> None:
    with pytest.raises(TypeError) as e:
        gs.ApplicationRequest(valid_form=datetime.date(2026, 10, 8))
    assert short(e).startswith("ApplicationRequest() has no field 'valid_form' (entry_id, items, ")
    with pytest.raises(TypeError) as e:
        gs.Provider("11320600MB1A2B3CXJ", "南通市公安局")
    assert short(e) == "Provider() takes keyword arguments only (code, name)"
    with pytest.raises(TypeError) as e:
        gs.CatalogEntry(nmae="户籍人口基本信息")
    assert short(e).endswith(", …)")  # a long list of fields is cut


def test_a_number_out_of_range_says_so() -> None:
    with pytest.raises(TypeError) as e:
        gs.DataItem(length=2**40)
    assert short(e) == "DataItem.length: expected int, got 1099511627776 (out of range for int32)"


def _value_types() -> list[type]:
    """Every class of the module bound as a value type (def_value_type): it has a
    keyword constructor taking its fields, each a settable attribute."""
    out = []
    for name in dir(gs._govshare):
        cls = getattr(gs._govshare, name)
        if not isinstance(cls, type) or hasattr(cls, "__members__"):
            continue
        try:
            cls()
        except TypeError:
            continue  # a handle (Platform, WorkdayCalendar, ...)
        if any(isinstance(v, property) and v.fset for v in vars(cls).values()) and cls is not gs.Date:
            out.append(cls)
    return out


def test_every_value_type_field_gives_the_short_error() -> None:
    class Odd:
        pass

    types = _value_types()
    assert {gs.CatalogEntry, gs.ApplicationRequest, gs.AccessRequest, gs.PlatformOptions} <= set(types)
    checked = 0
    for cls in types:
        instance = cls()
        for name, attr in vars(cls).items():
            if not isinstance(attr, property) or attr.fset is None:
                continue
            expected_start = f"{cls.__name__}.{name}: expected "
            with pytest.raises(TypeError) as e:
                cls(**{name: Odd()})
            assert short(e).startswith(expected_start) and short(e).endswith("got test_type_errors.Odd"), str(e.value)
            with pytest.raises(TypeError) as e:
                setattr(instance, name, Odd())
            assert short(e).startswith(expected_start), str(e.value)
            checked += 1
    assert checked > 300


def test_the_constructor_signature_still_shows_the_types() -> None:
    doc = gs.ApplicationRequest.__init__.__doc__
    assert "valid_from: govshare.Date" in doc or "valid_from: govshare._govshare.Date" in doc, doc
    assert "object" not in doc.split("->")[0]


# ---- dates are checked when constructed ------------------------------------------------------


def test_a_day_that_does_not_exist_is_refused_at_construction() -> None:
    with pytest.raises(gs.InvalidArgumentError) as e:
        gs.Date(2026, 2, 30)
    assert short(e) == "date 2026-02-30 does not exist: February 2026 has 28 days"
    assert isinstance(e.value, ValueError) and e.value.code == gs.ErrorCode.INVALID_ARGUMENT
    with pytest.raises(gs.InvalidArgumentError, match="month 13"):
        gs.Date(2026, 13, 1)
    with pytest.raises(gs.InvalidArgumentError, match="year 0"):
        gs.Date(0, 1, 1)
    assert gs.Date(2024, 2, 29).to_iso() == "2024-02-29"  # a leap day exists
    assert gs.Date().to_iso() == "1970-01-01"
    with pytest.raises(TypeError) as e:
        gs.Date(2026, "2", 1)
    assert short(e) == "Date.month: expected int, got str"


# ---- naive datetimes -------------------------------------------------------------------------


def test_a_naive_datetime_gets_the_hint() -> None:
    with pytest.raises(ValueError, match=r"add tzinfo=govshare\.SHANGHAI"):
        gs.LocalDateTime.from_datetime(NAIVE)
    with pytest.raises(TypeError) as e:
        gs.Deadline(due=NAIVE)
    assert short(e).endswith("got a naive datetime.datetime: add tzinfo=govshare.SHANGHAI")
    with gs.Platform.open(store(), simulated_time=AWARE) as p:
        with pytest.raises(TypeError) as e:
            p.set_time(NAIVE)
        assert short(e) == ("Platform.set_time(time): expected govshare.LocalDateTime or an aware "
                            "datetime.datetime, got a naive datetime.datetime: add tzinfo=govshare.SHANGHAI")
        with pytest.raises(TypeError, match=r"^Platform\.set_time\(time\)"):
            p.set_time(time=NAIVE)
        p.set_time(AWARE + datetime.timedelta(hours=1))  # an aware one works
        assert p.now().to_iso() == "2026-09-01T10:00:00+08:00"
    with pytest.raises(TypeError, match=r"add tzinfo=govshare\.SHANGHAI"):
        gs.Platform.open(store(), simulated_time=NAIVE)


# ---- platform methods name the parameter -----------------------------------------------------


def test_platform_and_facade_methods_name_the_parameter() -> None:
    with gs.Platform.open(store(), simulated_time=AWARE) as p:
        seed_city(p)
        cases = [
            (lambda: p.sharing.apply("civil.op", {"entry_id": 1}),
             "SharingService.apply(request): expected govshare.ApplicationRequest, got dict"),
            (lambda: p.catalog.get_entry(1, 1), "CatalogService.get_entry(actor): expected str, got int"),
            (lambda: p.add_user("admin", "bob"), "Platform.add_user(user): expected govshare.User, got str"),
            (lambda: p.advance_time("1h"), "Platform.advance_time(seconds): expected int, got str"),
            (lambda: p.access.decide(None), "AccessService.decide(request): expected govshare.AccessRequest, got NoneType"),
        ]
        for call, message in cases:
            with pytest.raises(TypeError) as e:
                call()
            assert short(e) == message
        # A keyword argument is named the same way.
        with pytest.raises(TypeError) as e:
            p.catalog.get_entry(actor="admin", entry_id="1")
        assert short(e) == "CatalogService.get_entry(entry_id): expected int, got str"


# ---- the stub declares the whole compiled module (one check) ---------------------------------


def test_the_stub_declares_every_public_name_and_member() -> None:
    stub = pathlib.Path(gs.__file__).with_name("_govshare.pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    top: dict[str, ast.AST] = {}
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            top[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            top[node.target.id] = node
        elif isinstance(node, ast.Assign):
            top.update({t.id: node for t in node.targets if isinstance(t, ast.Name)})
    runtime = [n for n in dir(gs._govshare) if not n.startswith("_")]
    assert sorted(n for n in runtime if n not in top) == [], "names missing from _govshare.pyi"
    missing: list[str] = []
    for name in runtime:
        value = getattr(gs._govshare, name)
        if not isinstance(value, type):
            continue
        node = top[name]
        assert isinstance(node, ast.ClassDef), name
        declared = {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
        declared |= {n.target.id for n in node.body
                     if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
        declared |= {t.id for n in node.body if isinstance(n, ast.Assign)
                     for t in n.targets if isinstance(t, ast.Name)}
        if hasattr(value, "__members__"):  # an enumeration: its members
            members = list(value.__members__)
        else:
            members = [n for n in vars(value) if not n.startswith("_")]
        missing += [f"{name}.{m}" for m in dict.fromkeys(members) if m not in declared]
    assert missing == [], "members missing from _govshare.pyi"
    # The package re-exports every public name of the compiled module, as itself.
    for name in runtime:
        assert name in gs.__all__, name
        value = getattr(gs, name)
        if isinstance(value, type):
            assert value.__module__ == "govshare", name
