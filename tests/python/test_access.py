"""Access decisions at the data boundary (A8, A26, A28, A30) and the masking
and validator functions, through the Python binding: every outcome per share
class, Filter's masking, comparison-only and its rate limit, refusals naming
the rule, expiry at the request's time, revocation seen at once, the usage log;
then check_identifier, mask, mask_keep and pseudonym with the exact values of
tests/cpp/access_test.cpp and tests/cpp/masking_test.cpp (the same small city:
the bureau, 公安局 as the provider, 民政局 and the 如皋市 county platform as
consumers)."""

from __future__ import annotations

import ast
import copy
import datetime
import hashlib
import json
import pathlib
import threading

import pytest

import govshare as gs
from conftest import POLICE_CODE, seed_city, valid_conditional_entry, valid_unconditional_entry

BUREAU = "11320600MB1T01108B"  # 南通市大数据管理局
POLICE = POLICE_CODE  # 南通市公安局: the provider
CIVIL = "11320600MB1T01044D"  # 南通市民政局
RUGAO_PLATFORM = "11320682MB1R030051"  # 如皋市 county platform
RUGAO_DEPT = "11320682MB1R04008H"  # a 如皋市 department

START = datetime.datetime(2026, 9, 1, 9, 0, tzinfo=gs.SHANGHAI)
PURPOSE = "低保审批 2026-0917"

R, L = gs.Role, gs.DepartmentLevel
T = gs.ItemTreatment
K = gs.PersonalInfoKind

SCAN = gs.ScanDocument(file_name="申请表.pdf", sha256="a" * 64, size=1024)


def at(iso: str) -> gs.LocalDateTime:
    return gs.LocalDateTime.from_iso(iso)


def household() -> gs.CatalogEntry:
    """户籍人口基本信息: conditional; 民政局 and the 如皋市 platform named; the
    ID number and the address masked (A8 应进行数据脱敏)."""
    e = valid_conditional_entry()
    e.code = ""
    e.share.scope.departments = [CIVIL, RUGAO_PLATFORM]
    return e


def marriage() -> gs.CatalogEntry:
    """婚姻登记信息: comparison only (A8 数据比对) for all but the 如皋市 platform."""
    e = valid_conditional_entry()
    e.code = ""
    e.name = "婚姻登记信息"
    e.share.scope = gs.ShareScope(departments=[RUGAO_PLATFORM], comparison_only=True)
    return e


def market() -> gs.CatalogEntry:
    """市场主体登记信息: unconditional, granted by the platform."""
    e = valid_unconditional_entry()
    e.code = ""
    e.provider = gs.Provider(code=POLICE, name="南通市公安局")
    return e


def open_city(**options) -> gs.Platform:
    p = gs.Platform.open(":memory:", simulated_time=START, **options)
    seed_city(p)
    return p


@pytest.fixture
def p():
    with open_city() as platform:
        yield platform


def publish(p: gs.Platform, entry: gs.CatalogEntry) -> int:
    r = p.catalog.create_draft("police.op", entry)
    r = p.catalog.submit("police.op", r.id, r.row_version)
    r = p.catalog.approve("reviewer", r.id, r.row_version)
    return p.catalog.publish("police.leader", r.id, r.row_version).id


def grant(p: gs.Platform, user: str, entry_id: int, items: list[str], granter: str,
          method: gs.ShareMethod = gs.ShareMethod.API,
          until: datetime.date = datetime.date(2026, 12, 31)) -> gs.Authorization:
    a = p.sharing.apply(user, gs.ApplicationRequest(
        entry_id=entry_id, items=items, purpose="低保核对", legal_duty="《社会救助暂行办法》第十一条",
        method=method, valid_from=datetime.date(2026, 9, 1), valid_until=until, scan=SCAN))
    a = p.sharing.accept_application("reviewer", a.id, a.row_version)
    a = p.sharing.grant_application(granter, a.id, a.row_version)
    return p.sharing.get_authorization("auditor", a.authorization_id)


def req(user: str, entry_id: int, items: list[str], method: gs.ShareMethod = gs.ShareMethod.API,
        **changes) -> gs.AccessRequest:
    return gs.AccessRequest(user_id=user, entry_id=entry_id, items=items, method=method,
                            purpose=PURPOSE, **changes)


def first_failure(d) -> str:
    return next((r.rule for r in d.reasons if not r.passed), "")


# ---- decisions per share class (A8, A30) --------------------------------------------------


def test_unconditional_items_are_plain_and_ungranted_ones_withheld(p: gs.Platform) -> None:
    entry = publish(p, market())
    z = grant(p, "civil.op", entry, ["企业名称", "登记状态"], "reviewer")
    d = p.access.decide(req("civil.op", entry, ["企业名称", "注册资本(万元)"]))
    assert isinstance(d, gs.AccessDecision)
    assert d.allowed and d.consumer_code == CIVIL and d.authorization_id == z.id
    assert d.user_id == "civil.op" and d.entry_id == entry and d.purpose == PURPOSE
    assert d.time == at("2026-09-01T09:00:00")  # the platform's clock
    assert [i.item for i in d.items] == ["企业名称", "注册资本(万元)"]
    assert [i.treatment for i in d.items] == [T.PLAIN, T.WITHHELD]
    assert d.items[1].why == "A30"
    assert first_failure(d) == "items"
    # Only withheld items: refused.
    assert not p.access.decide(req("civil.op", entry, ["注册资本(万元)"])).allowed
    # The method must be the authorized one (A30 按照授权的方式).
    d = p.access.decide(req("civil.op", entry, ["企业名称"], gs.ShareMethod.TABLE))
    assert not d.allowed and first_failure(d) == "authorization"


