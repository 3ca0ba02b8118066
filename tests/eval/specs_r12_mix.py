"""Round 12, mix: a mixed work group chat about the five plans, every type, mostly chat style
(@机器人, typos and homophones, abbreviations, everyday words)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

BY = lambda d: {"op": "due_on_or_before", "value": d}  # noqa: E731
EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731

# --- topic
T("r12m001", "@机器人 大兴 农村黑臭水 咋治的", "dx26", "000", "强化农村黑臭水体治理", chat=True, tags="abbrev")
T("r12m002", "门头沟 雨水污水管子接错了 有啥措施", "mtg", "001", "开展雨污混接错接巡查整治",
  chat=True, tags="synonym")
T("r12m003", "蜜云农村化粪池 要全覆盖吗", "my", "002", "推动农村三格式化粪池全覆盖", chat=True, tags="typo")
T("r12m004", "市里跟津冀 储能产业咋合作", "bj", "003", "共同建设京津冀新型储能产业集群",
  chat=True, tags="abbrev")
T("r12m005", "21年 小诊所的医疗垃圾怎么收运", "dx21", "004", "初步建成辖区小微医疗卫生机构医疗废物收集转运体系",
  chat=True, tags="synonym")
T("r12m006", "大兴公园里跳广场舞太吵 有人管没", "dx26", "000", "强化公园噪声管控", chat=True, tags="synonym")
T("r12m007", "门头沟 打农药 有啥要求", "mtg", "001", "推广应用高效低风险农药", chat=True, tags="synonym")
T("r12m008", "密云区对基坑气膜施工技术有什么推广要求？", "my", "002", "推广基坑气膜等全密闭先进施工技术")

# --- attribute
A("r12m009", "门头沟 碳配额清缴 哪个部门牵头", "mtg", "001", "完成碳排放配额发放和清缴", "lead",
  chat=True, tags="abbrev")
A("r12m010", "蜜云 揭网见绿 啥时候完成", "my", "002", "揭网见绿", "deadline", chat=True, tags="typo")
A("r12m011", "大兴21年 国六b 谁管", "dx21", "004", "继续实施国六b机动车排放标准", "lead", chat=True)
A("r12m012", "市里 秸秆焚烧监管 牵头是谁 配合的有谁", "bj", "003", "严格秸秆露天焚烧监管",
  ["lead", "responsible"], chat=True, tags="multi_part")
A("r12m013", "大兴 危废五即试点 deadline?", "dx26", "000", "危险废物“五即”", "deadline",
  chat=True, tags="english abbrev")
A("r12m014", "门头沟区未利用地保护工作由哪些单位牵头？", "mtg", "001", "加强未利用地保护", "lead")

# --- dept list
D("r12m015", "密云 园林局 牵头的 列一下", "my", "区园林绿化局", "lead", chat=True, tags="abbrev")
D("r12m016", "@机器人 大兴 卫健委 涉及哪些活", "dx26", "区卫生健康委", chat=True, tags="abbrev")
D("r12m017", "北京市计划中市气象局负责哪些任务？", "bj", "市气象局")

# --- deadline list
DL("r12m018", "门头沟去年底前 水务局要完成的有哪些", "mtg", BY("2026-12-31"), unit="区水务局",
   chat=True, tags="typo homophone")
DL("r12m019", "市里 持续推进的 拉个单", "bj", EQ("持续推进"), chat=True)
DL("r12m020", "蜜云 长期实施的 都有啥", "my", EQ("长期实施"), chat=True, tags="typo")

# --- indicator
IM("r12m021", "密云 土壤隐患排查整改合格率 得到多少", "my", "002", "隐患排查整改合格率达到90%以上", "90%",
   chat=True)
IM("r12m022", "@机器人 大兴今年pm2.5 要控制在多少", "dx26", "000", "全区PM2.5年均浓度不高于30微克/立方米", "30",
   chat=True, tags="english")
IC("r12m023", "雁翅 今年PM2.5 定的多少", "mtg", "雁翅镇", "2026年PM2.5目标值", chat=True, tags="abbrev")
IC("r12m024", "石景山 优先监管地块 几块", "mtg", "石景山区", "优先监管地块", chat=True)
IC("r12m025", "丰台 交通噪声治理 几项？", "mtg", "丰台区", "交通噪声治理", chat=True)
IM("r12m026", "市里美丽乡村 选几个乡镇先行先试", "bj", "003", "选择 3 个基础条件好", "3", chat=True,
   tags="synonym")

# --- compare / superlative
S("r12m027", "哪家区 施工噪声治理 最多", None, "施工噪声治理", "max", chat=True, tags="rank_phrase")
C("r12m028", "房山vs通州 农村环境整治 差几个", None, ("cell", "房山区", "农村环境整治成效巩固"),
  ("cell", "通州区", "农村环境整治成效巩固"), chat=True, tags="difference english")
S("r12m029", "绿色企业比例 哪个区要求最高", None, "累计绿色企业比例", "max", chat=True)

# --- not in the plans
N("r12m030", "门头沟 电瓶车进楼充电 有规定吗", "mtg", chat=True, tags="plan_word_subject_absent")
N("r12m031", "@机器人 大兴现在PM2.5实际多少", "dx26", chat=True, tags="live")
N("r12m032", "密云哪家饭馆最好吃", "my", chat=True)
N("r12m033", "北京市2026年垃圾分类违规罚款标准是多少？", "bj", tags="plan_word_subject_absent")

# --- conversations
conv("r12m034", ["本群是门头沟的"],
     A("r12m034x", "秸秆焚烧 谁管", "mtg", "001", "严格秸秆露天焚烧监管", "lead", chat=True))
_sw = D("r12m035l", "大兴水务局牵头的有哪些", "dx26", "区水务局", "lead", chat=True)
conv("r12m035", ["大兴水务局牵头的有哪些"], item("r12m035x", "第2个 啥时候完", "dx26", _sw, 2, "deadline"))
