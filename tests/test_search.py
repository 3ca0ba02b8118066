"""BM25 side of the retriever on the real records (the fused path runs in test_bot.py)."""
import numpy as np
import pytest

from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.retrieval.asks import asked, unstated
from planbot.retrieval.lexicon import Lexicon
from planbot.retrieval.search import BRIDGE_WEIGHT, LOCALIZERS, QueryTerms, Retriever, _abbreviates
from planbot.retrieval.tokenize import Tokenizer


@pytest.fixture(scope="module")
def measures():
    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    return [m for p in sorted(plans.glob("*.txt")) for m in parse_file(p, catalog).measures]


@pytest.fixture(scope="module")
def tokenizer(measures):
    return Tokenizer(corpus="\n".join(m.text for m in measures))


@pytest.fixture(scope="module")
def retriever(measures, tokenizer):
    return Retriever(measures, tokenizer)


@pytest.fixture(scope="module")
def unbridged(measures, tokenizer):
    return Retriever(measures, tokenizer, lexicon=Lexicon({}), synonym_groups=())


def test_best_measure_first_with_full_coverage(retriever):
    [top, *_] = retriever.search("废铅蓄电池收集转运试点", mode="bm25")
    m = retriever.measures[top.index]
    assert m.id == "004#158" and top.bm25_rank == 1 and top.dense_rank is None and top.coverage == 1.0


def test_candidates_restrict_the_ranking(retriever):
    pool = [i for i, m in enumerate(retriever.measures) if m.doc.startswith("002")]
    hits = retriever.search("扬尘", candidates=pool, k=10, mode="bm25")
    assert hits and all(retriever.measures[h.index].doc.startswith("002") for h in hits)
    assert retriever.search("扬尘", candidates=[], mode="bm25") == []


def test_words_the_plans_never_use_rank_nothing(retriever):
    assert retriever.search("食堂开饭", mode="bm25") == []
    assert retriever.search("食堂开饭", mode="dense") == []  # no vectors: no dense ranking


@pytest.mark.parametrize("question, plan_word", [
    ("工地冒灰谁负责", "施工扬尘"),
    ("工程机械冒黑烟", "非道路移动机械"),
    ("有机废气怎么治理", "vocs"),
    ("臭水沟", "黑臭水体"),
    ("建筑垃圾半夜有人偷倒", "倾倒"),  # 乱/偷 + the act: the plans print the act's own word
    ("小作坊往沟里乱排", "偷排"),
    ("下雨以后河沟里的垃圾", "雨后"),
    # everyday descriptions of the problem, not its plan name
    ("河滩上的空地黄土露着", "裸地"),
    ("一刮风就起土", "扬尘"),
    ("快速路旁的隔音板", "隔声屏障"),
    ("运渣土的车", "建筑垃圾运输车"),
    ("地头有人烧麦秸", "露天焚烧"),
    ("村头冒烟", "焚烧"),
    ("小锅炉煤改气", "煤改清洁能源"),
    ("诊所扔的针头", "医疗废物"),
    ("河道里私自挖砂", "私挖盗采"),
    ("家具厂刷漆", "涂料"),
    ("隔壁装修吵得睡不着", "噪声"),
    ("河里漂着脏东西", "漂浮物"),
    ("村里井水不达标", "饮用水"),
    ("学校养老院边上的地", "养老机构"),
    ("绿地浇水冲到路上", "灌溉"),
])
def test_staff_words_reach_the_plan_words(retriever, unbridged, question, plan_word):
    staff = [b.word for b in retriever.lexicon.find(question)]
    holder = next(i for i, m in enumerate(retriever.measures)
                  if plan_word in m.text.lower() and not any(w in m.text.lower() for w in staff))
    assert retriever.coverage(retriever.terms(question), holder) > unbridged.coverage(unbridged.terms(question), holder)
    hits = retriever.search(question, k=5, mode="bm25")
    assert any(plan_word in retriever.measures[h.index].text.lower() for h in hits)


def test_bridge_terms_weigh_less_than_typed_words(retriever):
    terms = retriever.terms("渣土车扬尘")
    assert terms.weights["扬尘"] == 1.0
    bridged = set(retriever.tokenizer.tokens("建筑垃圾运输车")) - set(terms.tokens)
    assert bridged and all(terms.weights[t] == BRIDGE_WEIGHT for t in bridged)
    assert "施工扬尘" not in terms.weights
    assert retriever.terms("区水务局牵头").alternatives == {}


def test_fragments_weigh_less_than_words_the_plans_never_use(retriever):
    """食堂 (a word the plans never print) is evidence of absence; 子 or a glued fragment is not."""
    assert retriever._weight("食堂") == retriever.unseen_idf
    assert retriever._weight("子") < retriever.unseen_idf
    assert retriever._weight("扬尘") == retriever.idf["扬尘"]


def test_hits_carry_the_evidence_for_the_confidence_rule(retriever):
    hits = retriever.search("废铅蓄电池收集转运试点", k=3, mode="bm25")
    assert hits[0].bm25_share > hits[-1].bm25_share > 0
    assert all(h.dense_z == 0.0 for h in hits)  # no vectors here; test_confidence.py runs the model


def test_a_number_asked_for_and_a_measure_without_one(retriever):
    [top, *_] = retriever.search("废铅蓄电池收集转运试点有多少家", mode="bm25")
    assert top.ask_missing  # 004#158 states no number
    [top, *_] = retriever.search("废铅蓄电池收集转运试点", mode="bm25")
    assert not top.ask_missing  # no number asked


class _Pointing:
    """A query encoder whose every question points at one measure: the embeddings "miss" the rest."""

    def __init__(self, vectors, at: int):
        self.vector = vectors[at]

    def encode_queries(self, texts):
        import numpy as np

        return np.array([self.vector for _ in texts])


