"""Unit names: cleaning, alias groups, collectives, and finding units in questions.

The directory is built from the unit names the real parser reads from the bundled sample plans,
so a table entry that no printed name uses, or a printed name the table splits wrongly, shows up.
"""
from __future__ import annotations

import time

import pytest

from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.index.units import UnitDirectory, clean_unit, fold


@pytest.fixture(scope="module")
def printed() -> list[str]:
    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    return [u for p in sorted(plans.glob("*.txt")) for m in parse_file(p, catalog).measures
            for u in (*m.lead, *m.responsible, *m.assist)]


@pytest.fixture(scope="module")
def units(printed: list[str]) -> UnitDirectory:
    return UnitDirectory(printed)


@pytest.mark.parametrize("raw, cleaned", [
    ("区生态环境局", "区生态环境局"),
    ("区城管执法局等部门", "区城管执法局"),
    ("区住建委等单位", "区住建委"),
    ("北庄镇等", "北庄镇"),
    ("市委金融委员会 办公室", "市委金融委员会办公室"),
    (" 区水务局\n", "区水务局"),
    ("各镇街（地区）", "各镇街（地区）"),
    ("区水务局、", "区水务局"),
    ("——", None),
    ("--", None),
    ("—", None),
    ("", None),
    ("   ", None),
    ("等部门", None),
])
def test_clean_unit(raw: str, cleaned: str | None) -> None:
    assert clean_unit(raw) == cleaned


@pytest.mark.parametrize("raw, folded", [
    ("環保局", "环保局"),
    ("區水務局牽頭", "区水务局牵头"),
    ("ＰＭ２．５", "PM2.5"),
    ("水务局，牵头？", "水务局,牵头?"),
    ("好。、“是”", "好。、“是”"),
    ("　", " "),
])
def test_fold_is_width_and_script_folding_one_char_per_char(raw: str, folded: str) -> None:
    assert fold(raw) == folded
    assert len(fold(raw)) == len(raw)


def test_every_printed_name_is_known_and_found_whole(units: UnitDirectory, printed: list[str]) -> None:
    for name in set(printed):
        assert units.is_known(name), name
        assert name in units.names_for(name)
        found = units.find_mentions(name)
        assert [(m.start, m.end, m.known) for m in found] == [(0, len(name), True)], (name, found)


@pytest.mark.parametrize("name, key", [
    ("区住建委", "区住房城乡建设委"),
    ("区发改委", "区发展改革委"),
    ("区经信局", "区经济和信息化局"),
    ("区卫健委", "区卫生健康委"),
    ("区文旅局", "区文化和旅游局"),
    ("区城管委", "区城市管理委"),
    ("区公安分局交通支队", "区公安交通支队"),
    ("区机关后勤中心", "区机关事务中心"),
    ("区机关事务管理服务中心", "区机关事务中心"),
    ("区园林中心", "区园林绿化服务中心"),
    ("区环卫中心", "区环境卫生服务中心"),
    ("区城指中心", "区城市管理指挥中心"),
    ("市经济信息化局", "市经济和信息化局"),
    ("市发展和改革委员会", "市发展改革委"),
    ("区规自分局", "规自分局"),
    ("市规划自然资源委大兴分局", "规自分局"),
    ("市交通委密云公路分局", "公路分局"),
    ("国网密云供电公司", "供电公司"),
    ("安定镇人民政府", "安定镇"),
    ("安定镇政府", "安定镇"),
    ("各镇政府", "各镇人民政府"),
    ("各镇街（地区）", "各镇街"),
    ("火星局", "火星局"),
])
def test_canonical(units: UnitDirectory, name: str, key: str) -> None:
    assert units.canonical(name) == key


