"""Rendering a Reply per platform, and byte-limited splitting."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planbot.bot.messages import DEFAULT_TITLE, MORE_HINT, SOURCE_PREFIX
from planbot.bot.render import (
    DINGTALK_BODY_LIMIT,
    DINGTALK_TEXT_LIMIT,
    TITLE_CHARS,
    WECOM_MARKDOWN_LIMIT,
    render,
    split_by_bytes,
    title,
)
from planbot.bot.types import Citation, Reply

CITATION = Citation(doc="000_c193eb6816b03303.txt", label="《持续污染防治攻坚2026年行动计划》(大兴区 2026) 附件1 · 一、共筑美丽蓝天 · 第3项")
ANSWER = Reply(
    title="PM2.5浓度目标",
    blocks=["2026年PM2.5年均浓度控制在30微克/立方米左右。", "牵头单位：区生态环境局。"],
    citations=[CITATION],
    intent="lookup",
)
LIST = Reply(
    title="区水务局牵头的措施（共12项）",
    items=["加强河道巡查（6月底前）", "推进雨污分流改造（年底前）", "开展污水厂提标（长期实施）"],
    more=9,
    intent="list",
)


def test_dingtalk_markdown():
    text = render(ANSWER, "dingtalk")
    assert text.startswith("### PM2.5浓度目标\n\n")
    assert "2026年PM2.5年均浓度控制在30微克/立方米左右。\n\n牵头单位：区生态环境局。" in text
    assert text.endswith(f"> {SOURCE_PREFIX}{CITATION.label}")
    assert "|" not in text  # DingTalk renders no tables


def test_list_reply_shows_items_and_the_more_hint():
    hint = MORE_HINT.format(n=9)
    assert hint == "还有9项，回复“更多”查看"
    dingtalk = render(LIST, "dingtalk")
    assert "1. 加强河道巡查（6月底前）\n2. 推进雨污分流改造（年底前）\n3. 开展污水厂提标（长期实施）" in dingtalk
    assert dingtalk.endswith(f"\n\n**{hint}**")  # its own paragraph, not glued to the last item
    assert render(LIST, "wecom").endswith(f"（长期实施）\n**{hint}**")
    assert render(LIST, "text").endswith(f"（长期实施）\n\n{hint}")


def test_a_more_page_numbers_on_from_where_the_last_stopped():
    page = LIST.model_copy(update={"start": 9})
    assert "9. 加强河道巡查（6月底前）\n10. 推进雨污分流改造（年底前）\n11. 开展污水厂提标" in render(page, "text")
    assert "\n1. " not in render(page, "wecom")


def test_no_more_hint_when_everything_fits():
    assert "还有" not in render(LIST.model_copy(update={"more": 0}), "dingtalk")


def test_wecom_markdown_uses_single_newlines():
    text = render(ANSWER, "wecom")
    assert "\n\n" not in text
    assert text.startswith("### PM2.5浓度目标\n2026年")
    assert text.endswith(f"\n> {SOURCE_PREFIX}{CITATION.label}")


def test_plain_text_reads_without_markdown_and_cites_a_place_once():
    other = Citation(doc=CITATION.doc, label=CITATION.label.replace("第3项", "第4项"))
    text = render(ANSWER.model_copy(update={"citations": [CITATION, other, CITATION]}), "text")
    assert text == (
        "PM2.5浓度目标\n\n2026年PM2.5年均浓度控制在30微克/立方米左右。\n\n牵头单位：区生态环境局。\n\n"
        f"{SOURCE_PREFIX}{CITATION.label}\n{SOURCE_PREFIX}{other.label}"
    )
    for marker in ("#", "**", "> "):
        assert marker not in text


def test_abstention_with_only_a_block():
    reply = Reply(blocks=["没有找到相关措施。"], abstained=True)
    assert render(reply, "dingtalk") == render(reply, "wecom") == render(reply, "text") == "没有找到相关措施。"


def test_unknown_style():
    with pytest.raises(KeyError):
        render(ANSWER, "slack")


def test_title():
    assert title(ANSWER) == "PM2.5浓度目标"
    assert title(Reply(blocks=["", "  第一行\n第二行"])) == "第一行"
    assert title(Reply()) == DEFAULT_TITLE
    assert len(title(Reply(title="长" * 100))) == TITLE_CHARS


def test_split_keeps_short_text_whole():
    assert split_by_bytes("一\n二", 100) == ["一\n二"]
    assert split_by_bytes("", 100) == []


def test_split_on_line_boundaries():
    text = "\n".join(["第一行内容"] * 3)  # 15 bytes per line
    assert split_by_bytes(text, 31) == ["第一行内容\n第一行内容", "第一行内容"]


def test_split_never_cuts_a_character():
    assert split_by_bytes("你好世界", 7) == ["你好", "世界"]
    assert split_by_bytes("a😀b", 4) == ["a", "😀", "b"]
    assert split_by_bytes("x" * 5 + "\n" + "你" * 3, 6) == ["xxxxx", "你你", "你"]


def test_split_drops_blank_edges():
    assert split_by_bytes("甲\n\n\n乙", 4) == ["甲", "乙"]


def test_split_rejects_a_limit_below_one_character():
    with pytest.raises(ValueError):
        split_by_bytes("abc", 3)


@given(text=st.text(alphabet=st.sampled_from("a你😀\n ，。"), max_size=400), limit=st.integers(4, 60))
@settings(max_examples=400, deadline=None)
def test_split_properties(text, limit):
    chunks = split_by_bytes(text, limit)
    assert all(0 < len(chunk.encode()) <= limit for chunk in chunks)
    assert all(not chunk.startswith("\n") and not chunk.endswith("\n") for chunk in chunks)
    assert "".join(chunks).replace("\n", "") == text.replace("\n", "")  # nothing lost, order kept
    if len(text.encode()) <= limit and text.strip("\n"):
        assert chunks == [text.strip("\n")]


@pytest.mark.parametrize("style, limit", [("wecom", WECOM_MARKDOWN_LIMIT), ("dingtalk", DINGTALK_TEXT_LIMIT)])
def test_a_long_list_fits_the_platform_limit(style, limit):
    reply = Reply(title="全部措施", items=[f"第{n}项措施：" + "推进大气污染综合治理" * 8 for n in range(400)])
    chunks = split_by_bytes(render(reply, style), limit)
    assert len(chunks) > 1
    assert all(len(chunk.encode()) <= limit for chunk in chunks)
    last_item = int(chunks[0].splitlines()[-1].split(".")[0])
    assert chunks[1].startswith(f"{last_item + 1}. ")  # the cut falls between items
    assert limit < DINGTALK_BODY_LIMIT
