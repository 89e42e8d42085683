// govshare::Date in Java: java.time.LocalDate adapters, value equality,
// ordering and toString() = ISO form.
//
//   Date d = Date.fromLocalDate(LocalDate.of(2026, 10, 1));
//   LocalDate l = d.toLocalDate();          // DateTimeException when !isValid()
//   Date.of(2026, 10, 1).isBefore(d);       // C++ operator<
//   Collections.sort(dates);                // Comparable<Date>

%rename(isBefore) govshare::Date::operator<;
%typemap(javainterfaces) govshare::Date "java.lang.Comparable<Date>"

%typemap(javacode) govshare::Date %{
  /** A date with these fields (not checked: see {@link #isValid()}). */
  public static Date of(int year, int month, int day) {
    Date date = new Date();
    date.setYear(year);
    date.setMonth(month);
    date.setDay(day);
    return date;
  }

  /** The same calendar day as {@code date}. */
  public static Date fromLocalDate(java.time.LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * The same calendar day as a {@link java.time.LocalDate}.
   *
   * @throws java.time.DateTimeException when this date does not exist
   */
  public java.time.LocalDate toLocalDate() {
    return java.time.LocalDate.of(getYear(), getMonth(), getDay());
  }

  /** True when {@code other} is a {@code Date} with the same year, month and day. */
  @Override
  public boolean equals(Object other) {
    return other == this || (other instanceof Date && nativeEquals((Date) other));
  }

  @Override
  public int hashCode() {
    return (getYear() * 16 + getMonth()) * 32 + getDay();
  }

  /** Chronological order. */
  @Override
  public int compareTo(Date other) {
    int c = Integer.compare(getYear(), other.getYear());
    if (c == 0) c = Integer.compare(getMonth(), other.getMonth());
    if (c == 0) c = Integer.compare(getDay(), other.getDay());
    return c;
  }

  /** {@code YYYY-MM-DD}, as {@link #toIso()}. */
  @Override
  public String toString() {
    return toIso();
  }
%}

// Date::Of (the checked factory of the C++ API) is not bound: Date.of above stays the
// unchecked one it always was (isValid() and problem() say what is wrong), and the
// java.time.LocalDate overloads are Java's checked way (LocalDate.of throws
// DateTimeException naming the day).
%ignore govshare::Date::Of;