@pytest.mark.parametrize("a, b", [
    ("区城市管理委", "区城管执法局"),
    ("区生态环境局", "市生态环境局"),
    ("区公安分局", "区公安交通支队"),
    ("区园林绿化局", "区园林绿化服务中心"),
    ("区交通局", "区公路分局"),
    ("市规划自然资源委", "市规划自然资源委大兴分局"),
    ("区邮政局", "区邮政公司"),
])
def test_different_units_stay_apart(units: UnitDirectory, a: str, b: str) -> None:
    assert units.canonical(a) != units.canonical(b)
    assert not units.matches(a, b)


def test_bare_names_mean_either_level_and_default_to_the_district(units: UnitDirectory) -> None:
    assert units.names_for("环保局") >= {"环保局", "区生态环境局", "市生态环境局"}
    assert units.canonical("生态环境局") == "区生态环境局"
    assert units.names_for("发改委") >= {"区发改委", "区发展改革委", "市发展改革委", "市发展和改革委员会"}


@pytest.mark.parametrize("query, printed_name, expected", [
    ("住建委", "区住房城乡建设委", True),
    ("住建委", "区住建委", True),
    ("环保局", "区生态环境局", True),
    ("城管委", "区城管执法局", False),
    ("交警", "区公安分局交通支队", True),
    ("规自分局", "市规划自然资源委密云分局", True),
    ("魏善庄镇", "魏善庄镇政府", True),
    ("魏善庄镇", "各镇政府", False),
    ("大峪街道", "各镇街", False),
    # the collectives as staff say them, without 各 (街道办牵头哪些, 乡镇政府主责的)
    ("街道办", "各街道办事处", True),
    ("乡镇政府", "各镇人民政府", True),
    ("街道办", "各镇人民政府", False),
    # a bureau typed by its stem alone, as staff do in a chat (市场监管 牵头哪些)
    ("市场监管", "区市场监管局", True),
    ("文旅", "区文旅局", True),
    ("市场监管", "区商务局", False),
])
def test_matches(units: UnitDirectory, query: str, printed_name: str, expected: bool) -> None:
    assert units.matches(query, printed_name) is expected


def test_collectives_are_expanded_only_on_request(units: UnitDirectory) -> None:
    assert units.names_for("大峪街道") == {"大峪街道"}
    assert "各镇街" in units.names_for("大峪街道", expand_collectives=True)
    assert units.matches("魏善庄镇", "各镇政府", expand_collectives=True)
    assert units.matches("通州区政府", "各区政府", expand_collectives=True)


@pytest.mark.parametrize("name, member_of, not_member_of", [
    ("王平镇", {"各镇街", "各镇人民政府", "相关镇街"}, {"各街道办事处"}),
    ("大峪街道", {"各镇街", "各街道办事处"}, {"各镇人民政府"}),
    ("檀营地区", {"各镇街（地区）"}, {"各镇人民政府"}),
    ("新媒体基地管委会", {"各产业基地管委会", "各产业园区管委会"}, {"各镇街"}),
    ("延庆区政府", {"各区政府", "相关区政府"}, set()),
])
def test_collectives_for(units: UnitDirectory, name: str, member_of: set[str], not_member_of: set[str]) -> None:
    found = units.collectives_for(name)
    assert member_of <= found
    assert not (not_member_of & found)


def test_bureaus_belong_to_no_collective(units: UnitDirectory) -> None:
    assert units.collectives_for("区水务局") == set()


@pytest.mark.parametrize("name, district", [
    ("大峪街道", "门头沟区"), ("鼓楼街道", "密云区"), ("魏善庄镇政府", "大兴区"),
    ("通州区政府", "通州区"), ("区水务局", None), ("火星镇", None),
])
def test_district_of(units: UnitDirectory, name: str, district: str | None) -> None:
    assert units.district_of(name) == district


