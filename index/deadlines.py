"""One deadline grammar: what a printed 完成时限 means, and what deadline a question asks for.

Both sides read the same calendar words (a day, a month and its parts, a quarter, a half year,
the year's end, a month range) with the same rules (`_CALENDAR`); a question also has words
that only a reader uses (早于 / 截至 a date, 30天内, 下个月, a quoted printed label, 没写时限的).
The printed text is always kept; `due` is only what can be read with certainty.

Question readings, as decided for this product:
  6月底前 / 上半年 / 年底前 -> due on or before that day of the plan year ("by");
  三季度 / 9月份 / 下个月 / 30天内 -> due inside that period ("within"); 三季度末前 -> by Sep 30;
  X月前 / 早于X月 -> before month X starts (by the end of month X-1); 截至X月 -> by the end of X;
  完成时限为/是 a day (no 前) -> due on that very day;
  长期实施 / 持续推进 / a quoted 完成时限 / 6-9月 -> the printed label ("label"; quoted or a
  range = the whole cell, unquoted 长期实施 = contained); 没写时限的 -> no 完成时限 ("none").
  A month range that names a campaign's months (5-9月夏季攻坚) is content, not a deadline.
  A printed range (6-9月) is work done during those months: a "within" question (8月份 / 三季度)
  includes it when the periods overlap; a "by" question (8月底前) only when it ends by then.
  Named days (年中, 国庆前, 供暖季前) come from deadline_words.toml, a table deployers extend;
  English (before July, by end of June, in September, H2, next month) reads the same way.
  Relative words (这个月, 月底前, 30天内) count from today moved into the plan's year, so 这个月
  asked of a 2021 plan means that month of 2021.
"""
from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from .models import Measure
from .units import fold, syllables

_ONGOING = ("长期", "持续", "常态", "每年", "定期")
_WS = re.compile(r"\s+")
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_NUM = r"(\d{1,3}|[一二两三四五六七八九十]{1,3})"
_YEAR = r"(?:(\d{4})\s*年)?"
_QUOTED = re.compile(r"[“\"「『‘']([^”\"」』’']{1,30})[”\"」』’']")
_LOOKS_LIKE_DEADLINE = re.compile(r"\d\s*月|年底|年末|实施|推进|\d日|季度|半年|时间节点|长期|持续")
_OPEN_LABEL = re.compile(r"(?:\d{4}年\d{1,2}月\d{1,2}日)?并?长期实施|持续推进|持续实施|长期坚持|按时间节点")
_NONE_WRITTEN = re.compile(
    r"(?<!有)(?:没|未|无|不)(?:有|写|明确|注明|标注|标明|标|规定|设定?|给出?|填写?|列出?|定)*(?:完成(?:时限|期限|时间|日期)|时限|期限|时间节点|截止(?:时间|日期))"
    r"|(?<!有)(?:没|未|无|不)有?(?:写|明确|注明|标注|标明|标|规定|设定?|给出?|填写?|列出?|定)+(?:具体)?(?:时间|日期)"  # 还没写时间的 / 没标时间的
    r"|(?<!有)(?:没|无)有?(?:具体)?时间要求|不限时|不限期"
    r"|(?:完成)?(?:时限|期限|时间)(?:都|也|还|根本)?(?:为空|空白|空着|没写|未写|缺失|没填|未填|没有写|没给|没标|未标)"
    r"|(?i:\bno\s+(?:deadline|due\s+date)|\bwithout\s+(?:a\s+)?(?:deadline|due\s+date))"
)
# 长期的 / 持续的 (有哪些 / 呢), said alone: the open-ended 完成时限 labels, not a content word
# 长期干的 / 持续在做的 (活, 列一下 / 几条): the same, said with a verb of doing; 一直要做的 /
# 常年干的 / 常态化的 (the admin word for work without an end) name neither label, so they ask for both
_OPEN_BARE = re.compile(r"(长期|持续|一直|常年|长年|常态化?)(?:性|类)?(?:要|得|在|地)?(?:干|做|搞|弄|抓|办|开展|推进)?(?:着)?(?:的|那种|那类|这种|这类)的?"
                        r"(?=\s*(?:那些|这些)?(?:任务|措施|工作|事项|事儿?|活儿?|项目)?\s*(?:都|还|一共|共)?\s*"
                        r"(?:有哪些|有啥|是哪些|有什么|有几|有多少|哪些|几条|几项|多少条|多少项|列一?下|列出来|呢|[?？。]|$)"
                        r"|\s*□)"  # 长期干的 区水务局牵头的: a unit's list follows
                        # 长期任务 / 持续性工作 / 长期类措施: the word said of the measures themselves
                        r"|(长期|持续|常年|长年|常态化?)(?:性|类)?的?(?=(?:那些|这些)?(?:任务|措施|工作|事项|活儿?)"
                        r"(?!\s*(?:监测|机制|制度|管护|保障)))")
