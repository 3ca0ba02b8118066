"""Compare and superlative answers over numbers (bot/compare.py) and the query slots that ask
for them.  Records come from the real parser on the sample plans; every expected value is
computed here from those records (indicator cells, facts), never typed in."""
from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

import pytest

from planbot.bot.cite import citation, indicator_citation
from planbot.bot.compare import SHOW_TIES, Numbers, number_text
from planbot.index.facts import extract_facts
from planbot.index.metrics import default_metrics
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.index.units import UnitDirectory
from planbot.retrieval.query import parse_query

TODAY = date(2026, 5, 15)
METRICS = default_metrics()


@pytest.fixture(scope="module")
def world():
    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    docs = [parse_file(p, catalog) for p in sorted(plans.glob("*.txt"))]
    measures = [m for d in docs for m in d.measures]
    indicators = [i for d in docs for i in d.indicators]
    units = UnitDirectory.from_measures(measures)
    facts = extract_facts(measures)
    return SimpleNamespace(measures=measures, by_id={m.id: m for m in measures}, indicators=indicators,
                           units=units, facts=facts, numbers=Numbers(indicators, facts, measures, units),
                           issuers=sorted({m.issuer for m in measures if m.issuer}))


def answer(world, text: str, scope=None):
    q = parse_query(text, scope, TODAY, world.units, issuers=world.issuers)
    return q, world.numbers.answer(q)


def numeric_cells(world, key: str, keep) -> dict[str, tuple[float, object]]:
    return {c.entity: (float(c.value), c) for c in world.indicators
            if METRICS.key(c.indicator) == key and keep(c.entity) and re.fullmatch(r"\d+(\.\d+)?", c.value)}


def stated(world, issuer: str, key: str, year: int | None = None):
    """The issuer's first stated target for the metric in its newest (or the given) plan."""
    mine = [f for f in world.facts if f.issuer == issuer and f.metric == key and year in (None, f.year)]
    newest = max(f.year for f in mine)
    return next(f for f in mine if f.year == newest)


def text_of(reply) -> str:
    return "\n".join(reply.blocks)


# ---------------------------------------------------------------- superlatives over the tables

@pytest.mark.parametrize("question, key, kind, pick", [
    ("哪个区PM2.5目标最低", "PM2.5", "district", min),
    ("各区里谁的细颗粒物指标定得最高？", "PM2.5", "district", max),
    ("哪个区优良天数比率要求最严", "优良天数比率", "district", max),  # higher is stricter
    ("差等级道路比例哪个区最严格", "差等级道路比例", "district", min),  # lower is stricter
    ("门头沟哪个镇街PM2.5目标最严", "PM2.5", "town", min),
    ("门头沟哪个镇PM2.5目标最宽松", "PM2.5", "town", max),
    ("PM2.5目标最低的是哪", "PM2.5", "district", min),  # no set named: the districts
    ("门头沟PM2.5目标最低的是哪", "PM2.5", "town", min),  # a district named: its towns
    ("PM2.5目标最高的街道", "PM2.5", "street", max),  # 街道: the streets only, never a 镇
    ("门头沟哪个街道细颗粒物目标最低", "PM2.5", "street", min),
])
def test_superlative_names_every_tied_entity_with_its_value_and_table(world, question, key, kind, pick):
    districts = set(world.units.districts.values())
    keep = {"district": lambda e: e in districts, "town": lambda e: world.units.places.get(e) == "门头沟区",
            "street": lambda e: e in world.units.places and e.endswith("街道")}[kind]
    cells = numeric_cells(world, key, keep)
    assert len(cells) > 3
    best = pick(v for v, _ in cells.values())
    tied = [e for e, (v, _) in cells.items() if v == best]
    q, reply = answer(world, question)
    assert q.intent == "compare" and q.superlative
    head = reply.blocks[0]
    assert f"{number_text(best)}" in head and all(e in head for e in tied[:SHOW_TIES])
    assert not any(e in head for e in cells if e not in tied)
    assert {i["entity"] for i in reply.payload["indicators"]} == set(tied)
    assert indicator_citation(cells[tied[0]][1]).label in [c.label for c in reply.citations]
    assert not reply.abstained


def test_a_chat_scoped_to_an_older_plan_still_ranks_the_current_table(world):
    _, reply = answer(world, "哪个区PM2.5目标最低", {"issuer": "大兴区", "year": 2021})
    years = {i.year for i in world.indicators if i.entity in {e["entity"] for e in reply.payload["indicators"]}}
    assert not reply.abstained and years == {max(i.year for i in world.indicators)}


def test_a_metric_without_numbers_for_the_set_is_said_so(world):
    q, reply = answer(world, "门头沟哪个镇街降尘目标最严")
    assert q.superlative == "strictest"
    assert reply.abstained and not re.search(r"\d", text_of(reply).replace("门头沟区", ""))


def test_printed_values_that_are_not_numbers_are_quoted_not_ranked(world):
    printed = {c.value for c in world.indicators if METRICS.key(c.indicator) == "TSP"}
    assert printed and not any(re.fullmatch(r"\d+(\.\d+)?", v) for v in printed)
    _, reply = answer(world, "门头沟各镇街TSP哪个最低")
    assert all(v in text_of(reply) for v in printed) and "最低的是" not in text_of(reply)


# ---------------------------------------------------------------- comparing sides

