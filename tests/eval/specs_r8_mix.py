"""Round 8, mix: a realistic group-chat sample, every type in the proportions staff ask them,
typed on phones, spread over the five plans."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv

# --- topic
T("r8m001", "@机器人 大兴今年工地半夜偷偷施工的咋管？", "dx26", "000", "加大夜间施工证明服务指导力度", chat=True, tags="everyday")
T("r8m002", "密云那边饭馆油烟有啥安排吗🙏", "my", "002", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="everyday")
T("r8m003", "门头沟学校大喇叭太吵了，计划里咋说的", "mtg", "001", "强化校园广播噪声扰民问题处置统筹力度", chat=True, tags="everyday")
T("r8m004", "市里对烧秸杆怎么管？", "bj", "003", "严格秸秆露天焚烧监管", chat=True, tags="typo")
T("r8m006", "帮查下 门头沟垃圾填埋场地下水那块怎么弄", "mtg", "001", "推进垃圾填埋场地下水调查评估", chat=True)
T("r8m007", "密云区加油站埋地油罐防渗漏有什么要求？", "my", "002", "埋地油罐防渗漏", tags="plan")
T("r8m008", "市级层面CCER有啥任务 谢谢", "bj", "003", "高标准保障全国温室气体自愿减排交易", chat=True, tags="english")
T("r8m009", "大兴公园里跳广场舞音响太响，计划有说法没", "dx26", "000", "系统推进公园娱乐、健身等活动噪声治理", chat=True, tags="everyday")

# --- attribute
A("r8m010", "门头沟 医院医废电子联单 谁牵头？", "mtg", "001", "研究在二级及以上医院探索运行医疗废物电子转移联单", "lead", chat=True, tags="abbrev")
A("r8m011", "@机器人 密云裸地整治，协办是哪几家", "my", "002", "实现裸地动态整治", "assist", chat=True)
A("r8m012", "大兴揭网见绿啥时候弄完？", "dx26", "000", "揭网见绿", "deadline", chat=True)
A("r8m013", "北京市计划里 噪声地图 归谁管呀", "bj", "003", "探索应用噪声地图", "lead", chat=True)
A("r8m014", "2021年大兴区凤河长子营段再生水补给河道试点工程的牵头单位和完成时限分别是什么？", "dx21", "004", "凤河长子营段", ["lead", "deadline"], tags="plan multi_part")

# --- unit lists
D("r8m015", "门头沟计划里卫建委都管哪些事", "mtg", "区卫健委", chat=True, tags="typo")
D("r8m016", "密云 供电公司牵头的活儿都有啥", "my", "国网密云供电公司", role="lead", chat=True, tags="abbrev")
D("r8m017", "北京市计划中市气象局负责哪些任务？", "bj", "市气象局", tags="plan")

# --- deadline lists
DL("r8m018", "门头沟6月底前要干完的有哪些？", "mtg", {"op": "due_on_or_before", "value": "2026-06-30"}, chat=True)
DL("r8m019", "大兴今年 长期实施 的措施列一下", "dx26", {"op": "equals", "value": "长期实施"}, chat=True)

# --- indicator / compare
IM("r8m005", "21年大兴环卫车换电动的比例要到多少？", "dx21", "004", "纯电动、氢燃料等车辆的比例达到70%", "70%", chat=True, tags="everyday")
IC("r8m020", "密云pm2.5今年指标多少？", None, "密云区", "PM2.5年均浓度", chat=True, tags="lowercase")
C("r8m021", "大兴跟密云 餐饮治理提升家数 差多少家", None, ("cell", "大兴区", "餐饮治理提升家数"), ("cell", "密云区", "餐饮治理提升家数"), chat=True, tags="difference")

# --- not answerable
N("r8m022", "@机器人 海淀区今年扬尘怎么治", chat=True, tags="no_plan_place")
N("r8m023", "大兴区电动自行车充电桩今年建多少个？", "dx26", chat=True)
N("r8m024", "Does Miyun plan anything on plastic bags?", "my", chat=True, tags="english")

# --- short conversations
conv("r8m025", ["门头沟区交通局牵头的有哪些"],
     D("r8m025x", "那密云的呢", "my", "区交通局", role="lead", chat=True, tags="follow_up"))
conv("r8m026", ["本群是密云区的"],
     A("r8m026x", "清明上坟烧纸的 谁管👀", "my", "002", "大力倡导市民践行文明祭扫", "lead", chat=True, tags="follow_up everyday"))
_edu = D("r8m027l", "门头沟区教委牵头哪些事", "mtg", "区教委", role="lead", chat=True)
conv("r8m027", [_edu["q"]], item("r8m027x", "第2条啥时候完成", "mtg", _edu, 2, "deadline", tags="follow_up"))
conv("r8m028", ["大兴2026年 烟花爆竹归谁管"],
     A("r8m028x", "21年的呢？", "dx21", "004", "全年禁止销售、燃放烟花爆竹", "lead", chat=True, tags="follow_up"))
