"""The rulebook through the Python binding: the national 《政务数据共享条例》
(N1–N44, in force 2025-08-01) above the Nantong rules of 2020 (A1–A36).
One scenario across 2025-08-01 — the same application, demand, correction and
catalog update, each judged by the rules of its day — and a second city's
local rules as a file. The precedence table and the file's refusals are the
C++ suite's (tests/cpp/rules/rulebook_rules_test.cpp, tests/cpp/rulebook_test.cpp)."""

from __future__ import annotations

import datetime
import pathlib

import pytest

import govshare as gs
from conftest import store
from test_sharing import POLICE, build_city, demand_for, request_for

# A second city: 2 working days to check the form, 5 to reply, 10 to publish a
# demanded resource, 6 months of non-use, 5 to correct; in force from 2024-03-01.
SECOND_CITY = (pathlib.Path(__file__).resolve().parents[2] / "examples" / "data"
               / "local-rules-example.json").read_text(encoding="utf-8")


def scenario(at: datetime.datetime) -> dict[str, tuple[str, str]]:
    """Each deadline the acts of one day open, as (date, article)."""
    with gs.Platform.open(store(), simulated_time=at) as p:
        city = build_city(p)
        out = {}
        law = p.catalog.record_legal_change("police.admin", POLICE, gs.ObligationKind.LAW_REVISION,
                                            "《中华人民共和国户口登记条例》修订", at.date())
        out["catalog update"] = (law.due.due.date.to_iso(), "")
        a = p.sharing.apply("civil.op", request_for(city.household, ["姓名", "性别"]))
        out["form check"] = (a.steps[0].due.due.date.to_iso(), a.steps[0].article)
        a = p.sharing.accept_application("reviewer", a.id, a.row_version)
        out["reply"] = (a.steps[1].due.due.date.to_iso(), a.steps[1].article)
        assert a.share_class == gs.ShareClass.CONDITIONAL
        a = p.sharing.grant_application("police.leader", a.id, a.row_version, gs.GrantTerms())
        d = p.sharing.submit_demand("civil.op", demand_for())
        out["demand answer"] = (d.steps[0].due.due.date.to_iso(), d.steps[0].article)
        o = p.sharing.raise_objection("civil.op", gs.ObjectionInput(
            entry_id=city.household, record_key="320602199001011234", item="姓名",
            description="姓名与户口簿不一致"))
        out["correction"] = (o.steps[0].due.due.date.to_iso(), o.steps[0].article)
        return out


def test_the_same_acts_either_side_of_the_regulation_are_judged_by_the_rules_of_their_day() -> None:
    thursday = datetime.datetime(2025, 7, 31, 10, 0, tzinfo=gs.SHANGHAI)
    friday = datetime.datetime(2025, 8, 1, 10, 0, tzinfo=gs.SHANGHAI)  # N44: in force
    assert scenario(thursday) == {
        "catalog update": ("2025-08-21", ""),  # A11: 15 working days
        "form check": ("2025-08-01", "A21"),
        "reply": ("2025-08-14", "A22"),  # 10 working days
        "demand answer": ("2025-09-01", "A25"),  # 1 month (08-31 is a Sunday)
        "correction": ("2025-08-07", "A29"),  # 及时: the policy's 5 working days
    }
    assert scenario(friday) == {
        "catalog update": ("2025-08-15", ""),  # N17: 10 working days
        "form check": ("2025-08-04", "A21"),  # the national text has no form check
        "reply": ("2025-08-15", "N21"),  # 10 working days for conditional data
        "demand answer": ("2025-09-01", "A25"),  # the national text is silent
        "correction": ("2025-08-15", "N26"),  # 10 working days
    }


def test_a_second_city_brings_its_rules_as_a_file() -> None:
    city = gs.parse_local_rules(SECOND_CITY)
    assert city.source == gs.RuleSource.LOCAL and city.name == "某市政务数据共享管理办法"
    assert gs.parse_local_rules(gs.local_rules_to_json(city)) == city
    assert [r.duty for r in city.rules][:3] == [gs.Duty.CATALOG_UPDATE, gs.Duty.FORM_CHECK,
                                                gs.Duty.APPLICATION_REPLY]
    with pytest.raises(gs.ParseError) as bad:
        gs.parse_local_rules(SECOND_CITY.replace('"months": 6', '"working_days": 60'))
    assert bad.value.path == "rules[6].working_days"
    book = gs.Rulebook(national=gs.national_regulation_2025(), local=city)
    reply = gs.apply_rule(book, gs.RuleQuery(duty=gs.Duty.APPLICATION_REPLY, on=datetime.date(2026, 3, 2),
                                             share_class=gs.ShareClass.UNCONDITIONAL,
                                             decider=gs.Decider.PROVIDER))
    assert (reply.period.count, reply.article, reply.displaced) == (1, "N21", "第十三条")
    assert reply.source == gs.RuleSource.NATIONAL and "prevails" in reply.reason
    assert gs.enum_name(gs.Duty.USE_RECORD_RETENTION) == "use_record_retention"
    assert gs.chinese_label(gs.Duty.DELIVERY) == "共享数据交付"

    with gs.Platform.open(store(), simulated_time=datetime.datetime(2026, 9, 1, 9, tzinfo=gs.SHANGHAI)) as p:
        c = build_city(p)
        assert p.rulebook().local == gs.nantong_rules_2020()
        with pytest.raises(gs.PermissionDeniedError):
            p.set_local_rules("police.admin", city)
        p.set_local_rules("admin", city)
        assert p.rulebook().local == city
        a = p.sharing.apply("civil.op", request_for(c.household, ["姓名"]))
        assert (a.steps[0].article, a.steps[0].due.due.date) == ("第十二条", gs.Date(2026, 9, 3))
        assert p.audit_trail("auditor")[-2].action == "rules.set_local"


