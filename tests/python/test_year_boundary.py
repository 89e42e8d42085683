"""The platform across the year boundary through the Python binding, mirroring
tests/cpp/year_boundary_test.cpp (docs/calendar.md, "The platform across the
year boundary"): the clock runs from 2026-12-01 into 2027 before the State
Council's 2027 notice is loaded. No legal act is refused for want of next
year's schedule -- applications (A21-A23), demands (A25), objections (A29),
obligations (A11) and rectifications (A33) record predicted, provisional
deadlines -- and loading the 2027 schedule (examples/data, an example, not the
real notice) recomputes exactly the open ones. Then reloads, corrections, bad
files and refusals; the statutory-holiday prediction; the new value types."""

from __future__ import annotations

import copy
import datetime
import pathlib

import pytest

import govshare as gs
from conftest import (
    CIVIL_CODE,
    EXAMPLES_DATA_DIR,
    POLICE_CODE,
    seed_city,
    store,
    valid_conditional_entry,
    valid_unconditional_entry,
)

POLICE, CIVIL = POLICE_CODE, CIVIL_CODE
R, L, A = gs.Role, gs.DepartmentLevel, gs.Action
D = datetime.date
EXAMPLE_2027 = EXAMPLES_DATA_DIR / "calendar-2027-example.tsv"
SCAN = gs.ScanDocument(file_name="申请表（盖章）.pdf", sha256="9f" * 32, size=182_044)


def at(month_day_time: str, year: int = 2026) -> datetime.datetime:
    """An aware datetime on the Shanghai clock, e.g. at('12-04 10:00')."""
    return datetime.datetime.fromisoformat(f"{year}-{month_day_time}").replace(tzinfo=gs.SHANGHAI)


def example_2027() -> str:
    assert EXAMPLE_2027.exists(), f"missing {EXAMPLE_2027}"
    return EXAMPLE_2027.read_text(encoding="utf-8")


@pytest.fixture
def db(tmp_path: pathlib.Path) -> pathlib.Path:
    return tmp_path / "year-boundary.db"


@pytest.fixture
def p(db: pathlib.Path):
    with gs.Platform.open(store(db), durability=gs.Durability.NORMAL,
                          simulated_time=at("12-01T09:00")) as platform:
        seed_city(platform)
        yield platform


def publish(p: gs.Platform, e: gs.CatalogEntry) -> gs.EntryRecord:
    e.code = ""
    e.provider = gs.Provider(code=POLICE, name="南通市公安局")
    r = p.catalog.create_draft("police.op", e)
    r = p.catalog.submit("police.op", r.id, r.row_version)
    r = p.catalog.approve("reviewer", r.id, r.row_version)
    return p.catalog.publish("police.leader", r.id, r.row_version)


def request(entry_id: int, items: list[str]) -> gs.ApplicationRequest:
    return gs.ApplicationRequest(
        entry_id=entry_id, items=items, purpose="最低生活保障对象家庭成员核对",
        legal_duty="《社会救助暂行办法》第十一条", method=gs.ShareMethod.API,
        valid_from=D(2026, 12, 1), valid_until=D(2027, 11, 30), scan=SCAN)


def demand(p: gs.Platform, what: str) -> gs.DemandRequest:
    """civil.op asks the police for `what`; the police answer "will publish" (A25)."""
    d = p.sharing.submit_demand("civil.op", gs.DemandRequestInput(
        target_code=POLICE, description=what, items=["姓名", "公民身份号码"],
        purpose="社会救助家庭经济状况核对", scan=SCAN))
    answer = gs.DemandAnswer(kind=gs.DemandAnswerKind.WILL_PUBLISH, text="确属本部门履职范围，一个月内发布")
    return p.sharing.answer_demand("police.leader", d.id, d.row_version, answer)