def test_a_measure_holding_every_word_leads_when_the_embeddings_rank_it_low(measures, tokenizer):
    import numpy as np

    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(measures), 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    target = next(i for i, m in enumerate(measures) if "废铅蓄电池收集转运试点" in m.text)
    elsewhere = (target + 7) % len(measures)
    fused = Retriever(measures, tokenizer, vectors, _Pointing(vectors, elsewhere))
    # staff quote a measure and ask about "this one": the quoted words are all in it, 这条 is no topic word
    [top, *_] = fused.search("“废铅蓄电池收集转运试点”这条谁负责")
    assert top.index == target and top.coverage == 1.0 and top.bm25_rank == 1
    # a question only partly held by BM25's first keeps the fused order
    hits = fused.search("废铅蓄电池收集转运试点 食堂开饭", mode="fused")
    assert hits[0].coverage < 1.0 or hits[0].index == target


def test_bm25s_first_stays_shown_when_it_holds_as_much_as_the_fused_first(measures, tokenizer):
    import numpy as np

    # a one-line measure the embeddings place last, that BM25 ranks first and that holds more of
    # the question than any other: it stays among the hits even when k is small
    question = "秸秆露天焚烧执法 食堂"
    target = next(i for i, m in enumerate(measures) if m.text.startswith("加强对秸秆露天焚烧执法力度"))
    same_plan = [i for i, m in enumerate(measures) if m.doc == measures[target].doc]
    ranked = [h.index for h in Retriever(measures, tokenizer, lexicon=Lexicon({})).search(
        question, candidates=same_plan, k=6, mode="bm25")]
    assert ranked[0] == target
    others = ranked[1:]  # BM25's 2nd to 6th, which the embeddings put first to fifth
    pool = [*others, target]
    rng = np.random.default_rng(2)
    vectors = rng.normal(size=(len(measures), 16)).astype(np.float32)
    query = vectors[others[0]] / np.linalg.norm(vectors[others[0]])
    for rank, i in enumerate(pool):  # the embeddings' order is the pool's order: the target last
        noise = rng.normal(size=16).astype(np.float32)
        noise -= (noise @ query) * query
        vectors[i] = (1.0 - 0.1 * rank) * query + 0.1 * rank * noise / np.linalg.norm(noise)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    fused = Retriever(measures, tokenizer, vectors, _Pointing(vectors, others[0]), lexicon=Lexicon({}))
    everything = fused.search(question, candidates=pool, k=len(pool))
    assert everything[0].index != target and target not in [h.index for h in everything[:2]]
    assert 1.0 > max(h.coverage for h in everything) == next(h for h in everything if h.index == target).coverage
    hits = fused.search(question, candidates=pool, k=2)
    assert [h.index for h in hits] == [everything[0].index, target]


def test_a_bridge_target_already_typed_covers_nothing_more(measures, tokenizer):
    # 冒烟秸秆 stands for 露天焚烧 and, redundantly, for 秸秆 typed anyway: a 秸秆 measure without
    # any burning must not count as covering 冒烟
    r = Retriever(measures, tokenizer, lexicon=Lexicon({"冒烟秸秆": ["秸秆", "露天焚烧"]}))
    terms = r.terms("冒烟秸秆")
    assert all(not alt <= set(terms.tokens) for alts in terms.alternatives.values() for alt in alts)
    plain = next(i for i, m in enumerate(measures) if "秸秆" in m.text and "烧" not in m.text)
    burning = next(i for i, m in enumerate(measures) if "秸秆露天焚烧" in m.text)
    assert r.coverage(terms, burning) == 1.0 > r.coverage(terms, plain)


def test_a_part_the_entry_keeps_as_itself_is_covered_by_itself_only(measures, tokenizer):
    # 烧秸秆 -> 秸秆, 露天焚烧: 露天焚烧 stands for 烧; a burning measure that prints no 秸秆 (of a
    # plan without any) must not count as covering 秸秆
    r = Retriever(measures, tokenizer, lexicon=Lexicon({"烧秸秆": ["秸秆", "露天焚烧"]}))
    terms = r.terms("烧秸秆")
    assert "秸秆" not in terms.alternatives and terms.alternatives["烧"]
    other = next(i for i, m in enumerate(measures) if "露天焚烧" in m.text and "秸秆" not in m.text)
    both = next(i for i, m in enumerate(measures) if "秸秆露天焚烧" in m.text)
    assert r.coverage(terms, both) == 1.0 > r.coverage(terms, other)


