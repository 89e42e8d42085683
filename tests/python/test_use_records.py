"""The regulation's duties after a grant, through the Python binding: the
requester's use records kept at least 3 years (N29), disposal when the
purpose ends (N27) and a provider's end or change of a service only after
negotiating and filing (N27); a misuse suspended with a rectification
order, then reinstated or terminated (N27), and the provider's consent to a wider use (N25).
The rule tables are the C++ suite's
(tests/cpp/rules/sharing_rules_test.cpp); the whole cases are
tests/cpp/sharing_test.cpp's — here one scenario each as a Python user
writes it."""

from __future__ import annotations

import datetime
import json

import pytest

import govshare as gs
from test_sharing import CIVIL, POLICE, city, request_for  # noqa: F401 (city is a fixture)


def at(year: int, month: int, day: int, hour: int = 10) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, 0, tzinfo=gs.SHANGHAI)


def granted(p: gs.Platform, entry_id: int, items: list[str], terms: gs.GrantTerms | None = None) -> gs.Authorization:
    a = p.sharing.apply("civil.op", request_for(entry_id, items))
    a = p.sharing.accept_application("reviewer", a.id, a.row_version)
    a = p.sharing.grant_application("police.leader", a.id, a.row_version, terms or gs.GrantTerms())
    return p.sharing.get_authorization("auditor", a.authorization_id)


def test_use_records_are_kept_three_years_read_by_the_provider_and_exported(city) -> None:
    p = city.p
    z = granted(p, city.household, ["姓名"])
    p.sharing.record_use("civil.op", z.id)
    record = p.sharing.add_use_record("civil.op", gs.UseRecordInput(
        authorization_id=z.id, kind=gs.UseRecordKind.SCENARIO, text="最低生活保障家庭经济状况核对"))
    assert (record.article, record.purgeable_from) == ("N29", gs.Date(2029, 9, 1))  # 不少于3年
    assert gs.chinese_label(record.kind) == "使用场景"
    # The provider reads them (N29 可以查阅); the provider does not write them.
    assert [r.text for r in p.sharing.use_records("police.op", POLICE)] == ["最低生活保障家庭经济状况核对"]
    with pytest.raises(gs.PermissionDeniedError):
        p.sharing.add_use_record("police.op", gs.UseRecordInput(authorization_id=z.id, text="代记"))
    # Exported for an auditor as one JSON document.
    doc = json.loads(p.sharing.export_use_records("auditor", CIVIL))
    assert doc["format"] == "govshare-use-records/1"
    assert [r["kind_zh"] for r in doc["records"]] == ["使用场景"]
    with pytest.raises(gs.PermissionDeniedError):
        p.sharing.export_use_records("civil.leader", CIVIL)
    # Not purged a day early; then the text goes and the fact stays.
    p.set_time(at(2029, 8, 31))
    with pytest.raises(gs.InvalidTransitionError, match="2029-09-01.*N29"):
        p.sharing.purge_use_record("civil.leader", record.id, record.row_version, "保存期满清理")
    p.set_time(at(2029, 9, 1))
    purged = p.sharing.purge_use_record("civil.leader", record.id, record.row_version, "保存期满清理")
    assert purged.purged and purged.text == "" and purged.purge_reason == "保存期满清理"


def test_an_ended_purpose_owes_the_disposal_the_provider_requires(city) -> None:
    p = city.p
    z = granted(p, city.household, ["姓名"],
                gs.GrantTerms(disposal="核对完成后删除本地副本", disposal_working_days=3))
    p.sharing.record_use("civil.op", z.id)
    z = p.sharing.get_authorization("auditor", z.id)
    with pytest.raises(gs.InvalidArgumentError, match="EndPurpose"):
        p.sharing.revoke("police.leader", z.id, z.row_version, gs.RevocationGround.PURPOSE_ENDED, "核对完成")
    p.set_time(at(2026, 10, 16))  # a Friday
    ended = p.sharing.end_purpose("civil.leader", z.id, z.row_version, "年度核对已完成")
    assert (ended.status, ended.revocation_ground) == (gs.AuthorizationStatus.REVOKED,
                                                       gs.RevocationGround.PURPOSE_ENDED)
    [disposal] = [s for s in p.sharing.steps("auditor", CIVIL, pending_only=True) if s.kind == gs.StepKind.DISPOSAL]
    assert (disposal.due.due.date, disposal.article) == (gs.Date(2026, 10, 21), "N27")  # 3 working days
    p.sharing.add_use_record("civil.op", gs.UseRecordInput(
        authorization_id=z.id, kind=gs.UseRecordKind.DESTRUCTION, text="已删除本地副本"))
    assert p.sharing.get_authorization("auditor", z.id).disposed_at is not None
    assert not [s for s in p.sharing.steps("auditor", CIVIL, pending_only=True) if s.kind == gs.StepKind.DISPOSAL]


