#!/usr/bin/env python3
"""Platform.decide from Python: the cost of one access decision per call,
binding included (argument conversion, GIL release, the handle's lock, the
AccessDecision back to Python), against benchmarks/access_bench.cpp's
BM_Decide for the C++ figure.

The platform is seeded as access_bench.cpp seeds it, through the public API:
a file platform (durability NORMAL, simulated clock 2026-09-01T09:00), the
bureau, 南通市公安局 publishing 10 entries (the sample catalog's first entry,
made unconditional and platform-direct), and 100 consumer departments each
granted every entry (apply -> accept -> grant): 1000 active authorizations.
Requests pick a random (consumer, entry) pair (seed 42) with the entry's first
two items, at the platform's current time, so every call checks validity.

Each call is timed on its own with time.perf_counter_ns (the timer's own cost,
~50-100 ns, is included); the garbage collector is off while timing. Prints the
median (p50) and 99th percentile (p99) per call and calls per second, with the
usage log off and on. Not part of any test suite. Usage, with govshare
installed (pip install .):

  python benchmarks/python_decide_overhead.py [--calls 100000] [--authorizations 1000]
"""
from __future__ import annotations

import argparse
import gc
import os
import pathlib
import random
import statistics
import sys
import tempfile
import time

import govshare as gs

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "data" / "catalog-sample.json"

BUREAU = "11320600MB1T01108B"
POLICE = "11320600MB1T0101XP"
START = gs.LocalDateTime.from_iso("2026-09-01T09:00:00+08:00")


def credit_code(n: int) -> str:
    """A valid credit code for municipal body number n (as access_bench.cpp)."""
    org = f"MC{n:06d}"
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    s = sum((int(c) if c.isdigit() else ord(c) - ord("A") + 10) * w for c, w in zip(org, weights))
    r = 11 - s % 11
    check = "X" if r == 10 else "0" if r == 11 else str(r)
    body = "11320600" + org + check
    return body + gs.credit_code_check_char(body)


def entry_content(sample: gs.Catalog, i: int) -> gs.CatalogEntry:
    e = sample.entries[0]
    e.code = ""
    e.name = f"人口基本信息（{i}）"
    e.share = gs.ShareAttribute(share_class=gs.ShareClass.UNCONDITIONAL, methods=[gs.ShareMethod.API],
                                authorization_mode=gs.AuthorizationMode.PLATFORM_DIRECT)
    e.open = gs.OpenAttribute()
    return e


def seed(path: pathlib.Path, n: int) -> tuple[list[tuple[str, int]], list[str]]:
    """Seeds the platform file with n authorizations; returns the (user, entry) pairs and items."""
    sample = gs.load_catalog_file(SAMPLE)
    R, L = gs.Role, gs.DepartmentLevel
    with gs.Platform.open(path, durability=gs.Durability.NORMAL, simulated_time=START) as p:
        p.initialize(gs.Department(code=BUREAU, name="南通市大数据管理局", level=L.BUREAU),
                     gs.User(id="admin", name="王局", department_code=BUREAU, roles=[R.BUREAU_ADMIN]))
        p.add_user("admin", gs.User(id="reviewer", name="李审", department_code=BUREAU,
                                    roles=[R.BUREAU_REVIEWER]))
        p.add_department("admin", gs.Department(code=POLICE, name="南通市公安局", level=L.MUNICIPAL))
        p.add_user("admin", gs.User(id="police.op", name="张明", department_code=POLICE,
                                    roles=[R.DEPT_OPERATOR]))
        p.add_user("admin", gs.User(id="police.leader", name="陈处", department_code=POLICE,
                                    roles=[R.DEPT_LEADER]))
        entries = 100 if n >= 10000 else 10
        consumers = n // entries
        entry_ids = []
        for i in range(entries):
            r = p.catalog.create_draft("police.op", entry_content(sample, i))
            r = p.catalog.submit("police.op", r.id, r.row_version)
            r = p.catalog.approve("reviewer", r.id, r.row_version)
            entry_ids.append(p.catalog.publish("police.leader", r.id, r.row_version).id)
        items = [item.name for item in entry_content(sample, 0).items[:2]]
        request = gs.ApplicationRequest(
            items=items, purpose="基准测试", legal_duty="基准测试", method=gs.ShareMethod.API,
            valid_from=gs.Date(2026, 9, 1), valid_until=gs.Date(2027, 8, 31),
            scan=gs.ScanDocument(file_name="scan.pdf", sha256="a" * 64, size=1))
        pairs = []
        for c in range(consumers):
            code, user = credit_code(c + 1), f"u{c}"
            p.add_department("admin", gs.Department(code=code, name=f"南通市测试部门{c}", level=L.MUNICIPAL))
            p.add_user("admin", gs.User(id=user, name="经办人", department_code=code, roles=[R.DEPT_OPERATOR]))
            for entry in entry_ids:
                request.entry_id = entry
                a = p.sharing.apply(user, request)
                a = p.sharing.accept_application("reviewer", a.id, a.row_version)
                p.sharing.grant_application("reviewer", a.id, a.row_version)
                pairs.append((user, entry))
    return pairs, items


