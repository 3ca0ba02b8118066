from datetime import date

import pytest

from planbot.index.deadlines import DEADLINE_AHEAD, is_open_ended, parse_due, read_deadline
from planbot.index.models import Measure


@pytest.mark.parametrize(
    ("printed", "year", "due"),
    [
        ("年底前", 2026, date(2026, 12, 31)),
        ("6月底前", 2026, date(2026, 6, 30)),
        ("2月底前", 2028, date(2028, 2, 29)),
        ("10 月底", 2026, date(2026, 10, 31)),
        ("上半年", 2026, date(2026, 6, 30)),
        ("三季度", 2026, date(2026, 9, 30)),
        ("第一季度末", 2026, date(2026, 3, 31)),
        ("6-9月", 2026, date(2026, 9, 30)),
        ("2021年9月底前", 2026, date(2021, 9, 30)),
        ("2021年12月31日", 2021, date(2021, 12, 31)),
        ("2021年12月31日并长期实施", 2021, date(2021, 12, 31)),
        ("2021年11月15日（供暖季前）", 2021, date(2021, 11, 15)),
        ("长期实施", 2026, None),
        ("持续推进", 2026, None),
        ("按时间节点", 2021, None),
        ("13月底前", 2026, None),
        ("2021年2月30日", 2021, None),
        ("", 2026, None),
        (None, 2026, None),
        ("年底前", None, None),
    ],
)
def test_parse_due(printed, year, due):
    assert parse_due(printed, year) == due


def test_open_ended():
    assert is_open_ended("长期实施") and is_open_ended("持续推进")
    assert not is_open_ended("年底前") and not is_open_ended(None)


@pytest.mark.parametrize(
    ("printed", "year", "due"),
    [
        ("9月前", 2026, date(2026, 8, 31)),  # before September starts, as a question reads it
        ("6月中旬", 2026, date(2026, 6, 20)),
        ("6月上旬", 2026, date(2026, 6, 10)),
        ("下半年", 2026, date(2026, 12, 31)),
        ("年内", 2026, date(2026, 12, 31)),
        ("全年", 2026, date(2026, 12, 31)),
        ("2021年", 2026, date(2021, 12, 31)),
        ("6至9月", 2026, date(2026, 9, 30)),
        ("9月份", 2026, date(2026, 9, 30)),
        ("每年", 2026, None),
    ],
)
def test_parse_due_more_printed_forms(printed, year, due):
    assert parse_due(printed, year) == due


TODAY = date(2026, 5, 15)


def reading(text: str, year: int = 2026):
    r = read_deadline(text, TODAY, year)
    f = r.filter
    return (f.kind, f.phrase, f.start, f.end) if f else r.invalid


