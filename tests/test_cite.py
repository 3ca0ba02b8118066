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


LONG = ("在项目设计、审核、施工等环节推广使用温拌沥青，推动新建市属、区属公路和城市道路基本应用温拌沥青，"
        "道路养护项目逐步提升温拌沥青使用比例，温拌沥青使用比例较上一年度提升5个百分点；推广沥青混合料密闭式新能源车。")
PAINT = ("区住房城乡建设、交通等行业主管部门按照不低于15%的比例对施工工地开展抽检，其中对防水、地坪、防腐、防火等涂料"
         "以及胶粘剂、密封胶、美缝剂等类的抽检比例不低于涂料及胶类产品总量的70%。")


def test_a_quote_keeps_the_number_it_was_asked_for():
    assert "提升5个百分点" in excerpt(LONG, ["温拌沥青", "较上一年度"], 60)
    quote = excerpt(PAINT, ["涂料", "抽检比例"], 80)
    assert "70%" in quote and quote.startswith("…") and quote.strip("…") in PAINT
    assert excerpt(LONG, ["温拌沥青"], 30).startswith("在项目设计")  # words near the opening: from the opening


def test_a_cut_never_splits_a_number():
    text = "全区累计非道路移动机械新能源化率达到35.5%，其余按计划推进。"
    for limit in range(15, 30):
        cut = shorten(text, limit)
        assert "35.5%" in cut or "3" not in cut, (limit, cut)
