"""Round-6 batch, mix: one realistic group-chat day, every question type in the proportions staff ask
them (topic ~30 %, who/when ~20 %, unit lists, deadline lists, indicators and compares, questions the
plans don't answer, short conversations), typed on a phone: @机器人, 请问/帮查下/谢谢, emoji,
full-width marks, dropped 区/年, colloquial words for the plan's terms, a typo here and there.
"""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401 (the batch vocabulary)


def printed(label: str) -> dict:
    return {"op": "equals", "value": label}


def by(day: str) -> dict:
    return {"op": "due_on_or_before", "value": day}


# ------------------------------------------------------------------------------ topic
T("r6m001", "@机器人 大兴饭馆油烟今年咋管的？", "dx26", "000", "餐饮治理提升家数达到80家", chat=True,
  tags="everyday_words")
T("r6m002", "门头沟渣土车乱倒乱撒有人管吗😂", "mtg", "001", "严厉打击渣土、建筑垃圾违规运输",
  "001", "加大对渣土车溯源追查力度", chat=True, tags="everyday_words emoji")
T("r6m003", "请问市里从外省引绿电这块有啥安排", "bj", "003", "持续提高绿电进京规模", chat=True,
  tags="everyday_words")
T("r6m004", "21年大兴怎么防止烧散煤反弹的", "dx21", "004", "严防散煤复烧", chat=True, tags="everyday_words")
T("r6m005", "门头沟用无人机卫星查生态的那个 是怎么说的", "mtg", "001", "探索AR赋能生态空间监管新模式",
  chat=True, tags="everyday_words")
T("r6m006", "帮查下密云自来水厂出水水质检测怎么要求", "my", "002", "出厂水水质检测", chat=True,
  tags="everyday_words")
T("r6m007", "朝阳工地噪音自动监测 市里文件咋写的？", "bj", "003", "朝阳区试行开展建筑施工噪声自动监测工作",
  chat=True, tags="everyday_words place_in_text")
T("r6m008", "大兴快递外卖包装减塑有啥措施吗", "dx26", "000", "从源头上减少一次性塑料制品使用", chat=True,
  tags="everyday_words")
T("r6m009", "what does Miyun's plan say about VOCs in industrial parks?", "my", "002",
  "加强重点产业园区VOCs精准溯源", chat=True, tags="english")
T("r6m010", "市级危废点对点利用试点 有提吗", "bj", "003", "探索“点对点”定向利用试点", chat=True,
  tags="abbreviation")
T("r6m011", "哪些计划里提了宁静小区？", None, "000", "探索开展宁静小区建设", "001", "宁静小区",
  "003", "开展宁静小区建设", chat=True, tags="unscoped")
T("r6m012", "重点农作物、畜禽、水产种质资源保护是怎么安排的？", "dx26", "000", "加强重点农作物、畜禽、水产等种质资源保护")
T("r6m013", "门头沟区加强与下游石景山区协同推进永定河美丽河湖保护有哪些内容？", "mtg", "001",
  "加强与下游石景山区协同联动", tags="place_in_text")
T("r6m014", "大兴2021年海绵城市建设要达到什么程度", "dx21", "004", "推进海绵城市建设", chat=True)

# ------------------------------------------------------------------------------ attribute
A("r6m020", "门头沟烧秸秆谁牵头管？", "mtg", "001", "严格秸秆露天焚烧监管", "lead", chat=True,
  tags="everyday_words")
A("r6m021", "@机器人 大兴清管行动 几月底前要干完", "dx26", "000", "持续开展“清管行动”", "deadline", chat=True)
A("r6m022", "密云夏天错峰卸油 哪几个部门牵头", "my", "002", "督促加油站和储油库在夏季错峰装卸油", "lead",
  chat=True, tags="abbreviation")
A("r6m023", "21年那个4.5吨以下邮政车换纯电的 谁牵头啊", "dx21", "004", "4.5吨以下邮政车", "lead", chat=True)
A("r6m024", "门头沟医疗废物电子转移联单是哪个局的活", "mtg", "001", "医疗废物电子转移联单", "lead", chat=True)
A("r6m025", "城市副中心条例谁推动？啥时候出台？", "bj", "003", "推动出台北京城市副中心条例",
  ["lead", "deadline"], chat=True, tags="multi_part")