@pytest.mark.parametrize(("text", "expected"), [
    ("截至9月30日要完成哪些", ("by", "截至9月30日", date(2026, 1, 1), date(2026, 9, 30))),
    ("截止到6月底的任务", ("by", "截止到6月底", date(2026, 1, 1), date(2026, 6, 30))),
    ("截至10月要完成的", ("by", "截至10月", date(2026, 1, 1), date(2026, 10, 31))),
    ("早于10月要完成的", ("by", "早于10月", date(2026, 1, 1), date(2026, 9, 30))),
    ("早于6月15日到期的", ("by", "早于6月15日", date(2026, 1, 1), date(2026, 6, 14))),
    ("不晚于三季度末的", ("by", "不晚于三季度末", date(2026, 1, 1), date(2026, 9, 30))),
    ("10月之前要完成的", ("by", "10月之前", date(2026, 1, 1), date(2026, 9, 30))),
    ("6月15日之前要做完的", ("by", "6月15日之前", date(2026, 1, 1), date(2026, 6, 15))),
    ("上半年要完成的", ("by", "上半年", date(2026, 1, 1), date(2026, 6, 30))),
    ("下半年到期的", ("within", "下半年", date(2026, 7, 1), date(2026, 12, 31))),
    ("21年上半年的", ("by", "上半年", date(2021, 1, 1), date(2021, 6, 30))),
    # 上半年内 is the first half, not "within half a year from today" (半年内)
    ("上半年内要交的", ("by", "上半年", date(2026, 1, 1), date(2026, 6, 30))),
    # the day's 日 dropped before 前, as typed in a chat
    ("11月15前要完成的", ("by", "11月15前", date(2026, 1, 1), date(2026, 11, 15))),
    ("完成时限是2027年的措施", ("within", "时限是2027年", date(2027, 1, 1), date(2027, 12, 31))),
    ("6至9月要完成的", ("within", "6至9月", date(2026, 6, 1), date(2026, 9, 30))),
    # two neighbouring months said as one word: a range like 5-6月
    ("五六月份要交的", ("within", "五六月份", date(2026, 5, 1), date(2026, 6, 30))),
    ("七八月的有哪些", ("within", "七八月", date(2026, 7, 1), date(2026, 8, 31))),
    ("十二月底前的", ("by", "十二月底前", date(2026, 1, 1), date(2026, 12, 31))),  # 十二 is one month
    # a quarter in English: by (the) end of Q3 = by Sep 30 (三季度末前), before Q4 = before Oct 1
    ("anything due by end of Q3?", ("by", "by end of Q3", date(2026, 1, 1), date(2026, 9, 30))),
    ("due by the end of the second quarter", ("by", "by the end of the second quarter", date(2026, 1, 1),
                                              date(2026, 6, 30))),
    ("what is due before Q4", ("by", "before Q4", date(2026, 1, 1), date(2026, 9, 30))),
    ("what falls due in Q3", ("within", "Q3", date(2026, 7, 1), date(2026, 9, 30))),
    # a full date with dots, slashes or dashes, as typed in a chat or a spreadsheet
    ("2026.6.30前要完成的", ("by", "2026.6.30前", date(2026, 1, 1), date(2026, 6, 30))),
    ("截至2026-10-31的", ("by", "截至2026-10-31", date(2026, 1, 1), date(2026, 10, 31))),
    ("21年 2021/9/30以前的", ("by", "2021/9/30以前", date(2021, 1, 1), date(2021, 9, 30))),
    # English with the day first (by 30 June, before 1st October)
    ("tasks due by 30 June", ("by", "by 30 June", date(2026, 1, 1), date(2026, 6, 30))),
    ("due before 1st October", ("by", "before 1st October", date(2026, 1, 1), date(2026, 9, 30))),
])
def test_question_deadline_phrases(text, expected):
    year = 2021 if text.startswith("21年") else 2026
    assert reading(text, year) == expected


@pytest.mark.parametrize("text", [
    "没写时限的措施有哪些", "哪些任务没有完成时限", "未明确时限的", "没有写完成时间的有哪些", "时限为空的措施", "无时限要求的",
])
def test_no_deadline_written(text):
    f = read_deadline(text, TODAY, 2026).filter
    assert f.kind == "none"
    assert f.matches(Measure(id="000#001", doc="000.txt", text="措施", deadline=None, line=1))
    assert not f.matches(Measure(id="000#001", doc="000.txt", text="措施", deadline="年底前", line=1))


@pytest.mark.parametrize("text", ["扬尘治理有没有完成时限", "无废城市建设完成时限是啥", "截止时间是哪天"])
def test_asking_for_the_deadline_is_not_asking_for_none(text):
    f = read_deadline(text, TODAY, 2026).filter
    assert f is None or f.kind != "none"