@pytest.mark.parametrize("question, kinds", [
    ("执法队座机号码多少，电话打不通", {"number", "contact"}),
    ("新能源补贴一辆车给多少钱", {"number", "money"}),
    ("排污证在哪个窗口办", {"address"}),
    ("渣土车准运证怎么申请，需要哪些材料", {"procedure"}),
    ("政务大厅周六开门吗", {"hours"}),
    ("秸秆焚烧由谁负责巡查", set()),
    ("单位门口监测站具体在哪里？", {"address"}),
    ("医疗废物转移联单在哪些医院试点", set()),  # 在哪些: which ones, not where
    ("节能奖励资金都用在哪", set()),  # 用在哪 / 花在哪: what it is for, not a place
    ("办公室空调坏了找谁修", {"repair"}),
    ("施工把隔离层挖坏了咋办", set()),  # damage done by someone (挖坏了, 弄坏了) is no breakdown
    ("污染地块的隔离层以后盖楼挖坏了咋办", set()),  # damage done (破坏), not a breakdown to report
    ("厨余垃圾桶是啥颜色", {"colour"}),
    ("充电车位收不收费", {"money"}),
    ("渣土处置收费机制谁牵头", set()),  # 收费 named, no fee asked
    ("锅炉低氮改造的奖补标准是怎样规定的", {"money"}),
    ("以旧换新补贴政策由哪个部门落实", set()),  # a subsidy named, no amount asked
    ("What's the penalty for illegal dumping?", {"money"}),
    ("how many charging piles this year", {"number"}),
    ("Who leads the enforcement of fines?", set()),  # fines named, no amount asked
    ("fine particulate matter control", set()),
    ("我们厂的排污许可证批下来没", {"case"}),
    ("帮我查一下我们小区的环评审批进度", {"case"}),
    ("麻烦帮忙催一下上周的投诉", {"case"}),
    ("催办机制谁负责", set()),  # a mechanism named, no case chased
    ("许可证到期换证谁负责", set()),  # the rule for expiring permits is a measure's matter
    # the same kinds asked in English; "in charge" and "fine particulate" ask for none
    ("What is the parking fee near the river?", {"money"}),
    ("How many charging piles will Miyun build?", {"number"}),
    ("hotline for noise complaints", {"contact"}),
    ("Who is in charge of fine particulate matter?", set()),
    # the person holding a post, or what a job pays: plans name units and tasks, never these
    ("区水务局局长叫什么", {"person"}),
    ("我们村的河长是谁啊", {"person"}),
    ("who is the director of the water bureau", {"person"}),
    ("河长制谁牵头", set()),  # the system named, no person asked
    ("局长办公会定的事项谁负责", set()),
    ("护林员待遇怎么样", {"pay"}),
    ("环卫工人工资多少", {"pay", "number"}),
    ("what salary do park rangers get", {"pay"}),
    ("明年水费要涨价吗", {"money"}),
    ("冬天供暖费涨不涨", {"money"}),
    # a budget or an amount of funding, a licence to obtain, where to go for it
    ("绿化工程的经费一共多少", {"money", "number"}),
    ("what is the budget of the noise campaign", {"money"}),
    ("财政资金由哪个部门统筹", set()),  # funding named, no amount asked
    ("开洗车店需要办证吗", {"procedure"}),
    ("搞民宿得办哪些手续", {"procedure"}),
    ("环评批复到哪儿办", {"address"}),
    ("停车费贵不贵", {"money"}),
    ("能源消费总量控制谁牵头", set()),  # 消费 is spending energy, no fee
    # may one do it: a plan answers with a ban or a control, never with a permission
    ("湖边让不让遛狗", {"permission"}),
    ("公园里能不能摆摊卖东西", {"permission"}),
    ("can people swim in the reservoir", {"permission"}),
    ("能不能按期完成", set()),  # whether it gets done, no permission
    # a price, a discount, a payout: none of them a plan's matter, however close its topic
    ("充电桩充一度电啥价", {"money"}),
    ("废纸箱一斤多少钱收", {"number", "money"}),
    ("网上买菜能便宜几毛", {"money"}),
    ("拆迁房子一平米补偿多少", {"number", "money"}),
    ("举报偷排给奖金吗", {"money"}),
    ("建了几块绿地", set()),  # 几块 counts plots, no money
    ("能源消费总量谁控制", set()),
    # may one do it, in the plain 能…吗 form
    ("河里能划船吗", {"permission"}),
    ("能不能规划一下", set()),  # the 划 of 规划 is no boat
    ("湖边的房子可以买吗", {"permission"}),
    ("在山上挖野菜罚不罚", {"sanction"}),  # punished or not: the sanction kind alone
    ("新能源汽车推广谁牵头", set()),  # 能 of 能源 asks nothing
    ("池塘里钓的鱼能吃吗", {"permission"}),
    ("can we go boating on the lake", {"permission"}),
    # where to pick something up or pay for it
    ("垃圾袋去哪领", {"address"}),
    ("采暖费在哪缴费", {"address", "money"}),
    ("危废去哪处理", set()),  # how waste is handled is a measure's matter
    # the firm hired, what people think of the work
    ("绿化养护是哪家中标的", {"contractor"}),
    ("污水管网外包给谁了", {"contractor"}),
    ("充电桩建设哪个公司负责", set()),  # 区供电公司 is a unit the plans name
    ("河道治理完了村民满意吗", {"opinion"}),
    ("哪个街道垃圾分类干得最好", {"opinion"}),
    ("哪个镇PM2.5目标最低", set()),  # a superlative over targets the plans set
    # booking a visit, looking data up
    ("再生水厂开放日参观得预约吗", {"procedure"}),
    ("空气质量排名去哪看", {"lookup"}),
    ("噪声监测的数据在哪能查到", {"lookup"}),
    ("监测数据共享由谁牵头", set()),  # sharing data between offices is a measure's matter
    # how far, how long an office takes, who is hiring, today's reading
    ("变电站离学校多远", {"distance"}),
    ("排污许可证多久能批下来", {"turnaround"}),
    ("环卫所招人吗", {"jobs"}),
    ("今天空气怎么样", {"live"}),
    ("实时水质在哪看", {"live", "lookup"}),
    ("明天天气预报怎么说", {"live"}),
    ("天气预报老不准 有啥提升", set()),  # how good forecasting is: a plan's topic, not today's forecast
    ("年底前水质达标谁负责", set()),
    # whether or how someone is punished: laws and enforcement rules say so, a plan rarely
    ("在河边烧纸会被罚吗", {"sanction"}),
    ("养狗不拴绳罚不罚", {"sanction"}),
    ("工地夜里干活怎么处罚", {"sanction"}),
    ("will restaurants get fined for smoke", {"sanction"}),
    ("违法排污处罚力度谁来加大", set()),  # the enforcement named as a task, nobody asks whether
    ("湖里能下去游泳不", {"permission"}),  # may one, asked as 能X不 / 能X吗
    ("公园草地上能烧烤吗", {"permission"}),
    ("能按时完成吗", set()),  # whether it gets done
    # a person's loss paid for, a district's standing, where to look something up
    ("野猪拱了玉米地给赔吗", {"compensation"}),
    ("生态保护补偿谁牵头", set()),  # the compensation scheme named as a task
    ("我们区空气质量排第几", {"rank"}),
    ("空气质量排名通报谁负责", set()),  # the ranking named as a task
    ("水质数据在哪能查到", {"lookup"}),
    ("where can I check the air forecast", {"lookup"}),
    ("湿地公园门票多少", {"money", "number"}),
    # why a measure was chosen, what went before, how Beijing fares against another city
    ("为啥要给锅炉做低氮改造", {"history"}),
    ("河道清淤是从哪年开始搞的", {"history"}),
    ("why does the district close quarries", {"history"}),
    ("锅炉低氮改造谁牵头", set()),
    ("咱们的垃圾分类跟杭州比怎么样", {"other_city"}),
    ("京津冀联防联控谁负责", set()),  # the neighbours named in the plans, no comparison asked
    # spending asked in English, a facility's street asked in Chinese
    ("how much did they spend on tree planting", {"money", "number"}),
    ("那个污水厂具体在哪条路", {"address"}),
    ("秸秆禁烧具体哪个镇负责", set()),  # which town, not where
    # 那几天, 这几个, 前几年 point at days or things already named: no count asked
    ("重污染那几天工地只能用国六车吗", set()),
    ("这几个镇的秸秆禁烧谁负责", set()),
    ("前几年的淘汰补贴今年还有吗", set()),
    ("重污染天气一年有几天", {"number"}),
])
def test_the_kind_of_information_asked(question, kinds):
    assert {k.name for k in asked(question)} == kinds