def open_provisional(p: gs.Platform) -> dict[str, gs.Deadline]:
    """Open steps, obligations and rectifications whose deadline is provisional,
    keyed as DeadlineChange: 'object#what'."""
    out = {}
    for s in p.sharing.steps("auditor", "", True):
        if s.due.provisional:
            out[f"{s.object}#{gs.enum_name(s.kind)}"] = s.due
    for o in p.catalog.obligations("admin", "", True):
        if o.due.provisional:
            out[f"obligation:{o.id}#obligation"] = o.due
    for r in p.supervision.rectifications("admin"):
        if r.due.provisional and r.status != gs.RectificationStatus.RESOLVED:
            out[f"rectification:{r.id}#rectification"] = r.due
    return out


def calendar_notices(p: gs.Platform, actor: str) -> list[gs.Notice]:
    return [n for n in p.notices(actor) if n.kind == gs.NoticeKind.CALENDAR]


def audit_count(p: gs.Platform) -> int:
    return p.verify_audit("auditor").records


# ---- the scenario ------------------------------------------------------------------------


def test_nothing_is_refused_and_loading_the_year_recomputes_exactly_the_open_deadlines(
        p: gs.Platform, db: pathlib.Path) -> None:
    household_entry = valid_conditional_entry()
    scope = household_entry.share.scope
    scope.departments = [CIVIL]
    household = publish(p, household_entry)
    market = publish(p, valid_unconditional_entry())
    # The civil affairs bureau holds the market data (for the objection).
    m = p.sharing.apply("civil.op", request(market.id, ["统一社会信用代码"]))
    m = p.sharing.accept_application("reviewer", m.id, m.row_version)
    m = p.sharing.grant_application("reviewer", m.id, m.row_version, gs.GrantTerms())
    assert m.status == gs.ApplicationStatus.GRANTED

    # A11: the 2027 census, due 2027-12-31: provisional while 2027 is unloaded.
    census = p.catalog.schedule_census("admin", 2027)
    assert census and all(o.due.provisional for o in census)

    # From November 1 the platform reports next year's missing schedule.
    st = p.calendar_status("civil.op")
    assert st.next_year_missing and "2027" in st.warning
    assert st.first_unloaded_date == gs.Date(2027, 1, 1)
    assert st.provisional_open == len(census)
    assert st.earliest_provisional_due == gs.LocalDateTime.from_iso("2027-12-31T24:00:00")
    assert [y.origin for y in st.years] == ["builtin"] * 7 and st.years[-1].year == 2026
    assert st.prediction_version == gs.prediction_version()

    # A25: a demand answered "will publish" on 12-04: 1 month, into January.
    p.set_time(at("12-04T10:00"))
    d1 = demand(p, "全市流动人口居住登记信息")
    assert [s.kind for s in d1.steps] == [gs.StepKind.DEMAND_RESPONSE, gs.StepKind.DEMAND_PUBLICATION]
    publication = d1.steps[1].due
    assert publication.due.date == gs.Date(2027, 1, 4) and publication.provisional
    assert gs.prediction_version() in publication.calendar_version

    # N17 (A11's 15 before 2025-08-01): a law revision announced 12-20: 10
    # working days, 元旦 predicted to rest.
    p.set_time(at("12-21T09:00"))
    law = p.catalog.record_legal_change("police.admin", POLICE, gs.ObligationKind.LAW_REVISION,
                                "《江苏省流动人口服务管理条例》修订", D(2026, 12, 20))
    assert law.due.provisional and law.due.due.date == gs.Date(2027, 1, 4)

    # A21-A22: an application on 12-24: the form check inside 2026, the provider's
    # 10 working days in 2027.
    p.set_time(at("12-24T10:00"))
    a = p.sharing.apply("civil.op", request(household.id, ["姓名", "公民身份号码"]))
    assert a.steps[0].due.due.date == gs.Date(2026, 12, 25) and not a.steps[0].due.provisional
    a = p.sharing.accept_application("reviewer", a.id, a.row_version)
    assert a.steps[1].kind == gs.StepKind.PROVIDER_DECISION
    assert a.steps[1].due.due.date == gs.Date(2027, 1, 8) and a.steps[1].due.provisional

    # A29: an objection on 12-28: the provider's check into January.
    p.set_time(at("12-28T10:00"))
    objection = p.sharing.raise_objection("civil.op", gs.ObjectionInput(
        entry_id=market.id, record_key="91320600MA1X2Y3Z4A", item="统一社会信用代码",
        description="登记机关记录与营业执照不一致"))
    assert objection.steps[0].due.provisional

    # A step completed while provisional keeps the deadline it was judged by.
    p.set_time(at("12-31T10:00"))
    b = p.sharing.apply("civil.op", request(household.id, ["姓名"]))
    assert b.steps[0].due.due.date == gs.Date(2027, 1, 4) and b.steps[0].due.provisional
    b = p.sharing.accept_application("reviewer", b.id, b.row_version)
    judged = b.steps[0]
    assert judged.completed_at is not None and judged.on_time

    # Into 2027, still without the notice.
    p.set_time(at("01-09T10:00", 2027))
    d2 = demand(p, "全市电动自行车登记信息")
    assert d2.steps[1].due.due.date == gs.Date(2027, 2, 9)  # predicted: 初四 works
    p.set_time(at("01-25T10:00", 2027))
    rect = p.supervision.issue_rectification("admin", gs.RectificationInput(
        department_code=POLICE, a33_ground=2, description="目录更新不及时", working_days=5))
    assert rect.due.due.date == gs.Date(2027, 2, 1) and rect.due.provisional

    # Nothing was refused; every deadline past 2026 is provisional, none before.
    assert p.security_events("auditor") == []
    steps = p.sharing.steps("auditor")
    assert len(steps) >= 10
    for s in steps:
        assert s.due.provisional == (s.due.due.date.year >= 2027), (s.object, s.kind)
    for o in p.catalog.obligations("admin"):
        assert o.due.provisional == (o.due.due.date.year >= 2027), o.id
    # The bureau heard of the missing year once.
    assert len(calendar_notices(p, "admin")) == 1

    # The supervision report carries the warning (this year is not loaded now).
    inspection = p.supervision.inspect("auditor", D(2027, 1, 1), D(2027, 1, 25))
    assert "2027" in inspection.calendar_warning

    open_before = open_provisional(p)
    st = p.calendar_status("auditor")
    assert st.provisional_open == len(open_before)
    assert st.first_unloaded_date == gs.Date(2027, 1, 25)  # this year is not loaded
    assert st.earliest_provisional_due == min((d.due for d in open_before.values()),
                                              key=lambda t: t.to_unix_seconds())
    audit_before = audit_count(p)

    # The bureau loads 2027 on 02-01.
    p.set_time(at("02-01T10:00", 2027))
    load = p.load_calendar_year("admin", example_2027())
    assert load.changed and not load.correction and load.year == 2027
    assert load.previous_digest == ""
    assert load.digest == gs.parse_year_schedule(example_2027(), "calendar").digest
    assert load.calendar_version == p.calendar().version()
    by = {f"{c.object}#{c.what}": c for c in load.recomputed}
    assert len(by) == len(load.recomputed)
    assert set(by) == set(open_before)  # exactly the open provisional ones
    for key, change in by.items():
        assert change.before == open_before[key], key
        assert not change.after.provisional, key
    assert open_provisional(p) == {}

    # What moved: the demand's month ends on 2027-02-09, a bridge day of the Spring
    # Festival (A25, 民法典 art. 203: the next working day, 02-15); the
    # rectification gains the 01-31 make-up Sunday and is overdue from now on.
    pub = by[f"demand:{d2.id}#demand_publication"]
    assert pub.moved and pub.department_code == POLICE
    assert (pub.before.due.date, pub.after.due.date) == (gs.Date(2027, 2, 9), gs.Date(2027, 2, 15))
    rc = by[f"rectification:{rect.id}#rectification"]
    assert rc.moved and rc.overdue
    assert (rc.before.due.date, rc.after.due.date) == (gs.Date(2027, 2, 1), gs.Date(2027, 1, 31))
    assert p.supervision.rectifications("admin", POLICE)[0].status == gs.RectificationStatus.OVERDUE
    assert not any(o.due.provisional for o in p.catalog.obligations("admin", "", True))
    assert p.sharing.get_demand("auditor", d2.id).steps[1].due.due.date == gs.Date(2027, 2, 15)

    # The department that must act was told when its deadline moved.
    moved_for_police = sum(c.moved and c.department_code == POLICE for c in load.recomputed)
    assert moved_for_police >= 2
    assert len(calendar_notices(p, "police.admin")) == moved_for_police
    assert any(n.object == f"demand:{d2.id}" for n in calendar_notices(p, "police.admin"))

    # The completed step kept its deadline and says it was provisional.
    b_now = p.sharing.get_application("auditor", b.id)
    assert b_now.steps[0].due.due == judged.due.due and b_now.steps[0].due.provisional

    # Audited: the load and every old -> new deadline.
    trail = p.audit_trail("auditor", audit_before + 1)
    assert len(trail) == 1 + len(load.recomputed)
    assert (trail[0].action, trail[0].object, trail[0].user_id) == ("calendar.load", "calendar:2027", "admin")
    assert trail[0].after_digest == load.digest
    assert {t.action for t in trail[1:]} == {"deadline.recompute"}
    assert "->" in trail[1].reason
    assert p.verify_audit("auditor").intact

    st = p.calendar_status("civil.op")
    assert st.provisional_open == 0 and st.earliest_provisional_due is None
    assert st.warning == "" and not st.next_year_missing
    assert st.first_unloaded_date == gs.Date(2028, 1, 1)
    loaded = st.years[-1]
    assert (loaded.year, loaded.origin, loaded.loaded_by) == (2027, "loaded", "admin")
    assert loaded.digest == load.digest and loaded.loaded_at == p.now()
    assert (st.years[0].origin, st.years[0].loaded_at, st.years[0].loaded_by) == ("builtin", None, "")
    assert st.calendar_version == load.calendar_version
    assert p.supervision.inspect("auditor", D(2027, 1, 1), D(2027, 1, 31)).calendar_warning == ""

    # Another handle (another process) sees the loaded year.
    with gs.Platform.open(store(db), simulated_time=at("02-01T10:00", 2027)) as other:
        assert other.calendar().covers(2027)
        assert not other.calendar().is_working_day(D(2027, 2, 9))
        assert other.calendar().is_working_day(D(2027, 1, 31))  # the make-up Sunday
        assert other.calendar_status("auditor").years[-1].origin == "loaded"


