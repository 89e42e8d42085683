"""Supervision (A31–A33) through the Python binding: one inspection end to end
(InspectionReport, DepartmentInspection, findings), weights passed as
structs, keywords or None, the rates and scores as the C++ core computed them
with their types (the A31 formula, the ranking and each metric are
tests/cpp/rules/supervision_rules_test.cpp's; no Python oracle recomputes
them), projects (A32), rectifications (A33), enums and value types. The same
small city as tests/cpp/supervision_test.cpp (SeedCity). Expected deadlines
come from the calendar binding, never from the code under test."""

from __future__ import annotations

import copy
import datetime

import pytest

import govshare as gs
from conftest import POLICE_CODE, seed_city, store, valid_conditional_entry, valid_unconditional_entry

BUREAU = "11320600MB1T01108B"  # 南通市大数据管理局
POLICE = POLICE_CODE  # 南通市公安局
CIVIL = "11320600MB1T01044D"  # 南通市民政局
RUGAO_PLATFORM = "11320682MB1R030051"  # 如皋市 county platform
RUGAO_DEPT = "11320682MB1R04008H"  # a 如皋市 department

START = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=gs.SHANGHAI)  # a Tuesday

R, L, A = gs.Role, gs.DepartmentLevel, gs.Action
WORKING_DAYS = gs.DeadlineUnit.WORKING_DAYS
D = datetime.date

SCAN = gs.ScanDocument(file_name="申请表.pdf", sha256="b" * 64, size=10)


def at(iso: str) -> gs.LocalDateTime:
    return gs.LocalDateTime.from_iso(iso)


@pytest.fixture
def p():
    with gs.Platform.open(store(), simulated_time=START) as platform:
        seed_city(platform)
        yield platform


def publish(p: gs.Platform, e: gs.CatalogEntry) -> gs.EntryRecord:
    e.code = ""
    e.provider = gs.Provider(code=POLICE, name="南通市公安局")
    r = p.catalog.create_draft("police.op", e)
    r = p.catalog.submit("police.op", r.id, r.row_version)
    r = p.catalog.approve("reviewer", r.id, r.row_version)
    return p.catalog.publish("police.leader", r.id, r.row_version)


def of(report: gs.InspectionReport, code: str) -> gs.DepartmentInspection:
    found = [d for d in report.departments if d.department_code == code]
    assert len(found) == 1, code
    return found[0]


def clauses(d: gs.DepartmentInspection) -> set[str]:
    return {f.clause for f in d.findings}


# ---- A31 (1), (4), (5): the catalog, connection and freshness of resources ---------------------


