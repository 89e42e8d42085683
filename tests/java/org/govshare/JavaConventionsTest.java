package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java API against the JDK's conventions (issue 19, part 3): JavaBeans {@code isX()} for
 * booleans, {@code java.util.List} and {@code java.time} parameters, no {@code Optional} or
 * {@code ""} a caller must pass, {@code Cleaner} instead of {@code finalize()}, and
 * {@code NullPointerException}s that name the Java parameter. The reflection tests walk every
 * public class of {@code org.govshare}, so a new field or method that breaks a convention fails
 * here (bindings/java/swig/gen_beans.py regenerates the field directives).
 */
class JavaConventionsTest {

  // ---- the classes of the package ---------------------------------------------------------

  /** Every public class of org.govshare, from the directory or jar GovShare.class came from. */
  static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path where = Path.of(GovShare.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> files = Files.list(where.resolve("org/govshare"))) {
        files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class")).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("org/govshare/") && n.endsWith(".class"))
            .map(n -> n.substring("org/govshare/".length())).filter(n -> !n.contains("/")).forEach(names::add);
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String n : names) {
      if (n.contains("$")) continue;
      Class<?> c = Class.forName("org.govshare." + n.substring(0, n.length() - ".class".length()), false,
                                 GovShare.class.getClassLoader());
      if (Modifier.isPublic(c.getModifiers())) out.add(c);
    }
    assertTrue(out.size() > 150, "found only " + out.size() + " public classes in " + where);
    return out;
  }

  static boolean isPublic(Method m) {
    return Modifier.isPublic(m.getModifiers());
  }

  @Test
  void noPublicClassDeclaresFinalize() throws Exception {
    List<String> offenders = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals("finalize") && m.getParameterCount() == 0) offenders.add(c.getSimpleName());
      }
    }
    assertEquals(List.of(), offenders, "classes with a finalize()");
  }

  @Test
  void everyBooleanGetterHasIsXAndTheOldNameIsDeprecated() throws Exception {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Class<?> c : publicClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!isPublic(m) || m.getParameterCount() != 0 || m.getReturnType() != boolean.class) continue;
        if (!m.getName().startsWith("get") || m.getName().length() < 4) continue;
        checked++;
        String is = "is" + m.getName().substring(3);
        try {
          Method modern = c.getMethod(is);
          assertSame(boolean.class, modern.getReturnType(), c.getSimpleName() + "." + is);
          assertFalse(modern.isAnnotationPresent(Deprecated.class), c.getSimpleName() + "." + is);
        } catch (NoSuchMethodException e) {
          missing.add(c.getSimpleName() + "." + is + "()");
          continue;
        }
        if (!m.isAnnotationPresent(Deprecated.class)) missing.add("@Deprecated " + c.getSimpleName() + "." + m.getName());
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(checked >= 51, "checked only " + checked + " boolean getters");
  }

  /** The SWIG list classes: public, with the package-private from(List, String). */
  static boolean isSwigList(Class<?> c) {
    try {
      return java.util.AbstractList.class.isAssignableFrom(c) && c.getDeclaredMethod("from", List.class, String.class) != null;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void everyListParameterAlsoTakesAJavaUtilList() throws Exception {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Class<?> c : publicClasses()) {
      if (isSwigList(c)) continue; // the list classes' own methods (copy constructor, addAll)
      for (Method m : c.getDeclaredMethods()) {
        if (!isPublic(m)) continue;
        Class<?>[] alt = m.getParameterTypes().clone();
        boolean any = false;
        for (int i = 0; i < alt.length; i++) {
          if (isSwigList(alt[i])) {
            alt[i] = List.class;
            any = true;
          }
        }
        if (!any) continue;
        checked++;
        try {
          c.getMethod(m.getName(), alt);
        } catch (NoSuchMethodException e) {
          missing.add(c.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()));
        }
      }
    }
    assertEquals(List.of(), missing, "methods taking a SWIG list without a java.util.List overload");
    assertTrue(checked >= 60, "checked only " + checked);
  }

  /**
   * Every method taking a {@code Date} or an {@code org.govshare.LocalDateTime} also takes
   * {@code java.time.LocalDate} / {@code ZonedDateTime} in its place (setters included),
   * except the two classes' own methods and DateList's.
   */
  @Test
  void everyDateOrTimeParameterAlsoTakesJavaTime() throws Exception {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Class<?> c : publicClasses()) {
      if (c == Date.class || c == LocalDateTime.class || c == DateList.class) continue;
      for (Method m : c.getDeclaredMethods()) {
        if (!isPublic(m)) continue;
        Class<?>[] alt = m.getParameterTypes().clone();
        boolean any = false;
        for (int i = 0; i < alt.length; i++) {
          if (alt[i] == Date.class) {
            alt[i] = LocalDate.class;
            any = true;
          } else if (alt[i] == LocalDateTime.class) {
            alt[i] = ZonedDateTime.class;
            any = true;
          }
        }
        if (!any) continue;
        checked++;
        try {
          c.getMethod(m.getName(), alt);
        } catch (NoSuchMethodException e) {
          missing.add(c.getSimpleName() + "." + m.getName() + Arrays.toString(alt));
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(checked >= 60, "checked only " + checked);
  }

  @Test
  void everyOptionalSetterHasAPlainOverloadAndAClear() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!isPublic(m) || !m.getName().startsWith("set") || m.getParameterCount() != 1) continue;
        if (m.getParameterTypes()[0] != Optional.class) continue;
        String property = m.getName().substring(3);
        boolean plain = Arrays.stream(c.getMethods())
            .anyMatch(o -> o.getName().equals(m.getName()) && o.getParameterCount() == 1
                           && o.getParameterTypes()[0] != Optional.class);
        if (!plain) missing.add(c.getSimpleName() + "." + m.getName() + "(T)");
        try {
          c.getMethod("clear" + property);
        } catch (NoSuchMethodException e) {
          missing.add(c.getSimpleName() + ".clear" + property + "()");
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /** No public method but a setter of an optional field takes a java.util.Optional. */
  @Test
  void noOperationTakesAnOptionalWithoutAnOverload() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!isPublic(m) || m.getName().startsWith("set")) continue;
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
          if (types[i] != Optional.class) continue;
          int position = i;
          boolean overload = Arrays.stream(c.getMethods()).anyMatch(
              o -> o.getName().equals(m.getName()) && o.getParameterCount() == types.length
                   && o.getParameterTypes()[position] != Optional.class);
          if (!overload) missing.add(c.getSimpleName() + "." + m.getName() + Arrays.toString(types));
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /** Parameters are named in lowerCamelCase (entryId, not C++'s entry_id). */
  @Test
  void parameterNamesAreLowerCamelCase() throws Exception {
    List<String> snake = new ArrayList<>();
    int named = 0;
    for (Class<?> c : publicClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!isPublic(m)) continue;
        for (java.lang.reflect.Parameter parameter : m.getParameters()) {
          if (!parameter.isNamePresent()) continue; // compiled without -parameters (pom.xml sets it)
          named++;
          if (parameter.getName().contains("_")) snake.add(c.getSimpleName() + "." + m.getName() + "(" + parameter.getName() + ")");
        }
      }
    }
    assertEquals(List.of(), snake);
    assertTrue(named > 1000, "only " + named + " named parameters: is -parameters set?");
  }

  // ---- behaviour ------------------------------------------------------------------------------

  @Test
  void booleansReadAsIsXAndTheDeprecatedGetterStillWorks() {
    AccessRequest r = new AccessRequest();
    assertFalse(r.isExplain());
    r.setExplain(true);
    assertTrue(r.isExplain());
    @SuppressWarnings("deprecation")
    boolean old = r.isExplain();
    assertTrue(old);
  }

  @Test
  void listSettersTakeAnyListAndTheSwigListsStillWork() {
    ApplicationRequest r = new ApplicationRequest();
    r.setItems(List.of("姓名", "性别"));
    assertEquals(List.of("姓名", "性别"), r.getItems());
    r.setItems(new ArrayList<>(List.of("姓名")));
    assertEquals(List.of("姓名"), r.getItems());
    r.setItems(new StringList(List.of("公民身份号码"))); // the old form
    assertEquals(List.of("公民身份号码"), r.getItems());
    StringList live = r.getItems(); // still the list class: a view of the request's list
    live.add("性别");
    assertEquals(List.of("公民身份号码", "性别"), r.getItems());
    User u = User.of("u", "名", "11320600MB1T01108B");
    u.setRoles(List.of(Role.DEPT_OPERATOR, Role.DEPT_LEADER));
    assertEquals(List.of(Role.DEPT_OPERATOR, Role.DEPT_LEADER), u.getRoles());
    NullPointerException e = assertThrows(NullPointerException.class, () -> r.setItems((List<String>) null));
    assertEquals("value must not be null", e.getMessage());
  }

  @Test
  void localDateAndZonedDateTimeOverloadsRoundTrip() {
    ApplicationRequest r = new ApplicationRequest();
    r.setValidFrom(LocalDate.of(2026, 10, 1));
    r.setValidUntil(LocalDate.of(2027, 9, 30));
    assertEquals(LocalDate.of(2026, 10, 1), r.getValidFrom().toLocalDate());
    assertEquals(Date.of(2027, 9, 30), r.getValidUntil());

    GrantTerms t = new GrantTerms();
    t.setValidUntil(LocalDate.of(2027, 3, 31)); // std::optional<Date>
    assertEquals(Optional.of(Date.of(2027, 3, 31)), t.getValidUntil());
    t.clearValidUntil();
    assertEquals(Optional.empty(), t.getValidUntil());

    AccessRequest a = new AccessRequest();
    ZonedDateTime utc = ZonedDateTime.of(2026, 9, 10, 2, 0, 0, 0, ZoneId.of("UTC"));
    a.setTime(utc); // std::optional<LocalDateTime>, the same instant at +08:00
    assertEquals("2026-09-10T10:00:00+08:00", a.getTime().orElseThrow().toIso());
    assertEquals(utc.toInstant(), a.getTime().orElseThrow().toInstant());
    a.setTime(LocalDateTime.fromIso("2026-09-11T08:00:00+08:00"));
    assertEquals("2026-09-11T08:00:00+08:00", a.getTime().orElseThrow().toIso());
    a.clearTime();
    assertEquals(Optional.empty(), a.getTime());
  }

  @Test
  void nullArgumentsAreNullPointerExceptionsNamingTheParameter() {
    try (Platform p = Platform.open(PlatformTest.options(":memory:"))) {
      PlatformTest.seedCity(p);
      NullPointerException e = assertThrows(NullPointerException.class, () -> p.access().decide(null));
      assertEquals("request must not be null", e.getMessage());
      e = assertThrows(NullPointerException.class, () -> p.catalog().createDraft(null, new CatalogEntry()));
      assertEquals("actor must not be null", e.getMessage());
      e = assertThrows(NullPointerException.class, () -> p.catalog().entries("admin", null));
      assertEquals("providerCode must not be null", e.getMessage()); // C++ provider_code, in Java terms
      e = assertThrows(NullPointerException.class, () -> p.setTime((LocalDateTime) null));
      assertEquals("time must not be null", e.getMessage());
      e = assertThrows(NullPointerException.class, () -> p.setTime((ZonedDateTime) null));
      assertTrue(e.getMessage().contains("must not be null"), e.getMessage());
    }
    AccessRequest a = new AccessRequest();
    NullPointerException e = assertThrows(NullPointerException.class, () -> a.setTime((LocalDateTime) null));
    assertEquals("value must not be null (clearTime() for none)", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> a.setTime((Optional<LocalDateTime>) null));
    assertEquals("value must not be null (Optional.empty() for none)", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> a.setPurpose(null));
    assertEquals("value must not be null", e.getMessage());
    assertFalse(e.getMessage().contains("govshare::"));
  }

  @Test
  void departmentOverloadsReplaceTheEmptyString() {
    try (Platform p = Platform.open(PlatformTest.options(":memory:"))) {
      PlatformTest.seedCity(p);
      assertEquals(p.users(""), p.users());
      assertEquals(p.catalog().entries("admin", "").size(), p.catalog().entries("admin").size());
      assertEquals(p.sharing().applications("admin", "").size(), p.sharing().applications("admin").size());
      assertEquals(p.supervision().rectifications("admin", "").size(),
                   p.supervision().rectifications("admin").size());
      assertEquals(p.mayDo("admin", Action.MANAGE_DEPARTMENTS, ""), p.mayDo("admin", Action.MANAGE_DEPARTMENTS));
    }
  }

  // ---- native memory: Cleaner, delete(), views ---------------------------------------------------

  @Test
  void deleteAndCloseAreIdempotent() {
    CatalogEntry e = new CatalogEntry();
    e.setName("户籍人口基本信息");
    e.delete();
    e.delete();
    Platform p = Platform.open(PlatformTest.options(":memory:"));
    p.close();
    p.close();
    p.delete();
    p.delete();
    p.close();
    NullPointerException npe = assertThrows(NullPointerException.class, p::now);
    assertEquals("Platform used after delete()", npe.getMessage());
  }

  @Test
  void theCleanerFreesUnreachableProxies() throws InterruptedException {
    WeakReference<CatalogEntry> ref = new WeakReference<>(new CatalogEntry());
    for (int i = 0; i < 50 && ref.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertEquals(null, ref.get(), "an unreachable proxy was not collected");
    // Many short-lived proxies: the Cleaner frees them (nothing to assert but no crash and no OOM).
    for (int i = 0; i < 20000; i++) {
      new AccessRequest().setPurpose("低保审批 " + i);
    }
  }

  @Test
  void aViewKeepsItsOwnerAliveAndIsNotFreedByTheCleaner() throws InterruptedException {
    DataItemList items = newEntryItems();
    System.gc();
    for (int i = 0; i < 20; i++) {
      System.gc();
      Thread.sleep(5);
      new CatalogEntry(); // churn
    }
    assertEquals("姓名", items.get(0).getName()); // the entry (owner) is alive through the view
    DataItem first = items.get(0);
    first.delete(); // a view owns nothing: delete() only detaches this proxy
    assertEquals("姓名", items.get(0).getName());
    assertNotNull(items.get(0).getName());
  }

  /** The item list of an entry nobody else holds. */
  private static DataItemList newEntryItems() {
    CatalogEntry e = new CatalogEntry();
    DataItem name = new DataItem();
    name.setName("姓名");
    e.setItems(List.of(name));
    return e.getItems();
  }

  @Test
  void theBindingsOwnHelpersAreNotPublic() throws Exception {
    assertFalse(Modifier.isPublic(NativeMemory.class.getModifiers()));
    TreeSet<String> names = publicClasses().stream().map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(names.contains("NativeMemory"));
  }
}
