"""Follow-up rules alone: the real parser and unit directory of the sample plans, no model."""
from __future__ import annotations

from datetime import date

import pytest

from planbot.bot import followup
from planbot.bot.followup import BindScope, ItemAsk, NeedsContext, Reask, Similar
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.index.units import UnitDirectory
from planbot.retrieval.query import Query, parse_query

TODAY = date(2026, 11, 30)
EDITIONS = frozenset({("大兴区", 2026), ("大兴区", 2021), ("门头沟区", 2026), ("密云区", 2026), ("北京市", 2026)})
ISSUERS = sorted({i for i, _ in EDITIONS})
DAXING = {"issuer": "大兴区", "year": 2026}


@pytest.fixture(scope="module")
def units() -> UnitDirectory:
    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    return UnitDirectory.from_measures(m for path in sorted(plans.glob("*.txt")) for m in parse_file(path, catalog).measures)


@pytest.fixture(scope="module")
def ctx(units) -> followup.Context:
    return followup.Context(editions=EDITIONS, parse=lambda text, scope: parse(units, text, scope))


def parse(units: UnitDirectory, text: str, scope: dict | None = None) -> Query:
    return parse_query(text, scope, TODAY, units, issuers=ISSUERS)


def read(units, ctx, text: str, last: str | Query | None, scope: dict | None = None):
    before = parse(units, last, scope or DAXING) if isinstance(last, str) else last
    return followup.read(parse(units, text, scope or DAXING), before, ctx)


def test_a_place_changes_the_plan_and_keeps_the_rest(units, ctx):
    move = read(units, ctx, "那门头沟呢", "区水务局牵头哪些措施？")
    assert isinstance(move, Reask) and move.changed == ("place",)
    q = move.query
    assert (q.intent, q.issuer, q.year, q.role) == ("dept_list", "门头沟区", 2026, "lead")
    assert [u.label for u in q.units] == ["区水务局"]
    city = read(units, ctx, "市里呢", "区水务局牵头哪些措施？").query
    assert city.issuer == "北京市" and [u.label for u in city.units] == ["市水务局"]
    back = read(units, ctx, "那大兴呢", city).query
    assert back.issuer == "大兴区" and [u.label for u in back.units] == ["区水务局"]
    assert read(units, ctx, "密云的呢", "区城管委9月底前要完成什么").query.issuer == "密云区"


@pytest.mark.parametrize("text", ["密云那边呢", "那密云这块儿呢", "密云那里的呢？", "换到密云那头"])
def test_there_after_a_place_is_no_topic(units, ctx, text):
    """那边/这块儿 point at the place just named; its 那 is no opener leaving 边 as a new topic."""
    move = read(units, ctx, text, "秸秆焚烧执法谁牵头")
    assert isinstance(move, Reask) and move.changed == ("place",)
    assert move.query.issuer == "密云区" and move.query.content == "秸秆焚烧执法"


def test_a_year_reads_the_deadline_again_for_that_plan(units, ctx):
    q = read(units, ctx, "21年的呢", "区水务局6月底前要完成什么", {"issuer": "大兴区"}).query
    assert q.year == 2021 and q.deadline.end == date(2021, 6, 30)
    assert read(units, ctx, "2021年的呢", "施工扬尘谁牵头").query.year == 2021


def test_a_place_keeps_the_year_only_where_that_plan_exists(units, ctx):
    q = read(units, ctx, "那门头沟呢", "区水务局牵头哪些", {"issuer": "大兴区", "year": 2021}).query
    assert q.issuer == "门头沟区" and q.year is None


def test_a_role_changes_the_list_or_the_field_asked(units, ctx):
    listed = read(units, ctx, "那配合的呢", "区生态环境局牵头哪些措施").query
    assert (listed.intent, listed.role) == ("dept_list", "assist")
    asked = read(units, ctx, "牵头的呢", "施工扬尘谁配合").query
    assert (asked.intent, asked.attribute_field, asked.fields) == ("attribute", "lead", ("lead",))
    topic = read(units, ctx, "那配合的呢", "道路扬尘有什么措施").query
    assert topic.intent == "attribute" and topic.attribute_field == "assist"


def test_a_unit_replaces_the_unit(units, ctx):
    q = read(units, ctx, "那区城管委呢", "区水务局牵头哪些措施").query
    assert [u.label for u in q.units] == ["区城市管理委"] and q.role == "lead"
    asked = read(units, ctx, "城管委的呢", "区水务局负责的河道保洁谁配合").query
    assert "城管委" in asked.content and "水务局" not in asked.content


def test_a_unit_alone_stays_in_the_plan_asked_and_is_read_as_that_plan_names_it(units, ctx):
    none = {"issuer": None}  # a chat with no plan of its own: the first question named the district
    last = parse(units, "门头沟水务局牵头哪些", none)
    for text in ("城管委呢", "换个城管委", "那住建委的呢", "换成城管委", "改成住建委看看", "要是交通局呢"):
        q = read(units, ctx, text, last, none).query
        assert q.issuer == "门头沟区" and all(n.startswith("区") for u in q.units for n in u.names), text


def test_changing_the_place_with_a_verb(units, ctx):
    for text in ("换密云的", "改成密云", "换到密云区"):
        assert read(units, ctx, text, "区水务局牵头哪些").query.issuer == "密云区", text


def test_a_deadline_makes_a_deadline_list_for_the_same_unit(units, ctx):
    q = read(units, ctx, "9月底前的呢", "区城管委牵头哪些").query
    assert q.intent == "deadline_list" and q.deadline.end == date(2026, 9, 30) and q.role == "lead"
    for bare in ("9月底前的有哪些", "9月底前要完成的有哪些？", "三季度的"):  # no 那 / 呢, nothing but the deadline
        q = read(units, ctx, bare, "区城管委牵头哪些").query
        assert [u.label for u in q.units] == ["区城市管理委"]
        assert q.intent == "deadline_list" and q.role == "lead"
    assert read(units, ctx, "9月底前的有哪些", "施工扬尘谁牵头") is None  # no list before: a question of its own
    year_end = read(units, ctx, "年底前的呢", "区水务局6月底前要完成什么").query
    assert year_end.deadline.end == date(2026, 12, 31) and year_end.units[0].label == "区水务局"


