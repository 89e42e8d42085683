"""Quickstart: one resource from catalog to masked record, on a platform file.

The same scenario as examples/cpp/quickstart.cpp and examples/java/Quickstart.java.
    python quickstart.py [city.db]     (default: a new file in a temporary directory)
"""
import datetime
import json
import sys
import tempfile

import govshare as gs

BUREAU = "11320600MB1T01108B"  # 南通市大数据管理局
POLICE = "11320600MB1A2B3CXJ"  # 南通市公安局
CIVIL = "11320600MB1T01044D"  # 南通市民政局


def user(uid: str, name: str, department: str, role: gs.Role) -> gs.User:
    return gs.User(id=uid, name=name, department_code=department, roles=[role])


def household() -> gs.CatalogEntry:
    """户籍人口基本信息 as the police describe it. A8: a conditional entry states its
    scope — here the departments that may use it and the items to desensitize."""
    return gs.CatalogEntry(
        name="户籍人口基本信息",
        summary="全市户籍人口的公民身份号码、姓名和户籍地址，用于各部门核实申请人的户籍身份。",
        system_name="公安人口信息管理系统",
        classification=gs.Classification(category=gs.ResourceCategory.BASIC,
                                         domain="01", group="001"),
        topics=["人口", "户籍"],
        industry="公共管理、社会保障和社会组织",
        format=gs.ResourceFormat(format_class=gs.FormatClass.DATABASE, type="Dm"),
        items=[
            gs.DataItem(name="公民身份号码", length=18, nullable=False,
                        personal_info=gs.PersonalInfoKind.ID_CARD),
            gs.DataItem(name="姓名", length=50, personal_info=gs.PersonalInfoKind.NAME),
            gs.DataItem(name="户籍地址", length=200, personal_info=gs.PersonalInfoKind.ADDRESS),
        ],
        data_standard="GB/T 19488.1-2004 电子政务数据元",
        share=gs.ShareAttribute(
            share_class=gs.ShareClass.CONDITIONAL,
            conditions="限民政部门履职核实户籍身份时使用；身份号码与地址脱敏后提供",
            scope=gs.ShareScope(departments=[CIVIL], masked_items=["公民身份号码", "户籍地址"]),
            methods=[gs.ShareMethod.API],
            authorization_mode=gs.AuthorizationMode.PROVIDER_DIRECT,  # A18: the police grant
        ),
        update_cycle=gs.UpdateCycle.REALTIME,
    )


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="govshare-") + "/city.db"
    start = gs.LocalDateTime.from_iso("2026-09-28T09:00")
    with gs.Platform.open(path, simulated_time=start) as p:
        print(f"平台 {path}，时间 {p.now().to_iso()}")

        # A4: the Big Data Bureau runs the platform; it registers departments and users.
        p.initialize(gs.Department(code=BUREAU, name="南通市大数据管理局", level=gs.DepartmentLevel.BUREAU),
                     user("admin", "王局", BUREAU, gs.Role.BUREAU_ADMIN))
        p.add_department("admin", gs.Department(code=POLICE, name="南通市公安局"))
        p.add_department("admin", gs.Department(code=CIVIL, name="南通市民政局"))
        p.add_user("admin", user("reviewer", "李审", BUREAU, gs.Role.BUREAU_REVIEWER))
        p.add_user("admin", user("police.op", "张明", POLICE, gs.Role.DEPT_OPERATOR))
        p.add_user("admin", user("police.leader", "陈处", POLICE, gs.Role.DEPT_LEADER))
        p.add_user("admin", user("civil.op", "刘芳", CIVIL, gs.Role.DEPT_OPERATOR))

        # A10: the department submits its entry, the bureau reviews it (assigning the
        # catalog code, A7), then the department publishes it.
        r = p.catalog.create_draft("police.op", household())
        r = p.catalog.submit("police.op", r.id, r.row_version)
        r = p.catalog.approve("reviewer", r.id, r.row_version)
        r = p.catalog.publish("police.leader", r.id, r.row_version)
        print(f"目录 {r.code} {r.live.name}：已发布")

        # A20: the consumer applies with the stamped application form, the purpose,
        # the legal duty it serves and the period of use.
        a = p.sharing.apply("civil.op", gs.ApplicationRequest(
            entry_id=r.id,
            items=["姓名", "公民身份号码", "户籍地址"],
            purpose="最低生活保障家庭经济状况核对",
            legal_duty="《社会救助暂行办法》第十一条",
            method=gs.ShareMethod.API,
            valid_from=datetime.date(2026, 9, 28),
            valid_until=datetime.date(2026, 12, 31),
            scan=gs.ScanDocument(
                file_name="使用申请表（盖章）.pdf",
                sha256="5d41402abc4b2a76b9719d911017c592ae2f0a3f6a1e7d2c2e1c4f9b8a7d6e5f",
                size=183204)))
        # A21: the bureau checks the form within 1 working day.
        print(f"申请 #{a.id}：形式审查截止 {a.steps[0].due.due.to_iso()}")
        a = p.sharing.accept_application("reviewer", a.id, a.row_version)
        # A22: the provider decides within 10 working days (the National Day holiday
        # does not count).
        print(f"已受理：公安局审核截止 {a.steps[-1].due.due.to_iso()}")
        a = p.sharing.grant_application("police.leader", a.id, a.row_version, gs.GrantTerms())
        z = p.sharing.get_authorization("civil.op", a.authorization_id)
        print(f"授权 #{z.id}：{z.valid_from.to_iso()} 至 {z.valid_until.to_iso()}")

        # A30: the data is used only as authorized (不得超范围使用、不得用于其他目的):
        # every access is decided against the authorization — its items, method and
        # period — and the entry's scope (A8 应进行数据脱敏: masked items leave desensitized).
        access = gs.AccessRequest(
            user_id="civil.op", entry_id=r.id, items=["姓名", "公民身份号码", "户籍地址"],
            purpose="低保审批 2026-0917")  # the matter the data is used for (A30)
        d = p.access.decide(access)
        print(f"访问：{'允许' if d.allowed else '拒绝'}")
        for item in d.items:
            print(f"  {item.item}：{gs.chinese_label(item.treatment)}")
        records = [{"姓名": "张三", "公民身份号码": "320613198506151232",
                    "户籍地址": "江苏省南通市崇川区和平桥街道工农路17号"}]
        print(f"记录：{p.access.filter(d, json.dumps(records, ensure_ascii=False))}")

        # A26: past its period an authorization no longer allows anything; the
        # request's time is checked at every call.
        access.time = gs.LocalDateTime.from_iso("2027-01-04T09:00")
        d = p.access.decide(access)
        print(f"有效期后 {access.time.to_iso()} 访问：{'允许' if d.allowed else '拒绝'}")
        for c in d.reasons:
            if not c.passed:
                print(f"  {c.rule}（{c.article}）：{c.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
