package org.govshare.portal;

import java.lang.reflect.Method;
import java.util.Optional;
import org.govshare.GovShare;
import org.govshare.LocalDateTime;
import org.springframework.stereotype.Component;

/** For the templates ({@code ${@labels.zh(x)}}): the library's Chinese labels and times. */
@Component("labels")
public class Labels {
  private final org.govshare.Platform platform;

  public Labels(org.govshare.Platform platform) {
    this.platform = platform;
  }

  /** A department's name by its credit code (the code when unknown). */
  public String dept(String code) {
    if (code == null || code.isEmpty()) return "";
    return platform.findDepartment(code).map(org.govshare.Department::getName).orElse(code);
  }

  /** GovShare.chineseLabel of any of the library's enumerations; other values as text. */
  public String zh(Object value) {
    if (value == null) return "";
    if (value instanceof Optional<?> o) return o.map(this::zh).orElse("");
    try {
      Method m = GovShare.class.getMethod("chineseLabel", value.getClass());
      return (String) m.invoke(null, value);
    } catch (ReflectiveOperationException e) {
      return value.toString();
    }
  }

  /** GovShare.toString of an enumeration: its name in files and forms ("conditional", "api"). */
  public String code(Object value) {
    return codeOf(value);
  }

  static String codeOf(Object value) {
    try {
      return (String) GovShare.class.getMethod("toString", value.getClass()).invoke(null, value);
    } catch (ReflectiveOperationException e) {
      return value.toString();
    }
  }

  /** A platform time as 2026-09-01 09:00 (Shanghai). */
  public String time(Object value) {
    if (value instanceof Optional<?> o) return o.map(this::time).orElse("");
    if (value instanceof LocalDateTime t) {
      String iso = t.toIso();
      return iso.length() >= 16 ? iso.substring(0, 10) + " " + iso.substring(11, 16) : iso;
    }
    return value == null ? "" : value.toString();
  }
}