# English for the open-ended labels: long-term -> 长期(实施), ongoing -> 持续(推进)
# (said of the measures: "ongoing tasks", "are long-term?"; "long-term monitoring" is content)
_OF_MEASURES = r"(?=\s+(?:measures?|tasks?|items?|ones|work|actions?|jobs?)\b|\s*[?？.!]?\s*$)"
_OPEN_ENGLISH = (("长期", re.compile(r"(?i)\blong[- ]?term\b" + _OF_MEASURES)),
                 ("持续", re.compile(r"(?i)\bon-?going\b" + _OF_MEASURES)))
# deadline words as they sound: 常期实施 / 持续推近 / 上伴年 are typed for them (年底 is not here:
# 年地 is also 2026年地表水)
_HEARD_WORDS = ("长期实施", "持续推进", "持续实施", "长期坚持", "上半年", "下半年", "长期", "持续")
# what follows a month range that a due list asks for (6-9月的 / 6-9月要完成 / 6-9月?); anything
# else (5-9月夏季攻坚, 5-9月期间) names a campaign's months
_RANGE_AS_DUE = re.compile(r"\s*份?(?:的|完成|到期|截止|要|需|前|之前|以前|以内|内|底|有哪|都有|这|[?？,，。、;；]|$)")
_YEAR_AS_DEADLINE = re.compile(r"(?:时限|期限|完成时间|截止时间|截止日期|到期时间)(?:是|为|在|写的?是?|写着)?\s*"
                               r"(\d{4})\s*年(?!\s*(?:\d|[一二三四五六七八九十]+\s*月|[底末内中上下]))")
# 6月份到期 / 三季度截止 / 五六月份要交的 (交: handed in, a due date): the due date falls in the period
# (said after it); 8月份要完成的 still lists a 6-9月 campaign, work still to be done then
_DUE_AFTER = re.compile(r"\s*份?(?:的)?(?:到期|截止|截至|过期|(?:要|得|需要?)?(?:上交|交差|交活|交(?=的|啥|哪|什么|[\s?？]|$)))")
_BEFORE = re.compile(r"(早于|不晚于|不迟于|截至|截止到|截止至|截止|最晚|直到|(?<![提达收报遇得想做])到)\s*$")  # 到9月份: up to
# 完成时限为2021年11月15日: the printed day itself, not everything due by then
_STATED_DAY = re.compile(r"(?:时限|期限|完成时间|完成日期|截止时间|截止日期|到期日)\s*(?:为|是|定为|定在|写的?是?)\s*$")


class DeadlineFilter(BaseModel):
    """Which 完成时限 a question asks for.

    by: due on or before `end` (and not before `start`, the plan year's first day, so an older
    plan's year-end does not count as "before June"); within: due between `start` and `end`;
    label: the printed 完成时限 text (`exact` = the whole cell, else contained in it);
    none: no 完成时限 printed at all ("没写时限的").
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["by", "within", "label", "none"]
    phrase: str  # the question's words, for the answer ("6月底前")
    start: date | None = None
    end: date | None = None
    label: str | None = None
    exact: bool = True
    also: tuple[str, ...] = ()  # 长期实施和持续推进的: other open-ended labels that pass too (contained)
    due_inside: bool = False  # within: only a due date inside counts (6月份到期), not a printed range running through

    def matches(self, m: Measure) -> bool:
        """Does the measure's printed 完成时限 (label) or its `due` date (by / within) pass?"""
        if self.kind == "none":
            return not (m.deadline or "").strip()
        if self.kind == "label":
            printed = normalize_label(m.deadline or "")
            if any(a in printed for a in self.also):
                return True
            return printed == self.label if self.exact else bool(self.label) and self.label in printed
        if m.due is None:
            return False
        if self.kind == "within" and self.start and self.end and not self.due_inside and (first := _range_start(m)):
            return first <= self.end and m.due >= self.start  # the work runs through those months
        return (self.start is None or m.due >= self.start) and (self.end is None or m.due <= self.end)