def test_the_regulations_acts_through_the_binding() -> None:
    # N21 一次性告知, N21 extension, N22 delivery: the rules are
    # SharingTest.MissingMaterialsAreListedOnceAndTheReplyRunsAgain,
    # AReplyExtensionIsApprovedByTheBureauAndCapped, GrantedDataIsDeliveredWithin20WorkingDays
    # and SharingRules.RepliesExtensionsAndDeliveries; here the binding's types.
    at = datetime.datetime(2026, 9, 1, 9, tzinfo=gs.SHANGHAI)
    with gs.Platform.open(store(), simulated_time=at) as p:
        city = build_city(p)
        a = p.sharing.apply("civil.op", request_for(city.household, ["姓名"]))
        a = p.sharing.accept_application("reviewer", a.id, a.row_version)
        a = p.sharing.request_materials("police.leader", a.id, a.row_version, ["加盖公章的使用申请表"])
        assert a.status == gs.ApplicationStatus.MATERIALS_REQUESTED
        assert a.missing_materials == ["加盖公章的使用申请表"] and a.materials_requested_at == p.now()
        with pytest.raises(gs.InvalidTransitionError, match="一次性告知"):
            p.sharing.request_materials("police.leader", a.id, a.row_version, ["户口簿"])
        a = p.sharing.supply_materials("civil.op", a.id, a.row_version, "已补充盖章申请表",
                                       scan=gs.ScanDocument(file_name="补充.pdf", sha256="a" * 64, size=10))
        assert a.status == gs.ApplicationStatus.ACCEPTED and a.supplement_scan.file_name == "补充.pdf"
        a = p.sharing.request_reply_extension("police.leader", a.id, a.row_version, 5, "需跨系统核查")
        assert a.extension.working_days == 5 and a.extension.approved is None
        with pytest.raises(gs.PermissionDeniedError):
            p.sharing.decide_reply_extension("police.leader", a.id, a.row_version, True, "同意")
        a = p.sharing.decide_reply_extension("reviewer", a.id, a.row_version, True, "同意延长")
        assert a.extension.approved is True and a.steps[-1].article == "N21"
        a = p.sharing.grant_application("police.leader", a.id, a.row_version, gs.GrantTerms())
        z = p.sharing.get_authorization("police.op", a.authorization_id)
        assert z.delivered_at is None and z.delivery_method is None
        z = p.sharing.record_delivery("police.op", z.id, z.row_version, gs.ShareMethod.API, note="接口已开通")
        assert z.delivery_method == gs.ShareMethod.API and z.delivery_note == "接口已开通"
        (delivery,) = [s for s in p.sharing.steps("auditor", POLICE) if s.kind == gs.StepKind.DELIVERY]
        assert delivery.on_time and delivery.outcome == "api"
        assert gs.Action.DELIVER_DATA in [a for a in gs.all_actions()]
        assert gs.texts_in_force(p.rulebook(), datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))[0].startswith(
            "《政务数据共享条例》")


def test_a_late_reply_under_the_regulation_is_found_with_its_liability_item() -> None:
    # RulebookTest.LateActsUnderTheRegulationAreFoundWithTheirLiabilityItem; here the fields.
    with gs.Platform.open(store(), simulated_time=datetime.datetime(2025, 8, 1, 10, tzinfo=gs.SHANGHAI)) as p:
        city = build_city(p)
        a = p.sharing.apply("civil.op", request_for(city.household, ["姓名"]))
        p.sharing.accept_application("reviewer", a.id, a.row_version)
        p.set_time(datetime.datetime(2025, 9, 30, 10, tzinfo=gs.SHANGHAI))
        report = p.supervision.inspect("auditor", datetime.date(2025, 8, 1), datetime.date(2025, 9, 30))
        (police,) = [d for d in report.departments if d.department_code == POLICE]
        late = [f for f in police.findings if f.clause == "A31(7)"]
        assert [(f.liability, f.liability_zh) for f in late] == [("N39(4)", "未按时答复政务数据共享申请")]
        assert report.rules[0].startswith("《政务数据共享条例》")


