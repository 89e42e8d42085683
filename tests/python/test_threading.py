"""One Platform handle shared by Python threads (docs/threading.md): the
binding releases the GIL on every platform call, so a call waiting in C++
(here: for another connection's write lock) lets the other threads run, and
threads deciding, searching and writing together leave a platform whose
audit chain verifies and whose counts reconcile with what the threads saw
(A28). The C++ stress is tests/cpp/threading_test.cpp (also under TSan)."""

from __future__ import annotations

import datetime
import pathlib
import random
import sqlite3
import threading

import pytest

import govshare as gs
from conftest import POLICE_CODE, civil_grant, seed_city, store, valid_unconditional_entry

CIVIL = "11320600MB1T01044D"  # 南通市民政局
START = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=gs.SHANGHAI)


def police_entry(name: str) -> gs.CatalogEntry:
    e = valid_unconditional_entry()
    e.code = ""
    e.name = name
    e.provider = gs.Provider(code=POLICE_CODE, name="南通市公安局")
    return e


def open_city(where: str):
    with gs.Platform.open(where, simulated_time=START, durability=gs.Durability.NORMAL) as p:
        seed_city(p)
        entry, authorization = civil_grant(p, ["姓名", "公民身份号码"], datetime.date(2026, 12, 31))
        yield p, where, entry, authorization


@pytest.fixture
def city(tmp_path: pathlib.Path):
    """A platform with readers and one writer (a file, or a PostgreSQL schema)
    with 户籍人口基本信息 published by 公安局 and an authorization of 民政局 on it."""
    yield from open_city(store(tmp_path / "city.db"))


@pytest.fixture
def sqlite_city(tmp_path: pathlib.Path):
    """The same city in a SQLite file, for a test that takes the file's lock."""
    yield from open_city(str(tmp_path / "city.db"))


def decision_request(user: str, entry: int) -> gs.AccessRequest:
    return gs.AccessRequest(user_id=user, entry_id=entry, items=["姓名", "公民身份号码"],
                            purpose="低保审批 2026-0917")


def test_a_call_waiting_in_cpp_lets_other_python_threads_run(sqlite_city) -> None:
    p, path, _, _ = sqlite_city
    # Another connection holds the file's write lock; create_draft waits for
    # it in C++ (busy timeout 5 s). Were the GIL held meanwhile, this thread
    # could not release the lock and the draft would fail with StorageError.
    blocker = sqlite3.connect(path, isolation_level=None, timeout=5)
    blocker.execute("BEGIN IMMEDIATE")
    outcome: list[object] = []
    writer = threading.Thread(target=lambda: outcome.append(
        p.catalog.create_draft("police.op", police_entry("等待写锁的目录"))))
    writer.start()
    writer.join(timeout=0.3)
    assert writer.is_alive()  # waiting in C++, without the GIL: we run
    blocker.execute("COMMIT")
    blocker.close()
    writer.join(timeout=10)
    assert not writer.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], gs.EntryRecord)


def test_threads_deciding_searching_and_writing_reconcile(city) -> None:
    p, _, entry, authorization = city
    draft = p.catalog.create_draft("police.op", police_entry("共享草稿"))
    audit_before = len(p.audit_trail("auditor", 1, -1))
    events_before = len(p.security_events("auditor"))
    p.access.flush_usage_log()
    usage_before = len(p.access.usage_log("auditor", gs.UsageQuery(limit=1 << 30)))
    counts = {"decisions": 0, "writes": 0, "edits": 0, "conflicts": 0, "denied": 0, "invalid": 0}
    lock = threading.Lock()
    errors: list[BaseException] = []

    def work(seed: int) -> None:
        rng = random.Random(seed)
        mine = dict.fromkeys(counts, 0)
        try:
            for i in range(60):
                try:
                    op = rng.randrange(4)
                    if op == 0:  # A26, A30
                        p.access.decide(decision_request(rng.choice(["civil.op", "police.op", "nobody"]), entry))
                        mine["decisions"] += 1
                    elif op == 1:  # A10: edit on the row_version just read
                        now = p.catalog.get_entry("auditor", draft.id)
                        content = now.working
                        content.summary = f"线程 {seed} 第 {i} 次修改"
                        p.catalog.edit_draft(rng.choice(["police.op", "civil.op"]), draft.id, now.row_version, content)
                        mine["writes"] += 1
                        mine["edits"] += 1
                    elif op == 2:  # A26: the provider suspends or reinstates
                        z = p.sharing.get_authorization("auditor", authorization)
                        if z.status == gs.AuthorizationStatus.ACTIVE:
                            p.sharing.suspend("police.leader", authorization, z.row_version, "核查使用情况")
                        else:
                            p.sharing.reinstate("police.leader", authorization, z.row_version, "核查完毕")
                        mine["writes"] += 1
                    else:  # A20
                        p.catalog.search("civil.op", "户籍")
                except gs.ConflictError:
                    mine["conflicts"] += 1
                except gs.PermissionDeniedError:
                    mine["denied"] += 1
                except gs.InvalidTransitionError:
                    mine["invalid"] += 1
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)
        with lock:
            for k, v in mine.items():
                counts[k] += v

    threads = [threading.Thread(target=work, args=(s,)) for s in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert counts["decisions"] > 0 and counts["edits"] > 0 and counts["denied"] > 0
    # A28: the chain verifies; a record per accepted change, an event per refusal,
    # a usage line per decision; no edit lost.
    v = p.verify_audit("auditor")
    assert v.intact, v.problem
    assert len(p.audit_trail("auditor", 1, -1)) - audit_before == counts["writes"]
    assert len(p.security_events("auditor")) - events_before == counts["denied"]
    p.access.flush_usage_log()
    assert len(p.access.usage_log("auditor", gs.UsageQuery(limit=1 << 30))) - usage_before == counts["decisions"]
    assert p.catalog.get_entry("auditor", draft.id).row_version == draft.row_version + counts["edits"]