@pytest.mark.parametrize("text, expected", [
    ("大兴区环保局牵头哪些", [("区环保局", ("区生态环境局",))]),
    ("门头沟住建委有啥任务", [("住建委", ("区住房城乡建设委", "市住房城乡建设委"))]),
    ("城管执法局和城管委", [("城管执法局", ("区城管执法局",)), ("城管委", ("区城市管理委", "市城市管理委"))]),
    ("城管有啥任务", [("城管", ("区城市管理委", "市城市管理委"))]),
    ("市生态环境局牵头的", [("市生态环境局", ("市生态环境局",))]),
    ("北京市生态环境局", [("市生态环境局", ("市生态环境局",))]),
    ("交通支队负责什么", [("交通支队", ("区公安交通支队",))]),
    ("水务局", [("水务局", ("区水务局", "市水务局"))]),
    ("環保局", [("环保局", ("区生态环境局", "市生态环境局"))]),
    ("规自分局", [("规自分局", ("规自分局",))]),
    ("经开区管委会", [("经开区管委会", ("北京经济技术开发区管委会",))]),
    ("门头沟区政府牵头", [("门头沟区政府", ("门头沟区政府",))]),
    ("各镇街（地区）", [("各镇街(地区)", ("各镇街",))]),
    ("我是王平镇的", [("王平镇", ("王平镇",))]),
    ("配合环保局的有哪些", [("环保局", ("区生态环境局", "市生态环境局"))]),
    ("请问下水务局牵头哪些", [("水务局", ("区水务局", "市水务局"))]),
    ("改成城管委", [("城管委", ("区城市管理委", "市城市管理委"))]),  # a follow-up's switch verb is no part of it
    ("如果是水务局呢", [("水务局", ("区水务局", "市水务局"))]),
])
def test_find_mentions(units: UnitDirectory, text: str, expected: list) -> None:
    found = units.find_mentions(text)
    assert [(m.text, m.keys) for m in found] == expected
    assert all(m.known and fold(text)[m.start:m.end] == m.text for m in found)  # spans index the input


def test_a_town_mention_carries_its_district_and_collectives(units: UnitDirectory) -> None:
    [m] = units.find_mentions("我在魏善庄镇")
    assert m.district == "大兴区"
    assert m.names == {"魏善庄镇政府"}
    assert {"各镇人民政府", "各镇政府"} <= m.collectives
    assert not m.names & m.collectives


@pytest.mark.parametrize("text, unknown", [
    ("火星局牵头哪些", ["火星局"]),
    ("我想问火星局的任务", ["火星局"]),
    ("火星环保局", ["火星环保局"]),
    ("区人社局牵头的", ["区人社局"]),
    ("城管火星局", ["火星局"]),
    ("配合火星局的有哪些", ["火星局"]),
    ("列出火星局的措施", ["火星局"]),
    ("大兴火星办牵头哪些", ["火星办"]),  # …办 is a unit's ending too
    ("通州火星局牵头哪些", ["火星局"]),  # the place in front is not part of the unknown name
    ("海淀区人社局负责啥", ["人社局"]),
    ("火星管委会和土星委员会", ["火星管委会", "土星委员会"]),
    ("水务局比火星局多几项", ["火星局"]),  # 比 joins two names, it is in neither
])
def test_unknown_unit_like_words_are_reported(units: UnitDirectory, text: str, unknown: list[str]) -> None:
    assert [m.text for m in units.find_mentions(text) if not m.known] == unknown


@pytest.mark.parametrize("text", [
    "数据中心节能改造", "城市副中心", "中心城区", "如何委托第三方", "局部地区", "哪个局牵头", "各级政府",
    "环保绩效A、B级", "交通噪声", "园林绿化废弃物", "",
    "挂牌督办的问题", "接诉即办", "怎么办理", "一网通办",
])
def test_no_unit_in_ordinary_words(units: UnitDirectory, text: str) -> None:
    assert units.find_mentions(text) == []


@pytest.mark.parametrize("text, name, key", [
    ("门头沟区政府办公室负责啥", "区政府办公室", "区政府办公室"),  # not the city plan's 门头沟区政府
    ("门头沟区政府牵头哪些", "门头沟区政府", "门头沟区政府"),
    ("大兴区水务局牵头哪些", "区水务局", "区水务局"),
])
def test_a_place_then_a_longer_name_is_that_name(units: UnitDirectory, text: str, name: str, key: str) -> None:
    [m] = units.find_mentions(text)
    assert m.text == name and m.keys == (key,)