class Reading(NamedTuple):
    """A question's deadline: the filter, or the words of an impossible date, and where they are."""

    filter: DeadlineFilter | None = None
    invalid: str | None = None
    spans: tuple[tuple[int, int], ...] = ()


class _Period(NamedTuple):
    """A stretch of the calendar a phrase names, and how a deadline relates to it:
    by (due by `last`), within (due inside it), before (due before `first`),
    stated (due inside it: 时限为10月底, 6月份到期)."""

    first: date
    last: date
    how: Literal["by", "within", "before", "stated"]

    @property
    def due(self) -> date:
        return self.first - timedelta(days=1) if self.how == "before" else self.last


class _Invalid(Exception):
    """The words name no real date (13月, 2月30日, 第五季度)."""


# ---------------------------------------------------------------------------- small helpers

@lru_cache(maxsize=4096)
def normalize_label(text: str) -> str:
    """A printed or typed 完成时限 in one spelling: no spaces, ASCII digits and hyphen (memoised:
    a label filter reads every measure's printed 完成时限, and a plan prints a few dozen kinds)."""
    return re.sub(r"[—–－~～至到]", "-", re.sub(r"\s+", "", fold(text)))


def cn_number(s: str) -> int:
    """12 / 十二 / 两 -> the number."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        head, _, tail = s.partition("十")
        return (_CN_DIGITS.get(head, 1) if head else 1) * 10 + (_CN_DIGITS.get(tail, 0) if tail else 0)
    return _CN_DIGITS.get(s, 0)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def is_open_ended(text: str | None) -> bool:
    """长期实施 / 持续推进 style deadlines: a reader should not expect a date."""
    return bool(text) and _WS.sub("", text).startswith(_ONGOING)


def _month(n: int) -> int:
    if not 1 <= n <= 12:
        raise _Invalid
    return n


def _day(y: int, m: int, d: int) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise _Invalid from None


# ---------------------------------------------------------------------------- the calendar words

def _full_date(m: re.Match, year: int) -> _Period:
    d = _day(int(m[1] or year), cn_number(m[2]), cn_number(m[3]))
    return _Period(d, d, "by")


def _range(m: re.Match, year: int) -> _Period:
    a, b = cn_number(m[2]), cn_number(m[3])
    if not 1 <= a <= b <= 12:
        raise _Invalid
    y = int(m[1] or year)
    return _Period(date(y, a, 1), month_end(y, b), "within")


def _short_date(m: re.Match, year: int) -> _Period:
    """6.30前 / 6/30前: month and day as chat writes them; not a real day -> not a date at all (0.5前)."""
    try:
        d = _day(year, int(m[1]), int(m[2]))
    except _Invalid:
        raise _NotADeadline from None
    return _Period(d, d, "by")


def _adjacent_months(m: re.Match, year: int) -> _Period:
    """五六月份 / 七八月 / 三四月: two neighbouring months said as one word, a range like 5-6月."""
    a, b = cn_number(m[2]), cn_number(m[3])
    if b != a + 1:
        raise _NotADeadline  # 三五月: not how a range is said
    y = int(m[1] or year)
    return _Period(date(y, a, 1), month_end(y, b), "within")


def _dotted_date(m: re.Match, year: int) -> _Period:
    """2026.6.30 / 2026/6/30 / 2026-06-30: year, month and day with one separator."""
    d = _day(int(m[1]), int(m[3]), int(m[4]))
    return _Period(d, d, "by")


def _month_phrase(m: re.Match, year: int) -> _Period:
    y, month, part, before = int(m[1] or year), _month(cn_number(m[2])), m[4], m[5]
    first, last = date(y, month, 1), month_end(y, month)
    if part in ("底", "低", "末", "下旬"):  # 低: the common typo of 底
        return _Period(first, last, "by")
    if part in ("上旬", "初", "中旬"):
        return _Period(first, date(y, month, 20 if part == "中旬" else 10), "by")
    return _Period(first, last, "before" if before else "within")


def _quarter(m: re.Match, year: int) -> _Period:
    q = cn_number(m[2] or m[5])
    if not 1 <= q <= 4:
        raise _Invalid
    first, last = date(year, q * 3 - 2, 1), month_end(year, q * 3)
    return _Period(first, last, "by" if m[1] or m[3] or m[4] or m[6] else "within")  # 前三季度: the first three, by Sep 30


_EN_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _english_quarter(m: re.Match, year: int) -> _Period:
    """by (the) end of Q3 / by Q3 / end of the third quarter -> by Sep 30; before Q4 -> before Oct 1;
    in Q3 / Q3 -> inside it (the Chinese 三季度末前 / 前三季度 / 三季度 rules, said in English)."""
    q = int(m[3]) if m[3] else _EN_ORDINAL[m[4].lower()]
    first, last = date(year, q * 3 - 2, 1), month_end(year, q * 3)
    how = (m[1] or "").lower()
    if how == "before" and not m[2]:
        return _Period(first, last, "before")
    return _Period(first, last, "by" if how or m[2] else "within")


def _half(m: re.Match, year: int) -> _Period:
    if m[0] in ("下半年", "后半年"):
        return _Period(date(year, 7, 1), date(year, 12, 31), "within")
    return _Period(date(year, 1, 1), date(year, 6, 30), "by")


def _year_end(m: re.Match, year: int) -> _Period:
    end = date(int(m[1] or year), 12, 31)
    return _Period(end, end, "by")


@cache
def named_days() -> dict[str, tuple[int, int, bool]]:
    """deadline_words.toml: a named day (国庆, 年中, 供暖季) -> (month, day it allows, needs 前)."""
    data = tomllib.loads((resources.files("planbot.index") / "deadline_words.toml").read_text(encoding="utf-8"))
    out = {}
    for entry in data["day"]:
        month, day = (int(x) for x in entry["by"].split("-"))
        date(2000, month, day)  # a typo in the table fails here, at load
        out |= {w.lower(): (month, day, bool(entry["before"])) for w in entry["words"]}
    return out


# what may follow a named day said without 前 (年中要完成的 / 年中? / 年前我们要交的: the time said
# before who does it), unlike 年中央 / 年中期
_NAMED_ALONE = re.compile(r"的|要|得|需|必须|完成|到期|截止|[做干弄搞办]完|我们|咱们|[我咱]|大家|[?？,，。!！\s]|$")


def _named_days_rx() -> re.Pattern:
    words = "|".join(map(re.escape, sorted(named_days(), key=len, reverse=True)))
    # a count or another year before it is not the name: 十一前 is 国庆, 多年前 / 去年前 are not 年前
    return re.compile(rf"(?i)(?<![一二三四五六七八九十两几多数去明\d])({words})(?:节|假期|长假)?(前|之前|以前|结束前)?")


def _named_day(m: re.Match, year: int) -> _Period:
    month, day, needs_before = named_days()[m[1].lower()]
    if not m[2] and (needs_before or not _NAMED_ALONE.match(m.string, m.end())):
        raise _NotADeadline  # 国庆放假 / 年中央: a name, not a deadline
    d = date(year, month, day)
    return _Period(d, d, "by")


_MONTHS = {name.lower(): n for n in range(1, 13) for name in (calendar.month_name[n], calendar.month_abbr[n])} | {"sept": 9}
_EN_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_EN_PART = r"(end|mid|middle|early|beginning|start)(?:\s+of|-)?\s+"


def _english_month(m: re.Match, year: int) -> _Period:
    """before July (due by Jun 30) / by (the end of) June / in September / by June 15 / by 30 June."""
    how, part, month = (m[1] or "in").lower(), (m[2] or m[4] or "").lower(), _MONTHS[m[5].lower()]
    day = m[6] or m[3]
    first, last = date(year, month, 1), month_end(year, month)
    if day:
        first = last = _day(year, month, int(day))
    elif part in ("mid", "middle", "early", "beginning", "start"):
        last = date(year, month, 10 if part in ("early", "beginning", "start") else 20)
    if how == "before":
        return _Period(first, last, "before")
    return _Period(first, last, "within" if how in ("in", "during") and not part and not day else "by")


def _english_year(m: re.Match, year: int) -> _Period:
    """by the end of the year / year-end / first half (H1) / second half (H2)."""
    w = m[0].lower()
    if "second" in w or "h2" in w:
        return _Period(date(year, 7, 1), date(year, 12, 31), "within")
    end = date(year, 6, 30) if ("first" in w or "h1" in w) else date(year, 12, 31)
    return _Period(end, end, "by")


class _NotADeadline(Exception):
    """The words matched a rule but are not a deadline here (国庆 without 前)."""


# 五六月份 / 七八月: two neighbouring months, one Chinese numeral each (not 十一月: 十 is no month alone)
_ADJACENT_MONTHS = r"(?<![十\d])([一二三四五六七八九])([二三四五六七八九十])\s*月份?(?!\s*\d)"


_CALENDAR: tuple[tuple[re.Pattern, Callable[[re.Match, int], _Period]], ...] = (
    # 11月15日 / 11月15号, and 11月15前 as typed in a chat (the day's 日 dropped before 前)
    (re.compile(_YEAR + _NUM + r"\s*月\s*" + _NUM + r"\s*(?:[日号]|(?=之?前|以前))"), _full_date),
    (re.compile(_YEAR + _NUM + r"\s*月?份?\s*[-—–~～至到]\s*" + _NUM + r"\s*月份?"), _range),
    # 2026.6.30 / 2026/6/30 / 2026-06-30: a full date as typed in a chat or a spreadsheet
    # (the separator is a named group: a numbered backreference would point elsewhere once the rules are joined)
    (re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*(?P<sep>[./-])\s*(\d{1,2})\s*(?P=sep)\s*(\d{1,2})(?![\d.])\s*[日号]?"), _dotted_date),
    (re.compile(r"(?<![\d.A-Za-z/-])(\d{1,2})\s*[./]\s*(\d{1,2})\s*(?:[日号]|(?=前|之前|以前))"), _short_date),
    (re.compile(_YEAR + _ADJACENT_MONTHS), _adjacent_months),
    (re.compile(_YEAR + _NUM + r"\s*月(份)?(底|低|末|中旬|上旬|下旬|初)?(前|之前|以前)?"), _month_phrase),
    (re.compile(r"(?i)\b(?:(by|before|until|till|no\s+later\s+than)\s+)?(?:the\s+)?(end\s+of\s+)?(?:the\s+)?"
                r"(?:q([1-4])\b|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b)"), _english_quarter),
    (re.compile(r"(?<![底末月日号])(前)?第?([一二两三四五六七八九\d])\s*(?:个)?季度(末|底|结束)?(前|之前|以前)?"
                r"|(?<![a-zA-Z])[qQ](\d)(?!\d)(末|底|结束|前|之前|以前)?"),
     _quarter),
    (re.compile(r"上半年|下半年|(?<![年月日])前半年|后半年|头半年"), _half),  # 前半年 / 后半年 / 头半年: what staff also say
    (re.compile(r"(?:(\d{4})\s*年?)?(?:今年|本年度?)?(?:年底|年低|年末|年内|年度内|全年|今年内|今年[以之]内)(?:前|之前|以前)?"), _year_end),
    (_named_days_rx(), _named_day),
    (re.compile(rf"(?i)\b(?:(before|by|until|till|no\s+later\s+than|in|during)\s+(?:the\s+)?"
                rf"(?:{_EN_PART}|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?|"  # by 30 June: the day first
                rf"(?:the\s+)?{_EN_PART}(?:of\s+)?|(?!may\b))({_EN_MONTH})\b\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)?"),
     _english_month),
    (re.compile(r"(?i)\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[- ]?end|(?:the\s+)?(?:first|second)\s+half"
                r"(?:\s+of\s+(?:the\s+|this\s+)?year)?|h[12])\b"), _english_year),
)


# Periods counted from today (read by _relative), one pattern each
_COUNT_WITHIN = r"(?:" + _NUM + r"|(?<![上下前后])半)\s*(个)?\s*(天|日|周|星期|个月|月|(?<=半)年)\s*(?:内|之内|以内)"
_COUNT_WITHIN_EN = r"(?i)\b(?:within|in)\s+(?:the\s+)?(?:next\s+)?(\d{1,3})\s+(day|week|month)s?\b"
_SOON = r"近期|最近|快到期|即将到期|马上到期|(?i:\b(?:upcoming|coming\s+up|due\s+soon)\b)"
_THIS_MONTH = r"(本月|这个月|当月|这月|下个月|下月|(?i:\b(?:this|next)\s+month\b))(?:底|末)?(?:前|之前|内|之内)?"
# 月底前: this month's; not after a number (6 月底 is June's), which callers of DEADLINE_AHEAD rule out themselves
_MONTH_END = r"月(?:底|末)(?:前|之前|以前|内)?"
_NOT_COUNTED = r"(?<![\d一二三四五六七八九十两个每\s])"
_THIS_QUARTER = r"(本|这个?|当前|下个?)季度(?:末|底)?(?:前|之前|内|之内)?"
_THIS_WEEK = r"(本周|这周|这个星期|下周|下个星期)"
_RELATIVE = (_COUNT_WITHIN, _COUNT_WITHIN_EN, _SOON, _THIS_MONTH, _MONTH_END, _THIS_QUARTER, _THIS_WEEK)


def _scoped(rx: re.Pattern) -> str:
    """A rule's pattern as a group that keeps its own flags (a leading (?i) becomes (?i:…))."""
    p = rx.pattern
    return f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})"


