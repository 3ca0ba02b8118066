"""The project's evaluation questions, as specs; `build.py` turns them into questions.jsonl.

Written from the plans in planbot/plans/ (not from the bot's answers).  A measure is named by
(file prefix, a phrase that occurs in exactly one of its measures); list golds are computed by
build.py from the unit / role / deadline rule given here.  Scopes: dx26 大兴区 2026, dx21 大兴区 2021,
mtg 门头沟区 2026, my 密云区 2026, bj 北京市 2026, None = all plans (see build.SCOPES).

Styles: "plan" questions use the plan's own words; "chat" ones are written the way staff type on a
phone (abbreviated unit names, typos and homophones, everyday words, @机器人, full-width marks,
English).  Tags say what makes a question hard.
"""
from __future__ import annotations

SPECS: list[dict] = []


def _add(kind: str, i: str, q: str, scope, chat: bool, tags: str, **fields) -> dict:
    spec = {"id": i, "type": kind, "q": q, "scope": scope, "style": "chat" if chat else "plan",
            "tags": tags.split()} | fields
    SPECS.append(spec)
    return spec


def T(i, q, scope, *at, chat=False, tags="", answer=""):
    """topic: `at` = prefix, phrase[, prefix, phrase …] of the measures that answer it."""
    pairs = [(at[n], at[n + 1]) for n in range(0, len(at), 2)]
    return _add("topic", i, q, scope, chat, tags, at=pairs, answer=answer)


def A(i, q, scope, prefix, phrase, field, chat=False, tags=""):
    """attribute: one field (or a list of fields, multi-part) of one measure."""
    return _add("attribute", i, q, scope, chat, tags, at=(prefix, phrase), field=field)


def D(i, q, scope, unit, role="any", chat=False, tags="", filter="__scope__"):
    spec = _add("dept_list", i, q, scope, chat, tags, unit=unit, role=role)
    if filter != "__scope__":
        spec["filter"] = filter
    return spec


def DL(i, q, scope, match, unit=None, role="any", chat=False, tags="", filter="__scope__"):
    spec = _add("deadline_list", i, q, scope, chat, tags, match=match, unit=unit, role=role)
    if filter != "__scope__":
        spec["filter"] = filter
    return spec


def IC(i, q, scope, entity, indicator, chat=False, tags=""):
    """indicator from a 门头沟 附件4/附件5 table cell (indicator = the column's name, a prefix)."""
    return _add("indicator", i, q, scope, chat, tags, cell=(entity, indicator))


def IM(i, q, scope, prefix, phrase, value, chat=False, tags=""):
    """indicator stated in a measure's text."""
    return _add("indicator", i, q, scope, chat, tags, at=(prefix, phrase), value=value)


def C(i, q, scope, *sides, chat=False, tags="", answer="", value=None):
    """compare: sides are (prefix, phrase, fact) or ("cell", entity, indicator).  `value` is what
    the reply must state besides each side (a difference, the winner); for two table cells
    tagged `difference` build.py computes it."""
    return _add("compare", i, q, scope, chat, tags, sides=list(sides), answer=answer, value=value)


def S(i, q, scope, indicator, kind, chat=False, tags=""):
    """superlative over an indicator table: which district / town has the lowest or highest value."""
    return _add("compare", i, q, scope, chat, tags + " superlative", sides=[], extreme=(indicator, kind))


def item(i, q, scope, list_spec, n, field, chat=True, tags=""):
    """attribute of the n-th item of the list `list_spec` answered before (numbered as shown)."""
    SPECS.remove(list_spec)
    return _add("attribute", i, q, scope, chat, tags + " item_of_list", item_of=list_spec, n=n, field=field)


def N(i, q, scope=None, chat=False, tags=""):
    return _add("none", i, q, scope, chat, tags)


def conv(i, turns: list[str], last: dict) -> None:
    """A follow-up conversation: `turns` are sent first, `last` (already added) is scored."""
    SPECS.remove(last)
    last = dict(last, id=i, turns=turns + [last["q"]])
    del last["q"]
    SPECS.append(last)