def test_catalog_publication_and_freshness(p: gs.Platform) -> None:
    daily = valid_unconditional_entry()
    daily.update_cycle = gs.UpdateCycle.DAILY
    market = publish(p, daily)
    monthly = valid_conditional_entry()
    monthly.update_cycle = gs.UpdateCycle.MONTHLY
    household = publish(p, monthly)
    assert p.supervision.report_refresh("police.op", market.id) is None
    p.supervision.report_refresh("police.leader", household.id)
    with pytest.raises(gs.PermissionDeniedError):
        p.supervision.report_refresh("civil.op", market.id)

    # On 09-01 both are fresh.
    r = p.supervision.inspect("auditor", D(2026, 9, 1), D(2026, 9, 1))
    assert isinstance(r, gs.InspectionReport)
    police = of(r, POLICE)
    assert isinstance(police, gs.DepartmentInspection)
    assert police.department_name == "南通市公安局"
    assert (police.entries, police.shared_entries, police.connected_entries) == (2, 2, 2)
    assert police.stale_entries == 0
    assert "A31(5)" not in clauses(police) and "A31(4)" not in clauses(police)

    # By 09-15 the daily resource is stale (A31 (5)); the monthly one is not.
    p.set_time(datetime.datetime(2026, 9, 15, 9, 0, tzinfo=gs.SHANGHAI))
    r = p.supervision.inspect("auditor", gs.Date(2026, 9, 1), gs.Date(2026, 9, 15))
    police = of(r, POLICE)
    assert police.stale_entries == 1
    stale = [f for f in police.findings if f.clause == "A31(5)"]
    assert len(stale) == 1 and stale[0].object == f"entry:{market.id}"
    assert isinstance(stale[0], gs.SupervisionFinding)
    assert stale[0].a33_ground == 2 and "更新周期" in stale[0].message_zh

    # A shared entry with nothing connected (A31 (4)).
    third = valid_unconditional_entry()
    third.name = "机动车登记信息"
    vehicle = publish(p, third)
    r = p.supervision.inspect("auditor", D(2026, 9, 1), D(2026, 9, 15))
    after = of(r, POLICE)
    assert (after.shared_entries, after.connected_entries) == (3, 2)
    unconnected = [f for f in after.findings if f.clause == "A31(4)"]
    assert [f.object for f in unconnected] == [f"entry:{vehicle.id}"]
    assert after.share_ratio == 1.0
    assert r.city.entries == 3 and r.city.department_name == "全市"
    assert r.city.connected_entries == 2 and r.city.stale_entries == 1
    # The report describes itself.
    assert r.from_ == gs.Date(2026, 9, 1) and r.to == gs.Date(2026, 9, 15)
    assert r.generated_at == at("2026-09-15T09:00:00")
    assert r.calendar_version == p.calendar().version()
    # The bureau, municipal departments and county platforms; a county's own
    # departments are the county platform's to supervise (A6).
    inspected = {d.code for d in p.departments() if d.level != L.COUNTY}
    assert {d.department_code for d in r.departments} == inspected
    assert RUGAO_DEPT not in inspected and RUGAO_PLATFORM in inspected


# ---- A31 (7), (3): statutory steps and obligations around National Day 2026 --------------------


def test_timeliness_and_obligations(p: gs.Platform) -> None:
    household = publish(p, valid_conditional_entry())
    request = gs.ApplicationRequest(
        entry_id=household.id, items=["公民身份号码"], purpose="核对", legal_duty="《社会救助暂行办法》",
        valid_from=D(2026, 9, 1), valid_until=D(2026, 12, 31), scan=SCAN)
    p.set_time(at("2026-09-30T10:00:00"))
    late = p.sharing.apply("civil.op", request)  # the form check is due 10-08
    pending = p.sharing.apply("civil.op", request)
    p.set_time(at("2026-10-09T10:00:00"))
    late = p.sharing.accept_application("reviewer", late.id, late.row_version)  # a day late
    # An A11 obligation announced 09-01: 15 working days, never fulfilled.
    obligation = p.catalog.record_legal_change("admin", POLICE, gs.ObligationKind.LAW_REVISION,
                                       "《户口登记条例》修订", D(2026, 9, 1))
    assert obligation.due.due.date < gs.Date(2026, 10, 9)

    # The counts per clause are SupervisionTest.TimelinessAndObligations'; here the
    # StepTimeliness values and (not yet in C++) the findings' objects and A33 ground
    # and the period's end.
    r = p.supervision.inspect("reviewer", D(2026, 9, 1), D(2026, 10, 9))
    bureau = of(r, BUREAU)
    assert [s.kind for s in bureau.steps] == list(gs.StepKind.__members__.values())
    assert isinstance(bureau.steps[0], gs.StepTimeliness)
    timeliness = [f for f in bureau.findings if f.clause == "A31(7)"]
    assert sorted(f.object for f in timeliness) == sorted(
        [f"application:{late.id}", f"application:{pending.id}"])
    assert all(f.a33_ground == 6 for f in timeliness)
    police = of(r, POLICE)
    assert [f.object for f in police.findings if f.clause == "A31(3)"] == [
        f"obligation:{obligation.id}"]

    # On the deadline day itself nothing is overdue yet; the late completion
    # (10-09) falls outside a period ending 10-08.
    r = p.supervision.inspect("reviewer", D(2026, 9, 1), D(2026, 10, 8))
    bureau = of(r, BUREAU)
    assert (bureau.steps_completed, bureau.steps_overdue_now) == (0, 0)
    assert "A31(7)" not in clauses(bureau)