@pytest.mark.parametrize(("text", "label"), [
    ("5-9月夏季攻坚有哪些措施", None),  # the campaign's months: content
    ("七八月夏季攻坚有哪些措施", None),  # neighbouring months said as one word, the same
    ("5月至9月臭氧攻坚期间VOCs怎么管", None),
    ("在5-9月期间加强巡查的是哪条", None),
    ("6-9月的措施有哪些", "6-9月"),  # the printed 完成时限
    ("完成时限是6—9月的有哪些", "6-9月"),
    ("6-9月要完成哪些", "6-9月"),
])
def test_a_campaign_month_range_is_content(text, label):
    f = read_deadline(text, TODAY, 2026).filter
    assert (f.label if f else None) == label


@pytest.mark.parametrize(("text", "invalid"), [("13月底前", "13月底前"), ("2月30日前", "2月30日"), ("第五季度", "第五季度")])
def test_impossible_dates_are_reported(text, invalid):
    assert read_deadline(text, TODAY, 2026) == (None, invalid, read_deadline(text, TODAY, 2026).spans)


def test_one_grammar_for_printed_and_asked():
    """Every printed 完成时限 of the sample plans, typed back as a question, means its own due date."""
    from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file

    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    printed = {(m.deadline, m.year, m.due) for p in sorted(plans.glob("*.txt"))
               for m in parse_file(p, catalog).measures if m.deadline}
    checked = 0
    for deadline, year, due in printed:
        f = read_deadline(deadline, TODAY, year).filter
        if f is not None and f.kind in ("by", "within"):
            assert f.end == due, deadline
            checked += 1
    assert checked >= 4


@pytest.mark.parametrize("question, inside", [
    ("8月份要完成的", True), ("三季度要干啥", True), ("7月的任务", True), ("5月份要完成的", False),
    ("10月份的", False), ("8月底前要完成的", False), ("9月底前要完成的", True),
    # 要交的: handed in then, a due date inside the period, not work running through it
    ("七八月份要交的", False), ("三季度要交啥", True), ("8月份交的", False), ("8月份交通噪声", True),
])
def test_a_printed_month_range_is_work_during_those_months(question, inside):
    """6-9月 is work done June to September: a question about a month inside it (within) lists it;
    a "by" question only counts it once the range has ended."""
    f = read_deadline(question, TODAY, 2026).filter
    m = Measure(id="000#001", doc="000.txt", text="措施", deadline="6-9月", due=parse_due("6-9月", 2026), line=1)
    assert f.matches(m) is inside
    single = Measure(id="000#002", doc="000.txt", text="措施", deadline="9月底前", due=date(2026, 9, 30), line=2)
    assert f.matches(single) is (f.end is not None and f.end >= date(2026, 9, 30) and (f.kind == "by" or f.start <= date(2026, 9, 30)))


@pytest.mark.parametrize(("text", "expected"), [
    # named days, from deadline_words.toml
    ("年中前得干完的有哪些", ("by", date(2026, 1, 1), date(2026, 6, 30))),
    ("年中要交的", ("by", date(2026, 1, 1), date(2026, 6, 30))),
    ("国庆节之前要完成哪些", ("by", date(2026, 1, 1), date(2026, 9, 30))),
    ("十一前能弄完的", ("by", date(2026, 1, 1), date(2026, 9, 30))),
    ("采暖季前要做的", ("by", date(2026, 1, 1), date(2026, 11, 15))),
    # 年前 / 过年前: the plan year's last day; 今年以内: the same
    ("年前要交的有几项", ("by", date(2026, 1, 1), date(2026, 12, 31))),
    ("过年前得干完的", ("by", date(2026, 1, 1), date(2026, 12, 31))),
    ("今年以内要完成的", ("by", date(2026, 1, 1), date(2026, 12, 31))),
    ("年终前要交的", ("by", date(2026, 1, 1), date(2026, 12, 31))),
    ("岁末要完成的", ("by", date(2026, 1, 1), date(2026, 12, 31))),
    ("头半年要干完的", ("by", date(2026, 1, 1), date(2026, 6, 30))),
    ("年前我们要完成几项", ("by", date(2026, 1, 1), date(2026, 12, 31))),
    # a day written in Chinese numerals
    ("九月三十号以前的任务", ("by", date(2026, 1, 1), date(2026, 9, 30))),
    ("十二月二十日前", ("by", date(2026, 1, 1), date(2026, 12, 20))),
    # English
    ("tasks due before August", ("by", date(2026, 1, 1), date(2026, 7, 31))),
    ("what is due by the end of March", ("by", date(2026, 1, 1), date(2026, 3, 31))),
    ("anything in Nov.?", ("within", date(2026, 11, 1), date(2026, 11, 30))),
    ("to finish by Oct 15", ("by", date(2026, 1, 1), date(2026, 10, 15))),
    ("first half of the year", ("by", date(2026, 1, 1), date(2026, 6, 30))),
    ("due in H2", ("within", date(2026, 7, 1), date(2026, 12, 31))),
])
def test_named_days_chinese_numerals_and_english(text, expected):
    f = read_deadline(text, TODAY, 2026).filter
    assert (f.kind, f.start, f.end) == expected


