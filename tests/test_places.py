"""The gazetteer: Beijing's districts, towns and streets found in questions, in Chinese or pinyin."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from planbot.index import places
from planbot.index.places import Gazetteer, load, load_tables


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return load()


def found(g: Gazetteer, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.text, tuple(p.name for p in m.places)) for m in g.find(text)]


def test_every_district_is_there_with_its_places(g: Gazetteer) -> None:
    table = tomllib.loads((resources.files("planbot.index") / "places.toml").read_text(encoding="utf-8"))
    assert len(table["districts"]["names"]) == 17 and set(table["places"]) <= set(table["districts"]["names"])
    assert len(g.districts) == 17
    for district, kinds in table["places"].items():
        for kind, names in kinds.items():
            assert all(n.endswith(kind) for n in names), (district, kind)  # the suffix says the kind


@pytest.mark.parametrize("text, expected", [
    ("门头沟区的任务", [("门头沟区", ("门头沟区",))]),
    ("大兴的", [("大兴", ("大兴区",))]),
    ("石景山", [("石景山", ("石景山区",))]),
    ("经开区和亦庄", [("经开区", ("北京经济技术开发区",)), ("亦庄", ("北京经济技术开发区",))]),
    ("魏善庄镇人民政府", [("魏善庄镇人民政府", ("魏善庄镇",))]),
    ("回龙观街道办事处", [("回龙观街道办事处", ("回龙观街道",))]),
    ("回龙观那边", [("回龙观", ("回龙观街道",))]),  # a stem of three characters
    ("雁翅的目标", [("雁翅", ("雁翅镇",))]),  # a town's two-character stem
    ("大兴庄镇", [("大兴庄镇", ("大兴庄镇",))]),  # 平谷's town, not 大兴: the longest name wins
    ("亦庄镇", [("亦庄镇", ("亦庄镇",))]),
    ("八里庄街道", [("八里庄街道", ("八里庄街道", "八里庄街道"))]),  # two districts have one
])
def test_names_short_forms_and_towns(g: Gazetteer, text: str, expected: list) -> None:
    assert found(g, text) == expected


def test_a_town_knows_its_district(g: Gazetteer) -> None:
    assert [p.district for p in g.lookup("魏善庄镇")] == ["大兴区"]
    assert [p.district for p in g.lookup("回龙观")] == ["昌平区"]
    assert {p.district for p in g.lookup("八里庄街道")} == {"朝阳区", "海淀区"}
    assert [(p.kind, p.district) for p in g.lookup("延庆")] == [("区", "延庆区")]  # not 延庆镇


@pytest.mark.parametrize("text", [
    "密云水库保护", "大兴机场周边", "永定河治理", "中关村门头沟园管委会", "河北雄安新区", "清水河", "光明日报",
])
def test_other_things_named_like_places_are_not_places(g: Gazetteer, text: str) -> None:
    assert not any(p.kind == "区" and p.name in ("密云区", "大兴区") for m in g.find(text) for p in m.places)
    assert all(m.place.kind in ("区", "市") for m in g.find(text))  # no town read into a word


@pytest.mark.parametrize("text, expected", [
    ("斋堂和清水谁的目标低", ["斋堂镇", "清水镇"]),
    ("清水、雁翅两个镇", ["清水镇", "雁翅镇"]),
    ("雁翅镇跟清水比一比", ["雁翅镇", "清水镇"]),
    ("清水河和雁翅", ["雁翅镇"]),  # a river's name, not the town
    ("大兴和清水", ["大兴区"]),  # a district is no list of towns of its own
    ("清水的水质", []),
])
def test_a_common_word_stem_listed_with_a_town_of_its_district_is_that_town(g: Gazetteer, text, expected) -> None:
    """清水 / 龙泉 are ordinary words, read as a town only in a list of that district's places."""
    assert [m.place.name for m in g.find(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("What does the Daxing plan say?", [("Daxing", ("大兴区",))]),
    ("Mentougou district targets", [("Mentougou district", ("门头沟区",))]),
    ("Men Tou Gou", []),  # spelled apart it is not a name we know
    ("haidian", [("haidian", ("海淀区",))]),  # the district, not 海淀街道
    ("Beijing", [("Beijing", ("北京市",))]),
    ("Weishanzhuang town", [("Weishanzhuang town", ("魏善庄镇",))]),
    ("Yizhuang", [("Yizhuang", ("北京经济技术开发区",))]),
    ("Beijingers and daxingly", []),  # whole words only
])
def test_english_names_by_pinyin(g: Gazetteer, text: str, expected: list) -> None:
    assert found(g, text) == expected


def test_issuers_outside_the_file_are_found_by_name(g: Gazetteer) -> None:
    more = g.with_districts(["雄安新区", "大兴区"])
    assert found(more, "雄安新区的计划") == [("雄安新区", ("雄安新区",))]
    assert found(more, "雄安的计划") == [("雄安", ("雄安新区",))]
    assert found(more, "Xiongan") == [("Xiongan", ("雄安新区",))]
    assert g.with_districts(["大兴区"]) is g and not g.find("雄安")  # the shared one is unchanged


def test_a_deployer_file_adds_places(tmp_path) -> None:
    extra = tmp_path / "places.toml"
    extra.write_text('[places."大兴区"]\n"镇" = ["新建测试镇"]\n[bare]\nignore = ["西红门"]\n', encoding="utf-8")
    g = Gazetteer.from_tables(load_tables([extra]))
    assert [p.district for p in g.lookup("新建测试镇")] == ["大兴区"]
    assert g.lookup("新建测试") and not g.lookup("西红门") and g.lookup("西红门镇")
    assert places.load() is places.load()  # cached: built once per process


def test_a_district_typed_by_sound_is_respelled(g: Gazetteer) -> None:
    assert g.respell("蜜云的呢") == "密云的呢" and g.respell("那门头钩呢") == "那门头沟呢"
    assert g.respell("顺艺区") == "顺义区" and g.respell("门头沟呢") == "门头沟呢"
    assert g.respell("大秀的呢") == "大秀的呢"  # another sound: not guessed
    # front and back nasals typed for each other (模糊音): 大心/大新 are da-xin, 大兴 da-xing
    assert g.respell("大心呢") == "大兴呢" and g.respell("大新的呢") == "大兴的呢" and g.respell("梦头沟呢") == "门头沟呢"
    assert g.respell("大心的事", {"大心"}.__contains__) == "大心的事"  # a word of its own is kept
    assert g.respell("评估的呢", {"评估"}.__contains__) == "评估的呢"  # a word of its own is kept
    assert g.respell("那清水的呢", district="门头沟区") == "那清水镇的呢"  # a common stem, in its district
    assert g.respell("清水呢") == "清水呢" and g.respell("清水河呢", district="门头沟区") == "清水河呢"