# =============================================================================== topic
# --- plan wording
T("t001", "加油站和储油库夏季错峰装卸油怎么要求的？", "dx26", "000", "督促加油站和储油库在夏季错峰装卸油")
T("t002", "关停退出工业企业原址用地筛查怎么开展？", "mtg", "001", "开展关停退出工业企业原址用地筛查")
T("t003", "密云水库流域总氮溯源解析有什么安排？", "my", "002", "密云水库流域总氮溯源解析")
T("t004", "跨省零排放货运通道建设有哪些要求？", "bj", "003", "积极推进跨省零排放货运通道建设")
T("t005", "2021年降尘监测装置安装工作是怎么安排的？", "dx21", "004", "完成全区降尘监测装置安装工作")
T("t006", "噪声敏感建筑物集中区域划定工作怎么开展？", "mtg", "001", "启动噪声敏感建筑物集中区域划定工作")
T("t007", "百花山葡萄野外回归是什么任务？", "mtg", "001", "百花山葡萄野外回归")
T("t008", "永定河流域雁翅镇段水生态系统修复项目今年要完成吗？", "mtg", "001", "完成永定河流域雁翅镇段水生态系统修复项目")
T("t010", "印刷行业低VOCs产品替代怎么推进？", "my", "002", "印刷行业全面推进低VOCs产品使用和替代")
T("t011", "北京城市副中心土壤污染防治体系怎么完善？", "bj", "003", "持续完善北京城市副中心土壤污染防治体系")
T("t012", "平蓟兴绿色低碳一体化发展区是什么安排？", "bj", "003", "推进“平蓟兴”绿色低碳一体化发展区")
T("t013", "国三排放标准汽油车淘汰补助政策还继续吗？", "dx21", "004", "继续实施国三排放标准汽油车淘汰更新补助政策")
T("t014", "旅游巴士要用纯电动或氢燃料电池车吗？", "dx21", "004", "巡回观光旅游巴士线路")
T("t015", "重点区域重金属污染溯源评估研究由谁来做？", "my", "002", "开展密云区重点区域重金属污染溯源评估")
T("t016", "生活垃圾填埋场环境污染隐患排查怎么做？", "dx26", "000", "开展生活垃圾填埋场环境污染隐患排查治理工作")
T("t017", "外来入侵物种监测与综合治理有哪些物种？", "mtg", "001", "做好引进植物审批监管与豚草")
T("t018", "医疗废物电子转移联单在哪些医院探索？", "mtg", "001", "医疗废物电子转移联单")
T("t019", "小龙河、旱河的劣Ⅴ类水体要消除吗？", "dx21", "004", "消除小龙河、旱河等劣Ⅴ类水体")
T("t020", "校园广播噪声扰民怎么处理？", "mtg", "001", "强化校园广播噪声扰民问题处置统筹力度")
T("t021", "推进生态文明示范创建的任务是什么？", "dx26", "000", "持续推进生态文明示范创建")
T("t022", "入河排污口每季度检查要完成总数多少比例？", "my", "002", "全年完成不低于总数40%的检查任务")
T("t023", "垃圾填埋场地下水调查评估怎么推进？", "mtg", "001", "推进垃圾填埋场地下水调查评估")
T("t024", "CCER交易机构运行保障有什么安排？", "bj", "003", "高标准保障全国温室气体自愿减排交易")
T("t025", "餐饮选址引导清单电子地图和餐饮企业绿色绩效评价怎么开展？", "my", "002", "开展餐饮选址引导清单电子地图应用")
IM("t026", "永定河三家店断面生态水量要达到多少？", "mtg", "001", "永定河三家店断面生态水量", "2300万立方米")
T("t027", "京冀林木良种备案互认是怎么安排的？", "mtg", "001", "推动京冀林木良种备案互认")
T("t028", "农田灌溉用水水质监测方案什么时候前制定？", "dx21", "004", "建立农田灌溉用水管理机制")
T("t029", "土壤污染重点监管单位周边土壤和地下水要监测吗？", "my", "002", "对土壤污染重点监管单位周边土壤和地下水开展监测")
T("t030", "京津冀生态环境联动执法工作机制怎么落实？", "bj", "003", "继续落实京津冀生态环境联动执法工作机制")
T("t031", "全区行政区域内烟花爆竹是全年禁止销售燃放吗？", "dx21", "004", "全年禁止销售、燃放烟花爆竹")
T("t032", "灵山交界区域林草联动保护监管机制", "mtg", "001", "围绕灵山交界区域建立林草联动保护监管机制")
T("t033", "大兴区碳源、碳汇评估要做吗？", "dx26", "000", "开展大兴区碳源、碳汇评估")
T("t034", "世界生物圈保护区申报进展怎么安排？", "mtg", "001", "有序推进世界生物圈保护区申报")
T("t035", "噪声污染防治条例立法工作怎么推进？", "bj", "003", "推动北京市噪声污染防治条例立法工作")
# --- chat wording
T("t101", "@机器人 渣土车闭环管理是谁在管？", "dx21", "004", "组织实行渣土车闭环管理", chat=True, tags="synonym colloquial")
T("t102", "工地冒灰的事3到5月有啥专项行动", "dx26", "000", "以3-5月为重点开展扬尘专项治理百日攻坚行动", chat=True, tags="synonym deadline_phrase month_range_content")
T("t103", "公园里割草机那些要换电动的吗", "dx26", "000", "区属公园使用的草坪机", chat=True, tags="synonym colloquial")
T("t104", "有机废气治理设施的耗材多久换一次", "dx26", "000", "督促企业及时更新、更换VOCs治理设施耗材", chat=True, tags="synonym")
T("t105", "干洗店那种四氯乙烯的干洗机要淘汰么", "my", "002", "四氯乙烯干洗机", chat=True, tags="colloquial")
T("t106", "密云放鞭炮有啥规定", "my", "002", "禁止燃放烟花爆竹的通告", chat=True, tags="synonym colloquial")
T("t107", "清明上坟烧纸咋管", "mtg", "001", "大力倡导市民践行文明祭扫", chat=True, tags="synonym colloquial")
T("t108", "下水道汛期前要清掏吗", "dx26", "000", "汛期前对雨水管涵、雨水口", chat=True, tags="synonym colloquial")
T("t109", "氢能车和加氢站今年怎么搞", "dx26", "000", "加快推动氢能在城市物流配送", chat=True, tags="colloquial")
T("t110", "黑臭水体反弹了咋办", "mtg", "001", "对发现的黑臭、劣Ⅴ类反弹等问题", chat=True, tags="colloquial")
T("t111", "饭店油烟扰民 有啥措施", "dx26", "000", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="synonym colloquial")
T("t112", "工程机械进工地要登记吗", "mtg", "001", "对进出工程施工现场的非道路移动机械", chat=True, tags="synonym")
T("t113", "黑加油站要不要清理", "mtg", "001", "流动加油车和黑加油站点", chat=True, tags="colloquial")
T("t114", "汽修厂喷漆废气怎么管", "dx21", "004", "持续推进汽修行业污染防治能力提质升级", chat=True, tags="synonym colloquial")
T("t115", "大货车进京路口查冒黑烟吗", "mtg", "001", "交通支队、生态环境部门在进京路口", chat=True, tags="synonym colloquial")
T("t116", "@机器人　小区垃圾回收机今年铺多少", "dx26", "000", "扩大智能回收机进社区覆盖范围", chat=True, tags="colloquial fullwidth")
T("t117", "私挖乱采归谁管", "mtg", "001", "严厉打击和查处私挖盗采活动", chat=True, tags="synonym")
T("t118", "工地晚上施工扰民咋处理", "dx26", "000", "加大夜间施工证明服务指导力度", chat=True, tags="colloquial")
T("t119", "公园广场舞噪音扰民有说法没", "mtg", "001", "系统推进公园娱乐、健身等活动噪声系统治理", chat=True, tags="synonym colloquial")
T("t120", "农村厕所化粪池改造有要求吗", "dx26", "000", "推动农村三格式化粪池全覆盖", chat=True, tags="synonym colloquial")
T("t121", "猪场牛场粪污怎么处理", "dx21", "004", "规模化畜禽养殖场粪污处理设施装备", chat=True, tags="synonym colloquial")
T("t122", "废农膜农药瓶回收咋弄", "mtg", "001", "深化农膜和农药包装废弃物回收处置", chat=True, tags="synonym colloquial")
T("t123", "卫星遥感查违法建设的污染地块 有这个吗", "dx21", "004", "使用卫星遥感等科技手段", chat=True, tags="colloquial")
T("t124", "电动叉车装载机 门头沟沥青站那边", "mtg", "001", "推动沥青混合料搅拌站等厂内使用的叉车", chat=True, tags="colloquial")
T("t125", "what does the plan say about zero-emission truck fleets in Miyun?", "my", "002", "建设至少3家零排放运输车队", chat=True, tags="english")
T("t126", "Beijing plan: noise map pilots, which districts?", "bj", "003", "探索应用噪声地图", chat=True, tags="english")
T("t127", "暖气用的煤 还烧不烧 密云农村", "my", "002", "严防燃煤复烧", chat=True, tags="synonym colloquial")
T("t128", "撒农药 高毒的管不管", "dx26", "000", "严格管控具有环境持久性、生物累积性等特性的高毒高风险农药", chat=True, tags="colloquial")
T("t129", "路边沟雨前要清垃圾吗", "my", "002", "雨前对马路边沟、无水支流沟渠等开展垃圾杂物清理", chat=True, tags="colloquial")
T("t130", "旧车换新能源有补贴吗 大兴", "dx26", "000", "落实小客车以旧换新补贴政策", chat=True, tags="colloquial")