# ---- A31 (2): rejected versions left unrevised; (7) approval steps only ------------------------


def test_rejected_versions_left_unrevised_count_in_accuracy_not_timeliness(p: gs.Platform) -> None:
    # The counts and the rate are SupervisionTest.RejectedVersionsLeftUnrevisedLowerAccuracy's;
    # here the new figures and the catalog-revision step through the binding.
    publish(p, valid_unconditional_entry())
    p.sharing.set_policy("admin", gs.SharingPolicy(unrevised_rejection_days=5))
    e = valid_conditional_entry()
    e.code = ""
    r = p.catalog.create_draft("police.op", e)
    r = p.catalog.submit("police.op", r.id, r.row_version)
    p.catalog.reject("reviewer", r.id, r.row_version, [gs.ReviewFinding(path="summary", reason="摘要不规范")])
    (step,) = p.sharing.steps("police.op", "", True)
    assert step.kind == gs.StepKind.CATALOG_REVISION
    expected = gs.WorkdayCalendar.builtin().add_working_days(gs.Date(2026, 9, 1), 5)
    assert step.due.due.date == expected
    p.set_time(at("2026-09-30T10:00:00"))
    police = of(p.supervision.inspect("auditor", D(2026, 9, 1), D(2026, 9, 30)), POLICE)
    assert (police.revisions_due, police.revisions_on_time, police.revisions_overdue_now) == (1, 0, 1)
    assert [f.object for f in police.findings if f.clause == "A31(2)"] == [f"entry:{r.id}"]
    assert police.rates.accuracy.value < 1.0
    assert (police.steps_completed, police.steps_overdue_now) == (0, 0)  # not an approval step (A31 (7))
    revision = next(s for s in police.steps if s.kind == gs.StepKind.CATALOG_REVISION)
    assert revision.overdue_now == 1


# ---- scores, ranking, weights -------------------------------------------------------------------


def test_scores_and_ranking(p: gs.Platform) -> None:
    # The ranking, the scores' order, weighted scores, proportional weights and the
    # refused periods and weights are SupervisionTest.ScoresAndRanking's and
    # tests/cpp/rules/supervision_rules_test.cpp's. Here the score and rank arrive as
    # float and int, the weights as a struct, by keyword or as None, and (not yet
    # in C++) the report echoes the weights it used and refuses a NaN weight.
    publish(p, valid_unconditional_entry())
    r = p.supervision.inspect("auditor", D(2026, 9, 1), D(2026, 9, 30))
    assert [d.rank for d in r.departments] == list(range(1, len(r.departments) + 1))
    assert all(isinstance(d.score, float) for d in [*r.departments, r.city])
    w = gs.SupervisionWeights()
    assert (w.completeness, w.accuracy, w.updates, w.publication, w.freshness, w.timeliness) == (
        15, 15, 15, 15, 15, 25)
    assert repr(r.weights) == repr(w)
    only = gs.SupervisionWeights(completeness=0, accuracy=0, updates=0, publication=1, freshness=0,
                                 timeliness=0)
    weighted = p.supervision.inspect("auditor", from_=D(2026, 9, 1), to=D(2026, 9, 30), weights=only)
    assert weighted.weights.publication == 1 and weighted.weights.timeliness == 0
    # weights=None is the default weights.
    default = p.supervision.inspect("auditor", D(2026, 9, 1), D(2026, 9, 30), None)
    assert [d.score for d in default.departments] == [d.score for d in r.departments]
    with pytest.raises(gs.InvalidArgumentError):
        p.supervision.inspect("auditor", D(2026, 9, 1), D(2026, 9, 30),
                  gs.SupervisionWeights(accuracy=float("nan")))
    with pytest.raises(TypeError):
        p.supervision.inspect("auditor", datetime.datetime(2026, 9, 1), D(2026, 9, 30))  # a date, not a time