@pytest.mark.parametrize("text", ["列出区水务局牵头的", "请列举区水务局的事项", "梳理区水务局承担的工作", "统计区水务局的任务"])
def test_a_request_verb_before_a_name_is_not_part_of_it(units: UnitDirectory, text: str) -> None:
    [m] = units.find_mentions(text)
    assert m.known and m.text == "区水务局"


def test_ambiguous_words_and_narrowing_by_level(units: UnitDirectory) -> None:
    [m] = units.find_mentions("城管局")
    assert m.ambiguous
    narrowed = units.narrow(m, "区")
    assert narrowed.keys == ("区城市管理委", "区城管执法局")
    assert narrowed.ambiguous
    [bare] = units.find_mentions("生态环境局")
    assert not bare.ambiguous  # two levels, one unit each: the issuer decides
    assert units.narrow(bare, "市").keys == ("市生态环境局",)
    assert units.narrow(bare, "市").names == {"市生态环境局"}


def test_unprefixed_printed_name_joins_the_district_group() -> None:
    units = UnitDirectory(["生态环境局", "区水务局"])
    assert units.canonical("生态环境局") == "区生态环境局"
    assert units.matches("环保局", "生态环境局")


def test_deployer_table_adds_and_merges_groups(tmp_path, printed: list[str]) -> None:
    extra = tmp_path / "aliases.toml"
    extra.write_text(
        '[[generic]]\nnames = ["河长制办公室", "河长办"]\n'
        '[[literal]]\nnames = ["区生态环境局", "区环境执法大队"]\n'
        '[places."大兴区"]\n"镇" = ["火星镇"]\n',
        encoding="utf-8",
    )
    units = UnitDirectory(printed + ["区河长制办公室"], [extra])
    assert units.canonical("河长办") == "区河长制办公室"
    assert units.matches("区环境执法大队", "区生态环境局")
    assert units.district_of("火星镇政府") == "大兴区"
    assert "各镇人民政府" in units.collectives_for("火星镇")


@pytest.mark.parametrize("text, keys", [
    ("what does the Water Bureau lead", [("区水务局", "市水务局")]),  # narrowed by the plan, as 水务局
    ("the traffic police detachment and the police", [("区公安交通支队",), ("区公安分局", "市公安分局")]),  # longest first
    ("ECOLOGY AND ENVIRONMENT BUREAUS", [("区生态环境局", "市生态环境局")]),  # any case, a plural
    ("town governments in Daxing", [("各镇人民政府",)]),
    ("水务局 and the highway branch", [("区水务局", "市水务局"), ("公路分局",)]),
    ("policemen on watershed patrols", []),  # whole words only
    ("tasks of the ecology bureau", [("区生态环境局", "市生态环境局")]),
    ("the planning commission", [("规自分局", "市规划自然资源委")]),  # a district's branch or the city's: the plan decides
    # the words English writers swap: committee for commission, department for bureau, center for centre
    ("the urban management committee", [("区城市管理委", "市城市管理委")]),
    ("the Water Department", [("区水务局", "市水务局")]),
    ("the sanitation center", [("区环境卫生服务中心",)]),
])
def test_english_unit_names(units: UnitDirectory, text: str, keys: list) -> None:
    found = units.find_mentions(text)
    assert [m.keys for m in found] == keys and all(m.known for m in found)


def test_long_text_is_fast(units: UnitDirectory) -> None:
    text = ("区生态环境局牵头，区水务局配合，火星局参与。" * 250)[:5000]
    started = time.perf_counter()
    found = units.find_mentions(text)
    assert time.perf_counter() - started < 1.0
    assert len(found) > 500


# ---------------------------------------------------------------- mistyped names