# =============================================================================== attribute
A("a001", "京南物流园区大宗货物清洁运输比例要求由谁牵头？", "dx26", "000", "京南物流园区推进大宗货物清洁运输", "lead")
A("a002", "雁翅镇付家台村园地土壤污染修复，责任单位是谁？", "mtg", "001", "雁翅镇付家台村园地土壤污染修复", "responsible")
A("a003", "督促加油站夏季错峰装卸油，2021年的完成时限是什么？", "dx21", "004", "督促加油站和储油库实施错峰装卸油", "deadline")
A("a004", "清洁取暖设备运维服务机制的完成时限？", "dx21", "004", "健全清洁取暖设备运维服务机制", "deadline")
A("a005", "京密引水渠、潮河达到美丽幸福河湖建设要求，主责单位有哪些？", "my", "002", "京密引水渠、潮河等水体基本达到美丽幸福河湖建设要求", "responsible")
A("a006", "推动出台北京城市副中心条例的完成时限？", "bj", "003", "推动出台北京城市副中心条例", "deadline")
A("a007", "美丽乡村先行先试片区名单确定的完成时限是？", "dx26", "000", "拟推介美丽乡村先行先试片区名单", "deadline")
A("a008", "医疗机构输液瓶（袋）规范回收利用由谁牵头？", "mtg", "001", "推动输液瓶（袋）规范回收利用", "lead")
A("a009", "强化耕地扬尘管控、种植冬小麦这条协办单位是谁？", "dx21", "004", "强化耕地扬尘管控", "assist")
A("a010", "废铅蓄电池收集转运试点的协办单位？", "dx21", "004", "继续开展废铅蓄电池收集转运试点", "assist")
A("a011", "区政府督查室督办生态环境重点工作，牵头部门是？", "mtg", "001", "区政府督查室加强对生态环境领域重点工作督办", "lead")
A("a012", "组织实施72项重点点位固定设备噪声治理谁牵头？", "bj", "003", "组织实施 72 项重点点位固定设备噪声治理", "lead")
A("a013", "密云水库流域化肥控量的协办单位？", "my", "002", "持续推进密云水库流域化肥控量", "assist")
A("a014", "生态环境监测技术服务机构专项检查的牵头单位有哪些？", "mtg", "001", "年度开展两轮次生态环境监测技术服务机构专项检查", "lead")
A("a015", "百花山葡萄野外回归这项的完成时限", "mtg", "001", "百花山葡萄野外回归", "deadline")
# --- chat wording
A("a101", "烧秸秆的事谁管 门头沟", "mtg", "001", "严格秸秆露天焚烧监管", "lead", chat=True, tags="synonym colloquial")
A("a102", "黑加油站 谁牵头打击", "dx26", "000", "坚决打击“非标油”", "lead", chat=True, tags="colloquial")
A("a103", "清管行动啥时候完成", "dx26", "000", "持续开展“清管行动”", "deadline", chat=True, tags="colloquial")
A("a104", "垃圾车换电动的 谁牵头", "mtg", "001", "推动生活和建筑垃圾运输车新能源化", "lead", chat=True, tags="synonym colloquial")
A("a105", "基坑气摸推广谁牵头", "my", "002", "推广基坑气膜等全密闭先进施工技术", "lead", chat=True, tags="typo")
A("a106", "混凝土搅伴车新能源化 责任单位都有谁", "mtg", "001", "推动混凝土搅拌车新能源化", "responsible", chat=True, tags="typo")
A("a107", "@机器人 全电工地谁牵头？", "mtg", "001", "建设“全电工地”", "lead", chat=True, tags="colloquial")
A("a108", "交通噪声缓解计划，谁牵头，什么时候完成？", "mtg", "001", "制定交通噪声缓解年度治理计划", ["lead", "deadline"], chat=True, tags="multi_part")
A("a109", "裸地动态整治谁负责、啥时候完？", "dx26", "000", "因地制宜、分类施策，实现裸地动态整治", ["lead", "deadline"], chat=True, tags="multi_part colloquial")
A("a110", "who leads the 'clean pipes' campaign in Daxing?", "dx26", "000", "持续开展“清管行动”", "lead", chat=True, tags="english")
A("a111", "餐饮油烟包案机制 协办单位", "my", "002", "继续推行餐饮油烟重点点位包案机制", "assist", chat=True, tags="abbrev")
A("a112", "小微工地那个 谁牵头", "mtg", "001", "强化小微工地精细化管理", "lead", chat=True, tags="colloquial")
A("a113", "摩托车管理 谁管 密云", "my", "002", "研究摩托车管理工作方案", "lead", chat=True, tags="colloquial")
A("a114", "宁静小区建设 谁牵头？几时完成", "dx26", "000", "探索开展宁静小区建设", ["lead", "deadline"], chat=True, tags="multi_part")
A("a115", "危废五即试点 牵头是谁", "dx26", "000", "规范化建设试点", "lead", chat=True, tags="abbrev")

# =============================================================================== dept_list
D("l001", "区水务局牵头哪些措施？", "dx26", "区水务局", "lead")
D("l002", "雁翅镇涉及哪些措施？", "mtg", "雁翅镇", "any")
D("l003", "市水务局牵头的措施有哪些？", "bj", "市水务局", "lead")
D("l004", "区发展改革委作为协办单位参与哪些措施？", "dx26", "区发展改革委", "assist")
D("l005", "区卫生健康委涉及哪些措施？", "my", "区卫生健康委", "any")
D("l006", "2021年区城管执法局牵头的措施有哪些？", "dx21", "区城管执法局", "lead")
D("l007", "百花山管理处负责哪些工作？", "mtg", "百花山管理处", "any")
D("l008", "密云水库综合执法大队参与哪些措施？", "my", "密云水库综合执法大队", "any")
# --- chat wording
D("l101", "住建委牵头的有哪些", "mtg", "区住建委", "lead", chat=True, tags="abbrev")
D("l102", "交通支队牵头哪些", "dx26", "区公安交通支队", "lead", chat=True, tags="abbrev")
D("l103", "@机器人 城管委有啥活", "my", "区城市管理委", "any", chat=True, tags="abbrev colloquial")
D("l104", "环保局牵头的 21年", "dx21", "区生态环境局", "lead", chat=True, tags="abbrev")
D("l105", "卫建委都参与啥了", "mtg", "区卫健委", "any", chat=True, tags="typo homophone")
D("l106", "发改委牵头的清单发一下", "my", "区发展改革委", "lead", chat=True, tags="abbrev")
D("l107", "经信局配合的有哪些", "dx26", "区经济和信息化局", "assist", chat=True, tags="abbrev")
D("l108", "which measures does the water bureau lead in Mentougou?", None, "区水务局", "lead", chat=True, tags="english", filter="mtg")
D("l109", "大兴区城管执法牵头的措施", None, "区城管执法局", "lead", chat=True, tags="abbrev", filter="dx26")

