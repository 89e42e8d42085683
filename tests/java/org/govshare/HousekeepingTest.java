package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Housekeeping through the Java binding (docs/housekeeping.md): the cases are HousekeepingTest's
 * (tests/cpp/housekeeping_test.cpp); here the report's Java surface and a second run that changes
 * nothing (A11, A26).
 */
class HousekeepingTest {
  @Test
  void aRunReportsWhatItDidAndASecondChangesNothing() {
    try (Platform p = Platform.open(PlatformTest.options(":memory:"))) {
      PlatformTest.seedCity(p);
      CatalogEntry e = PlatformTest.policeEntry();
      e.getShare().getScope().setDepartments(new StringList(List.of(PlatformTest.CIVIL)));
      EntryRecord r = p.catalog().createDraft("police.op", e);
      r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
      r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
      long entry = p.catalog().publish("police.leader", r.getId(), r.getRowVersion()).getId();
      ApplicationRequest a = new ApplicationRequest();
      a.setEntryId(entry);
      a.setItems(new StringList(List.of("姓名")));
      a.setPurpose("低保核对");
      a.setLegalDuty("《社会救助暂行办法》第十一条");
      a.setMethod(ShareMethod.API);
      a.setValidFrom(Date.of(2026, 9, 1));
      a.setValidUntil(Date.of(2026, 10, 31));
      a.setScan(ScanDocument.of("申请表.pdf", "a".repeat(64), 1024));
      Application app = p.sharing().apply("civil.op", a);
      app = p.sharing().acceptApplication("reviewer", app.getId(), app.getRowVersion());
      long granted = p.sharing().grantApplication("police.leader", app.getId(), app.getRowVersion(),
                                                  new GrantTerms()).getAuthorizationId();
      p.setTime(LocalDateTime.fromIso("2026-12-10T02:00:00+08:00"));

      assertThrows(PermissionDeniedException.class, () -> p.runHousekeeping("civil.op", p.now()));
      HousekeepingReport report = p.runHousekeeping("admin", p.now());
      assertTrue(report.changed());
      assertEquals(p.now(), report.getRanAt());
      assertEquals(List.of(granted), report.getExpired().stream().map(Authorization::getId).toList());  // A26
      assertFalse(report.getCensusScheduled().isEmpty());  // A11
      HousekeepingReport again = p.runHousekeeping("admin", p.now());
      assertFalse(again.changed());
      assertTrue(again.getExpired().isEmpty() && again.getCensusScheduled().isEmpty());
      assertEquals(Optional.empty(), again.getCalendarWarned());
    }
  }
}