@pytest.mark.parametrize("text", [
    "国庆放假安排", "2026年中央环保督察整改", "年中期评估怎么做", "May I ask who leads dust control?", "十一月份的会",
    "多年前的老问题", "两年前建的站", "年前有个会", "年终考核怎么搞",
])
def test_a_name_that_is_not_a_deadline_here(text):
    f = read_deadline(text, TODAY, 2026).filter
    assert f is None or (f.kind, f.end) == ("within", date(2026, 11, 30))  # 十一月份: November, not 国庆


@pytest.mark.parametrize("text", ["还没写时间的", "没定具体日期的有哪些", "没有时间要求的任务", "tasks with no deadline",
                                  "啥时限都没写的", "期限也没填的那些", "没标时间的有哪些", "时限没标的", "不限期的任务"])
def test_no_time_written_in_other_words(text):
    assert read_deadline(text, TODAY, 2026).filter.kind == "none"


def test_open_ended_said_alone_is_the_printed_label():
    f = read_deadline("长期的都有哪些", TODAY, 2026).filter
    assert (f.kind, f.label, f.exact) == ("label", "长期", False)
    for printed, hit in (("长期实施", True), ("2021年12月31日并长期实施", True), ("年底前", False)):
        assert f.matches(Measure(id="000#001", doc="000.txt", text="措施", deadline=printed, line=1)) is hit
    assert read_deadline("持续的有哪些？", TODAY, 2026).filter.label == "持续"
    assert read_deadline("持续的大气治理措施有哪些", TODAY, 2026).filter is None  # 持续 there is content
    assert read_deadline("长期的呢", TODAY, 2026).filter.label == "长期"  # a follow-up narrowing a list


@pytest.mark.parametrize("text, label", [
    ("长期要做的活儿有哪些", "长期"), ("持续在抓的 列一下", "持续"), ("长期干的几条", "长期"),
    ("那些长期推进的事儿都有啥", "长期"),
])
def test_open_ended_said_with_a_verb_of_doing(text: str, label: str) -> None:
    f = read_deadline(text, TODAY, 2026).filter
    assert (f.kind, f.label, f.exact) == ("label", label, False)


@pytest.mark.parametrize("text", ["一直在抓的事儿有哪些", "常年要干的 列一下", "长年搞的几项", "常态化的有哪些",
                                  "常态化工作有几项", "常态性的任务列一下"])
def test_always_doing_asks_both_open_ended_labels(text: str) -> None:
    """一直 / 常年 / 常态化 name neither 长期实施 nor 持续推进: both pass."""
    f = read_deadline(text, TODAY, 2026).filter
    assert (f.kind, f.label, f.also, f.exact) == ("label", "长期", ("持续",), False)


@pytest.mark.parametrize("text", ["一直做的垃圾分类怎么考核", "常态化监管有哪些要求", "常态化开展的巡查怎么做"])
def test_always_before_content_is_no_deadline(text: str) -> None:
    assert read_deadline(text, TODAY, 2026).filter is None