def test_the_rates_the_core_computed_are_exposed(p: gs.Platform) -> None:
    """The rates behind each score come from the C++ core: their values are
    tests/cpp/rules/supervision_rules_test.cpp's and SupervisionTest.RatesTravelWithTheReport's.
    Nothing here recomputes them; the binding exposes them as SupervisionRates of
    SupervisionRate values, with bool and float fields."""
    publish(p, valid_unconditional_entry())  # shared, never connected
    r = p.supervision.inspect("auditor", D(2026, 9, 1), D(2026, 9, 30))
    names = ("completeness", "accuracy", "updates", "publication", "freshness", "timeliness",
             "sharing", "projects")
    for d in [*r.departments, r.city]:
        assert isinstance(d.rates, gs.SupervisionRates)
        for name in names:
            rate = getattr(d.rates, name)
            assert isinstance(rate, gs.SupervisionRate), (d.department_code, name)
            assert isinstance(rate.measured, bool) and isinstance(rate.value, float)
        assert isinstance(d.share_ratio, float)
        for s in d.steps:
            assert isinstance(s.on_time_rate, gs.SupervisionRate)
    police = of(r, POLICE)
    # Value types: keyword constructors, reprs, live references, copies.
    rate = gs.SupervisionRate(measured=True, value=0.5)
    assert repr(rate) == "SupervisionRate(measured=True, value=0.5)"
    assert repr(gs.SupervisionRate()) == "SupervisionRate(measured=False, value=0.0)"
    rates = gs.SupervisionRates(publication=rate)
    assert rates.publication.value == 0.5 and not rates.completeness.measured
    rates.timeliness.value = 0.25  # a live reference
    assert rates.timeliness.value == 0.25
    copied = copy.deepcopy(police)
    copied.rates.publication.value = 1.0
    assert police.rates.publication.value == 0.0
    with pytest.raises(TypeError):
        gs.SupervisionRate(True, 0.5)  # keyword-only


# ---- A32: projects ------------------------------------------------------------------------------


def test_projects_are_checked(p: gs.Platform) -> None:
    # Who saves, the dates' order and the compliant count are SupervisionTest.ProjectsAreChecked';
    # the other refusals, the A32 finding and an update keeping its id are not yet in C++.
    market = publish(p, valid_unconditional_entry())
    good = gs.Project(department_code=POLICE, name="智慧公安二期", approved_on=D(2026, 9, 2),
                      entry_ids=[market.id])
    good = p.supervision.save_project("police.admin", good)
    assert isinstance(good, gs.Project) and good.id > 0
    assert good.approved_on == gs.Date(2026, 9, 2) and good.accepted_on is None
    bad = gs.Project(department_code=POLICE, name="视频监控联网",
                     approved_on=D(2026, 8, 1),  # before any catalog entry existed
                     accepted_on=D(2026, 8, 31), entry_ids=[market.id])
    bad = p.supervision.save_project("admin", bad)
    assert bad.id not in (0, good.id)
    with pytest.raises(gs.InvalidArgumentError):
        p.supervision.save_project("admin", gs.Project(department_code=POLICE, name=""))
    with pytest.raises(gs.InvalidArgumentError):  # not an entry of the police
        p.supervision.save_project("admin", gs.Project(department_code=CIVIL, name="民政项目",
                                           entry_ids=[market.id]))
    projects = p.supervision.projects("police.admin", "")
    assert sorted(x.id for x in projects) == sorted([good.id, bad.id])
    assert {x.name for x in p.supervision.projects("auditor", POLICE)} == {"智慧公安二期", "视频监控联网"}
    assert p.supervision.projects("auditor", CIVIL) == []

    police = of(p.supervision.inspect("auditor", D(2026, 9, 1), D(2026, 9, 30)), POLICE)
    a32 = [f for f in police.findings if f.clause == "A32"]
    assert [f.object for f in a32] == [f"project:{bad.id}"]
    assert "立项前未预编信息资源目录" in a32[0].message_zh

    # An update keeps the id.
    good.accepted_on = D(2026, 9, 20)
    updated = p.supervision.save_project("police.admin", good)
    assert updated.id == good.id and updated.accepted_on == gs.Date(2026, 9, 20)
    assert len(p.supervision.projects("police.admin")) == 2


# ---- A33: rectification ---------------------------------------------------------------------------