# Where a deadline phrase starts (6月底前, 三季度, 国庆前, 年前, 长期的, 常态化, 没写时限, 这个月): the
# grammar's own rules, joined, for a reader that needs to know a deadline follows (大兴商务|6月底前的)
DEADLINE_AHEAD = re.compile("|".join(
    [_scoped(rx) for rx, _ in _CALENDAR] + [_scoped(_OPEN_LABEL), _scoped(_OPEN_BARE), _scoped(_NONE_WRITTEN),
                                            *(_scoped(re.compile(p)) for p in _RELATIVE)]))


def _calendar(text: str, year: int) -> tuple[_Period, re.Match] | None:
    """The first calendar phrase by rule order; _Invalid when it names no real date."""
    for rx, read in _CALENDAR:
        if m := rx.search(text):
            try:
                return read(m, year), m
            except _NotADeadline:
                continue
    return None


# ---------------------------------------------------------------------------- printed (ingest)

def parse_due(text: str | None, plan_year: int | None) -> date | None:
    """The last day a printed deadline allows, or None when it is open-ended or unreadable.

    年底前 -> Dec 31 of the plan year; 6月底前 -> Jun 30; 上半年 -> Jun 30; 三季度 -> Sep 30;
    6-9月 -> Sep 30; 9月前 -> Aug 31; 2021年9月底前 -> 2021-09-30; 2021年 -> 2021-12-31;
    2021年12月31日并长期实施 -> 2021-12-31; 长期实施 / 持续推进 -> None.
    """
    if not text:
        return None
    t = _WS.sub("", text)
    explicit = re.match(r"(\d{4})年", t)
    year = int(explicit[1]) if explicit else plan_year
    if year is None or (is_open_ended(t) and not re.search(r"\d{4}年\d{1,2}月\d{1,2}日", t)):
        return None
    if explicit and t == explicit[0]:
        return date(year, 12, 31)
    try:
        found = _calendar(t, year)
    except _Invalid:
        return None
    return found[0].due if found else None