def test_open_ended_before_a_units_list() -> None:
    """长期干的 区水务局牵头的有哪些: the unit (blanked by the query side) asks its list."""
    f = read_deadline("长期干的 □□□□牵头的有哪些", TODAY, 2026).filter
    assert (f.kind, f.label) == ("label", "长期")


def test_open_ended_with_a_verb_then_content_is_no_deadline() -> None:
    assert read_deadline("长期做的措施怎么考核", TODAY, 2026).filter is None


@pytest.mark.parametrize(("text", "today", "year", "start", "end"), [
    ("月底前要交的", date(2026, 5, 15), 2026, date(2026, 5, 1), date(2026, 5, 31)),
    ("这个月到期的", date(2026, 5, 15), 2026, date(2026, 5, 1), date(2026, 5, 31)),
    # asked of an older plan: that month of the plan's year, not of today's
    ("这个月到期的", date(2026, 9, 3), 2021, date(2021, 9, 1), date(2021, 9, 30)),
    ("下个月到期的", date(2026, 5, 15), 2026, date(2026, 6, 1), date(2026, 6, 30)),
    ("下个月到期的", date(2026, 12, 1), 2026, date(2027, 1, 1), date(2027, 1, 31)),
    ("anything due next month?", date(2026, 5, 15), 2026, date(2026, 6, 1), date(2026, 6, 30)),
    ("what is due this month", date(2026, 5, 15), 2026, date(2026, 5, 1), date(2026, 5, 31)),
    ("due within 30 days", date(2026, 5, 15), 2026, date(2026, 5, 15), date(2026, 6, 14)),
])
def test_relative_months_read_from_an_injected_today(text, today, year, start, end):
    f = read_deadline(text, today, year).filter
    assert (f.kind, f.start, f.end) == ("within", start, end)
    assert read_deadline("6 月底前", today, year).filter.end == date(year, 6, 30)  # a numbered month is not 月底


def test_named_days_table_is_data():
    from planbot.index.deadlines import named_days

    assert named_days()["国庆"] == (9, 30, True) and named_days()["年中"] == (6, 30, False)


@pytest.mark.parametrize(("text", "end"), [
    ("6月低前要完成的", date(2026, 6, 30)),  # 低 typed for 底
    ("年低前的任务", date(2026, 12, 31)),
    ("6.30前要完成的", date(2026, 6, 30)),
    ("9/15号之前", date(2026, 9, 15)),
])
def test_chat_spellings_of_a_day(text, end):
    f = read_deadline(text, TODAY, 2026).filter
    assert (f.kind, f.end) == ("by", end)


@pytest.mark.parametrize("text", ["PM2.5前两位的镇街", "降到0.5前", "13.40前"])
def test_numbers_that_are_not_days(text):
    assert read_deadline(text, TODAY, 2026) == (None, None, ())


@pytest.mark.parametrize(("text", "expected"), [
    ("前三季度要完成的", ("by", date(2026, 9, 30))),  # the first three quarters
    ("前两个季度的任务", ("by", date(2026, 6, 30))),
    ("三季度要完成的", ("within", date(2026, 9, 30))),
])
def test_the_first_n_quarters(text, expected):
    f = read_deadline(text, TODAY, 2026).filter
    assert (f.kind, f.end) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the printed day stated as the 完成时限 is that day; with 前 or 截至 it is still "by"
    ("完成时限为2021年9月30日的措施", ("within", "2021年9月30日", date(2021, 9, 30), date(2021, 9, 30))),
    ("期限是2021年12月31日的有哪些", ("within", "2021年12月31日", date(2021, 12, 31), date(2021, 12, 31))),
    ("完成时限为2021年9月30日前的", ("by", "2021年9月30日前", date(2021, 1, 1), date(2021, 9, 30))),
    ("2021年9月30日要完成的", ("by", "2021年9月30日", date(2021, 1, 1), date(2021, 9, 30))),
])
def test_a_day_stated_as_the_deadline_is_that_day(text, expected):
    assert reading(text, 2021) == expected


