"""The vocabulary bridge: the curated table, finding staff words in questions, mining the terms
the real plans define."""
from __future__ import annotations

import pytest

from planbot.index.parse import bundled_plans_dir
from planbot.retrieval.lexicon import Lexicon, mine_definitions
from planbot.retrieval.tokenize import fold


@pytest.fixture(scope="module")
def plan_text() -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(bundled_plans_dir().glob("*.txt")))


@pytest.fixture(scope="module")
def mined(plan_text: str) -> dict[str, set[str]]:
    return mine_definitions(plan_text.splitlines())


def test_every_bundled_target_is_printed_in_the_plans(plan_text: str) -> None:
    lexicon = Lexicon.load()
    assert len(lexicon.entries) >= 150
    folded = fold(plan_text)
    assert not {t for targets in lexicon.entries.values() for t in targets if t not in folded}
    assert all(word not in targets for word, targets in lexicon.entries.items())


@pytest.mark.parametrize("question, found", [
    ("渣土车归谁管？", [("渣土车", "建筑垃圾运输车")]),
    ("工地冒灰谁负责", [("工地冒灰", "施工扬尘")]),  # the longest staff word, not 冒灰 inside it
    ("挖掘机冒黑烟谁查", [("挖掘机", "非道路移动机械"), ("冒黑烟", "柴油")]),
    ("有机废气治理", [("有机废气", "挥发性有机物")]),
    ("Who handles construction dust?", [("construction dust", "施工扬尘")]),
    ("DUST in the air", [("dust", "扬尘"), ("air", "空气")]),
    ("industry policy", [("industry", "工业")]),  # dust inside industry is not the word dust
    ("区水务局牵头哪些", []),
])
def test_find_staff_words(question: str, found: list[tuple[str, str]]) -> None:
    bridges = Lexicon.load().find(question)
    assert [(b.word, b.targets[0]) for b in bridges] == found
    assert all(fold(question)[b.start:b.end] == b.word for b in bridges)


@pytest.mark.parametrize("term, abbreviation", [
    ("挥发性有机物", "vocs"), ("细颗粒物", "pm2.5"), ("氮氧化物", "nox"), ("化学需氧量", "cod"), ("臭氧", "o3"),
    ("粗颗粒物", "tsp"), ("实验室信息管理系统", "lims"),
])
def test_terms_the_plans_define_are_mined_both_ways(mined: dict[str, set[str]], term: str, abbreviation: str) -> None:
    assert abbreviation in mined[term]
    assert term in mined[abbreviation]


def test_mined_terms_start_after_the_verb(mined: dict[str, set[str]]) -> None:
    assert "完成挥发性有机物" not in mined and "对粗颗粒物" not in mined
    assert mine_definitions(["降低细颗粒物（PM2.5）浓度", "PM10（可吸入颗粒物）下降"]) == {
        "细颗粒物": {"pm2.5"}, "pm2.5": {"细颗粒物"}, "可吸入颗粒物": {"pm10"}, "pm10": {"可吸入颗粒物"}}
    assert mine_definitions(["没有定义的句子（见附件）"]) == {}


def test_deployer_file_adds_entries(tmp_path) -> None:
    extra = tmp_path / "lexicon.toml"
    extra.write_text('[bridge]\n"渣土车" = ["土方车辆"]\n"壁挂炉" = ["清洁取暖"]\n', encoding="utf-8")
    lexicon = Lexicon.load([extra])
    assert lexicon.entries["壁挂炉"] == ("清洁取暖",)  # a word only the deployer file has
    assert "建筑垃圾运输车" in lexicon.entries["渣土车"] and "土方车辆" in lexicon.entries["渣土车"]


@pytest.mark.parametrize("content, error", [
    ('[bridge]\n"渣土车" = "建筑垃圾运输车"\n', "must be a list"),
    ('[bridge]\n"车" = ["货车"]\n', "at least two characters"),
])
def test_bad_deployer_file_is_a_clear_error(tmp_path, content: str, error: str) -> None:
    extra = tmp_path / "lexicon.toml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        Lexicon.load([extra])