# ---------------------------------------------------------------------------- questions

def read_deadline(text: str, today: date, year: int) -> Reading:
    """The deadline a question asks for (the first phrase by rule order), in plan year `year`.

    Offsets in `spans` are offsets into `text`.  An impossible date is reported (`invalid`),
    never guessed.
    """
    for m in _QUOTED.finditer(text):
        if _LOOKS_LIKE_DEADLINE.search(m[1]):
            return _label(m[1], m, True)
    if m := _NONE_WRITTEN.search(text):
        return Reading(DeadlineFilter(kind="none", phrase=m[0]), None, (m.span(),))
    text = heard = _words_heard(text)
    if m := _OPEN_LABEL.search(heard):
        return _with_other_open(heard, _label(m[0], m, m[0][0].isdigit()))
    if m := _OPEN_BARE.search(heard):
        word = m[1] or m[2]
        label, also = (word, ()) if word in ("长期", "持续") else ("长期", ("持续",))
        return _with_other_open(heard, Reading(DeadlineFilter(kind="label", phrase=m[0], label=label, exact=False,
                                                              also=also), None, (m.span(),)))
    for label, rx in _OPEN_ENGLISH:
        if m := rx.search(text):
            return Reading(DeadlineFilter(kind="label", phrase=label, label=label, exact=False), None, (m.span(),))
    if m := _YEAR_AS_DEADLINE.search(text):  # 完成时限是2027年: due inside that year
        y = int(m[1])
        return Reading(DeadlineFilter(kind="within", phrase=m[0], start=date(y, 1, 1), end=date(y, 12, 31)), None,
                       (m.span(),))
    text = _campaign_months_blanked(text)
    if m := re.search(r"(?<!\d)(\d{1,2})\s*[-—–~～]\s*(\d{1,2})\s*月", text):
        a, b = int(m[1]), int(m[2])
        return _label(f"{a}-{b}月", m, True) if 1 <= a <= b <= 12 else Reading(None, m[0], (m.span(),))
    if relative := _relative(text, _in_year(today, year)):
        return relative
    try:
        found = _calendar(text, year)
    except _Invalid:
        m = next(m for rx, _ in _CALENDAR if (m := rx.search(text)))
        return Reading(None, m[0], (m.span(),))
    if found is None:
        return Reading()
    period, m = found
    start, end, phrase = m.start(), m.end(), m[0]
    if after := re.match(r"之前|以前|前", text[end:]):  # 6月15日之前: the same day, said in full
        end, phrase = end + after.end(), phrase + after[0]
    if before := _BEFORE.search(text[:start]):
        start, phrase = before.start(), before[0] + phrase
        period = period._replace(how="before" if before[1] == "早于" else "by")
    elif period.how == "by" and not after and _STATED_DAY.search(text[:start]):
        period = period._replace(how="stated")  # 时限为10月底: due in that month, not everything before it
    elif period.how == "within" and _DUE_AFTER.match(text, end):
        period = period._replace(how="stated")  # 6月份到期的: due in June, not a 6-9月 campaign running through it
    span = ((start, end),)
    if period.how in ("within", "stated"):
        return Reading(DeadlineFilter(kind="within", phrase=phrase, start=period.first, end=period.last,
                                      due_inside=period.how == "stated"), None, span)
    end = period.due
    return Reading(DeadlineFilter(kind="by", phrase=phrase, start=date(end.year, 1, 1), end=end), None, span)