def test_reloads_corrections_bad_files_and_refusals(p: gs.Platform) -> None:
    before_load = p.calendar_status("auditor")
    assert before_load.years[-1].year == 2026 and before_load.next_year_missing
    first = p.load_calendar_year("admin", example_2027())
    assert first.changed and first.recomputed == []
    records = audit_count(p)
    version = p.calendar().version()
    assert version != before_load.calendar_version

    # The same schedule again (comments differ): nothing changes.
    again = p.load_calendar_year("admin", "# re-sent\n" + example_2027(), reason="")
    assert not again.changed and not again.correction
    assert again.previous_digest == first.digest == again.digest
    assert audit_count(p) == records

    # Other content for a loaded year is a correction: only with a reason.
    line = "2027-02-20\twork\tSpringFestival\n"
    assert line in example_2027()
    corrected = example_2027().replace(line, "")
    for blank in ("", " "):
        with pytest.raises(gs.InvalidArgumentError, match="reason is required"):
            p.load_calendar_year("admin", corrected, blank)
    with pytest.raises(gs.InvalidArgumentError):
        p.load_calendar_year("admin", corrected)  # reason defaults to ""
    assert audit_count(p) == records
    assert p.calendar().version() == version and p.calendar().is_working_day(D(2027, 2, 20))
    assert p.calendar_status("auditor").years[-1].digest == first.digest

    fix = p.load_calendar_year("admin", corrected, reason="国办发明电〔2026〕X号更正：2月20日不调休")
    assert fix.changed and fix.correction and fix.previous_digest == first.digest
    assert not p.calendar().is_working_day(D(2027, 2, 20))
    trail = p.audit_trail("auditor", records + 1)
    assert trail[0].action == "calendar.correct" and trail[0].before_digest == first.digest
    assert p.calendar_status("auditor").years[-1].reason.startswith("国办发明电")

    # A shipped year is loaded already: changing it is a correction too.
    with pytest.raises(gs.InvalidArgumentError):
        p.load_calendar_year("admin", "year\t2026\n2026-01-01\toff\tNewYear\n")
    shipped = p.calendar().schedule(2026)
    assert p.calendar_status("auditor").years[-2].digest == shipped.digest
    makeup = next(x for x in shipped.canonical_text.splitlines(keepends=True) if "\twork\t" in x)
    with pytest.raises(gs.InvalidArgumentError, match="reason is required"):
        p.load_calendar_year("admin", shipped.canonical_text.replace(makeup, ""))
    assert p.load_calendar_year("admin", shipped.canonical_text).changed is False  # the same days

    # A bad file names the line and the rule, and changes nothing.
    before = audit_count(p)
    version = p.calendar().version()
    with pytest.raises(gs.ParseError) as info:
        p.load_calendar_year("admin", "year\t2028\n2028-01-01\toff\tNewYear\n2028-03-08\twork\tLocal\n")
    assert info.value.path == "calendar:3"
    with pytest.raises(gs.ParseError, match="only a Saturday or Sunday") as info:
        p.load_calendar_year("admin", "year\t2028\n2028-01-04\twork\tNewYear\n")
    assert info.value.path == "calendar:2" and str(info.value).startswith("calendar:2")
    assert info.value.code == gs.ErrorCode.PARSE
    with pytest.raises(gs.ParseError):
        p.load_calendar_year("admin", b"not a calendar")  # bytes are accepted as text
    assert audit_count(p) == before
    assert p.calendar().version() == version and not p.calendar().covers(2028)

    # Only the bureau administrator loads a year; a refusal changes nothing.
    for actor in ("police.admin", "reviewer", "auditor"):
        with pytest.raises(gs.PermissionDeniedError):
            p.load_calendar_year(actor, example_2027(), "x")
    assert audit_count(p) == before
    refused = [e for e in p.security_events("auditor") if e.action == A.MANAGE_CALENDAR]
    assert len(refused) == 3
    assert p.may_do("admin", A.MANAGE_CALENDAR)
    # Who holds MANAGE_CALENDAR is PermissionMatrixTest's and
    # PermissionRules.FindHonoursTheKindOfDepartment's.
    # The status is for any platform user.
    assert p.calendar_status("police.op").years[-1].year == 2027
    with pytest.raises(gs.PermissionDeniedError):
        p.calendar_status("ghost")