@pytest.mark.parametrize("question, a, b, key", [
    ("大兴和门头沟PM2.5目标差多少", "大兴区", "门头沟区", "PM2.5"),
    ("门头沟跟密云比，优良天数比率谁要求高？差几个点", "门头沟区", "密云区", "优良天数比率"),
    ("大兴今年的细颗粒物目标比门头沟松多少", "大兴区", "门头沟区", "PM2.5"),
])
def test_two_districts_values_conclusion_and_both_citations(world, question, a, b, key):
    fa, fb = stated(world, a, key), stated(world, b, key)
    q, reply = answer(world, question)
    assert q.intent == "compare"
    text = text_of(reply)
    assert f"{a}：{fa.phrase}" in text and f"{b}：{fb.phrase}" in text  # each side's clause as printed
    labels = [c.label for c in reply.citations]
    assert citation(world.by_id[fa.measure_id]).label in labels and citation(world.by_id[fb.measure_id]).label in labels
    diff = number_text(abs(fa.value - fb.value))
    if fa.value == fb.value:
        assert "一样" in reply.blocks[0]
    else:  # the conclusion comes first
        strict = (fa if fa.value < fb.value else fb) if METRICS.better(key) == "lower" else (fa if fa.value > fb.value else fb)
        assert reply.blocks[0].startswith(f"结论：{strict.issuer}更严") and diff in reply.blocks[0]


def test_a_district_without_a_plan_is_compared_by_its_table_cell(world):
    cells = numeric_cells(world, "PM2.5", lambda e: e == "通州区")
    value, cell = cells["通州区"]
    mine = stated(world, "密云区", "PM2.5")
    q, reply = answer(world, "通州和密云的PM2.5目标哪个更严")
    assert q.intent == "compare"
    assert reply.blocks[1].startswith("通州区：") and cell.value in reply.blocks[1]
    assert indicator_citation(cell).label in [c.label for c in reply.citations]
    assert number_text(abs(value - mine.value)) in reply.blocks[0]


def test_two_years_a_side_without_a_number_is_said_so_and_nothing_is_concluded(world):
    old = stated(world, "大兴区", "降尘", 2021)
    assert not [f for f in world.facts if f.issuer == "大兴区" and f.year == 2026 and f.metric == "降尘"]
    q, reply = answer(world, "大兴2021年和2026年的降尘目标一样吗")
    assert q.years == (2021, 2026)
    assert number_text(old.value) in reply.blocks[0] and "2021年" in reply.blocks[0]
    assert "2026年" in reply.blocks[1] and "没有" in reply.blocks[1]
    assert len(reply.blocks) == 2 and not reply.abstained


def test_a_side_that_only_mentions_the_metric_is_quoted(world):
    q, reply = answer(world, "21年和26年的PM2.5目标有什么变化", {"issuer": "大兴区", "year": 2026})
    assert q.years == (2021, 2026)
    assert "没有写明PM2.5的具体数值" in reply.blocks[0]
    quoted = [m for m in reply.payload["measures"] if m["year"] == 2021]
    assert quoted and "PM2.5" in quoted[0]["text"]


def test_a_compare_question_without_a_metric_is_left_to_the_text_answer(world):
    q, reply = answer(world, "大兴和门头沟的全电工地分别谁牵头")
    assert q.intent == "compare" and reply is None


# ---------------------------------------------------------------- quantities the vocabulary does not know

def _column_cells(world, column: str) -> dict[str, float]:
    return {c.entity: float(c.value) for c in world.indicators
            if c.indicator == column and c.entity in set(world.units.districts.values()) and re.fullmatch(r"\d+(\.\d+)?", c.value)}


def test_a_table_column_outside_the_vocabulary_is_ranked_by_its_own_words(world):
    column = next(c.indicator for c in world.indicators if c.indicator.startswith("施工噪声"))
    assert METRICS.key(column) is None
    cells = _column_cells(world, column)
    top = max(cells.values())
    q, reply = answer(world, "施工噪声治理哪个区的任务最多")
    assert q.intent == "compare" and q.superlative == "max"
    assert {i["entity"] for i in reply.payload["indicators"]} == {e for e, v in cells.items() if v == top}
    assert number_text(top) in reply.blocks[0]


def test_an_abbreviated_column_compares_two_districts_without_plans_from_the_table(world):
    """锅炉AB级 for 累计环保绩效A、B级锅炉使用单位; neither district has a plan: both cells, the gap first."""
    column = next(c.indicator for c in world.indicators if "锅炉" in c.indicator)
    cells = _column_cells(world, column)
    q, reply = answer(world, "通州和顺义 AB级锅炉单位 相差几家")
    assert q.intent == "compare" and set(q.missing_places) == {"通州区", "顺义区"}
    assert {i["entity"] for i in reply.payload["indicators"]} == {"通州区", "顺义区"}
    gap = number_text(abs(cells["通州区"] - cells["顺义区"]))
    assert reply.blocks[0].startswith("结论：") and gap in reply.blocks[0]


def test_a_side_with_a_plan_is_compared_like_for_like_with_a_side_only_the_table_has(world):
    key = "PM2.5"
    cells = {c.entity: c for c in world.indicators if METRICS.key(c.indicator) == key and c.entity in ("通州区", "密云区")}
    _, reply = answer(world, "通州和密云的PM2.5目标哪个更严")
    assert {(i["entity"], i["indicator"]) for i in reply.payload["indicators"]} == {
        (c.entity, c.indicator) for c in cells.values()}
    assert reply.payload["measures"] == []