def test_asking_words_around_the_slot_are_no_topic(units, ctx):
    assert read(units, ctx, "那9月底前要完成的呢", "区城管委牵头哪些").query.deadline.end == date(2026, 9, 30)
    assert read(units, ctx, "那门头沟的任务有哪些", "区城管委牵头哪些").query.issuer == "门头沟区"


def test_new_words_keep_the_question_kind(units, ctx):
    q = read(units, ctx, "那道路扬尘呢", "施工扬尘谁牵头").query
    assert (q.intent, q.attribute_field, q.content, q.issuer) == ("attribute", "lead", "道路扬尘", "大兴区")
    table = read(units, ctx, "优良天数呢", "门头沟PM2.5目标是多少", {}).query
    assert (table.intent, table.entity, table.indicator_terms) == ("indicator", "门头沟区", ("优良天数",))
    assert read(units, ctx, "道路扬尘呢", "区城管委牵头哪些") is None  # after a list: a question of its own


def test_new_words_in_another_place(units, ctx):
    table = read(units, ctx, "那密云的优良天数呢", "门头沟PM2.5目标是多少", {}).query
    assert (table.intent, table.entity, table.indicator_terms) == ("indicator", "密云区", ("优良天数",))
    asked = read(units, ctx, "那门头沟的道路扬尘呢", "施工扬尘谁牵头").query
    assert (asked.intent, asked.issuer, asked.content, asked.attribute_field) == ("attribute", "门头沟区", "道路扬尘", "lead")
    # a measure's whole name (10 characters once 与 is out) in another year is still that field asked of it
    named = read(units, ctx, "今年建筑垃圾管理与服务平台呢", "21年渣土车闭环管理谁牵头").query
    assert (named.intent, named.year, named.content, named.attribute_field) == ("attribute", 2026, "建筑垃圾管理服务平台", "lead")


def test_the_same_asked_of_another_place_yes_or_no(units, ctx):
    """"密云也要吗" / "门头沟有这个要求吗" after a topic answer: the same question in that plan."""
    for text in ("密云也要吗", "门头沟有这个要求吗", "那门头沟也是这样吗"):
        move = read(units, ctx, text, "大兴公园割草机要换电动的吗")
        assert isinstance(move, Reask) and move.changed == ("place",), text
        assert move.query.content == "公园割草机要换电动的吗" and move.query.issuer != "大兴区", text


def test_a_field_named_with_an_aspect_word_or_asked_how_it_goes(units, ctx):
    """"那扬尘方面呢" / "扬尘那块咋样": the same question about 扬尘, in the place asked before."""
    for text in ("那扬尘方面呢", "扬尘那块咋样", "扬尘领域怎么样"):
        q = read(units, ctx, text, "密云饭店油烟咋管").query
        assert (q.intent, q.content, q.issuer) == ("topic", "扬尘", "密云区"), text


def test_a_town_of_another_district_moves_to_its_plan(units, ctx):
    q = read(units, ctx, "那大峪街道呢", "区城管委牵头哪些", DAXING).query
    assert q.issuer == "门头沟区" and [u.label for u in q.units] == ["大峪街道"]


@pytest.mark.parametrize(
    ("text", "number", "fields"),
    [("第3项谁配合", 3, ("assist",)), ("第二条什么时候完成", 2, ("deadline",)), ("第十二项的具体内容", 12, ()),
     ("第2条的全文", 2, ()), ("最后一项谁牵头", followup.LAST, ("lead",)), ("倒数第二条谁配合", -2, ("assist",)),
     # a role column named after the item with no asking word
     ("第4项协办", 4, ("assist",)), ("第一个的协办单位有几个", 1, ("assist",)), ("第3条牵头单位", 3, ("lead",))],
)
def test_an_item_of_the_last_answer(units, ctx, text, number, fields):
    assert read(units, ctx, text, "区水务局牵头哪些措施") == ItemAsk(number, fields)


@pytest.mark.parametrize(("text", "number", "relative", "fields"),
                         [("这条谁牵头", 1, 0, ("lead",)), ("这个什么时候完成", 1, 0, ("deadline",)),
                          ("那这条啥时候完", 1, 0, ("deadline",)), ("下一条谁配合", 2, 1, ("assist",)),
                          ("下一项呢", 2, 1, ()), ("上一个谁牵头", 0, -1, ("lead",)),
                          ("刚才说的那个啥时候截止", 1, 0, ("deadline",)), ("上面提到的这条谁配合", 1, 0, ("assist",))])
def test_an_item_named_from_the_one_talked_about(units, ctx, text, number, relative, fields):
    """这条 / 下一条 / 上一个: where the item stands from the one talked about (the bot knows which;
    `number` is what it means when none was: 这条 the first)."""
    move = read(units, ctx, text, "区水务局牵头哪些措施")
    assert isinstance(move, ItemAsk) and (move.number, move.relative, move.fields) == (number, relative, fields)


@pytest.mark.parametrize("text", ["下个月要完成哪些", "下一个月到期的有哪些", "上个月的呢"])
def test_next_month_is_no_next_item(units, ctx, text):
    assert not isinstance(read(units, ctx, text, "区水务局牵头哪些措施"), ItemAsk)