# =============================================================================== deadline_list
DL("k001", "6月底前要完成的措施有哪些？", "dx26", {"op": "due_on_or_before", "value": "2026-06-30"})
DL("k002", "完成时限没写的措施有哪些？", "dx26", {"op": "none_written"}, tags="deadline_phrase")
DL("k003", "截至9月底要完成的措施有哪些？", "my", {"op": "due_on_or_before", "value": "2026-09-30"}, tags="deadline_phrase")
DL("k004", "早于10月底完成的措施有哪些？", "mtg", {"op": "due_before", "value": "2026-10-31"}, tags="deadline_phrase")
DL("k005", "供暖季前要完成的措施？", "dx21", {"op": "equals", "value": "2021年11月15日（供暖季前）"})
DL("k006", "区住房城乡建设委牵头、长期实施的措施有哪些？", "dx26", {"op": "equals", "value": "长期实施"}, unit="区住房城乡建设委", role="lead")
DL("k007", "区水务局牵头的措施中哪些是2021年12月31日并长期实施？", "dx21", {"op": "equals", "value": "2021年12月31日并长期实施"}, unit="区水务局", role="lead")
DL("k008", "完成时限为“按时间节点”的措施有哪些？", "dx21", {"op": "equals", "value": "按时间节点"})
# --- chat wording
DL("k101", "上半年要干完的有哪些", "dx26", {"op": "due_on_or_before", "value": "2026-06-30"}, chat=True, tags="deadline_phrase colloquial")
DL("k102", "没写时限的有哪些 21年", "dx21", {"op": "none_written"}, chat=True, tags="deadline_phrase")
DL("k103", "10月底之前的活有哪些", "mtg", {"op": "due_on_or_before", "value": "2026-10-31"}, chat=True, tags="deadline_phrase colloquial")
DL("k104", "城管委持续推进的", "mtg", {"op": "equals", "value": "持续推进"}, unit="区城管委", role="any", chat=True, tags="abbrev")
DL("k105", "各区计划里6月底前要完成的有哪些", None, {"op": "due_on_or_before", "value": "2026-06-30"}, chat=True, tags="collective_gequ deadline_phrase", filter="y26")
DL("k106", "21年9月底前完成的有啥", "dx21", {"op": "due_on_or_before", "value": "2021-09-30"}, chat=True, tags="deadline_phrase")
DL("k107", "水务局长期实施的 密云", "my", {"op": "equals", "value": "长期实施"}, unit="区水务局", role="any", chat=True, tags="abbrev")

# =============================================================================== indicator
IC("i001", "朝阳区PM2.5年均浓度目标是多少？", None, "朝阳区", "PM2.5年均浓度")
IC("i002", "房山区累计非道路移动机械新能源化率要达到多少？", None, "房山区", "累计非道路移动机械新能源化率")
IC("i003", "斋堂镇2026年PM2.5目标值是多少？", "mtg", "斋堂镇", "2026年PM2.5目标值")
IC("i004", "海淀区餐饮治理提升家数是多少？", None, "海淀区", "餐饮治理提升家数")
IC("i005", "北京经济技术开发区累计绿色企业比例目标？", None, "北京经济技术开发区", "累计绿色企业比例")
IM("i006", "大兴区2021年降尘量要控制在多少以内？", "dx21", "004", "本区降尘量力争控制在", "5.1吨/平方公里·月")
IM("i007", "城镇供水管网漏损率要控制在多少？", "mtg", "001", "确保城镇供水管网漏损率稳定控制在8%以下", "8%")
IM("i008", "全区污水处理率要保持多少以上？", "my", "002", "全区污水处理率保持94%以上", "94%")
# --- chat wording
IC("i101", "昌平pm2.5目标多少", None, "昌平区", "PM2.5年均浓度", chat=True, tags="abbrev")
IC("i102", "清水镇PM2.5目标是几", "mtg", "清水镇", "2026年PM2.5目标值", chat=True, tags="colloquial")
IC("i103", "What is Tongzhou's PM2.5 target for 2026?", None, "通州区", "PM2.5年均浓度", chat=True, tags="english")
IM("i104", "数据中心绿电占比要多少", "mtg", "001", "新建或改扩建数据中心绿电占比超过60%", "60%", chat=True, tags="colloquial")
IM("i105", "温拌沥青比例要多少？", "mtg", "001", "温拌沥青使用比例不低于15%", "15%", chat=True, tags="colloquial")
IM("i106", "饭馆油烟今年治理几家", "mtg", "001", "组织开展治理提升5家", "5家", chat=True, tags="synonym colloquial")
IM("i107", "冒黑烟柴油车路检21年要查多少车次", "dx21", "004", "完成14万以上车次重型柴油人工检查", "14万", chat=True, tags="synonym")
IM("i108", "秸秆综合利用率多少", "dx26", "000", "综合利用率稳定保持在99%以上", "99%", chat=True, tags="colloquial")

# =============================================================================== compare
C("c001", "大兴、门头沟、密云的PM2.5年均浓度目标分别是多少？", None,
  ("000", "全区PM2.5年均浓度不高于30微克/立方米", "大兴：不高于30微克/立方米"),
  ("001", "PM2.5年均浓度达到27微克/立方米", "门头沟：27微克/立方米"),
  ("002", "细颗粒物浓度控制在26微克每立方米", "密云：26微克每立方米"), tags="measure_target")
C("c002", "大兴和门头沟建设生态保育小区各几处？", None,
  ("000", "建设生态保育小区15处", "大兴：15处"), ("001", "建设生态保育小区2处", "门头沟：2处"))
C("c003", "朝阳区和海淀区的餐饮治理提升家数差多少？", None,
  ("cell", "朝阳区", "餐饮治理提升家数"), ("cell", "海淀区", "餐饮治理提升家数"), tags="difference")
C("c004", "绿色企业比率，门头沟和密云要求各是多少？", None,
  ("001", "全区绿色企业比率平均不低于55%", "门头沟：不低于55%"),
  ("002", "绿色企业比率不低于35%", "密云：不低于35%"), tags="measure_target")
# --- chat wording
C("c101", "pm2.5 大兴门头沟谁的目标更严", None,
  ("000", "全区PM2.5年均浓度不高于30微克/立方米", "大兴：不高于30微克/立方米"),
  ("001", "PM2.5年均浓度达到27微克/立方米", "门头沟：27微克/立方米（更严）"), chat=True, tags="measure_target superlative abbrev", value="门头沟")
C("c102", "零排放车队 三个区各要几家", None,
  ("000", "建设零排放运输车队，至少达到3家以上", "大兴：至少3家以上"),
  ("001", "累计推广建立零排放车队不少于3家", "门头沟：不少于3家"),
  ("002", "建设至少3家零排放运输车队", "密云：至少3家"), chat=True, tags="colloquial")
C("c103", "生态保育小区 大兴比门头沟多几处", None,
  ("000", "建设生态保育小区15处", "大兴：15处"), ("001", "建设生态保育小区2处", "门头沟：2处"), chat=True, tags="difference", value="13")

# =============================================================================== none
N("n001", "今天天气怎么样？", tags="offtopic")
N("n002", "帮我订一间明天下午的会议室", tags="offtopic")
N("n003", "年假怎么请？", chat=True, tags="offtopic")
N("n004", "单位WiFi密码多少", chat=True, tags="offtopic")
N("n005", "给我讲个笑话", chat=True, tags="offtopic")
N("n006", "what's the weather like tomorrow?", chat=True, tags="offtopic english")
N("n007", "海淀区水务局牵头哪些措施？", None, tags="no_plan_place")
N("n008", "昌平区城管委有哪些任务", None, chat=True, tags="no_plan_place abbrev")
N("n009", "朝阳区牵头哪些措施？", None, tags="no_plan_place")
N("n010", "通州区住建委负责哪些工作", None, chat=True, tags="no_plan_place abbrev")
N("n011", "顺义区施工扬尘治理怎么安排的？", None, tags="no_plan_place")
N("n012", "房山区生态环境局2026年牵头的任务", None, tags="no_plan_place")
N("n013", "平谷区清管行动什么时候完成", None, chat=True, tags="no_plan_place")
N("n014", "延庆渣土车归谁管", None, chat=True, tags="no_plan_place synonym")
N("n015", "怀柔区水务局的活有哪些", None, chat=True, tags="no_plan_place colloquial")
N("n016", "石景山区工地扬尘谁牵头", None, chat=True, tags="no_plan_place")
N("n017", "大兴区2026年环保专项资金预算是多少钱？", "dx26", tags="not_in_plan")
N("n018", "垃圾分类不达标罚款标准是多少", None, chat=True, tags="not_in_plan")
N("n019", "机动车尾号限行今天限几", None, chat=True, tags="not_in_plan")
N("n020", "生态环境局局长是谁", "mtg", chat=True, tags="not_in_plan")
N("n021", "密云区2021年行动计划里水务局牵头哪些？", None, tags="no_plan_edition")
N("n022", "门头沟区2025年PM2.5实际浓度是多少？", None, tags="not_in_plan")
N("n023", "环评审批一般要多少个工作日", None, chat=True, tags="not_in_plan")
N("n024", "噪音扰民投诉电话多少", None, chat=True, tags="not_in_plan")
N("n025", "How much money does Daxing spend on environmental protection?", "dx26", chat=True, tags="english not_in_plan")
N("n026", "西城区背街小巷治理谁负责", None, chat=True, tags="no_plan_place")
N("n027", "丰台区住建委牵头哪些措施", None, tags="no_plan_place")
N("n028", "东城区生态环境局今年有哪些任务", None, chat=True, tags="no_plan_place")
N("n029", "北京市2021年的行动计划有哪些措施", None, tags="no_plan_edition")
N("n030", "会议纪要模板发我一份", None, chat=True, tags="offtopic")