@pytest.mark.parametrize("question, a, b, key", [
    ("大兴和门头沟 今年PM2.5目标差多少", "大兴区", "门头沟区", "PM2.5"),
    ("A B级锅炉 大兴比密云多要多少家", "大兴区", "密云区", "锅炉使用单位"),
    ("门头沟跟密云比，优良天数比率谁要求高", "门头沟区", "密云区", "优良天数比率"),
])
def test_a_plan_value_the_table_also_assigns_the_side_cites_that_row_too(world, question, a, b, key):
    """Each side answered from its own plan also carries its 附件4 cell when the cell prints the same
    number (the city's target, asked as often); a cell with another number is not added."""
    _, reply = answer(world, question)
    cells = {i["entity"]: i for i in reply.payload["indicators"]}
    labels = [c.label for c in reply.citations]
    for side in (a, b):
        f = stated(world, side, key)
        assert f.measure_id in {m["id"] for m in reply.payload["measures"]}
        same = [c for c in world.indicators if c.entity == side and METRICS.key(c.indicator) == key
                and re.fullmatch(r"\d+(\.\d+)?", c.value) and float(c.value) == f.value]
        if same:
            assert cells[side]["value"] == same[0].value and indicator_citation(same[0]).label in labels
        else:
            assert side not in cells
    assert labels[-1].startswith("《") and any("附件4" in x for x in labels) == bool(cells)


def _cell(world, entity: str, column: str):
    return next(c for c in world.indicators if c.entity == entity and column in c.indicator)


@pytest.mark.parametrize("entity, column, phrase", [
    ("门头沟区", "农村环境整治成效巩固", "新增完成2个行政村环境整治"),  # the same count, in other words
    ("门头沟区", "餐饮治理提升家数", "组织开展治理提升5家"),  # the subject is part of the column's name
    ("密云区", "零排放运输车队", "建设至少3家零排放运输车队"),  # the same metric
    ("大兴区", "PM2.5年均浓度", "PM2.5年均浓度不高于30微克"),  # the newest plan, not 2021's
])
def test_a_cell_is_stated_by_its_rows_own_plan(world, entity, column, phrase):
    """The measure of the row's own plan that states the cell's number for its quantity."""
    cell = _cell(world, entity, column)
    m = world.numbers.stating(cell)
    assert m is not None and m.issuer == entity and m.year == cell.year and phrase in m.text


@pytest.mark.parametrize("entity, column", [
    ("朝阳区", "餐饮治理提升家数"),  # no plan of its own
    ("门头沟区", "公共场所噪声治理"),  # its plan names the task without a number
    ("门头沟区", "考核断面优良水体比例"),  # 达到市级要求: no number to state
])
def test_a_cell_no_plan_states_has_no_measure(world, entity, column):
    assert world.numbers.stating(_cell(world, entity, column)) is None


def _shared_subjects(world):
    """Stated targets outside the vocabulary that two districts' newest plans both set."""
    newest = {i: max(m.year for m in world.measures if m.issuer == i) for i in world.issuers}
    by: dict[str, dict] = {}
    for f in world.facts:
        if not f.metric and f.year == newest[f.issuer] and f.issuer != "北京市":
            by.setdefault(f.subject, {}).setdefault(f.issuer, f)
    return [(s, sides) for s, sides in by.items() if len(sides) >= 2]


def test_a_stated_target_outside_the_vocabulary_is_compared_by_its_subject(world):
    shared = _shared_subjects(world)
    assert shared
    for subject, sides in shared:
        (a, fa), (b, fb) = list(sides.items())[:2]
        q, reply = answer(world, f"{a}和{b}的{subject}差多少")
        assert reply is not None and q.intent == "compare", subject
        head = reply.blocks[0]
        if fa.value == fb.value:
            assert head.startswith("结论：一样") and number_text(fa.value) in head
        else:
            assert head.startswith("结论：") and number_text(abs(fa.value - fb.value)) in head
        assert {m["id"] for m in reply.payload["measures"]} == {fa.measure_id, fb.measure_id}


def test_upper_bounds_without_a_known_direction_are_strictest_lowest(world):
    """低于200吨 vs 低于300吨: both bounds from above, so the lower one is the stricter."""
    pairs = [(s, sides) for s, sides in _shared_subjects(world)
             if {f.comparator for f in sides.values()} == {"≤"} and len({f.value for f in sides.values()}) > 1]
    assert pairs
    subject, sides = pairs[0]
    (a, fa), (b, fb) = list(sides.items())[:2]
    _, reply = answer(world, f"{a}和{b}的{subject}差多少")
    strict = a if fa.value < fb.value else b
    assert reply.blocks[0].startswith(f"结论：{strict}更严")


def test_a_lead_question_is_not_taken_for_a_quantity(world):
    subject, sides = _shared_subjects(world)[0]
    a, b = list(sides)[:2]
    q, reply = answer(world, f"{a}和{b}的{subject}分别谁牵头")
    assert q.fields and reply is None


def test_every_district_with_a_plan_is_a_side_of_a_set(world):
    subject, sides = max(_shared_subjects(world), key=lambda s: len(s[1]))
    districts = [i for i in world.issuers if i != "北京市"]
    q, reply = answer(world, f"各区的{subject}目标一样吗")
    assert q.all_districts
    assert [b.split("：", 1)[0] for b in reply.blocks[1:]] == sorted(districts, key=[m.issuer for m in world.measures].index)


def test_english_metric_names_reach_the_tables(world):
    cells = numeric_cells(world, "优良天数比率", lambda e: e in set(world.units.districts.values()))
    top = max(v for v, _ in cells.values())
    q, reply = answer(world, "Which district has the highest good air days ratio?")
    assert q.intent == "compare" and q.superlative == "max"
    assert {i["entity"] for i in reply.payload["indicators"]} == {e for e, (v, _) in cells.items() if v == top}


# ---------------------------------------------------------------- query slots