def test_conditional_scope_masks_and_filter_applies(p: gs.Platform) -> None:
    entry = publish(p, household())
    grant(p, "civil.op", entry, ["姓名", "公民身份号码", "户籍地址"], "police.leader")
    d = p.access.decide(req("civil.op", entry, ["姓名", "公民身份号码", "户籍地址", "性别"]))
    assert d.allowed
    assert [i.treatment for i in d.items] == [T.PLAIN, T.MASKED, T.MASKED, T.WITHHELD]
    assert d.items[1].masking.kind == K.ID_CARD
    address = "江苏省南通市崇川区和平桥街道××路17号"
    records = [
        {"姓名": "张三", "公民身份号码": "320613198506151232", "户籍地址": address, "性别": "1", "备注": "x"},
        {"姓名": "李四", "公民身份号码": None, "户籍地址": "江苏省南通市通州区金沙街道金沙路1号"},
    ]
    text = p.access.filter(d, json.dumps(records, ensure_ascii=False))
    assert isinstance(text, str)
    out = json.loads(text)
    assert out == p.access.filter_records(d, records)
    assert len(out) == 2
    assert out[0]["姓名"] == "张三"
    assert out[0]["公民身份号码"] == "320613********1232"
    assert out[0]["户籍地址"] == gs.mask(K.ADDRESS, address) == "江苏省南通市崇川区***********"
    assert "性别" not in out[0]  # withheld
    assert "备注" not in out[0]  # never requested
    assert out[1]["公民身份号码"] is None
    for bad in ("{}", "[1]", "not json"):
        with pytest.raises(gs.ParseError):
            p.access.filter(d, bad)
    with pytest.raises(gs.ParseError):
        p.access.filter_records(d, {"姓名": "张三"})  # a dict, not a list of dicts
    refused = p.access.decide(req("rugao.admin", entry, ["姓名"]))
    assert not refused.allowed
    with pytest.raises(gs.PermissionDeniedError):
        p.access.filter(refused, text)
    with pytest.raises(gs.PermissionDeniedError):
        p.access.filter_records(refused, records)


def test_masking_rules_per_item(p: gs.Platform) -> None:
    entry = publish(p, household())
    grant(p, "civil.op", entry, ["姓名", "公民身份号码"], "police.leader")
    with pytest.raises(gs.PermissionDeniedError):
        p.access.set_masking_rules("civil.leader", entry, [])
    with pytest.raises(gs.InvalidArgumentError):
        p.access.set_masking_rules("police.op", entry, [gs.MaskingRule(item="婚姻状况", kind=K.OTHER)])
    with pytest.raises(gs.InvalidArgumentError, match="together"):
        p.access.set_masking_rules("police.op", entry, [gs.MaskingRule(item="姓名", keep_head=1)])
    rules = [gs.MaskingRule(item="公民身份号码", kind=K.ID_CARD, pseudonym=True),
             gs.MaskingRule(item="姓名", kind=K.NAME, keep_head=0, keep_tail=1)]
    assert p.access.masking_rules("auditor", entry) == []
    p.access.set_masking_rules("police.op", entry, rules)
    assert p.access.masking_rules("auditor", entry) == rules  # MaskingRule compares by value
    d = p.access.decide(req("civil.op", entry, ["姓名", "公民身份号码"]))
    assert d.allowed
    assert d.items[0].treatment == T.MASKED  # a rule masks for everyone
    assert d.items[0].masking == rules[1]
    assert d.items[1].masking.pseudonym
    out = p.access.filter_records(d, [{"姓名": "欧阳娜娜", "公民身份号码": "320613198506151232"},
                               {"姓名": "张三", "公民身份号码": "320613198506151232"}])
    assert out[0]["姓名"] == "***娜"
    pseudonym = out[0]["公民身份号码"]
    assert len(pseudonym) == 64 and set(pseudonym) <= set("0123456789abcdef")
    assert out[1]["公民身份号码"] == pseudonym  # deterministic: linkage works
    assert "3206" not in pseudonym


# ---- comparison only (A8 数据比对) and its rate limit (A28) ---------------------------------


def test_comparison_only_never_delivers_data(p: gs.Platform) -> None:
    entry = publish(p, marriage())
    z = grant(p, "civil.op", entry, ["姓名", "公民身份号码"], "police.leader")
    assert z.comparison_only
    d = p.access.decide(req("civil.op", entry, ["姓名", "公民身份号码"]))
    assert d.allowed
    assert [i.treatment for i in d.items] == [T.COMPARISON_ONLY, T.COMPARISON_ONLY]
    with pytest.raises(gs.PermissionDeniedError, match="comparison-only"):
        p.access.filter(d, '[{"姓名": "张三"}]')
    record = json.dumps({"姓名": "张三", "公民身份号码": "320613198506151232"}, ensure_ascii=False)
    c = p.access.compare(req("civil.op", entry, []), {"姓名": "张三", "公民身份号码": "320613198506151232"}, record)
    assert isinstance(c, gs.ComparisonResult)
    assert c.allowed and c.overall == gs.ComparisonOutcome.MATCH
    c = p.access.compare(req("civil.op", entry, []), {"姓名": "张四", "公民身份号码": "320613198506151232"}, record)
    assert c.overall == gs.ComparisonOutcome.NO_MATCH
    # In the items' UTF-8 byte order (a C++ std::map): 公民身份号码, then 姓名.
    assert [(f.item, f.outcome) for f in c.fields] == [
        ("公民身份号码", gs.ComparisonOutcome.MATCH), ("姓名", gs.ComparisonOutcome.NO_MATCH)]
    # Comparing never hands the stored value back.
    assert "320613198506151232" not in repr(c) and "张三" not in repr(c)
    for no_record in ("null", ""):
        c = p.access.compare(req("civil.op", entry, []), {"姓名": "张三"}, no_record)
        assert c.allowed and c.overall == gs.ComparisonOutcome.NOT_FOUND
    c = p.access.compare(req("civil.op", entry, []), {"性别": "1"}, record)  # not granted
    assert not c.allowed and c.fields == []
    with pytest.raises(gs.ParseError):
        p.access.compare(req("civil.op", entry, []), {"姓名": "张三"}, "[1]")
    with pytest.raises(TypeError):
        p.access.compare(req("civil.op", entry, []), {"姓名": 1}, record)  # values are str
    # The named department gets the data itself.
    grant(p, "rugao.admin", entry, ["姓名"], "police.leader")
    named = p.access.decide(req("rugao.admin", entry, ["姓名"]))
    assert named.items[0].treatment == T.PLAIN


