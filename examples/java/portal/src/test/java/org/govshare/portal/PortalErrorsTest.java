package org.govshare.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govshare.ConflictException;
import org.govshare.InvalidArgumentException;
import org.govshare.InvalidTransitionException;
import org.govshare.NotFoundException;
import org.govshare.ParseException;
import org.govshare.PermissionDeniedException;
import org.govshare.StorageException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The library's exception kinds and their HTTP statuses. */
class PortalErrorsTest {
  @Test
  void everyKindHasItsStatus() {
    assertEquals(HttpStatus.FORBIDDEN, PortalErrors.statusOf(new PermissionDeniedException("无权")));
    assertEquals(HttpStatus.NOT_FOUND, PortalErrors.statusOf(new NotFoundException("无")));
    assertEquals(HttpStatus.CONFLICT, PortalErrors.statusOf(new ConflictException("旧版本")));
    assertEquals(HttpStatus.UNPROCESSABLE_CONTENT, PortalErrors.statusOf(new InvalidArgumentException("缺少用途")));
    assertEquals(HttpStatus.UNPROCESSABLE_CONTENT, PortalErrors.statusOf(new ParseException("records", "不是数组")));
    assertEquals(HttpStatus.UNPROCESSABLE_CONTENT, PortalErrors.statusOf(new InvalidTransitionException("未受理")));
    assertEquals(HttpStatus.INTERNAL_SERVER_ERROR, PortalErrors.statusOf(new StorageException("磁盘")));
  }
}
