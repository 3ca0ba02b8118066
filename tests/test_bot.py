"""The real pipeline on the sample plans: parse -> store -> retrieve -> answer, with the real model."""
from __future__ import annotations

import json
from datetime import date

import pytest

from planbot.bot.render import render
from planbot.bot.service import Bot
from planbot.bot.types import Message, Scope

DAXING = {"issuer": "大兴区", "year": 2026}


def ask(bot: Bot, q: str, scope: dict | None = None) -> dict:
    return bot.ask(q, scope or {})


def ids(answer: dict) -> list[str]:
    return [m["id"] for m in answer["measures"]]


def expected(bot: Bot, issuer: str, year: int, unit: str, roles: tuple[str, ...]) -> set[str]:
    """The complete list computed straight from the records (exact name match)."""
    return {
        m.id for m in bot.measures
        if m.issuer == issuer and m.year == year and any(unit in getattr(m, r) for r in roles)
    }


def test_dept_list_is_the_complete_list_count_first(real_bot):
    a = ask(real_bot, "区水务局牵头哪些措施？", DAXING)
    want = expected(real_bot, "大兴区", 2026, "区水务局", ("lead",))
    assert a["intent"] == "dept_list" and not a["abstained"]
    assert set(ids(a)) == want and len(want) > 8
    assert a["text"].startswith(f"区水务局牵头的措施共 {len(want)} 项")
    assert f"还有{len(want) - 8}项" in a["text"]
    assert "《持续污染防治攻坚2026年行动计划》（大兴区 2026）" in a["text"]


def test_alias_and_scope_resolve_the_unit(real_bot):
    a = ask(real_bot, "经信局在这份计划里涉及哪些措施？", {"issuer": "密云区", "year": 2026})
    want = expected(real_bot, "密云区", 2026, "区经济和信息化局", ("lead", "responsible", "assist"))
    assert set(ids(a)) == want
    b = ask(real_bot, "住建委牵头哪些", {"issuer": "门头沟区", "year": 2026})
    assert set(ids(b)) == expected(real_bot, "门头沟区", 2026, "区住建委", ("lead",))


def test_deadline_list_with_and_without_unit(real_bot):
    a = ask(real_bot, "完成时限写“6-9月”的措施有哪些？")
    assert sorted(m["doc"][:3] for m in a["measures"]) == ["000", "001", "002"]
    b = ask(real_bot, "市生态环境局牵头、持续推进的任务有哪些？", {"issuer": "北京市", "year": 2026})
    want = {m.id for m in real_bot.measures if m.issuer == "北京市" and "市生态环境局" in m.lead
            and (m.deadline or "").replace(" ", "") == "持续推进"}
    assert set(ids(b)) == want
    c = ask(real_bot, "6月底前要完成哪些任务？", DAXING)
    assert c["measures"] and all(m["due"] <= "2026-06-30" for m in c["measures"])


def test_topic_answer_is_cited_and_shortened_faithfully(real_bot):
    a = ask(real_bot, "私挖盗采的事归谁查？", DAXING)
    assert not a["abstained"]
    top = a["measures"][0]
    assert "私挖盗采" in top["text"]
    assert "市规划自然资源委大兴分局" in a["text"]
    assert "《加快绿色低碳转型2026年行动计划》（大兴区 2026）附件2" in a["text"] and "第32项" in a["text"]


def test_attribute_gives_the_value_first(real_bot):
    a = ask(real_bot, "推动出台副中心条例谁牵头？", {"issuer": "北京市", "year": 2026})
    first = a["text"].split("\n")[0]
    assert first == "牵头单位：城市副中心党工委管委会、通州区政府"


def test_indicator_from_table_and_from_measure(real_bot):
    a = ask(real_bot, "通州区累计环保绩效A、B级锅炉使用单位要达到多少家？")
    assert a["indicators"][0]["entity"] == "通州区" and a["indicators"][0]["value"] == "75"
    assert "75" in a["text"] and "附件4" in a["text"]
    b = ask(real_bot, "城市道路车行道机械化作业率要达到多少？", DAXING)
    assert "97.5%" in b["text"]


def test_compare_gives_one_block_per_issuer(real_bot):
    a = ask(real_bot, "大兴和门头沟的“全电工地”分别谁牵头？")
    assert a["intent"] == "compare"
    assert "大兴区：" in a["text"] and "门头沟区：" in a["text"]
    assert {m["doc"][:3] for m in a["measures"][:2]} == {"000", "001"}


@pytest.mark.parametrize(
    "question",
    ["中午食堂几点开饭？", "电动自行车进楼充电有啥规定？", "生态环境局办公地址在哪？"],
)
def test_abstains_when_the_plans_do_not_say(real_bot, question):
    a = ask(real_bot, question, DAXING)
    assert a["abstained"] and a["measures"] == []
    assert a["text"].startswith("计划中没有找到")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("", "empty"),
        ("@机器人", "empty"),  # a bare @ in a group: the help text
        ("你好", "help"),
        ("谢谢", "smalltalk"),
        ("😀", "smalltalk"),
        ("哈哈哈", "unclear"),
    ],
)
def test_chat_forms_get_a_helpful_reply(real_bot, text, intent):
    a = ask(real_bot, text)
    assert a["intent"] == intent and a["text"] and not a["measures"]
    if intent in ("empty", "help"):
        assert "牵头哪些" in a["text"]  # what can be asked
    if intent == "unclear":  # noise asks nothing the plans answer: said so, an example follows
        assert a["abstained"] and "没有找到" in a["text"].split("\n")[0] and "例如" in a["text"]


def test_bad_input_never_crashes_or_invents(real_bot):
    unknown = ask(real_bot, "火星局牵头哪些", DAXING)
    assert unknown["abstained"] and "火星局" in unknown["text"] and not unknown["measures"]
    bad_date = ask(real_bot, "13月底前要完成什么", DAXING)
    assert "13月底" in bad_date["text"] and not bad_date["measures"]
    long = ask(real_bot, "渣土车" * 2000)
    assert long["text"] and long["intent"] == "too_long"
    english = ask(real_bot, "What does the plan say about PM2.5?", DAXING)
    assert english["text"]
    traditional = ask(real_bot, "區水務局牽頭哪些措施？", DAXING)
    assert set(ids(traditional)) == expected(real_bot, "大兴区", 2026, "区水务局", ("lead",))


def test_every_answer_json_is_serialisable(real_bot):
    for q in ("区水务局牵头哪些措施？", "渣土车归谁管？", "门头沟PM2.5目标是多少？", "你好"):
        json.dumps(ask(real_bot, q, DAXING), ensure_ascii=False)


def test_more_pages_through_the_list_and_state_is_per_user(real_bot):
    chat = dict(platform="dingtalk", chat_id="c1", scope=Scope(**DAXING))
    first = real_bot.handle(Message(text="区水务局牵头哪些措施？", user_id="u1", **chat))
    total = len(first.payload["measures"])
    second = real_bot.handle(Message(text="更多", user_id="u1", **chat))
    assert second.items and second.more == max(0, total - 16)
    other = real_bot.handle(Message(text="更多", user_id="u2", **chat))
    assert not other.items and "请先" in render(other, "text")  # u2 asked nothing yet


def test_self_introduction_then_we(real_bot):
    chat = dict(platform="wecom", chat_id="c2", user_id="u9", scope=Scope(**DAXING))
    set_reply = real_bot.handle(Message(text="我是区水务局的", **chat))
    assert "区水务局" in render(set_reply, "text")
    listed = real_bot.handle(Message(text="我们牵头哪些？", **chat))
    assert {m["id"] for m in listed.payload["measures"]} == expected(real_bot, "大兴区", 2026, "区水务局", ("lead",))