def test_rectification_escalates_to_a_written_notice(p: gs.Platform) -> None:
    # Who issues, the A33 grounds, the due date, escalation, resolution and who reads are
    # SupervisionTest.RectificationEscalatesToAWrittenNotice and RectificationRules.*;
    # the refusals kept here (0 days, no description, an unknown department, a stale
    # resolution) and the bureau's copy of the notice are not yet in C++.
    notice = gs.RectificationInput(department_code=POLICE, a33_ground=2,
                                   description="未按更新周期更新已发布资源", working_days=5)
    for bad in (gs.RectificationInput(department_code=POLICE, description="x", working_days=0),
                gs.RectificationInput(department_code=POLICE, description="")):
        with pytest.raises(gs.InvalidArgumentError):
            p.supervision.issue_rectification("admin", bad)
    with pytest.raises(gs.NotFoundError):
        p.supervision.issue_rectification("admin", gs.RectificationInput(department_code="91320612MA1W2K3L4P",
                                                             description="x"))
    r = p.supervision.issue_rectification("admin", notice)
    assert isinstance(r, gs.Rectification)
    assert r.status == gs.RectificationStatus.OPEN and r.issued_by == "admin"
    assert r.issued_at == at("2026-09-01T09:00:00")
    assert r.notice.description == "未按更新周期更新已发布资源" and r.notice.working_days == 5
    # Due in 5 working days after Tue 09-01, by the platform's calendar.
    expected = p.calendar().compute_deadline(r.issued_at, gs.DeadlineRule(unit=WORKING_DAYS, count=5))
    assert r.due.due == expected.due and r.due.calendar_version == expected.calendar_version
    assert r.escalated_at is None and r.resolved_at is None

    p.set_time(at("2026-09-09T09:00:00"))
    escalated = p.supervision.escalate_rectifications("admin")
    assert len(escalated) == 1 and escalated[0].id == r.id
    assert escalated[0].status == gs.RectificationStatus.ESCALATED
    assert escalated[0].escalated_at == at("2026-09-09T09:00:00")
    assert gs.NoticeKind.RECTIFICATION in [n.kind for n in p.notices("admin")]  # the bureau too

    with pytest.raises(gs.ConflictError):
        p.supervision.resolve_rectification("admin", r.id, r.row_version, "已整改")  # stale row_version
    r = p.supervision.resolve_rectification("admin", r.id, escalated[0].row_version, "已补充更新并建立更新台账")
    assert r.status == gs.RectificationStatus.RESOLVED
    assert r.resolution == "已补充更新并建立更新台账" and r.resolved_by == "admin"
    assert r.resolved_at == at("2026-09-09T09:00:00")
    assert [x.id for x in p.supervision.rectifications("admin", POLICE)] == [r.id]
    # Every step is audited (A28).
    assert p.verify_audit("auditor").intact


def test_rectification_status_names_and_labels() -> None:
    S = gs.RectificationStatus
    assert list(S.__members__) == ["OPEN", "OVERDUE", "ESCALATED", "RESOLVED"]
    assert [int(s) for s in S.__members__.values()] == [1, 2, 3, 4]
    assert [gs.enum_name(s) for s in S.__members__.values()] == [
        "open", "overdue", "escalated", "resolved"]
    assert [gs.chinese_label(s) for s in S.__members__.values()] == [
        "整改中", "逾期未整改", "已书面通报", "已整改"]
    assert gs.chinese_label(S.ESCALATED) == "已书面通报"
    assert S.__module__ == "govshare"


# ---- permissions ---------------------------------------------------------------------------------

# The supervision actions (docs/permissions.md).
SUPERVISION_MATRIX = [A.REPORT_REFRESH, A.INSPECT, A.RECTIFY, A.MANAGE_PROJECTS]


