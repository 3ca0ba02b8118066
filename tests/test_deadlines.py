from datetime import date

import pytest

from planbot.index.deadlines import is_open_ended, parse_due, read_deadline
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
    ("完成时限是2027年的措施", ("within", "时限是2027年", date(2027, 1, 1), date(2027, 12, 31))),
    ("6至9月要完成的", ("within", "6至9月", date(2026, 6, 1), date(2026, 9, 30))),
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
])
def test_a_printed_month_range_is_work_during_those_months(question, inside):
    """6-9月 is work done June to September: a question about a month inside it (within) lists it;
    a "by" question only counts it once the range has ended."""
    f = read_deadline(question, TODAY, 2026).filter
    m = Measure(id="000#001", doc="000.txt", text="措施", deadline="6-9月", due=parse_due("6-9月", 2026), line=1)
    assert f.matches(m) is inside
    single = Measure(id="000#002", doc="000.txt", text="措施", deadline="9月底前", due=date(2026, 9, 30), line=2)
    assert f.matches(single) is (f.end is not None and f.end >= date(2026, 9, 30) and (f.kind == "by" or f.start <= date(2026, 9, 30)))
