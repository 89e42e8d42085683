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
      long granted = PlatformTest.civilGrant(p, List.of("姓名"), Date.of(2026, 10, 31))[1];
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