def _words_heard(text: str) -> str:
    """The text with a deadline word typed by sound (常期实施, 持续推近, 上伴年) spelled right;
    a stretch counts when it sounds like the label and differs from it in one character.
    Same length, so offsets into the text stay valid."""
    sounds = syllables(text)
    if len(sounds) != len(text):
        return text
    for word in _HEARD_WORDS:
        want, n = syllables(word), len(word)
        for i in range(len(text) - n + 1):
            piece = text[i:i + n]
            if piece != word and sounds[i:i + n] == want and sum(a != b for a, b in zip(piece, word)) == 1:
                text = text[:i] + word + text[i + n:]
    return text


# the other open-ended word joined to the first (长期实施和持续推进的 / 长期+持续 / 持续或长期的)
_OPEN_WORD = re.compile(r"长期实施|长期坚持|持续推进|持续实施|长期|持续")
_JOINER = re.compile(r"和|跟|与|及|或|还有|[+＋、/]")


def _with_other_open(text: str, reading: Reading) -> Reading:
    """The label reading, widened by the other open-ended word when a joiner links them (both asked)."""
    f, ((start, end),) = reading.filter, reading.spans
    for m in _OPEN_WORD.finditer(text):
        if m[0][:2] in (f.label or "") or start <= m.start() < end:
            continue
        gap = text[end:m.start()] if m.start() >= end else text[m.end():start]
        if len(gap) <= 6 and _JOINER.search(gap):
            lo, hi = min(start, m.start()), max(end, m.end())
            return Reading(f.model_copy(update={"also": (m[0],), "phrase": text[lo:hi]}), None, ((lo, hi),))
    return reading