# =============================================================================== conversations
conv("v001", ["大兴区水务局牵头哪些"], D("_", "那门头沟呢", None, "区水务局", "lead", filter="mtg"))
conv("v002", ["大兴生态环境局牵头的有哪些"], D("_", "21年的呢", None, "区生态环境局", "lead", filter="dx21"))
conv("v003", ["住建委牵头哪些"], D("_", "那配合的呢", "dx26", "区住房城乡建设委", "assist"))
conv("v004", ["水务局牵头的措施"], D("_", "那区城管委呢", "my", "区城市管理委", "lead"))
conv("v005", ["生态环境局牵头的有哪些"], DL("_", "9月底前的呢", "dx26", {"op": "due_on_or_before", "value": "2026-09-30"}, unit="区生态环境局", role="lead"))
conv("v006", ["本群是门头沟区的"], D("_", "水务局牵头哪些", None, "区水务局", "lead", filter="mtg", tags="group"))
conv("v007", ["我是区水务局的"], D("_", "我们牵头哪些", "dx26", "区水务局", "lead"))
conv("v008", ["生态环境局牵头的有哪些"], D("_", "更多", "dx26", "区生态环境局", "lead"))
conv("v009", ["清管行动是干啥的"], A("_", "这条什么时候完成", "dx26", "000", "持续开展“清管行动”", "deadline"))
conv("v010", ["门头沟PM2.5目标多少"], IC("_", "那大兴呢", None, "大兴区", "PM2.5年均浓度"))

# =============================================================================== more topic
T("t036", "拆除腾退地块在收回使用权前要做什么？", "dx21", "004", "拆除腾退地块在收回使用权前完成土壤污染状况调查")
T("t037", "固体废物产生强度高于0.2吨/万元的制造业企业怎么办？", "mtg", "001", "引导固体废物产生强度高于0.2吨/万元的制造业企业转型升级")
T("t038", "大兴国际氢能示范区建设有什么要求？", "dx21", "004", "加快推进大兴国际氢能示范区建设")
T("t039", "第四批生态文明建设示范区复核评估工作怎么安排？", "mtg", "001", "开展第四批生态文明建设示范区复核评估工作")
T("t040", "北庄镇污水处理厂进水BOD5浓度偏低的问题怎么解决？", "my", "002", "针对密云区北庄镇污水处理厂等9座")
T("t041", "国家绿色技术交易中心的建设有什么安排？", "bj", "003", "建设国家绿色技术交易中心")
T("t131", "扬尘百日攻坚 门头沟是几月份", "mtg", "001", "以3-5月为重点开展扬尘专项治理百日攻坚行动", chat=True, tags="month_range_content deadline_phrase")
T("t132", "砂石绿色基地 21年有啥安排", "dx21", "004", "配合市级部门推动砂石绿色基地建", chat=True, tags="colloquial")
T("t133", "臭氧污染机理研究有没有", "dx21", "004", "开展臭氧（O3）污染形成机理", chat=True, tags="colloquial")
T("t134", "垃圾焚烧厂排放标准 密云咋弄", "my", "002", "制定本市生活垃圾焚烧大气污染物排放标准", chat=True, tags="synonym colloquial")
T("t135", "河长制咋发挥作用", "my", "002", "发挥“河长制”统筹作用", chat=True, tags="colloquial")
T("t136", "大兴美国白蛾联防联控", "dx26", "000", "加强京津冀美国白蛾、松材线虫、春尺蠖", chat=True, tags="colloquial")
T("t137", "无废学校 门头沟搞不搞", "mtg", "001", "开展“无废乡村”“无废学校”等典型样板建设", chat=True, tags="colloquial")
T("t138", "楼顶种花 屋顶花园有吗 门头沟", "mtg", "001", "建设屋顶花园", chat=True, tags="synonym colloquial")
T("t139", "污泥跟生活垃圾一块处理的试点", "dx26", "000", "推动市政污泥与生活垃圾、餐厨垃圾等协同处理试点", chat=True, tags="colloquial")
T("t140", "快递塑料袋少用 有要求没", "dx26", "000", "从源头上减少一次性塑料制品使用", chat=True, tags="synonym colloquial")
T("t141", "重污染天工地只能用国六车吗", "dx26", "000", "在空气污染应对期间使用新能源或国六排放标准车辆", chat=True, tags="synonym colloquial")
T("t142", "路上撒土掉渣查不查 门头沟", "mtg", "001", "严查道路遗撒等违法违规行为", chat=True, tags="synonym colloquial")
T("t143", "雨水污水管子接错了咋整", "my", "002", "开展雨污混接错接巡查整治", chat=True, tags="synonym colloquial")
T("t144", "自来水厂出厂水要检测吗", "dx26", "000", "加强饮用水供水厂站水源水和出厂水水质检测", chat=True, tags="synonym colloquial")
T("t145", "汽秀行业创绿升级咋推进", "dx26", "000", "加快推进汽修行业创绿升级", chat=True, tags="typo homophone")
T("t146", "道路升忧行动 密云", "my", "002", "持续开展道路“升优”行动", chat=True, tags="typo homophone")
T("t147", "Does the Beijing plan cover joint drills for cross-border water pollution accidents?", "bj", "003", "持续深化流域上下游突发水污染事件联防联控", chat=True, tags="english")
T("t148", "VOCs hotspots in the Mentougou industrial park - what's planned?", "mtg", "001", "加强重点产业园区VOCs精准溯源和精细化管控", chat=True, tags="english")
T("t149", "密云水库水源保护条例咋落实", "my", "002", "落实《密云水库水源保护条例》", chat=True, tags="colloquial")
T("t150", "垃圾焚烧的飞灰 还填埋吗", "dx26", "000", "生活垃圾焚烧企业压减飞灰填埋量", chat=True, tags="colloquial")
T("t151", "@机器人 渣土车乱跑 有没有溯源追查", "mtg", "001", "加大对渣土车溯源追查力度", chat=True, tags="colloquial")
T("t152", "工地用的推土机挖掘机要新能源吗 密云", "my", "002", "新增或更新的且有对应新能源产品的内部车辆", chat=True, tags="synonym")