@pytest.mark.parametrize("text, superlative, difference, intent", [
    ("哪个区PM2.5目标最低", "min", False, "compare"),
    ("哪个镇的细颗粒物要求最严格", "strictest", False, "compare"),
    ("优良天数比率哪个区最高", "max", False, "compare"),
    ("哪个区最宽松", "loosest", False, "compare"),
    ("大兴和门头沟PM2.5相差多少", None, True, "compare"),
    ("密云的优良天比率比大兴高多少", None, True, "compare"),
    ("如何最大限度减少工地扬尘", None, False, "topic"),  # a manner word, not a superlative
    ("最近要到期的任务有哪些", None, False, "deadline_list"),
    ("怀柔区优良天数比率目标是多少", None, False, "indicator"),
    ("Which district has the lowest PM2.5 target?", "min", False, "compare"),
    ("朝阳比海淀多几块地", None, True, "compare"),  # two places and a gap: a compare of any quantity
    ("修复名录地块最少的区是哪个", "min", False, "compare"),  # the set asked after the superlative
    ("延庆跟平谷的公共场所噪声治理哪个少", None, False, "compare"),  # two places, one way asked
    ("公共场所噪声治理最多的区？", "max", False, "compare"),  # 最多的区: the set after the superlative
    ("海淀跟昌平的优先监管地块谁多", None, False, "compare"),  # 谁多: two places, any quantity
])
def test_superlative_and_difference_slots(world, text, superlative, difference, intent):
    q = parse_query(text, None, TODAY, world.units, issuers=world.issuers)
    assert (q.superlative, q.difference, q.intent) == (superlative, difference, intent)


# ---------------------------------------------------------------- the real bot

def test_real_bot_answers_a_superlative_from_the_table(real_bot):
    districts = set(real_bot.units.districts.values())
    cells = {i.entity: float(i.value) for i in real_bot.indicators
             if METRICS.key(i.indicator) == "PM2.5" and i.entity in districts and i.value.isdigit()}
    lowest = min(cells.values())
    out = real_bot.ask("咱北京哪几个区的PM2.5年均浓度目标定得最低？")
    assert out["intent"] == "compare" and not out["abstained"]
    assert {i["entity"] for i in out["indicators"]} == {e for e, v in cells.items() if v == lowest}
    assert number_text(lowest) in out["text"] and "附件4" in out["text"]


def test_real_bot_compares_two_plans_targets_with_both_sources(real_bot):
    facts = {f.issuer: f for f in reversed(real_bot.numbers.facts) if f.metric == "优良天数比率" and f.year == 2026}
    a, b = facts["大兴区"], facts["密云区"]
    out = real_bot.ask("密云优良天数目标比大兴高几个百分点？")
    assert out["intent"] == "compare" and not out["abstained"]
    assert {m["id"] for m in out["measures"]} == {a.measure_id, b.measure_id}
    assert f"{number_text(abs(a.value - b.value))}个百分点" in out["text"]
    for f in (a, b):
        assert citation(real_bot.by_id[f.measure_id]).label in out["text"]


@pytest.mark.parametrize("text, every", [
    ("三个区的清管时限一样吗", True),
    ("各区扬尘治理有什么不同", True),
    ("这几个区牵头单位有区别吗", True),
    ("大兴和门头沟的清管时限一样吗", False),  # two sides named
    ("各区政府牵头的任务", False),  # the unit 各区政府, no comparison
])
def test_a_set_of_districts_as_the_sides(world, text, every):
    assert parse_query(text, None, TODAY, world.units, issuers=world.issuers).all_districts is every


def test_a_comparisons_own_words_are_not_searched(world):
    q = parse_query("大兴和密云 清管行动 完成时限有区别吗", None, TODAY, world.units, issuers=world.issuers)
    assert q.intent == "compare" and "清管行动" in q.content
    assert not any(w in q.content for w in ("大兴", "密云", "时限", "区别"))


def test_real_bot_concludes_a_field_across_every_district_first(real_bot):
    out = real_bot.ask("汛期前清掏雨水口，这几个区的完成时限一样吗")
    districts = list(dict.fromkeys(m.issuer for m in real_bot.measures if m.issuer != "北京市"))
    assert out["intent"] == "compare" and not out["abstained"]
    shown = out["measures"][:len(districts)]
    assert [m["issuer"] for m in shown] == districts
    assert all(m["year"] == real_bot.newest[m["issuer"]] for m in shown)  # each side's current plan
    deadlines = {m["deadline"] for m in shown}
    first = out["text"].split("\n")[0]
    assert first.startswith("结论：完成时限")
    assert (f"一样，都是{deadlines.pop()}" in first) if len(deadlines) == 1 else "不同" in first


def test_real_bot_picks_the_measure_stating_the_share_asked(real_bot):
    out = real_bot.ask("门头沟和密云 排污口巡查比例分别多少")
    assert out["intent"] == "compare" and not out["abstained"]
    first = out["measures"][0]
    assert first["issuer"] == "门头沟区" and "%" in real_bot.numbers.stated.get(first["id"], set())


def test_districts_with_plans_are_not_compared_by_a_column_matched_by_words_alone(world):
    """施工噪声治理 names a table column, not a metric: for two districts with plans their own
    plans' text answers (the bot's text compare), not the city's table."""
    assert METRICS.key("施工噪声治理") is None
    q, reply = answer(world, "大兴和密云的施工噪声治理各几家")
    assert q.intent == "compare" and set(q.issuers) == {"大兴区", "密云区"} and reply is None
    _, table = answer(world, "顺义和密云的施工噪声治理各几家")  # one side only the table has
    assert {i["entity"] for i in table.payload["indicators"]} == {"顺义区", "密云区"}


# ---------------------------------------------------------------- the way asked, sides without a plan