# ---- the prediction and year schedules (no platform) -----------------------------------


def test_statutory_holidays_of_2027_are_predicted_from_the_festival_table() -> None:
    # The days (13 from 2025, 11 before, the festivals' dates, 2020's merged day) are
    # CalendarPredictionTest.NamesTheLunarFestivalsOf2027's; here a list of DayInfo
    # arrives, in date order (not yet in C++).
    days = gs.statutory_holidays(2027)
    assert all(isinstance(d, gs.DayInfo) and d.provisional for d in days)
    assert [d.date for d in days] == sorted(d.date for d in days)

    years = gs.predictable_years()
    assert years == list(range(years[0], years[-1] + 1)) and years[0] <= 2020 and years[-1] >= 2040
    with pytest.raises(gs.CalendarCoverageError) as info:
        gs.statutory_holidays(years[-1] + 1)
    assert info.value.missing_year == years[-1] + 1
    assert f"{years[0]}-{years[-1]}" in gs.prediction_version()
    # That provisional mode rests these days is
    # CalendarPredictionTest.PredictsTheLoadedYearsButForTheirTiaoxiu's.


def test_year_schedules_parse_load_and_compare_by_digest() -> None:
    text = example_2027()
    schedule = gs.parse_year_schedule(text, "calendar-2027-example.tsv")
    assert schedule.year == 2027 and schedule.sources == ["example-2027 (not an official notice)"]
    assert len(schedule.days) == len([x for x in text.splitlines() if x.startswith("2027-")])
    assert schedule.days[0].date == gs.Date(2027, 1, 1) and not schedule.days[0].working
    makeup = next(d for d in schedule.days if d.date == gs.Date(2027, 1, 31))
    assert makeup.working and makeup.kind == gs.DayKind.ADJUSTED_WORKDAY
    assert "#" not in schedule.canonical_text and len(schedule.digest) == 64
    # The canonical form parses to the same digest; so does the file with other comments.
    assert gs.parse_year_schedule(schedule.canonical_text, "x").digest == schedule.digest
    assert gs.parse_year_schedule("# another comment\n" + text, "x").digest == schedule.digest

    base = gs.WorkdayCalendar.builtin()
    cal = base.clone()
    assert cal is not base and cal.version() == base.version()
    cal.load_year(schedule)
    assert cal.covers(2027) and not base.covers(2027)  # independent copies
    assert cal.schedule(2027).digest == schedule.digest
    assert not cal.is_working_day(D(2027, 2, 9)) and cal.is_working_day(D(2027, 1, 31))
    assert len(base.schedule(2026).digest) == 64
    with pytest.raises(gs.CalendarCoverageError) as info:
        base.schedule(2027)
    assert info.value.missing_year == 2027

    # Errors name the file and line given as `name`.
    with pytest.raises(gs.ParseError, match="only a Saturday or Sunday") as err:
        gs.parse_year_schedule("year\t2028\n2028-01-04\twork\tNewYear\n", "2028.tsv")
    assert err.value.path == "2028.tsv:2"
    with pytest.raises(gs.ParseError, match="exactly one year") as err:
        gs.parse_year_schedule("year\t2027\nyear\t2028\n", "two.tsv")
    assert err.value.path == "two.tsv"
    with pytest.raises(gs.ParseError, match="statutory holiday") as err:
        gs.parse_year_schedule("year\t2027\n2027-05-02\twork\tLabourDay\n", "y.tsv")  # a Sunday
    assert err.value.path == "y.tsv:2"
    with pytest.raises(gs.ParseError, match="not make it a rest day") as err:
        gs.parse_year_schedule("year\t2027\n", "y.tsv")  # 元旦, a Friday, not listed
    assert err.value.path == "y.tsv"