@pytest.mark.parametrize("text, label", [
    ("常期实施的有几项", "长期实施"), ("持续推近的都有啥", "持续推进"), ("迟续推进那些列一下", "持续推进"),
    ("常期的任务", "长期"),
])
def test_open_ended_labels_typed_by_sound(text: str, label: str) -> None:
    """A homophone typo of 长期实施 / 持续推进 is that label; offsets stay those of the text."""
    r = read_deadline(text, TODAY, 2026)
    assert (r.filter.kind, r.filter.label) == ("label", label)
    (start, end), = r.spans
    assert end - start >= len(label)


@pytest.mark.parametrize("text", ["长期坚持的那种有哪些", "持续这类的 列一下", "区水务局 长期那种"])
def test_open_ended_said_as_a_kind(text: str) -> None:
    f = read_deadline(text, TODAY, 2026).filter
    assert f.kind == "label" and f.label in ("长期坚持", "持续", "长期")


def test_a_sound_alike_word_sharing_too_few_characters_is_not_a_label() -> None:
    assert read_deadline("场企实施方案怎么写", TODAY, 2026).filter is None


def test_half_years_typed_by_sound() -> None:
    first, second = (read_deadline(t, TODAY, 2026).filter for t in ("上伴年要完成的", "下伴年到期的"))
    assert (first.kind, first.end) == ("by", date(2026, 6, 30))
    assert (second.kind, second.start, second.end) == ("within", date(2026, 7, 1), date(2026, 12, 31))
    assert read_deadline("2026年地表水考核断面", TODAY, 2026).filter is None  # 年地 is no 年底


@pytest.mark.parametrize("text, label", [
    ("Mentougou ongoing tasks", "持续"), ("which Daxing measures are long-term?", "长期"),
    ("long term items led by the water bureau", "长期"),
])
def test_open_ended_labels_in_english(text: str, label: str) -> None:
    f = read_deadline(text, TODAY, 2026).filter
    assert (f.kind, f.label, f.exact) == ("label", label, False)


def test_long_term_said_of_content_is_no_deadline() -> None:
    assert read_deadline("long-term monitoring of soil in Daxing", TODAY, 2026).filter is None


@pytest.mark.parametrize("text, first, other", [
    ("长期实施和持续推进的有多少", "长期实施", "持续推进"), ("持续推进或者长期实施的", "持续推进", "长期实施"),
    ("长期+持续推进的", "持续推进", "长期"),
])
def test_two_open_ended_labels_joined_are_both_asked(text: str, first: str, other: str) -> None:
    f = read_deadline(text, TODAY, 2026).filter
    assert (f.label, f.also) == (first, (other,))
    for printed, hit in (("长期实施", True), ("持续推进", True), ("年底前", False)):
        assert f.matches(Measure(id="000#001", doc="000.txt", text="措施", deadline=printed, line=1)) is hit


def test_an_open_word_in_the_content_is_not_a_second_label() -> None:
    assert read_deadline("长期实施的 持续改善空气质量", TODAY, 2026).filter.also == ()


@pytest.mark.parametrize("text, end", [
    ("Daxing measures due before the heating season", date(2026, 11, 15)),
    ("tasks due Before National Day", date(2026, 9, 30)), ("what is due by mid-year", date(2026, 6, 30)),
])
def test_named_days_in_english_from_the_table(text: str, end: date) -> None:
    f = read_deadline(text, TODAY, 2026).filter
    assert (f.kind, f.end) == ("by", end)


@pytest.mark.parametrize(("text", "label"), [
    ("大兴的长期任务有哪些", "长期"), ("持续性工作列一下", "持续"), ("长期类措施", "长期"), ("区水务局的长期事项", "长期"),
])
def test_an_open_ended_word_said_of_the_tasks_is_the_label(text, label):
    f = read_deadline(text, TODAY, 2026).filter
    assert (f.kind, f.label) == ("label", label)
    assert f.matches(Measure(id="000#001", doc="000.txt", text="措施", deadline=f"{label}实施" if label == "长期" else "持续推进", line=1))