A("r6m026", "大兴碳排放权交易这事归谁管", "dx26", "000", "开展本市年度碳排放权交易工作", "lead", chat=True)
A("r6m027", "门头沟区绿色企业比率平均不低于55%由哪些单位牵头？", "mtg", "001", "全区绿色企业比率平均不低于55%", "lead")

# ------------------------------------------------------------------------------ dept lists
D("r6m030", "@机器人 门头沟文旅局牵头的活有哪些", "mtg", "区文旅局", "lead", chat=True)
D("r6m031", "密云供电公司都有啥任务？", "my", "国网密云供电公司", chat=True, tags="abbreviation")
D("r6m032", "大兴教委涉及哪些事儿", "dx26", "区教委", chat=True)
D("r6m033", "市教委在市里计划里有哪些任务", "bj", "市教委", chat=True)
D("r6m034", "大兴区2021年计划中区科委牵头的措施有哪些？", "dx21", "区科委", "lead")

# ------------------------------------------------------------------------------ deadline lists
DL("r6m040", "门头沟6月底前得完成的有哪几项", "mtg", by("2026-06-30"), chat=True)
DL("r6m041", "密云那些长期实施的活 列一下", "my", printed("长期实施"), chat=True)
DL("r6m042", "21年大兴9月底以前要完的有啥", "dx21", by("2021-09-30"), chat=True)
DL("r6m043", "市里持续推进的里面 市生态环境局牵头的有哪些", "bj", printed("持续推进"), "市生态环境局", "lead",
  chat=True, tags="unit_and_deadline")

# ------------------------------------------------------------------------------ indicator / compare
IC("r6m050", "门头沟今年PM2.5指标定的多少", "mtg", "门头沟区", "PM2.5年均浓度", chat=True)
IM("r6m051", "密云供水管网漏损率要控在多少以内？", "my", "002", "城镇供水管网漏损率", "8%", chat=True)
IC("r6m052", "朝阳区餐饮治理提升家数是多少？", None, "朝阳区", "餐饮治理提升家数", tags="table_only_place")
S("r6m053", "各区餐饮油烟治理任务 哪个区最多", None, "餐饮治理提升家数", "max", chat=True)
C("r6m054", "饭馆油烟治理 大兴跟门头沟各要弄几家？", None,
  ("000", "餐饮治理提升家数达到80家", "80家"), ("001", "组织开展治理提升5家", "5家"), chat=True,
  tags="everyday_words")

# ------------------------------------------------------------------------------ not in the plans
N("r6m060", "海淀区今年扬尘怎么治？", None, chat=True, tags="place_no_plan")
N("r6m061", "@机器人 明天下午开会几点啊", None, chat=True, tags="off_topic")
N("r6m062", "大兴垃圾分类桶站改造补贴标准多少", "dx26", chat=True)
N("r6m063", "密云电动自行车充电棚有要求吗", "my", chat=True)
N("r6m064", "门头沟区2025年的PM2.5目标是多少？", None, tags="year_no_plan")
N("r6m065", "昌平河长制怎么落实的", None, chat=True, tags="place_no_plan")

# ------------------------------------------------------------------------------ conversations
conv("r6m070", ["大兴生态环境局牵头的有哪些"],
     D("r6m070x", "那门头沟呢", "mtg", "区生态环境局", "lead", chat=True))
conv("r6m071", ["门头沟文旅局牵头哪些事"],
     item("r6m071x", "第1项责任单位有谁", "mtg", D("r6m071l", "-", "mtg", "区文旅局", "lead"), 1, "responsible"))
conv("r6m072", ["大兴21年水务局牵头的有哪些"],
     D("r6m072x", "26年的呢", "dx26", "区水务局", "lead", chat=True))
conv("r6m073", ["本群是密云区的", "好的👌"],
     T("r6m073x", "烟花爆竹咋规定的", "my", "002", "禁止燃放烟花爆竹的通告", chat=True))
conv("r6m074", ["大兴清管行动是啥内容"],
     A("r6m074x", "这条啥时候完成", "dx26", "000", "持续开展“清管行动”", "deadline", chat=True))
conv("r6m075", ["密云夏季错峰装卸油咋要求的"],
     T("r6m075x", "那门头沟呢", "mtg", "001", "错峰装卸油", chat=True))
conv("r6m076", ["门头沟6月底前要完成的有哪些"],
     DL("r6m076x", "那密云呢", "my", by("2026-06-30"), chat=True))
conv("r6m077", ["本群是门头沟区的"],
     D("r6m077x", "住建委牵头的活有哪些？", "mtg", "区住建委", "lead", chat=True))
