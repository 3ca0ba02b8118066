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
    ("EVs for the town", [("evs", "新能源车")]),
    ("every district's plan", []),  # ev inside every is not the word ev
    ("区水务局牵头哪些", []),
    ("21年河长制协办有谁", [("河长制", "河(湖)长制")]),  # the 2021 plan's bracketed form (folded)
    # a particle typed inside a staff word still finds it, spanning the particle
    ("家里过期的药谁收", [("过期的药", "废药品")]),
    ("路上撒了土没人扫", [("撒了土", "遗撒")]),
    ("喝的水安全吗", [("喝的水", "饮用水")]),  # an entry that has 的 itself, as typed
    ("有的地方挖机坏了", [("挖机", "非道路移动机械")]),  # 的 between words glues no entry
    ("每万平米垃圾多少吨", [("平米", "平方米")]),  # a spoken unit of measure
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


def test_a_family_bridges_each_of_its_staff_words(tmp_path) -> None:
    extra = tmp_path / "lexicon.toml"
    extra.write_text('[family.heating]\nstaff = ["壁挂炉", "小锅炉"]\nplan = ["清洁取暖", "燃气"]\n'
                     '[family.data_centre]\nstaff = ["云机房"]\nplan = ["数据中心"]\n', encoding="utf-8")
    lexicon = Lexicon.load([extra])
    assert lexicon.entries["壁挂炉"] == lexicon.entries["小锅炉"] == ("清洁取暖", "燃气")
    assert lexicon.entries["云机房"] == ("数据中心",)
    assert "数据中心" in lexicon.entries["机房"]  # the bundled family keeps its words


@pytest.mark.parametrize("content, error", [
    ('[family.x]\nstaff = ["壁挂炉"]\n', "exactly `staff` and `plan`"),
    ('[family.x]\nstaff = "壁挂炉"\nplan = ["清洁取暖"]\n', "`staff` must be a list"),
    ('[family.x]\nstaff = ["炉"]\nplan = ["清洁取暖"]\n', "at least two characters"),
])
def test_bad_family_is_a_clear_error(tmp_path, content: str, error: str) -> None:
    extra = tmp_path / "lexicon.toml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        Lexicon.load([extra])


def test_bundled_family_staff_words_are_not_plan_words(plan_text: str) -> None:
    """A printed word finds its own measures; bridging it would rank others above them."""
    import tomllib
    from importlib import resources

    table = tomllib.loads((resources.files("planbot.retrieval") / "lexicon.toml").read_text(encoding="utf-8"))
    folded = fold(plan_text)
    staff = [w for family in table["family"].values() for w in family["staff"]]
    assert len(table["family"]) >= 20
    assert not [w for w in staff if fold(w) in folded]


@pytest.fixture(scope="module")
def bm25():
    from planbot.index.parse import load_catalog, parse_file
    from planbot.retrieval.search import Retriever
    from planbot.retrieval.tokenize import Tokenizer

    catalog = load_catalog(bundled_plans_dir())
    measures = [m for p in sorted(bundled_plans_dir().glob("*.txt")) for m in parse_file(p, catalog).measures]
    return Retriever(measures, Tokenizer(corpus="\n".join(m.text for m in measures))), measures


