package org.govshare;

/**
 * A {@link WorkdayCalendar} query touched a year whose holiday arrangement is not loaded,
 * and provisional mode was off (C++ {@code govshare::CalendarCoverageError}). {@link
 * #getMissingYear()} names the year: load that year's State Council notice ({@link
 * WorkdayCalendar#loadFile(String)}), or pass {@code provisional = true} to count it as
 * plain Monday–Friday.
 *
 * <p>It is an {@link InvalidArgumentException} (the caller asked about a date the data does
 * not cover); its {@link #getCode()} is {@link ErrorCode#INVALID_ARGUMENT}.
 */
public class CalendarCoverageException extends InvalidArgumentException {
  private static final long serialVersionUID = 1L;

  private final int missingYear;

  /**
   * An error about {@code missingYear}.
   *
   * @param missingYear the year that is not loaded
   * @param message what was asked (conventionally naming the year)
   */
  public CalendarCoverageException(int missingYear, String message) {
    super(message);
    this.missingYear = missingYear;
  }

  /** The year outside the calendar's loaded years, e.g. 2027. */
  public int getMissingYear() {
    return missingYear;
  }
}