def test_a_dispute_goes_up_the_tiers_of_n28() -> None:
    # SharingTest.DisputesGoUpTheTiersOfN28 and SharingRules.DisputeTiers; here the types.
    with gs.Platform.open(store(), simulated_time=datetime.datetime(2026, 9, 1, 9, tzinfo=gs.SHANGHAI)) as p:
        city = build_city(p)
        d = p.sharing.open_dispute("civil.leader", gs.DisputeInput(
            subject=gs.DisputeSubject.CONDITIONS, entry_id=city.household, description="共享范围过窄"))
        assert d.tier == gs.DisputeTier.NEGOTIATION and d.escalations == []
        d = p.sharing.escalate_dispute("civil.leader", d.id, d.row_version, "协商不成")
        assert d.tier == gs.DisputeTier.AUTHORITY
        (e,) = d.escalations
        assert (e.from_, e.to, e.by) == (gs.DisputeTier.NEGOTIATION, gs.DisputeTier.AUTHORITY, "civil.leader")
        assert gs.chinese_label(gs.DisputeTier.GOVERNMENT) == "本级人民政府决定"
        assert gs.enum_name(gs.DisputeTier.SUPERIOR_AUTHORITY) == "superior_authority"
        # N28 sets no period for the bureau's coordination: the policy's (20 working days).
        [step] = [s for s in p.sharing.steps("auditor", "", pending_only=True)
                  if s.kind == gs.StepKind.DISPUTE_COORDINATION]
        assert (step.article, step.object) == ("N28", f"dispute:{d.id}")
        assert p.sharing.policy().dispute_coordination_days == 20


def test_an_n17_update_runs_five_working_days_more_with_the_bureaus_consent() -> None:
    # PlatformTest.AnN17UpdateMayRunFiveWorkingDaysMoreWithTheBureausConsent; here the binding.
    with gs.Platform.open(store(), simulated_time=datetime.datetime(2026, 11, 2, 9, tzinfo=gs.SHANGHAI)) as p:
        build_city(p)
        o = p.catalog.record_legal_change("police.admin", POLICE, gs.ObligationKind.LAW_REVISION,
                                          "《数据安全法》配套规定施行", datetime.date(2026, 11, 2))
        assert o.due.due.date == gs.Date(2026, 11, 16) and o.extension is None
        with pytest.raises(gs.InvalidArgumentError, match="working_days must be 1..5"):
            p.catalog.request_update_extension("police.op", o.id, 6, "系统改造")
        o = p.catalog.request_update_extension("police.op", o.id, 5, "业务系统改造尚未完成")
        assert o.extension.approved is None
        o = p.catalog.decide_update_extension("admin", o.id, True, "特殊原因属实")
        assert (o.extension.approved, o.due.due.date) == (True, gs.Date(2026, 11, 23))


def test_data_returns_to_a_lower_level_without_extra_conditions() -> None:
    # N24 回流……不得设置额外的限制条件 (SharingTest.DataReturnsToALowerLevelWithoutExtraConditions).
    with gs.Platform.open(store(), simulated_time=datetime.datetime(2026, 9, 1, 9, tzinfo=gs.SHANGHAI)) as p:
        city = build_city(p)
        rugao = "11320682MB1R030051"  # 如皋市, a county platform below the city
        p.add_department("admin", gs.Department(code=rugao, name="如皋市大数据管理局",
                                                level=gs.DepartmentLevel.COUNTY_PLATFORM))
        p.add_user("admin", gs.User(id="rugao.admin", name="如皋管理员", department_code=rugao,
                                    roles=[gs.Role.DEPT_OPERATOR, gs.Role.DEPT_LEADER]))
        ask = request_for(city.household, ["姓名", "公民身份号码"])
        with pytest.raises(gs.InvalidArgumentError, match="does not cover department"):
            p.sharing.apply("rugao.admin", ask)  # 如皋 is not named in the scope (A8)
        ask.return_flow = True
        a = p.sharing.apply("rugao.admin", ask)
        a = p.sharing.accept_application("reviewer", a.id, a.row_version)
        with pytest.raises(gs.InvalidArgumentError, match="N24"):
            p.sharing.grant_application("police.leader", a.id, a.row_version,
                                        gs.GrantTerms(conditions="仅限如皋市使用"))
        a = p.sharing.grant_application("police.leader", a.id, a.row_version, gs.GrantTerms())
        z = p.sharing.get_authorization("auditor", a.authorization_id)
        assert z.return_flow and z.masked_items == ["公民身份号码"]