@pytest.mark.parametrize("question, doc, phrase", [
    ("服务器机房用电量太高", "001", "严格落实新建数据中心能效标准"),  # 机房 -> 数据中心, 用电量 -> 能耗
    ("排污证和环评能不能一起办", "003", "两证合一"),
    ("风力发电往北京送电", "003", "加强从内蒙古"),
    ("呼吁老百姓骑自行车", "003", "办好全国生态日"),
    ("卫生院的点滴瓶回收", "001", "推动输液瓶"),
    ("空中花园和爬山虎", "001", "推进建筑物墙面"),
    ("货车快充桩怎么布局", "001", "统筹充换电"),
    ("重污染天气京津冀联手治理", "003", "深化区域大气污染联防联控"),
    ("公园修剪的枯枝落叶怎么处理", "000", "按照市级要求开展园林绿化废弃物资源化"),
    ("规模化猪场的猪粪怎么还田", "000", "加强秸秆综合利用"),
    ("旧家电旧衣服回收点进社区", "001", "提高再生资源回收利用水平"),
    ("玉米杆子堆地头点火烧了谁管", "001", "严格秸秆露天焚烧监管"),  # burning named after its object
    ("饭馆泔水剩菜怎么处置", "000", "推进厨余垃圾资源化处置项目建设"),
    ("老百姓节约用电随手关灯的宣传", "001", "办好全国生态日"),
    ("废弃采石场复绿", "001", "实施矿山生态修复"),
    ("暖气按户计量收费", "004", "推进供热分户计量和智能化控制"),  # 计量收费 -> 分户计量
    ("旱河那几条劣五类水体咋办的", "004", "消除小龙河、旱河等劣Ⅴ类水体"),  # 劣五类 -> 劣Ⅴ类
    # a trial run or a law named in staff's words (试点, pilot, law): the plans' 先行先试 / 立法
    ("市里美丽乡村搞试点选几个乡镇", "003", "选择 3 个基础条件好"),  # 试点 -> 先行先试
    ("beautiful village pilot townships", "003", "选择 3 个基础条件好"),
    ("noise legislation progress", "003", "推动北京市噪声污染防治条例立法工作"),  # legislation -> 立法
    ("who drafts the noise law", "003", "推动北京市噪声污染防治条例立法工作"),
    # round 12: the 2021 plan's 祭祀 (the 2026 plans print 祭扫), a yearly 体检 of a thing (its
    # 调查评估), and 造林 in a plan that prints only 国土绿化
    ("清明上坟烧纸有啥规定", "004", "倡导文明、低碳、绿色祭祀"),
    ("饮用水源地每年体检", "000", "开展全区饮用水水源地环境状况年度调查评估"),
    ("植树造林有啥重点工程", "003", "深入实施“三北”六期等重点工程"),
    # and complaints posted online, wild land, patrols said without 巡查
    ("网友发帖吐槽污染有人理吗", "001", "试行开展未诉先办"),  # 发帖/吐槽 -> 互联网平台 诉求
    ("荒滩和沼泽地有没有人巡逻", "002", "组织对滩涂、沼泽等未利用地定期开展巡查"),  # -> 滩涂 沼泽 巡查
    # round 13: an English noun before a noun is singular (antibiotic use); the plans print 抗菌药物
    # for clinics and 兽用抗菌药 for farms
    ("clinical antibiotic use", "000", "加强抗菌药物临床应用管理"),
    ("veterinary antibiotic reduction", "000", "实施兽用抗菌药使用减量化行动"),
    # round 13: a car registered (上牌), a coach (大巴) and the place it charges, a small weather
    # station, the VOC survey van, land said to be polluted and who pays, 六五 environment day
    ("今年新上牌的车新能源要占多少", "000", "2026年注册登记汽车中新能源车比例"),
    ("大货车大巴充电加氢的地方有规划没", "000", "研究货车和大中客车补能规划"),
    ("小型气象站建不建", "004", "探索建设微型气象监测网络"),
    ("走航车查VOC", "004", "利用VOCs走航监测技术"),
    ("地被污染了谁来治谁出钱", "004", "坚持“谁污染、谁治理”原则"),
    ("六五环境日搞啥宣传", "000", "办好全国生态日"),
    # round 13: banks lined with concrete, crops and soil sampled together, damages paid, furnace
    # ash, the forecast and how good it is, a polluted plot sealed off
    ("河道硬化砌护坡还搞吗", "001", "逐步恢复自然岸线形态"),  # -> 自然岸线
    ("果园土壤和林产品一起测吗", "002", "落实重点耕地、园地土壤和食用农产品（林产品）协同监测"),  # -> 协同监测
    ("破坏环境赔钱的案子", "001", "落实生态环境损害赔偿案件协同办理机制"),  # -> 生态环境损害 赔偿 案件
    ("生活垃圾焚烧后的渣子怎么利用", "001", "推动实现生活垃圾焚烧炉渣"),  # -> 炉渣
    ("天气预报不准咋提高", "001", "进一步提高短时临近气象预报精准度"),  # -> 气象预报 精准度
    ("污染地块的隔离层被挖坏", "001", "避免后续开发建设对工程阻隔造成破坏"),  # -> 工程阻隔 破坏
    # round 13 (r13f): volunteers (志愿者) for the plans' 志愿服务, green land (绿地, 绿化带) tended by
    # 园林绿化, a hospital (医院) where the 2021 plan says 医疗…机构
    ("环保志愿者做宣传", "001", "推进生态环境志愿服务"),
    ("绿化带打药能不能少点", "000", "分类分区分级推进园林绿化农药减量"),
    ("医院学校周边的地怎么规划", "004", "在居民区、学校、医疗和养老机构等敏感用地"),
    # round 14: a pond by the house, a shut factory's old site, records kept in a book, "use first"
    ("家附近的池塘也要保护吗", "000", "鼓励将群众身边的小微水体"),  # -> 身边 小微水体
    ("停产企业的旧厂区要筛查吗", "000", "开展关停退出工业企业原址用地筛查"),  # -> 关停 原址
    ("土壤现状调查成果要造册吗", "000", "土壤环境现状调查成果台账"),  # -> 台账
    ("新增能源消费先用可再生能源吗", "000", "新增能源消费优先由可再生能源提供"),  # -> 优先
    # round 15: the heavy-pollution days are the alert's response period (空气污染应对期间)
    ("重污染天工地用的车有啥标准", "003", "强化空气污染过程应对"),
    # a dump (垃圾场) is where waste is disposed of (废弃物处置), not only a landfill
    ("垃圾场污水厂冒出来的甲烷", "000", "严格控制废弃物处置、污水处理"),
    # round 15: one programme worded 控量 by one plan and 减量 by another
    ("化肥控量怎么推进", "001", "扎实推进农药化肥减量增效"),  # -> 减量
    ("化肥减量怎么推进", "002", "推进化肥控量增效"),  # -> 控量
])
def test_family_words_find_and_cover_the_measure(bm25, question: str, doc: str, phrase: str) -> None:
    """Everyday words the plans never print still rank the measure first and count as covered."""
    retriever, measures = bm25
    ids = [i for i, m in enumerate(measures) if m.doc.startswith(doc)]
    target = next(i for i in ids if phrase in measures[i].text)
    assert retriever.search(question, ids, k=3, mode="bm25")[0].index == target
    assert retriever.coverage(retriever.terms(question), target) >= 0.55