def test_a_provider_changes_a_service_only_after_negotiating_and_filing(city) -> None:
    p = city.p
    z = granted(p, city.household, ["姓名", "性别"])
    change = gs.ServiceChangeInput(authorization_id=z.id, kind=gs.ServiceChangeKind.CHANGE, items=["姓名"],
                                   reason="性别字段停止维护")
    with pytest.raises(gs.InvalidArgumentError, match="reason.*N27"):
        p.sharing.propose_service_change("police.leader", gs.ServiceChangeInput(
            authorization_id=z.id, kind=gs.ServiceChangeKind.END))
    c = p.sharing.propose_service_change("police.leader", change)
    assert c.status == gs.ServiceChangeStatus.NEGOTIATING
    with pytest.raises(gs.InvalidTransitionError, match="negotiate first"):
        p.sharing.file_service_change("police.leader", c.id, c.row_version)
    c = p.sharing.answer_service_change("civil.leader", c.id, c.row_version, False, "性别用于核对家庭成员")
    c = p.sharing.file_service_change("police.leader", c.id, c.row_version)
    assert (c.status, c.consumer_agrees) == (gs.ServiceChangeStatus.FILED, False)
    assert p.sharing.get_authorization("auditor", z.id).items == ["姓名"]
    # Filed over the consumer's objection: listed for the bureau beside N39 (七).
    report = p.supervision.inspect("auditor", gs.Date(2026, 1, 1), gs.Date(2026, 12, 31))
    [police] = [d for d in report.departments if d.department_code == POLICE]
    assert [f.object for f in police.findings if f.liability == "N39(7)"] == [f"service_change:{c.id}"]


def test_a_misuse_suspends_with_a_rectification_order_then_terminates(city) -> None:
    # N27 暂停其政务数据共享权限，并督促限期整改，对拒不整改或者整改不到位的，可以终止共享.
    p = city.p
    z = granted(p, city.household, ["姓名"])
    p.sharing.record_use("civil.op", z.id)
    z = p.sharing.get_authorization("auditor", z.id)
    p.set_time(at(2026, 10, 12))  # a Monday
    with pytest.raises(gs.InvalidArgumentError, match="working_days must be 1..60"):
        p.sharing.suspend_for_misuse("police.leader", z.id, z.row_version, gs.UseBeyondGrant.THIRD_PARTY,
                                     "提供给某公司", 0)
    z = p.sharing.suspend_for_misuse("police.leader", z.id, z.row_version, gs.UseBeyondGrant.THIRD_PARTY,
                                     "将人口信息提供给某科技公司", 5)
    [order] = z.misuse_orders
    assert (z.status, order.misuse, order.rectify_by.date) == (
        gs.AuthorizationStatus.SUSPENDED, gs.UseBeyondGrant.THIRD_PARTY, gs.Date(2026, 10, 19))
    assert gs.chinese_label(order.misuse) == "提供给第三方"
    with pytest.raises(gs.InvalidTransitionError, match="2026-10-19"):
        p.sharing.terminate_for_misuse("police.leader", z.id, z.row_version, "拒不整改")
    z = p.sharing.report_rectification("civil.leader", z.id, z.row_version, "已删除对方持有的数据")
    z = p.sharing.terminate_for_misuse("police.leader", z.id, z.row_version, "对方仍在使用，整改不到位")
    assert (z.status, z.revocation_ground) == (gs.AuthorizationStatus.REVOKED,
                                               gs.RevocationGround.MISUSE_NOT_RECTIFIED)
    assert z.misuse_orders[0].outcome == gs.MisuseOutcome.TERMINATED
    kinds = {s.kind for s in p.sharing.steps("auditor", CIVIL, pending_only=False)}
    assert {gs.StepKind.RECTIFICATION, gs.StepKind.DISPOSAL} <= kinds


def test_a_wider_use_needs_the_providers_consent(city) -> None:
    # N25 确需扩大使用范围、用于其他目的或者提供给第三方的，应当经政务数据提供部门同意.
    p = city.p
    z = granted(p, city.household, ["姓名"])
    with pytest.raises(gs.InvalidArgumentError, match="third_party"):
        p.sharing.request_wider_use("civil.leader", z.id, z.row_version, gs.WiderUseRequest(
            kind=gs.UseBeyondGrant.THIRD_PARTY, description="入户核查"))
    z = p.sharing.request_wider_use("civil.leader", z.id, z.row_version, gs.WiderUseRequest(
        kind=gs.UseBeyondGrant.THIRD_PARTY, description="入户核查", third_party="如东县民政局"))
    with pytest.raises(gs.PermissionDeniedError):
        p.sharing.answer_wider_use("admin", z.id, z.row_version, 1, True)  # only the provider consents
    z = p.sharing.answer_wider_use("police.leader", z.id, z.row_version, number=1, consent=True)
    [w] = z.wider_uses
    assert (w.number, w.consented, w.request.third_party) == (1, True, "如东县民政局")
