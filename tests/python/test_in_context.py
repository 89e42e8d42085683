"""The platform's own view, from Python (issue 19, parts 4, 6, 7): an entry
validated as the platform will see it (A7), the inspection's use-of-data
figures equal to the usage log (A28), and a simulated clock the file
remembers."""

from __future__ import annotations

import datetime

import pytest

import govshare as gs
from conftest import civil_grant, seed_city, store, valid_conditional_entry

START = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=gs.SHANGHAI)


@pytest.fixture
def p():
    with gs.Platform.open(store(), simulated_time=START) as platform:
        seed_city(platform)
        yield platform


def test_validate_draft_fills_in_the_provider_as_the_platform_will(p: gs.Platform) -> None:
    e = valid_conditional_entry()
    e.code = ""
    e.provider = gs.Provider(code="", name="")
    bare = {f.path for f in gs.validate(e)}
    assert {"provider.code", "provider.name"} <= bare  # the bare check cannot know (A7)
    in_context = p.catalog.validate_draft("police.op", e)
    assert not gs.has_errors(in_context)
    assert not {f.path for f in in_context} & {"provider.code", "provider.name"}
    assert p.catalog.entries("police.op") == []  # it changes nothing
    with pytest.raises(gs.PermissionDeniedError):
        p.catalog.validate_draft("auditor", e)


def test_the_use_of_data_in_the_inspection_is_the_usage_log(p: gs.Platform) -> None:
    entry, _ = civil_grant(p, ["姓名", "公民身份号码"], datetime.date(2026, 12, 31))
    request = gs.AccessRequest(user_id="civil.op", entry_id=entry, items=["姓名"], purpose="低保核对 1")
    for _ in range(2):
        d = p.access.decide(request)
    assert d.allowed
    p.access.filter(d, '[{"姓名": "张三"}]')
    stray = gs.AccessRequest(user_id="police.op", entry_id=entry + 100, items=["姓名"], purpose="x")
    assert not p.access.decide(stray).allowed
    p.set_time(datetime.datetime(2026, 9, 30, 10, 0, tzinfo=gs.SHANGHAI))
    city = p.supervision.inspect("auditor", datetime.date(2026, 9, 1), datetime.date(2026, 9, 30)).city
    log = p.access.usage_log("auditor", gs.UsageQuery())
    assert city.decisions == sum(u.kind == "decide" for u in log) == 3
    assert city.decisions_refused == sum(u.kind == "decide" and not u.allowed for u in log) == 1
    assert city.decisions_allowed + city.decisions_refused == city.decisions
    assert city.deliveries == sum(u.kind == "deliver" for u in log) == 1


def test_a_platform_created_on_a_simulated_clock_remembers_it(tmp_path) -> None:
    path = store(tmp_path / "clock.db")
    with gs.Platform.open(path, simulated_time=START) as p:
        assert p.simulated_clock
        p.set_time(datetime.datetime(2026, 10, 8, 10, 0, tzinfo=gs.SHANGHAI))
    with gs.Platform.open(path) as p:
        assert p.simulated_clock
        assert p.now().to_iso() == "2026-10-08T10:00:00+08:00"
    system = store(tmp_path / "system.db")
    gs.Platform.open(system).close()
    with gs.Platform.open(system) as p:
        assert not p.simulated_clock
