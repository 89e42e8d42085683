"""Shared helpers for the Python tests: the same base entries as
tests/cpp/test_util.cpp, and the locations of the shared data files."""

from __future__ import annotations

import datetime
import os
import pathlib

import pytest

import govshare as gs

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]

# The platform tests run on both backends (docs/deployment.md): on SQLite by
# default, and on PostgreSQL when GOVSHARE_TEST_POSTGRES names the throwaway
# test server (scripts/run-tests.sh starts it; scripts/pg-test-server.sh).
POSTGRES = os.environ.get("GOVSHARE_TEST_POSTGRES", "")
_schemas: dict[str, str] = {}


def store(local: str | os.PathLike[str] = ":memory:") -> str:
    """Where a platform test keeps its platform: ``local`` (":memory:" or a file
    path) on SQLite; on PostgreSQL a schema of its own — a fresh one for each
    ":memory:", the same one for the same file path (a test that reopens a file
    reopens its schema). Platform.open creates the schema (create_if_missing)."""
    local = str(local)
    if not POSTGRES:
        return local
    schema = _schemas.get(local) if local != ":memory:" else None
    if schema is None:
        schema = f"py{os.getpid()}_{len(_schemas) + 1}"
        _schemas[local if local != ":memory:" else f":memory:{schema}"] = schema
    separator = "&" if "?" in POSTGRES else "?"
    return f"{POSTGRES}{separator}options=-csearch_path%3D{schema}"
TEST_DATA_DIR = REPO_ROOT / "tests" / "data"
EXAMPLES_DATA_DIR = REPO_ROOT / "examples" / "data"

# Valid GB 32100 codes of synthetic Nantong bodies (standards.md §4.3).
POLICE_CODE = "11320600MB1A2B3CXJ"
INSTITUTION_CODE = "12320600MB1C0D2E6Q"
ENTERPRISE_CODE = "91320612MA1W2K3L4P"

# The small city of the platform tests (tests/cpp/test_util.cpp SeedCity).
BUREAU_CODE = "11320600MB1T01108B"  # 南通市大数据管理局
CIVIL_CODE = "11320600MB1T01044D"  # 南通市民政局
RUGAO_PLATFORM_CODE = "11320682MB1R030051"  # 如皋市 county platform
RUGAO_DEPT_CODE = "11320682MB1R04008H"  # a 如皋市 department

DATA_STANDARD = "GB/T 19488.1-2004 电子政务数据元"
INDUSTRY = "公共管理、社会保障和社会组织"


def impossible_date(year: int, month: int, day: int) -> gs.Date:
    """A Date naming a day that does not exist (2026-02-30), for the checks
    downstream of construction: Date(2026, 2, 30) itself raises, so the
    fields are assigned one by one."""
    d = gs.Date()
    d.year, d.month, d.day = year, month, day
    return d