# ---- the new types -----------------------------------------------------------------------


def test_calendar_value_types_are_keyword_structs() -> None:
    change = gs.DeadlineChange(object="application:1", what="form_check", moved=True)
    change.after.due.hour = 24  # a struct field: a live reference
    assert change.after.due.hour == 24
    assert repr(change).startswith("DeadlineChange(object='application:1', what='form_check', ")
    with pytest.raises(TypeError):
        gs.DeadlineChange("application:1")  # keyword-only
    report = gs.CalendarLoadReport(year=2027, recomputed=[change])
    report.recomputed.append(gs.DeadlineChange())  # a copy: changes nothing
    assert len(report.recomputed) == 1 and not report.changed
    info = gs.CalendarYearInfo(year=2027, origin="loaded",
                               loaded_at=datetime.datetime(2027, 2, 1, 10, tzinfo=gs.SHANGHAI))
    assert info.loaded_at == gs.LocalDateTime.from_iso("2027-02-01T10:00")
    state = gs.CalendarState(years=[info], first_unloaded_date=D(2028, 1, 1))
    assert state.first_unloaded_date == gs.Date(2028, 1, 1) and state.earliest_provisional_due is None
    deep = copy.deepcopy(state)
    deep.warning = "x"
    assert state.warning == "" and deep.years[0].year == 2027
    assert gs.YearSchedule().days == [] and gs.InspectionReport().calendar_warning == ""
    assert int(A.MANAGE_CALENDAR) == 35 and int(gs.NoticeKind.CALENDAR) == 13
    assert gs.enum_name(A.MANAGE_CALENDAR) == "manage_calendar"
    assert gs.parse_action("manage_calendar") == A.MANAGE_CALENDAR
    assert gs.chinese_label(A.MANAGE_CALENDAR) == "载入节假日安排"
    assert gs.enum_name(gs.NoticeKind.CALENDAR) == "calendar"
    assert gs.chinese_label(gs.NoticeKind.CALENDAR) == "节假日安排与期限"
    for cls in (gs.YearSchedule, gs.DeadlineChange, gs.CalendarLoadReport, gs.CalendarYearInfo,
                gs.CalendarState):
        assert cls.__module__ == "govshare" and cls.__name__ in gs.__all__
