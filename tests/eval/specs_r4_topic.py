"""Round-4 batch, area topic: content questions and one-measure attributes in staff's chat words.

Written from the plans (planbot/plans/*.txt) with everyday names for plan things (工地冒灰, 拉土车,
散煤, 饭馆油烟, 汽修喷漆, 雨篦子 …), typos, missing district or year (unscoped -> each issuer's
newest plan), English, and near-topic questions the plans do not answer.
"""
from specs import A, N, T

# =============================================================================== topic, chat
T("r4t001", "大兴工地冒灰今年咋管的", "dx", "000", "开展工地（场站）出入口规范管理专项行动",
  "000", "以3-5月为重点开展扬尘专项治理百日攻坚行动", chat=True, tags="synonym no_year")
T("r4t002", "门头沟饭馆油烟扰民有啥措施", "mtg", "001", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="synonym")
T("r4t003", "密云汽修厂喷漆那块咋要求的？", "my", "002", "加强汽修企业污染物排放监管",
  "002", "加快推进汽修行业创绿升级", chat=True, tags="synonym")
T("r4t004", "农村烧散煤的还管不管", None, "002", "全面强化农村燃煤复烧监管",
  "000", "确保群众清洁温暖过冬", chat=True, tags="synonym unscoped")
T("r4t005", "地里烧秸秆今年咋弄", None, "003", "严格秸秆露天焚烧监管",
  "001", "严格秸秆露天焚烧监管", "000", "加强对秸秆露天焚烧执法力度", chat=True, tags="unscoped")
T("r4t006", "大兴过年放鞭炮有规定没", "dx", "000", "本区关于禁止、限制燃放烟花爆竹", chat=True, tags="synonym no_year")
T("r4t007", "门头沟拉土车乱撒土谁来查，怎么查", "mtg", "001", "严厉打击渣土、建筑垃圾违规运输",
  "001", "加大对渣土车溯源追查力度", chat=True, tags="synonym")
T("r4t008", "外卖餐盒回收有要求么", None, "000", "持续开展快递包装、外卖餐盒回收",
  "001", "开展快递包装、外卖餐盒回收。生产", chat=True, tags="unscoped")
T("r4t009", "广场舞太吵了 计划里有管的吗", None, "003", "调解社会生活噪声扰民行为",
  "003", "系统推进公园娱乐、健身等活动噪声治理", chat=True, tags="synonym unscoped")
T("r4t010", "学校大喇叭吵到居民了，有措施没", None, "003", "强化校园广播噪声扰民问题处置统筹力度", chat=True, tags="synonym unscoped")
T("r4t011", "门头沟工地半夜施工扰民咋整", "mtg", "001", "加大夜间施工证明服务指导力度", chat=True, tags="synonym")
T("r4t012", "@机器人 大兴鼓励晚上去加油那条说的啥", "dx26", "000", "引导加油站出台鼓励夜间加油的措施", chat=True, tags="synonym")
T("r4t013", "“小箱进大箱”是啥安排", None, "000", "“小箱进大箱”医疗废物收运体系",
  "001", "“小箱进大箱”医疗废物收运体系", chat=True, tags="quoted unscoped")
T("r4t014", "门头沟美国白鹅防治咋安排的", "mtg", "001", "协同开展美国白蛾、松材线虫", chat=True, tags="typo")
T("r4t015", "大兴抓鸟卖鸟的管不管", "dx", "000", "持续打击非法捕猎贩卖鸟类联合行动", chat=True, tags="synonym no_year")
T("r4t016", "门头沟垃圾焚烧厂飞灰咋处理", "mtg", "001", "生活垃圾焚烧企业压减飞灰填埋量", chat=True)
T("r4t017", "21年大兴农村污水生态处理在哪几个镇搞", "dx21", "004", "推进安定镇、魏善庄镇、长子营镇等农村污水生态治理工程建设", chat=True, tags="abbrev_year")
T("r4t018", "大兴21年拉土车怎么管的", "dx21", "004", "组织实行渣土车闭环管理", chat=True, tags="synonym abbrev_year")
T("r4t019", "市里对村里臭水沟咋说", "bj", "003", "强化农村黑臭水体治理", chat=True, tags="synonym")
T("r4t020", "密云 地膜 有啥要求", "my", "002", "严禁非标地膜入市下田", chat=True)
T("r4t021", "密云园林打药减量咋搞", "my", "002", "分类分区分级推进园林绿化农药减量", chat=True, tags="synonym")
T("r4t022", "What does the Miyun plan say about old muck trucks?", "my", "002", "督促企业和个人淘汰更新老旧渣土车", chat=True, tags="english")
T("r4t023", "daxing plan on restaurant cooking fumes", "dx", "000", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="english no_year")
T("r4t024", "anything about bird poaching in mentougou?", "mtg", "001", "打击非法捕猎贩卖鸟类专项行动", chat=True, tags="english")
T("r4t025", "21年大兴拉土车换电动/氢能的试点", "dx21", "004", "组织开展纯电动或氢燃料电池渣土车示范运营试点", chat=True, tags="synonym abbrev_year")
T("r4t026", "门头沟老柴油环卫车淘汰咋说", "mtg", "001", "淘汰50%左右的国四及以下排放标准柴油环卫车", chat=True)
T("r4t027", "密云锅炉创A咋说的", "my", "002", "提前开展锅炉“创A”项目储备", chat=True)
T("r4t028", "清明上坟烧纸有要求吗", None, "000", "大力倡导市民践行文明祭扫",
  "001", "大力倡导市民践行文明祭扫", "002", "大力倡导市民践行文明祭扫", chat=True, tags="synonym unscoped")