def _label(value: str, m: re.Match, exact: bool) -> Reading:
    return Reading(DeadlineFilter(kind="label", phrase=m[0], label=normalize_label(value), exact=exact), None,
                   (m.span(),))


def _range_start(m: Measure) -> date | None:
    """The first day of a printed month range (6-9月 -> Jun 1 of its due year), else None."""
    rx, _ = _CALENDAR[1]
    found = rx.search(_WS.sub("", m.deadline or ""))
    if not found or m.due is None:
        return None
    a = cn_number(found[2])
    return date(m.due.year, a, 1) if 1 <= a <= m.due.month else None


def _campaign_months_blanked(text: str) -> str:
    """The text with month ranges that name a campaign's months (5-9月夏季攻坚) blanked out."""
    rx = re.compile(_NUM + r"\s*月?份?\s*[-—–~～至到]\s*" + _NUM + r"\s*月份?|" + _ADJACENT_MONTHS)
    return rx.sub(lambda m: m[0] if _RANGE_AS_DUE.match(text, m.end()) else "□" * len(m[0]), text)


def _in_year(today: date, year: int) -> date:
    """Today's month and day in the plan year: 这个月 asked of a 2021 plan means that month of 2021."""
    return today if today.year == year else date(year, today.month, min(today.day, calendar.monthrange(year, today.month)[1]))


