from planbot.bot.answers import measure_json
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file


def test_measure_json_is_the_models_own_json_form():
    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    for path in sorted(plans.glob("*.txt")):
        for m in parse_file(path, catalog).measures:
            assert measure_json(m) == m.model_dump(mode="json")


def test_every_field_asked_gets_its_line_once():
    from planbot.bot.answers import attribute_lines
    from planbot.index.models import Measure

    m = Measure(id="000#001", doc="000_x.txt", issuer="大兴区", year=2026, text="推动搅拌站叉车新能源化。",
                deadline="年底前", lead=["区经济和信息化局"], assist=["区生态环境局"], line=1)
    assert attribute_lines(m, ("lead", "deadline")) == ["牵头单位：区经济和信息化局", "完成时限：年底前"]
    assert attribute_lines(m, ("any", "lead")) == ["牵头单位：区经济和信息化局", "协办单位：区生态环境局"]
    # a row that prints only 牵头单位 answers "who is responsible" with them, labelled as printed
    assert attribute_lines(m, ("responsible",)) == ["牵头单位：区经济和信息化局"]
    assert attribute_lines(m.model_copy(update={"lead": []}), ("responsible",)) == ["责任单位/主责单位：未列明"]
    both = m.model_copy(update={"responsible": ["清水镇"]})
    assert attribute_lines(both, ("responsible",)) == ["责任单位/主责单位：清水镇"]
    assert attribute_lines(m.model_copy(update={"deadline": None}), ("deadline",)) == ["完成时限：未列明"]


def test_a_field_the_plan_leaves_blank_is_an_abstention_that_says_so():
    from planbot.bot.answers import attribute_reply
    from planbot.index.models import Measure

    m = Measure(id="002#009", doc="002_x.txt", issuer="密云区", year=2026, text="持续实施白河等河道生态补水。",
                deadline="年底前", line=1)
    blank = attribute_reply(m, ("lead",), [m])
    assert blank.abstained and "没有找到" in blank.blocks[0] and "牵头单位" in blank.blocks[0]
    # one field printed of two asked: an answer, the blank one marked 未列明
    # the units the row does print follow: 协办 asked of a plan whose columns are 牵头 and 责任
    other = attribute_reply(m.model_copy(update={"lead": ["区水务局"], "responsible": ["各镇街"]}), ("assist",), [m])
    assert other.abstained and other.blocks[1:3] == ["牵头单位：区水务局", "责任单位/主责单位：各镇街"]
    both = attribute_reply(m, ("lead", "deadline"), [m])
    assert not both.abstained and both.blocks[:2] == ["牵头单位：未列明", "完成时限：年底前"]
    # a plan that has no 协办 column at all (its rows print 牵头 and 责任): who helps is its 责任单位
    mtg = attribute_reply(m.model_copy(update={"lead": ["区水务局"], "responsible": ["各镇街"]}), ("assist",), [m],
                          columns={"lead", "responsible"})
    assert not mtg.abstained and mtg.blocks[0] == "责任单位/主责单位：各镇街"
    # 牵头是谁 配合的有谁 of a row that leaves 协办 blank (北京市: 牵头部门, 主责单位, 协办单位): the
    # 主责 units printed beside the lead follow the blank, they are the ones doing the work
    bj = m.model_copy(update={"lead": ["市城市管理委"], "responsible": ["各区政府"]})
    helped = attribute_reply(bj, ("lead", "assist"), [bj], columns={"lead", "responsible", "assist"})
    assert not helped.abstained
    assert helped.blocks[:3] == ["牵头单位：市城市管理委", "协办单位：未列明", "责任单位/主责单位：各区政府"]
    # nothing blank: only the fields asked
    full = attribute_reply(bj.model_copy(update={"assist": ["市公安局"]}), ("lead", "assist"), [bj])
    assert full.blocks[:2] == ["牵头单位：市城市管理委", "协办单位：市公安局"] and "主责" not in full.blocks[2]


def test_an_indicator_value_carries_the_unit_its_column_names():
    from planbot.bot.answers import indicator_value
    from planbot.index.models import Indicator

    def cell(name, value):
        return Indicator(id="001@1", doc="001_x.txt", issuer="门头沟区", year=2026, table="附件4", entity="密云区",
                         indicator=name, value=value, line=1)

    assert indicator_value(cell("农村环境整治成效巩固（个）", "8")) == "8个"
    assert indicator_value(cell("优良天数比率（%）", "80")) == "80%"
    assert indicator_value(cell("PM2.5年均浓度（微克/立方米）", "26")) == "26微克/立方米"
    assert indicator_value(cell("考核断面优良水体比例（%）", "达到市级要求")) == "达到市级要求"  # words stay as printed
    assert indicator_value(cell("2026年PM2.5目标值", "19")) == "19"


def test_an_item_of_the_last_list_answers_with_the_value_first():
    from planbot.bot import messages as msg
    from planbot.bot.answers import attribute_reply
    from planbot.index.models import Measure

    m = Measure(id="000#001", doc="000_x.txt", issuer="大兴区", year=2026, text="推动搅拌站叉车新能源化。",
                deadline="年底前", lead=["区经济和信息化局"], assist=["区生态环境局"], line=1)
    reply = attribute_reply(m, ("assist",), [m], quote=msg.ITEM_QUOTE.format(n=3, text="{text}"))
    assert reply.title == "" and reply.blocks[0] == "协办单位：区生态环境局"
    assert reply.blocks[1].startswith("第3项") and "推动搅拌站叉车新能源化" in reply.blocks[1]


def test_a_unit_asked_yes_or_no_is_answered_after_the_printed_field():
    from planbot.bot.answers import attribute_reply
    from planbot.index.models import Measure
    from planbot.index.units import UnitMention

    m = Measure(id="000#082", doc="000_x.txt", issuer="大兴区", year=2026, text="发挥“河长制”统筹作用。",
                deadline="年底前", lead=["区水务局", "区生态环境局"], assist=["区农业农村局"], line=1)
    water = UnitMention(text="水务局", start=0, end=3, keys=("区水务局",), names=frozenset({"区水务局"}))
    farm = UnitMention(text="农业农村局", start=0, end=5, keys=("区农业农村局",), names=frozenset({"区农业农村局"}))
    parks = UnitMention(text="园林局", start=0, end=3, keys=("区园林绿化局",), names=frozenset({"区园林绿化局"}))
    yes = attribute_reply(m, ("lead",), [m], checked=water)
    assert yes.blocks[:2] == ["牵头单位：区水务局、区生态环境局", "是，区水务局是这条措施的牵头单位。"]
    # not that unit: the printed field stays first, then 不是, and the role the unit does hold
    no = attribute_reply(m, ("lead",), [m], checked=farm)
    assert no.blocks[:2] == ["牵头单位：区水务局、区生态环境局", "不是，区农业农村局不是这条措施的牵头单位，是协办单位。"]
    absent = attribute_reply(m, ("lead",), [m], checked=parks)
    assert absent.blocks[1] == "不是，区园林绿化局不是这条措施的牵头单位。"
    # a deadline asked of no unit: no verdict
    assert attribute_reply(m, ("deadline",), [m], checked=water).blocks[1].startswith("措施")
