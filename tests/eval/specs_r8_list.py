"""Round-8 batch, list: unit lists and compares as staff type them in a group chat (abbreviated or
mistyped unit names, 都管啥 / 有啥活 / 要配合哪些, an English one), and compares of targets between
districts and towns (谁更严, 差多少, 哪个最低), a fifth in plan wording."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

PM = "PM2.5年均浓度"

# --------------------------------------------------------------------------- unit lists (chat)
D("r8l001", "@机器人 大兴城管委牵头的都有啥", "dx26", "区城市管理委", "lead", chat=True, tags="abbrev")
D("r8l002", "门头沟住建那边牵头哪些活", "mtg", "区住建委", "lead", chat=True, tags="abbrev everyday")
D("r8l003", "密云水务局主责的有哪几条？", "my", "区水务局", "responsible", chat=True)
D("r8l004", "市里 生态环境局牵头的任务列一下", "bj", "市生态环境局", "lead", chat=True, tags="place_loose")
D("r8l005", "21年大兴园林局牵头干了啥", "dx21", "区园林绿化局", "lead", chat=True, tags="abbrev year_short")
D("r8l006", "我们是大兴经信局的，今年要配合哪些工作", "dx26", "区经济和信息化局", "assist", chat=True,
  tags="abbrev self_unit")
D("r8l007", "Which tasks does the Mentougou water bureau lead?", "mtg", "区水务局", "lead", chat=True,
  tags="english")
D("r8l008", "密云 公路分局 都管啥", "my", "市交通委密云公路分局", chat=True, tags="abbrev")
D("r8l009", "大兴卫建委牵头的", "dx26", "区卫生健康委", "lead", chat=True, tags="typo homophone")
D("r8l010", "门头沟农业农村局有啥任务", "mtg", "区农业农村局", chat=True)
D("r8l013", "门头沟规自分局牵头的几项", "mtg", "区规自分局", "lead", chat=True, tags="abbrev")
D("r8l014", "大兴 市场监管 牵头哪些", "dx26", "区市场监管局", "lead", chat=True, tags="abbrev")
D("r8l015", "密云城管委协办的有哪些", "my", "区城市管理委", "assist", chat=True, tags="abbrev")

# --------------------------------------------------------------------------- unit lists (plan)
D("r8l011", "美丽大兴建设2026年行动计划中，区交通局牵头的工作措施有哪些？", "dx26", "区交通局", "lead")
D("r8l012", "密云区持续污染防治攻坚2026年行动计划中，区商务局作为牵头部门的任务有哪些？", "my",
  "区商务局", "lead")

# --------------------------------------------------------------------------- compares (chat)
C("r8l016", "密云跟大兴 pm2.5 目标谁更严", None, ("cell", "密云区", PM), ("cell", "大兴区", PM),
  chat=True, value="密云区", tags="stricter")
C("r8l017", "门头沟 和 通州 餐饮治理 差多少家", None, ("cell", "门头沟区", "餐饮治理提升家数"),
  ("cell", "通州区", "餐饮治理提升家数"), chat=True, tags="difference")
S("r8l018", "门头沟哪个镇街pm2.5定得最低", "mtg", "2026年PM2.5目标值", "min", chat=True)
C("r8l019", "昌平优先监管地块比大兴多还是少 差几块", None, ("cell", "昌平区", "优先监管地块"),
  ("cell", "大兴区", "优先监管地块"), chat=True, tags="difference")
C("r8l020", "斋堂镇和大台街道pm25目标差几个", "mtg", ("cell", "斋堂镇", "2026年PM2.5目标值"),
  ("cell", "大台街道", "2026年PM2.5目标值"), chat=True, tags="difference typo")
C("r8l021", "大兴和门头沟自己计划里写的pm2.5目标哪个低", "y26",
  ("000", "全区PM2.5年均浓度不高于30微克", "30"), ("001", "PM2.5年均浓度达到27微克", "27"),
  chat=True, value="门头沟", tags="measure_text")
S("r8l022", "哪个区绿色企业比例要求最高", "mtg", "累计绿色企业比例", "max", chat=True, tags="everyday")
C("r8l023", "新能源货车比例 门头沟比密云低多少", None, ("cell", "门头沟区", "2026年注册登记货车新能源化率"),
  ("cell", "密云区", "2026年注册登记货车新能源化率"), chat=True, tags="difference everyday")

# --------------------------------------------------------------------------- compares (plan)
C("r8l024", "附件4中门头沟区与大兴区的累计非道路移动机械新能源化率相差多少？", None,
  ("cell", "门头沟区", "累计非道路移动机械新能源化率"), ("cell", "大兴区", "累计非道路移动机械新能源化率"),
  tags="difference")
S("r8l025", "附件4中，优先监管地块数量最多的是哪个区？", "mtg", "优先监管地块", "max")
S("r8l026", "锅炉A B级单位 哪个区要的最少", "mtg", "累计环保绩效A、B级锅炉使用单位", "min", chat=True,
  tags="everyday")
