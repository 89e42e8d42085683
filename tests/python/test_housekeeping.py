"""Housekeeping through the Python binding (docs/housekeeping.md): the cases
are HousekeepingTest's (tests/cpp/housekeeping_test.cpp); here the report's
types and lists, a datetime as the run's time, and a second run that changes
nothing (A11, A19, A26, A31 (7), A33)."""

from __future__ import annotations

import datetime

import pytest

import govshare as gs
from conftest import civil_grant, seed_city, store

START = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=gs.SHANGHAI)


def test_a_run_reports_what_it_did_and_a_second_changes_nothing() -> None:
    with gs.Platform.open(store(), simulated_time=START) as p:
        seed_city(p)
        _, granted = civil_grant(p, ["姓名"], datetime.date(2026, 10, 31))
        p.set_time(datetime.datetime(2026, 12, 10, 2, 0, tzinfo=gs.SHANGHAI))

        with pytest.raises(gs.PermissionDeniedError):
            p.run_housekeeping("civil.op", p.now())  # the bureau administrator's
        with pytest.raises(gs.InvalidArgumentError, match="ahead of the platform's clock"):
            p.run_housekeeping("admin", datetime.datetime(2026, 12, 11, tzinfo=gs.SHANGHAI))

        report = p.run_housekeeping("admin", datetime.datetime(2026, 12, 10, 2, 0, tzinfo=gs.SHANGHAI))
        assert isinstance(report, gs.HousekeepingReport) and report.changed()
        assert report.ran_at == p.now()
        assert [z.id for z in report.expired] == [granted]  # A26
        assert report.census_scheduled and all(o.kind == gs.ObligationKind.ANNUAL_CENSUS
                                               for o in report.census_scheduled)  # A11
        assert report.escalated == [] and report.non_use_noticed == []
        again = p.run_housekeeping("admin", p.now())
        assert not again.changed() and again.expired == [] and again.census_scheduled == []
        assert again.calendar_warned is None