def test_comparison_rate_limit_and_log() -> None:
    with open_city(comparisons_per_minute=3) as p:
        entry = publish(p, marriage())
        grant(p, "civil.op", entry, ["姓名"], "police.leader")
        record = '{"姓名": "张三"}'
        for _ in range(3):
            assert p.access.compare(req("civil.op", entry, []), {"姓名": "张三"}, record).allowed
        limited = p.access.compare(req("civil.op", entry, []), {"姓名": "张三"}, record)
        assert not limited.allowed and limited.fields == []
        assert limited.reasons[-1].rule == "rate_limit" and limited.reasons[-1].article == "A28"
        log = p.access.usage_log("auditor", gs.UsageQuery(consumer_code=CIVIL))
        assert len(log) == 4
        assert log[0].outcome == "refused: rate_limit" and not log[0].allowed
        assert log[1].outcome == "match" and log[1].kind == "compare"
        assert log[1].items == ["姓名"]


# ---- refusals, time, revocation (A26, A28, A30) -------------------------------------------


def test_refusals_name_the_rule(p: gs.Platform) -> None:
    m = publish(p, market())
    h = publish(p, household())
    grant(p, "civil.op", m, ["企业名称"], "reviewer")
    assert first_failure(p.access.decide(req("ghost", m, ["企业名称"]))) == "user"
    assert first_failure(p.access.decide(req("auditor", m, ["企业名称"]))) == "user"  # may not use data
    no_purpose = req("civil.op", m, ["企业名称"])
    no_purpose.purpose = ""
    assert first_failure(p.access.decide(no_purpose)) == "purpose"
    assert first_failure(p.access.decide(req("civil.op", 999, ["企业名称"]))) == "entry"
    assert first_failure(p.access.decide(req("rugao.admin", m, ["企业名称"]))) == "authorization"
    assert first_failure(p.access.decide(req("civil.op", h, ["姓名"]))) == "authorization"
    early = p.access.decide(req("civil.op", m, ["企业名称"], time=at("2026-08-31T23:59:59")))
    assert not early.allowed
    assert "not yet valid" in early.reasons[0].message
    assert early.reasons[0].article == "A26, A30"
    assert isinstance(early.reasons[0], gs.RuleCheck) and not early.reasons[0].passed
    # explain lists every rule considered.
    explained = p.access.decide(req("civil.op", m, ["企业名称"], explain=True))
    assert explained.allowed
    assert all(r.passed for r in explained.reasons)
    assert [r.rule for r in explained.reasons] == [
        "user", "purpose", "items", "entry", "share_class", "authorization", "items", "authorization"]


def test_expiry_is_seen_at_every_call_via_the_request_time(p: gs.Platform) -> None:
    entry = publish(p, market())
    grant(p, "civil.op", entry, ["企业名称"], "reviewer", until=datetime.date(2026, 9, 30))
    r = req("civil.op", entry, ["企业名称"])
    r.time = datetime.datetime(2026, 9, 30, 23, 59, 59, tzinfo=gs.SHANGHAI)  # aware datetime converts
    assert r.time == at("2026-09-30T23:59:59")
    assert p.access.decide(r).allowed
    r.time = datetime.datetime(2026, 9, 30, 16, 0, tzinfo=datetime.timezone.utc)  # 10-01 00:00 in Shanghai
    d = p.access.decide(r)
    assert not d.allowed and "expired" in d.reasons[0].message
    assert d.time == at("2026-10-01T00:00:00")
    r.time = None  # the platform clock
    assert p.access.decide(r).allowed
    p.set_time(at("2026-10-01T08:00:00"))
    assert not p.access.decide(r).allowed


def test_revocation_and_withdrawal_are_seen_at_once(p: gs.Platform) -> None:
    entry = publish(p, market())
    z = grant(p, "civil.op", entry, ["企业名称"], "reviewer")
    r = req("civil.op", entry, ["企业名称"])
    assert p.access.decide(r).allowed
    z = p.sharing.suspend("admin", z.id, z.row_version, "核查")
    assert not p.access.decide(r).allowed
    z = p.sharing.reinstate("admin", z.id, z.row_version, "核查完毕")
    assert p.access.decide(r).allowed
    z = p.sharing.revoke("admin", z.id, z.row_version, gs.RevocationGround.BREACH, "违规提供第三方")
    d = p.access.decide(r)
    assert not d.allowed and "revoked" in d.reasons[0].message
    # A new grant, then the entry is withdrawn (A16).
    grant(p, "civil.op", entry, ["企业名称"], "reviewer")
    assert p.access.decide(r).allowed
    e = p.catalog.get_entry("police.op", entry)
    e = p.catalog.request_withdrawal("police.leader", e.id, e.row_version, "系统停用")
    assert p.access.decide(r).allowed  # live until the bureau decides (A16)
    p.catalog.decide_withdrawal("admin", e.id, e.row_version, True, "同意")
    assert first_failure(p.access.decide(r)) == "entry"