@pytest.mark.parametrize("question, way", [
    ("顺义和房山的PM2.5目标谁高", max),
    ("房山跟顺义PM2.5哪个低一些", min),
    ("顺义的细颗粒物目标比房山低吗", min),
    ("Is Shunyi's PM2.5 target higher than Fangshan's?", max),  # English places (pinyin) without plans
])
def test_the_side_asked_for_comes_first_then_the_stricter(world, question, way):
    """谁高 asks for the higher side, not the stricter one: both are said, the asked one first."""
    cells = numeric_cells(world, "PM2.5", lambda e: e in ("顺义区", "房山区"))
    assert cells["顺义区"][0] != cells["房山区"][0]
    asked = way(cells, key=lambda e: cells[e][0])
    strict = min(cells, key=lambda e: cells[e][0])  # PM2.5: lower is stricter
    q, reply = answer(world, question)
    assert q.intent == "compare"
    head = reply.blocks[0]
    assert head.startswith(f"结论：{asked}更{'高' if way is max else '低'}")
    assert head.endswith(f"{strict}更严。") and number_text(abs(cells["顺义区"][0] - cells["房山区"][0])) in head


def test_a_count_asked_which_is_fewer_says_fewer(world):
    column = next(c.indicator for c in world.indicators if c.indicator.startswith("公共场所噪声"))
    cells = _column_cells(world, column)
    a, b = "朝阳区", "昌平区"
    assert cells[a] != cells[b]
    _, reply = answer(world, "朝阳和昌平的公共场所噪声治理谁少")
    fewer = a if cells[a] < cells[b] else b
    assert reply.blocks[0].startswith(f"结论：{fewer}更少")


def test_a_side_whose_district_has_no_plan_and_no_cell_says_no_plan(world):
    """漏损率 is in plans' text only: a district without a plan is said to have none, not a plan silent on it."""
    key = "漏损率"
    assert not [c for c in world.indicators if METRICS.key(c.indicator) == key]
    mine = stated(world, "门头沟区", key)
    q, reply = answer(world, "门头沟和怀柔的供水管网漏损率对比一下")
    text = text_of(reply)
    assert f"门头沟区：{mine.phrase}" in text and "怀柔区：没有收录怀柔区的计划" in text
    assert not reply.abstained


def test_sides_all_without_plans_or_numbers_say_not_found_first(world):
    _, reply = answer(world, "延庆和平谷的漏损率哪个低")
    assert reply.abstained and "没有找到" in reply.blocks[0]


def test_real_bot_names_the_places_without_plans_when_no_side_has_a_number(real_bot):
    out = real_bot.ask("延庆和平谷的供水管网漏损率哪个低")
    assert out["abstained"] and out["text"].startswith("没有收录")
    assert "延庆区" in out["text"] and "平谷区" in out["text"]


def test_real_bot_bridges_staff_words_to_a_column_name(real_bot):
    """工地噪音 (lexicon.toml) is the tables' 施工噪声: the column is ranked, not searched as text."""
    column = next(i.indicator for i in real_bot.indicators if i.indicator.startswith("施工噪声"))
    districts = set(real_bot.units.districts.values())
    cells = {i.entity: float(i.value) for i in real_bot.indicators
             if i.indicator == column and i.entity in districts and i.value.isdigit()}
    top = max(cells.values())
    out = real_bot.ask("工地噪音治理任务最多的区是哪个")
    assert out["intent"] == "compare" and not out["abstained"]
    assert {i["entity"] for i in out["indicators"]} == {e for e, v in cells.items() if v == top}


@pytest.mark.parametrize("question, value, kind", [
    ("哪些区的优良天数比率定为78%", 78.0, "district"),
    ("细颗粒物目标27的镇街有哪些", 27.0, "town"),
])
def test_the_members_of_a_set_with_the_value_asked(world, question, value, kind):
    """哪些区…是N: every district (or town) whose cell is N, not the extremes or a list of sides."""
    key = METRICS.key(question)
    districts = set(world.units.districts.values())
    cells = numeric_cells(world, key, lambda e: (e in districts) == (kind == "district"))
    want = {e for e, (v, _) in cells.items() if v == value}
    assert 1 < len(want) < len(cells)
    q, reply = answer(world, question)
    assert q.intent == "compare" and q.equals == value and not q.all_districts
    assert {i["entity"] for i in reply.payload["indicators"]} == want
    assert f"有 {len(want)} 个" in reply.blocks[0] and not reply.abstained


def test_a_value_no_member_has_is_said_so_with_the_range(world):
    cells = numeric_cells(world, "PM2.5", lambda e: e in set(world.units.districts.values()))
    absent = max(v for v, _ in cells.values()) + 5
    _, reply = answer(world, f"哪个区PM2.5目标是{number_text(absent)}")
    assert "没有是" in reply.blocks[0] and number_text(absent) in reply.blocks[0]
    assert not reply.payload["indicators"]


@pytest.mark.parametrize("question, kind", [
    ("各区优良天数比率目标分别是多少", "district"),
    ("门头沟每个镇街的细颗粒物指标", "town"),
])
def test_every_member_of_a_set_with_its_value(world, question, kind):
    """各区 / 每个镇街 and a metric, no extreme or value asked: the whole column, one line each."""
    key = METRICS.key(question)
    districts = set(world.units.districts.values())
    keep = (lambda e: e in districts) if kind == "district" else (lambda e: world.units.places.get(e) == "门头沟区")
    cells = {c.entity: c for c in world.indicators if METRICS.key(c.indicator) == key and keep(c.entity)}
    q, reply = answer(world, question)
    assert q.intent == "compare" and q.each and not q.all_districts
    assert {i["entity"] for i in reply.payload["indicators"]} == set(cells)
    lines = reply.blocks[1].split("\n")
    assert len(lines) == len(cells) and all(any(l.startswith(f"{e}：{c.value}") for l in lines) for e, c in cells.items())


