"""The calendar through the Python binding: Date and datetime.date in and out,
enums, batch forms, options, exceptions and their attributes. The working-day
arithmetic, the State Council table, month roll-forward and the deadlines of
the articles are the C++ suite's (tests/cpp/calendar_test.cpp); here one case
of each call shows that the value arrives."""

from __future__ import annotations

import datetime
import pathlib

import pytest

import govshare as gs
from conftest import shared_fixture, impossible_date


# ---- calendar.h: working days and deadlines ------------------------------------------

D = gs.Date.from_iso


@pytest.fixture(scope="module")
def cal() -> gs.WorkdayCalendar:
    return gs.WorkdayCalendar.builtin()


def test_calendar_covers_2020_to_2026_with_the_published_working_days(cal) -> None:
    assert cal.years() == list(range(2020, 2027))
    # The per-year counts are CalendarTest.WorkingDaysPerYear's; one shows the positional flag.
    assert cal.working_days_between(gs.Date(2026, 1, 1), gs.Date(2027, 1, 1), True) == 248
    assert cal.version().startswith("cn-state-council/2020-2026/")
    with pytest.raises(TypeError):
        gs.WorkdayCalendar()  # a handle: created by builtin()/empty()/from_file()


def test_calendar_days_know_holidays_and_adjusted_workdays(cal) -> None:
    national_day = cal.day(datetime.date(2026, 10, 1))  # datetime.date accepted
    assert not national_day.working
    assert national_day.kind == gs.DayKind.HOLIDAY
    assert national_day.festival == gs.Festival.NATIONAL_DAY
    assert not national_day.provisional
    assert cal.day(D("2026-02-14")).kind == gs.DayKind.ADJUSTED_WORKDAY
    assert cal.is_working_day(D("2026-02-14"))
    assert cal.day(D("2026-03-07")).kind == gs.DayKind.WEEKEND
    assert gs.enum_name(gs.Festival.NATIONAL_DAY_MID_AUTUMN) == "NationalDay+MidAutumn"
    assert gs.parse_festival("SpringFestival") == gs.Festival.SPRING_FESTIVAL
    assert gs.chinese_label(gs.Festival.SPRING_FESTIVAL) == "春节"
    assert gs.chinese_label(gs.DayKind.ADJUSTED_WORKDAY) == "调休上班"
    assert gs.enum_name(gs.DayKind.ADJUSTED_WORKDAY) == "adjusted_workday"
    assert cal.days(D("2026-10-01"), D("2026-10-01")) == [national_day]  # DayInfo equality
    with pytest.raises(gs.InvalidArgumentError):
        gs.parse_festival("Christmas")


def test_add_working_days_does_not_count_the_event_day(cal) -> None:
    # The counting rule's cases are CalendarTest.AddWorkingDaysExamples and ZeroAndNegativeN.
    assert cal.add_working_days(D("2026-04-03"), 1) == D("2026-04-07")
    assert cal.next_working_day(D("2026-10-03")) == D("2026-10-08")
    assert cal.add_working_days(D("2026-10-08"), n=-1).to_date() == datetime.date(2026, 9, 30)
    # datetime.date in and out.
    assert cal.add_working_days(datetime.date(2026, 9, 30), 10) == datetime.date(2026, 10, 20)
    assert cal.next_working_day(datetime.date(2026, 10, 3)) == datetime.date(2026, 10, 8)
    with pytest.raises(TypeError):
        cal.add_working_days(datetime.datetime(2026, 9, 30, 12, 0), 1)  # the time would be lost


def test_working_days_between_is_half_open(cal) -> None:
    # Half-open counting and its agreement with add_working_days are
    # CalendarTest.BetweenIsHalfOpen and AddThenBetweenAgree; here the keywords.
    assert cal.working_days_between(start=D("2026-10-01"), end=D("2026-10-08")) == 0
    assert cal.working_days_between(D("2026-04-07"), D("2026-04-03")) == -1


def test_batch_forms_match_single_calls(cal) -> None:
    dates = [D("2026-04-03"), datetime.date(2026, 10, 1), D("2026-02-14")]
    assert cal.is_working_day_batch(dates) == [True, False, True]
    # Each result has its input's type: datetime.date in, datetime.date out.
    assert cal.add_working_days_batch(dates, 1) == [
        D("2026-04-07"), datetime.date(2026, 10, 8), D("2026-02-24")]
    ends = [D("2026-04-07"), D("2026-10-08"), D("2026-02-14")]
    assert cal.working_days_between_batch(dates, ends) == [1, 0, 0]
    with pytest.raises(gs.InvalidArgumentError):
        cal.working_days_between_batch(dates, [])
    days = cal.days(D("2026-09-30"), D("2026-10-10"))
    assert len(days) == 11
    assert days[1].festival == gs.Festival.NATIONAL_DAY
    assert days[10].kind == gs.DayKind.ADJUSTED_WORKDAY


