#!/usr/bin/env python3
"""Side-by-side timing of working-day calendar queries, in one run:

  * libgovshare in C++ (benchmarks/calendar_bench, Google Benchmark) and the
    same queries as a day-by-day loop in C++;
  * libgovshare from Python (govshare module), one call per query and the
    batch forms (many dates per call);
  * a day-by-day loop in Python, the way popular Python calendar libraries
    (e.g. chinese_calendar's get_workdays / find_workday) count: a holiday
    dict plus a loop over dates;
  * the same loop in JavaScript (benchmarks/calendar_loop.js, node), the way
    popular npm calendar packages count.

All use the same data (libgovshare/data/calendar/*.tsv). Prints ns per
operation and ratios. Usage (from the repo root, with govshare importable):

  python benchmarks/calendar_side_by_side.py [--cpp-bench build/ci/benchmarks/calendar_bench]
"""
from __future__ import annotations

import argparse
import datetime
import json
import pathlib
import shutil
import subprocess
import sys
import timeit

import govshare

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "libgovshare" / "data" / "calendar" / "cn-state-council-2020-2026.tsv"

# ---- the day-by-day baseline, as popular Python libraries do it ----------------------

HOLIDAYS: dict[datetime.date, str] = {}
WORKDAYS: dict[datetime.date, str] = {}
for line in DATA.read_text(encoding="utf-8").splitlines():
    fields = line.split("\t")
    if len(fields) >= 2 and fields[1] in ("off", "work") and fields[0][:1].isdigit():
        day = datetime.date.fromisoformat(fields[0])
        (WORKDAYS if fields[1] == "work" else HOLIDAYS)[day] = fields[2] if len(fields) > 2 else ""

ONE_DAY = datetime.timedelta(days=1)


def loop_is_workday(d: datetime.date) -> bool:
    if d in WORKDAYS:
        return True
    if d in HOLIDAYS:
        return False
    return d.weekday() < 5


def loop_add_workdays(d: datetime.date, n: int) -> datetime.date:
    while n > 0:
        d += ONE_DAY
        if loop_is_workday(d):
            n -= 1
    return d


def loop_between(start: datetime.date, end: datetime.date) -> int:
    count = 0
    d = start
    while d < end:
        count += loop_is_workday(d)
        d += ONE_DAY
    return count


# ---- timing ----------------------------------------------------------------------------

def ns_per_call(fn, number: int) -> float:
    """Best of 5 runs of `number` calls, in ns per call."""
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e9


def cpp_results(binary: pathlib.Path | None) -> dict[str, float]:
    if binary is None or not binary.exists():
        return {}
    out = subprocess.run([str(binary), "--benchmark_format=json", "--benchmark_min_time=0.2"],
                         check=True, capture_output=True, text=True).stdout
    return {b["name"]: b["cpu_time"] for b in json.loads(out)["benchmarks"]}


def js_results() -> dict[str, float]:
    node = shutil.which("node")
    if node is None:
        return {}
    out = subprocess.run([node, str(ROOT / "benchmarks" / "calendar_loop.js"), str(DATA)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cpp-bench", type=pathlib.Path,
                        default=ROOT / "build" / "ci" / "benchmarks" / "calendar_bench")
    args = parser.parse_args()

    cal = govshare.WorkdayCalendar.builtin()
    dates = [datetime.date(2020, 1, 1) + datetime.timedelta(days=7 * i) for i in range(308)]
    y2020, y2021, end7 = datetime.date(2020, 1, 1), datetime.date(2021, 1, 1), datetime.date(2026, 12, 31)

    # Same answers first: the comparison is only fair if both compute the same thing.
    for d in dates:
        assert cal.is_working_day(d) == loop_is_workday(d)
        assert cal.add_working_days(d, 10) == loop_add_workdays(d, 10)  # datetime.date in and out
    assert cal.working_days_between(y2020, end7) == loop_between(y2020, end7)

    it = iter(range(10**12))
    pick = lambda: dates[next(it) % len(dates)]  # noqa: E731
    batch_dates = dates * 10
    n_batch = len(batch_dates)
    starts, ends = [y2020] * n_batch, [y2021] * n_batch
    python = {
        "is_working_day": ns_per_call(lambda: cal.is_working_day(pick()), 50000),
        "add_10_working_days": ns_per_call(lambda: cal.add_working_days(pick(), 10), 50000),
        "between_1_year": ns_per_call(lambda: cal.working_days_between(y2020, y2021), 50000),
        "between_7_years": ns_per_call(lambda: cal.working_days_between(y2020, end7), 50000),
    }
    python_batch = {
        "is_working_day": ns_per_call(lambda: cal.is_working_day_batch(batch_dates), 50) / n_batch,
        "add_10_working_days": ns_per_call(lambda: cal.add_working_days_batch(batch_dates, 10), 50) / n_batch,
        "between_1_year": ns_per_call(lambda: cal.working_days_between_batch(starts, ends), 50) / n_batch,
    }
    python_loop = {
        "is_working_day": ns_per_call(lambda: loop_is_workday(pick()), 50000),
        "add_10_working_days": ns_per_call(lambda: loop_add_workdays(pick(), 10), 20000),
        "between_1_year": ns_per_call(lambda: loop_between(y2020, y2021), 200),
        "between_7_years": ns_per_call(lambda: loop_between(y2020, end7), 30),
    }
    cpp = cpp_results(args.cpp_bench)
    cpp_lib = {
        "is_working_day": cpp.get("BM_IsWorkingDay"),
        "add_10_working_days": cpp.get("BM_AddWorkingDays/10"),
        "between_1_year": cpp.get("BM_WorkingDaysBetween/1"),
        "between_7_years": cpp.get("BM_WorkingDaysBetween/7"),
    }
    cpp_loop = {
        "add_10_working_days": cpp.get("BM_LoopAddWorkingDays/10"),
        "between_1_year": cpp.get("BM_LoopWorkingDaysBetween/1"),
        "between_7_years": cpp.get("BM_LoopWorkingDaysBetween/7"),
    }
    js_loop = js_results()

    columns = [("C++ govshare", cpp_lib), ("C++ loop", cpp_loop), ("Py govshare", python),
               ("Py batch/item", python_batch), ("Py loop", python_loop), ("JS loop", js_loop)]
    ops = ["is_working_day", "add_10_working_days", "between_1_year", "between_7_years"]

    def fmt(v):
        return f"{v:>14.1f}" if v is not None else f"{'-':>14}"

    print("ns per operation (lower is better); same data, same answers, one run")
    print(f"{'operation':<22}" + "".join(f"{name:>14}" for name, _ in columns))
    for op in ops:
        print(f"{op:<22}" + "".join(fmt(col.get(op)) for _, col in columns))
    print()
    print("ratios (loop / govshare in the same language)")
    for op in ops:
        parts = []
        if cpp_lib.get(op) and cpp_loop.get(op):
            parts.append(f"C++ {cpp_loop[op] / cpp_lib[op]:,.0f}x")
        if python_loop.get(op):
            parts.append(f"Python {python_loop[op] / python[op]:,.1f}x")
        if js_loop.get(op) and cpp_lib.get(op):
            parts.append(f"JS loop / C++ govshare {js_loop[op] / cpp_lib[op]:,.0f}x")
        print(f"  {op:<22}" + ", ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