@pytest.mark.parametrize(("text", "fields"), [("啥时候到期", ("deadline",)), ("那截止日期呢", ("deadline",)),
                                             ("主责单位是谁", ("responsible",)), ("哪些部门配合", ("assist",)),
                                             ("who is in charge?", ("main",)), ("when is it due?", ("deadline",)),
                                             ("what's the deadline", ("deadline",)), ("who leads it?", ("lead",)),
                                             # the measure pointed at: in English, 这事, 截止到
                                             ("who leads this?", ("lead",)), ("when is that one due?", ("deadline",)),
                                             ("这事归谁管", ("main",)), ("截止到啥时候", ("deadline",)),
                                             ("有没有协办单位", ("assist",)), ("那哪个部门管这个事", ("main",)),
                                             # asked politely or again: 麻烦问下 / 来着 / 具体 / 那个
                                             ("麻烦问下这个谁负责", ("main",)), ("那个谁牵头来着", ("lead",)),
                                             ("具体哪个科室负责", ("main",)), ("那个完成时限", ("deadline",)),
                                             ("deadline呢", ("deadline",)), ("牵头局是哪个", ("lead",))])
def test_a_field_alone_asks_about_the_measure_just_shown(units, ctx, text, fields):
    assert read(units, ctx, text, "河长制谁牵头") == ItemAsk(1, fields, relative=0)
    # which of the list: the item talked about, else asked back
    assert read(units, ctx, text, "区城管委牵头哪些") == ItemAsk(None, fields, relative=0)
    assert isinstance(read(units, ctx, text, None), NeedsContext)


@pytest.mark.parametrize(("text", "number", "fields"), [("who assists no. 2?", 2, ("assist",)),
                                                      ("the 3rd one, when is it due", 3, ("deadline",)),
                                                      ("item 4 deadline", 4, ("deadline",)),
                                                      ("who leads the second one?", 2, ("lead",)),
                                                      ("last one, who leads", followup.LAST, ("lead",))])
def test_an_item_named_in_english(units, ctx, text, number, fields):
    assert read(units, ctx, text, "区水务局牵头哪些措施") == ItemAsk(number, fields)
    assert isinstance(read(units, ctx, text, None), NeedsContext)


def test_a_number_that_is_no_item_is_a_question_of_its_own(units, ctx):
    """A document number (京政发〔2025〕7号) or a count is no item of the list."""
    assert not isinstance(read(units, ctx, "who leads the No. 7 notice on machinery", "区水务局牵头哪些措施"), ItemAsk)


@pytest.mark.parametrize(("text", "field"), [("有配合单位吗", "assist"), ("这个有协办单位吗", "assist"), ("有协办的没", "assist"),
                                             ("有没有责任单位", "responsible")])
def test_whether_a_role_is_filled_asks_that_field(units, ctx, text, field):
    assert read(units, ctx, text, "河长制谁牵头") == ItemAsk(1, (field,), relative=0)
    assert isinstance(read(units, ctx, text, None), NeedsContext)
    # a topic named with it is a question of its own
    assert read(units, ctx, "秸秆焚烧有配合单位吗", "河长制谁牵头") is None


def test_the_next_item_asks_what_was_asked_before(units, ctx):
    assert read(units, ctx, "那第2条呢", "区水务局牵头哪些措施") == ItemAsk(2, (), again=True)


@pytest.mark.parametrize("text", ["第7条展开说说", "这一项的全部内容", "第二项介绍一下"])
def test_asking_for_the_whole_item(units, ctx, text):
    assert read(units, ctx, text, "区城管委牵头哪些").fields == ()


@pytest.mark.parametrize(("text", "number"), [("第4条的原文转我一下", 4), ("麻烦把第三项贴出来", 3), ("给我发第1项", 1),
                                             ("第5个写了啥", 5), ("这条完整的发群里", 1), ("第2项再详细一点", 2)])
def test_asking_to_be_sent_an_item_is_the_whole_item(units, ctx, text, number):
    move = read(units, ctx, text, "区园林绿化局牵头哪些")
    assert isinstance(move, ItemAsk) and (move.number, move.fields) == (number, ())


@pytest.mark.parametrize("text", ["发改委牵头哪些", "把扬尘治理的措施发我"])
def test_sending_words_alone_are_no_item(units, ctx, text):
    assert not isinstance(read(units, ctx, text, "区园林绿化局牵头哪些"), ItemAsk)


@pytest.mark.parametrize("text", ["区水务局牵头哪些措施？", "这个月要完成哪些任务？", "那渣土车归谁管？", "门头沟的PM2.5目标呢",
                                  "渣土车归谁管呢"])
@pytest.mark.parametrize("last", ["区城管委牵头哪些", "施工扬尘谁牵头"])
def test_a_question_of_its_own_is_not_a_follow_up(units, ctx, text, last):
    assert read(units, ctx, text, last) is None


def test_without_an_earlier_question(units, ctx):
    for text in ("那门头沟呢", "21年的呢", "第3项谁配合", "那配合的呢"):
        assert isinstance(read(units, ctx, text, None), NeedsContext), text
    assert read(units, ctx, "区水务局牵头的", None) is None  # a question of its own


def test_binding_a_group(units, ctx):
    assert read(units, ctx, "本群是大兴区2026", None, {}) == BindScope("大兴区", 2026, ())
    assert read(units, ctx, "本群是门头沟区的", "施工扬尘谁牵头", {}) == BindScope("门头沟区", None, ())
    assert read(units, ctx, "我们群是密云的哈", None, {}) == BindScope("密云区", None, ())  # a closing particle
    assert read(units, ctx, "本群是海淀区的", None, {}) == BindScope(None, None, ("海淀区",))
    assert read(units, ctx, "设置 区：门头沟 年份：2026", None, {}) == BindScope("门头沟区", 2026, ())
    assert read(units, ctx, "本群是做什么的", None, {}) is None
    assert read(units, ctx, "群里有人问大兴区渣土车归谁管", None, {}) is None
    # in English
    assert read(units, ctx, "this group is Miyun", None, {}) == BindScope("密云区", None, ())
    assert read(units, ctx, "this chat is for Mentougou 2026", None, {}) == BindScope("门头沟区", 2026, ())
    assert not isinstance(read(units, ctx, "this group is great", None, {}), BindScope)


