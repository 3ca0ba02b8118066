"""Numeric targets from measure text (index/facts.py), the metric vocabulary (index/metrics.py)
and the facts table (index/store.py): the real parser on the real plans, plus single rules."""
from __future__ import annotations

import re

import pytest
import sqlite_utils

from planbot.index.facts import extract_facts, measure_facts
from planbot.index.metrics import Metrics, default_metrics
from planbot.index.models import Measure
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.index.store import ingest, load_facts, plan_files, write_document
from planbot.index.units import fold

PLANS = bundled_plans_dir()


@pytest.fixture(scope="module")
def docs():
    catalog = load_catalog(PLANS)
    return [parse_file(p, catalog) for p in sorted(PLANS.glob("*.txt"))]


@pytest.fixture(scope="module")
def measures(docs) -> list[Measure]:
    return [m for d in docs for m in d.measures]


@pytest.fixture(scope="module")
def facts(measures):
    return extract_facts(measures)


def _measure(text: str, issuer: str = "大兴区", year: int = 2026) -> Measure:
    return Measure(id="x#001", doc="x.txt", issuer=issuer, year=year, text=text, line=1)


def _one(text: str, **kw):
    return [(f.subject, f.comparator, f.value, f.unit) for f in measure_facts(_measure(text, **kw))]


# ---------------------------------------------------------------- the real plans

# (issuer, year, words of the measure, metric, subject, comparator, value, unit): read from the plans
EXPECTED = [
    ("大兴区", 2026, "全区PM2.5年均浓度不高于30", "PM2.5", "PM2.5年均浓度", "≤", 30, "微克/立方米"),
    ("大兴区", 2026, "全区PM2.5年均浓度不高于30", "优良天数比率", "优良天数比率", "≥", 78, "%"),
    ("大兴区", 2026, "全区PM2.5年均浓度不高于30", "重污染天数", "重污染天", "≤", 3, "天"),
    ("门头沟区", 2026, "PM2.5年均浓度达到27", "PM2.5", "PM2.5年均浓度", "=", 27, "微克/立方米"),
    ("密云区", 2026, "细颗粒物浓度控制在26", "PM2.5", "细颗粒物浓度", "≤", 26, "微克/立方米"),
    ("密云区", 2026, "细颗粒物浓度控制在26", "重污染天数", "重污染天数", "≤", 3, "天"),
    ("大兴区", 2021, "本区降尘量力争控制在5.1", "降尘", "降尘量", "≤", 5.1, "吨/平方公里·月"),
    ("大兴区", 2026, "全区差等级道路数量比例不超过3%", "差等级道路比例", "差等级道路数量比例", "≤", 3, "%"),
    ("门头沟区", 2026, "新注册登记货车新能源化率不低于30%", "货车新能源化率", "新注册登记货车新能源化率", "≥", 30, "%"),
    ("大兴区", 2026, "非道路移动机械新能源化率达到35%", "非道路移动机械新能源化率", "非道路移动机械新能源化率", "=", 35, "%"),
    ("门头沟区", 2026, "锅炉使用单位累计达到30家以上", "锅炉使用单位", "A级和B级锅炉使用单位", "≥", 30, "家"),
    ("大兴区", 2026, "建设完成污水管线3公里", None, "污水管线", "=", 3, "公里"),
    ("大兴区", 2026, "建设完成污水管线3公里", None, "再生水管线", "=", 0.5, "公里"),
    ("大兴区", 2026, "完成300个小区", None, "小区便民回收渠道布局", "=", 300, "个"),
    ("密云区", 2026, "园地绿色防治技术推广0.05万亩", None, "园地绿色防治技术", "=", 0.05, "万亩"),
    ("门头沟区", 2026, "零排放车队不少于3家", "零排放车队", "零排放车队", "≥", 3, "家"),
    ("门头沟区", 2026, "漏损率稳定控制在8%以下", "漏损率", "城镇供水管网漏损率", "≤", 8, "%"),
    ("密云区", 2026, "全区污水处理率保持94%以上", "污水处理率", "污水处理率", "≥", 94, "%"),
]


@pytest.mark.parametrize("issuer, year, words, metric, subject, comparator, value, unit", EXPECTED)
def test_targets_stated_in_the_plans(measures, facts, issuer, year, words, metric, subject, comparator, value, unit):
    found = [m for m in measures if m.issuer == issuer and m.year == year and words in m.text]
    assert len(found) == 1, words
    mine = [(f.metric, f.subject, f.comparator, f.value, f.unit) for f in facts if f.measure_id == found[0].id]
    assert (metric, subject, comparator, value, unit) in mine


def test_the_same_metric_is_named_alike_across_plans(facts):
    """Each district's 2026 plan states its PM2.5 target once, whatever its words."""
    pm = {(f.issuer, f.year): f.value for f in facts if f.metric == "PM2.5"}
    assert pm == {("大兴区", 2026): 30, ("门头沟区", 2026): 27, ("密云区", 2026): 26}


def test_every_fact_is_quoted_as_printed_and_cites_its_measure(measures, facts):
    by_id = {m.id: m for m in measures}
    assert len(facts) > 60
    for f in facts:
        m = by_id[f.measure_id]
        assert (f.doc, f.issuer, f.year, f.line) == (m.doc, m.issuer, m.year, m.line)
        assert f.sentence in m.text  # the sentence exactly as printed
        assert f.phrase in f.sentence