@pytest.mark.parametrize("question, text, stated", [
    ("今年种多少棵树", "推进0.5万亩高标准农田建设", False),  # a number, not a count of trees
    ("今年种多少棵树", "新植树木20万棵", True),
    ("充电桩建几个", "组织实施72项重点点位噪声治理", True),  # 项 counts as well as 个
    ("充电桩建几个", "PM2.5年均浓度不高于30微克/立方米", False),
    ("更新多少辆公交车", "新增和更新公交车100辆", True),
    ("超标排放会不会被罚", "严厉处罚无证和不按证排放废水的行为", True),
    ("超标排放会不会被罚", "加强固定污染源执法检查", False),
])
def test_a_count_asked_needs_a_number_with_a_counting_word(question, text, stated):
    assert unstated(asked(question), text) is not stated


@pytest.mark.parametrize("question, text, stated", [
    ("过年让不让放炮", "严格落实关于禁止、限制燃放烟花爆竹等规定", True),
    ("村里能不能养鸡", "确保水源井周边30米范围内无污水、无养殖场等污染源", True),
    ("水库边能不能钓鱼", "落实《密云水库水源保护条例》，开展总氮溯源解析", False),
    ("河滩上能烧秸秆吗", "严格秸秆露天焚烧监管", True),
    ("变电站离学校多远", "施工工地出口两侧各100米范围避免出现车印", True),
    ("变电站离学校多远", "推进变电站周边绿化", False),
])
def test_a_permission_asked_needs_a_ban_or_a_control(question, text, stated):
    assert unstated(asked(question), text) is not stated


def test_a_kind_asked_is_looked_for_in_the_measure():
    money, = asked("罚款标准")
    assert unstated((money,), "加大执法处罚力度")
    assert not unstated((money,), "对违规企业处以2万元罚款")
    contact, = asked("监督电话")
    assert not unstated((contact,), "拨打010-12345678举报")


def test_a_word_only_another_plan_prints_is_absent_in_scope(retriever, tokenizer):
    """Scoped to one plan, a word that only another plan prints is no evidence that this plan answers."""
    r = retriever
    docs = {i: m.doc for i, m in enumerate(r.measures)}
    word = next(t for t, ids in r.postings.items()
                if len(t) >= 3 and list(tokenizer.tokens(t)) == [t] and len({docs[i] for i in ids}) == 1
                and not r.lexicon.find(t))
    home = docs[r.postings[word][0]]
    terms = r.terms(word)
    assert r.absent(terms) == 0.0
    assert r.absent(terms, [i for i, d in docs.items() if d == home]) == 0.0
    assert r.absent(terms, [i for i, d in docs.items() if d != home]) == 1.0


def test_a_word_cut_otherwise_in_the_plan_in_scope_is_still_printed_there(retriever, tokenizer):
    """垃圾焚烧 a token of one plan, only inside 生活垃圾焚烧 in another: that plan still prints it."""
    r = retriever
    docs = {i: m.doc for i, m in enumerate(r.measures)}
    word, other = next((t, d) for t, ids in r.postings.items()
                       if len(t) >= 3 and list(tokenizer.tokens(t)) == [t] and not r.lexicon.find(t)
                       and len({docs[i] for i in ids}) == 1
                       for d in sorted(set(docs.values()) - {docs[ids[0]]})
                       if any(t in m.text for i, m in enumerate(r.measures) if docs[i] == d))
    assert r.absent(r.terms(word), [i for i, d in docs.items() if d == other]) == 0.0


