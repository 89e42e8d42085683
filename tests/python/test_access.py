"""Access decisions at the data boundary (A8, A26, A28, A30) and the masking
and validator functions, through the Python binding: a decision and its
filter end to end (JSON text and Python records), masking rules and
comparisons with dicts, times as aware datetimes, the usage log and its
query, threads, value types; one call of check_identifier, mask, mask_keep
and pseudonym each with bytes, keywords and errors. The decision rules and
the validator and masking tables are the C++ suite's
(tests/cpp/access_test.cpp, tests/cpp/masking_test.cpp); the same small city:
the bureau, 公安局 as the provider, 民政局 and the 如皋市 county platform as
consumers."""

from __future__ import annotations

import copy
import datetime
import json
import threading

import pytest

import govshare as gs
from conftest import POLICE_CODE, seed_city, store, valid_conditional_entry, valid_unconditional_entry

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
    p = gs.Platform.open(store(), simulated_time=START, **options)
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


# ---- decisions per share class (A8, A30) --------------------------------------------------


def test_unconditional_items_are_plain_and_ungranted_ones_withheld(p: gs.Platform) -> None:
    # The treatments and refusals are AccessTest.UnconditionalItemsArePlainAndUngrantedOnesWithheld's;
    # here the decision's fields arrive (its time defaulting to the platform clock is not yet in C++).
    entry = publish(p, market())
    z = grant(p, "civil.op", entry, ["企业名称", "登记状态"], "reviewer")
    d = p.access.decide(req("civil.op", entry, ["企业名称", "注册资本(万元)"]))
    assert isinstance(d, gs.AccessDecision)
    assert d.allowed and d.consumer_code == CIVIL and d.authorization_id == z.id
    assert d.user_id == "civil.op" and d.entry_id == entry and d.purpose == PURPOSE
    assert d.time == at("2026-09-01T09:00:00")  # the platform's clock
    assert [i.item for i in d.items] == ["企业名称", "注册资本(万元)"]
    assert [i.treatment for i in d.items] == [T.PLAIN, T.WITHHELD]


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