T("r4t029", "门头沟汛前雨篦子清掏有安排吗", "mtg", "001", "持续开展“清管行动”", chat=True, tags="typo synonym")
T("r4t030", "门头沟工地刷漆要用水性漆吗", "mtg", "001", "推广使用水性涂料和低VOCs含量胶粘剂", chat=True, tags="synonym")
T("r4t031", "密云工地挖掘机铲车换新能源咋要求", "my", "002", "推动混凝土搅拌车新能源化", chat=True, tags="synonym")
T("r4t032", "大兴厨余垃圾处理项目", "dx", "000", "推进厨余垃圾资源化处置项目建设", chat=True, tags="no_year")
T("r4t033", "家里过期药回收 计划咋说", None, "000", "研究推动居民家庭废药品回收",
  "001", "研究推动居民家庭废药品回收", chat=True, tags="synonym unscoped")
T("r4t034", "密云水管子漏水的问题有安排吗", "my", "002", "城镇供水管网漏损率保持在8%以内", chat=True, tags="synonym")

# =============================================================================== topic, plan wording
T("r4t035", "大兴区重点产业园区排放清单怎么建立？", "dx26", "000", "研究建立重点产业园区排放清单")
T("r4t036", "门头沟区矿山生态修复有什么任务？", "mtg", "001", "完成市级下达的废弃矿山治理任务")
T("r4t037", "北京市噪声地图应用在哪些区探索？", "bj", "003", "探索应用噪声地图")
T("r4t038", "2021年大兴区裸地治理怎么利用卫星遥感？", "dx21", "004", "利用卫星遥感技术对裸地进行识别")
T("r4t039", "门头沟区医疗机构输液瓶（袋）回收利用怎么推动？", "mtg", "001", "推动输液瓶（袋）规范回收利用")

# =============================================================================== attribute
A("r4t040", "大兴饭店油烟那条谁牵头", "dx", "000", "继续推行餐饮油烟重点点位包案机制", "lead", chat=True, tags="synonym no_year")
A("r4t041", "密云燃煤复烧那个谁配合", "my", "002", "全面强化农村燃煤复烧监管", "assist", chat=True)
A("r4t042", "门头沟汽修创绿啥时候完成", "mtg", "001", "新增绿色汽修企业不少于2家", "deadline", chat=True)
A("r4t043", "“全电工地”门头沟谁牵头？", "mtg", "001", "建设“全电工地”", "lead", chat=True, tags="quoted")
A("r4t044", "21年大兴散煤那条截止到啥时候", "dx21", "004", "严防散煤复烧", "deadline", chat=True, tags="abbrev_year")
A("r4t045", "密云夏天加油站错峰装卸油哪些单位协办", "my", "002", "督促加油站和储油库在夏季错峰装卸油", "assist", chat=True)
A("r4t046", "密云老旧渣土车淘汰归谁管", "my", "002", "督促企业和个人淘汰更新老旧渣土车", "lead", chat=True)
A("r4t047", "校园广播噪声扰民那条主责单位是？", "bj", "003", "强化校园广播噪声扰民问题处置统筹力度", "responsible", chat=True, tags="synonym")
A("r4t048", "大兴打击贩卖鸟类那条谁协办", "dx", "000", "持续打击非法捕猎贩卖鸟类联合行动", "assist", chat=True)
A("r4t049", "mentougou: who leads the drain grate cleaning before the rainy season?", "mtg", "001", "持续开展“清管行动”", "lead", chat=True, tags="english")
A("r4t050", "大兴区2026年厨余垃圾资源化处置项目建设的完成时限是什么？", "dx26", "000", "推进厨余垃圾资源化处置项目建设", "deadline")
A("r4t051", "门头沟医疗废物电子联单哪个部门牵头", "mtg", "001", "研究在二级及以上医院探索运行医疗废物电子转移联单", "lead", chat=True, tags="abbrev")
A("r4t052", "门头沟区园林机械新能源化由哪个单位牵头？", "mtg", "001", "区属公园使用的草坪机、割灌机", "lead")
A("r4t053", "大兴秸秆露天焚烧执法谁牵头，啥时候完", "dx", "000", "加强对秸秆露天焚烧执法力度", ["lead", "deadline"], chat=True, tags="multi_part")

# =============================================================================== not in the plans
N("r4t060", "大兴烧烤摊占道冒烟咋管", "dx", chat=True)
N("r4t061", "门头沟电动自行车进小区充电有安排吗", "mtg", chat=True)
N("r4t062", "密云水库边上钓鱼罚多少钱", "my", chat=True)
N("r4t063", "大兴区垃圾分类不合格罚款标准是多少？", "dx26")
N("r4t064", "门头沟古树名木保护谁负责", "mtg", chat=True)
N("r4t065", "大兴洗车店污水乱排咋管", "dx", chat=True)
N("r4t066", "北京市对共享单车乱停放有啥要求", "bj", chat=True)
N("r4t067", "what does the plan say about noise from drone light shows?", None, chat=True, tags="english")
N("r4t068", "门头沟空调外机噪音投诉电话是多少", "mtg", chat=True)