# =============================================================================== more attribute
A("a016", "耕地、园地土壤重金属污染溯源，主责单位有哪些？", "my", "002", "完成重点区域耕地、园地土壤重金属污染溯源相关工作", "responsible")
A("a017", "凤河长子营段再生水补给河道生态修复试点工程由谁牵头？", "dx21", "004", "推进再生水补给河道生态修复（凤河长子营段）试点工程", "lead")
A("a018", "区级生物多样性智慧观测网络的完成时限？", "mtg", "001", "继续优化完善区级生物多样性智慧观测网络", "deadline")
A("a116", "加油站埋地油罐防渗 谁牵头 密云", "my", "002", "核实辖区加油站（点）埋地油罐防渗漏情况", "lead", chat=True, tags="colloquial")
A("a117", "煤改清洁能源 谁牵头", "mtg", "001", "巩固煤改清洁能源成果", "lead", chat=True, tags="colloquial")
A("a118", "海绵城市谁牵头 21年", "dx21", "004", "推进海绵城市建设", "lead", chat=True, tags="colloquial")
A("a119", "抗生素用量统计渠道 谁牵头", "dx26", "000", "抗生素生产使用量统计渠道", "lead", chat=True, tags="colloquial")
A("a120", "环卫车换电动氢能 21年谁负责、啥时候完成", "dx21", "004", "组织推进纯电动或氢燃料环卫车辆使用", ["lead", "deadline"], chat=True, tags="multi_part synonym")
A("a121", "高标准农田谁牵头？什么时候完成？", "my", "002", "推进0.5万亩高标准农田建设", ["lead", "deadline"], chat=True, tags="multi_part")
A("a122", "垃圾填埋场地下水调查 牵头单位和责任单位分别是谁", "mtg", "001", "推进垃圾填埋场地下水调查评估", ["lead", "responsible"], chat=True, tags="multi_part")
A("a123", "园林废弃物再利用试点 协办单位", "dx21", "004", "推动园林废弃物资源化", "assist", chat=True, tags="colloquial")
A("a124", "受污染农用地卫星遥感监测试点 协办是谁", "dx21", "004", "受污染农用地卫星遥感监测试点", "assist", chat=True, tags="colloquial")
A("a125", "畜禽粪汚资源化 门头沟谁牵头", "mtg", "001", "资源化利用畜禽粪污", "lead", chat=True, tags="typo")
A("a126", "who is responsible for the Lingshan joint patrols in Mentougou?", "mtg", "001", "持续开展灵山保护联合巡护行动", "responsible", chat=True, tags="english")
A("a127", "夏天错峰加油那个 牵头单位", "my", "002", "督促加油站和储油库在夏季错峰装卸油", "lead", chat=True, tags="colloquial")

# =============================================================================== more dept_list
D("l009", "区农业农村局牵头哪些措施？", "my", "区农业农村局", "lead")
D("l010", "市生态环境局作为协办单位参与哪些措施？", "bj", "市生态环境局", "assist")
D("l011", "中关村门头沟园管委会涉及哪些措施？", "mtg", "中关村门头沟园管委会", "any")
D("l110", "规自分局牵头的有哪些", "mtg", "区规自分局", "lead", chat=True, tags="abbrev")
D("l111", "交警支队参与了哪些 密云", "my", "区公安分局交通支队", "any", chat=True, tags="abbrev synonym")
D("l112", "绿化局牵头的活", "dx26", "区园林绿化局", "lead", chat=True, tags="abbrev colloquial")
D("l113", "商务局配合哪些", "dx26", "区商务局", "assist", chat=True, tags="colloquial")
D("l114", "公路分局都有啥任务", "my", "市交通委密云公路分局", "any", chat=True, tags="abbrev colloquial")
D("l115", "农委牵头的措施", "mtg", "区农业农村局", "lead", chat=True, tags="abbrev")
D("l116", "龙泉镇有啥任务", "mtg", "龙泉镇", "any", chat=True, tags="colloquial")
D("l117", "市住建委牵头的", "bj", "市住房城乡建设委", "lead", chat=True, tags="abbrev")
D("l118", "水物局牵头哪些", "dx26", "区水务局", "lead", chat=True, tags="typo homophone")
D("l120", "住健委牵头的有哪些", "dx26", "区住房城乡建设委", "lead", chat=True, tags="typo homophone")
D("l121", "改发委牵头哪些", "mtg", "区发改委", "lead", chat=True, tags="typo swapped_char")
D("l119", "卫健委牵头哪些 大兴", None, "区卫生健康委", "lead", chat=True, tags="abbrev", filter="dx26")

# =============================================================================== more deadline_list
DL("k009", "区农业农村局牵头、2021年12月31日完成的措施有哪些？", "dx21", {"op": "equals", "value": "2021年12月31日"}, unit="区农业农村局", role="lead")
DL("k010", "完成时限为10月底的措施有哪些？", "bj", {"op": "equals", "value": "10月底"})
DL("k011", "市生态环境局牵头、年底前完成的措施有哪些？", "bj", {"op": "equals", "value": "年底前"}, unit="市生态环境局", role="lead")
DL("k108", "11月中旬以前要弄完的 21年", "dx21", {"op": "due_on_or_before", "value": "2021-11-15"}, chat=True, tags="deadline_phrase colloquial")
DL("k109", "水务局6月底前的活", "mtg", {"op": "due_on_or_before", "value": "2026-06-30"}, unit="区水务局", role="any", chat=True, tags="abbrev deadline_phrase")
DL("k110", "交通支队牵头 年底前的 密云", "my", {"op": "equals", "value": "年底前"}, unit="区公安分局交通支队", role="lead", chat=True, tags="abbrev")
DL("k111", "9月底前要完成的 各区的都列一下", None, {"op": "due_on_or_before", "value": "2026-09-30"}, chat=True, tags="collective_gequ deadline_phrase", filter="y26")
DL("k112", "发改委持续推进的 大兴", "dx26", {"op": "equals", "value": "持续推进"}, unit="区发展改革委", role="any", chat=True, tags="abbrev")
DL("k114", "生态环局牵头 持续推进的", "mtg", {"op": "equals", "value": "持续推进"}, unit="区生态环境局", role="lead", chat=True, tags="typo dropped_char")
DL("k113", "6到9月的措施有哪些 密云", "my", {"op": "equals", "value": "6-9月"}, chat=True, tags="deadline_phrase")