# ---------------------------------------------------------------- rank of one place in its set

@pytest.mark.parametrize("question, place, key, kind", [
    ("房山的PM2.5目标在各区里算高吗", "房山区", "PM2.5", "district"),
    ("朝阳餐饮油烟治理家数在全市排第几", "朝阳区", "餐饮治理提升", "district"),  # 全市 is the set, not a side
    ("延庆区绿色企业比例在所有区里是什么水平", "延庆区", "绿色企业比例", "district"),
    ("雁翅镇PM2.5目标在门头沟各镇街里排第几", "雁翅镇", "PM2.5", "town"),  # the district only says where
    ("Where does Huairou's good air days ratio rank among all districts?", "怀柔区", "优良天数比率", "district"),
    ("延庆PM2.5是不是全市最低", "延庆区", "PM2.5", "district"),  # a yes/no superlative of one place
    ("门头沟大台街道PM2.5算高吗", "大台街道", "PM2.5", "town"),  # no set word: a town among its district's
    ("绿色企业占比 石景山是不是最高的", "石景山区", "绿色企业比例", "district"),  # a superlative of one place: its peers
    ("怀柔优良天数比率最高吗", "怀柔区", "优良天数比率", "district"),
])
def test_one_place_is_ranked_in_its_set_with_ties_named(world, question, place, key, kind):
    district_names = set(world.units.districts.values())
    in_set = (lambda e: e in district_names) if kind == "district" else (lambda e: e not in district_names)
    cells = numeric_cells(world, key, in_set)
    mine = cells[place][0]
    higher = sum(v > mine for v, _ in cells.values())
    lower = sum(v < mine for v, _ in cells.values())
    q, reply = answer(world, question)
    assert q.intent == "compare" and q.rank and not q.each and not reply.abstained
    assert [i["entity"] for i in reply.payload["indicators"]] == [place]
    head = reply.blocks[0]
    assert head.startswith(place) and number_text(mine) in head and f"{len(cells)} 个" in head
    expected = "最高" if not higher else "最低" if not lower else f"第 {higher + 1} 高"
    assert expected in head
    tied = [e for e, (v, _) in cells.items() if v == mine and e != place]
    assert all(e in head for e in tied[:SHOW_TIES])


def test_a_rank_asked_of_a_metric_every_district_shares_says_they_are_equal(world):
    cells = numeric_cells(world, "重污染天数", lambda e: e in set(world.units.districts.values()))
    assert len({v for v, _ in cells.values()}) == 1  # the table gives every district the same
    q, reply = answer(world, "大兴重污染天数在各区里算多吗")
    assert q.rank and "都一样" in reply.blocks[0]


@pytest.mark.parametrize("text", ["大兴和房山的PM2.5目标在各区里算高吗",  # two places: a comparison
                                  "各区PM2.5目标分别多少",  # no place: every member
                                  "大兴PM2.5目标是多少"])  # no set, no rank word
def test_no_rank_without_one_place_a_set_and_a_rank_word(world, text):
    assert not parse_query(text, None, TODAY, world.units, issuers=world.issuers).rank


def test_a_sets_counts_are_added_and_its_values_averaged_when_asked(world):
    districts = set(world.units.districts.values())
    shops = numeric_cells(world, "餐饮治理提升", lambda e: e in districts)
    q, reply = answer(world, "全市各区餐饮油烟治理加起来一共多少家")
    assert q.each and reply.blocks[0].startswith("各区") and "合计" in reply.blocks[0]
    assert f"{number_text(sum(v for v, _ in shops.values()))}家" in reply.blocks[0]
    towns = numeric_cells(world, "PM2.5", lambda e: e not in districts)
    q, reply = answer(world, "门头沟各镇街细颗粒物目标平均是多少")
    assert number_text(round(sum(v for v, _ in towns.values()) / len(towns), 2)) in reply.blocks[0]
    _, reply = answer(world, "各区PM2.5目标一共多少")  # concentrations do not add up: each value only
    assert "合计" not in text_of(reply) and len(reply.payload["indicators"]) == len(numeric_cells(
        world, "PM2.5", lambda e: e in districts))


def test_districts_with_plans_stating_a_column_named_by_words_are_compared_by_their_text(world):
    """锅炉AB级 names a table column by words alone; both plans state their own target, so the
    reply concludes from those stated values, with each plan's measure cited."""
    q, reply = answer(world, "大兴和门头沟 锅炉A B级单位 目标 谁多")
    assert q.intent == "compare" and reply is not None and not reply.abstained
    dx, mtg = (next(f for f in world.facts if f.issuer == i and "锅炉" in f.subject + f.phrase) for i in ("大兴区", "门头沟区"))
    head = reply.blocks[0]
    assert "大兴区" in head and number_text(dx.value) in head and number_text(mtg.value) in head
    assert {m["id"] for m in reply.payload["measures"]} == {dx.measure_id, mtg.measure_id}


@pytest.mark.parametrize("question", ["门头沟雁翅镇和斋堂镇pm2.5目标差多少", "雁翅和斋堂 PM2.5 谁低"])
def test_towns_are_the_sides_and_their_district_only_says_where(world, question):
    q, reply = answer(world, question)
    cells = {c.entity: float(c.value) for c in world.indicators
             if c.entity in ("雁翅镇", "斋堂镇") and METRICS.key(c.indicator) == "PM2.5"}
    assert reply is not None and {i["entity"] for i in reply.payload["indicators"]} == {"雁翅镇", "斋堂镇"}
    assert number_text(abs(cells["雁翅镇"] - cells["斋堂镇"])) in reply.blocks[0]


