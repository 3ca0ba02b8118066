from datetime import date

import pytest

from planbot.index.deadlines import is_open_ended, parse_due


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