# =============================================================================== more indicator
IC("i009", "延庆区累计环保绩效A、B级锅炉使用单位要达到多少家？", None, "延庆区", "累计环保绩效A、B级锅炉使用单位")
IC("i010", "大峪街道2026年TSP值目标是什么？", "mtg", "大峪街道", "2026年TSP值")
IM("i011", "大兴区今年要建设生态保育小区几处？", "dx26", "000", "建设生态保育小区15处", "15处")
IC("i109", "顺义优良天数比例多少", None, "顺义区", "优良天数比率", chat=True, tags="synonym")
IC("i110", "经开区非道路机械新能源化率要多少", None, "北京经济技术开发区", "累计非道路移动机械新能源化率", chat=True, tags="abbrev synonym")
IC("i111", "石景山优先监管地块几块", None, "石景山区", "优先监管地块", chat=True, tags="abbrev")
IC("i112", "怀柔 扬尘负荷差等级道路比例", None, "怀柔区", "扬尘负荷差等级道路比例", chat=True, tags="abbrev")
IM("i113", "门头沟道路机扫率要多少", "mtg", "001", "城市道路车行道机械化作业率达到97.", "97.5%", chat=True, tags="synonym abbrev")
IM("i114", "污水管线今年建几公里", "dx26", "000", "建设完成污水管线3公里", "3公里", chat=True, tags="colloquial")
IM("i115", "AB级锅炉 门头沟力争多少家", "mtg", "001", "力争A级和B级锅炉使用单位累计达到30家以上", "30", chat=True, tags="abbrev")
IC("i116", "How many zero-emission truck fleets must Yanqing set up?", None, "延庆区", "零排放运输车队", chat=True, tags="english")
IM("i117", "绿色汽修 门头沟新增几家", "mtg", "001", "新增绿色汽修企业不少于2家", "2家", chat=True, tags="colloquial")

# =============================================================================== more compare
S("c005", "门头沟哪个镇街的PM2.5目标值最低？", "mtg", "2026年PM2.5目标值", "min")
S("c006", "哪个区的餐饮治理提升家数最多？", None, "餐饮治理提升家数", "max")
C("c007", "斋堂镇和清水镇的PM2.5目标值差多少？", "mtg", ("cell", "斋堂镇", "2026年PM2.5目标值"), ("cell", "清水镇", "2026年PM2.5目标值"), tags="difference")
C("c008", "累计环保绩效A、B级锅炉使用单位，大兴、门头沟、密云的计划各要达到多少家？", None,
  ("000", "累计环保绩效A、B级锅炉使用单位达到75家", "大兴：75家"),
  ("001", "力争A级和B级锅炉使用单位累计达到30家以上", "门头沟：30家以上"),
  ("002", "力争B级及以上锅炉使用单位累计达到15家", "密云：15家"), tags="measure_target")
C("c009", "大兴区2021年和2026年的烟花爆竹规定有什么不同？", "dx",
  ("004", "全年禁止销售、燃放烟花爆竹", "2021年：全区全年禁止销售、燃放烟花爆竹"),
  ("000", "严格落实《北京市烟花爆竹安全管理规定》", "2026年：落实烟花爆竹安全管理规定和本区禁限放规定"), tags="year_compare")
S("c104", "优先监管地块哪个区最多", None, "优先监管地块", "max", chat=True, tags="colloquial")
S("c105", "非道路机械新能源化率 哪个区要求最低", None, "累计非道路移动机械新能源化率", "min", chat=True, tags="synonym")
S("c106", "Which district has the highest green enterprise ratio target?", None, "累计绿色企业比例", "max", chat=True, tags="english")
C("c107", "大兴跟朝阳 锅炉AB级 差多少家", None, ("cell", "大兴区", "累计环保绩效A、B级锅炉使用单位"), ("cell", "朝阳区", "累计环保绩效A、B级锅炉使用单位"), chat=True, tags="difference abbrev")
C("c108", "生活垃圾资源化利用率 大兴门头沟一样吗", None,
  ("000", "生活垃圾资源化利用率达80%以上", "大兴：80%以上"), ("001", "生活垃圾资源化利用率达80%以上", "门头沟：80%以上"), chat=True, tags="measure_target")
C("c109", "入河排污口检查比例 门头沟和密云各多少", None,
  ("001", "按季度开展不低于总数10%的巡查检查", "门头沟：按季度不低于总数10%"),
  ("002", "全年完成不低于总数40%的检查任务", "密云：全年不低于总数40%"), chat=True, tags="measure_target")
C("c110", "清管行动 三个区时限一样不", None,
  ("000", "持续开展“清管行动”", "大兴：6月底前"), ("001", "持续开展“清管行动”", "门头沟：6月底前"),
  ("002", "持续开展“清管行动”", "密云：6月底前"), chat=True, tags="colloquial")
C("c111", "大兴和门头沟的PM2.5年均浓度目标差几个微克", None, ("cell", "大兴区", "PM2.5年均浓度"), ("cell", "门头沟区", "PM2.5年均浓度"), chat=True, tags="difference")

# =============================================================================== more none
N("n031", "附近哪里有好吃的", chat=True, tags="offtopic")
N("n032", "帮我写个请假条", chat=True, tags="offtopic")
N("n033", "股票明天涨不涨", chat=True, tags="offtopic")
N("n034", "下周几号发工资？", chat=True, tags="offtopic")
N("n035", "打印机坏了找谁修", chat=True, tags="offtopic")
N("n036", "Can you book a taxi for me?", chat=True, tags="offtopic english")
N("n037", "世界杯谁赢了", chat=True, tags="offtopic")
N("n038", "北京市2026年全市PM2.5目标是多少？", None, tags="not_in_plan")
N("n039", "大兴区PM10年均浓度目标是多少？", "dx26", tags="not_in_plan")
N("n040", "密云区噪声敏感建筑物集中区域怎么划定？", "my", tags="not_in_plan")
N("n041", "密云碳排放强度要降多少", "my", chat=True, tags="not_in_plan")
N("n042", "密云区无废城市怎么建", "my", chat=True, tags="not_in_plan")
N("n043", "充电桩今年建多少个", "dx26", chat=True, tags="not_in_plan")
N("n044", "环保税怎么缴", None, chat=True, tags="not_in_plan")
N("n045", "门头沟地铁线路什么时候开通", None, chat=True, tags="not_in_plan")
N("n046", "生态环境局值班电话", "dx26", chat=True, tags="not_in_plan")
N("n047", "完成时限是2027年的措施有哪些？", None, tags="deadline_phrase not_in_plan")
N("n048", "门头沟没写完成时限的措施有哪些", "mtg", chat=True, tags="deadline_phrase")
N("n049", "大兴区2023年行动计划有哪些措施？", None, tags="no_plan_edition")
N("n050", "门头沟2021年的计划里水务局牵头哪些", None, chat=True, tags="no_plan_edition")
N("n051", "海淀区渣土车谁管", None, chat=True, tags="no_plan_place synonym")
N("n052", "昌平区清管行动啥时候完成", None, chat=True, tags="no_plan_place")
N("n053", "通州区VOCs治理有什么措施？", None, tags="no_plan_place")
N("n054", "顺义水务局配合哪些", None, chat=True, tags="no_plan_place abbrev")
N("n055", "房山区农村污水治理谁牵头？", None, tags="no_plan_place")
N("n056", "平谷区住建委牵头的措施有哪些？", None, tags="no_plan_place")
N("n057", "延庆区生态环境局协办哪些措施", None, tags="no_plan_place")
N("n058", "怀柔区生态保育小区建几处", None, chat=True, tags="no_plan_place")
N("n059", "石景山生活垃圾分类谁负责", None, chat=True, tags="no_plan_place")
N("n060", "丰台区餐饮油烟包案机制谁牵头", None, chat=True, tags="no_plan_place")
N("n061", "Which measures does the Haidian water bureau lead?", None, chat=True, tags="no_plan_place english")
N("n062", "朝阳区城管委有哪些任务", None, chat=True, tags="no_plan_place abbrev")
N("n063", "东城区扬尘治理 谁牵头", None, chat=True, tags="no_plan_place")