def test_add_months_clamps_to_the_end_of_short_months() -> None:
    # The clamping table is AddMonthsTest.ClampsToTheEndOfShortMonths.
    assert gs.add_months(D("2026-01-31"), 1) == D("2026-02-28")
    assert gs.add_months(datetime.date(2026, 5, 15), -5) == D("2025-12-15")
    assert gs.weekday(D("2026-04-03")) == 5  # Friday
    with pytest.raises(gs.InvalidArgumentError):
        gs.add_months(impossible_date(2026, 2, 30), 1)


def test_deadlines_of_the_articles(cal) -> None:
    def due(event: str, unit: gs.DeadlineUnit, count: int, **options) -> gs.Date:
        rule = gs.DeadlineRule(unit=unit, count=count)
        deadline = cal.compute_deadline(
            gs.LocalDateTime.from_iso(event), rule, gs.DeadlineOptions(**options)
        )
        return deadline.due.date

    # The articles' deadlines are CalendarTest.DeadlinesOfTheArticles,
    # MonthDeadlinesRollForward, MonthDeadlineWithoutRollForward and
    # CalendarDayDeadlines; here each unit and the roll_forward option arrive.
    W, M = gs.DeadlineUnit.WORKING_DAYS, gs.DeadlineUnit.MONTHS
    assert due("2026-09-29T15:00:00+08:00", W, 10) == D("2026-10-19")  # A22
    assert due("2026-01-23", M, 1) == D("2026-02-24")  # rolled past the Spring Festival
    assert due("2026-07-01", M, 3, roll_forward=False) == D("2026-10-01")  # A26 elapsed time
    assert due("2026-09-24", gs.DeadlineUnit.CALENDAR_DAYS, 7) == D("2026-10-08")


def test_deadline_ends_at_2400_or_at_the_office_close(cal) -> None:
    event = gs.LocalDateTime.from_iso("2026-04-03T18:00")
    rule = gs.DeadlineRule(unit=gs.DeadlineUnit.WORKING_DAYS, count=1)
    plain = cal.compute_deadline(event, rule)
    assert plain == cal.compute_deadline(event, rule, gs.DeadlineOptions())
    assert plain.due.to_iso() == str(plain.due) == "2026-04-07T24:00:00+08:00"
    assert plain.calendar_version == cal.version()
    assert not plain.provisional
    office = gs.DeadlineOptions(office_close_minutes=17 * 60 + 30)
    assert cal.compute_deadline(event, rule, office).due.to_iso() == "2026-04-07T17:30:00+08:00"
    office.after_close_counts_next_day = True
    late = gs.LocalDateTime.from_iso("2026-04-07T18:00")
    assert cal.compute_deadline(late, rule, options=office).due.date == D("2026-04-09")
    with pytest.raises(gs.InvalidArgumentError):
        cal.compute_deadline(event, gs.DeadlineRule(unit=gs.DeadlineUnit.WORKING_DAYS, count=0))
    bad = gs.LocalDateTime(date=impossible_date(2026, 2, 30))
    with pytest.raises(gs.InvalidArgumentError):
        cal.compute_deadline(bad, rule)


def test_uncovered_years_raise_coverage_error_naming_the_year(cal) -> None:
    with pytest.raises(gs.CalendarCoverageError) as info:
        cal.is_working_day(D("2027-01-04"))
    assert info.value.missing_year == 2027
    assert "2027" in str(info.value)
    assert isinstance(info.value, gs.InvalidArgumentError) and isinstance(info.value, ValueError)
    assert info.value.code == gs.ErrorCode.INVALID_ARGUMENT
    assert type(info.value).__module__ == "govshare"
    with pytest.raises(gs.CalendarCoverageError):
        cal.add_working_days(D("2026-12-28"), 5)


def test_provisional_mode_predicts_the_statutory_holidays_and_says_so(cal) -> None:
    # 2027 is not loaded: 元旦 (a Friday) rests by 《全国年节及纪念日放假办法》 art. 2.
    # The prediction's rule is CalendarTest.ProvisionalModePredictsTheStatutoryHolidaysAndSaysSo.
    info = cal.day(D("2027-01-01"), provisional=True)
    assert not info.working and info.provisional
    assert info.kind == gs.DayKind.HOLIDAY and info.festival == gs.Festival.NEW_YEAR
    assert cal.add_working_days(D("2026-12-30"), 5, True) == D("2027-01-07")
    options = gs.DeadlineOptions(provisional=True)
    rule = gs.DeadlineRule(unit=gs.DeadlineUnit.WORKING_DAYS, count=10)
    deadline = cal.compute_deadline(gs.LocalDateTime.from_iso("2026-12-25"), rule, options)
    assert deadline.provisional and deadline.due.date == D("2027-01-11")
    assert not cal.covers_range(D("2026-12-01"), D("2027-01-01"))
    assert cal.covers_range(D("2026-12-01"), D("2020-01-01"))