def test_relative_deadline_uses_today(real_bot):
    bot = Bot(real_bot.measures, real_bot.indicators, real_bot.plans, today=lambda: date(2026, 9, 15))
    a = bot.ask("本月要完成哪些任务？", DAXING)
    assert all("2026-09-01" <= m["due"] <= "2026-09-30" for m in a["measures"])


def test_deadlines_in_staff_words_list_what_the_records_say(real_bot):
    """English, a named day, nothing written: the list is the records' own, its head in Chinese."""
    def due(issuer, year, test):
        return {m.id for m in real_bot.measures if m.issuer == issuer and m.year == year and test(m)}

    a = ask(real_bot, "what does the water bureau have to finish before July?", DAXING)
    assert set(ids(a)) == due("大兴区", 2026, lambda m: "区水务局" in m.lead + m.assist and m.due and m.due < date(2026, 7, 1))
    assert a["text"].startswith("区水务局参与、完成时限6月底前的措施共")
    b = ask(real_bot, "国庆前要弄完的有哪些", {"issuer": "门头沟区", "year": 2026})
    assert set(ids(b)) == due("门头沟区", 2026, lambda m: m.due and m.due <= date(2026, 9, 30)) != set()
    c = ask(real_bot, "还没写时间的有哪些", {"issuer": "大兴区", "year": 2021})
    assert set(ids(c)) == due("大兴区", 2021, lambda m: not m.deadline) != set()
    assert c["text"].startswith("完成时限未写明的措施共")
    # 这个月 asked of the 2021 plan in November 2026: November 2021
    bot = Bot(real_bot.measures, real_bot.indicators, real_bot.plans, today=lambda: date(2026, 11, 3))
    d = bot.ask("这个月到期的有哪些", {"issuer": "大兴区", "year": 2021})
    assert set(ids(d)) == due("大兴区", 2021, lambda m: m.due and date(2021, 11, 1) <= m.due <= date(2021, 11, 30)) != set()


def test_a_town_hears_about_the_measures_addressed_to_all_towns(real_bot):
    a = ask(real_bot, "大峪街道今年有哪些任务？", {"issuer": "门头沟区", "year": 2026})
    assert set(ids(a)) == expected(real_bot, "门头沟区", 2026, "大峪街道", ("lead", "responsible", "assist"))
    assert "各镇街" in a["text"]  # the collective entries are named, not mixed into the list


def test_scoped_measures_are_the_filtered_ones(real_bot):
    for issuer, year in (("大兴区", 2026), ("大兴区", None), (None, 2021), (None, None)):
        want = [m for m in real_bot.measures if issuer in (None, m.issuer) and year in (None, m.year)]
        assert real_bot.in_scope(issuer, year) == want


def test_random_messages_never_raise(real_bot):
    """A bounded, seeded fuzz: any text gets an answer object, never a traceback."""
    import random

    rng = random.Random(20261126)
    alphabet = "区水务局牵头哪些措施月底前年PM2.5？！@ 😀\n\t<>&\"'—（）第附件1234567890abcXYZ各镇街環保局更多"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        scope = rng.choice([{}, DAXING, {"issuer": "北京市", "year": 2026}, {"issuer": "火星区", "year": 1999}])
        answer = ask(real_bot, text, scope)
        assert isinstance(answer["text"], str) and isinstance(answer["measures"], list)


# ---------------------------------------------------------------------------- conversations


def turns(bot: Bot, texts: list[str], chat: str, user: str | None = None, scope: dict | None = None,
          platform: str = "dingtalk"):
    """Each message in turn in one conversation; the replies. Each chat has its own asker unless
    told (who someone is follows them into every chat)."""
    user = user or f"u-{chat}"
    return [bot.handle(Message(text=t, platform=platform, chat_id=chat, user_id=user, is_group=True,
                               scope=Scope(**(scope or {})))) for t in texts]


def shown_ids(bot: Bot, reply) -> list[str]:
    return [m["id"] for m in reply.payload["measures"]]


def test_a_bound_group_scope_holds_for_everyone_in_that_chat_only(real_bot):
    bind, answer = turns(real_bot, ["本群是门头沟区的", "住建委牵头哪些"], chat="g-bind")
    assert "门头沟区" in render(bind, "text") and not bind.abstained
    assert set(shown_ids(real_bot, answer)) == expected(real_bot, "门头沟区", 2026, "区住建委", ("lead",))
    (colleague,) = turns(real_bot, ["住建委牵头哪些"], chat="g-bind", user="u2")
    assert {m["issuer"] for m in colleague.payload["measures"]} == {"门头沟区"}
    (other_chat,) = turns(real_bot, ["住建委牵头哪些"], chat="g-other", scope=DAXING)
    assert {m["issuer"] for m in other_chat.payload["measures"]} == {"大兴区"}
    (named,) = turns(real_bot, ["密云住建委牵头哪些"], chat="g-bind")  # a question naming another place wins
    assert {m["issuer"] for m in named.payload["measures"]} == {"密云区"}
    (nowhere,) = turns(real_bot, ["本群是海淀区的"], chat="g-bind2")
    assert nowhere.abstained and "没有收录海淀区的计划" in render(nowhere, "text")


def test_binding_only_a_year_keeps_the_district_bound(real_bot):
    turns(real_bot, ["本群是大兴区2021年的", "设置 年份：2026"], chat="g-rebind")
    (listed,) = turns(real_bot, ["水务局牵头哪些"], chat="g-rebind")
    assert set(shown_ids(real_bot, listed)) == expected(real_bot, "大兴区", 2026, "区水务局", ("lead",))
    _, wrong_year = turns(real_bot, ["本群是门头沟区的", "本群是2021年的"], chat="g-rebind")  # no such plan: said, kept
    assert wrong_year.abstained and "门头沟区2021年" in render(wrong_year, "text")
    (still,) = turns(real_bot, ["水务局牵头哪些"], chat="g-rebind")
    assert {m["issuer"] for m in still.payload["measures"]} == {"门头沟区"}


