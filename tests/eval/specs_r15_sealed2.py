"""Round 15, second sealed batch (r15t): written from the plans alone, by someone who read no bot
code, ran no bot and read no other sealed question.  Mostly staff's group-chat wording (short,
abbreviated unit names, a typo or homophone, everyday words, @机器人, full-width marks, English),
some in the plans' own words, and short follow-up conversations scored on the last turn.  Weighted
to list questions: deadline lists (年底前 / 6月底前 / 上半年 / 三季度 / 没写时限的 / 长期实施的 /
持续推进的, with or without a unit and role) and unit lists (牵头 / 主责 / 配合 / 参与), plus topic,
attribute, indicator, compare and questions the plans do not answer (or places with no plan).
No deadline counted from today."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

BY = lambda d: {"op": "due_on_or_before", "value": d}  # noqa: E731
EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731
BETWEEN = lambda a, b: {"op": "due_between", "value": [a, b]}  # noqa: E731
NONE_WRITTEN = {"op": "none_written"}

# =============================================================================== deadline lists
# --- chat
DL("r15t001", "大兴水务局 上半年要干完的有啥", "dx26", BY("2026-06-30"), unit="区水务局", chat=True,
   tags="abbrev half_year colloquial")
DL("r15t002", "大兴计划里 完成时限空着的有哪些", "dx26", NONE_WRITTEN, chat=True, tags="none_written colloquial")
DL("r15t003", "密云住建委牵头 长期实施的", "my", EQ("长期实施"), unit="区住房城乡建设委", role="lead", chat=True,
   tags="abbrev")
DL("r15t004", "市级计划 市环保局牵头年底前完成的有哪些", "bj", BY("2026-12-31"), unit="市生态环境局", role="lead",
   chat=True, tags="abbrev synonym")
DL("r15t005", "21年大兴 农业局牵头的 长期实施那种", "dx21", EQ("2021年12月31日并长期实施"), unit="区农业农村局",
   role="lead", chat=True, tags="year_short abbrev colloquial")
DL("r15t006", "门头沟园林局 持续推进的活", "mtg", EQ("持续推进"), unit="区园林绿化局", chat=True,
   tags="abbrev colloquial")
DL("r15t007", "21年三季度要完成的有哪些", "dx21", BETWEEN("2021-07-01", "2021-09-30"), chat=True,
   tags="quarter year_short")
DL("r15t008", "大兴 年底前 城管委配合的有哪些", "dx26", BY("2026-12-31"), unit="区城市管理委", role="assist",
   chat=True, tags="abbrev")
DL("r15t009", "@机器人 密云6月底前要完成的？", "my", BY("2026-06-30"), chat=True, tags="fullwidth")
DL("r15t010", "Which Miyun tasks led by the water bureau are due by the end of the year?", "my",
   BY("2026-12-31"), unit="区水务局", role="lead", chat=True, tags="english")
DL("r15t011", "门头沟发改委 10月底前要交的", "mtg", BY("2026-10-31"), unit="区发改委", chat=True,
   tags="abbrev deadline_phrase")
DL("r15t012", "大兴生态环境局 长期实施的有哪几条", "dx26", EQ("长期实施"), unit="区生态环境局", chat=True,
   tags="count")
# --- plan wording
DL("r15t013", "北京市行动计划中完成时限为长期实施的措施有哪些？", "bj", EQ("长期实施"))
DL("r15t014", "区生态环境局牵头、完成时限为持续推进的措施有哪些？", "dx26", EQ("持续推进"), unit="区生态环境局",
   role="lead")

# =============================================================================== unit lists
# --- chat
D("r15t015", "大兴 教委都有啥任务", "dx26", "区教委", "any", chat=True, tags="abbrev colloquial")
D("r15t016", "门头沟重大项目中心牵头的", "mtg", "区重大项目中心", "lead", chat=True, tags="abbrev")
D("r15t017", "供电公司参与哪些 大兴", "dx26", "区供电公司", "any", chat=True, tags="colloquial")
D("r15t018", "密云公路分局主责的有哪些", "my", "市交通委密云公路分局", "responsible", chat=True, tags="abbrev")
D("r15t019", "市交通委牵头的有哪些", "bj", "市交通委", "lead", chat=True, tags="")
D("r15t020", "21年 园林局配合的", "dx21", "区园林绿化局", "assist", chat=True, tags="abbrev year_short")
D("r15t021", "门头沟规自分局负责哪些", "mtg", "区规自分局", "responsible", chat=True, tags="abbrev")
D("r15t022", "大峪街道有啥任务", "mtg", "大峪街道", "any", chat=True, tags="colloquial")
D("r15t023", "@机器人 密云商务局牵头的有哪些？", "my", "区商务局", "lead", chat=True, tags="fullwidth")
D("r15t024", "what does Daxing's market regulation bureau lead?", "dx26", "区市场监管局", "lead", chat=True,
   tags="english")
# --- plan wording
D("r15t025", "区应急局参与哪些措施？", "mtg", "区应急局", "any")
D("r15t026", "市城市管理委作为协办单位的措施有哪些？", "bj", "市城市管理委", "assist")

# =============================================================================== topic / attribute / indicator
# --- chat
T("r15t027", "锅炉评A级那个 大兴咋弄", "dx26", "000", "打造“创A”锅炉", chat=True, tags="synonym colloquial")
IM("r15t028", "大兴今年农村环境整治整几个村", "dx26", "000", "2026年大兴区完成14个村庄", "14个", chat=True,
   tags="colloquial")
IM("r15t029", "温拌沥青 门头沟比例要多少", "mtg", "001", "温拌沥青使用比例不低于15%", "15%", chat=True, tags="colloquial")
T("r15t030", "0.1微克示范区是个啥", "mtg", "001", "打造“0.1微克”精细化治理示范区", chat=True, tags="colloquial")
T("r15t031", "密云9个污水厂进水浓度低 咋整", "my", "002", "针对密云区北庄镇污水处理厂等9座", chat=True,
   tags="colloquial")
T("r15t032", "滩涂沼泽那些地 要巡查吗 密云", "my", "002", "组织对滩涂、沼泽等未利用地定期开展巡查", chat=True,
   tags="synonym colloquial")
T("r15t033", "朝阳工地噪音自动监测 市里怎么说的", "bj", "003", "朝阳区试行开展建筑施工噪声自动监测工作",
   chat=True, tags="synonym")
T("r15t034", "21年大兴 高空瞭望那个是干啥的", "dx21", "004", "利用高空瞭望系统", chat=True,
   tags="year_short colloquial")
T("r15t035", "凤河长子营段 补水修复 21年有安排吗", "dx21", "004", "推进再生水补给河道生态修复（凤河长子营段）",
   chat=True, tags="year_short")
T("r15t036", "Does Mentougou plan anything about a 'beautiful campus'?", "mtg", "001", "率先探索建设美丽校园",
   chat=True, tags="english")
A("r15t037", "污水管线3公里 谁牵头 大兴", "dx26", "000", "建设完成污水管线3公里", "lead", chat=True,
  tags="colloquial")
A("r15t038", "干洗机淘汰 门头沟谁牵头", "mtg", "001", "探索在干洗行业重点企业推进全封闭式干洗设备更新", "lead",
  chat=True, tags="synonym")
A("r15t039", "秸杆综合利用 大兴协办是谁", "dx26", "000", "加强秸秆综合利用，综合利用率稳定保持在99%", "assist",
  chat=True, tags="typo")
A("r15t040", "市里 噪声地图 谁牵头 啥时候完", "bj", "003", "探索应用噪声地图", ["lead", "deadline"], chat=True,
  tags="multi_part colloquial")
A("r15t041", "饮用水源地年度评估 大兴啥时候交", "dx26", "000", "开展全区饮用水水源地环境状况年度调查评估",
  "deadline", chat=True, tags="abbrev colloquial")
IC("r15t042", "王平镇pm2.5目标多少", "mtg", "王平镇", "2026年PM2.5目标值", chat=True, tags="abbrev")
IC("r15t043", "延庆优良天数比率要求多少", None, "延庆区", "优良天数比率", chat=True, tags="abbrev")
C("r15t044", "清水镇跟大峪街道pm2.5目标差几", "mtg", ("cell", "清水镇", "2026年PM2.5目标值"),
  ("cell", "大峪街道", "2026年PM2.5目标值"), chat=True, tags="difference colloquial")
# --- plan wording
IM("r15t045", "2021年大兴区受污染耕地安全利用率要达到多少？", "dx21", "004", "全区受污染耕地安全利用率达到92%",
   "92%")
T("r15t046", "医疗废物集中暂存点确定和建设是怎么安排的？", "dx21", "004", "完成医疗废物集中暂存点确定和建设")
T("r15t047", "生态环境领域未诉先办在哪些区先行先试？", "bj", "003", "积极关注本区域内生态环境领域的诉求并研究处理")
A("r15t048", "加强未利用地保护，主责单位有哪些？", "my", "002", "组织对滩涂、沼泽等未利用地定期开展巡查",
  "responsible")

# =============================================================================== none
# --- chat
N("r15t049", "小区电动自行车充电 大兴有安排没", "dx26", chat=True, tags="not_in_plan")
N("r15t050", "顺义水务局牵头的有啥", None, chat=True, tags="no_plan_place abbrev")
N("r15t051", "门头沟烧秸秆罚款多少", "mtg", chat=True, tags="not_in_plan")
N("r15t052", "密云PM10目标多少", "my", chat=True, tags="not_in_plan")
N("r15t053", "怀柔住建委年底前要完成啥", None, chat=True, tags="no_plan_place abbrev")
N("r15t054", "Is there anything on light pollution in the Beijing plan?", "bj", chat=True,
  tags="english not_in_plan")
N("r15t055", "养狗扰民 门头沟管不管", "mtg", chat=True, tags="not_in_plan colloquial")
# --- plan wording
N("r15t056", "密云区2021年行动计划中区水务局牵头哪些措施？", None, tags="no_plan_edition")

# =============================================================================== conversations
conv("r15t057", ["大兴水务局年底前要完成的有哪些"],
     DL("_", "那长期实施的呢", None, EQ("长期实施"), unit="区水务局", chat=True, tags="follow_up deadline_change",
        filter="dx26"))
conv("r15t058", ["门头沟持续推进的有哪些"],
     DL("_", "只看住建委牵头的", None, EQ("持续推进"), unit="区住建委", role="lead", chat=True,
        tags="follow_up unit_narrow abbrev", filter="mtg"))
conv("r15t059", ["门头沟卫健委有啥活"],
     D("_", "大兴的呢", None, "区卫生健康委", "any", chat=True, tags="follow_up place_change abbrev", filter="dx26"))
conv("r15t060", ["密云农业农村局牵头的有哪些"],
     D("_", "主责的呢", None, "区农业农村局", "responsible", chat=True, tags="follow_up role_change",
       filter="my"))
conv("r15t061", ["大兴创A锅炉咋弄"],
     A("_", "谁牵头", None, "000", "打造“创A”锅炉", "lead", chat=True, tags="follow_up this"))
conv("r15t062", ["密云9座污水厂进水BOD低那个"],
     A("_", "啥时候完成", None, "002", "针对密云区北庄镇污水处理厂等9座", "deadline", chat=True,
       tags="follow_up this"))
conv("r15t063", ["门头沟温拌沥青"],
     A("_", "责任单位呢", None, "001", "温拌沥青使用比例不低于15%", "responsible", chat=True, tags="follow_up this"))
conv("r15t064", ["市里朝阳噪声自动监测"],
     A("_", "协办单位呢", None, "003", "朝阳区试行开展建筑施工噪声自动监测工作", "assist", chat=True,
       tags="follow_up this city"))
conv("r15t065", ["21年大兴 凤河长子营段再生水补给"],
     A("_", "牵头是谁", None, "004", "推进再生水补给河道生态修复（凤河长子营段）", "lead", chat=True,
       tags="follow_up this year_short"))
conv("r15t066", ["门头沟秸秆焚烧谁管"],
     N("_", "那昌平呢", None, chat=True, tags="follow_up no_plan_place"))
conv("r15t067", ["密云总氮溯源咋安排的"],
     N("_", "要花多少钱", None, chat=True, tags="follow_up not_in_plan"))
conv("r15t068", ["大兴上半年要完成的有哪些"],
     DL("_", "门头沟的呢", None, BY("2026-06-30"), chat=True, tags="follow_up place_change half_year",
        filter="mtg"))
conv("r15t069", ["大兴教委参与哪些"],
     D("_", "牵头的呢", None, "区教委", "lead", chat=True, tags="follow_up role_change", filter="dx26"))
conv("r15t070", ["门头沟 清水镇pm2.5目标多少"],
     IC("_", "斋堂镇呢", None, "斋堂镇", "2026年PM2.5目标值", chat=True, tags="follow_up subject_change"))
conv("r15t071", ["市里 美丽乡村目标指引"],
     A("_", "这个啥时候完成", None, "003", "制定印发北京市美丽乡村巩固提升目标指引", "deadline", chat=True,
       tags="follow_up this deadline_phrase"))
conv("r15t072", ["大兴宁静小区建设"],
     N("_", "经费多少", None, chat=True, tags="follow_up not_in_plan"))
