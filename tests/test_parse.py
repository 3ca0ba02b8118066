"""The real parsers on the real sample plans: counts, and specific rows including the hard ones."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from planbot.index.parse import DocumentError, bundled_plans_dir, detect_layout, load_catalog, parse_file

PLANS = bundled_plans_dir()
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"


@pytest.fixture(scope="module")
def parsed():
    catalog = load_catalog(PLANS)
    return {p.name[:3]: parse_file(p, catalog) for p in sorted(PLANS.glob("*.txt"))}


@pytest.fixture(scope="module")
def by_id(parsed):
    return {m.id: m for doc in parsed.values() for m in doc.measures}


# The record counts of shared/eval/README.md.
COUNTS = {
    ("000", "附件1"): 110, ("000", "附件2"): 73, ("000", "附件3"): 44,
    ("001", "附件1"): 104, ("001", "附件2"): 76, ("001", "附件3"): 44,
    ("002", "附件1"): 119, ("003", None): 61,
    ("004", "附件1"): 76, ("004", "附件2"): 45, ("004", "附件3"): 44,
}


def test_measure_counts_per_plan_and_attachment(parsed):
    got = Counter((k, m.attachment) for k, doc in parsed.items() for m in doc.measures)
    assert dict(got) == COUNTS
    assert sum(got.values()) == 796


def test_indicator_counts(parsed):
    inds = parsed["001"].indicators
    assert Counter((i.table, i.part) for i in inds) == {("附件4", 1): 204, ("附件4", 2): 238, ("附件5", 1): 26}
    assert all(not doc.indicators for k, doc in parsed.items() if k != "001")


def test_plan_metadata(parsed):
    assert {k: (d.plan.issuer, d.plan.year, d.plan.layout) for k, d in parsed.items()} == {
        "000": ("大兴区", 2026, "word_table"),
        "001": ("门头沟区", 2026, "word_table"),
        "002": ("密云区", 2026, "word_table"),
        "003": ("北京市", 2026, "pdf_table"),
        "004": ("大兴区", 2021, "paragraphs"),
    }
    assert parsed["001"].plan.doc_number == "门政办发〔2026〕1号"


def test_ids_are_positions_in_document_order(parsed):
    for key, doc in parsed.items():
        assert [m.id for m in doc.measures] == [f"{key}#{n:03d}" for n in range(1, len(doc.measures) + 1)]
        assert [m.line for m in doc.measures] == sorted(m.line for m in doc.measures)


# id: (task_no, deadline, lead, responsible, assist, text starts with, section or subsection)
ROWS = {
    # 大兴 2026: units wrapped mid-name (区公安交通 / 支队, 区城市管 / 理委), 等部门 dropped
    "000#001": ("1", "年底前", ["区生态环境局"], [], ["区交通局", "区城市管理委", "区经济和信息化局", "区住房城乡建设委"], "巩固“常态蓝”", "（一）空气质量目标"),
    "000#002": ("1", "年底前", ["各镇人民政府", "各街道办事处", "各产业园区管委会"], [], [], "各镇、街道、产业园区", "（一）空气质量目标"),
    "000#003": ("2", "年底前", ["区生态环境局"], [], [], "实现主要大气污染物", "（一）空气质量目标"),
    "000#006": ("3", "年底前", ["区交通局", "区公安交通支队"], [], ["区商务局", "区城市管理委", "区农业农村局", "区经济和信息化局", "区生态环境局"], "推进货车新能源化", None),
    "000#007": ("3", "年底前", ["区城市管理委", "区公安交通支队"], [], ["区交通局", "区住房城乡建设委"], "推动生活和建筑垃圾", None),
    "000#014": ("4", "年底前", ["区园林服务中心"], [], [], "区属公园使用的草坪机", None),
    "000#113": ("2", None, ["区生态环境局"], [], ["区发展改革委", "区经济和信息化局", "区市场监管局"], "按照市级要求开展重点产品", "（二）完善应对气候变化综合管理体系"),
    "000#114": ("2", None, ["区生态环境局"], [], [], "在建设项目环境影响评价", None),
    "000#227": ("17", "长期实施", ["区生态环境局", "区发展改革委", "区教委", "区机关事务中心"], [], [], "办好全国生态日", "二、多元共治加快形成绿色生产生活方式"),
    # 门头沟 2026: 牵头部门 / 责任单位
    "001#001": ("1", "年底前", ["区生态环境局", "各镇街"], ["区交通局", "区城管委", "区经信局", "区住建委", "区水务局", "区公路分局"], [], "PM2.5年均浓度达到27", "（一）空气质量目标"),
    "001#005": ("3", "年底前", ["区生态环境局"], ["区交通局", "区公安交通支队", "区城管委", "区商务局"], [], "推动货车新能源化", None),
    "001#073": ("24", "年底前", ["区水务局"], ["区发改委", "区规自分局"], [], "建设完成污水管线", "（三）水环境治理"),
    "001#150": ("22", "年底前", ["区生态环境局"], ["区城管委"], [], "细化“无废城市”", "（二）加强固体废物综合治理"),
    "001#224": ("18", "长期实施", ["区生态环境局", "区发改委", "区教委"], [], [], "办好全国生态日", None),
    # 密云 2026: merged 序号/重点任务 cells, lost cells, 牵头部门+主责单位 merged into one cell
    "002#001": ("1", "年底前", ["区生态环境局"], ["区生态环境局", "区城市管理委", "区住房城乡建设委", "区经济和信息化局", "区交通局", "市交通委密云公路分局", "区农业农村局", "区城管执法局", "各镇街（地区）", "中关村密云园"], [], "巩固密云“常态蓝”", "（一）空气质量目标"),
    "002#002": ("1", "年底前", ["各镇街（地区）", "中关村密云园"], ["各镇街（地区）", "中关村密云园"], [], "各镇街（地区）、中关村密云园尽最大", None),
    "002#004": ("3", "年底前", ["区发展改革委"], ["区交通局", "区经济和信息化局", "区城市管理委", "区商务局", "区国资委", "各镇街（地区）", "中关村密云园"], ["区财政局"], "推动新能源车保有量", "（二）推动车（械）新能源化促结构减排"),
    "002#013": ("4", "年底前", None, None, [], "推动重点行业企业、工业园区", None),
    "002#015": ("4", "长期实施", ["区住房城乡建设委", "区城市管理委", "区园林绿化局", "区水务局", "市交通委密云公路分局", "各镇街（地区）", "中关村密云园"], None, ["区生态环境局"], "区住房城乡建设、城市管理", None),
    "002#022": ("6", "年底前", ["区生态环境局"], ["区生态环境局", "区经济和信息化局", "区住房城乡建设委", "区城市管理委", "区交通局"], ["各镇街（地区）", "中关村密云园"], "持续推进重点行业企业绿色升级", "（三）提升企业“含绿量”促工程减排"),
    "002#027": ("7", "年底前", ["区经济和信息化局", "区生态环境局"], ["区经济和信息化局", "区生态环境局"], ["各镇街（地区）", "中关村密云园"], "工业企业涂装工序", None),
    "002#029": ("7", "年底前", ["区委宣传部", "区经济和信息化局"], ["区委宣传部", "区经济和信息化局"], ["相关镇街"], "印刷行业全面推进", None),
    "002#119": ("44", "年底前", ["市规划自然资源委密云分局"], ["市规划自然资源委密云分局", "相关镇街（地区）"], ["区城市管理委", "区生态环境局"], "加强未利用地保护", "（四）加强未利用地保护"),
    # 北京市 2026 (PDF rows): units space-separated, shifted 主责/协办 cells, empty unit cells
    "003#001": ("1", "持续推进", ["市发展改革委"], ["各区政府", "北京经济技术开发区管委会"], [], "积极开发利用本地可再生能源", "(一)建设绿色低碳转型先行区"),
    "003#002": ("1", "年底前", ["市经济和信息化局"], ["各区政府", "北京经济技术开发区管委会"], ["市生态环境局"], "深入推进氢能", None),
    "003#004": ("2", "持续推进", ["市生态环境局", "市国资委"], ["市园林绿化局", "相关区政府", "北京经济技术开发区管委会"], ["市委金融委员会办公室"], "高标准保障全国温室气体", None),
    "003#005": ("2", "持续推进", ["相关区政府", "北京经济技术开发区管委会"], [], [], "朝阳区、大兴区、北京经济技术开发区", None),
    "003#009": ("3", "长期实施", ["市经济和信息化局", "市住房城乡建设委", "市城市管理委", "市交通委", "市水务局", "市园林绿化局", "各区政府", "北京经济技术开发区管委会"], [], [], "强化空气污染过程应对", "(二)建设环境质量改善先行区"),
    "003#020": ("9", "持续推进", ["城市副中心党工委管委会", "通州区政府"], [], [], "北京城市副中心大力发展", "(五)建设美丽样板实践先行区"),
    "003#029": ("11", "年底前", None, [], ["相关区政府"], "3 月底前制定印发", None),
    "003#032": ("11", "10 月底", [], [], [], "加强工作统筹谋划", None),
    "003#035": ("13", "年底前", ["城市副中心党工委管委会", "通州区政府"], [], [], "推动出台北京城市副中心条例", None),
    # 大兴 2021 (paragraphs): lost numbers, a number without its dot, headings without numerals
    "004#001": ("1", "2021年12月31日", ["区生态环境局"], [], ["区委生态文明委大气污染综合治理及应对气候变化工作小组成员单位"], "在完成国家、北京市目标任务基础上", "一、空气质量目标"),
    "004#002": ("2", "2021年12月31日", ["各镇政府", "各街道办事处", "各产业基地管委会"], [], [], "各镇（街道）空气质量持续改善", None),
    "004#007": ("7", "2021年12月31日并长期实施", ["区市场监管局", "区生态环境局"], [], [], "严格落实国家胶粘剂", "二、实施挥发性有机物（VOCs）专项治理行动"),
    "004#032": ("32", None, None, [], None, "交通部门对汽车维修行业", None),
    "004#082": ("6", "2021年12月31日", ["区水务局"], [], None, "推进海绵城市建设", "（一）创建节水型社会"),
    "004#083": ("7", "2021年12月31日并长期实施", ["区生态环境局"], [], ["区水务局", "各相关镇政府", "各相关街道办事处"], "推进饮用水水源地规范化建设", "（二）加强饮用水保护"),
    "004#092": ("16", "2021年12月31日", ["区水务局", "区城市管理委"], [], None, "推进实施《北京市大兴区", "水环境治理"),
    "004#111": ("35", None, ["区城市管理委"], [], ["区水务局", "区城管执法局", "各镇政府", "各街道办事处"], "严厉打击向城市雨水管道排污", None),
    "004#150": ("29", "2021年12月31日", None, [], ["区发展改革委", "区财政局", "区生态环境局"], "6月30日前，各相关主管部门", "四、强化风险管控和修复"),
    "004#158": ("37", None, ["区生态环境局", "区交通局"], [], None, "根据市级部门要求，继续开展废铅蓄电池", None),
    "004#165": ("44", "2021年12月31日", ["区生态环境局"], [], ["区纪委区监委机关"], "严格落实《大兴区生态环境保护工作职责分工规定》", "五、强化基础保障体系"),
}


@pytest.mark.parametrize("mid", sorted(ROWS))
def test_specific_rows(by_id, mid):
    task_no, deadline, lead, responsible, assist, text_start, where = ROWS[mid]
    m = by_id[mid]
    assert m.task_no == task_no
    if deadline is not None or mid in {"000#113", "000#114"}:
        assert m.deadline == deadline
    for field, expected in (("lead", lead), ("responsible", responsible), ("assist", assist)):
        if expected is not None:
            assert getattr(m, field) == expected, field
    assert m.text.startswith(text_start)
    if where is not None:
        assert where in (m.section, m.subsection)


def test_multi_paragraph_measure_is_one_record(by_id):
    m = by_id["000#003"]
    assert m.text.count("\n") == 1 and "新增涉气建设项目" in m.text


def test_deadline_dates(by_id):
    assert str(by_id["000#001"].due) == "2026-12-31"
    assert by_id["000#227"].due is None  # 长期实施
    assert str(by_id["003#032"].due) == "2026-10-31"  # "10 月底"
    assert str(by_id["004#007"].due) == "2021-12-31"
    assert by_id["000#113"].deadline is None and by_id["000#113"].due is None  # empty cell


def test_no_unit_is_a_fragment_or_heading(parsed):
    units = {u for d in parsed.values() for m in d.measures for u in m.lead + m.responsible + m.assist}
    assert not {u for u in units if re.match(r"^(支队|中心|政府|事处|境局|理委|村局|管局|化局|革委|康委)$", u)}
    assert not {u for u in units if re.match(r"^[（(一二三四五六]", u) or "、" in u or u.endswith("等部门")}


def test_indicator_values(parsed):
    cells = {(i.table, i.entity, i.indicator): i.value for i in parsed["001"].indicators}
    assert cells[("附件4", "通州区", "累计环保绩效A、B级锅炉使用单位（家）")] == "75"
    assert cells[("附件4", "怀柔区", "优良天数比率（%）")] == "80"
    assert cells[("附件5", "大台街道", "2026年PM2.5目标值")] == "26"
    assert cells[("附件5", "清水镇", "2026年TSP值")] == "同比改善"
    # a cell wrapped over two lines, one merged across four 吨 columns, and merged down
    assert cells[("附件4", "东城区", "各区功能区声环境质量夜间达标率平均值（%）")] == "达到市级要求"
    assert cells[("附件4", "东城区", "TP重点工程累计减排量（吨）")] == "达到市级要求"
    assert cells[("附件4", "东城区", "危险废物填埋处置量占比（%）")] == "同比降低"
    assert cells[("附件4", "延庆区", "考核断面优良水体比例（%）")] == "达到市级要求"
    assert cells[("附件4", "朝阳区", "受污染耕地安全利用率（%）")] == "100"
    assert cells[("附件4", "北京经济技术开发区", "PM2.5年均浓度（微克/立方米）")] == "30"
    assert cells[("附件4", "北京经济技术开发区", "2026年注册登记货车新能源化率（%）")] == "-"


@pytest.mark.skipif(not EVAL.is_file(), reason="shared/eval is not beside this checkout")
def test_records_agree_with_every_gold_reference_of_the_dev_questions(by_id):
    """Each gold id holds its `contains` text; each attribute gold value is the record's field."""
    for line in EVAL.read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        for g in q["gold"]:
            if "id" in g:
                assert g["contains"] in by_id[g["id"]].text, (q["id"], g["id"])
        if q["type"] == "attribute":
            m, e = by_id[q["gold"][0]["id"]], q["expect"]
            value = getattr(m, e["field"])
            if e["field"] == "deadline":
                assert re.sub(r"\s", "", value) == re.sub(r"\s", "", e["value"]), q["id"]
            else:
                assert sorted(value) == sorted(e["value"]), q["id"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        ("一些普通的文字。\n没有表格。\n".encode(), "unknown layout"),
        ("附件1\n标题\n\t序号\n\t重点任务\n\t工作措施\n\t完成时限\n\t1\n\t任务\n\t措施\n".encode(), "header has 4 known columns"),
        ("附件1\n标题\n\t序号\n\t重点任务\n\t工作措施\n\t完成时限\n\t牵头单位\n\t协办单位\n\t1\n\t任务\n\t措施内容\n".encode(), "line 11"),
        ("附件1\n大气\n1.措施一。\n牵头单位：区生态环境局\n完成时限：年底前\n".encode("gbk"), "not UTF-8"),
        ("序号\t重点任务\t工作措施\t完成时限\t牵头部门\t主责单位\t协办单位\n1\t任务\t措施\n".encode(), "row has 3 cells"),
    ],
)
def test_bad_documents_get_a_clear_error_naming_file_and_line(tmp_path, content, message):
    path = tmp_path / "bad_plan.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as err:
        parse_file(path)
    assert "bad_plan.txt" in str(err.value) and message in str(err.value)


def test_plan_not_in_catalog_gets_issuer_and_year_from_its_text(tmp_path):
    src = (PLANS / "001_5b6a1652790837c7.txt").read_text(encoding="utf-8")
    path = tmp_path / "mentougou_copy.txt"
    path.write_text(src, encoding="utf-8")
    doc = parse_file(path)
    assert (doc.plan.issuer, doc.plan.year, len(doc.measures)) == ("门头沟区", 2026, 224)
    assert doc.measures[0].id == "mentougou_copy#001"
    assert parse_file(path, issuer="通州区", year=2027).plan.issuer == "通州区"


def test_layout_detection_reads_the_text_not_the_name():
    assert detect_layout(["x", "\t序号", "\t重点任务"]) == "word_table"
    assert detect_layout(["序号\t重点任务\t工作措施"]) == "pdf_table"
    assert detect_layout(["1.措施", "牵头单位：区水务局", "完成时限：年底前"]) == "paragraphs"