def test_permission_matrix_of_the_supervision_actions() -> None:
    # Every cell is PermissionMatrixTest.MatchesTheDocumentedMatrix's and
    # PermissionRules.BureauRolesActOnlyFromTheBureau's; here the enum values.
    assert [int(a) for a in SUPERVISION_MATRIX] == [31, 32, 33, 34]
    assert [gs.enum_name(a) for a in SUPERVISION_MATRIX] == [
        "report_refresh", "inspect", "rectify", "manage_projects"]
    assert [gs.chinese_label(a) for a in SUPERVISION_MATRIX] == [
        "报告数据更新", "监督检查", "通知整改与通报", "登记信息化项目"]
    assert all(gs.parse_action(gs.enum_name(a)) == a for a in SUPERVISION_MATRIX)
    # MANAGE_CALENDAR (35) follows the supervision actions (31-34).
    assert gs.all_actions()[30:34] == SUPERVISION_MATRIX
    assert gs.all_actions()[34] == A.MANAGE_CALENDAR


def test_department_scope_and_refusals_change_nothing(p: gs.Platform) -> None:
    # may_do's scope is PlatformTest.MayDoAppliesDepartmentScope and PermissionRules.*;
    # that refused supervision calls change nothing (audit, connection) is not yet in C++.
    entry = publish(p, valid_unconditional_entry())
    before = len(p.audit_trail("auditor"))
    with pytest.raises(gs.PermissionDeniedError):
        p.supervision.report_refresh("civil.leader", entry.id)  # not its entry
    with pytest.raises(gs.PermissionDeniedError):
        p.supervision.report_refresh("police.admin", entry.id)  # not the role
    with pytest.raises(gs.PermissionDeniedError):
        p.supervision.save_project("police.admin", gs.Project(department_code=CIVIL, name="他部门项目",
                                                  approved_on=D(2026, 9, 1)))
    with pytest.raises(gs.PermissionDeniedError):
        p.supervision.escalate_rectifications("reviewer")
    with pytest.raises(gs.PermissionDeniedError):
        p.supervision.issue_rectification("auditor", gs.RectificationInput(department_code=POLICE,
                                                               description="x"))
    with pytest.raises(gs.PermissionDeniedError):
        p.supervision.inspect("ghost", D(2026, 9, 1), D(2026, 9, 1))
    assert len(p.audit_trail("auditor")) == before
    assert len(p.security_events("auditor")) >= 6
    assert p.supervision.projects("admin") == [] and p.supervision.rectifications("admin") == []
    police = of(p.supervision.inspect("auditor", D(2026, 9, 1), D(2026, 9, 1)), POLICE)
    assert police.connected_entries == 0  # the refused refreshes did not connect it


# ---- types ----------------------------------------------------------------------------------------


def test_value_types_are_keyword_structs() -> None:
    w = gs.SupervisionWeights(timeliness=50)
    assert repr(w) == ("SupervisionWeights(completeness=15.0, accuracy=15.0, updates=15.0, "
                       "publication=15.0, freshness=15.0, timeliness=50.0)")
    with pytest.raises(TypeError):
        gs.SupervisionWeights(1, 2, 3, 4, 5, 6)  # keyword-only
    n = gs.RectificationInput()
    assert (n.a33_ground, n.working_days) == (6, 10)
    project = gs.Project(approved_on=D(2026, 9, 2), entry_ids=[3, 4])
    assert project.approved_on == gs.Date(2026, 9, 2)
    project.entry_ids.append(5)  # a copy
    assert project.entry_ids == [3, 4]
    report = gs.InspectionReport(from_=D(2026, 9, 1), to=D(2026, 9, 30))
    assert report.from_ == gs.Date(2026, 9, 1)
    report.city.score = 88.5  # a live reference
    assert report.city.score == 88.5
    report.weights.updates = 0
    assert report.weights.updates == 0
    deep = copy.deepcopy(report)
    deep.city.score = 1.0
    assert report.city.score == 88.5
    r = gs.Rectification(status=gs.RectificationStatus.ESCALATED,
                         escalated_at=datetime.datetime(2026, 9, 9, 9, tzinfo=gs.SHANGHAI))
    assert r.escalated_at == at("2026-09-09T09:00:00")
    assert repr(gs.StepTimeliness()).startswith("StepTimeliness(kind=<StepKind.FORM_CHECK: 1>, ")