def valid_unconditional_entry() -> gs.CatalogEntry:
    """A complete, valid unconditional entry (市场主体登记信息) that every rule passes."""
    return gs.CatalogEntry(
        code="102001/000001",
        name="市场主体登记信息",
        summary="全市各类市场主体的登记注册信息，包括企业名称、统一社会信用代码、法定代表人、注册资本和登记状态。",
        provider=gs.Provider(code=ENTERPRISE_CODE, name="南通市市场监督管理局"),
        system_name="江苏省市场监管信息平台",
        classification=gs.Classification(
            category=gs.ResourceCategory.BASIC, domain="02", group="001"
        ),
        topics=["法人", "市场监管"],
        industry=INDUSTRY,
        format=gs.ResourceFormat(format_class=gs.FormatClass.DATABASE, type="Dm"),
        items=[
            gs.DataItem(
                name="统一社会信用代码",
                type=gs.DataType.CHARACTER,
                length=18,
                nullable=False,
                personal_info=gs.PersonalInfoKind.CREDIT_CODE,
            ),
            gs.DataItem(name="企业名称", length=200),
            gs.DataItem(name="注册资本(万元)", type=gs.DataType.NUMERIC, length=18, scale=6),
            gs.DataItem(name="登记状态", length=2, code_table="登记状态代码"),
            gs.DataItem(name="成立日期", type=gs.DataType.DATE, length=8),
        ],
        dictionary=[
            gs.CodeTable(
                id="登记状态代码",
                name="登记状态代码",
                values=[
                    gs.CodeValue(code="01", label="存续"),
                    gs.CodeValue(code="02", label="吊销"),
                    gs.CodeValue(code="03", label="注销"),
                ],
            )
        ],
        data_standard=DATA_STANDARD,
        share=gs.ShareAttribute(
            share_class=gs.ShareClass.UNCONDITIONAL,
            methods=[gs.ShareMethod.TABLE, gs.ShareMethod.API],
            front_database="市场监管局共享前置库",
            for_analysis=True,
            authorization_mode=gs.AuthorizationMode.PLATFORM_DIRECT,
        ),
        open=gs.OpenAttribute(open_class=gs.OpenClass.UNCONDITIONAL, method="接口访问"),
        update_cycle=gs.UpdateCycle.DAILY,
        publish_date=gs.Date(2021, 3, 15),
    )


def valid_conditional_entry() -> gs.CatalogEntry:
    """A complete, valid conditional entry (户籍人口基本信息) with a scope."""
    return gs.CatalogEntry(
        code="101001/000001",
        name="户籍人口基本信息",
        summary="全市户籍人口的身份、出生、户籍地址和人口状态信息，用于身份核验和人口统计分析。",
        provider=gs.Provider(code=POLICE_CODE, name="南通市公安局"),
        system_name="公安人口信息管理系统",
        classification=gs.Classification(
            category=gs.ResourceCategory.BASIC, domain="01", group="001"
        ),
        topics=["人口"],
        industry=INDUSTRY,
        format=gs.ResourceFormat(format_class=gs.FormatClass.DATABASE, type="Dm"),
        items=[
            gs.DataItem(
                name="公民身份号码",
                length=18,
                nullable=False,
                personal_info=gs.PersonalInfoKind.ID_CARD,
            ),
            gs.DataItem(name="姓名", length=50, personal_info=gs.PersonalInfoKind.NAME),
            gs.DataItem(name="性别", length=1, code_table="GB/T 2261.1"),
            gs.DataItem(name="户籍地址", length=200, personal_info=gs.PersonalInfoKind.ADDRESS),
        ],
        data_standard=DATA_STANDARD,
        share=gs.ShareAttribute(
            share_class=gs.ShareClass.CONDITIONAL,
            conditions="仅限履职需要，身份号码与地址脱敏后提供",
            scope=gs.ShareScope(
                departments=[INSTITUTION_CODE], masked_items=["公民身份号码", "户籍地址"]
            ),
            methods=[gs.ShareMethod.API],
            parallel_approval=True,
            authorization_mode=gs.AuthorizationMode.PROVIDER_DIRECT,
        ),
        open=gs.OpenAttribute(open_class=gs.OpenClass.NOT_OPEN),
        update_cycle=gs.UpdateCycle.REALTIME,
        publish_date=gs.Date(2020, 6, 1),
    )


def minimal_entry_json(extra: str = "") -> str:
    """The smallest entry object the strict reader accepts, plus `extra` keys."""
    return (
        '{"name": "户籍人口基本信息", '
        '"provider": {"code": "11320600MB1A2B3CXJ", "name": "南通市公安局"}, '
        '"share": {"class": "unconditional"}, "update_cycle": "daily"' + extra + "}"
    )


def in_catalog(entry_json: str) -> str:
    return '{"entries": [' + entry_json + "]}"


@pytest.fixture
def unconditional() -> gs.CatalogEntry:
    return valid_unconditional_entry()


@pytest.fixture
def conditional() -> gs.CatalogEntry:
    return valid_conditional_entry()