# =============================================================================== more conversations
conv("v011", ["大兴住建委牵头哪些"], item("_", "第3项谁配合", "dx26", D("_", "", "dx26", "区住房城乡建设委", "lead"), 3, "assist"))
conv("v012", ["门头沟水务局牵头的措施"], item("_", "第2项什么时候完成", "mtg", D("_", "", "mtg", "区水务局", "lead"), 2, "deadline"))
conv("v013", ["大兴区水务局牵头哪些", "更多"], item("_", "第10项什么时候完成", "dx26", D("_", "", "dx26", "区水务局", "lead"), 10, "deadline"))
conv("v014", ["密云城管委牵头的"], item("_", "第5项主责单位是谁", "my", D("_", "", "my", "区城市管理委", "lead"), 5, "responsible"))
conv("v015", ["21年大兴水务局牵头哪些"], item("_", "第2项协办单位有哪些", "dx21", D("_", "", "dx21", "区水务局", "lead"), 2, "assist"))
conv("v016", ["门头沟PM2.5目标是多少"], IC("_", "那清水镇呢", "mtg", "清水镇", "2026年PM2.5目标值"))
conv("v017", ["朝阳区PM2.5目标多少"], IC("_", "优良天数比率呢", None, "朝阳区", "优良天数比率"))
conv("v018", ["大兴区水务局牵头哪些"], D("_", "那密云呢", None, "区水务局", "lead", filter="my"))
conv("v019", ["门头沟城管委牵头哪些"], D("_", "那住建委呢", None, "区住建委", "lead", filter="mtg"))
conv("v020", ["大兴区住建委牵头哪些"], DL("_", "长期实施的呢", None, {"op": "equals", "value": "长期实施"}, unit="区住房城乡建设委", role="lead", filter="dx26"))
conv("v021", ["本群是密云区的"], D("_", "城管委牵头哪些", None, "区城市管理委", "lead", filter="my", tags="group"))
conv("v022", ["本群是大兴区的"], DL("_", "6月底前要完成的有哪些", None, {"op": "due_on_or_before", "value": "2026-06-30"}, filter="dx26", tags="group"))
conv("v023", ["我是区生态环境局的"], DL("_", "我们9月底前要完成什么", "mtg", {"op": "due_on_or_before", "value": "2026-09-30"}, unit="区生态环境局", role="any"))
conv("v024", ["我是区水务局的"], D("_", "我们配合的有哪些", "dx26", "区水务局", "assist"))
conv("v025", ["大兴区水务局牵头哪些"], D("_", "2021年的呢", None, "区水务局", "lead", filter="dx21"))
conv("v026", ["密云水务局牵头哪些"], N("_", "海淀呢", None, tags="no_plan_place"))
conv("v027", ["清管行动谁牵头 大兴"], A("_", "那门头沟呢", None, "001", "持续开展“清管行动”", "lead"))
conv("v028", ["大兴生态保育小区建几处"], IM("_", "门头沟呢", None, "001", "建设生态保育小区2处", "2处"))
conv("v029", ["@机器人 大兴区2026年区城管委牵头哪些"], D("_", "更多", None, "区城市管理委", "lead", filter="dx26"))

# =============================================================================== round 3: quoted short measures,
# street names for vehicles, numbers late in long measures, unscoped questions (newest plan first)
A("a019", "大兴区清管行动什么时候完成？", None, "000", "持续开展“清管行动”", "deadline", tags="newest_plan")
A("a020", "“严格秸秆露天焚烧监管”这条谁牵头？", "bj", "003", "严格秸秆露天焚烧监管", "lead", tags="short_measure quoted")
A("a021", "“提升普通公路的清扫保洁水平”由谁牵头？", "dx21", "004", "提升普通公路的清扫保洁水平", "lead", tags="short_measure quoted")
A("a022", "永定河卢梁段综合提升工程收尾工作谁牵头、什么时候完成？", "dx26", "000", "配合市级部门完成永定河卢梁段综合提升工程收尾工作", ["lead", "deadline"], tags="multi_part")
A("a128", "水泥罐车换新能源 谁牵头", "dx26", "000", "推进混凝土搅拌车新能源化", "lead", chat=True, tags="synonym")
A("a129", "大兴放烟花的事谁牵头", None, "000", "严格落实《北京市烟花爆竹安全管理规定》", "lead", chat=True, tags="newest_plan synonym")
A("a130", "@机器人，“深入推进农村环境整治”这条谁负责？", "dx26", "000", "2026年大兴区完成14个村庄的农村环境整治任务", "lead", chat=True, tags="quoted fullwidth")
T("t153", "泥头车溯源追查 门头沟有没有", "mtg", "001", "加大对渣土车溯源追查力度", chat=True, tags="synonym")
T("t154", "“深入推进农村环境整治”有什么要求？", "dx26", "000", "2026年大兴区完成14个村庄的农村环境整治任务", tags="short_measure quoted")
IM("i012", "2026年大兴区要完成多少个村庄的农村环境整治？", "dx26", "000", "2026年大兴区完成14个村庄的农村环境整治任务", "14个")
IM("i118", "京南物流园 清洁运输比例要到多少？", "dx26", "000", "清洁运输比例达到40%", "40%", chat=True, tags="abbrev fullwidth")
IM("i119", "21年新增环卫车里电动氢能的比例要多少", "dx21", "004", "采用纯电动、氢燃料等车辆的比例达到70%", "70%", chat=True, tags="synonym")
IM("i120", "海绵城市21年建成区比例多少", "dx21", "004", "实现24%的建成区实现70%的降雨就地消纳和利用", "24%", chat=True, tags="colloquial")
IM("i121", "污染地块安全利用率21年要多少？", "dx21", "004", "全区污染地块安全利用率达到92%", "92%", chat=True, tags="fullwidth")
C("c010", "大兴和密云的PM2.5年均浓度目标差多少？", None,
  ("000", "全区PM2.5年均浓度不高于30微克/立方米", "大兴：不高于30微克/立方米"),
  ("002", "细颗粒物浓度控制在26微克每立方米", "密云：26微克每立方米"), tags="measure_target difference", value="4")
C("c112", "绿色企业比率 三个区谁要求最高？", None,
  ("000", "累计绿色企业比率达到35%", "大兴：35%"), ("001", "全区绿色企业比率平均不低于55%", "门头沟：不低于55%"),
  ("002", "绿色企业比率不低于35%", "密云：不低于35%"), chat=True, tags="measure_target superlative fullwidth", value="门头沟")
conv("v030", ["2026年大兴区城管委牵头哪些"], D("_", "2021年的呢", None, "区城市管理委", "lead", filter="dx21"))
conv("v031", ["区水务局牵头哪些 门头沟"], DL("_", "这里面年底前的呢", None, {"op": "equals", "value": "年底前"}, unit="区水务局", role="lead", filter="mtg"))
conv("v032", ["我是区水务局的", "我们牵头哪些"], D("_", "更多", "dx26", "区水务局", "lead"))
conv("v033", ["大兴区住建委牵头哪些"], item("_", "第1项什么时候完成", None, D("_", "", "dx26", "区住房城乡建设委", "lead"), 1, "deadline"))
