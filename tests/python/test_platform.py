"""The platform through the Python binding: opening and closing the handle, the
simulated clock, the catalog lifecycle end to end, every C++ error as its
Python class, two handles on one file, the GIL and threads, federation
bundles, audit, the facades and their deprecated flat names. The same small
city as tests/cpp/platform_test.cpp (conftest.py). The permission matrix, the
state machines and the obligation states are the C++ suite's
(tests/cpp/platform_test.cpp, tests/cpp/rules)."""

from __future__ import annotations

import datetime
import hashlib
import json
import pathlib
import sqlite3
import threading
import time

import pytest

import govshare as gs
from conftest import POLICE_CODE, seed_city, store, valid_conditional_entry, valid_unconditional_entry

BUREAU = "11320600MB1T01108B"  # 南通市大数据管理局
POLICE = POLICE_CODE  # 南通市公安局 (conftest's provider)
CIVIL = "11320600MB1T01044D"  # 南通市民政局
RUGAO_PLATFORM = "11320682MB1R030051"  # 如皋市 county platform
RUGAO_DEPT = "11320682MB1R04008H"  # a 如皋市 department
NEW_CODE = "11320600MB1T011241"  # 南通市信访局, not registered by seed_city

START = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=gs.SHANGHAI)

R, L = gs.Role, gs.DepartmentLevel


def dept(code: str, name: str, level: gs.DepartmentLevel, parent: str = "") -> gs.Department:
    return gs.Department(code=code, name=name, level=level, parent_code=parent)


def user(uid: str, name: str, department: str, *roles: gs.Role) -> gs.User:
    return gs.User(id=uid, name=name, department_code=department, roles=list(roles))


def police_entry() -> gs.CatalogEntry:
    entry = valid_conditional_entry()
    entry.code = ""  # assigned by the bureau on approval (A7)
    return entry


def open_file(path: pathlib.Path, **options) -> gs.Platform:
    """The platform a test keeps at path: the file on SQLite, its schema on PostgreSQL."""
    return gs.Platform.open(store(path), simulated_time=START, **options)


def open_sqlite(path: pathlib.Path, **options) -> gs.Platform:
    """A SQLite file, for the tests that reach into the file with sqlite3."""
    return gs.Platform.open(path, simulated_time=START, **options)


def publish_one(p: gs.Platform, entry: gs.CatalogEntry) -> gs.EntryRecord:
    """Draft → submitted → approved → published, by the right people."""
    r = p.catalog.create_draft("police.op", entry)
    r = p.catalog.submit("police.op", r.id, r.row_version)
    r = p.catalog.approve("reviewer", r.id, r.row_version)
    return p.catalog.publish("police.leader", r.id, r.row_version)


def audit_count(p: gs.Platform) -> int:
    return p.verify_audit("auditor").records


@pytest.fixture
def p():
    with gs.Platform.open(path=store(), simulated_time=START) as platform:
        seed_city(platform)
        yield platform
    assert not platform.is_open()


# ---- opening, the clock, setup --------------------------------------------------------


def test_open_in_memory_on_a_simulated_clock_and_initialize_once() -> None:
    with gs.Platform.open(store(), simulated_time=START) as p:
        assert p.is_open() and not p.initialized()
        assert p.now().to_iso() == "2026-09-01T09:00:00+08:00"
        assert p.now().to_datetime() == START
        seed_city(p)
        assert p.initialized()
        assert p.schema_version() == gs.Platform.current_schema_version() >= 3
        assert len(p.departments()) == 5
        assert len(p.users()) == 9 and len(p.users(POLICE)) == 3
        with pytest.raises(gs.InvalidTransitionError):
            p.initialize(dept(BUREAU, "x", L.BUREAU), user("admin2", "x", BUREAU, R.BUREAU_ADMIN))
        p.advance_time(86400)
        assert p.now().to_iso() == "2026-09-02T09:00:00+08:00"
        with pytest.raises(gs.InvalidArgumentError):
            p.set_time(gs.LocalDateTime.from_iso("2026-08-01"))  # backwards
        with pytest.raises(gs.InvalidArgumentError):
            p.advance_time(-1)
        with pytest.raises(TypeError):
            p.set_time(datetime.datetime(2026, 9, 3, 9, 0))  # naive: the zone would be a guess
    assert not p.is_open()
    with pytest.raises(TypeError):
        gs.Platform()  # a handle: created by Platform.open()