@pytest.mark.parametrize("text, typed, key", [
    ("城官委牵头哪些", "城官委", "区城市管理委"),            # homophone 官/管
    ("区生态环竟局牵头的", "区生态环竟局", "区生态环境局"),  # homophone 竟/境
    ("区园林绿花局负责什么", "区园林绿花局", "区园林绿化局"),  # homophone 花/化
    ("住健委的任务", "住健委", "区住房城乡建设委"),          # 健/建: sounds like 住建委, one slip from 卫健委
    ("区卫建委的任务", "区卫建委", "区卫生健康委"),          # 建/健: sounds like 卫健委, one slip from 住建委
    ("区城管执发局牵头哪些", "区城管执发局", "区城管执法局"),  # a slip after a known prefix (区城管)
    ("区生态环境保局", "区生态环境保局", "区生态环境局"),    # one character added
    ("区农业农局", "区农业农局", "区农业农村局"),            # one character dropped
    ("区市场监管理局", "区市场监管理局", "区市场监管局"),    # one character added
    ("市场监管理局负责啥", "市场监管理局", "区市场监管局"),  # not cut at the stem 市场监管 it starts with
    ("门头沟城官委牵头的", "城官委", "区城市管理委"),        # a place glued in front of the slip
    ("密云卫生建康委负责什么", "卫生建康委", "区卫生健康委"),
    ("大兴区气像局有啥任务", "气像局", "区气象局"),
    ("卫建委负责哪些", "卫建委", "区卫生健康委"),            # not the 建委 (住建委) it contains
    ("门头沟卫建委负责哪些", "卫建委", "区卫生健康委"),
    ("区农业农村厅牵头哪些", "区农业农村厅", "区农业农村局"),  # a wrong last character
    ("区生态境环局牵头的", "区生态境环局", "区生态环境局"),  # two neighbours swapped
    ("生态环局有啥任务", "生态环局", "区生态环境局"),        # one dropped: the unit's longest name decides
    ("百花山管里处负责啥", "百花山管里处", "百花山管理处"),  # the slip is a particle (里) inside the name
    ("门头钩城官委牵头的", "城官委", "区城市管理委"),        # a district typed by sound glued in front
    ("平股卫建委配合哪些", "卫建委", "区卫生健康委"),
    # the last character typed by its sound (局 -> 句 / 据, 委 -> 伟)
    ("大兴交通句牵头的", "交通句", "区交通局"),
    ("规自分句配合哪些", "规自分句", "规自分局"),
    ("卫建伟负责啥", "卫建伟", "区卫生健康委"),
    # a homophone of two units taken for the one it matches in tones too (物 wu4 as in 水务 shui3wu4,
    # not 税务 shui4wu4); toneless both are shui wu
    ("区水物局牵头哪些", "区水物局", "区水务局"),
    ("水物局6月底前的", "水物局", "区水务局"),
])
def test_mistyped_names_are_matched(units: UnitDirectory, text: str, typed: str, key: str) -> None:
    [m] = units.find_mentions(text)
    assert m.known and m.text == typed and m.keys[0] == key and m.corrected
    assert fold(text)[m.start:m.end] == m.text


@pytest.mark.parametrize("text, first_suggestions", [
    ("区住委牵头哪些", {"区住房城乡建设委"}),  # too short to tell which 委 it shortens: ask, don't guess
])
def test_unsure_names_carry_suggestions_not_a_guess(units: UnitDirectory, text: str, first_suggestions: set[str]) -> None:
    [m] = units.find_mentions(text)
    assert not m.known and not m.keys and not m.names
    assert first_suggestions <= set(m.suggestions)


@pytest.mark.parametrize("a, b", [
    ("卫健委", "住建委"), ("交通局", "交通支队"), ("城管委", "城管执法局"), ("区发改委", "区财政局"),
    ("水务局", "税务局"), ("区商务局", "区税务局"), ("区公安分局", "区公路分局"), ("园林局", "园林中心"),
    ("区生态环境局", "市生态环境局"), ("区教委", "区科委"), ("城管大队", "城管委"),
])
def test_names_sharing_characters_are_never_confused(units: UnitDirectory, a: str, b: str) -> None:
    [ma], [mb] = units.find_mentions(a), units.find_mentions(b)
    assert ma.known and mb.known and not ma.corrected and not mb.corrected
    assert not set(ma.keys) & set(mb.keys)


