package org.govshare;

import java.util.List;
import java.util.Optional;

/**
 * The preamble of the runnable snippets of docs/api-java.md (ApiGuideTest): a small city on
 * a simulated clock, as the guide's "Runnable snippets" section describes it. Public, as a
 * snippet is compiled outside the package and sees only what a user sees.
 */
public final class GuideCity implements AutoCloseable {
  public static final String BUREAU = "11320600MB1T01108B"; // 南通市大数据管理局
  public static final String POLICE = "11320600MB1A2B3CXJ"; // 南通市公安局, the provider
  public static final String CIVIL = "11320600MB1T01044D"; // 南通市民政局, the consumer

  /** The platform, in memory, its clock at 2026-09-01T09:00:00+08:00. */
  public final Platform p;
  /** 户籍人口基本信息, published by 公安局, conditional, 民政局 in its scope. */
  public final EntryRecord household;
  /** 民政局's active authorization on 姓名, 公民身份号码 and 性别 of {@link #household}. */
  public final Authorization auth;

  public GuideCity() {
    PlatformOptions options = PlatformOptions.file(TestStore.of(":memory:"));
    options.setSimulatedTime(LocalDateTime.fromIso("2026-09-01T09:00:00+08:00"));
    p = Platform.open(options);
    PlatformTest.seedCity(p);
    EntryRecord r = p.catalog().createDraft("police.op", householdEntry());
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    household = p.catalog().publish("police.leader", r.getId(), r.getRowVersion());
    ApplicationRequest request = new ApplicationRequest();
    request.setEntryId(household.getId());
    request.setItems(List.of("姓名", "公民身份号码", "性别"));
    request.setPurpose("最低生活保障家庭经济状况核对");
    request.setLegalDuty("《社会救助暂行办法》第十一条");
    request.setMethod(ShareMethod.API);
    request.setValidFrom(java.time.LocalDate.of(2026, 9, 1));
    request.setValidUntil(java.time.LocalDate.of(2027, 8, 31));
    request.setScan(ScanDocument.of("申请表.pdf", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 182044));
    Application a = p.sharing().apply("civil.op", request);
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    a = p.sharing().grantApplication("police.leader", a.getId(), a.getRowVersion(), new GrantTerms());
    auth = p.sharing().getAuthorization("civil.op", a.getAuthorizationId());
  }

  /**
   * A valid conditional entry of 公安局 (户籍人口基本信息: 公民身份号码, 姓名, 性别, …), 民政局 in its
   * scope, 公民身份号码 masked, by API, each consumer granted by 公安局 (A18).
   */
  public static CatalogEntry householdEntry() {
    CatalogEntry e = PlatformTest.policeEntry();
    e.getShare().getScope().setDepartments(List.of(CIVIL));
    e.getShare().setAuthorizationMode(Optional.of(AuthorizationMode.PROVIDER_DIRECT));
    return e;
  }

  @Override
  public void close() {
    p.close();
  }
}