def test_changes_of_another_process_are_seen(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "access.db"
    with gs.Platform.open(path, simulated_time=START, decision_refresh_ms=0) as p:
        seed_city(p)
        entry = publish(p, market())
        z = grant(p, "civil.op", entry, ["企业名称"], "reviewer")
        r = req("civil.op", entry, ["企业名称"])
        assert p.access.decide(r).allowed
        with gs.Platform.open(gs.PlatformOptions(path=str(path), simulated_time=START)) as other:
            other.sharing.revoke("admin", z.id, z.row_version, gs.RevocationGround.BREACH, "违规")
        assert not p.access.decide(r).allowed


# ---- the usage log (A26, A28) ------------------------------------------------------------


def test_usage_log_records_decisions_and_moves_last_use(p: gs.Platform) -> None:
    entry = publish(p, market())
    z = grant(p, "civil.op", entry, ["企业名称"], "reviewer")
    assert z.last_used is None
    p.set_time(at("2026-09-10T10:00:00"))
    p.access.decide(req("civil.op", entry, ["企业名称"]))
    p.access.decide(req("rugao.admin", entry, ["企业名称"]))
    assert p.sharing.get_authorization("civil.op", z.id).last_used is None  # still buffered
    p.access.flush_usage_log()
    assert p.sharing.get_authorization("civil.op", z.id).last_used == at("2026-09-10T10:00:00")
    every = p.access.usage_log("auditor")
    assert len(every) == 2 and all(isinstance(u, gs.UsageRecord) for u in every)
    assert every[0].consumer_code == RUGAO_PLATFORM  # newest first
    assert every[0].outcome == "refused: authorization" and not every[0].allowed
    assert every[1].user_id == "civil.op" and every[1].kind == "decide"
    assert every[1].purpose == PURPOSE and every[1].items == ["企业名称"]
    assert every[1].allowed and every[1].outcome == "allowed"
    assert every[1].authorization_id == z.id and every[1].entry_id == entry
    assert every[1].method == gs.ShareMethod.API
    assert every[1].time == at("2026-09-10T10:00:00")
    # The provider sees accesses to its entries; another department its own.
    assert len(p.access.usage_log("police.leader")) == 2
    assert len(p.access.usage_log("civil.op")) == 1
    # Queries: consumer, entry, time window (from_: `from` is a Python keyword), limit.
    assert len(p.access.usage_log("auditor", gs.UsageQuery(consumer_code=CIVIL))) == 1
    assert len(p.access.usage_log("auditor", gs.UsageQuery(entry_id=entry + 100))) == 0
    assert len(p.access.usage_log("auditor", gs.UsageQuery(limit=1))) == 1
    after = datetime.datetime(2026, 9, 10, 10, 0, 1, tzinfo=gs.SHANGHAI)
    assert p.access.usage_log("auditor", gs.UsageQuery(from_=after)) == []
    assert len(p.access.usage_log("auditor", gs.UsageQuery(to=after))) == 2
    with pytest.raises(gs.InvalidArgumentError):
        p.access.usage_log("auditor", gs.UsageQuery(limit=0))
    # Non-use (A26) counts from the last use.
    p.set_time(at("2026-12-10T10:00:00"))  # 3 months after the use, not more
    assert p.sharing.revocable_for_non_use("police.leader", POLICE) == []
    p.set_time(at("2026-12-11T10:00:00"))
    assert len(p.sharing.revocable_for_non_use("police.leader", POLICE)) == 1


def test_usage_log_can_be_turned_off() -> None:
    with open_city(usage_log=False) as p:
        entry = publish(p, market())
        grant(p, "civil.op", entry, ["企业名称"], "reviewer")
        assert p.access.decide(req("civil.op", entry, ["企业名称"])).allowed
        p.access.flush_usage_log()
        assert p.access.usage_log("auditor") == []


def test_decisions_from_several_threads_share_one_handle(p: gs.Platform) -> None:
    # decide releases the GIL and takes the handle's lock: threads interleave safely.
    entry = publish(p, market())
    grant(p, "civil.op", entry, ["企业名称"], "reviewer")
    results: list[bool] = []

    def work() -> None:
        for _ in range(200):
            results.append(p.access.decide(req("civil.op", entry, ["企业名称"])).allowed)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 800 and all(results)
    assert len(p.access.usage_log("auditor", gs.UsageQuery(limit=5000))) == 800


def test_a_closed_handle_refuses_access_operations(p: gs.Platform) -> None:
    entry = publish(p, market())
    grant(p, "civil.op", entry, ["企业名称"], "reviewer")
    p.close()
    for call in (
        lambda: p.access.decide(req("civil.op", entry, ["企业名称"])),
        lambda: p.access.compare(req("civil.op", entry, []), {"企业名称": "x"}, "null"),
        lambda: p.access.masking_rules("auditor", entry),
        lambda: p.access.usage_log("auditor"),
    ):
        with pytest.raises(gs.StorageError):
            call()


# ---- value types, names, options -----------------------------------------------------------


def test_access_value_types() -> None:
    r = gs.AccessRequest(user_id="civil.op", entry_id=3, items=["姓名"], purpose=PURPOSE)
    assert r.method == gs.ShareMethod.API and r.time is None and not r.explain
    assert repr(r) == ("AccessRequest(user_id='civil.op', entry_id=3, items=['姓名'], "
                       "method=<ShareMethod.API: 2>, time=None, purpose='低保审批 2026-0917', "
                       "explain=False)")
    r.items.append("性别")  # a copy: changes nothing
    assert r.items == ["姓名"]
    s = copy.deepcopy(r)
    s.items = ["性别"]
    assert r.items == ["姓名"]

    rule = gs.MaskingRule(item="姓名")
    assert (rule.kind, rule.keep_head, rule.keep_tail, rule.pseudonym) == (K.OTHER, -1, -1, False)
    assert rule == gs.MaskingRule(item="姓名") and rule != gs.MaskingRule(item="姓名", pseudonym=True)
    with pytest.raises(TypeError):
        hash(rule)

    item = gs.ItemDecision()
    assert item.treatment == T.WITHHELD
    item.masking.keep_head = 2  # a struct field: a live reference
    assert item.masking.keep_head == 2

    d = gs.AccessDecision(items=[item])
    assert not d.allowed and d.authorization_id == 0 and d.reasons == []
    assert gs.ComparisonResult().overall == gs.ComparisonOutcome.NOT_FOUND
    assert gs.FieldComparison().outcome == gs.ComparisonOutcome.NOT_FOUND
    assert not gs.RuleCheck().passed
    assert gs.UsageRecord().items == []
    q = gs.UsageQuery()
    assert (q.consumer_code, q.entry_id, q.from_, q.to, q.limit) == ("", 0, None, None, 1000)
    assert "from_=None" in repr(q)
    assert not gs.IdentifierCheck().valid

    for cls in (gs.AccessRequest, gs.MaskingRule, gs.ItemDecision, gs.RuleCheck, gs.AccessDecision,
                gs.FieldComparison, gs.ComparisonResult, gs.UsageRecord, gs.UsageQuery,
                gs.ItemTreatment, gs.ComparisonOutcome, gs.IdentifierKind, gs.IdentifierCheck):
        assert cls.__module__ == "govshare"
        assert cls.__name__ in gs.__all__


def test_platform_options_of_the_data_boundary() -> None:
    o = gs.PlatformOptions()
    assert (o.usage_log, o.usage_log_batch, o.decision_refresh_ms, o.comparisons_per_minute) == (
        True, 1000, 1000, 60)
    o = gs.PlatformOptions(path=":memory:", usage_log=False, usage_log_batch=10,
                           decision_refresh_ms=0, comparisons_per_minute=5)
    assert "comparisons_per_minute=5" in repr(o)
    with gs.Platform.open(o) as p:
        assert p.is_open()


def test_names_and_chinese_labels() -> None:
    assert gs.enum_name(T.COMPARISON_ONLY) == "comparison_only"
    assert [gs.enum_name(t) for t in (T.PLAIN, T.MASKED, T.WITHHELD)] == ["plain", "masked", "withheld"]
    assert gs.chinese_label(T.MASKED) == "脱敏提供"
    assert gs.chinese_label(T.PLAIN) == "明文提供"
    assert gs.enum_name(gs.ComparisonOutcome.NO_MATCH) == "no_match"
    assert gs.chinese_label(gs.ComparisonOutcome.MATCH) == "一致"
    assert gs.chinese_label(gs.ComparisonOutcome.NOT_FOUND) == "查无此记录"
    I = gs.IdentifierKind
    for kind in (I.ID_CARD, I.CREDIT_CODE, I.ORG_CODE, I.BANK_CARD, I.MOBILE):
        assert gs.parse_identifier_kind(gs.enum_name(kind)) == kind
        assert gs.chinese_label(kind)
        assert gs.check_identifier(kind, "").reason == "the value is empty"
    assert gs.enum_name(I.ID_CARD) == "id-card"
    assert gs.parse_identifier_kind("credit_code") == I.CREDIT_CODE
    assert gs.parse_identifier_kind("org-code") == I.ORG_CODE
    assert gs.chinese_label(I.ID_CARD) == "居民身份证号码"
    assert gs.chinese_label(I.CREDIT_CODE) == "统一社会信用代码"
    for bad in ("passport", "ID-CARD"):
        with pytest.raises(gs.InvalidArgumentError):
            gs.parse_identifier_kind(bad)


# ---- validators (GB 11643, GB 32100, GB 11714, Luhn, mobile) -------------------------------

I = gs.IdentifierKind


def expect_invalid(kind: gs.IdentifierKind, value: str, reason_part: str, reason_zh_part: str) -> None:
    c = gs.check_identifier(kind, value)
    assert not c.valid, value
    assert c.normalized == "", value
    assert reason_part in c.reason, (value, c.reason)
    assert reason_zh_part in c.reason_zh, (value, c.reason_zh)


@pytest.mark.parametrize("number", [
    "11010519491231002X", "360426199101010071", "320613198506151232", "320612199203080463",
    "320623197801010318", "320681200105202023", "32068219660912517X", "320685199511300884",
    "320614198812243393", "320683197001010017", "320611197503150122"])
def test_id_card_accepts_every_verified_number(number: str) -> None:
    c = gs.check_identifier(I.ID_CARD, number)
    assert c.valid, c.reason
    assert c.normalized == number and c.reason == "" and c.reason_zh == ""


def test_id_card_reasons() -> None:
    assert gs.check_identifier(I.ID_CARD, "11010519491231002x").normalized == "11010519491231002X"
    assert gs.check_identifier(I.ID_CARD, " 320613198506151232\n").normalized == "320613198506151232"
    c = gs.check_identifier(I.ID_CARD, "320613198506151233")
    assert not c.valid and c.normalized == ""
    assert c.reason == "check character is 2, not 3 (GB 11643)"
    assert c.reason_zh == "校验码应为 2，实为 3"
    expect_invalid(I.ID_CARD, "110105194912310021", "check character is X, not 1", "校验码应为 X")
    expect_invalid(I.ID_CARD, "32068219660912517Y", "position 18", "第18位")
    expect_invalid(I.ID_CARD, "320613198513011232", "19851301 is not a real date", "不是有效日期")
    expect_invalid(I.ID_CARD, "320613199902291232", "19990229 is not a real date", "不是有效日期")
    expect_invalid(I.ID_CARD, "320613299901011232", "2999-01-01 is in the future", "晚于今天")
    expect_invalid(I.ID_CARD, "320613189912311232", "1899-12-31 is before 1900", "早于1900年")
    assert gs.check_identifier(I.ID_CARD, "320613200002291231").valid  # 29 Feb of a leap year
    assert gs.check_identifier(I.ID_CARD, "320613190001011238").valid
    expect_invalid(I.ID_CARD, "32061319850615123", "must have 18 characters (or 15", "实为17位")
    expect_invalid(I.ID_CARD, "3206131985061512321", "got 19", "实为19位")
    expect_invalid(I.ID_CARD, "", "empty", "值为空")
    expect_invalid(I.ID_CARD, "3206131985O6151232", "character 'O' at position 11 is not a digit",
                   "第11位字符“O”")
    expect_invalid(I.ID_CARD, "32061319850615123A", "position 18", "末位可为X")
    # Characters, not bytes: a full-width digit is one character.
    expect_invalid(I.ID_CARD, "３20613198506151232", "character '３' at position 1", "“３”")


def test_id_card_upgrade_from_15_characters() -> None:
    c = gs.check_identifier(I.ID_CARD, "320602650101123")
    assert c.valid and c.normalized == "320602196501011232"
    assert gs.upgrade_id_card_15("320602650101123") == "320602196501011232"
    expect_invalid(I.ID_CARD, "320602651301123", "19651301 is not a real date", "不是有效日期")
    expect_invalid(I.ID_CARD, "32060265010112X", "position 15 is not a digit", "第15位")
    for bad in ("32060265010112", "32060265010112X", "320602650230123", "320613198506151232"):
        with pytest.raises(gs.InvalidArgumentError):
            gs.upgrade_id_card_15(bad)
    with pytest.raises(ValueError):  # InvalidArgumentError is a ValueError
        gs.upgrade_id_card_15("320602650230123")  # 30 February


def test_id_card_check_character() -> None:
    assert gs.id_card_check_char("32061319850615123") == "2"  # the worked example
    assert gs.id_card_check_char("11010519491231002") == "X"
    assert gs.id_card_check_char("36042619910101007") == "1"
    for bad in ("3206131985061512", "3206131985061512A", ""):
        with pytest.raises(gs.InvalidArgumentError):
            gs.id_card_check_char(bad)


@pytest.mark.parametrize("code", [
    "91110108551385082Q", "91110000600037341L", "11320600MB1A2B3CXJ", "12320600MB1C0D2E6Q",
    "91320612MA1W2K3L4P", "91320613MA20XY7P28", "92320623MA1N4Q5R5A", "93320681MA1P8T6U88",
    "51320600MJ1K2L3M7A", "N2320682MF0012348Q"])
def test_credit_code_accepts_every_verified_code(code: str) -> None:
    c = gs.check_identifier(I.CREDIT_CODE, code)
    assert c.valid and c.normalized == code
    assert gs.is_valid_credit_code(code)


def test_credit_code_reasons() -> None:
    assert gs.check_identifier(I.CREDIT_CODE, "91320612ma1w2k3l4p").normalized == "91320612MA1W2K3L4P"
    wrong = gs.check_identifier(I.CREDIT_CODE, "91320612MA1W2K3L4Q")
    assert wrong.reason == "check character is P, not Q (GB 32100)"
    assert wrong.reason_zh == "校验码应为 P，实为 Q"
    expect_invalid(I.CREDIT_CODE, "91320612MA1W2K3L5P",
                   "organization code check character (position 17) is 4, not 5 (GB 11714)",
                   "第17位（组织机构代码校验码）应为 4，实为 5")
    expect_invalid(I.CREDIT_CODE, "91320612MA1W2K3L4", "must have 18 characters, got 17", "实为17位")
    expect_invalid(I.CREDIT_CODE, "91320612MA1W2K3I4P", "character 'I' at position 16", "第16位字符“I”")
    expect_invalid(I.CREDIT_CODE, "01320612MA1W2K3L4P", "registration authority code (position 1) is 0",
                   "第1位登记管理部门代码")
    expect_invalid(I.CREDIT_CODE, "B1320612MA1W2K3L4P", "not one of 1-9, A, N, Y", "应为1-9、A、N或Y")
    for code in ("91320612MA1W2K3L4P", "91320612MA1W2K3L4Q", "91320612MA1W2K3L5P",
                 "91320612MA1W2K3L4", "Y1320682MF0012348Q", "9132A612MA1W2K3L4P"):
        assert gs.check_identifier(I.CREDIT_CODE, code).valid == gs.is_valid_credit_code(code), code


def test_org_code() -> None:
    for value, normalized in (("D2143569-X", "D2143569-X"), ("01423623-3", "01423623-3"),
                              ("014236233", "01423623-3"), ("d2143569-x", "D2143569-X"),
                              ("MA1W2K3L-4", "MA1W2K3L-4")):
        c = gs.check_identifier(I.ORG_CODE, value)
        assert c.valid and c.normalized == normalized, value
    wrong = gs.check_identifier(I.ORG_CODE, "01423623-4")
    assert wrong.reason == "check character is 3, not 4 (GB 11714)"
    assert wrong.reason_zh == "校验码应为 3，实为 4"
    assert not gs.is_valid_organization_code("01423623-4")
    expect_invalid(I.ORG_CODE, "0142362-3", "the hyphen is at position 8, not 9", "连字符应在第9位")
    expect_invalid(I.ORG_CODE, "0142362", "got 7 characters", "实为7位")
    expect_invalid(I.ORG_CODE, "01423623-A", "check character 'A' is not a digit or X", "不是数字或X")


def test_bank_card() -> None:
    for n in ("6222021234567894", "6217001234567890122", "6228480012345678903"):
        c = gs.check_identifier(I.BANK_CARD, n)
        assert c.valid and c.normalized == n
    assert gs.check_identifier(I.BANK_CARD, "6222 0212 3456 7894").normalized == "6222021234567894"
    assert gs.check_identifier(I.BANK_CARD, "6222-0212-3456-7894").normalized == "6222021234567894"
    wrong = gs.check_identifier(I.BANK_CARD, "6222021234567895")
    assert wrong.reason == "Luhn check digit is 4, not 5 (ISO/IEC 7812)"
    assert wrong.reason_zh == "校验位（Luhn）应为 4，实为 5"
    expect_invalid(I.BANK_CARD, "622202123456789", "16-19 digits, got 15", "实为15位")
    expect_invalid(I.BANK_CARD, "6222O21234567894", "character 'O' at position 5", "第5位")


def test_mobile() -> None:
    for value in ("13912345678", "+86 139-1234-5678", "008613912345678", "86 139 1234 5678"):
        c = gs.check_identifier(I.MOBILE, value)
        assert c.valid and c.normalized == "13912345678", value
    assert gs.check_identifier(I.MOBILE, "19912345678").normalized == "19912345678"
    expect_invalid(I.MOBILE, "12912345678", "must start with 13-19, not 12", "应以13-19开头")
    expect_invalid(I.MOBILE, "1391234567", "11 digits, got 10", "实为10位")
    expect_invalid(I.MOBILE, "1391234567a", "character 'a' at position 11", "第11位")
    expect_invalid(I.MOBILE, "0513-85123456", "got 12", "实为12位")


# ---- masking (standards §3.2; docs/masking.md) ---------------------------------------------


@pytest.mark.parametrize("kind, value, masked", [
    (K.ID_CARD, "320613198506151232", "320613********1232"),
    (K.NAME, "张三", "张*"),
    (K.NAME, "欧阳娜娜", "欧***"),
    (K.MOBILE, "13912345678", "139****5678"),
    (K.PHONE, "0513-85123456", "0513-****3456"),
    (K.ADDRESS, "江苏省南通市崇川区和平桥街道××路17号", "江苏省南通市崇川区***********"),
    (K.BANK_CARD, "6222021234567894", "622202******7894"),
    (K.EMAIL, "zhangsan@nt.gov.cn", "z*******@nt.gov.cn"),
    (K.CREDIT_CODE, "91320612MA1W2K3L4P", "91320612MA1W2K3L4P"),  # enterprises: public
    (K.CREDIT_CODE, "92320623MA1N4Q5R5A", "92320623********5A"),  # 个体工商户
    (K.NONE, "公开信息", "公开信息"),
    (K.OTHER, "O型血", "***"),
    # too short: masked entirely
    (K.ID_CARD, "3206131232", "**********"),
    (K.ID_CARD, "32061312321", "320613*2321"),
    (K.MOBILE, "1395678", "*******"),
    (K.BANK_CARD, "1234", "****"),
    (K.PHONE, "0513-3456", "0513-****"),
    (K.EMAIL, "a@nt.gov.cn", "*@nt.gov.cn"),
    (K.EMAIL, "zhangsan", "********"),
    (K.CREDIT_CODE, "92", "**"),
    # separators and country prefixes stay
    (K.MOBILE, "+86 139 1234 5678", "+86 139 **** 5678"),
    (K.MOBILE, "139-1234-5678", "139-****-5678"),
    (K.BANK_CARD, "6222 0212 3456 7894", "6222 02** **** 7894"),
    (K.PHONE, "051385123456", "0513****3456"),
    (K.PHONE, "010-12345678", "010-****5678"),
    (K.ID_CARD, "32068219660912517X", "320682********517X"),
    # addresses keep the county level; without structure at most 6 characters
    (K.ADDRESS, "南通市如皋市如城街道解放路1号", "南通市如皋市*********"),
    (K.ADDRESS, "江苏省南通市人民中路1号", "江苏省南通市******"),
    (K.ADDRESS, "北京市海淀区中关村大街1号", "北京市海淀区*******"),
    (K.ADDRESS, "内蒙古自治区鄂尔多斯市伊金霍洛旗阿勒腾席热镇", "内蒙古自治区鄂尔多斯市伊金霍洛旗******"),
    (K.ADDRESS, "和平桥街道××路17号", "和平桥街道******"),
    (K.ADDRESS, "人民路1号", "人民***"),
])
def test_mask_default_profile(kind: gs.PersonalInfoKind, value: str, masked: str) -> None:
    assert gs.mask(kind, value) == masked


def test_mask_chinese_names_by_character() -> None:
    assert gs.mask(K.NAME, "张") == "*"  # too short: all masked
    assert gs.mask(K.NAME, "张三") == "张*"
    assert gs.mask(K.NAME, "张三丰") == "张**"
    assert gs.mask(K.NAME, "诸葛孔明") == "诸***"
    assert gs.mask(K.NAME, "买买提·艾力") == "买*****"
    assert gs.mask(K.NAME, "Li Lei") == "L*****"
    # One `*` per character (code point), never per UTF-8 byte.
    for name in ("张三", "欧阳娜娜", "买买提·艾力"):
        assert len(gs.mask(K.NAME, name)) == len(name)


def test_mask_every_kind_keeps_empty_and_never_raises() -> None:
    for kind in K.__members__.values():
        assert gs.mask(kind, "") == "", kind
    # Not UTF-8 (bytes go through as they are): every stray byte is one masked unit.
    assert gs.mask(K.OTHER, b"a\xff\xfeb") == "****"
    assert gs.mask(K.NAME, "张".encode() + b"\xff") == "张*"
    assert gs.mask(K.EMAIL, b"ab@nt\xff.cn") == "a*@nt*.cn"
    assert gs.mask(K.ADDRESS, b"\xff" + "南通市崇川区".encode()) == "*南通****"


def test_mask_keep() -> None:
    assert gs.mask_keep("abcdef", 1, 1) == "a****f"
    assert gs.mask_keep("abcdef", 0, 0) == "******"
    assert gs.mask_keep("abcdef", 3, 3) == "******"  # head + tail == length: all masked
    assert gs.mask_keep("abc", 1, 5) == "***"
    assert gs.mask_keep("abc", 2**31 - 1, 2**31 - 1) == "***"
    assert gs.mask_keep("", 1, 1) == ""
    assert gs.mask_keep("南通市崇川区", 2, 1, "○") == "南通○○○区"
    assert gs.mask_keep("13912345678", 3, 4, mask_char="#") == "139####5678"
    assert gs.mask_keep("苏F12345", 3, 1) == "苏F1***5"
    assert gs.mask_keep("ab", 0, 1, "🔒") == "🔒b"  # a 4-byte mask character
    for args in (("abc", -1, 0), ("abc", 0, -1), ("abc", 1, 1, ""), ("abc", 1, 1, "**"),
                 ("abc", 1, 1, "×○")):
        with pytest.raises(gs.InvalidArgumentError):
            gs.mask_keep(*args)


# ---- pseudonyms (假名化) -------------------------------------------------------------------

JEFE, WHAT = "Jefe", "what do ya want for nothing?"


def test_pseudonym_known_answers() -> None:
    # RFC 4231 test case 2 (HMAC-SHA256).
    rfc4231 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert gs.pseudonym(JEFE, WHAT, gs.HashAlgorithm.SHA256) == rfc4231
    assert gs.pseudonym(JEFE, WHAT, algorithm=gs.HashAlgorithm.SHA256) == rfc4231
    # The same inputs under HMAC-SM3, the default.
    sm3 = "2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882"
    assert gs.pseudonym(JEFE, WHAT, gs.HashAlgorithm.SM3) == sm3
    assert gs.pseudonym(JEFE, WHAT) == sm3
    # Python's own HMAC agrees (it is the same standard construction).
    import hmac
    assert hmac.new(JEFE.encode(), WHAT.encode(), hashlib.sha256).hexdigest() == rfc4231


def test_pseudonym_is_deterministic_and_keyed() -> None:
    value = "320613198506151232"
    a = gs.pseudonym("consumer-key", value)
    assert a == gs.pseudonym("consumer-key", value)
    assert len(a) == 64 and set(a) <= set("0123456789abcdef")
    assert a != gs.pseudonym("other-key", value)
    assert a != gs.pseudonym("consumer-key", value, gs.HashAlgorithm.SHA256)
    assert a != gs.pseudonym("consumer-key", "320613198506151233")
    assert len(gs.pseudonym("k", "")) == 64
    assert gs.pseudonym(b"consumer-key", value.encode()) == a  # bytes are the same bytes
    assert gs.pseudonym("k\0ey", value) != gs.pseudonym("k", value)  # an embedded NUL counts
    for algorithm in (gs.HashAlgorithm.SM3, gs.HashAlgorithm.SHA256):
        with pytest.raises(gs.InvalidArgumentError):
            gs.pseudonym("", "x", algorithm)


# ---- the stub stays complete -----------------------------------------------------------------


def test_every_runtime_name_is_stubbed() -> None:
    stub = pathlib.Path(gs.__file__).with_name("_govshare.pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    top: dict[str, ast.AST] = {}
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            top[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            top[node.target.id] = node
        elif isinstance(node, ast.Assign):
            top.update({t.id: node for t in node.targets if isinstance(t, ast.Name)})
    runtime = [n for n in dir(gs._govshare) if not n.startswith("__")]
    assert sorted(n for n in runtime if n not in top) == []
    # Every public method and attribute of the access types and Platform, too.
    for name in ("Platform", "PlatformOptions", "AccessRequest", "AccessDecision", "ItemDecision",
                 "MaskingRule", "RuleCheck", "ComparisonResult", "FieldComparison", "UsageRecord",
                 "UsageQuery", "IdentifierCheck", "ItemTreatment", "ComparisonOutcome",
                 "IdentifierKind"):
        cls_node = top[name]
        assert isinstance(cls_node, ast.ClassDef)
        stubbed = set()
        for node in ast.walk(cls_node):
            if isinstance(node, ast.FunctionDef):
                stubbed.add(node.name)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                stubbed.add(node.target.id)
        cls = getattr(gs, name)
        if hasattr(cls, "__members__"):  # an enumeration: its members
            own = list(cls.__members__)
        else:
            own = [n for n in vars(cls) if not n.startswith("_")]
        assert sorted(n for n in own if n not in stubbed) == [], name