def percentile(sorted_ns: list[int], q: float) -> int:
    return sorted_ns[min(len(sorted_ns) - 1, int(len(sorted_ns) * q))]


def measure(path: pathlib.Path, pairs: list[tuple[str, int]], items: list[str], calls: int,
            usage_log: bool) -> dict[str, float]:
    rng = random.Random(42)
    requests = []
    for _ in range(4096):
        user, entry = pairs[rng.randrange(len(pairs))]
        requests.append(gs.AccessRequest(user_id=user, entry_id=entry, items=items,
                                         method=gs.ShareMethod.API, purpose="办件 2026-0917"))
    with gs.Platform.open(path, durability=gs.Durability.NORMAL, simulated_time=START,
                          usage_log=usage_log) as p:
        for i in range(2000):  # warm up: builds the decision index
            if not p.access.decide(requests[i & 4095]).allowed:
                raise SystemExit("a seeded authorization was refused")
        decide, clock = p.access.decide, time.perf_counter_ns
        ns = [0] * calls
        allowed = 0
        gc.disable()
        try:
            wall0 = clock()
            for i in range(calls):
                t0 = clock()
                d = decide(requests[i & 4095])
                ns[i] = clock() - t0
                allowed += d.allowed
            wall = clock() - wall0
        finally:
            gc.enable()
        p.access.flush_usage_log()
    if allowed != calls:
        raise SystemExit(f"{calls - allowed} decisions were refused")
    ns.sort()
    return {"p50": percentile(ns, 0.50), "p99": percentile(ns, 0.99),
            "mean": statistics.fmean(ns), "calls_per_s": calls / (wall / 1e9)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=100_000, help="timed decide() calls (default 100000)")
    parser.add_argument("--authorizations", type=int, default=1000,
                        help="active authorizations to seed (default 1000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="govshare-decide-") as tmp:
        path = pathlib.Path(tmp) / "access.db"
        t0 = time.perf_counter()
        pairs, items = seed(path, args.authorizations)
        seeded = time.perf_counter() - t0
        print(f"govshare {gs.__version__}, Python {sys.version.split()[0]}, pid {os.getpid()}")
        print(f"seeded {len(pairs)} authorizations ({len(set(e for _, e in pairs))} entries) "
              f"in {seeded:.1f} s; {args.calls} timed calls of Platform.decide per run")
        print(f"{'usage log':<10} {'p50 ns':>9} {'p99 ns':>9} {'mean ns':>9} {'calls/s':>10}")
        for usage_log in (False, True):
            r = measure(path, pairs, items, args.calls, usage_log)
            print(f"{'on' if usage_log else 'off':<10} {r['p50']:>9.0f} {r['p99']:>9.0f} "
                  f"{r['mean']:>9.0f} {r['calls_per_s']:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