def test_me_then_we_then_more_to_the_end_shows_the_whole_list_numbered_on(real_bot):
    first, listed = turns(real_bot, ["我是区水务局的", "我们牵头哪些"], chat="g-more", scope=DAXING)
    want = expected(real_bot, "大兴区", 2026, "区水务局", ("lead",))
    assert "区水务局" in render(first, "text") and set(shown_ids(real_bot, listed)) == want
    pages = [listed]
    while pages[-1].more:
        (page,) = turns(real_bot, ["更多"], chat="g-more", scope=DAXING)
        pages.append(page)
    numbers = [int(line.split(". ", 1)[0]) for p in pages for line in render(p, "text").split("\n")
               if line[:1].isdigit() and ". " in line]
    assert numbers == list(range(1, len(want) + 1)) and len(pages) == -(-len(want) // 8)
    lines = [item for p in pages for item in p.items]  # the union of the pages is the whole list, in order
    assert len(lines) == len(want)
    assert all(real_bot.by_id[i].text[:10] in line for i, line in zip(shown_ids(real_bot, listed), lines))
    (done,) = turns(real_bot, ["更多"], chat="g-more", scope=DAXING)
    assert "没有更多" in render(done, "text")


def test_a_self_introduction_naming_a_district_keeps_to_its_plan(real_bot):
    said, listed = turns(real_bot, ["我是门头沟区住建委的", "我们牵头哪些"], chat="g-intro")
    assert "门头沟区" in render(said, "text")
    assert set(shown_ids(real_bot, listed)) == expected(real_bot, "门头沟区", 2026, "区住建委", ("lead",))
    _, city = turns(real_bot, ["我是市生态环境局的", "我们牵头哪些"], chat="g-intro-city")
    assert {m["issuer"] for m in city.payload["measures"]} == {"北京市"}


def test_a_follow_up_re_asks_with_the_place_changed(real_bot):
    _, again = turns(real_bot, ["区水务局牵头哪些措施？", "那门头沟呢"], chat="g-place", scope=DAXING)
    direct = ask(real_bot, "区水务局牵头哪些措施？", {"issuer": "门头沟区", "year": 2026})
    assert shown_ids(real_bot, again) == ids(direct) and ids(direct)
    (missing,) = turns(real_bot, ["那海淀呢"], chat="g-place", scope=DAXING)
    assert missing.abstained and not missing.payload["measures"] and "没有收录海淀区的计划" in render(missing, "text")
    (year,) = turns(real_bot, ["21年的呢"], chat="g-place", scope=DAXING)  # still about 海淀
    assert year.abstained and "海淀区" in render(year, "text")
    (back,) = turns(real_bot, ["那大兴呢"], chat="g-place", scope=DAXING)  # still 区水务局, 2021
    assert set(shown_ids(real_bot, back)) == expected(real_bot, "大兴区", 2021, "区水务局", ("lead",))


def test_the_nth_item_is_the_one_the_user_saw_as_n(real_bot):
    listed, third = turns(real_bot, ["区生态环境局牵头哪些措施？", "第3项谁配合"], chat="g-item", scope=DAXING)
    m = real_bot.by_id[shown_ids(real_bot, listed)[2]]
    text = render(third, "text")
    assert m.text[:6] in render(listed, "text").split("\n3. ")[1]
    assert (f"协办单位：{'、'.join(m.assist)}" if m.assist else "协办单位：未列明") in text
    assert f"第{m.task_no}项" in text and m.plan_title in text
    turns(real_bot, ["更多"], chat="g-item", scope=DAXING)
    (tenth,) = turns(real_bot, ["第十项什么时候完成"], chat="g-item", scope=DAXING)
    tenth_m = real_bot.by_id[shown_ids(real_bot, listed)[9]]
    assert f"完成时限：{tenth_m.deadline}" in render(tenth, "text")
    (beyond,) = turns(real_bot, ["第999项谁牵头"], chat="g-item", scope=DAXING)
    assert "只有" in render(beyond, "text") and not beyond.abstained


def test_this_item_and_the_next_are_counted_from_the_item_talked_about(real_bot):
    """第4条谁配合, then 这条啥时候完成 / 谁牵头 / 下一条呢: the 4th item, then the 5th, not the list's first."""
    listed, _, this, who, after = turns(real_bot, ["区交通局牵头哪些", "第4条谁配合", "那这条啥时候完", "谁牵头", "下一条呢"],
                                        chat="g-this-item", scope=DAXING)
    fourth, fifth = (real_bot.by_id[i] for i in shown_ids(real_bot, listed)[3:5])
    assert f"完成时限：{fourth.deadline}" in render(this, "text") and "第4项" in render(this, "text")
    assert f"牵头单位：{'、'.join(fourth.lead)}" in render(who, "text")
    assert "第5项" in render(after, "text") and after.refs == [fifth.id]  # 下一条呢: asked as the last was (牵头)
    assert f"牵头单位：{'、'.join(fifth.lead)}" in render(after, "text")


def test_a_units_role_asked_yes_or_no_after_an_answer_checks_the_measure_shown(real_bot):
    answer, check = turns(real_bot, ["夜间施工证明服务指导", "是住建委牵头吗"], chat="g-yes-no", scope=DAXING)
    m = real_bot.by_id[answer.payload["measures"][0]["id"]]
    text = render(check, "text")
    assert check.refs == [m.id] and text.startswith(f"牵头单位：{'、'.join(m.lead)}") and "是，区住房城乡建设委" in text


def test_this_one_is_the_only_item_of_an_attribute_answer(real_bot):
    answer, lead = turns(real_bot, ["推动出台副中心条例谁牵头？", "这个什么时候完成"], chat="g-this",
                         scope={"issuer": "北京市", "year": 2026})
    m = real_bot.by_id[answer.payload["measures"][0]["id"]]
    assert f"完成时限：{m.deadline or '未列明'}" in render(lead, "text")


def test_a_follow_up_with_nothing_before_it_says_how_to_ask(real_bot):
    """Nothing in the plans is answered, so the reply is an abstention that says how to ask."""
    for text in ("那门头沟呢", "第3项谁配合", "21年的呢", "更多", "下一页", "这条什么时候完成"):
        a = real_bot.ask(text, DAXING, session=f"fresh-{text}")
        assert a["intent"] == "followup" and not a["measures"] and a["abstained"] and "请先" in a["text"], text
        assert a["text"].startswith("没有找到")


def test_a_plan_year_not_held_is_said_not_searched(real_bot):
    """密云 has a 2026 plan only: its 2021 plan is said to be missing, asked outright or as a
    follow-up, never reported as searched."""
    asked = ask(real_bot, "密云区2021年的计划里扬尘有啥要求")
    assert asked["abstained"] and not asked["measures"]
    assert asked["text"].startswith("没有收录密云区2021年的计划，已收录：") and "密云区2026" in asked["text"]
    older = ask(real_bot, "大兴区2020年行动计划里VOCs减排目标是多少？", DAXING)
    assert older["abstained"] and not older["measures"] and older["text"].startswith("没有收录大兴区2020年的计划")
    real_bot.ask("密云扬尘有啥要求", session="edition-follow-up")
    follow = real_bot.ask("换成21年的", session="edition-follow-up")
    assert follow["abstained"] and follow["text"].startswith("没有收录密云区2021年的计划")


def test_a_place_without_a_plan_is_said_and_never_answered_from_another(real_bot):
    q = real_bot._parse("区水务局牵头哪些措施？", {})
    alone = real_bot.answer(q.model_copy(update={"missing_places": ("昌平区",)}))
    assert alone.abstained and alone.payload["measures"] == []
    assert render(alone, "text").startswith("没有收录昌平区的计划，已收录：") and "大兴区2026" in render(alone, "text")
    both = real_bot.answer(q.model_copy(update={"missing_places": ("昌平区",), "issuer": "大兴区", "issuers": ("大兴区",)}))
    both_text = render(both, "text")  # the answer first: its head is not a "not found"
    assert both_text.startswith("区水务局牵头") and "另：没有收录昌平区的计划" in both_text
    assert {m["issuer"] for m in both.payload["measures"]} == {"大兴区"} and not both.abstained
    table = ask(real_bot, "顺义区PM2.5年均浓度目标是多少？")  # the indicator table has every district's row
    assert table["indicators"] and {i["entity"] for i in table["indicators"]} == {"顺义区"}
    # a column named in staff words (饭店 for 餐饮, 晚上 for 夜间): the lexicon's plan word finds it
    for text, column in (("昌平区饭店油烟治理要搞多少家", "餐饮治理提升家数"), ("怀柔晚上噪声达标率多少", "夜间达标率")):
        cells = ask(real_bot, text)["indicators"]
        assert cells and all(column in i["indicator"] for i in cells), text
    # a target the tables do not list, of a district without a plan: said so, never another plan's value
    for scope in (None, DAXING):
        other = ask(real_bot, "房山区的污水处理率要达到多少", scope=scope)
        assert other["abstained"] and other["text"].startswith("没有收录房山区的计划") and not other["measures"]


def test_a_units_list_in_two_places_is_each_plans_list_and_a_place_without_one_is_said(real_bot):
    both = ask(real_bot, "大兴和门头沟的水务局牵头哪些")
    want = expected(real_bot, "大兴区", 2026, "区水务局", ("lead",)) | expected(real_bot, "门头沟区", 2026, "区水务局", ("lead",))
    assert both["intent"] == "dept_list" and set(ids(both)) == want
    assert both["text"].startswith(f"区水务局牵头的措施共 {len(want)} 项（大兴区、门头沟区2026年的计划）")
    one = ask(real_bot, "门头沟和海淀的城管委要干啥")
    assert one["text"].startswith("区城市管理委") and "另：没有收录海淀区的计划" in one["text"]
    assert {m["issuer"] for m in one["measures"]} == {"门头沟区"}
    assert set(ids(one)) == expected(real_bot, "门头沟区", 2026, "区城管委", ("lead", "responsible"))


def test_every_field_asked_is_answered(real_bot):
    q = real_bot._parse("推动出台副中心条例谁牵头？", {"issuer": "北京市", "year": 2026})
    reply = real_bot.answer(q.model_copy(update={"fields": ("lead", "deadline")}))
    lines = render(reply, "text").split("\n")
    assert lines[0].startswith("牵头单位：") and lines[2].startswith("完成时限：")


def test_an_unscoped_question_prefers_the_newest_plan_and_mentions_the_older(real_bot):
    a = ask(real_bot, "大兴区土壤污染风险管控怎么做？")
    assert not a["abstained"] and a["measures"][0]["year"] == 2026
    assert "2021年计划也有相关内容" in a["text"]


def test_what_only_an_older_plan_says_is_answered_from_it_and_noted(real_bot):
    # the 2026 plan shares only some words (运输车, 建筑垃圾); the 2021 plan has the measure asked
    a = ask(real_bot, "大兴区渣土车闭环管理由哪个单位牵头")
    assert not a["abstained"] and a["measures"][0]["year"] == 2021 and "闭环管理" in a["measures"][0]["text"]
    assert "2026年的计划没有写这一条" in a["text"]


def test_a_field_the_plan_leaves_blank_is_not_guessed(real_bot):
    a = ask(real_bot, "潮白河等河道生态补水哪个部门牵头", {"issuer": "密云区", "year": 2026})
    assert a["abstained"] and a["text"].startswith("没有找到牵头单位") and "潮白河" in a["text"]


def test_an_unscoped_list_is_the_newest_plans_and_counts_the_older(real_bot):
    a = ask(real_bot, "大兴区的城管执法局牵头了哪些任务")
    want = expected(real_bot, "大兴区", 2026, "区城管执法局", ("lead",))
    older = expected(real_bot, "大兴区", 2021, "区城管执法局", ("lead",))
    assert set(ids(a)) == want and older
    assert "（大兴区2026年的计划）" in a["text"] and f"2021年的计划另有 {len(older)} 项" in a["text"]
    # a unit only the older plan names: that plan's list, said as such
    b = ask(real_bot, "大兴区轨道办牵头哪些")
    assert set(ids(b)) == expected(real_bot, "大兴区", 2021, "区轨道交通重点道路工程建设指挥部办公室", ("lead",))
    assert ids(b) and "（大兴区2021年的计划）" in b["text"]
    # every district's plans: each one's current plan
    c = ask(real_bot, "各区计划里年底前要完成的有哪些")
    assert c["intent"] == "deadline_list" and {m["year"] for m in c["measures"]} == {2026}


def test_an_english_list_question(real_bot):
    a = ask(real_bot, "Mentougou: what tasks does the housing and construction commission lead?")
    assert a["intent"] == "dept_list"
    assert set(ids(a)) == expected(real_bot, "门头沟区", 2026, "区住建委", ("lead",)) | expected(
        real_bot, "门头沟区", 2026, "区住房城乡建设委", ("lead",))


def test_an_unscoped_list_is_the_current_plans_and_the_older_is_one_follow_up_away(real_bot):
    now, then = turns(real_bot, ["大兴区城管委牵头哪些", "21年的呢"], chat="g-current")
    assert set(shown_ids(real_bot, now)) == expected(real_bot, "大兴区", 2026, "区城市管理委", ("lead",))
    assert "大兴区2026年" in render(now, "text") and "2021年的计划另有" in render(now, "text")
    assert set(shown_ids(real_bot, then)) == expected(real_bot, "大兴区", 2021, "区城市管理委", ("lead",))


def test_a_field_asked_then_another_plan_asks_that_field_there(real_bot):
    """扬尘咋管 / 谁牵头 / 那门头沟呢: the lead of 门头沟's measure, not 门头沟's topic answer again."""
    _, lead, there = turns(real_bot, ["大兴扬尘咋管", "谁牵头", "那门头沟呢"], chat="g-field-kept")
    assert render(lead, "text").startswith("牵头单位：") and render(there, "text").startswith("牵头单位：")
    assert "门头沟区 2026" in render(there, "text")


def test_an_item_answer_says_the_field_first(real_bot):
    listed, second = turns(real_bot, ["区城管委牵头哪些", "第2条是什么时候完成"], chat="g-first", scope=DAXING)
    m = real_bot.by_id[shown_ids(real_bot, listed)[1]]
    lines = [l for l in render(second, "text").split("\n") if l.strip()]
    assert lines[0] == f"完成时限：{m.deadline or '未列明'}" and lines[1].startswith("第2项：")
    (last,) = turns(real_bot, ["最后一条什么时候完成"], chat="g-first", scope=DAXING)  # the last one on screen
    assert "第8项：" in render(last, "text") and len(listed.items) == 8
    (back,) = turns(real_bot, ["倒数第二条什么时候完成"], chat="g-first", scope=DAXING)  # counted back from the last
    assert "第7项：" in render(back, "text")
    (fourth,) = turns(real_bot, ["那第4项呢"], chat="g-first", scope=DAXING)  # the same field of another item
    m4 = real_bot.by_id[shown_ids(real_bot, listed)[3]]
    assert render(fourth, "text").startswith(f"完成时限：{m4.deadline or '未列明'}") and "牵头单位" not in render(fourth, "text")
    (helpers,) = turns(real_bot, ["谁配合"], chat="g-first", scope=DAXING)  # no item said: the one talked about
    assert helpers.refs == [m4.id] and "第4项：" in render(helpers, "text")
    _, which = turns(real_bot, ["区水务局牵头哪些", "谁配合"], chat="g-first", scope=DAXING)  # a new list, none talked about
    assert "第几项" in render(which, "text") and not which.abstained


def test_a_field_alone_after_an_answer_is_about_that_measure(real_bot):
    answer, when = turns(real_bot, ["雨水管涵清掏谁牵头", "截止时间呢"], chat="g-field", scope=DAXING)
    m = real_bot.by_id[answer.refs[0]]
    assert render(when, "text").startswith(f"完成时限：{m.deadline or '未列明'}")


def test_a_group_bound_to_a_plan_keeps_it_for_a_person_from_another_district(real_bot):
    turns(real_bot, ["我是门头沟区水务局的"], chat="p-visitor", user="visitor")
    _, others, ours = turns(real_bot, ["本群是密云区的", "城管委牵头哪些", "我们牵头哪些"], chat="g-visited", user="visitor")
    assert {m["issuer"] for m in others.payload["measures"]} == {"密云区"}  # the group's plan
    assert set(shown_ids(real_bot, ours)) == expected(real_bot, "门头沟区", 2026, "区水务局", ("lead",))  # the asker's own
    (told,) = turns(real_bot, ["城管委牵头哪些"], chat="p-daxing", user="visitor", scope=DAXING)
    assert {m["issuer"] for m in told.payload["measures"]} == {"大兴区"}  # the chat's plan, as the platform says


def test_a_table_column_is_not_picked_by_one_shared_character(real_bot):
    _, other = turns(real_bot, ["门头沟PM2.5目标多少", "降尘量呢"], chat="g-column")  # no table has 降尘: 量 is no match
    assert not any("减排量" in i["indicator"] for i in other.payload.get("indicators", []))


def test_an_empty_list_is_an_abstention(real_bot):
    a = ask(real_bot, "区水务局1月5日前要完成哪些任务？", DAXING)
    assert a["abstained"] and a["measures"] == [] and a["text"].startswith("没有找到")


def test_conversation_state_goes_through_the_backend_as_json(real_bot):
    import json as _json

    from planbot.bot.state import ConversationStore

    class Shelf:  # any store with get_json / set_json (Redis, SQLite) plugs in the same way
        def __init__(self):
            self.data, self.ttls = {}, {}

        def get_json(self, key):
            return _json.loads(self.data[key]) if key in self.data else None

        def set_json(self, key, value, ttl_s):
            self.data[key], self.ttls[key] = _json.dumps(value), ttl_s

    shelf = Shelf()
    bot = Bot(real_bot.measures, real_bot.indicators, real_bot.plans, conversations=ConversationStore(backend=shelf))
    turns(bot, ["本群是大兴区2026", "区水务局牵头哪些措施？"], chat="g-shelf")
    assert len(shelf.data) == 2 and all(t > 0 for t in shelf.ttls.values())
    again = Bot(real_bot.measures, real_bot.indicators, real_bot.plans, conversations=ConversationStore(backend=shelf))
    (page,) = turns(again, ["更多"], chat="g-shelf")  # another process, same store: the list goes on
    assert page.start == 9 and page.items


def test_conversations_expire(real_bot):
    from planbot.bot.state import Conversation, ConversationStore

    now = [0.0]
    store = ConversationStore(ttl_s=60, clock=lambda: now[0])
    store.save(("web", "c", "u"), Conversation(unit="区水务局"))
    assert store.get(("web", "c", "u")).unit == "区水务局"
    now[0] = 61
    assert store.get(("web", "c", "u")) == Conversation()


def test_more_sent_quickly_in_parallel_pages_on_without_repeating(real_bot):
    from concurrent.futures import ThreadPoolExecutor

    (first,) = turns(real_bot, ["区水务局牵头哪些措施？"], chat="g-race", scope=DAXING)
    pages = -(-len(first.payload["measures"]) // 8) - 1
    with ThreadPoolExecutor(4) as pool:
        replies = list(pool.map(lambda _: turns(real_bot, ["更多"], chat="g-race", scope=DAXING)[0], range(pages)))
    assert sorted(r.start for r in replies) == [9 + 8 * n for n in range(pages)]


def _issuers(a: dict) -> set:
    return {m["issuer"] for m in a["measures"]}


# (turns, scope, what the last answer must be): one slot changed per follow-up
FOLLOW_UPS = [
    (["区城管委9月底前要完成什么", "密云的呢"], DAXING, lambda a: a["measures"] and _issuers(a) == {"密云区"}),
    (["区水务局牵头哪些措施？", "市里呢"], DAXING,
     lambda a: a["measures"] and _issuers(a) == {"北京市"} and all("市水务局" in m["lead"] for m in a["measures"])),
    (["区生态环境局牵头哪些", "那区城管委呢"], DAXING,
     lambda a: a["measures"] and all("区城市管理委" in m["lead"] for m in a["measures"])),
    (["区水务局6月底前要完成什么", "年底前的呢"], DAXING,
     lambda a: len(a["measures"]) > 2 and all(m["due"] and m["due"] <= "2026-12-31" for m in a["measures"])),
    (["本群是大兴区的", "区水务局牵头哪些", "2021年的呢"], None,
     lambda a: a["measures"] and {(m["issuer"], m["year"]) for m in a["measures"]} == {("大兴区", 2021)}),
    (["门头沟PM2.5目标是多少？", "那密云呢"], None, lambda a: [i["entity"] for i in a["indicators"]][:1] == ["密云区"]),
    (["施工扬尘谁牵头", "配合的呢"], DAXING, lambda a: a["text"].startswith("协办单位：")),
    (["施工扬尘谁牵头", "那道路扬尘呢"], DAXING, lambda a: a["text"].startswith("牵头单位：") and "道路扬尘" in a["text"]),
]


@pytest.mark.parametrize(("texts", "scope", "check"), FOLLOW_UPS, ids=[" > ".join(t) for t, _, _ in FOLLOW_UPS])
def test_a_follow_up_changes_one_thing(real_bot, texts, scope, check):
    session = "fu-" + "|".join(texts)
    for text in texts:
        answer = real_bot.ask(text, scope, session=session)
    assert check(answer), answer["text"]


def test_random_conversations_never_raise(real_bot):
    """A bounded, seeded fuzz of follow-ups in any order: always an answer object."""
    import random

    rng = random.Random(20261201)
    pieces = ["那", "门头沟", "海淀", "市里", "21年", "2026年", "配合", "牵头", "区城管委", "火星局", "9月底前", "年底前",
              "的", "呢", "第3项", "第十二条", "这条", "谁牵头", "什么时候完成", "本群是", "我是", "更多", "区水务局牵头哪些",
              "PM2.5目标是多少", "施工扬尘", "😀", "？"]
    for n in range(40):
        session = f"fuzz-{n}"
        scope = rng.choice([{}, DAXING, {"issuer": "火星区", "year": 1999}])
        for _ in range(rng.randint(1, 5)):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
            answer = real_bot.ask(text, scope, session=session)
            assert isinstance(answer["text"], str) and answer["text"] and isinstance(answer["measures"], list)


def test_jsonl_lines_sharing_a_session_are_one_conversation(indexed_home, monkeypatch):
    from click.testing import CliRunner

    from planbot.cli import main

    monkeypatch.setenv("PLANBOT_HOME", str(indexed_home))
    lines = [{"id": "a", "q": "区水务局牵头哪些措施？", "scope": DAXING, "session": "s1"},
             {"id": "b", "q": "那门头沟呢", "scope": DAXING, "session": "s1"},
             {"id": "c", "q": "那门头沟呢", "scope": DAXING}]
    result = CliRunner().invoke(main, ["ask", "--no-dense", "--jsonl", "-"],
                                input="\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    a, b, c = (json.loads(line) for line in result.output.splitlines())
    assert {m["issuer"] for m in b["measures"]} == {"门头沟区"} and len(b["measures"]) > 8
    assert c["intent"] == "followup" and not c["measures"]  # no session: nothing before it


def test_jsonl_takes_a_conversation_in_the_eval_layout(indexed_home, monkeypatch):
    """A line of tests/eval/questions.jsonl with "turns" is answered as a conversation at its last
    turn, so an eval file can be fed to `planbot ask --jsonl` as it is; a bad turn is a line's error."""
    from click.testing import CliRunner

    from planbot.cli import main

    monkeypatch.setenv("PLANBOT_HOME", str(indexed_home))
    lines = [{"id": "v", "scope": DAXING, "turns": [{"q": "区水务局牵头哪些措施？"}, {"q": "那门头沟呢"}]},
             {"id": "w", "scope": DAXING, "turns": [{"text": "no q"}]}]
    result = CliRunner().invoke(main, ["ask", "--no-dense", "--jsonl", "-"],
                                input="\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    v, w = (json.loads(line) for line in result.output.splitlines())
    assert v["id"] == "v" and {m["issuer"] for m in v["measures"]} == {"门头沟区"} and len(v["measures"]) > 8
    assert w["id"] is None and w["error"].startswith("line 2:")


def test_bindings_survive_a_restart_through_the_sqlite_state_store(real_bot, tmp_path):
    """A group's scope and a person's unit, kept in state.db, are there for a new process's bot."""
    from planbot.bot.kv import SqliteKV
    from planbot.bot.state import ConversationStore

    def fresh_bot(kv):
        return Bot(real_bot.measures, real_bot.indicators, real_bot.plans, conversations=ConversationStore(backend=kv))

    kv = SqliteKV(tmp_path / "state.db")
    first = fresh_bot(kv)
    say = lambda bot, text: bot.handle(Message(text=text, platform="dingtalk", chat_id="g1", user_id="u1", is_group=True))
    say(first, "本群是门头沟区的")
    say(first, "我是区水务局的")
    kv.close()
    second = fresh_bot(SqliteKV(tmp_path / "state.db"))  # a restart: new process, same file
    reply = say(second, "我们牵头哪些")
    expected = real_bot.ask("区水务局牵头哪些措施", {"issuer": "门头沟区", "year": 2026})["measures"]
    assert [m["id"] for m in reply.payload["measures"]] == [m["id"] for m in expected] and expected


def test_bind_csv_preloads_who_is_who_for_every_chat(indexed_home, real_bot, tmp_path, monkeypatch):
    """`planbot bind --csv`: the unit follows the person into any chat, after a restart."""
    from click.testing import CliRunner

    from planbot.bot.kv import SqliteKV
    from planbot.bot.state import ConversationStore
    from planbot.cli import main

    home = tmp_path / "home"
    home.mkdir()
    (home / "planbot.db").write_bytes((indexed_home / "planbot.db").read_bytes())
    monkeypatch.setenv("PLANBOT_HOME", str(home))
    staff = tmp_path / "staff.csv"
    staff.write_text("platform,user_id,unit,issuer\ndingtalk,mgr42,水务局,门头沟区\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["bind", "--csv", str(staff)], catch_exceptions=False)
    assert result.exit_code == 0 and "bound 1 user" in result.output, result.output

    bot = Bot(real_bot.measures, real_bot.indicators, real_bot.plans,
              conversations=ConversationStore(backend=SqliteKV(home / "state.db")))
    reply = bot.handle(Message(text="我们牵头哪些", platform="dingtalk", chat_id="any-group", user_id="mgr42", is_group=True))
    expected = real_bot.ask("区水务局牵头哪些措施", {"issuer": "门头沟区", "year": 2026})["measures"]
    assert [m["id"] for m in reply.payload["measures"]] == [m["id"] for m in expected] and expected

    bad = tmp_path / "bad.csv"
    bad.write_text("dingtalk,u1,区住委\ndingtalk,u2,区水务局,海淀区\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["bind", "--csv", str(bad)])
    assert result.exit_code != 0 and "line 1" in result.output and "line 2" in result.output and "海淀区" in result.output


def test_settings_and_my_tasks_in_a_group(real_bot):
    """“当前设置” shows the chat's plan and the asker's unit; “我的任务” lists that unit's."""
    from planbot.bot.state import ConversationStore

    bot = Bot(real_bot.measures, real_bot.indicators, real_bot.plans, conversations=ConversationStore())
    say = lambda text, user="u1", chat="g1": bot.handle(Message(text=text, platform="wecom_bot", chat_id=chat, user_id=user, is_group=True))
    say("设置 区：大兴 年份：2026")
    assert "未设置" in render(say("当前设置"), "text")  # the asker has no unit yet
    say("我是区水务局的")
    shown = render(say("当前设置"), "text")
    assert "大兴区2026" in shown and "区水务局" in shown
    mine = say("我的任务")
    expected = real_bot.ask("区水务局有哪些任务", {"issuer": "大兴区", "year": 2026})["measures"]
    assert mine.intent == "dept_list" and [m["id"] for m in mine.payload["measures"]] == [m["id"] for m in expected]
    assert "区水务局" in render(say("当前设置", chat="another-group"), "text")  # who you are follows you


def test_an_indicator_column_answers_only_when_it_names_what_is_asked(real_bot):
    # the 附件4 row of 密云区 has a 环保绩效 column, but nothing about a budget
    budget = ask(real_bot, "密云区环保专项资金预算有多少？", {"issuer": "密云区", "year": 2026})
    assert not budget["indicators"]
    # the column that names it, with the unit the column prints
    cell = ask(real_bot, "密云区农村环境整治成效巩固目标是多少？", {"issuer": "密云区", "year": 2026})
    assert [i["indicator"] for i in cell["indicators"]] == ["农村环境整治成效巩固（个）"] and "8个" in cell["text"]


def test_an_answer_from_the_table_also_cites_the_rows_own_plan_stating_the_target(real_bot):
    # 附件4 gives 门头沟 2 for 农村环境整治成效巩固; 门头沟's own plan says what is done about it
    out = ask(real_bot, "门头沟 今年几个村要搞环境整治", {"issuer": "门头沟区", "year": 2026})
    assert [i["indicator"] for i in out["indicators"]] == ["农村环境整治成效巩固（个）"]
    assert out["text"].startswith("门头沟区的农村环境整治成效巩固（个）：2个")
    assert out["measures"] and "新增完成2个行政村环境整治" in out["measures"][0]["text"]
    assert "《深化协同多元共治2026年行动计划》" in out["text"]
    # a district without a plan has its cell alone
    alone = ask(real_bot, "朝阳 餐饮治理提升家数多少")
    assert alone["indicators"] and not alone["measures"]


def test_a_staff_word_names_a_column_only_by_its_whole_plan_word(real_bot):
    # 空气 -> 空气质量 shares only 质量 with 声环境质量夜间达标率: the plan's air targets answer
    out = ask(real_bot, "门头沟 今年空气质量目标咋定的", {"issuer": "门头沟区", "year": 2026})
    assert not out["indicators"] and "PM2.5年均浓度达到27" in out["measures"][0]["text"]
    # 晚上 -> 夜间 is the whole of the word the column prints
    night = ask(real_bot, "门头沟 晚上噪声达标率 要多少", {"issuer": "门头沟区", "year": 2026})
    assert night["indicators"] and "夜间达标率" in night["indicators"][0]["indicator"]


def test_a_column_named_by_another_word_for_its_metric_beats_one_sharing_more_characters(real_bot):
    # 新能源车队 is the metric 零排放车队 in staff words; the 新能源化率 columns share more characters
    fleets = ask(real_bot, "顺义 新能源车队 今年建几家")
    assert [i["indicator"] for i in fleets["indicators"]] == ["零排放运输车队（家）"]
    # the tables' columns named by metric still split by the words the question adds (货车 vs 机械)
    machines = ask(real_bot, "顺义 非道路机械新能源化率多少")
    assert machines["indicators"] and "非道路" in machines["indicators"][0]["indicator"]


def test_a_qualified_column_answers_only_a_question_naming_its_qualifier(real_bot):
    # 房山区's row has a trucks' column (货车新能源化率); a question about every car is not about trucks
    cars = ask(real_bot, "房山新买的车里新能源车要占多少")
    assert not any("货车" in i["indicator"] for i in cars["indicators"])
    trucks = ask(real_bot, "房山货车新能源化率要到多少")
    assert trucks["indicators"] and "货车" in trucks["indicators"][0]["indicator"]
    # 门头沟's plan states both the trucks' share and every car's: a question about cars gets the cars'
    own = ask(real_bot, "门头沟新登记的车 新能源要占百分之多少")
    assert not own["indicators"] and "50%" in own["text"].split("\n")[0]


def test_a_quoted_measure_is_the_one_asked_about(real_bot):
    m = next(m for m in real_bot.measures if m.issuer == "密云区" and m.year == 2026 and m.lead and "。" in m.text[6:])
    opening = m.text.split("。")[0]
    a = ask(real_bot, f"“{opening}”这项谁牵头？", {"issuer": "密云区", "year": 2026})
    assert not a["abstained"] and a["measures"][0]["id"] == m.id
    assert a["text"].split("\n")[0] == f"牵头单位：{'、'.join(m.lead)}"


def test_a_month_question_lists_the_printed_ranges_covering_it(real_bot):
    """6-9月 measures are worked on in August: 8月份要完成的 lists them, 8月底前 does not."""
    ranged = {m.id for m in real_bot.measures if m.issuer == "大兴区" and m.year == 2026
              and (m.deadline or "").replace(" ", "") == "6-9月"}
    assert ranged
    assert ranged <= set(ids(ask(real_bot, "8月份要完成的有哪些", DAXING)))
    assert not ranged & set(ids(ask(real_bot, "8月底前要完成的有哪些", DAXING)))


def test_two_units_list_every_one_or_either(real_bot):
    """和 / 、 joins two units as "both in the role", 或 as "either": computed from the records."""
    both = ask(real_bot, "水务局和园林局一起牵头的", DAXING)
    water = expected(real_bot, "大兴区", 2026, "区水务局", ("lead",))
    parks = expected(real_bot, "大兴区", 2026, "区园林绿化局", ("lead",))
    assert water & parks and set(ids(both)) == water & parks
    assert both["text"].startswith(f"区水务局和区园林绿化局牵头的措施共 {len(water & parks)} 项")
    either = ask(real_bot, "水务局或园林局牵头的", DAXING)
    assert set(ids(either)) == water | parks and not either["abstained"]
    helpers = ask(real_bot, "住建委、城管委配合的有哪些", DAXING)
    assert set(ids(helpers)) == (expected(real_bot, "大兴区", 2026, "区住房城乡建设委", ("assist",))
                                 & expected(real_bot, "大兴区", 2026, "区城市管理委", ("assist",)))


def test_a_collective_asked_in_another_spelling_finds_the_plans_own(real_bot):
    """大兴区 prints 各镇人民政府 and 各街道办事处; 门头沟区 prints 各镇街: either question finds them."""
    dx = ask(real_bot, "各镇街牵头哪些", DAXING)
    want = (expected(real_bot, "大兴区", 2026, "各镇人民政府", ("lead",))
            | expected(real_bot, "大兴区", 2026, "各街道办事处", ("lead",)))
    assert want and set(ids(dx)) == want
    mtg = ask(real_bot, "各街道参与哪些", {"issuer": "门头沟区", "year": 2026})
    want = expected(real_bot, "门头沟区", 2026, "各镇街", ("lead", "responsible", "assist"))
    assert want and set(ids(mtg)) == want and not mtg["abstained"]


@pytest.mark.parametrize("question", ["军庄镇细颗粒物浓度目标定的多少", "龙泉镇 pm2.5 年均浓度要求"])
def test_a_towns_table_cell_answers_its_metric_in_any_wording(real_bot, question):
    """细颗粒物 / 年均浓度 are the column's PM2.5 目标值 in other words: the town's own cell answers."""
    town = question[:3]
    cell = next(i for i in real_bot.indicators if i.entity == town and "PM2.5" in i.indicator)
    out = real_bot.ask(question)
    assert out["intent"] == "indicator" and not out["abstained"]
    assert [(i["entity"], i["indicator"]) for i in out["indicators"]] == [(town, cell.indicator)]
    assert cell.value in out["text"]


def test_a_districts_other_name_is_its_row_not_a_topic_word(real_bot):
    """经开区 names the row 北京经济技术开发区; the metric's words alone pick the column."""
    entity = real_bot.units.districts["经开区"]
    cell = next(i for i in real_bot.indicators if i.entity == entity and "绿色企业" in i.indicator)
    out = real_bot.ask("亦庄的绿色企业占比")
    assert out["intent"] == "indicator" and not out["abstained"]
    assert [(i["entity"], i["indicator"]) for i in out["indicators"]] == [(entity, cell.indicator)]


@pytest.mark.parametrize("question, issuer, metric", [
    ("密云区今年臭氧的指标", "密云区", "O3"),
    ("门头沟降尘量有什么要求", "门头沟区", "降尘"),
])
def test_a_target_for_a_metric_the_plan_never_names_is_not_found(real_bot, question, issuer, metric):
    """Other words of the question (指标, 要求) match measures that state no such target."""
    from planbot.index.metrics import default_metrics

    mine = [m for m in real_bot.measures if m.issuer == issuer and m.year == 2026]
    assert mine and not any(metric in default_metrics().terms(m.text) for m in mine)
    out = real_bot.ask(question)
    assert out["intent"] == "indicator" and out["abstained"] and out["text"].startswith("计划中没有找到")


def test_a_measure_cited_by_attachment_and_item_is_answered_from_that_row(real_bot):
    """附件N第M项 picks the row whose 序号 is M in that attachment, whatever words come with it."""
    row = next(m for m in real_bot.measures if m.issuer == "门头沟区" and m.attachment == "附件2"
               and sum(o.attachment == "附件2" and o.task_no == m.task_no and o.issuer == "门头沟区" for o in real_bot.measures) == 1)
    a = ask(real_bot, f"《美丽门头沟建设2026年行动计划》附件2第{row.task_no}项的牵头单位是哪些？", {"issuer": "门头沟区", "year": 2026})
    assert not a["abstained"] and ids(a)[0] == row.id
    assert all(u in a["text"] for u in row.lead)


def test_an_attachment_named_narrows_a_list(real_bot):
    a = ask(real_bot, "附件3中区生态环境局牵头的措施有哪些", DAXING)
    want = {m.id for m in real_bot.measures if m.issuer == "大兴区" and m.year == 2026 and m.attachment == "附件3"
            and "区生态环境局" in m.lead}
    assert want and set(ids(a)) == want


def test_a_table_cited_by_its_attachment_answers_from_its_cells(real_bot):
    a = ask(real_bot, "附件4中大兴区与门头沟区优良天数比率指标分别是多少？")
    assert a["indicators"] and {c["entity"] for c in a["indicators"]} == {"大兴区", "门头沟区"}


def test_helpers_asked_of_a_plan_without_a_helpers_column_are_its_responsible_units(real_bot):
    """门头沟's plan prints 牵头部门 and 责任单位 only: "配合的" lists a unit's 责任单位 rows there,
    and "配合单位是谁" of one of its measures answers with them, while 大兴 keeps its 协办单位."""
    mtg = {"issuer": "门头沟区", "year": 2026}
    helped = ask(real_bot, "财政局配合的有哪些", mtg)
    want = expected(real_bot, "门头沟区", 2026, "区财政局", ("responsible",))
    assert want and set(ids(helped)) == want and not helped["abstained"]
    dx = ask(real_bot, "财政局配合的有哪些", DAXING)
    assert set(ids(dx)) == expected(real_bot, "大兴区", 2026, "区财政局", ("assist",))
    one = ask(real_bot, "工地出入口规范管理专项行动 配合单位有哪些", mtg)
    assert one["text"].startswith("责任单位/主责单位：") and not one["abstained"]


def test_a_plans_total_is_every_measure_of_it_counted_per_attachment(real_bot):
    mine = [m for m in real_bot.measures if m.issuer == "门头沟区" and m.year == 2026]
    out = ask(real_bot, "门头沟这个计划总共有几条措施？")
    assert out["intent"] == "dept_list" and not out["abstained"]
    assert ids(out) == [m.id for m in mine]  # the complete list, in document order
    assert out["text"].startswith(f"门头沟区2026年的计划共 {len(mine)} 项措施")
    for attachment in {m.attachment for m in mine}:
        assert f"{attachment} {sum(m.attachment == attachment for m in mine)}项" in out["text"]
    none = ask(real_bot, "昌平区的计划一共多少项")
    assert none["abstained"] and none["text"].startswith("没有收录昌平区的计划")


def test_two_units_counted_apart_each_with_its_own_count(real_bot):
    scope = {"issuer": "密云区", "year": 2026}
    water = expected(real_bot, "密云区", 2026, "区水务局", ("lead",))
    farm = expected(real_bot, "密云区", 2026, "区农业农村局", ("lead",))
    out = ask(real_bot, "水务局和农业农村局分别牵头多少项", scope)
    assert set(ids(out)) == water | farm
    assert out["text"].startswith(f"区水务局牵头 {len(water)} 项，区农业农村局牵头 {len(farm)} 项")


def test_a_total_asked_of_two_years_counts_both_plans(real_bot):
    both = [m.id for m in real_bot.measures if m.issuer == "大兴区" and m.year in (2021, 2026)]
    out = ask(real_bot, "大兴21年跟26年的计划分别有多少项措施")
    assert sorted(ids(out)) == sorted(both) and f"共 {len(both)} 项措施" in out["text"]


@pytest.mark.parametrize("question, scope, word, deadline", [
    ("扬尘方面 长期实施的有哪些", {"issuer": "门头沟区", "year": 2026}, "扬尘", "长期实施"),
    ("关于污水 年底前要完成的", DAXING, "污水", "年底前"),
])
def test_deadline_list_narrowed_to_a_topic(real_bot, question, scope, word, deadline):
    """A deadline said with 方面 / 关于 a topic: exactly the measures about it that are due so."""
    a = ask(real_bot, question, scope)
    want = {m.id for m in real_bot.measures if m.issuer == scope["issuer"] and m.year == scope["year"]
            and word in m.text and (m.deadline or "").replace(" ", "") == deadline}
    assert a["intent"] == "deadline_list" and want and set(ids(a)) == want
    assert f"涉及“{word}”" in a["text"].splitlines()[0]


def test_deadline_list_about_a_topic_no_measure_has_is_none(real_bot):
    a = ask(real_bot, "噪声方面年底前的任务", {"issuer": "密云区", "year": 2026})
    assert a["intent"] == "deadline_list" and a["abstained"] and not a["measures"]


def test_a_one_line_measure_bm25_ranks_high_is_answered_when_it_holds_the_question(real_bot):
    """The embeddings never rank 区政府督查室…督办 near the top; it holds far more of the question
    than what they rank first, so it leads (and 督着办 is 督办 split by a particle)."""
    a = ask(real_bot, "区里生态环境的重点活儿，谁来督着办？", {"issuer": "门头沟区", "year": 2026})
    assert not a["abstained"] and ids(a)[0] == "001#186"


@pytest.mark.parametrize(("text", "scope", "first", "verdict"), [
    ("21年 绿色祭扫 民政局牵头吗", {"issuer": "大兴区", "year": 2021}, "牵头单位：区民政局", "是，区民政局"),
    ("住建委是全电工地示范的牵头单位吗", {"issuer": "密云区", "year": 2026}, "牵头单位：区住房城乡建设委",
     "是，区住房城乡建设委"),
    ("市里 秸秆露天焚烧监管 是不是市生态环境局牵头", None, "牵头单位：市城市管理委", "不是，市生态环境局"),
])
def test_a_units_role_asked_yes_or_no_gets_the_field_then_yes_or_no(real_bot, text, scope, first, verdict):
    lines = [line for line in ask(real_bot, text, scope)["text"].split("\n") if line.strip()]
    assert lines[0] == first and lines[1].startswith(verdict)


def test_similar_measures_are_the_next_ranked_on_the_topic(real_bot):
    """"还有类似的吗" after one measure shows others sharing its topic word, not the one shown."""
    session = "similar-noise"
    first = real_bot.ask("大兴固定设备噪声治理", {}, session=session)
    then = real_bot.ask("还有类似的吗", {}, session=session)
    shown = {m["id"] for m in first["measures"][:1]}
    assert then["measures"] and not shown & {m["id"] for m in then["measures"]}
    assert all("噪声" in m["text"] for m in then["measures"]), then["text"]
    again = real_bot.ask("还有类似的吗", {}, session=session)  # goes on: nothing shown before comes back
    assert not {m["id"] for m in first["measures"][:1] + then["measures"]} & {m["id"] for m in again["measures"]}


def test_similar_measures_covering_every_topic_word_come_first(real_bot):
    """"还有类似的吗" after 道路遗撒: a measure printing 遗撒 too, ranked below measures that share only
    道路 (道路清扫, 非道路移动机械), is shown before them."""
    session = "similar-spill"
    first = real_bot.ask("门头沟道路遗撒", {}, session=session)
    then = real_bot.ask("还有类似的吗", {}, session=session)
    assert then["measures"] and "遗撒" in then["measures"][0]["text"], then["text"]
    assert first["measures"][0]["id"] != then["measures"][0]["id"]


def test_other_measures_after_a_topic_answer_stay_on_its_topic(real_bot):
    """"别的措施呢" after a topic answer is more on that topic, not a search for the word 别的."""
    session = "other-after-topic"
    first = real_bot.ask("大兴噪声扰民咋管", {}, session=session)
    then = real_bot.ask("别的措施呢", {}, session=session)
    assert then["measures"] and first["measures"][0]["id"] not in {m["id"] for m in then["measures"]}
    assert all("噪声" in m["text"] for m in then["measures"]), then["text"]


def test_a_district_typed_with_the_wrong_nasal_is_that_district(real_bot):
    """"大心呢" (da-xin for da-xing) after a 门头沟 topic asks 大兴's plan about it."""
    session = "fuzzy-nasal-place"
    real_bot.ask("门头沟输液瓶回收", {}, session=session)
    then = real_bot.ask("大心呢", {}, session=session)
    assert then["measures"] and all(m["issuer"] == "大兴区" and "输液瓶" in m["text"] for m in then["measures"][:1]), then["text"]


def test_more_after_a_topic_answer_asks_past_the_measures_shown(real_bot):
    """"再来几条" after a topic answer (its best 1-3 shown) shows more on the topic, not 没有更多了."""
    session = "more-after-topic"
    first = real_bot.ask("大兴固定设备噪声治理", {}, session=session)
    then = real_bot.ask("再来几条", {}, session=session)
    assert then["measures"] and first["measures"][0]["id"] not in {m["id"] for m in then["measures"]}, then["text"]
