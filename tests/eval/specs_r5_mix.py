"""Round-5 batch, mix: a group-chat day's worth of questions of every type in the proportions staff
ask them (topic, attribute, unit lists, deadline lists, indicators, compares, questions the plans
don't answer), typed the way a busy official does on a phone: no or odd punctuation, @机器人, the
place at the end, two questions glued together, 咱们/我们局, English mixed in, homophones, emoji.
Written from planbot/plans/ and the 门头沟 indicator tables, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401 (the batch vocabulary)

PM = "PM2.5年均浓度"
TOWN_PM = "2026年PM2.5目标值"
H1 = {"op": "due_on_or_before", "value": "2026-06-30"}
NONE_WRITTEN = {"op": "none_written"}


def printed(label: str) -> dict:
    return {"op": "equals", "value": label}


# ------------------------------------------------------------------------------ topic
T("r5m001", "@机器人 永定河卢梁段收尾 咋弄的 大兴", None, "000", "永定河卢梁段综合提升工程收尾工作", chat=True, tags="place_last")
T("r5m002", "种质资源保护有啥说法 门头沟", None, "001", "加强重点农作物、畜禽、水产等种质资源保护与应用", chat=True, tags="place_last")
T("r5m003", "学校大喇叭广播太吵 那事怎么弄 大兴", None, "000", "强化校园广播噪声扰民问题处置统筹力度", chat=True,
  tags="place_last everyday_words")
T("r5m004", "重点监管单位周边的土壤跟地下水 监测咋搞", "my", "002", "对土壤污染重点监管单位周边土壤和地下水开展监测", chat=True)
T("r5m005", "咱们区兽药抽检有啥要求", "mtg", "001", "开展兽药质量监督抽检", chat=True, tags="we")
T("r5m006", "私挖道采怎么打击😂 门头沟", None, "001", "严厉打击和查处私挖盗采活动", chat=True, tags="homophone emoji place_last")
T("r5m007", "摩托车管理 写了啥", "mtg", "001", "按要求落实市级摩托车管理工作", chat=True, tags="short")
T("r5m008", "医药电子企业创绿 what does the plan say 密云", None, "002", "重点推进医药、电子、汽车制造等行业创绿", chat=True,
  tags="english place_last")
T("r5m009", "加油站晚上加油有没有鼓励的措施", "my", "002", "引导加油站出台鼓励夜间加油的措施", chat=True)
T("r5m010", "大兴区关于建立生物多样性保护协调工作机制有什么安排？", "dx26", "000", "探索建立区级生物多样性保护协调工作机制")
T("r5m011", "北京市关于噪声地图的应用是怎么部署的？", "bj", "003", "探索应用噪声地图")
T("r5m012", "密云区饮用水安全状况信息公开有什么要求？", "my", "002", "按季度向社会公开区级、乡镇级饮用水安全状况信息")
T("r5m013", "京西山水工程验收 有说法吗", "mtg", "001", "完成京西山水工程建设并开展验收", chat=True)

# -------------------------------------------------------------------------- attribute
A("r5m014", "清管行动谁牵头 大兴", None, "000", "持续开展“清管行动”", "lead", chat=True, tags="place_last")
A("r5m015", "小客车以旧换新补贴 哪个局牵头啊 门头沟", None, "001", "落实小客车以旧换新补贴政策", "lead", chat=True, tags="place_last")
A("r5m016", "21年那个重型车车载终端联网 谁配合", "dx21", "004", "组织落实重型车安装远程排放管理车载终端及联网工作",
  "assist", chat=True)
A("r5m017", "揭网见绿谁牵头 啥时候完成 密云", None, "002", "推进“揭网见绿”专项行动", ["lead", "deadline"], chat=True,
  tags="multi_part place_last")
A("r5m018", "红黄车抽查率不少于50%那条 谁牵头", "my", "002", "红、黄类重点车辆抽查率不少于50%", "lead", chat=True)
A("r5m019", "门头沟区扩大智能回收机进社区覆盖范围的完成时限是什么？", "mtg", "001", "扩大智能回收机进社区覆盖范围", "deadline")
A("r5m020", "沥青搅拌站排放管理 牵头的是谁🙏 门头沟", None, "001", "规范沥青混合料搅拌站排放管理", "lead", chat=True,
  tags="emoji place_last")

# ------------------------------------------------------------------------- dept list
D("r5m021", "@机器人 我是门头沟城管委的 我们局牵头的有哪些", None, "区城管委", "lead", chat=True, filter="mtg", tags="we")
D("r5m022", "规自分局配合的活 有哪些 大兴", None, "市规划自然资源委大兴分局", "assist", chat=True, filter="dx26",
  tags="abbrev place_last")
D("r5m023", "密云交通局牵头的都有啥 list一下", None, "区交通局", "lead", chat=True, filter="my", tags="english")
D("r5m024", "教委都管哪些事 大兴", None, "区教委", "any", chat=True, filter="dx26", tags="place_last")
D("r5m025", "门头沟区农业农村局作为牵头部门的工作措施有哪些？", "mtg", "区农业农村局", "lead")
D("r5m026", "商物局主责哪几条", "my", "区商务局", "responsible", chat=True, tags="homophone")

# --------------------------------------------------------------------- deadline list
DL("r5m027", "6月底前要完成的有哪些 门头沟", None, H1, chat=True, filter="mtg", tags="place_last")
DL("r5m028", "住建委牵头的 长期实施的有几条 大兴", None, printed("长期实施"), unit="区住房城乡建设委", role="lead",
   chat=True, filter="dx26", tags="place_last")
DL("r5m029", "咱们区没写时限的是哪些", "dx26", NONE_WRITTEN, chat=True, tags="we")
DL("r5m030", "by end of June 要干完的 密云", None, H1, chat=True, filter="my", tags="english place_last")
DL("r5m031", "北京市计划中完成时限为持续推进的措施有哪些？", None, printed("持续推进"), filter="bj")

# ------------------------------------------------------------------------- indicator
IC("r5m032", "潭柘寺 pm2.5目标多少啊", "mtg", "潭柘寺镇", TOWN_PM, chat=True, tags="abbrev")
IM("r5m033", "新注册的车里头新能源占比要到多少 门头沟", None, "001", "2026年注册登记汽车中新能源车比例达50%以上", "50",
   chat=True, tags="place_last")
IC("r5m034", "顺义区2026年重污染天数指标是多少？", None, "顺义区", "重污染天数")

# --------------------------------------------------------------------------- compare
C("r5m035", "大兴跟门头沟 pm2.5目标 哪个低", None, ("000", "全区PM2.5年均浓度不高于30", "大兴区：30"),
  ("001", "PM2.5年均浓度达到27微克", "门头沟区：27"), chat=True,
  value="门头沟区")
C("r5m036", "朝阳和大兴pm25差多少👀", None, ("cell", "朝阳区", PM), ("cell", "大兴区", PM), chat=True, value="1",
  tags="difference emoji")

# ---------------------------------------------------------------------- not in plans
N("r5m037", "石景山 工地扬尘 谁管", None, chat=True, tags="no_plan_place place_last")
N("r5m038", "@机器人 明天开会几点 📅", None, chat=True, tags="offtopic emoji")
N("r5m039", "垃圾清运费一户一年交多少 门头沟", None, chat=True, tags="not_in_plan near_topic place_last")
N("r5m040", "咱们今年招几个环保协管员", "dx26", chat=True, tags="not_in_plan near_topic we")
N("r5m041", "what's the budget for 清管行动 大兴", None, chat=True, tags="not_in_plan english")
N("r5m042", "昌平的 住建委牵头哪些 list一下", None, chat=True, tags="no_plan_place")