def test_masking_rules_per_item(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pseudonyms are made with the key the platform is opened with, kept outside its database
    # (test_keys.py).
    monkeypatch.setenv("GOVSHARE_PY_PSEUDONYM_KEY", gs.generate_pseudonym_key())
    with open_city(pseudonym_key_env="GOVSHARE_PY_PSEUDONYM_KEY") as p:
        masking_rules_per_item(p)


def masking_rules_per_item(p: gs.Platform) -> None:
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
    # Buffering, last use, who reads the log and non-use are AccessTest.UsageLogAndLastUse's;
    # here the records' fields and the query (its entry, window and limit filters: AccessTest.UsageLogQueries).
    every = p.access.usage_log("auditor")
    assert len(every) == 2 and all(isinstance(u, gs.UsageRecord) for u in every)
    assert every[1].user_id == "civil.op" and every[1].kind == "decide"
    assert every[1].purpose == PURPOSE and every[1].items == ["企业名称"]
    assert every[1].allowed and every[1].outcome == "allowed"
    assert every[1].authorization_id == z.id and every[1].entry_id == entry
    assert every[1].method == gs.ShareMethod.API
    assert every[1].time == at("2026-09-10T10:00:00")
    # Queries: consumer, entry, time window (from_: `from` is a Python keyword), limit.
    assert len(p.access.usage_log("auditor", gs.UsageQuery(consumer_code=CIVIL))) == 1
    assert len(p.access.usage_log("auditor", gs.UsageQuery(entry_id=entry + 100))) == 0
    assert len(p.access.usage_log("auditor", gs.UsageQuery(limit=1))) == 1
    after = datetime.datetime(2026, 9, 10, 10, 0, 1, tzinfo=gs.SHANGHAI)
    assert p.access.usage_log("auditor", gs.UsageQuery(from_=after)) == []
    assert len(p.access.usage_log("auditor", gs.UsageQuery(to=after))) == 2
    with pytest.raises(gs.InvalidArgumentError):
        p.access.usage_log("auditor", gs.UsageQuery(limit=0))


def test_decisions_from_several_threads_share_one_handle(p: gs.Platform) -> None:
    # decide releases the GIL; the threads decide in parallel on the shared index.
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


def test_filter_delivers_only_for_a_sealed_unaltered_unexpired_decision(p: gs.Platform) -> None:
    # A28, A30 (AccessTest.FilterDeliversOnlyForASealedUnalteredUnexpiredDecision): a decision
    # is an ordinary value, but only one this handle sealed, unaltered and unexpired delivers.
    entry = publish(p, household())
    z = grant(p, "civil.op", entry, ["姓名", "公民身份号码"], "police.leader")
    records = [{"姓名": "张三", "公民身份号码": "320613198506151232"}]
    d = p.access.decide(req("civil.op", entry, ["姓名", "公民身份号码"]))
    assert d.allowed and len(d.seal) == 32 and d.expires == at("2026-09-01T09:01:00")
    assert p.access.filter_records(d, records)[0]["公民身份号码"] == "320613********1232"

    forged = gs.AccessDecision(allowed=True, user_id="civil.op", consumer_code=CIVIL, entry_id=entry,
                               authorization_id=z.id, purpose=PURPOSE, time=d.time, expires=d.expires,
                               items=[gs.ItemDecision(item="公民身份号码", treatment=T.PLAIN)], seal=d.seal)
    edited = copy.deepcopy(d)
    edited.items = [d.items[0], gs.ItemDecision(item="公民身份号码", treatment=T.PLAIN)]
    for bad in (forged, edited):
        with pytest.raises(gs.PermissionDeniedError, match="seal does not match"):
            p.access.filter_records(bad, records)
    assert [e.action for e in p.security_events("auditor")] == [gs.Action.USE_DATA] * 2

    with open_city() as other:  # another platform's decision
        other_entry = publish(other, household())
        grant(other, "civil.op", other_entry, ["姓名"], "police.leader")
        foreign = other.access.decide(req("civil.op", other_entry, ["姓名"]))
        assert foreign.allowed
        with pytest.raises(gs.PermissionDeniedError, match="seal does not match"):
            p.access.filter_records(foreign, records)

    p.advance_time(61)
    with pytest.raises(gs.PermissionDeniedError, match="expired at 2026-09-01T09:01:00"):
        p.access.filter_records(d, records)
    fresh = p.access.decide(req("civil.op", entry, ["姓名", "公民身份号码"]))
    assert p.access.filter_records(fresh, records)[0]["姓名"] == "张三"
    p.access.flush_usage_log()
    line = p.access.usage_log("auditor")[0]
    assert (line.kind, line.outcome) == ("deliver", "delivered 1 record: 姓名 plain, 公民身份号码 masked")


def test_a_closed_handle_refuses_access_operations(p: gs.Platform) -> None:
    entry = publish(p, market())
    grant(p, "civil.op", entry, ["企业名称"], "reviewer")
    p.close()
    for call in (
        lambda: p.access.decide(req("civil.op", entry, ["企业名称"])),
        lambda: p.access.filter(gs.AccessDecision(), "[]"),
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
    o = gs.PlatformOptions(path=store(), usage_log=False, usage_log_batch=10,
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


def test_id_card_reasons() -> None:
    # Every GB 11643, GB 32100, GB 11714, Luhn and mobile case is
    # tests/cpp/masking_test.cpp's (Identifier*Test); here the IdentifierCheck
    # arrives with its normalized form and both reasons, Chinese included.
    c = gs.check_identifier(I.ID_CARD, " 320613198506151232\n")
    assert isinstance(c, gs.IdentifierCheck)
    assert c.valid and c.normalized == "320613198506151232" and c.reason == c.reason_zh == ""
    c = gs.check_identifier(I.ID_CARD, "320613198506151233")
    assert not c.valid and c.normalized == ""
    assert c.reason == "check character is 2, not 3 (GB 11643)"
    assert c.reason_zh == "校验码应为 2，实为 3"
    # A Python str reaches C++ as UTF-8: a full-width digit is one character.
    expect_invalid(I.ID_CARD, "３20613198506151232", "character '３' at position 1", "“３”")


def test_id_card_upgrade_from_15_characters() -> None:
    # The cases are IdentifierIdCardTest.UpgradesLegacyNumbers'.
    assert gs.upgrade_id_card_15("320602650101123") == "320602196501011232"
    with pytest.raises(ValueError):  # InvalidArgumentError is a ValueError
        gs.upgrade_id_card_15("320602650230123")  # 30 February


def test_id_card_check_character() -> None:
    # The cases are IdentifierIdCardTest.ComputesTheCheckCharacter's; a char comes back as a str.
    assert gs.id_card_check_char("11010519491231002") == "X"
    with pytest.raises(gs.InvalidArgumentError):
        gs.id_card_check_char("")


# ---- masking (standards §3.2; docs/masking.md) ---------------------------------------------


def test_mask_chinese_names_by_character() -> None:
    # The masking table (default profile, short inputs, separators, addresses) is
    # tests/cpp/masking_test.cpp's MaskTest; here Python str in and out.
    assert gs.mask(K.NAME, "买买提·艾力") == "买*****"
    # One `*` per character (code point), never per UTF-8 byte.
    for name in ("张三", "欧阳娜娜", "买买提·艾力"):
        assert len(gs.mask(K.NAME, name)) == len(name)


def test_mask_every_kind_keeps_empty_and_never_raises() -> None:
    for kind in K.__members__.values():  # every Python member reaches C++
        assert gs.mask(kind, "") == "", kind
    # Not UTF-8 (bytes go through as they are): MaskTest.WorksByCodePointAndNeverThrows has the rest.
    assert gs.mask(K.NAME, "张".encode() + b"\xff") == "张*"


def test_mask_keep() -> None:
    # The edge cases and refusals are MaskKeepTest.EdgeCases and RefusesBadArguments;
    # here the int range, the keyword and a Chinese or 4-byte mask character.
    assert gs.mask_keep("abc", 2**31 - 1, 2**31 - 1) == "***"
    assert gs.mask_keep("南通市崇川区", 2, 1, "○") == "南通○○○区"
    assert gs.mask_keep("13912345678", 3, 4, mask_char="#") == "139####5678"
    assert gs.mask_keep("ab", 0, 1, "🔒") == "🔒b"  # a 4-byte mask character
    with pytest.raises(gs.InvalidArgumentError):
        gs.mask_keep("abc", 1, 1, "**")


# ---- pseudonyms (假名化) -------------------------------------------------------------------

JEFE, WHAT = "Jefe", "what do ya want for nothing?"


def test_pseudonym_known_answers() -> None:
    # The known answers are MaskPseudonymTest.KnownAnswers'; here the keyword and the default.
    rfc4231 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert gs.pseudonym(JEFE, WHAT, algorithm=gs.HashAlgorithm.SHA256) == rfc4231
    assert gs.pseudonym(JEFE, WHAT) == gs.pseudonym(JEFE, WHAT, gs.HashAlgorithm.SM3)


def test_pseudonym_is_deterministic_and_keyed() -> None:
    # Determinism and keying are MaskPseudonymTest.DeterministicAndKeyed and RefusesAnEmptyKey;
    # here bytes and an embedded NUL cross the binding whole.
    value = "320613198506151232"
    a = gs.pseudonym("consumer-key", value)
    assert gs.pseudonym(b"consumer-key", value.encode()) == a  # bytes are the same bytes
    assert gs.pseudonym("k\0ey", value) != gs.pseudonym("k", value)  # an embedded NUL counts
    with pytest.raises(gs.InvalidArgumentError):
        gs.pseudonym("", "x")