def test_a_districts_planning_commission_is_its_branch_of_the_city_commission(units: UnitDirectory) -> None:
    """No district has a 规划自然资源委 of its own: its 规自委 is the branch the district plans print."""
    [district] = units.find_mentions("区规自委牵头的")
    assert {"市规划自然资源委大兴分局", "区规自分局"} <= district.names and "市规划自然资源委" not in district.names
    [city] = units.find_mentions("市规划委牵头的")
    assert city.names == {"市规划自然资源委"}
    [bare] = units.find_mentions("规自委牵头的")
    assert {units.narrow(bare, "区").keys, units.narrow(bare, "市").keys} == {district.keys, city.keys}


@pytest.mark.parametrize("text", ["规自牵头的", "规自那边配合的", "大兴规自负责哪些"])
def test_gui_zi_alone_is_the_planning_commission_or_its_branch(units: UnitDirectory, text: str) -> None:
    """规自, staff's short word for 规划自然资源(委/分局), is the unit the plan's level decides."""
    [m] = units.find_mentions(text)
    [district] = units.find_mentions("区规自委牵头的")
    [city] = units.find_mentions("市规划委牵头的")
    assert {units.narrow(m, "区").keys, units.narrow(m, "市").keys} == {district.keys, city.keys}


@pytest.mark.parametrize("slip, other", [("卫建委", "住建委"), ("门头沟卫建委", "门头沟住建委"), ("住健委", "卫健委")])
def test_a_slip_is_never_read_as_the_unit_it_shares_characters_with(units: UnitDirectory, slip: str, other: str) -> None:
    [ms], [mo] = units.find_mentions(slip), units.find_mentions(other)
    assert ms.known and mo.known and not set(ms.keys) & set(mo.keys)


@pytest.mark.parametrize("text", ["火星局牵头哪些", "区人社局牵头的", "火星环保局", "土星委员会", "区体育局牵头哪些"])
def test_far_from_every_unit_stays_unknown(units: UnitDirectory, text: str) -> None:
    assert all(not m.known and not m.corrected for m in units.find_mentions(text))


@pytest.mark.parametrize("asked, includes, excludes", [
    ("各镇街", {"各镇人民政府", "各街道办事处", "各镇街（地区）"}, {"相关镇人民政府", "相关镇街", "各产业园区管委会"}),
    ("各街道", {"各街道办事处", "各镇街", "各镇街（地区）"}, {"各镇人民政府", "相关街道办事处"}),
    ("各乡镇", {"各镇人民政府", "各镇街"}, {"各街道办事处", "相关镇"}),
    ("相关镇", {"相关镇人民政府", "相关镇街（地区）"}, {"各镇人民政府", "各镇街"}),
    ("街乡", {"各镇人民政府", "各街道办事处", "各镇街"}, {"相关镇街", "相关街道办事处"}),  # staff's word for 各镇街
    ("镇街", {"各镇街（地区）", "各镇街"}, {"相关镇街"}),
])
def test_a_collective_asked_lists_the_printed_collectives_sharing_its_places(units, asked, includes, excludes):
    """One plan prints 各镇人民政府 / 各街道办事处, another 各镇街: staff ask either way.  "相关"
    (some of them) stays apart from "各" (all of them)."""
    m = next(m for m in units.find_mentions(f"{asked}牵头哪些") if m.text == asked)
    assert includes <= m.names and not excludes & m.names


@pytest.mark.parametrize("text, name", [
    ("2026年行动计划中区园林绿化局牵头的措施", "区园林绿化局"),
    ("《美丽大兴建设2026年行动计划》中区城市管理综合行政执法局牵头的", "区城市管理综合行政执法局"),
    ("实施方案里区交通局负责哪些", "区交通局"),
])
def test_a_plan_named_before_a_unit_is_not_part_of_its_name(units: UnitDirectory, text: str, name: str) -> None:
    found = units.find_mentions(text)
    assert [(m.text, m.known) for m in found] == [(name, True)]


