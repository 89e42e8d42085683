// The JNI library loads itself: the first use of any wrapper initializes the
// JNI class, whose static block asks NativeLibrary (hand-written, see
// src/main/java/org/govshare/NativeLibrary.java) to load libgovshare_jni from
// -Dgovshare.native.path, from inside the jar, or from java.library.path.
// Users never call a loader.

%pragma(java) jniclassclassmodifiers="final class"
%pragma(java) jniclasscode=%{
  static {
    org.govshare.NativeLibrary.load();
  }

  private $imclassname() {}
%}

// GovShare holds the free functions as static methods; it is never instantiated.
%pragma(java) moduleclassmodifiers="public final class"
// The java.util.List overloads of the free functions taking a std::vector (the
// SWIG list classes are java.util.Lists too, so old calls pick the SWIG form).
%pragma(java) modulecode=%{
  private GovShare() {}

  /** As {@link #hasErrors(FindingList)}, with any list of findings. */
  public static boolean hasErrors(java.util.List<Finding> findings) {
    return hasErrors(FindingList.from(findings, "findings"));
  }

  /** As {@link #findingsToJson(FindingList)}, with any list of findings. */
  public static String findingsToJson(java.util.List<Finding> findings) {
    return findingsToJson(FindingList.from(findings, "findings"));
  }

  /** As {@link #findingsToJson(FindingList, int)}, with any list of findings. */
  public static String findingsToJson(java.util.List<Finding> findings, int indent) {
    return findingsToJson(FindingList.from(findings, "findings"), indent);
  }

  /** As {@link #nextCatalogCode(StringList, Classification)}, with any list of codes in use. */
  public static String nextCatalogCode(java.util.List<String> existing, Classification classification) {
    return nextCatalogCode(StringList.from(existing, "existing"), classification);
  }

  /** As {@link #nextCatalogCode(StringList, Classification, CatalogCodeScheme)}, with any list of codes in use. */
  public static String nextCatalogCode(java.util.List<String> existing, Classification classification,
                                       CatalogCodeScheme scheme) {
    return nextCatalogCode(StringList.from(existing, "existing"), classification, scheme);
  }

  // java.time.LocalDate overloads of the free functions taking a Date (a LocalDate in,
  // a LocalDate out).

  /** As {@link #addMonths(Date, int)}: the same day {@code months} later, clamped to the month's end. */
  public static java.time.LocalDate addMonths(java.time.LocalDate date, int months) {
    return addMonths(Date.fromLocalDate(NativeMemory.nonNull(date, "date")), months).toLocalDate();
  }

  /** As {@link #weekday(Date)}. */
  public static int weekday(java.time.LocalDate date) {
    return weekday(Date.fromLocalDate(NativeMemory.nonNull(date, "date")));
  }

  /** As {@link #hasRule(Rulebook, Duty, Date)}. */
  public static boolean hasRule(Rulebook rulebook, Duty duty, java.time.LocalDate on) {
    return hasRule(rulebook, duty, Date.fromLocalDate(NativeMemory.nonNull(on, "on")));
  }

  /** As {@link #rulesInForce(Rulebook, Date)}. */
  public static AppliedRuleList rulesInForce(Rulebook rulebook, java.time.LocalDate on) {
    return rulesInForce(rulebook, Date.fromLocalDate(NativeMemory.nonNull(on, "on")));
  }

  /** As {@link #textsInForce(Rulebook, Date, Date)}. */
  public static StringList textsInForce(Rulebook rulebook, java.time.LocalDate from, java.time.LocalDate to) {
    return textsInForce(rulebook, Date.fromLocalDate(NativeMemory.nonNull(from, "from")),
                        Date.fromLocalDate(NativeMemory.nonNull(to, "to")));
  }
%}