def test_a_word_cut_across_a_staff_words_edge_is_covered_by_its_plan_words(measures, tokenizer):
    # jieba cuts 白蛾子 as 白|蛾子; the staff word 白蛾 spans both, so its plan word covers both
    r = Retriever(measures, tokenizer, lexicon=Lexicon({"白蛾": ["美国白蛾"]}))
    terms = r.terms("白蛾子")
    holder = next(i for i, m in enumerate(measures) if "美国白蛾" in m.text)
    assert r.coverage(terms, holder) == 1.0
    unbridged = Retriever(measures, tokenizer, lexicon=Lexicon({}))
    assert unbridged.coverage(unbridged.terms("白蛾子"), holder) < 1.0


@pytest.mark.parametrize("word, text, short", [
    ("医废", "完善医疗废物收运体系", True),
    ("住建委", "区住房城乡建设委牵头", True),
    ("捕鸟", "打击非法捕猎贩卖鸟类行为", True),
    ("捕鸟", "严禁捕猎，保护鸟类", False),  # not within one clause
    ("洗车", "洗轮机规范安装使用，加强出入口车辆管理", False),  # too far apart
    ("车洗", "洗车", False),  # order matters
])
def test_a_short_form_is_its_characters_close_in_order(word, text, short):
    assert _abbreviates(word, text) is short


def test_only_an_unknown_word_counts_as_a_short_form(retriever, measures):
    # 贩鸟 is no dictionary word and no lexicon entry: the measure on 贩卖鸟类 covers it.  自行车 is
    # a real word the plans never print: 自行…车 in one clause must not count as covering it
    assert not retriever.lexicon.find("贩鸟") and not retriever.tokenizer.knows("贩鸟")
    holder = next(i for i, m in enumerate(measures) if "捕猎贩卖鸟类" in m.text)
    assert retriever.coverage(retriever.terms("贩鸟"), holder) == 1.0
    assert not retriever._short_form("自行车", "企业自行监测车辆排放")


