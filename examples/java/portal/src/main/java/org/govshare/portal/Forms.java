package org.govshare.portal;

import java.util.ArrayList;
import java.util.List;
import org.govshare.InvalidArgumentException;

/** A form's value for one of the library's enumerations: its GovShare.toString name ("result", "api"). */
final class Forms {
  private Forms() {}

  /** The value named {@code name}; else a 422 naming the field and the choices. */
  static <E extends Enum<E>> E parse(Class<E> type, String name, String field) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String n = Labels.codeOf(e);
      if (n.equals(name)) return e;
      names.add(n);
    }
    throw new InvalidArgumentException(field + "：“" + name + "”无效，应为 " + String.join("、", names));
  }
}
