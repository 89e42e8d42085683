"""Cross-check of libgovshare/data/calendar/cn-festival-dates.tsv (generated with
lunar-python) against two independent sources: lunardate (a table-based Chinese
calendar) for 除夕, 端午 and 中秋, and ephem (the Sun's apparent ecliptic longitude)
for 清明. Checks the data file only; it does not use the govshare module."""

from __future__ import annotations

import datetime as dt
import math
import pathlib

import ephem
import lunardate
import pytest

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
FESTIVAL_FILE = REPO_ROOT / "libgovshare" / "data" / "calendar" / "cn-festival-dates.tsv"
HEADER = ["year", "chuxi", "qingming", "duanwu", "zhongqiu"]
BEIJING = dt.timedelta(hours=8)


def read_rows() -> dict[int, dict[str, dt.date]]:
    lines = [
        line
        for line in FESTIVAL_FILE.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert lines[0].split("\t") == HEADER
    rows: dict[int, dict[str, dt.date]] = {}
    for line in lines[1:]:
        fields = line.split("\t")
        assert len(fields) == len(HEADER), line
        year = int(fields[0])
        assert year not in rows, f"duplicate year {year}"
        rows[year] = {name: dt.date.fromisoformat(value) for name, value in zip(HEADER[1:], fields[1:])}
    return rows


ROWS = read_rows()


def to_solar(day: lunardate.LunarDate) -> dt.date:
    # lunardate 0.3 renamed toSolarDate (now deprecated) to to_solar_date.
    convert = getattr(day, "to_solar_date", None) or day.toSolarDate
    return convert()


def solar_longitude(when: ephem.Date) -> float:
    """The Sun's apparent geocentric ecliptic longitude (radians, equinox of date).
    g_ra/g_dec are apparent (nutation and aberration applied); the astrometric
    a_ra/a_dec, which ephem.Ecliptic(sun) would use, lag by up to ~15 minutes."""
    sun = ephem.Sun(when)
    apparent = ephem.Equatorial(sun.g_ra, sun.g_dec, epoch=when)
    return float(ephem.Ecliptic(apparent, epoch=when).lon)


def qingming_moment(year: int) -> dt.datetime:
    """The Beijing-time moment the Sun's apparent longitude reaches 15° (清明)."""
    target = math.radians(15.0)
    lo = ephem.Date(dt.datetime(year, 4, 2))
    hi = ephem.Date(dt.datetime(year, 4, 7))
    assert solar_longitude(lo) < target < solar_longitude(hi)
    while hi - lo > 1e-6:  # days: ~0.1 s
        mid = ephem.Date((lo + hi) / 2)
        if solar_longitude(mid) < target:
            lo = mid
        else:
            hi = mid
    return ephem.Date((lo + hi) / 2).datetime() + BEIJING


def test_covers_consecutive_years_including_2027_to_2035():
    years = sorted(ROWS)
    assert years == list(range(years[0], years[-1] + 1))
    assert years[0] <= 2027 and years[-1] >= 2035


@pytest.mark.parametrize("year", sorted(ROWS))
def test_lunar_festivals_match_lunardate(year):
    row = ROWS[year]
    spring_festival = to_solar(lunardate.LunarDate(year, 1, 1))
    assert spring_festival.year == year
    assert row["chuxi"] == spring_festival - dt.timedelta(days=1)
    assert row["duanwu"] == to_solar(lunardate.LunarDate(year, 5, 5, False))
    assert row["zhongqiu"] == to_solar(lunardate.LunarDate(year, 8, 15, False))


@pytest.mark.parametrize("year", sorted(ROWS))
def test_qingming_matches_ephem(year):
    moment = qingming_moment(year)
    # The two computations agree to well under a minute; a term this close to
    # Beijing midnight would make the date itself uncertain and needs a manual look.
    midnight = dt.datetime.combine(moment.date(), dt.time())
    margin = min(moment - midnight, midnight + dt.timedelta(days=1) - moment)
    assert margin > dt.timedelta(minutes=5), f"清明 {year} at {moment}: too close to midnight"
    assert ROWS[year]["qingming"] == moment.date(), f"ephem: 清明 {year} at {moment} (UTC+8)"