@pytest.mark.parametrize("text", ["落实长期监测工作", "建立持续工作机制", "长期监测任务怎么安排"])
def test_an_open_ended_word_in_the_content_is_not_a_deadline(text):
    assert read_deadline(text, TODAY, 2026).filter is None


@pytest.mark.parametrize(("text", "inside", "outside"), [
    ("完成时限为10月底的措施有哪些", "10月底", "6月底前"),
    ("期限是九月底的", "9月底前", "6月底前"),
])
def test_a_month_stated_as_the_deadline_is_that_month(text, inside, outside):
    """时限为10月底: what is due in that month, not everything due before it (nor a range that runs through it)."""
    f = read_deadline(text, TODAY, 2026).filter
    due = lambda d: Measure(id="000#001", doc="000.txt", text="措施", deadline=d, line=1, year=2026,  # noqa: E731
                            due=parse_due(d, 2026))
    assert f.matches(due(inside))
    assert not f.matches(due(outside))


def test_half_a_year_is_counted_from_today():
    f = read_deadline("半年内要完成的", TODAY, 2026).filter
    assert (f.kind, f.start, f.end) == ("within", TODAY, date(2026, 11, 15))


@pytest.mark.parametrize(("text", "expected"), [
    ("前半年要干完的", ("by", "前半年", date(2026, 1, 1), date(2026, 6, 30))),
    ("后半年到期的", ("within", "后半年", date(2026, 7, 1), date(2026, 12, 31))),
    ("Q3前要完成哪些", ("by", "Q3前", date(2026, 1, 1), date(2026, 9, 30))),
    ("到10月份要完成的", ("by", "到10月份", date(2026, 1, 1), date(2026, 10, 31))),
    ("直到年底的任务", ("by", "直到年底", date(2026, 1, 1), date(2026, 12, 31))),
    ("采暖之前要做完的", ("by", "采暖之前", date(2026, 1, 1), date(2026, 11, 15))),
    ("本季度要完成的", ("within", "本季度", date(2026, 4, 1), date(2026, 6, 30))),
    ("下个季度到期的", ("within", "下个季度", date(2026, 7, 1), date(2026, 9, 30))),
])
def test_more_ways_to_say_a_period(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["清洁供暖怎么推进", "提到9月的措施"])
def test_words_near_a_period_that_do_not_bound_it(text):
    f = read_deadline(text, TODAY, 2026).filter
    assert f is None or f.kind != "by"


@pytest.mark.parametrize("question, inside", [("8月份到期的", False), ("9月份到期的", True), ("三季度截止的", True)])
def test_due_in_a_month_is_the_due_date_not_the_work(question, inside):
    """8月份到期: a 6-9月 campaign is not due in August (8月份要完成的 still lists it: work then)."""
    f = read_deadline(question, TODAY, 2026).filter
    m = Measure(id="000#001", doc="000.txt", text="措施", deadline="6-9月", due=parse_due("6-9月", 2026), line=1)
    assert f.matches(m) is inside


@pytest.mark.parametrize("text", ["6月底前的", "2026.6.30前的", "2026-10-31前", "国庆前", "常态化的", "没写时限的",
                                  "这个月", "月底前", "本周", "30天内", "快到期的"])
def test_deadline_ahead_is_the_grammars_own_rules(text):
    """DEADLINE_AHEAD joins the calendar, label and relative rules: every phrase the grammar reads
    starts a deadline there too (a dotted date's separator must survive the join)."""
    assert DEADLINE_AHEAD.match(text)


def test_deadline_ahead_leaves_content_alone():
    assert not DEADLINE_AHEAD.match("扬尘治理") and not DEADLINE_AHEAD.match("交通噪声")