def test_open_takes_platform_options_and_refuses_newer_schemas(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "city.db"
    options = gs.PlatformOptions(path=str(path), durability=gs.Durability.NORMAL,
                                 audit_hash=gs.HashAlgorithm.SM3,
                                 simulated_time=gs.LocalDateTime.from_iso("2026-09-01T09:00"))
    assert options.busy_timeout_ms == 5000 and options.create_if_missing
    with gs.Platform.open(options) as p:
        seed_city(p)
        assert p.verify_audit("auditor").algorithm == gs.HashAlgorithm.SM3
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(gs.StorageError, match="newer"):
        gs.Platform.open(path)
    with pytest.raises(gs.StorageError):
        gs.Platform.open(tmp_path / "missing.db", create_if_missing=False)
    with pytest.raises(gs.InvalidArgumentError):
        gs.Platform.open(store(), busy_timeout_ms=-1)


def test_departments_and_users_are_checked(p: gs.Platform) -> None:
    with pytest.raises(gs.InvalidArgumentError):
        p.add_department("admin", dept("11320600MB1T0101XQ", "坏代码", L.MUNICIPAL))
    with pytest.raises(gs.ConflictError):
        p.add_department("admin", dept(POLICE, "南通市公安局", L.MUNICIPAL))
    with pytest.raises(gs.InvalidArgumentError):
        p.add_department("admin", dept(NEW_CODE, "南通市信访局", L.COUNTY))  # no county platform
    assert len(p.departments()) == 5
    assert p.find_department(RUGAO_DEPT) == dept(RUGAO_DEPT, "如皋市行政审批局", L.COUNTY, RUGAO_PLATFORM)
    assert p.find_department(NEW_CODE) is None
    with pytest.raises(gs.InvalidArgumentError):
        p.add_user("admin", user("bad id!", "某", POLICE, R.DEPT_OPERATOR))
    with pytest.raises(gs.ConflictError):
        p.add_user("admin", user("police.op", "某", POLICE, R.DEPT_OPERATOR))
    with pytest.raises(gs.PermissionDeniedError):
        p.add_user("police.admin", user("civil.x", "某", CIVIL, R.DEPT_OPERATOR))
    p.add_user("police.admin", user("police.op2", "孙伟", POLICE, R.DEPT_OPERATOR))
    found = p.find_user("police.op2")
    assert found == user("police.op2", "孙伟", POLICE, R.DEPT_OPERATOR)
    assert found.roles == [R.DEPT_OPERATOR] and found.active
    assert p.find_user("ghost") is None


# ---- the catalog lifecycle (A10–A12, A16) ----------------------------------------------


def test_review_publish_then_withdraw(p: gs.Platform) -> None:
    r = p.catalog.create_draft("police.op", police_entry())
    assert r.status == gs.EntryStatus.UNPUBLISHED
    assert r.working_status == gs.VersionStatus.DRAFT
    assert r.working.provider.code == POLICE and r.live is None
    r = p.catalog.submit("police.op", r.id, r.row_version)
    assert r.working_status == gs.VersionStatus.SUBMITTED
    r = p.catalog.approve("reviewer", r.id, r.row_version)
    assert r.code == r.working.code == "101001/000001"  # A7: the bureau assigns the code
    notices = p.notices("police.op", unacknowledged_only=True)
    assert [n.kind for n in notices] == [gs.NoticeKind.REVIEW_RESULT]
    assert "101001/000001" in notices[0].message
    r = p.catalog.publish("police.leader", r.id, r.row_version)
    assert r.status == gs.EntryStatus.PUBLISHED
    assert r.live_version == 1 and r.working_version is None
    assert r.live.publish_date == p.now().date

    # A16: withdrawal tells the consumers and needs the bureau.
    p.catalog.subscribe("civil.op", r.id)
    with pytest.raises(gs.InvalidArgumentError):
        p.catalog.request_withdrawal("police.leader", r.id, r.row_version, "")  # a reason is required
    r = p.catalog.request_withdrawal("police.leader", r.id, r.row_version, "系统迁移，数据改由新接口提供")
    assert r.status == gs.EntryStatus.WITHDRAWAL_REQUESTED
    assert r.withdrawal_reason == "系统迁移，数据改由新接口提供"
    assert [n.kind for n in p.notices("civil.op", True)] == [gs.NoticeKind.WITHDRAWAL_NOTICE]
    assert p.notices("admin", True)[-1].kind == gs.NoticeKind.WITHDRAWAL_NOTICE
    with pytest.raises(gs.PermissionDeniedError):
        p.catalog.decide_withdrawal("police.leader", r.id, r.row_version, True, "同意")
    r = p.catalog.decide_withdrawal("admin", r.id, r.row_version, approve=False, reason="仍有部门依赖，暂缓撤销")
    assert r.status == gs.EntryStatus.PUBLISHED
    r = p.catalog.request_withdrawal("police.leader", r.id, r.row_version, "系统迁移，数据改由新接口提供")
    r = p.catalog.decide_withdrawal("reviewer", r.id, r.row_version, True, "已确认替代资源")
    assert r.status == gs.EntryStatus.WITHDRAWN
    # Never deleted: the entry and its live content remain readable.
    assert p.catalog.get_entry("auditor", r.id).live.name == "户籍人口基本信息"
    with pytest.raises(gs.InvalidTransitionError):
        p.catalog.edit_draft("police.op", r.id, r.row_version, police_entry())
    history = p.catalog.history("police.op", r.id)
    assert [(v.number, v.status) for v in history] == [(1, gs.VersionStatus.PUBLISHED)]
    assert history[0].created_by == "police.op" and history[0].reviewed_by == "reviewer"
    assert history[0].published_at == p.now()
    # The next entry of the same classification gets the next code.
    assert publish_one(p, police_entry()).code == "101001/000002"
    assert len(p.catalog.entries("auditor")) == 2 and len(p.catalog.entries("auditor", CIVIL)) == 0


def test_rejection_with_reasons_then_revision_and_resubmission(p: gs.Platform) -> None:
    r = p.catalog.create_draft("police.op", police_entry())
    r = p.catalog.submit("police.op", r.id, r.row_version)
    with pytest.raises(gs.InvalidArgumentError):
        p.catalog.reject("reviewer", r.id, r.row_version, [])  # at least one reason
    reasons = [gs.ReviewFinding(path="summary", reason="摘要应说明数据用途"),
               gs.ReviewFinding(path="items[3].length", reason="地址长度不足")]
    r = p.catalog.reject("reviewer", r.id, r.row_version, reasons)
    assert r.working_status == gs.VersionStatus.REJECTED
    history = p.catalog.history("police.op", r.id)
    assert len(history) == 1
    assert history[0].rejection == reasons
    assert history[0].status == gs.VersionStatus.REJECTED
    assert "地址长度不足" in p.notices("police.op", True)[-1].message
    revised = police_entry()
    revised.summary += "用于户籍核验与人口统计分析。"
    r = p.catalog.edit_draft("police.op", r.id, r.row_version, revised)
    assert r.working_status == gs.VersionStatus.DRAFT
    assert r.working.summary == revised.summary
    r = p.catalog.submit("police.op", r.id, r.row_version)
    r = p.catalog.approve("reviewer", r.id, r.row_version)
    assert r.working_status == gs.VersionStatus.APPROVED


def test_submission_with_errors_is_refused_listing_findings(p: gs.Platform) -> None:
    bad = police_entry()
    bad.share.scope = gs.ShareScope()
    r = p.catalog.create_draft("police.op", bad)  # drafts may be incomplete
    with pytest.raises(gs.InvalidArgumentError, match="share.conditional_scope"):
        p.catalog.submit("police.op", r.id, r.row_version)
    assert p.catalog.get_entry("police.op", r.id).working_status == gs.VersionStatus.DRAFT


def test_permission_denied_changes_nothing_and_is_a_security_event(p: gs.Platform) -> None:
    before = audit_count(p)
    with pytest.raises(gs.PermissionDeniedError) as info:
        p.add_department("police.op", dept(NEW_CODE, "南通市信访局", L.MUNICIPAL))
    assert info.value.code == gs.ErrorCode.PERMISSION_DENIED
    assert "manage_departments" in str(info.value)
    assert len(p.departments()) == 5
    assert audit_count(p) == before
    events = p.security_events("auditor")
    assert len(events) == 1
    assert (events[0].user_id, events[0].department_code) == ("police.op", POLICE)
    assert events[0].action == gs.Action.MANAGE_DEPARTMENTS
    assert events[0].time == p.now()
    with pytest.raises(gs.PermissionDeniedError):
        p.add_department("nobody", dept(NEW_CODE, "x", L.MUNICIPAL))  # an unknown user
    assert len(p.security_events("auditor")) == 2
    with pytest.raises(gs.PermissionDeniedError):
        p.security_events("police.op")  # reading the audit is for auditors and the bureau


# ---- optimistic concurrency on one file -------------------------------------------------


def test_a_stale_row_version_is_a_conflict_across_two_handles(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "concurrent.db"
    with open_file(path) as first:
        seed_city(first)
        r = first.catalog.create_draft("police.op", police_entry())
        with open_file(path) as second:
            seen_by_second = second.catalog.get_entry("police.op", r.id)
            mine = police_entry()
            mine.summary = "第一个进程的修改：全市户籍人口的身份、出生、户籍地址和人口状态信息。"
            first.catalog.edit_draft("police.op", r.id, r.row_version, mine)
            theirs = police_entry()
            theirs.summary = "第二个进程的修改：全市户籍人口的身份、出生、户籍地址和人口状态信息。"
            with pytest.raises(gs.ConflictError):
                second.catalog.edit_draft("police.op", r.id, seen_by_second.row_version, theirs)
            assert second.catalog.get_entry("police.op", r.id).working.summary == mine.summary
            fresh = second.catalog.get_entry("police.op", r.id)
            second.catalog.edit_draft("police.op", r.id, fresh.row_version, theirs)  # after re-reading
            assert first.catalog.get_entry("police.op", r.id).working.summary == theirs.summary
        assert first.verify_audit("auditor").intact


def test_a_wait_for_another_writers_lock_releases_the_gil(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "locked.db"
    with open_sqlite(path, busy_timeout_ms=10_000) as p:
        seed_city(p)
        blocker = sqlite3.connect(path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        results: list = []

        def draft() -> None:
            started = time.monotonic()
            try:
                results.append(p.catalog.create_draft("police.op", police_entry()))
            except Exception as error:  # reported below
                results.append(error)
            results.append(time.monotonic() - started)

        worker = threading.Thread(target=draft)
        worker.start()
        # Pure Python work: it only runs if the waiting call gave up the GIL.
        deadline = time.monotonic() + 0.5
        spins = 0
        while time.monotonic() < deadline:
            spins += 1
        blocker.execute("COMMIT")
        blocker.close()
        worker.join(30)
        record, waited = results
        assert isinstance(record, gs.EntryRecord), record
        assert waited > 0.2  # it did wait for the lock, without holding the GIL
        assert spins > 0


def test_threads_sharing_one_handle_take_turns(p: gs.Platform) -> None:
    errors: list = []

    def work() -> None:
        try:
            for _ in range(5):
                r = p.catalog.create_draft("police.op", police_entry())
                p.catalog.submit("police.op", r.id, r.row_version)
                p.verify_audit("auditor")
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    entries = p.catalog.entries("auditor", POLICE)
    assert len(entries) == 20
    assert all(e.working_status == gs.VersionStatus.SUBMITTED for e in entries)
    assert p.verify_audit("auditor").intact


# ---- obligations (A11) -------------------------------------------------------------------


def test_a_legal_change_is_due_by_the_rules_in_force(p: gs.Platform) -> None:
    # The due date (N17: 10 working days for a change from 2025-08-01), the
    # states and the refusals are
    # PlatformTest.LegalChangeOpensAnObligationDueByTheRulesInForce; here the types.
    o = p.catalog.record_legal_change("police.admin", POLICE, gs.ObligationKind.LAW_REVISION,
                              "《中华人民共和国户口登记条例》修订", datetime.date(2026, 9, 25))
    assert o.announced_on == gs.Date(2026, 9, 25)
    assert o.due.due.date == gs.Date(2026, 10, 15)
    assert o.state == gs.ObligationState.OPEN and o.fulfilled_at is None
    assert o.description == "《中华人民共和国户口登记条例》修订"
    p.set_time(datetime.datetime(2026, 10, 23, 2, 0, tzinfo=datetime.timezone.utc))  # 10:00 +08
    assert p.now().to_iso() == "2026-10-23T10:00:00+08:00"
    assert p.catalog.obligations("police.op", unfulfilled_only=True)[0].state == gs.ObligationState.OVERDUE
    r = p.catalog.create_draft("police.op", police_entry())
    r = p.catalog.submit("police.op", r.id, r.row_version)
    submitted = p.now()
    p.set_time(datetime.datetime(2026, 10, 26, 2, 0, tzinfo=datetime.timezone.utc))
    p.catalog.approve("reviewer", r.id, r.row_version)  # the approval fulfils it (A11)
    (done,) = p.catalog.obligations("admin", POLICE, False)
    assert done.state == gs.ObligationState.FULFILLED and done.fulfilled_at == submitted
    assert (done.fulfilled_by_entry, done.fulfilled_by_version) == (r.id, 1)


def test_an_a11_year_law_revision_and_census_return(p: gs.Platform) -> None:
    """A11 through the binding: a rejected submission fulfils nothing, the approved
    revision fulfils the law revision (and records which), only the census return
    fulfils the census (PlatformTest.OnlyAnApprovedRevision… and
    TheCensusIsFulfilledByTheDepartmentsReturn hold the rules)."""
    published = p.catalog.create_draft("police.op", police_entry())
    published = p.catalog.submit("police.op", published.id, published.row_version)
    published = p.catalog.approve("reviewer", published.id, published.row_version)
    published = p.catalog.publish("police.leader", published.id, published.row_version)
    (census,) = [o for o in p.catalog.schedule_census("admin", 2026) if o.department_code == POLICE]
    law = p.catalog.record_legal_change("police.admin", POLICE, gs.ObligationKind.LAW_REVISION,
                                        "《中华人民共和国户口登记条例》修订", gs.Date(2026, 9, 1))
    revised = police_entry()
    revised.summary += "含户口登记条例修订后的登记事项。"
    r = p.catalog.edit_draft("police.op", published.id, published.row_version, revised)
    r = p.catalog.submit("police.op", r.id, r.row_version)
    r = p.catalog.reject("reviewer", r.id, r.row_version, [gs.ReviewFinding(path="summary", reason="请注明条例名称")])
    assert {o.id for o in p.catalog.obligations("police.op", unfulfilled_only=True)} == {law.id, census.id}
    # The rejection opened a revision step (A31 (2)), due by the policy's days.
    (step,) = p.sharing.steps("police.op", "", True)
    assert step.kind == gs.StepKind.CATALOG_REVISION and step.object == f"entry:{published.id}"
    r = p.catalog.edit_draft("police.op", r.id, r.row_version, revised)
    r = p.catalog.submit("police.op", r.id, r.row_version)
    assert p.sharing.steps("police.op", "", True) == []
    r = p.catalog.approve("reviewer", r.id, r.row_version)
    done = {o.id: o for o in p.catalog.obligations("police.op")}
    assert done[law.id].state == gs.ObligationState.FULFILLED and done[law.id].on_time
    assert (done[law.id].fulfilled_by_entry, done[law.id].fulfilled_by_version) == (published.id, 2)
    assert done[census.id].state != gs.ObligationState.FULFILLED  # an edit is no census
    with pytest.raises(gs.InvalidArgumentError, match="A11"):
        p.catalog.return_census("police.op", POLICE, 2026, [])  # every published entry is listed
    returned = p.catalog.return_census(
        "police.op", POLICE, 2026, [gs.CensusLine(entry_id=published.id, outcome=gs.CensusOutcome.REVISED)])
    assert returned.state == gs.ObligationState.FULFILLED and returned.on_time
    assert returned.census_return == [
        gs.CensusLine(entry_id=published.id, outcome=gs.CensusOutcome.REVISED, version=2)]


def test_deadlines_follow_the_calendar_the_platform_is_given(p: gs.Platform) -> None:
    cal = gs.WorkdayCalendar.builtin()
    cal.override(datetime.date(2026, 10, 12), False, "南通市防汛应急停工一天")
    p.set_calendar(cal)
    # Copied: the platform's calendar is shared by its threads and never
    # changes under them; a later change to `cal` is not the platform's.
    assert p.calendar() is not cal and p.calendar().version() == cal.version()
    cal.override(datetime.date(2026, 10, 13), False, "not given to the platform")
    assert "overrides:1" in p.calendar().version()
    o = p.catalog.record_legal_change("police.admin", POLICE, gs.ObligationKind.FUNCTION_CHANGE,
                              "南通市公安局内设机构职能调整", gs.Date(2026, 9, 25))
    assert o.due.due.date == gs.Date(2026, 10, 16)  # one working day fewer before 10-15 (N17)
    assert o.due.calendar_version == p.calendar().version() and "overrides:1" in o.due.calendar_version


def test_notices_are_acknowledged_by_their_department(p: gs.Platform) -> None:
    r = p.catalog.create_draft("police.op", police_entry())
    r = p.catalog.submit("police.op", r.id, r.row_version)
    p.catalog.approve("reviewer", r.id, r.row_version)
    n = p.notices("police.op", True)[0]
    assert n.entry_id == r.id and n.department_code == POLICE and n.acknowledged_at is None
    with pytest.raises(gs.PermissionDeniedError):
        p.acknowledge_notice("civil.op", n.id)
    p.acknowledge_notice("police.leader", n.id)
    assert p.notices("police.op", True) == []
    acknowledged = p.notices("police.op")[0]
    assert acknowledged.acknowledged_by == "police.leader"
    assert acknowledged.acknowledged_at == p.now()
    with pytest.raises(gs.InvalidTransitionError):
        p.acknowledge_notice("police.op", n.id)
    with pytest.raises(gs.NotFoundError):
        p.acknowledge_notice("police.op", 424242)


# ---- audit (A28) -----------------------------------------------------------------------------


@pytest.mark.parametrize("algorithm", [gs.HashAlgorithm.SHA256, gs.HashAlgorithm.SM3])
def test_audit_verifies_and_finds_a_raw_sql_update(tmp_path: pathlib.Path, algorithm) -> None:
    path = tmp_path / f"audit-{gs.enum_name(algorithm)}.db"
    with open_sqlite(path, audit_hash=algorithm) as p:
        seed_city(p)
        v = p.verify_audit("auditor")
        assert v.intact and v.problem == "" and v.first_bad_position == 0
        assert v.records == 13  # initialize + 4 departments + 8 users
        assert v.algorithm == algorithm
        trail = p.audit_trail("auditor")
        assert [a.position for a in trail] == list(range(1, 14))
        assert len(trail[0].hash) == 64 and trail[1].previous_hash == trail[0].hash
        assert trail[0].action == "platform.initialize" and trail[0].user_id == "admin"
        assert [a.position for a in p.audit_trail("auditor", from_position=5, limit=2)] == [5, 6]
        with pytest.raises(gs.PermissionDeniedError):
            p.verify_audit("police.op")
    # As an attacker or a broken tool would: straight into the file.
    db = sqlite3.connect(path)
    db.execute("UPDATE audit_log SET reason = '篡改' WHERE position = 5")
    db.commit()
    db.close()
    with open_sqlite(path) as p:
        v = p.verify_audit("auditor")
        assert not v.intact
        assert v.first_bad_position == 5
        assert v.problem
        assert v.algorithm == algorithm  # fixed when the platform was created


def test_audit_exports_as_json_lines(p: gs.Platform) -> None:
    publish_one(p, police_entry())
    jsonl = p.export_audit("auditor")
    lines = jsonl.splitlines()
    assert jsonl.endswith("\n") and len(lines) == audit_count(p)
    records = [json.loads(line) for line in lines]
    assert [r["position"] for r in records] == list(range(1, len(lines) + 1))
    assert "catalog.publish" in {r["action"] for r in records}
    assert records[-1]["hash"] == p.audit_trail("auditor")[-1].hash
    with pytest.raises(gs.PermissionDeniedError):
        p.export_audit("police.leader")


# ---- the permission matrix (docs/permissions.md) ---------------------------------------------


def test_permission_matrix_matches_the_documented_table() -> None:
    expected = [R.BUREAU_ADMIN, R.BUREAU_REVIEWER, R.DEPT_ADMIN, R.DEPT_OPERATOR, R.DEPT_LEADER,
                R.AUDITOR]
    actions = gs.all_actions()
    assert len(actions) == 50 and actions[0] == gs.Action.MANAGE_DEPARTMENTS
    assert actions[35:37] == [gs.Action.DECIDE_EXTENSION, gs.Action.DELIVER_DATA]  # N21, N22
    assert actions[37:42] == [gs.Action.KEEP_USE_RECORDS, gs.Action.PURGE_USE_RECORDS,  # N29
                              gs.Action.EXPORT_USE_RECORDS, gs.Action.CHANGE_SERVICE, gs.Action.END_PURPOSE]  # N27
    assert actions[42] == gs.Action.DESIGNATE_SOURCE  # N19
    assert actions[43:45] == [gs.Action.RECTIFY_MISUSE, gs.Action.REQUEST_WIDER_USE]  # N27 ¶2, N25
    assert actions[45] == gs.Action.RUN_HOUSEKEEPING  # the bureau's scheduled run
    assert actions[46] == gs.Action.COPY_PLATFORM  # a move between backends
    assert actions[47:50] == [gs.Action.SIGN_AUDIT_CHECKPOINT, gs.Action.ROTATE_SIGNING_KEY,
                              gs.Action.MANAGE_PSEUDONYM_KEY]  # A28
    assert gs.all_roles() == expected
    # Every cell is PermissionMatrixTest.MatchesTheDocumentedMatrix's (the same
    # table); here the lists arrive as enums and role_allows takes keywords.
    assert gs.role_allows(R.BUREAU_REVIEWER, L.BUREAU, gs.Action.REVIEW_CATALOG) is True
    assert gs.role_allows(role=R.DEPT_LEADER, level=L.MUNICIPAL, action=gs.Action.PUBLISH_CATALOG)


def test_may_do_applies_the_department_scope(p: gs.Platform) -> None:
    # The cases are PlatformTest.MayDoAppliesDepartmentScope's; here the optional department.
    assert p.may_do("police.op", gs.Action.EDIT_CATALOG, POLICE) is True
    assert p.may_do("reviewer", gs.Action.REVIEW_CATALOG)
    assert not p.may_do("ghost", gs.Action.READ_CATALOG)
    assert p.security_events("auditor") == []  # asking records nothing (PlatformTest.MayDoAppliesDepartmentScope)


def test_enumeration_names_and_labels_round_trip() -> None:
    for role in gs.Role.__members__.values():
        assert gs.parse_role(gs.enum_name(role)) == role
    for level in gs.DepartmentLevel.__members__.values():
        assert gs.parse_department_level(gs.enum_name(level)) == level
    for action in gs.all_actions():
        assert gs.parse_action(gs.enum_name(action)) == action
    assert gs.enum_name(R.DEPT_OPERATOR) == "dept_operator"
    assert gs.enum_name(gs.EntryStatus.WITHDRAWAL_REQUESTED) == "withdrawal_requested"
    assert gs.enum_name(gs.VersionStatus.SUPERSEDED) == "superseded"
    assert gs.enum_name(gs.NoticeKind.FEDERATION_IMPORT) == "federation_import"
    assert gs.enum_name(gs.NoticeKind.CALENDAR) == "calendar"
    assert gs.enum_name(gs.Action.MANAGE_CALENDAR) == "manage_calendar"
    assert gs.enum_name(gs.ObligationKind.ANNUAL_CENSUS) == "annual_census"
    assert gs.enum_name(gs.ObligationState.OVERDUE) == "overdue"
    assert gs.enum_name(gs.HashAlgorithm.SM3) == "sm3"
    assert gs.enum_name(gs.Durability.NORMAL) == "normal"
    assert gs.chinese_label(R.DEPT_OPERATOR) == "部门经办人"
    assert gs.chinese_label(L.COUNTY_PLATFORM) == "县（市）、区平台"
    for parse in (gs.parse_role, gs.parse_department_level, gs.parse_action):
        with pytest.raises(gs.InvalidArgumentError):
            parse("superuser")


# ---- federation (A6) -----------------------------------------------------------------------


def test_county_bundle_imports_idempotently(tmp_path: pathlib.Path) -> None:
    # The county platform signs its bundles with its key; the city registered the public half.
    county_key = gs.generate_signing_key()
    gs.write_signing_key_files(county_key, tmp_path / "rugao.key", tmp_path / "rugao.pub")
    with gs.Platform.open(store(), simulated_time=START, signing_key_file=tmp_path / "rugao.key") as county, \
            gs.Platform.open(store(), simulated_time=START) as city:
        seed_city(county)
        e = valid_unconditional_entry()
        e.code = ""
        e.provider = gs.Provider(code=RUGAO_PLATFORM, name="如皋市大数据管理局")
        e.name = "如皋市企业投资项目备案信息"
        r = county.catalog.create_draft("rugao.admin", e)
        r = county.catalog.submit("rugao.admin", r.id, r.row_version)
        r = county.catalog.approve("reviewer", r.id, r.row_version)
        r = county.catalog.publish("rugao.admin", r.id, r.row_version)
        with pytest.raises(gs.PermissionDeniedError):
            county.catalog.export_federation_bundle("police.admin")  # not a county platform
        bundle = county.catalog.export_federation_bundle("rugao.admin")

        city.initialize(dept(BUREAU, "南通市大数据管理局", L.BUREAU),
                        user("admin", "王局", BUREAU, R.BUREAU_ADMIN))
        city.add_department("admin", dept(RUGAO_PLATFORM, "如皋市大数据管理局", L.COUNTY_PLATFORM))
        with pytest.raises(gs.InvalidArgumentError, match="not registered"):
            city.catalog.import_federation_bundle("admin", bundle)
        registered = city.register_county_key("admin", RUGAO_PLATFORM, (tmp_path / "rugao.pub").read_text())
        assert registered.key_id == county_key.key_id and registered.algorithm == gs.SignatureAlgorithm.ED25519
        assert [k.county_code for k in city.county_keys("admin")] == [RUGAO_PLATFORM]
        report = city.catalog.import_federation_bundle("admin", bundle)
        assert report.signing_key == county_key.key_id
        assert report.source_platform == RUGAO_PLATFORM
        assert (report.added, report.updated, report.unchanged) == (1, 0, 0)
        assert report.changed_codes == [r.code]
        report = city.catalog.import_federation_bundle("admin", bundle.encode("utf-8"))  # bytes too
        assert (report.added, report.updated, report.unchanged) == (0, 0, 1)
        assert report.changed_codes == []
        assert city.find_department(RUGAO_PLATFORM).name == "如皋市大数据管理局"
        assert city.notices("admin")[-1].kind == gs.NoticeKind.FEDERATION_IMPORT

        # The county revises and publishes: a re-import updates the entry.
        v2 = r.live
        v2.summary += "（2026年修订）"
        r = county.catalog.edit_draft("rugao.admin", r.id, r.row_version, v2)
        r = county.catalog.submit("rugao.admin", r.id, r.row_version)
        r = county.catalog.approve("reviewer", r.id, r.row_version)
        county.catalog.publish("rugao.admin", r.id, r.row_version)
        report = city.catalog.import_federation_bundle("admin", county.catalog.export_federation_bundle("rugao.admin"))
        assert report.updated == 1
        (imported,) = city.catalog.entries("admin", RUGAO_PLATFORM)
        assert imported.live_version == 2 and imported.live.summary == v2.summary

        altered = bundle.replace("如皋市企业投资项目备案信息", "X皋市企业投资项目备案信息", 1)
        with pytest.raises(gs.InvalidArgumentError):
            city.catalog.import_federation_bundle("admin", altered)  # the digest no longer matches
        with pytest.raises(gs.ParseError):
            city.catalog.import_federation_bundle("admin", "not json")
        # Re-digested by a forger (anyone can): the signature no longer verifies.
        forged = json.loads(bundle)
        forged["entries"][0]["name"] = "如皋市企业投资项目备案信息（伪造）"
        del forged["digest"]
        body = {k: v for k, v in forged.items() if k != "signature"}
        forged["digest"] = "sha256:" + hashlib.sha256(
            json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
        with pytest.raises(gs.InvalidArgumentError, match="does not verify"):
            city.catalog.import_federation_bundle("admin", json.dumps(forged, ensure_ascii=False))
        city.remove_county_key("admin", RUGAO_PLATFORM, county_key.key_id, "如皋市签名密钥泄露")
        with pytest.raises(gs.InvalidArgumentError, match="not registered"):
            city.catalog.import_federation_bundle("admin", bundle)
        assert city.verify_audit("admin").intact


# ---- text, values, closing ----------------------------------------------------------------


def test_chinese_text_round_trips(p: gs.Platform) -> None:
    name = "南通市人力资源和社会保障局（市社保中心）"
    p.add_department("admin", dept(NEW_CODE, name, L.MUNICIPAL))
    assert p.find_department(NEW_CODE).name == name
    p.add_user("admin", user("hr.op", "欧阳𠀋明", NEW_CODE, R.DEPT_OPERATOR))  # outside the BMP
    assert p.find_user("hr.op").name == "欧阳𠀋明"
    entry = police_entry()
    entry.summary = "全市户籍人口的身份、出生、户籍地址和人口状态信息——含“迁入”“迁出”记录；用于核验。"
    r = p.catalog.create_draft("police.op", entry)
    stored = p.catalog.get_entry("police.op", r.id).working
    assert (stored.name, stored.summary) == (entry.name, entry.summary)
    assert stored.items == entry.items and stored.share == entry.share
    assert r.working.summary == entry.summary
    assert r.working.items[0].name == "公民身份号码"
    r = p.catalog.submit("police.op", r.id, r.row_version)
    r = p.catalog.reject("reviewer", r.id, r.row_version,
                 [gs.ReviewFinding(path="items[1].name", reason="“姓名”应注明是否含曾用名")])
    assert p.catalog.history("police.op", r.id)[0].rejection[0].reason == "“姓名”应注明是否含曾用名"
    assert "“姓名”应注明是否含曾用名" in p.notices("police.op")[-1].message
    exported = [json.loads(line) for line in p.export_audit("auditor").splitlines()]
    assert any(rec["object"] == f"department:{NEW_CODE}" for rec in exported)


def test_value_types_are_keyword_built_copies() -> None:
    u = gs.User(id="zhang.ming", name="张明", department_code=POLICE, roles=[R.DEPT_OPERATOR])
    assert u.active
    assert repr(u) == ("User(id='zhang.ming', name='张明', department_code='11320600MB1A2B3CXJ', "
                       "roles=[<Role.DEPT_OPERATOR: 4>], active=True)")
    u.roles.append(R.DEPT_LEADER)  # a copy: changes nothing
    assert u.roles == [R.DEPT_OPERATOR]
    with pytest.raises(TypeError):
        gs.User("zhang.ming")  # keyword-only
    assert gs.Department(code=POLICE) != gs.Department(code=CIVIL)
    record = gs.EntryRecord(id=3, live_version=2)
    assert record.live is None and record.working_status is None
    assert gs.PlatformOptions().path == "" and gs.PlatformOptions().simulated_time is None
    options = gs.PlatformOptions(path=":memory:", simulated_time=START)  # aware datetime converts
    assert options.simulated_time == gs.LocalDateTime.from_iso("2026-09-01T09:00")
    rule = gs.DeadlineRule(unit=gs.DeadlineUnit.WORKING_DAYS, count=1)
    cal = gs.WorkdayCalendar.builtin()
    assert cal.compute_deadline(START, rule) == cal.compute_deadline(options.simulated_time, rule)
    assert gs.AuditVerification().intact and gs.FederationReport().changed_codes == []


def test_a_closed_handle_raises_storage_error(p: gs.Platform) -> None:
    r = p.catalog.create_draft("police.op", police_entry())
    assert repr(p) == "<govshare.Platform open>"
    p.close()
    assert not p.is_open()
    assert repr(p) == "<govshare.Platform closed>"
    for call in (
        lambda: p.departments(),
        lambda: p.catalog.get_entry("police.op", r.id),
        lambda: p.catalog.create_draft("police.op", police_entry()),
        lambda: p.catalog.submit("police.op", r.id, r.row_version),
        lambda: p.verify_audit("auditor"),
        lambda: p.initialized(),
    ):
        with pytest.raises(gs.StorageError, match="closed"):
            call()
    p.close()  # idempotent


def test_the_context_manager_closes_even_on_error() -> None:
    platform = gs.Platform.open(store(), simulated_time=START)
    with platform as entered:
        assert entered is platform
    assert not platform.is_open()
    with pytest.raises(gs.PermissionDeniedError):
        with gs.Platform.open(store(), simulated_time=START) as p:
            seed_city(p)
            p.add_department("civil.op", dept(NEW_CODE, "x", L.MUNICIPAL))
    assert not p.is_open()


def test_platform_enums_have_chinese_labels() -> None:
    assert gs.chinese_label(gs.EntryStatus.WITHDRAWN) == "已撤销"
    assert gs.chinese_label(gs.ObligationState.OVERDUE) == "已逾期"
    assert gs.chinese_label(gs.NoticeKind.REVIEW_RESULT) == "审核结果"
    assert all(gs.chinese_label(a) != gs.enum_name(a) for a in gs.all_actions())


def test_domain_facades_share_the_handle_and_the_flat_names_of_0_1_warn() -> None:
    # docs/architecture.md: one handle, four domain facades sharing its state.
    with gs.Platform.open(store()) as p:
        assert isinstance(p.catalog, gs.CatalogService)
        assert isinstance(p.sharing, gs.SharingService)
        assert isinstance(p.access, gs.AccessService)
        assert isinstance(p.supervision, gs.SupervisionService)
        policy = gs.SharingPolicy(demand_not_in_duties_days=5, objection_check_days=5)
        assert p.sharing.policy() == policy
        # The old flat name still works for one release, and says where it went.
        with pytest.warns(DeprecationWarning, match=r"platform\.sharing\.policy"):
            assert p.policy() == policy
        facade = p.sharing
    # A facade kept after close() is closed with its handle.
    with pytest.raises(gs.StorageError, match="closed"):
        facade.policy()


def test_the_suite_runs_on_the_backend_it_was_given() -> None:
    # scripts/run-tests.sh runs the platform tests a second time on the
    # throwaway PostgreSQL server: there, every platform is a PostgreSQL schema.
    import conftest
    where = store()
    assert gs.is_server_database(where) == bool(conftest.POSTGRES)
    assert not gs.is_server_database("city.db") and gs.is_server_database("postgres://h/db")
    assert gs.redacted_path("postgresql://gs:secret@db.example/city") == "postgresql://gs:***@db.example/city"
    with gs.Platform.open(where, simulated_time=START) as p:
        seed_city(p)
        assert len(p.departments()) == 5


def test_copy_to_moves_the_whole_platform_and_verifies_the_audit_chain(tmp_path: pathlib.Path) -> None:
    # docs/deployment.md: a move between backends (to a SQLite file: from a file,
    # or from PostgreSQL when the suite runs there). The bureau administrator's alone.
    with gs.Platform.open(store(tmp_path / "city.db"), simulated_time=START) as p:
        seed_city(p)
        with pytest.raises(gs.PermissionDeniedError):
            p.copy_to("police.op", gs.PlatformOptions(path=str(tmp_path / "refused.db")))
        report = p.copy_to("admin", gs.PlatformOptions(path=str(tmp_path / "copy.db")))
        assert report.verified()
        assert report.source_head == report.target_head
        rows = {t.table: t.rows for t in report.tables}
        assert rows["departments"] == 5 and rows["audit_log"] == report.target.records
        assert p.audit_trail("auditor", 0, -1)[-1].action == "platform.copy"
        with pytest.raises(gs.InvalidArgumentError, match="holds a platform already"):
            p.copy_to("admin", gs.PlatformOptions(path=str(tmp_path / "copy.db")))
    with gs.Platform.open(tmp_path / "copy.db", simulated_time=START) as copy:
        assert len(copy.departments()) == 5
        assert copy.verify_audit("auditor").intact