def test_a_hit_holding_clearly_more_of_the_question_leads(measures, tokenizer):
    import numpy as np

    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(len(measures), 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    holder = next(i for i, m in enumerate(measures) if "压减飞灰填埋量" in m.text)
    partial = next(i for i, m in enumerate(measures) if "填埋场地下水" in m.text and m.doc == measures[holder].doc)
    # the embeddings put the measure sharing one word (填埋) first and the one holding most words last
    sims = vectors @ vectors[partial]
    closer = [int(i) for i in np.argsort(-sims) if i not in (holder, partial) and sims[i] > sims[holder]][:3]
    pool = [partial, holder, *closer]
    fused = Retriever(measures, tokenizer, vectors, _Pointing(vectors, partial))
    hits = fused.search("飞灰填埋 焚烧企业 地下水", candidates=pool)
    by_index = {h.index: h for h in hits}
    assert by_index[holder].coverage < 1.0 and by_index[holder].coverage - by_index[partial].coverage >= 0.3
    assert hits[0].index == holder


def test_markup_without_words_finds_nothing(retriever):
    # a pasted image or link with its address blanked leaves only brackets: nothing to rank, so the
    # bot says the plans do not answer rather than showing whatever the embeddings put first
    assert retriever.search("![]( )") == []
    assert retriever.search("[扬尘]( )")  # a word is still searched


@pytest.mark.parametrize("question, placing, stem", [
    ("家里废旧电池怎么处理", "家里", "家"),
    ("咱村秸秆焚烧谁来管", "咱村", "村"),
    ("楼上装修噪声扰民", "楼上", "楼"),
    ("河边垃圾有人清理吗", "河边", "河"),
])
def test_a_placing_word_the_plans_never_print_is_read_as_its_stem(unbridged, tokenizer, question, placing, stem):
    """Where the speaker stands (家里, 楼上, 我们村) is no topic the plans leave out."""
    r = unbridged
    assert placing in tokenizer.tokens(question) and placing not in r.idf
    terms = r.terms(question)
    assert placing not in terms.tokens and stem in terms.tokens
    assert r.absent(terms) < r.absent(QueryTerms(tuple(tokenizer.tokens(question)), {}, {}, ""))


def test_a_placing_word_the_plans_print_or_only_a_place_stays_as_typed(unbridged):
    r = unbridged
    printed = [t for t in r.idf if 2 <= len(t) <= 4 and t.endswith(LOCALIZERS)]  # 地下, 线上 …
    assert printed and all(r._stem(t) == t for t in printed)
    assert r._stem("门口") == "门口"  # nothing left but the place: still evidence
    assert r._stem("食堂") == "食堂"


@pytest.mark.parametrize("question", ["![]( )", "？？！", "有没有"])
def test_a_question_without_one_word_ranks_nothing(retriever, question):
    """Marks (a link the bot took out), or only stop words: nothing says which measure it asks about."""
    assert retriever.terms(question).weights == {}
    assert retriever.search(question) == []


@pytest.mark.parametrize("question", [
    "stray cats and dogs",  # English words whose renderings no plan prints (走散, 狗狗)
    "猫狗咋管",  # characters no plan prints anywhere
])
def test_a_question_sharing_no_word_with_the_plans_is_all_absent(retriever, question):
    """Nothing printed, nothing bridged: whatever the embeddings rank first, no word supports it."""
    terms = retriever.terms(question)
    assert terms.tokens and retriever.absent(terms) == 1.0


@pytest.mark.parametrize("question", [
    "危废 how",  # a short form of a printed phrase anchors it
    "muck trucks parking",  # an English word with a bridge term anchors it
    "coal 咋办",  # a bridge term printed only inside a longer word (煤 in 煤改) still anchors it
])
def test_one_word_in_common_keeps_the_share_of_the_rest(retriever, question):
    terms = retriever.terms(question)
    assert retriever.absent(terms) < 1.0


def test_a_word_printed_only_in_plans_out_of_scope_anchors_nothing(retriever, tokenizer):
    r = retriever
    docs = {i: m.doc for i, m in enumerate(r.measures)}
    word = next(t for t, ids in r.postings.items()
                if len(t) >= 3 and list(tokenizer.tokens(t)) == [t] and len({docs[i] for i in ids}) == 1
                and not r.lexicon.find(t) and sum(t in m.text for m in r.measures) == len(ids))
    home = docs[r.postings[word][0]]
    terms = r.terms(f"{word} parking")
    assert r.absent(terms, [i for i, d in docs.items() if d == home]) < 1.0
    assert r.absent(terms, [i for i, d in docs.items() if d != home]) == 1.0


def test_how_a_nuisance_shows_is_no_topic(retriever):
    # 灰大, 动静大: 大 says how bad it is; 冒沼气, 冒油烟: 冒 says it comes out; the thing is the topic
    for question, word in (("工地灰大", "大"), ("动静大", "大"), ("污水厂冒沼气", "冒"), ("后厨冒油烟", "冒")):
        assert word not in retriever.terms(question).tokens


@pytest.mark.parametrize("question, framing, subject", [
    ("半夜楼下烧烤太吵了", "半夜", "烧烤"),  # 半夜 -> 夜间, printed in many measures
    ("半夜有人在河边遛狗", "半夜", "遛狗"),
    ("小区垃圾桶边上有人烧烤", "垃圾桶", "烧烤"),  # 垃圾桶 -> 生活垃圾, 垃圾
])
def test_a_framing_word_bridged_to_a_common_plan_word_weighs_less_than_the_subject(retriever, question, framing, subject):
    """A complaint's time and place words stand for common plan words; the thing complained of,
    which no plan names, is what decides whether the plans answer it."""
    r = retriever
    terms = r.terms(question)
    assert terms.alternatives.get(framing) and subject not in r.idf
    weights = r._weights(terms)
    assert weights[framing] < r._weight(framing) and weights[framing] < weights[subject]
    typed = {t: r._weight(t) for t in weights}
    assert weights[subject] / sum(weights.values()) > typed[subject] / sum(typed.values())
    assert r.absent(terms) >= weights[subject] / sum(weights.values())


def test_a_bridged_subject_keeps_the_weight_of_the_rare_plan_word(retriever):
    """炮仗 stands for 烟花爆竹, printed in a few measures: it still weighs as a topic."""
    r = retriever
    terms = r.terms("过年放炮仗管不管")
    assert "炮仗" not in r.idf and terms.alternatives["炮仗"]
    assert r._weights(terms)["炮仗"] == max(r.idf[w] for a in terms.alternatives["炮仗"] for w in a) > r.idf["噪声"]


def test_a_coined_word_the_plans_do_not_use_is_absent(retriever):
    """飞线 (a cable run out of a window to charge) is in no dictionary and shortens no phrase of
    the plans: it is a thing they do not name, not a slip."""
    r = retriever
    terms = r.terms("小区飞线充电谁管")
    assert "飞线" in terms.tokens and not r.tokenizer.knows("飞线") and "飞线" not in r.idf
    weights = r._weights(terms)
    assert r.absent(terms) == pytest.approx(weights["飞线"] / sum(weights.values()))


def test_a_piece_glued_from_a_printed_word_is_not_coined(retriever):
    # 卖散|煤: jieba's guess cut 散煤 apart; the plans print 散煤, so nothing here is absent
    terms = retriever.terms("打击卖散煤")
    assert "卖散" in terms.tokens and retriever.absent(terms) == 0.0


def test_a_name_holding_only_a_printed_string_is_coined(retriever):
    """林长制 holds 长制, a string the plans print (河湖长制) but no word of its own: 林长制 is a
    programme the plans do not name, not a piece of 河长制."""
    r = retriever
    terms = r.terms("林长制咋落实")
    assert "林长制" in terms.tokens and not r.prints("林长制")
    weights = r._weights(terms)
    assert r.absent(terms) == pytest.approx(weights["林长制"] / sum(weights.values()))


def test_two_characters_no_plan_prints_side_by_side_are_absent(retriever):
    """二噁英: jieba cuts it into characters; 噁 and 英 together are a name the plans do not use.
    One such character is a slip or a framing word (晚), and a pair a bridge stands for (爬藤:
    垂直绿化) is covered."""
    r = retriever
    terms = r.terms("垃圾焚烧厂二噁英排放")
    assert {"噁", "英"} <= set(terms.tokens)
    weights = r._weights(terms)
    assert r.absent(terms) == pytest.approx((weights["噁"] + weights["英"]) / sum(weights.values()))
    assert r.absent(r.terms("工地晚上施工扰民")) == 0.0
    assert r.absent(r.terms("墙上种爬藤")) == 0.0


def test_a_general_stop_word_the_plans_never_print_is_no_subject(retriever):
    """别的, 一样 (stopwords-iso zh) frame 秸秆焚烧 别的镇一样管吗: no plan prints them, so they are no
    topic the plans lack and weigh nothing; 替代, on the same list, is a word the plans print and
    stays evidence.  BM25 still sees the words typed."""
    r = retriever
    terms = r.terms("秸秆焚烧 别的镇一样管吗")
    assert {"别的", "一样"} <= set(terms.tokens) and {"别的", "一样"} <= r.framing
    assert not {"别的", "一样"} & r._weights(terms).keys()
    assert r.absent(terms) == 0.0
    [top] = r.search(terms, k=1, mode="bm25")
    plain = [t for t in terms.tokens if t not in ("别的", "一样")]
    assert top.coverage == r.coverage(plain, top.index) > 0.0
    assert "替代" in r.idf and "替代" not in r.framing and "替代" in r._weights(r.terms("替代"))


def test_a_stop_word_beside_an_unprinted_character_makes_no_pair(retriever):
    """噁|哪: 哪 frames the question, so 噁 is one unprinted character, not half of a name."""
    r = retriever
    terms = r.terms("二噁英哪有")
    assert ("英", "哪") in terms.side_by_side and "哪" in r.framing
    assert "哪" not in r._unprinted_pairs(terms) and {"噁", "英"} <= r._unprinted_pairs(terms)


def test_a_character_weighs_by_the_measures_printing_it_anywhere(retriever):
    """店 is cut alone in a few measures but printed in many (青云店, 商店): as evidence it
    weighs like the common character it is, so 洗车 decides."""
    r = retriever
    terms = r.terms("洗车店污水乱排")
    weights = r._weights(terms)
    assert "店" in r.idf and weights["店"] < r._weight("店") and weights["店"] < weights["洗车"]


def test_an_e_bike_is_not_bridged_to_new_energy_cars(retriever):
    """电动车 in everyday speech is an e-bike, which no plan covers; 电动汽车 / 电车 is the car."""
    assert "新能源车" not in retriever.terms("电动车进楼道充电谁管").weights
    assert "新能源车" in retriever.terms("电动汽车充电桩建了多少").weights
    assert "新能源车" in retriever.terms("电车补贴还有吗").weights


def test_two_plan_words_typed_as_one_compound_the_plans_never_print_together_are_absent(unbridged, tokenizer):
    """森林|防火: each is printed (a forest in a greening measure, 防火 in a list of coatings), never
    in one measure; the compound asked about is not in the plans.  A pair some measure holds
    together (工地|扬尘) stays present."""
    r = unbridged
    apart = together = None
    words = sorted(t for t, ids in r.postings.items() if len(t) == 2 and 2 <= len(ids) <= 6)
    for a in words:
        for b in words:
            if a == b or tokenizer.tokens(a + b) != [a, b]:
                continue
            shared = set(r.postings[a]) & set(r.postings[b])
            if apart is None and not shared:
                apart = a + b
            if together is None and shared:
                together = a + b
        if apart and together:
            break
    assert apart and together
    assert r.absent(r.terms(apart)) > 0.0
    assert r.absent(r.terms(together)) == 0.0


@pytest.mark.parametrize("question", ["废铅蓄电池收集转运试点", "半夜工地太吵谁管", "农村环境整治 秸秆 露天焚烧"])
def test_the_weighted_bm25_is_rank_bm25s_score(retriever, question):
    """`_bm25` reads term counts from the postings; each term's score is rank-bm25's, to the bit."""
    weights = retriever.terms(question).weights
    every = list(range(len(retriever.measures)))
    sharing = sorted(set().union(*(retriever.postings.get(t, ()) for t in weights)))
    for ids in (every, sharing, every[::7]):
        want = sum(w * np.asarray(retriever.bm25.get_batch_scores([t], ids)) for t, w in weights.items())
        np.testing.assert_array_equal(retriever._bm25(weights, ids), want)


@pytest.mark.parametrize("word", ["扬尘", "秸秆焚烧", "尘扬", "散煤", "卖散", "煤", "燃煤锅炉", "食堂", "pm2.5"])
def test_printed_and_short_forms_are_those_a_scan_of_every_measure_finds(retriever, word):
    """The per-index character pairs and character postings only skip measures that cannot hold the word."""
    texts = retriever._texts
    pool = set(range(0, len(texts), 3))
    assert retriever.mentions(word) == any(word in t for t in texts)
    assert retriever.prints(word, pool) == (any(i in pool for i in retriever.postings.get(word, ()))
                                            or any(word in texts[i] for i in pool))
    assert retriever._shortens(word) == any(_abbreviates(word, t) for t in texts)
    assert retriever._shortens(word, pool) == any(_abbreviates(word, texts[i]) for i in pool)


def test_a_plan_word_with_an_everyday_suffix_is_read_as_the_plan_word(unbridged, tokenizer):
    """草甸子 is the plans' 草甸; a suffixed word whose stem no plan prints (树林子) stays as typed."""
    r = unbridged
    assert "草甸子" in tokenizer.tokens("坡上那片草甸子谁在管护") and "草甸子" not in r.idf
    assert "草甸" in r.terms("坡上那片草甸子谁在管护").tokens
    assert r._stem("树林子") == "树林子" and r._stem("草甸") == "草甸"


@pytest.mark.parametrize("question, split, word", [
    ("排了污的小企业查不查", "排", "排污"),
    ("区里执个法都这么难吗", "法", "执法"),
])
def test_a_plan_word_split_by_a_particle_covers_its_parts(unbridged, question, split, word):
    """Speech splits a verb and its object (排了污, 执个法): the parts stand for the plan word."""
    terms = unbridged.terms(question)
    assert frozenset({word}) in terms.alternatives[split] and terms.weights.get(word) == BRIDGE_WEIGHT


def test_a_particle_before_a_word_of_its_own_splits_nothing(unbridged):
    """查了处理情况: 处理 is a word, so 查…处 is no 查处."""
    assert all(frozenset({"查处"}) not in alts for alts in unbridged.terms("查了处理情况").alternatives.values())


def test_a_directional_complement_is_no_topic_word(tokenizer):
    """漫出来, 清下来, 运进来: how the deed goes; the deed and its object are what is asked."""
    assert not {"出来", "下来", "进来"} & set(tokenizer.tokens("河道清下来的淤泥 外地渣土运进来"))


def test_a_bridge_target_printed_inside_a_longer_cut_still_covers(measures, tokenizer):
    """严防散煤复烧 is cut without a 散煤 token; the plan still prints what 蜂窝煤 stands for, so it
    covers the word and it is not absent from the plans."""
    r = Retriever(measures, tokenizer, lexicon=Lexicon({"蜂窝煤": ["散煤"]}))
    uncut = [i for i, text in enumerate(r._texts) if "散煤" in text and "散煤" not in r.doc_sets[i]]
    assert uncut
    terms = r.terms("蜂窝煤")
    assert terms.tokens == ("蜂窝煤",) and r.coverage(terms, uncut[0]) == 1.0
    assert r.absent(terms, uncut) < 1.0


def test_a_compound_printed_apart_is_covered(retriever):
    """施工扬尘 where a measure prints 施工 … 扬尘 apart: both its parts are there; one part alone is not."""
    apart = [i for i, d in enumerate(retriever.doc_sets) if {"施工", "扬尘"} <= d and "施工扬尘" not in d]
    half = [i for i, d in enumerate(retriever.doc_sets) if "施工" in d and "扬尘" not in d]
    assert apart and half
    assert retriever.coverage(["施工扬尘"], apart[0]) == 1.0
    assert retriever.coverage(["施工扬尘"], half[0]) == 0.0


def test_a_compound_printed_apart_needs_only_the_parts_that_spell_it(retriever):
    """黑臭水体 where a measure prints "黑臭、劣Ⅴ类…的水体": jieba's cuts of the compound also hold
    臭水, which that measure does not print; 黑臭 and 水体 spell it, so it is covered."""
    apart = [i for i, m in enumerate(retriever.measures) if "黑臭、" in m.text and "黑臭水体" not in m.text]
    assert apart
    assert "臭水" in retriever._parts("黑臭水体") and "臭水" not in retriever.doc_sets[apart[0]]
    assert retriever.coverage(["黑臭水体"], apart[0]) == 1.0


def test_a_verb_glued_to_its_directional_complement_is_the_verb(retriever):
    """冒出来 is one word to jieba; 出来 alone is a stop word, so the glued word would count as a
    topic no plan prints.  The verb is kept (冒 is a stop word too); a plan word stays whole."""
    r = retriever
    assert r.terms("下大雨污水冒出来咋整").tokens == ("大雨", "污水")
    assert r.tokenizer._unstopped("流出去") == "流" and r.tokenizer._unstopped("污水处理") == "污水处理"


def test_a_measure_holding_every_word_the_embeddings_leave_out_is_shown_second(measures, tokenizer):
    import numpy as np

    # 道路遗撒: two measures hold both words; the one the embeddings do not rank at all must not
    # sink under every measure that only shares 道路 (where "再来几条" never reached it)
    question = "道路遗撒咋管"  # in 门头沟's plan
    plan = [i for i, m in enumerate(measures) if m.doc.startswith("001")]
    bm = Retriever(measures, tokenizer).search(question, candidates=plan, k=3, mode="bm25")
    first, target = [h.index for h in bm if h.coverage >= 1.0][:2]
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(len(measures), 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors[target] = -vectors[first]  # the embeddings' very last
    fused = Retriever(measures, tokenizer, vectors, _Pointing(vectors, first))
    hits = fused.search(question, candidates=plan, k=5)
    assert [h.index for h in hits[:2]] == [first, target] and hits[1].dense_rank is None


def test_a_verb_with_a_manner_adverb_glued_on_is_read_as_the_verb(unbridged, tokenizer):
    """河边乱堆垃圾: jieba keeps 乱堆 as a dictionary word no plan prints; it is no subject the plans
    leave out (垃圾 is), so it is read as 堆 and weighs nothing as absent."""
    r = unbridged
    question = "河边乱堆垃圾有人管吗"
    assert "乱堆" in tokenizer.tokens(question) and "乱堆" not in r.idf
    terms = r.terms(question)
    assert "堆" in terms.tokens and "乱堆" not in terms.tokens
    assert r.absent(terms) < r.absent(QueryTerms(("河", "乱堆", "垃圾"), {"河": 1.0, "乱堆": 1.0, "垃圾": 1.0}, {}, ""))


def test_a_verb_with_an_aspect_particle_glued_on_is_read_as_the_verb(unbridged, tokenizer):
    """关了的厂子: jieba keeps 关了 as one dictionary word, which no plan prints; the verb is 关."""
    r = unbridged
    assert "关了" in tokenizer.tokens("关了的厂子那块地查不查") and "关了" not in r.idf
    assert r._stem("关了") == "关" and r._stem("出过") == "出"
    assert "关" in r.terms("关了的厂子那块地查不查").tokens


@pytest.mark.parametrize("glued, verb", [("再减", "减"), ("不换", "换"), ("老高", "高"), ("冲到", "冲"), ("抽多", "抽"),
                                         ("变差", "变")])
def test_an_adverb_or_complement_glued_to_a_one_character_verb_is_read_as_the_verb(unbridged, glued, verb):
    """泥水冲到马路上, 地下水抽多了: speech and jieba glue 到/多/差 after and 再/不/老 before a verb into
    a "word" no plan prints, which counted as a subject the plans leave out."""
    assert glued not in unbridged.idf and unbridged._stem(glued) == verb


def test_a_printed_word_or_a_staff_word_keeps_its_adverb(unbridged, retriever):
    """老旧 and 达到 are the plans' words; 先用 is a staff word whose bridge (优先) says what it means."""
    assert all(unbridged._stem(w) == w for w in ("老旧", "达到") if w in unbridged.idf)
    assert "先用" in retriever.lexicon.entries and retriever._stem("先用") == "先用"