def test_a_place_without_a_plan(units, ctx):
    q = read(units, ctx, "那海淀呢", "区水务局牵头哪些措施").query
    assert q.missing_places == ("海淀区",) and q.issuer == "大兴区"  # said, never widened
    after = read(units, ctx, "那海淀呢", read(units, ctx, "那门头沟呢", "区水务局牵头哪些措施").query).query
    assert after.missing_places == ("海淀区",) and after.issuers == ()  # 门头沟 was the last place, not this one
    assert followup.missing_places(parse(units, "海淀区渣土车归谁管", DAXING), ISSUERS) == ("海淀区",)
    assert followup.missing_places(parse(units, "大兴区渣土车归谁管", DAXING), ISSUERS) == ()


def test_the_remembered_question_survives_json(units):
    import json

    q = parse(units, "区水务局6月底前要完成什么", DAXING)
    assert Query.model_validate(json.loads(json.dumps(q.model_dump(mode="json")))) == q


@pytest.mark.parametrize(("word", "n"), [("3", 3), ("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("二十一", 21)])
def test_ordinal(word, n):
    assert followup.ordinal(word) == n


@pytest.mark.parametrize(("text", "issuer"), [("通州有没有", "通州区"), ("密云有吗", "密云区"), ("what about Mentougou?", "门头沟区"),
                                              ("and Miyun", "密云区"), ("看一下门头沟", "门头沟区"), ("密云咧", "密云区"),
                                              ("门头沟的也列一下", "门头沟区"), ("那市里的也发一下", "北京市"),
                                              ("same for Mentougou", "门头沟区"), ("and the same for Miyun?", "密云区"),
                                              ("同样的问题问密云", "密云区"), ("一样的问题，门头沟呢", "门头沟区"),
                                              ("密云也问一下", "密云区"), ("same question for Miyun", "密云区")])
def test_other_ways_of_moving_a_list_to_another_place(units, ctx, text, issuer):
    q = read(units, ctx, text, "区城管委牵头哪些措施").query
    assert issuer in (q.issuer, *q.missing_places) and q.intent == "dept_list" and q.role == "lead"


@pytest.mark.parametrize(("text", "role"), [("只看牵头的", "lead"), ("光要协办的", "assist"), ("作为配合单位的有哪些", "assist"),
                                            ("主责的有没有", "responsible"), ("only the ones it leads", "lead"),
                                            ("它当责任单位的有哪些", "responsible"), ("当协办单位的呢", "assist"),
                                            ("just lead", "lead"), ("assist only", "assist")])
def test_narrowing_or_changing_the_role(units, ctx, text, role):
    q = read(units, ctx, text, "区交通局参与哪些措施", {"issuer": "密云区", "year": 2026}).query
    assert q.role == role and [u.label for u in q.units] == ["区交通局"] and q.issuer == "密云区"


@pytest.mark.parametrize("text", ["其中持续推进的", "这些里面年底前的有几条", "这些当中10月底前的", "其中完成时限是长期实施的有多少",
                                  "持续推进的有哪几条", "长期实施的是哪几项", "这里面年底前的几项", "里头长期的有哪些",
                                  "那年底前要干完的有哪些"])
def test_a_deadline_within_the_last_list_keeps_its_unit(units, ctx, text):
    q = read(units, ctx, text, "区农业农村局牵头的措施").query
    assert q.intent == "deadline_list" and q.deadline is not None and [u.label for u in q.units] == ["区农业农村局"]


def test_two_roles_or_units_at_once_but_never_two_places(units, ctx):
    assert read(units, ctx, "配合或者牵头的都要", "区商务局牵头哪些措施").query.role == "any"
    assert read(units, ctx, "and the ones it supports?", "区商务局牵头哪些措施").query.role == "assist"
    both = read(units, ctx, "那园林局和交通局呢", "区商务局牵头哪些措施").query
    assert [u.label for u in both.units] == ["区园林绿化局", "区交通局"]
    assert not isinstance(read(units, ctx, "门头沟和密云呢", "区商务局牵头哪些措施"), Reask)  # one plan can't answer both
    assert read(units, ctx, "换成二零二一", "区商务局牵头哪些措施").query.year == 2021


def test_a_bare_name_right_after_a_list_asks_that_list_again(units, ctx):
    assert [u.label for u in read(units, ctx, "园林绿化局", "区商务局牵头哪些措施").query.units] == ["区园林绿化局"]
    assert read(units, ctx, "延庆", "区商务局牵头哪些措施").query.missing_places == ("延庆区",)
    assert read(units, ctx, "二一年的", "区商务局牵头哪些措施").query.year == 2021
    assert read(units, ctx, "园林绿化局", "施工扬尘谁牵头") is None  # after a content answer: a question of its own



@pytest.mark.parametrize(("text", "issuer", "year"), [("密云？", "密云区", 2026), ("Miyun?", "密云区", 2026),
                                                      ("in Mentougou?", "门头沟区", 2026), ("21年？", "大兴区", 2021)])
def test_a_bare_place_or_year_after_a_content_answer_asks_the_same_there(units, ctx, text, issuer, year):
    move = read(units, ctx, text, "秸秆焚烧执法谁牵头")
    assert isinstance(move, Reask) and (move.query.issuer, move.query.year) == (issuer, year)
    assert move.query.content == "秸秆焚烧执法" and move.query.fields == ("lead",)
    assert isinstance(read(units, ctx, "海淀？", "秸秆焚烧执法谁牵头"), Reask)  # no plan there: said so
    assert read(units, ctx, "密云扬尘", "秸秆焚烧执法谁牵头") is None  # a topic of its own


def test_a_district_typed_by_sound_is_read_as_that_district(units):
    from planbot.index import places

    from planbot.retrieval.tokenize import Tokenizer

    words = Tokenizer()
    ctx = followup.Context(editions=EDITIONS, parse=lambda text, scope: parse(units, text, scope),
                           respell=lambda text, district: places.load().respell(text, words.knows, district),
                           respell_words=places.load().respell)
    assert read(units, ctx, "那门头钩的呢", "区商务局牵头哪些措施").query.issuer == "门头沟区"
    assert read(units, ctx, "蜜云呢？", "区商务局牵头哪些措施").query.issuer == "密云区"
    assert read(units, ctx, "那统州呢", "区商务局牵头哪些措施").query.missing_places == ("通州区",)
    assert read(units, ctx, "那大型的呢", "施工扬尘谁牵头").changed == ("content",)  # a word, not a place
    # after a question that named its place, the word sounding like a district is the next place
    assert read(units, ctx, "那大型呢", "门头沟扬尘怎么管控").query.issuer == "大兴区"
    town = read(units, ctx, "清水呢", "区水务局牵头哪些", {"issuer": "门头沟区", "year": 2026}).query
    assert [u.label for u in town.units] == ["清水镇"] and town.issuer == "门头沟区"


def test_the_last_item_and_a_mistyped_counter(units, ctx):
    assert read(units, ctx, "最后那条具体说的啥", "区商务局牵头哪些措施") == ItemAsk(followup.LAST, ())
    assert read(units, ctx, "最后这个谁协办", "区商务局牵头哪些措施") == ItemAsk(followup.LAST, ("assist",))
    assert read(units, ctx, "第二跳什么时候完成", "区商务局牵头哪些措施") == ItemAsk(2, ("deadline",))


def test_city_level_alone_is_the_city_plan(units, ctx):
    assert read(units, ctx, "市级的呢", "秸秆焚烧谁牵头", {"issuer": "门头沟区", "year": 2026}).query.issuer == "北京市"
    assert parse(units, "按照市级统一部署的有哪些", DAXING).issuers == ()  # 市级 inside a phrase is no place


def test_a_quoted_measure_with_this_one_is_a_question_of_its_own(units, ctx):
    assert read(units, ctx, "“推进农村生活污水治理”这项谁牵头？", None) is None


def test_a_list_asked_of_every_plan_moves_from_the_city_to_a_district(units, ctx):
    q = read(units, ctx, "那门头沟的呢", "市水务局牵头哪些措施", {}).query
    assert q.issuer == "门头沟区" and [u.label for u in q.units] == ["区水务局"]


@pytest.mark.parametrize("asked, reply, unit", [
    ("区住委牵头哪些", "区住房城乡建设委", "区住房城乡建设委"),  # one of "是指区住房城乡建设委、区交通局、…中的哪一个？"
    ("区住委牵头哪些", "第2个", "区交通局"),
    ("区住委牵头哪些", "就是第一个吧", "区住房城乡建设委"),
    ("区民政厅牵头哪些", "对", "区民政局"),  # "是指区民政局吗？": yes takes it
])
def test_a_confirmed_unit_re_asks_the_question_about_it(units, ctx, asked, reply, unit):
    before = parse(units, asked, DAXING)
    near = before.unknown_units[0].suggestions
    assert not before.units and near
    move = followup.read(parse(units, reply, DAXING), before, ctx)
    assert isinstance(move, Reask) and move.changed == ("unit",)
    assert (move.query.intent, move.query.role, move.query.issuer) == ("dept_list", "lead", "大兴区")
    assert [u.label for u in move.query.units] == [unit] and not move.query.unknown_units


def test_a_yes_to_several_names_or_a_reply_after_a_known_unit_is_no_confirmation(units, ctx):
    several = parse(units, "区住委牵头哪些", DAXING)
    assert followup.read(parse(units, "是的", DAXING), several, ctx) is None
    assert not isinstance(read(units, ctx, "第2个", "区水务局牵头哪些"), Reask)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [("不对，我问的是门头沟", "门头沟区"), ("搞错了 是密云的", "密云区"), ("不是大兴，是门头沟", "门头沟区"),
     ("是密云不是大兴", "密云区"), ("不好意思打错了，北京市的", "北京市"), ("sorry, I meant Miyun", "密云区"),
     ("我说的是门头沟区", "门头沟区"), ("不是，我问的是密云", "密云区")],
)
def test_a_correction_moves_the_last_question_to_the_place_meant(units, ctx, text, issuer):
    for last in ("施工扬尘谁牵头", "区水务局牵头哪些措施"):
        move = read(units, ctx, text, last)
        assert isinstance(move, Reask) and move.query.issuer == issuer, (text, last)
        assert move.query.intent == parse(units, last, DAXING).intent


def test_a_correction_of_the_unit_the_year_or_the_role(units, ctx):
    assert [u.label for u in read(units, ctx, "不对 是区城管委", "区水务局牵头哪些措施").query.units] == ["区城市管理委"]
    assert read(units, ctx, "搞错了，21年的", "区水务局牵头哪些措施").query.year == 2021
    assert read(units, ctx, "不对，我想问配合的", "区水务局牵头哪些措施").query.role == "assist"


def test_a_correction_that_is_a_whole_question_asks_it_without_the_apology(units, ctx):
    move = read(units, ctx, "不对，我问的是黑臭水体谁管", "区水务局牵头哪些措施")
    assert isinstance(move, Reask) and move.query.intent == "attribute"
    assert "不对" not in move.query.content and "黑臭水体" in move.query.content


@pytest.mark.parametrize("text", ["不对", "搞错了", "不是这个意思吗", "不对吧，这个数不对", "这个不是大兴的吗"])
def test_a_bare_no_or_a_complaint_is_no_correction(units, ctx, text):
    assert read(units, ctx, text, "区水务局牵头哪些措施") is None


def test_a_correction_needs_something_to_correct(units, ctx):
    assert not isinstance(read(units, ctx, "不对，我问的是门头沟", None), Reask)


@pytest.mark.parametrize("text", ["第2项还有谁一起", "第三条还有哪些单位", "最后一个跟谁一块儿干"])
def test_who_else_on_an_item_asks_every_unit(units, ctx, text):
    move = read(units, ctx, text, "区水务局牵头哪些措施")
    assert isinstance(move, ItemAsk) and move.fields == ("any",)


@pytest.mark.parametrize("text", ["还有谁一起", "跟哪些单位一起搞"])
def test_who_else_after_one_measure_asks_about_it(units, ctx, text):
    assert read(units, ctx, text, "秸秆焚烧谁管") == ItemAsk(1, ("any",), relative=0)


@pytest.mark.parametrize(("text", "role"), [("那配合的有哪些", "assist"), ("主责的是哪些", "responsible"),
                                            ("牵头的都有啥", "lead")])
def test_a_role_with_its_de_after_a_list_is_that_list_for_the_role(units, ctx, text, role):
    move = read(units, ctx, text, "区城管委6月底前要完成什么")
    assert isinstance(move, Reask) and move.changed == ("role",)
    assert (move.query.intent, move.query.role) == ("deadline_list", role) and move.query.deadline is not None


@pytest.mark.parametrize(("text", "number"), [("详细说说第3条", 3), ("麻烦具体讲讲第二项", 2), ("看一下最后一条", followup.LAST),
                                              ("展开讲讲这条", 1)])
def test_asking_to_be_told_an_item_gives_the_whole_measure(units, ctx, text, number):
    move = read(units, ctx, text, "区城管委牵头哪些")
    assert isinstance(move, ItemAsk) and (move.number, move.fields) == (number, ())


def test_a_verb_before_the_item_still_asks_the_field(units, ctx):
    assert read(units, ctx, "查一下第2项谁配合", "区城管委牵头哪些") == ItemAsk(2, ("assist",))


@pytest.mark.parametrize("text", ["那门头沟咋弄的", "密云怎么规定的", "那21年有啥要求"])
def test_how_words_around_a_place_or_year_keep_the_question(units, ctx, text):
    move = read(units, ctx, text, "黑臭水体治理谁牵头")
    assert isinstance(move, Reask) and move.query.intent == "attribute" and "黑臭水体" in move.query.content


@pytest.mark.parametrize("text", ["住建委改成城管委", "把住建委换成城管委", "住建委→城管委"])
def test_changing_one_unit_into_another_keeps_only_the_new_one(units, ctx, text):
    move = read(units, ctx, text, "区住建委牵头哪些", {"issuer": "门头沟区", "year": 2026})
    assert [u.label for u in move.query.units] == ["区城市管理委"]


@pytest.mark.parametrize(("text", "issuer", "year"), [("and in Miyun?", "密云区", 2026),
                                                      ("what about the 2021 plan in Daxing", "大兴区", 2021)])
def test_english_follow_ups(units, ctx, text, issuer, year):
    move = read(units, ctx, text, "which tasks does the water bureau lead", {"issuer": "门头沟区", "year": 2026})
    assert isinstance(move, Reask) and (move.query.issuer, move.query.year, move.query.intent) == (issuer, year, "dept_list")


@pytest.mark.parametrize(("text", "year"), [("老版的呢", 2021), ("旧计划里呢", 2021), ("what about the old plan", 2021),
                                           ("老方案里呢", 2021), ("之前那个方案呢", 2021)])
def test_an_older_edition_by_age(units, ctx, text, year):
    move = read(units, ctx, text, "区水务局牵头哪些措施")
    assert isinstance(move, Reask) and (move.query.issuer, move.query.year) == ("大兴区", year)
    newer = read(units, ctx, "新版呢", move.query)
    assert isinstance(newer, Reask) and newer.query.year == 2026


def test_a_plan_with_one_edition_stays_where_it_is(units, ctx):
    move = read(units, ctx, "老版的呢", "区水务局牵头哪些措施", {"issuer": "密云区", "year": 2026})
    assert isinstance(move, Reask) and (move.query.issuer, move.query.year) == ("密云区", 2026)


def test_a_new_topic_after_that_without_ne(units, ctx):
    move = read(units, ctx, "那油烟", "施工扬尘谁牵头")
    assert isinstance(move, Reask) and move.query.content == "油烟" and move.query.issuer == "大兴区"


@pytest.mark.parametrize("text", ["密云的呢？有几项", "那门头沟呢，都有哪些"])
def test_asking_words_after_the_ne_keep_the_follow_up(units, ctx, text):
    move = read(units, ctx, text, "区住建委牵头几项")
    assert isinstance(move, Reask) and move.changed == ("place",)
    assert [u.label for u in move.query.units] == ["区住房城乡建设委"]


def test_a_place_with_a_plan_after_one_without_searches_without_the_old_name(units, ctx):
    move = read(units, ctx, "那大兴呢", "海淀区扬尘谁牵头", {})
    assert move.query.issuer == "大兴区" and "海淀" not in move.query.content and "扬尘" in move.query.content


@pytest.mark.parametrize(("text", "label"), [("园林的呢", "区园林绿化局"), ("那商务的呢", "区商务局"), ("环卫的呢", "区环境卫生服务中心")])
def test_a_unit_by_its_stem_after_a_units_list(units, ctx, text, label):
    move = read(units, ctx, text, "区水务局牵头哪些措施")
    assert isinstance(move, Reask) and move.changed == ("unit",) and [u.label for u in move.query.units] == [label]


@pytest.mark.parametrize("text", ["那扬尘的呢", "垃圾的呢"])
def test_a_topic_word_after_a_units_list_is_no_unit(units, ctx, text):
    move = read(units, ctx, text, "区水务局牵头哪些措施")
    assert not (isinstance(move, Reask) and move.changed == ("unit",))


@pytest.mark.parametrize(("text", "issuer", "year", "fields"),
                         [("那门头沟啥时候完成", "门头沟区", 2026, ("deadline",)),
                          ("那密云谁牵头、啥时候完成", "密云区", 2026, ("lead", "deadline")),
                          ("21年谁配合", "大兴区", 2021, ("assist",))])
def test_a_field_asked_of_another_plan_after_a_content_answer(units, ctx, text, issuer, year, fields):
    move = read(units, ctx, text, "裸地扬尘谁牵头")
    assert isinstance(move, Reask) and (move.query.issuer, move.query.year, move.query.fields) == (issuer, year, fields)
    assert "扬尘" in move.query.content


@pytest.mark.parametrize("text", ["一共几项", "总共有多少条？", "其中有几个", "加起来多少项措施"])
def test_a_count_right_after_a_list_counts_that_list(units, ctx, text):
    move = read(units, ctx, text, "区水务局牵头哪些措施", {"issuer": "密云区", "year": 2026})
    assert isinstance(move, followup.Reask)
    assert move.query.intent == "dept_list" and move.query.units[0].keys == ("区水务局",) and move.query.role == "lead"


def test_a_count_of_its_own_is_no_follow_up(units, ctx):
    assert read(units, ctx, "一共几项", None) is None
    assert read(units, ctx, "一共几项", "道路扬尘有什么措施") is None


def test_moving_the_place_drops_the_old_district_from_the_words(units, ctx):
    """"大兴餐饮油烟怎么管" then "换成密云": 大兴 is where it was asked, no word to look for in 密云."""
    for first, then in (("大兴餐饮油烟怎么管", "换成密云"), ("门头沟区的秸秆焚烧谁管", "那密云那边呢")):
        move = read(units, ctx, then, first, {})
        assert isinstance(move, Reask) and move.query.issuer == "密云区"
        assert not any(p in move.query.content + move.query.text for p in ("大兴", "门头沟")), move.query


@pytest.mark.parametrize("text", ["具体说说", "能详细讲讲吗", "展开说说", "详细一点吧", "再介绍一下"])
def test_telling_more_shows_the_measure_just_answered(units, ctx, text):
    move = read(units, ctx, text, "秸秆露天焚烧怎么管")
    assert isinstance(move, ItemAsk) and (move.number, move.fields) == (1, ())
    assert isinstance(read(units, ctx, text, None), NeedsContext)
    assert not isinstance(read(units, ctx, text, "区水务局牵头哪些措施？"), ItemAsk)  # a list: which item is unknown


@pytest.mark.parametrize("text", ["出处是哪", "这是哪个文件里的", "第几项？", "原文怎么写的", "来源呢"])
def test_asking_where_the_measure_comes_from_shows_it_again(units, ctx, text):
    move = read(units, ctx, text, "秸秆露天焚烧怎么管")
    assert isinstance(move, ItemAsk) and (move.number, move.fields) == (1, ())
    assert not isinstance(read(units, ctx, text, "区水务局牵头哪些措施？"), ItemAsk)


def test_telling_more_about_a_topic_is_a_question_of_its_own(units, ctx):
    assert not isinstance(read(units, ctx, "具体说说餐饮油烟", "秸秆露天焚烧怎么管"), ItemAsk)


@pytest.mark.parametrize("text", ["它担任协办的有哪些", "担任配合的有哪些", "它配合的呢", "它当协办单位的有哪些"])
def test_the_role_the_listed_unit_takes_is_that_list_for_the_role(units, ctx, text):
    """"它" after a unit's list is the unit (no item of it) when it 担任 a role."""
    move = read(units, ctx, text, "区生态环境局牵头的任务")
    assert isinstance(move, Reask) and move.changed == ("role",)
    assert (move.query.intent, move.query.role) == ("dept_list", "assist")


def test_thanks_before_a_field_still_asks_about_the_measure_shown(units, ctx):
    assert read(units, ctx, "好的，谁牵头", "秸秆焚烧怎么管") == ItemAsk(1, ("lead",), relative=0)
    assert read(units, ctx, "协办单位是哪些", "秸秆焚烧怎么管") == ItemAsk(1, ("assist",), relative=0)


@pytest.mark.parametrize(("text", "field", "unit"), [("是住建委牵头吗", "lead", "区住房城乡建设委"),
                                                     ("是不是水务局牵头", "lead", "区水务局"),
                                                     ("生态环境局是协办吗", "assist", "区生态环境局")])
def test_a_units_role_asked_yes_or_no_after_an_answer_is_asked_of_the_measure_shown(units, ctx, text, field, unit):
    move = read(units, ctx, text, "夜间施工证明服务指导")
    assert isinstance(move, ItemAsk) and (move.number, move.fields, move.relative) == (1, (field,), 0)
    assert unit in move.checked.names
    after_list = read(units, ctx, text, "区交通局牵头哪些")  # the item talked about, else asked back
    assert isinstance(after_list, ItemAsk) and after_list.number is None and after_list.checked is not None


def test_a_units_role_asked_yes_or_no_of_a_numbered_item(units, ctx):
    move = read(units, ctx, "第2条是生态环境局配合吗", "区水务局牵头哪些措施")
    assert isinstance(move, ItemAsk) and (move.number, move.fields) == (2, ("assist",))
    assert "区生态环境局" in move.checked.names


@pytest.mark.parametrize("last, text, sides, superlative, difference", [
    ("斋堂镇PM2.5目标值", "跟清水镇差多少", {"斋堂镇", "清水镇"}, None, True),
    ("大兴优先监管地块几块", "比房山多几块", {"大兴区", "房山区"}, None, True),
    ("大兴PM2.5目标多少", "那跟门头沟比 谁更严", {"大兴区", "门头沟区"}, None, False),
    ("大兴施工噪声治理要几家", "哪个区最多", {"大兴区"}, "max", False),
    ("门头沟商业固定设备噪声治理几项", "全市哪个区最多", {"门头沟区"}, "max", False),
])
def test_a_comparison_after_a_value_compares_that_metric(units, ctx, last, text, sides, superlative, difference):
    """差多少 / 哪个区最多 / 谁更严 right after a target's value name no metric: the two messages
    make one comparison of the metric just answered."""
    move = read(units, ctx, text, last, {})
    assert isinstance(move, Reask) and move.changed == ("compare",)
    q = move.query
    assert q.intent == "compare" and (q.superlative, q.difference) == (superlative, difference)
    assert all(side[:2] in q.text for side in sides) and "北京市" not in q.issuers  # the sides, as said


def test_a_comparison_word_alone_after_a_topic_or_with_its_own_topic_is_no_follow_up(units, ctx):
    assert read(units, ctx, "哪个区最多", "大兴扬尘怎么管", {}) is None  # no value was answered
    own = read(units, ctx, "哪个区餐饮油烟治理最多", "大兴PM2.5目标多少", {})  # its own metric: its own question
    assert not (isinstance(own, Reask) and own.changed == ("compare",))


def test_a_year_with_the_value_asked_again_moves_the_value_question(units, ctx):
    """21年定的多少 after 大兴PM2.5目标多少: the same target in the 2021 plan (定的多少 asks, names nothing)."""
    move = read(units, ctx, "21年定的多少", "大兴pm2.5目标多少", {})
    assert isinstance(move, Reask) and move.changed == ("year",)
    assert (move.query.intent, move.query.issuer, move.query.year) == ("indicator", "大兴区", 2021)
    assert read(units, ctx, "21年定的多少", "大兴扬尘怎么管", {}) is None  # after a topic it asks no value


@pytest.mark.parametrize(("text", "slot"), [("那年底前要交的呢", "deadline"), ("9月底前要交差的呢", "deadline"),
                                            ("and which does it assist on?", "role")])
def test_handing_in_and_english_asking_words_are_no_topic(units, ctx, text, slot):
    """要交的 (is due) and "which does it … on" only ask: the unit's list narrowed or its role changed."""
    move = read(units, ctx, text, "区水务局牵头哪些措施？")
    assert isinstance(move, Reask) and slot in move.changed
    assert move.query.issuer == "大兴区" and [u.label for u in move.query.units] == ["区水务局"]


def test_a_traffic_word_is_no_handing_in(units, ctx):
    """交 of 交通 stays a word: "那交通呢" is no deadline narrowing."""
    move = read(units, ctx, "那交通呢", "区水务局牵头哪些措施？")
    assert isinstance(move, Reask) and move.changed == ("unit",) and move.query.deadline is None


def test_a_role_with_a_count_after_a_list_narrows_it(units, ctx):
    """"协办的有几条" parses as a list of its own naming no unit: after a unit's list it is that
    unit's list for the role (协办's 办 is no asking word left over)."""
    move = read(units, ctx, "协办的有几条", "区商务局牵头哪些")
    assert isinstance(move, Reask) and move.changed == ("role",)
    assert move.query.role == "assist" and [u.label for u in move.query.units] == ["区商务局"]


def test_a_city_unit_after_a_district_list_moves_to_the_city_plan(units, ctx):
    """"那市发改委呢" after 门头沟's 区发改委 list: the city's plan, asked with no scope set."""
    last = parse(units, "门头沟发改委牵头哪些", {"issuer": None, "year": None})
    move = followup.read(parse(units, "那市发改委呢", {"issuer": None, "year": None}), last, ctx)
    assert isinstance(move, Reask) and move.query.issuer == "北京市"
    assert [u.label for u in move.query.units] == ["市发展改革委"]
    stays = followup.read(parse(units, "那规自分局呢", {"issuer": None, "year": None}), last, ctx)
    assert stays.query.issuer == "门头沟区"  # 市规划自然资源委's district branch is no city unit


def test_a_role_after_a_list_of_no_unit_asks_of_the_askers_own(units, ctx):
    """"年底前的有哪些" then "只看牵头的": a role narrows a unit's list; none named, the asker's."""
    move = read(units, ctx, "只看牵头的", "年底前要完成的有哪些")
    assert isinstance(move, Reask) and move.query.role == "lead" and move.query.self_reference
    assert not read(units, ctx, "只看牵头的", "区水务局年底前要完成的有哪些").query.self_reference


@pytest.mark.parametrize(("text", "issuer", "year"), [("北京市层面呢", "北京市", 2026), ("北京市的计划咋说", "北京市", 2026),
                                                      ("21年那个计划里呢", "大兴区", 2021)])
def test_a_level_word_or_that_plan_is_no_topic(units, ctx, text, issuer, year):
    """层面 (the level named), 那个 before 计划 and a closing 咋说 only move the topic just answered."""
    move = read(units, ctx, text, "大兴校园广播噪声扰民咋整", {})
    assert isinstance(move, Reask) and move.query.issuer == issuer and move.query.year in (None, year)
    assert "校园广播噪声" in move.query.content


@pytest.mark.parametrize("text", ["还有类似的吗", "类似的还有吗", "还有相关的吗", "相关的还有哪些", "同类的呢"])
def test_asking_for_similar_measures_after_a_topic(units, ctx, text):
    assert isinstance(read(units, ctx, text, "大兴固定设备噪声治理"), Similar)
    assert isinstance(read(units, ctx, text, None), NeedsContext)
    assert not isinstance(read(units, ctx, text, "区水务局牵头哪些措施？"), Similar)  # a list pages with 更多