@pytest.mark.parametrize("text, key", [
    ("北京经济技术开发区管理委员会", "北京经济技术开发区管委会"),
    ("区城市管理委员会", "区城市管理委"),
    ("市发展改革委员会", "市发展改革委"),
])
def test_a_committee_written_in_full_is_the_printed_short_form(units: UnitDirectory, text: str, key: str) -> None:
    found, = units.find_mentions(text)
    assert found.known and found.text == text and units.canonical(key) in found.keys


@pytest.mark.parametrize("text, key", [
    ("蜜云水务局负责哪些", "区水务局"),      # 蜜云 sounds like 密云: where the unit is, not its name
    ("大星交通局牵头的", "区交通局"),
    ("门头钩园林绿化局有啥任务", "区园林绿化局"),
    ("顺意商务局配合的", "区商务局"),
])
def test_a_district_typed_by_sound_before_a_unit_is_not_part_of_it(units: UnitDirectory, text: str, key: str) -> None:
    [m] = units.find_mentions(text)
    assert m.known and key in m.keys
    assert units.sounds_like_place(fold(text)[:m.start]) is not None


def test_a_word_that_only_sounds_like_a_place_after_other_words_stays_unknown(units: UnitDirectory) -> None:
    [m] = units.find_mentions("火星大型局负责哪些")
    assert not m.known


def test_the_transport_commissions_short_name_is_not_the_education_commission(units: UnitDirectory) -> None:
    """交委 and 教委 sound the same; 交委 is how staff write 交通委, so it is taken as written."""
    [m] = units.find_mentions("市交委牵头哪些")
    assert m.known and not m.corrected and "市交通委" in m.names and "市教委" not in m.names


def test_a_shortened_name_is_the_one_unit_it_ends(units: UnitDirectory) -> None:
    """水库综合执法大队 ends one printed name only; 执法大队 ends two, so the bot asks which."""
    [m] = units.find_mentions("水库综合执法大队牵头的")
    assert m.known and m.keys == ("密云水库综合执法大队",)
    [m] = units.find_mentions("执法大队主责的")
    assert not m.known and {"密云水库综合执法大队", "区城管执法局"} <= set(m.suggestions)


@pytest.mark.parametrize("text", ["大兴生态环境数据有哪些", "说一句就行", "根据数据来看"])
def test_words_ending_like_a_mistyped_unit_are_not_units(units: UnitDirectory, text: str) -> None:
    assert units.find_mentions(text) == []


@pytest.mark.parametrize("text, typed, key", [
    ("住建为牵头的有哪些", "住建为", "区住房城乡建设委"),  # 为 typed for 委: not "为牵头"
    ("发改伟主责哪些", "发改伟", "区发展改革委"),
    ("交通举协办的", "交通举", "区交通局"),
])
def test_an_ending_typed_by_sound_is_part_of_the_name(units: UnitDirectory, text: str, typed: str, key: str) -> None:
    [m] = units.find_mentions(text)
    assert m.known and m.text == typed and key in m.keys and m.corrected


@pytest.mark.parametrize("text, typed", [("城管为什么牵头扬尘", "城管"), ("住建的任务", "住建")])
def test_a_word_after_a_short_name_is_not_its_ending(units: UnitDirectory, text: str, typed: str) -> None:
    assert units.find_mentions(text)[0].text == typed


def test_a_park_said_without_its_district_is_the_plans_district(units: UnitDirectory) -> None:
    """中关村园区 names the park of whichever district's plan is asked about."""
    [m] = units.find_mentions("中关村园区主责的")
    assert {"中关村密云园", "中关村门头沟园管委会"} <= {n for k in m.keys for n in units.names_for(k)}
    assert "中关村密云园" in units.narrow(m, "区", "密云区").names
    assert "中关村密云园" not in units.narrow(m, "区", "门头沟区").names
