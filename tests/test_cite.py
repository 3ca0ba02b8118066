"""Citations and short forms: pure, and never altering the plan's words."""
from planbot.bot.cite import citation, excerpt, plan_tag, shorten
from planbot.index.models import Measure

TEXT = "推动重点行业企业新增车辆采用新能源。推动搅拌站叉车基本实现新能源化。全区累计非道路移动机械新能源化率达到35%。"


def measure(**kw) -> Measure:
    base = dict(id="000#013", doc="000_x.txt", issuer="大兴区", year=2026, attachment="附件1",
                plan_title="持续污染防治攻坚2026年行动计划", section="一、共筑美丽蓝天", subsection="（二）推动车（械）新能源化促结构减排",
                task_no="4", text=TEXT, line=197)
    return Measure(**{**base, **kw})


def test_citation_names_plan_issuer_year_attachment_section_item():
    assert citation(measure()).label == (
        "《持续污染防治攻坚2026年行动计划》（大兴区 2026）附件1 · 一、共筑美丽蓝天 · （二）推动车（械）新能源化促结构减排 · 第4项"
    )
    assert citation(measure(), detail=False).label == "《持续污染防治攻坚2026年行动计划》（大兴区 2026）附件1"
    assert plan_tag(measure()) == "大兴区2026 附件1 第4项"


def test_shorten_keeps_whole_sentences_or_cuts_with_an_ellipsis():
    assert shorten(TEXT, 40) == "推动重点行业企业新增车辆采用新能源。推动搅拌站叉车基本实现新能源化。"
    assert shorten(TEXT, 10) == "推动重点行业企业新增…"
    assert shorten("", 10) == ""


def test_excerpt_starts_at_the_sentence_that_answers():
    assert excerpt(TEXT, ["非道路移动机械", "新能源化率"], 80) == "…全区累计非道路移动机械新能源化率达到35%。"
    assert excerpt(TEXT, ["重点行业"], 20) == shorten(TEXT, 20)
    assert excerpt(TEXT, ["食堂"], 20) == shorten(TEXT, 20)
    for piece in excerpt(TEXT, ["叉车"], 80).strip("…").split("。"):
        assert piece in TEXT