def test_no_fact_from_dates_item_numbers_years_or_ranges(measures, facts):
    dated = [m for m in measures if re.search(r"\d{4}\s*年|\d\s*月", m.text)]
    assert len(dated) > 20  # the plans print years and months in measure text: none becomes a fact
    for f in facts:
        *_, last = re.finditer(r"\d+(?:\.\d+)?", fold(f.phrase))  # the target is the clause's last number
        assert float(last[0]) == f.value and not re.match(r"\s*(?:年|月|日|号|季度)", fold(f.phrase)[last.end():]), f
        years = {float(y) for y in re.findall(r"(\d{4})\s*年", f.sentence)}
        assert f.value not in years, f
    ranged = [m for m in measures if re.search(r"\d\s*[—\-~～]\s*\d", m.text)]
    assert ranged and not any(re.search(r"[—\-~～]\s*$", f.phrase[: -len(f.unit)]) for f in extract_facts(ranged))


# ---------------------------------------------------------------- single rules

@pytest.mark.parametrize("text, expected", [
    ("PM2.5年均浓度不高于30微克/立方米。", [("PM2.5年均浓度", "≤", 30, "微克/立方米")]),
    ("细颗粒物浓度控制在26微克每立方米。", [("细颗粒物浓度", "≤", 26, "微克/立方米")]),
    ("重污染天数控制在3天以内。", [("重污染天数", "≤", 3, "天")]),
    ("隐患排查整改合格率达到90%以上。", [("隐患排查整改合格率", "≥", 90, "%")]),
    ("2026年大兴区完成14个村庄的整治任务。", [("村庄的整治任务", "=", 14, "个")]),
    ("推动货物绿色运输，建设零排放运输车队，至少达到3家以上。", [("零排放运输车队", "≥", 3, "家")]),
    ("安全利用率达到100%，或者达到95%以上且整改到位。", [("安全利用率", "=", 100, "%"), ("安全利用率", "≥", 95, "%")]),
    ("森林覆盖率保持45%以上，湿地面积维持在3万亩。", [("森林覆盖率", "≥", 45, "%"), ("湿地面积", "=", 3, "万亩")]),
    ("保持高压态势，6月底前完成。", []),  # 保持 with no number after it
    ("6月底前完成，2026年12月31日前验收。", []),  # dates
    ("按照第3项要求，推广1—2个典型案例。", []),  # 序号, a range
    ("接到通知后3天内完成整改。", []),  # a time limit
    ("引导产生强度高于0.2吨/万元的企业转型。", []),  # a class of firms, not a target
    ("PM10浓度持续下降。", []),  # no number stated
])
def test_extraction_rules(text, expected):
    assert _one(text) == expected


# ---------------------------------------------------------------- the metric vocabulary

@pytest.mark.parametrize("phrase, key, better", [
    ("细颗粒物浓度", "PM2.5", "lower"),
    ("PM2.5年均浓度（微克/立方米）", "PM2.5", "lower"),
    ("pm 2.5", "PM2.5", "lower"),
    ("PM10", "PM10", "lower"),
    ("优良天比率", "优良天数比率", "higher"),
    ("优良天数", "优良天数", "higher"),
    ("NOx重点工程累计减排量（吨）", "NOx减排量", "higher"),
    ("2026年注册登记货车新能源化率（%）", "货车新能源化率", "higher"),
    ("累计非道路移动机械新能源化率（%）", "非道路移动机械新能源化率", "higher"),
    ("受污染耕地安全利用率", "耕地安全利用率", "higher"),
    ("本区降尘量", "降尘", "lower"),
    ("货车", None, None),  # a qualifier alone names no metric
    ("http接口", None, None),  # tp inside an English word
])
def test_metric_keys(phrase, key, better):
    metrics = default_metrics()
    assert metrics.key(phrase) == key
    assert metrics.better(key) == better


@pytest.mark.parametrize("text, names, left", [
    ("清水镇细颗粒物和臭氧", None, "清水镇和"),
    ("清水镇细颗粒物和臭氧", {"PM2.5"}, "清水镇和臭氧"),  # only the metrics given are taken out
    ("Pm 2.5 目标", {"PM2.5"}, " 目标"),
    ("降尘量目标", {"PM2.5"}, "降尘量目标"),
])
def test_metric_names_taken_out_of_a_text(text, names, left):
    assert default_metrics().without(text, names) == left


def test_deployers_extend_the_vocabulary(tmp_path):
    extra = tmp_path / "metrics.toml"
    extra.write_text('[[metric]]\nname = "噪声"\naliases = ["噪声", "噪音"]\nbetter = "lower"\n', "utf-8")
    metrics = Metrics([extra])
    assert metrics.key("夜间噪音") == "噪声" and metrics.better("噪声") == "lower"
    assert default_metrics().key("夜间噪音") is None


# ---------------------------------------------------------------- the facts table

def test_facts_are_stored_at_write_and_replaced_on_rewrite(docs):
    db = sqlite_utils.Database(memory=True)
    doc = docs[2]
    write_document(db, doc)
    write_document(db, doc)
    assert load_facts(db) == extract_facts(doc.measures)


def test_an_index_built_before_the_facts_table_is_read_without_writing_and_stored_at_ingest(docs, tmp_path):
    db_path = tmp_path / "planbot.db"
    ingest(plan_files([PLANS]), db_path, load_catalog(PLANS))
    db = sqlite_utils.Database(db_path)
    expected = load_facts(db)
    db["facts"].drop()
    assert load_facts(db) == expected and "facts" not in db.table_names()
    db.close()
    ingest(plan_files([PLANS]), db_path, load_catalog(PLANS))  # every plan unchanged
    assert load_facts(sqlite_utils.Database(db_path)) == expected