def test_loading_a_further_year_and_a_local_override() -> None:
    cal = gs.WorkdayCalendar.builtin()
    before = cal.version()
    cal.load_file(shared_fixture("calendar-2027-test.tsv"))  # a pathlib.Path
    assert cal.covers(2027) and cal.version() != before
    local = cal.day(D("2027-06-14"))
    assert (local.working, local.festival) == (False, gs.Festival.LOCAL)
    assert local.reason == "南通市防汛应急停工（测试）"

    cal = gs.WorkdayCalendar.builtin()
    cal.override(D("2026-06-15"), False, "南通市防汛应急停工一天")
    assert cal.day(D("2026-06-15")).reason == "南通市防汛应急停工一天"
    with pytest.raises(gs.InvalidArgumentError):
        cal.override(D("2026-06-16"), False, "")
    with pytest.raises(gs.CalendarCoverageError):
        cal.override(D("2027-06-16"), working=False, reason="x")
    empty = gs.WorkdayCalendar.empty()
    assert empty.years() == []
    empty.add_year(2030)
    assert empty.is_working_day(D("2030-01-01"))  # a plain Monday-Friday year


def test_bad_calendar_text_is_refused_and_changes_nothing(tmp_path: pathlib.Path) -> None:
    cal = gs.WorkdayCalendar.builtin()
    before = cal.version()
    # Every refused form is CalendarLoadTest.BadFilesAreRefusedAndChangeNothing.
    with pytest.raises(gs.ParseError):
        cal.load_text("year\t27\n")
    assert cal.version() == before and not cal.covers(2027)
    with pytest.raises(gs.ParseError) as info:
        cal.load_text("year\t2027\n\n2027-01-01\toff\tChristmas\n")
    assert info.value.path == "calendar:3"
    with pytest.raises(gs.IoError):
        gs.WorkdayCalendar.from_file(tmp_path / "no-such-calendar.tsv")


def test_local_date_time_is_on_the_shanghai_clock() -> None:
    t = gs.LocalDateTime.from_iso("2026-10-01T09:30:00+08:00")
    assert t.to_iso() == "2026-10-01T09:30:00+08:00"
    with pytest.raises(gs.InvalidArgumentError):  # LocalDateTimeTest.ParsesShanghaiTimesOnly has the rest
        gs.LocalDateTime.from_iso("2026-10-01T09:30:00Z")
    assert gs.LocalDateTime.from_unix_seconds(t.to_unix_seconds()) == t
    assert gs.LocalDateTime.from_iso("2026-10-01") < t <= t < gs.LocalDateTime.from_iso("2026-10-02")
    assert t > gs.LocalDateTime.from_iso("2026-09-30T23:59") and t >= t
    with pytest.raises(gs.InvalidArgumentError):
        gs.LocalDateTime.from_unix_seconds(10**15)  # beyond year 9999
    assert gs.LocalDateTime.from_unix_seconds(0).to_iso() == "1970-01-01T08:00:00+08:00"
    # datetime conversions go through the C++ Unix-time conversion.
    aware = t.to_datetime()
    assert aware == datetime.datetime(2026, 10, 1, 1, 30, tzinfo=datetime.timezone.utc)
    assert aware.utcoffset() == datetime.timedelta(hours=8)
    assert gs.LocalDateTime.from_datetime(aware) == t
    utc = datetime.datetime(2026, 9, 30, 16, 0, 0, 999, tzinfo=datetime.timezone.utc)
    assert gs.LocalDateTime.from_datetime(utc).to_iso() == "2026-10-01T00:00:00+08:00"
    with pytest.raises(ValueError):
        gs.LocalDateTime.from_datetime(datetime.datetime(2026, 10, 1, 9, 30))  # naive
    end_of_day = gs.LocalDateTime(date=datetime.date(2026, 4, 7), hour=24)
    assert end_of_day.to_datetime() == datetime.datetime(2026, 4, 8, tzinfo=gs.SHANGHAI)


def test_enum_names_round_trip_for_calendar_and_severity() -> None:
    for kind in gs.DayKind.__members__.values():
        assert gs.parse_day_kind(gs.enum_name(kind)) == kind
    for severity in gs.Severity.__members__.values():
        assert gs.parse_severity(gs.enum_name(severity)) == severity
    assert gs.chinese_label(gs.Severity.WARNING) == "警告"
    assert gs.chinese_label(gs.PersonalInfoKind.ID_CARD) == "公民身份号码"
    with pytest.raises(gs.InvalidArgumentError):
        impossible_date(2026, 2, 30).days_since_epoch()