def test_a_district_compared_with_one_of_its_towns_stays_a_side(world):
    _, reply = answer(world, "斋堂镇和门头沟区pm2.5比")
    assert reply is not None and "斋堂镇" in reply.blocks[0]
    assert {i["entity"] for i in reply.payload["indicators"]} == {"斋堂镇", "门头沟区"}


def test_three_districts_values_asked_each_are_compared_and_ties_named(world):
    """三个区的…分别是多少: every district with a plan is a side; sides that tie are all named."""
    q, reply = answer(world, "三个区的优良天数比率目标分别是多少")
    assert q.intent == "compare" and reply is not None and not reply.abstained
    values = {i: stated(world, i, "优良天数比率").value for i in ("大兴区", "门头沟区", "密云区")}
    low = min(values.values())
    head = reply.blocks[0]
    assert all(i in head for i, v in values.items() if v == low) and number_text(low) in head


@pytest.mark.parametrize("question", ["跟密云比呢 优良天数比率", "我们和密云 谁的优良天数要求高"])
def test_one_place_named_in_a_district_chat_is_compared_with_the_chats_district(world, question):
    """和密云比 in a 门头沟 chat: the chat's own district is the other side, each with its value."""
    q, reply = answer(world, question, {"issuer": "门头沟区", "year": 2026})
    assert q.intent == "compare" and q.home == "门头沟区" and reply is not None
    mtg, my = stated(world, "门头沟区", "优良天数比率"), stated(world, "密云区", "优良天数比率")
    assert {m["id"] for m in reply.payload["measures"]} == {mtg.measure_id, my.measure_id}
    assert number_text(abs(mtg.value - my.value)) in reply.blocks[0]


def test_an_english_comparison_of_good_air_days(world):
    q, reply = answer(world, "Compare Daxing and Miyun good air days targets")
    assert q.intent == "compare" and reply is not None and not reply.abstained
    dx, my = stated(world, "大兴区", "优良天数比率"), stated(world, "密云区", "优良天数比率")
    assert number_text(abs(dx.value - my.value)) in reply.blocks[0]


def test_where_a_column_is_printed_and_what_it_counts_are_no_part_of_its_name(world):
    """附件4里 / 数量 / 项数 say where and what is counted: the column is still found by its words."""
    column = next(c.indicator for c in world.indicators if c.indicator.startswith("公共场所噪声"))
    cells = _column_cells(world, column)
    top = max(cells.values())
    _, reply = answer(world, "附件4里，公共场所噪声治理个数最多的是哪个区？")
    assert reply is not None and not reply.abstained
    assert {i["entity"] for i in reply.payload["indicators"]} == {e for e, v in cells.items() if v == top}


def test_a_gap_between_districts_with_plans_comes_from_the_table_when_their_text_has_none(world):
    """差几个 between two planned districts on a column named by words: only the table has both numbers."""
    column = next(c.indicator for c in world.indicators if c.indicator.startswith("农村环境整治"))
    cells = _column_cells(world, column)
    _, reply = answer(world, "大兴跟密云 农村环境整治 差几个")
    assert reply is not None and {i["entity"] for i in reply.payload["indicators"]} == {"大兴区", "密云区"}
    assert number_text(abs(cells["大兴区"] - cells["密云区"])) in reply.blocks[0]


@pytest.mark.parametrize("question, scope", [
    ("门头沟 清水镇pm2.5目标多少", None),  # the district only says where the town is
    ("清水镇的PM2.5目标值", {"issuer": "门头沟区", "year": 2026}),  # the chat's own district is no side either
])
def test_a_town_of_the_district_named_or_scoped_is_the_one_side(world, question, scope):
    cell = next(c for c in world.indicators if c.entity == "清水镇" and METRICS.key(c.indicator) == "PM2.5")
    _, reply = answer(world, question, scope)
    assert reply is not None and {i["entity"] for i in reply.payload["indicators"]} == {"清水镇"}
    assert number_text(float(cell.value)) in reply.blocks[0] and "结论" not in reply.blocks[0]


def test_the_city_that_sets_a_districts_target_is_no_side(world):
    _, reply = answer(world, "市里下达给密云的优良天数比率是多少")
    assert reply is not None and "北京市" not in "".join(reply.blocks[:-1])
    assert "密云区" in reply.blocks[0]


@pytest.mark.parametrize("question, loose", [
    ("顺义跟房山 PM2.5 哪个宽松", True),
    ("房山和顺义的细颗粒物要求谁更松一些", True),
    ("顺义和房山pm2.5要求谁更严", False),
])
def test_the_looser_side_is_named_when_asked(world, question, loose):
    """哪个宽松 asks for the other end from the stricter one (PM2.5: the higher target)."""
    cells = numeric_cells(world, "PM2.5", lambda e: e in ("顺义区", "房山区"))
    pick = max if loose else min
    who = pick(cells, key=lambda e: cells[e][0])
    _, reply = answer(world, question)
    assert reply.blocks[0].startswith(f"结论：{who}更{'宽松' if loose else '严'}")