@pytest.fixture
def sample_catalog_path() -> pathlib.Path:
    path = EXAMPLES_DATA_DIR / "catalog-sample.json"
    assert path.exists(), f"missing {path.relative_to(REPO_ROOT)}"
    return path


def shared_fixture(name: str) -> pathlib.Path:
    """A shared fixture file of tests/data (also read by the C++, CLI and Java tests)."""
    path = TEST_DATA_DIR / name
    assert path.exists(), f"missing shared fixture tests/data/{name}"
    return path


def seed_city(p: gs.Platform) -> None:
    """The bureau, 公安局, 民政局, the 如皋市 platform and one of its departments,
    with users in every role (as tests/cpp/test_util.cpp SeedCity)."""
    R, L = gs.Role, gs.DepartmentLevel

    def dept(code: str, name: str, level: gs.DepartmentLevel = L.MUNICIPAL, parent: str = "") -> gs.Department:
        return gs.Department(code=code, name=name, level=level, parent_code=parent)

    def user(uid: str, name: str, department: str, *roles: gs.Role) -> gs.User:
        return gs.User(id=uid, name=name, department_code=department, roles=list(roles))

    bureau, police, civil = BUREAU_CODE, POLICE_CODE, CIVIL_CODE
    rugao = RUGAO_PLATFORM_CODE
    p.initialize(dept(bureau, "南通市大数据管理局", L.BUREAU), user("admin", "王局", bureau, R.BUREAU_ADMIN))
    p.add_user("admin", user("reviewer", "李审", bureau, R.BUREAU_REVIEWER))
    p.add_user("admin", user("auditor", "赵审计", bureau, R.AUDITOR))
    p.add_department("admin", dept(police, "南通市公安局"))
    p.add_department("admin", dept(civil, "南通市民政局"))
    p.add_department("admin", dept(rugao, "如皋市大数据管理局", L.COUNTY_PLATFORM))
    p.add_department("admin", dept(RUGAO_DEPT_CODE, "如皋市行政审批局", L.COUNTY, rugao))
    p.add_user("admin", user("police.admin", "公安管理员", police, R.DEPT_ADMIN))
    p.add_user("police.admin", user("police.op", "张明", police, R.DEPT_OPERATOR))
    p.add_user("admin", user("police.leader", "陈处", police, R.DEPT_LEADER))
    p.add_user("admin", user("civil.op", "刘芳", civil, R.DEPT_OPERATOR))
    p.add_user("admin", user("civil.leader", "周处", civil, R.DEPT_LEADER))
    p.add_user("admin", user("rugao.admin", "如皋管理员", rugao, R.DEPT_ADMIN, R.DEPT_OPERATOR, R.DEPT_LEADER))


def civil_grant(p: gs.Platform, items: list[str], valid_until: datetime.date) -> tuple[int, int]:
    """户籍人口基本信息 published by 公安局 with 民政局 named in its scope (A8), and
    民政局's authorization on `items` from 2026-09-01 to `valid_until`, applied,
    accepted and granted (A21-A23): (entry id, authorization id). The city is
    seed_city's, on its clock at 2026-09-01."""
    e = valid_conditional_entry()
    e.code = ""
    e.share.scope.departments = [CIVIL_CODE]
    r = p.catalog.create_draft("police.op", e)
    r = p.catalog.submit("police.op", r.id, r.row_version)
    r = p.catalog.approve("reviewer", r.id, r.row_version)
    entry = p.catalog.publish("police.leader", r.id, r.row_version).id
    a = p.sharing.apply("civil.op", gs.ApplicationRequest(
        entry_id=entry, items=items, purpose="低保核对", legal_duty="《社会救助暂行办法》第十一条",
        method=gs.ShareMethod.API, valid_from=datetime.date(2026, 9, 1), valid_until=valid_until,
        scan=gs.ScanDocument(file_name="申请表.pdf", sha256="a" * 64, size=1024)))
    a = p.sharing.accept_application("reviewer", a.id, a.row_version)
    a = p.sharing.grant_application("police.leader", a.id, a.row_version)
    return entry, a.authorization_id
