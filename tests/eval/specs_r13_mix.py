"""Round 13, mix: the non-topic question types as staff type them in a DingTalk group about the
five plans (谁牵头/谁配合/啥时候完, unit lists with abbreviations and typos, deadline lists,
indicator values from the 门头沟 tables and from measure text, compares and superlatives), mostly
chat style (@机器人, full-width marks, emoji, English), written from the plans' text."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

BY = lambda d: {"op": "due_on_or_before", "value": d}  # noqa: E731
EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731
BETWEEN = lambda a, b: {"op": "due_between", "value": [a, b]}  # noqa: E731

# --- attribute
A("r13e001", "@机器人 大兴 摩托车管理方案 谁牵头", "dx26", "000", "配合市级部门研究落实摩托车管理工作方案", "lead",
  chat=True)
A("r13e002", "门头沟 干洗机换全封闭的那个 主责是哪个", "mtg", "001", "探索在干洗行业重点企业推进全封闭式干洗设备更新",
  "responsible", chat=True, tags="colloquial")
A("r13e003", "密云 园区污水处理设施排查整治 协办是谁", "my", "002", "聚焦工业园区污水收集和集中处理设施运行等方面问题",
  "assist", chat=True)
A("r13e004", "21年 关停企业原址用地详查 谁牵头 啥时候完", "dx21", "004", "开展重点关停企业原址用地详查",
  ["lead", "deadline"], chat=True, tags="multi_part")
A("r13e005", "门头沟“两证合一”谁牵头，几时完成？", "mtg", "001", "积极探索推进“两证合一”工作", ["lead", "deadline"],
  chat=True, tags="multi_part fullwidth")
A("r13e006", "市里 生态安全监测预警指标 牵头是谁 啥时候完", "bj", "003", "研究生态安全监测预警指标",
  ["lead", "deadline"], chat=True, tags="multi_part")
A("r13e007", "Daxing: who leads the antibiotic clinical-use management?", "dx26", "000", "加强抗菌药物临床应用管理",
  "lead", chat=True, tags="english")
A("r13e008", "when is the Mentougou groundwater over-extraction plan due?", "mtg", "001",
  "配合市水务局编制新一轮地下水超采综合治理实施方案", "deadline", chat=True, tags="english")
A("r13e009", "大兴 GEP-R跟GDP交换补偿 谁挑头😂", "dx26", "000", "按照市级要求开展GEP-R与GDP交换补偿工作", "lead",
  chat=True, tags="emoji slang")
A("r13e010", "21年 园地分类管理清单 协办单位", "dx21", "004", "完善园地分类管理清单", "assist", chat=True)
A("r13e011", "大兴区开展印刷行业源头智慧化监管试点由哪个单位牵头？", "dx26", "000", "开展印刷行业源头智慧化监管试点", "lead")
A("r13e012", "门头沟区组织实施重点点位公共场所噪声治理的责任单位有哪些？", "mtg", "001", "组织实施重点点位公共场所噪声治理",
  "responsible")
A("r13e013", "门头沟 高山综合背景站 牵头单位和责任单位分别是谁", "mtg", "001", "配合市级部门推进高山综合背景站建设",
  ["lead", "responsible"], chat=True, tags="multi_part")

# --- dept list
D("r13e014", "城管伟 配合的有哪些", "dx26", "区城市管理委", "assist", chat=True, tags="typo homophone")
D("r13e015", "生太环境局 协办的 21年", "dx21", "区生态环境局", "assist", chat=True, tags="typo homophone")
D("r13e016", "发该委牵头的有哪些 门头沟", "mtg", "区发改委", "lead", chat=True, tags="typo homophone place_last")
D("r13e017", "水物局 主责的 密云", "my", "区水务局", "responsible", chat=True, tags="typo homophone")
D("r13e018", "@机器人　市城管委牵头哪些？", "bj", "市城市管理委", "lead", chat=True, tags="abbrev fullwidth")
D("r13e019", "Which Daxing 2021 measures does the agriculture bureau assist on?", "dx21", "区农业农村局", "assist",
  chat=True, tags="english")
D("r13e020", "门头沟 应急局 牵头的 列一下", "mtg", "区应急局", "lead", chat=True, tags="abbrev")
D("r13e021", "大兴区2026年计划中区委宣传部涉及哪些措施？", "dx26", "区委宣传部")
D("r13e022", "密云 规资分局 参与了哪些", "my", "市规划自然资源委密云分局", chat=True, tags="typo abbrev")

# --- deadline list
DL("r13e023", "密云 三季度到期的有啥", "my", BETWEEN("2026-07-01", "2026-09-30"), chat=True, tags="deadline_phrase")
DL("r13e024", "市里 年底前的 市水务局牵头的", "bj", EQ("年底前"), unit="市水务局", role="lead", chat=True)
DL("r13e025", "21年 卫健委 年底完成还要长期实施的", "dx21", EQ("2021年12月31日并长期实施"), unit="区卫生健康委",
   chat=True, tags="abbrev")
DL("r13e026", "门头沟 园林局主责 年底前要完的", "mtg", EQ("年底前"), unit="区园林绿化局", role="responsible", chat=True,
   tags="abbrev")
DL("r13e027", "北京市计划中完成时限为“长期实施”的措施有哪些？", "bj", EQ("长期实施"))
DL("r13e028", "大兴 卫健委 长期干的活", "dx26", EQ("长期实施"), unit="区卫生健康委", chat=True, tags="colloquial")
DL("r13e029", "10月底前要完的 规自分局的 门头沟", "mtg", BY("2026-10-31"), unit="区规自分局", chat=True,
   tags="deadline_phrase abbrev place_last")

# --- indicator
IC("r13e030", "军庄镇 pm2.5 今年定的几", "mtg", "军庄镇", "2026年PM2.5目标值", chat=True)
IC("r13e031", "丰台新登记货车新能源化率要多少", None, "丰台区", "2026年注册登记货车新能源化率", chat=True, tags="synonym")
IC("r13e032", "How many construction-noise sites must Haidian fix this year?", None, "海淀区", "施工噪声治理",
   chat=True, tags="english")
IC("r13e033", "通州 名录内的污染地块 几块", None, "通州区", "建设用地土壤污染风险管控和修复名录内地块", chat=True,
   tags="abbrev")
IM("r13e034", "密云 新能源车比例 今年力争多少", "my", "002", "力争2026年注册登记汽车中新能源车比例达50%以上", "50%",
   chat=True)
IM("r13e035", "密云排污许可执行报告按时提交率要达到多少？", "my", "002", "2025年度排污许可执行报告按时提交率达到98%以上", "98%")
IM("r13e036", "21年 上账工地 月检查率 要多少", "dx21", "004", "对上账施工工地的月检查率要达到100%", "100%", chat=True)
IM("r13e037", "门头沟 建筑垃圾再生产品 最少用多少比例", "mtg", "001", "原则上最低不少于30%", "30%", chat=True)

# --- compare / superlative
C("r13e038", "大兴和密云PM2.5目标谁严", None,
  ("000", "全区PM2.5年均浓度不高于30微克/立方米", "大兴：不高于30微克/立方米"),
  ("002", "细颗粒物浓度控制在26微克每立方米", "密云：26微克每立方米（更严）"), chat=True,
  tags="measure_target superlative", value="密云")
S("r13e039", "商业固定设备噪声治理 哪个区最多", None, "商业固定设备噪声治理", "max", chat=True)
C("r13e040", "清水镇PM2.5目标比大峪街道低多少", "mtg", ("cell", "清水镇", "2026年PM2.5目标值"),
  ("cell", "大峪街道", "2026年PM2.5目标值"), chat=True, tags="difference")
C("r13e041", "朝阳 海淀 施工噪声治理 谁多", None, ("cell", "朝阳区", "施工噪声治理"), ("cell", "海淀区", "施工噪声治理"),
  chat=True, value="海淀")
C("r13e042", "建筑垃圾再生产品使用比例 大兴门头沟一样吗", None,
  ("000", "原则上不少于30%。推进建筑垃圾再生产品无废低碳认证", "大兴：不少于30%"),
  ("001", "原则上最低不少于30%", "门头沟：不少于30%"), chat=True, tags="measure_target")