def test_household_heat_metering_said_as_billing_is_not_absent_from_the_2021_plan(bm25) -> None:
    """收费 is printed only in the 2026 plans (建筑垃圾处置收费); asked with 计量 (按户计量收费) it
    means the 2021 plan's 供热分户计量, so nothing of the question is absent from that plan."""
    retriever, measures = bm25
    ids = [i for i, m in enumerate(measures) if m.doc.startswith("004")]
    assert retriever.absent(retriever.terms("暖气按户计量收费"), ids) == 0.0
    assert retriever.absent(retriever.terms("快递站取件要收费吗"), ids) > 0.0


def test_a_hospital_is_no_absent_subject_where_the_plan_says_medical_institutions(bm25) -> None:
    """The 2021 plan never prints 医院; its 医疗和养老机构等敏感用地 is where a hospital stands."""
    retriever, measures = bm25
    ids = [i for i, m in enumerate(measures) if m.doc.startswith("004")]
    assert retriever.absent(retriever.terms("医院旁边的地规划有讲究吗"), ids) == 0.0


def test_a_long_word_printed_only_inside_a_plan_term_covers_it(bm25) -> None:
    """损害赔偿 is a dictionary word; the plans print it only inside 生态环境损害赔偿."""
    retriever, measures = bm25
    ids = [i for i, m in enumerate(measures) if m.doc.startswith("003")]
    target = next(i for i in ids if "生态环境损害赔偿案件" in measures[i].text)
    hit = retriever.search("跨区的损害赔偿怎么协同", ids, k=3, mode="bm25")[0]
    assert hit.index == target and hit.coverage >= 0.5