@pytest.mark.parametrize("question", ["道路尘负荷差等级 大兴跟密云谁要求更严", "密云和大兴 道路扬尘负荷 比一比"])
def test_road_dust_load_in_staff_word_order_is_the_bad_road_share(world, question):
    """道路尘负荷 / 尘负荷差等级 name the share of bad-grade roads (the plans: 差等级道路数量比例)."""
    dx, my = stated(world, "大兴区", "差等级道路比例"), stated(world, "密云区", "差等级道路比例")
    assert dx.value != my.value
    _, reply = answer(world, question)
    strict = "大兴区" if dx.value < my.value else "密云区"
    assert reply.blocks[0].startswith(f"结论：{strict}更严")
    # each side's plan, and the city's table row wherever it prints the same number
    assert {dx.doc, my.doc} <= {c.doc for c in reply.citations}
    assert all(c.doc in (dx.doc, my.doc) or "附件4" in c.label for c in reply.citations)


@pytest.mark.parametrize("question, same", [
    ("顺义和房山的PM2.5目标一样吗", False),
    ("房山跟顺义 细颗粒物要求是否相同", False),
    ("顺义和昌平pm2.5一不一样", True),
])
def test_a_sameness_question_is_answered_yes_or_no_first(world, question, same):
    """一样吗 is answered 一样 / 不一样 first; when they differ, which side is stricter follows."""
    cells = numeric_cells(world, "PM2.5", lambda e: e in ("顺义区", "房山区", "昌平区"))
    assert (cells["顺义区"][0] == cells["昌平区"][0], cells["顺义区"][0] == cells["房山区"][0]) == (True, False)
    _, reply = answer(world, question)
    head = reply.blocks[0]
    if same:
        assert head.startswith("结论：一样，都是")
    else:
        strict = min(("顺义区", "房山区"), key=lambda e: cells[e][0])
        assert head.startswith(f"结论：不一样，{strict}更严")


@pytest.mark.parametrize("question, a, b", [
    ("清水镇PM2.5目标比斋堂镇低几", "清水镇", "斋堂镇"),  # 目标比 is no unit's name glued to 斋堂镇
    ("雁翅PM2.5比斋堂高几", "雁翅镇", "斋堂镇"),
])
def test_x_bi_y_between_towns_compares_both(world, question, a, b):
    cells = numeric_cells(world, "PM2.5", lambda e: e in (a, b))
    q, reply = answer(world, question)
    assert q.intent == "compare" and q.difference
    assert {i["entity"] for i in reply.payload["indicators"]} == {a, b}
    assert number_text(abs(cells[a][0] - cells[b][0])) in reply.blocks[0]


def test_as_many_districts_as_there_are_plans_are_those_districts_in_a_superlative(world):
    """三个区里谁最高, with three districts' plans indexed: those three (their own targets), not
    every district of the indicator table; the strictest of them is named."""
    planned = world.numbers.districts
    assert len(planned) == 3
    mine = {d: stated(world, d, "PM2.5").value for d in planned}
    _, reply = answer(world, "这三个区 pm2.5目标哪个最严")
    head = reply.blocks[0]
    strict = min(mine, key=mine.get)
    assert head.startswith("结论：最低的是") and head.endswith(f"{strict}最严。")
    assert all(f"{d}：" in text_of(reply) for d in planned)
    _, reply = answer(world, "两个区 pm2.5 谁最高")  # a count that is not the plans': the whole table
    assert reply.blocks[0].startswith("各区")


def test_real_bot_says_a_side_has_nothing_when_its_plan_never_prints_the_subject(real_bot):
    """秸秆 is printed in 门头沟's plan and nowhere in 密云's: 密云's best word match (a 焚烧 of
    refuse) answers something else, so that side is said to have nothing."""
    def printed(issuer):
        return any("秸秆" in m.text for m in real_bot.measures if m.issuer == issuer and m.year == 2026)
    assert printed("门头沟区") and not printed("密云区")
    out = real_bot.ask("门头沟跟密云 秸秆焚烧 谁管")
    assert out["intent"] == "compare" and not out["abstained"]
    assert "密云区：计划中没有找到相关内容" in out["text"]
    assert [m["issuer"] for m in out["measures"]][:1] == ["门头沟区"] and "秸秆" in out["measures"][0]["text"]


def test_real_bot_compares_a_field_asked_whether_it_is_the_same(real_bot):
    out = real_bot.ask("垃圾填埋场隐患排查 大兴门头沟牵头单位一样吗")
    assert out["intent"] == "compare" and out["text"].startswith("结论：牵头单位")


def test_a_town_against_its_whole_district(world):
    """清水镇比全区低多少: 全区 is the town's own district, the other side."""
    town = numeric_cells(world, "PM2.5", lambda e: e == "清水镇")["清水镇"][0]
    district = world.numbers.value(["PM2.5"], "门头沟区", None)
    q, reply = answer(world, "清水镇的细颗粒物目标比全区低多少")
    assert q.intent == "compare"
    assert reply.blocks[0].startswith("结论：清水镇更低") and number_text(district.number - town) in reply.blocks[0]
    assert any(b.startswith("门头沟区：") for b in reply.blocks)


def test_the_extreme_of_a_column_asked_with_one_planned_district_comes_from_the_table(world):
    """哪个区最多 with 大兴 named on a column matched by words: only the table ranks every district
    (大兴's own text answers 大兴's value, not the set's extreme); 全市 there is the set, no side."""
    assert METRICS.key("施工噪声治理") is None
    column = next(c.indicator for c in world.indicators if c.indicator.startswith("施工噪声治理"))
    cells = _column_cells(world, column)
    top = max(cells.values())
    for question in ("大兴施工噪声治理要几家 哪个区最多", "大兴施工噪声治理 全市哪个区最多"):
        q, reply = answer(world, question)
        assert q.intent == "compare" and q.superlative == "max" and reply is not None
        assert {i["entity"] for i in reply.payload["indicators"]} == {e for e, v in cells.items() if v == top}
        assert "北京市" not in reply.blocks[0]