def _relative(text: str, today: date) -> Reading | None:
    """30天内 / 两周内 / 三个月内, 近期, 本月 / 月底前 / 下个月(底前), 本季度 / 下季度, 本周 / 下周: periods counted from
    today (moved into the plan year)."""
    def within(start: date, end: date, m: re.Match) -> Reading:
        return Reading(DeadlineFilter(kind="within", phrase=m[0], start=start, end=end), None, (m.span(),))

    if m := re.search(_COUNT_WITHIN, text):
        n, unit = (cn_number(m[1]), m[3]) if m[1] else ((6, "月") if m[3] == "年" else (15, "天"))  # 半年内 / 半个月内
        end = add_months(today, n) if "月" in unit else today + timedelta(days=n * (7 if unit in ("周", "星期") else 1))
        return within(today, end, m)
    if m := re.search(_COUNT_WITHIN_EN, text):
        n, unit = int(m[1]), m[2].lower()
        end = add_months(today, n) if unit == "month" else today + timedelta(days=n * (7 if unit == "week" else 1))
        return within(today, end, m)
    if m := re.search(_SOON, text):
        return within(today, today + timedelta(days=30), m)
    if m := re.search(_THIS_MONTH, text):
        nxt = m[1] in ("下个月", "下月") or m[1].lower().startswith("next")  # 下个月 = inside next month; 下个月底前 = from now to its end
        first = add_months(today.replace(day=1), 1 if nxt else 0)
        return within(today if nxt and m[0].endswith("前") else first, month_end(first.year, first.month), m)
    if m := re.search(_NOT_COUNTED + _MONTH_END, text):
        first = today.replace(day=1)
        return within(first, month_end(first.year, first.month), m)
    if m := re.search(_THIS_QUARTER, text):  # 本季度 / 下个季度
        first = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        first = add_months(first, 3) if m[1].startswith("下") else first
        last = month_end(add_months(first, 2).year, add_months(first, 2).month)
        return within(first, last, m)
    if m := re.search(_THIS_WEEK, text):
        start = today - timedelta(days=today.weekday()) + timedelta(days=7 if m[1].startswith("下") else 0)
        return within(start, start + timedelta(days=6), m)
    return None
