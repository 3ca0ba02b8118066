"""Turn a printed 完成时限 into the date it means.

The printed text is always kept; `due` is only what can be read with certainty.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

_ONGOING = ("长期", "持续", "常态", "每年", "定期")
_WS = re.compile(r"\s+")
_FULL_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_YEAR_MONTH = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:份)?(?:底|末)?(?:前)?")
_MONTH_RANGE = re.compile(r"(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})月")
_QUARTER = re.compile(r"(?:第)?([一二三四1-4])季度")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_due(text: str | None, plan_year: int | None) -> date | None:
    """The last day a printed deadline allows, or None when it is open-ended or unreadable.

    年底前 -> Dec 31 of the plan year; 6月底前 -> Jun 30; 上半年 -> Jun 30; 三季度 -> Sep 30;
    6-9月 -> Sep 30; 2021年9月底前 -> 2021-09-30; 2021年12月31日并长期实施 -> 2021-12-31;
    长期实施 / 持续推进 -> None.
    """
    if not text:
        return None
    t = _WS.sub("", text)
    m = _FULL_DATE.search(t)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    if is_open_ended(t):
        return None
    explicit_year = re.match(r"(\d{4})年", t)
    year = int(explicit_year[1]) if explicit_year else plan_year
    if year is None:
        return None
    if "年底" in t or "年末" in t or "全年" in t or t in {f"{year}年", "年内"}:
        return date(year, 12, 31)
    if "上半年" in t:
        return date(year, 6, 30)
    if "下半年" in t:
        return date(year, 12, 31)
    m = _QUARTER.search(t)
    if m:
        return month_end(year, _QUARTERS[m[1]] * 3)
    m = _MONTH_RANGE.search(t)
    if m and 1 <= int(m[2]) <= 12:
        return month_end(year, int(m[2]))
    m = _YEAR_MONTH.search(t)
    if m and 1 <= int(m[2]) <= 12:
        return month_end(int(m[1]) if m[1] else year, int(m[2]))
    return None


def is_open_ended(text: str | None) -> bool:
    """长期实施 / 持续推进 style deadlines: a reader should not expect a date."""
    return bool(text) and _WS.sub("", text).startswith(_ONGOING)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
