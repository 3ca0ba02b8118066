"""Round-6 batch, area none: questions the plans do not answer, typed the way staff chat, plus
near-miss questions that the plans do answer (to keep a false "not found" honest).

Families: English on topics no plan has, complaints and personal requests, a topic only another
district's plan or only the other year's plan prints (scope named), look-alikes sharing a word
with a measure (电动自行车充电 vs 充换电, 碳排放预算 vs 环保预算), numbers no plan states,
districts without a plan, off-topic chat.
"""
from specs import A, N, T

# =============================================================================== near misses (answered)
T("r6n001", "密云过年让放炮不？", "my", "002", "禁止燃放烟花爆竹的通告", chat=True, tags="synonym near_miss")
T("r6n002", "@机器人 大兴今年锅炉创A咋安排的", "dx26", "000", "打造“创A”锅炉", chat=True, tags="near_miss")
T("r6n003", "密云农村烧煤反弹的事 计划里管不管", "my", "002", "全面强化农村燃煤复烧监管", chat=True,
  tags="synonym near_miss")
T("r6n004", "门头沟煤改气的成果咋巩固", "mtg", "001", "巩固煤改清洁能源成果", chat=True, tags="synonym near_miss")
T("r6n005", "门头沟 外卖快递包装太多了 有啥措施没", "mtg", "001", "鼓励电商、快递等重点领域使用可循环重复利用包装",
  chat=True, tags="complaint near_miss")
T("r6n006", "市里对晚上偷偷施工的工地咋查", "bj", "003", "对未办理夜间施工许可违法夜间施工", chat=True,
  tags="synonym near_miss")
A("r6n007", "公园里广场舞音响太吵，市里谁牵头治？", "bj", "003", "系统推进公园娱乐、健身等活动噪声治理", "lead",
  chat=True, tags="complaint near_miss")
A("r6n008", "21年大兴充电设施补贴那条谁牵头", "dx21", "004", "落实新能源汽车充换电设施建设和运营补贴政策", "lead",
  chat=True, tags="near_miss")
A("r6n009", "北京市2026年计划中秸秆露天焚烧监管的牵头部门是哪个？", "bj", "003", "严格秸秆露天焚烧监管", "lead",
  tags="near_miss")
T("r6n010", "What does the Daxing plan say about dry cleaning machines?", "dx26", "000",
  "探索在干洗行业重点企业推进全封闭式干洗设备更新", chat=True, tags="english near_miss")
T("r6n011", "密云水库上游流域生态保护补偿协议有什么安排？", "bj", "003", "实施密云水库、官厅水库上游流域横向生态保护补偿协议",
  tags="near_miss")
T("r6n012", "门头沟学校大喇叭扰民咋整", "mtg", "001", "强化校园广播噪声扰民问题处置统筹力度", chat=True,
  tags="synonym complaint near_miss")
T("r6n013", "大兴 屋顶装光伏 计划里有说法没", "dx26", "000", "推进建筑光伏一体化建设", chat=True, tags="synonym near_miss")

# =============================================================================== not in the plans, chat
N("r6n014", "小区电动自行车推进楼道充电，谁来管？", None, chat=True, tags="lookalike complaint")
N("r6n015", "大兴今年要建多少个充电桩", "dx26", chat=True, tags="number_absent lookalike")
N("r6n016", "21年大兴计划里创A锅炉要建几家", "dx21", chat=True, tags="other_year lookalike")
N("r6n017", "大兴今年充换电设施运营补贴咋落实", "dx26", chat=True, tags="other_year")
N("r6n018", "密云 外卖塑料餐盒 有没有减量要求", "my", chat=True, tags="other_district")
N("r6n019", "大兴今年用不用画噪声地图", "dx26", chat=True, tags="other_district")
N("r6n020", "门头沟 CCER交易 有啥任务", "mtg", chat=True, tags="other_district")
N("r6n021", "海淀今年工地扬尘谁牵头管", None, chat=True, tags="no_plan_district")
N("r6n022", "昌平区2026年行动计划里夜间施工怎么管", None, chat=True, tags="no_plan_district")
N("r6n023", "顺义的垃圾分类有啥新要求", None, chat=True, tags="no_plan_district")
N("r6n024", "我们小区流浪猫太多了，谁来管管", None, chat=True, tags="complaint")
N("r6n025", "我家门口共享单车乱停 能不能管管", None, chat=True, tags="complaint")
N("r6n026", "村里蚊子太多 能安排打药不", None, chat=True, tags="complaint")
N("r6n027", "How many subway lines will open in Daxing this year?", "dx26", chat=True, tags="english")
N("r6n028", "Is swimming allowed in Miyun Reservoir?", "my", chat=True, tags="english")
N("r6n029", "What is the fine for burning trash in Mentougou?", "mtg", chat=True, tags="english number_absent")
N("r6n030", "who is the head of miyun district", "my", chat=True, tags="english offtopic")
N("r6n031", "门头沟今年环保总预算多少钱", "mtg", chat=True, tags="number_absent lookalike")
N("r6n032", "密云今年计划种多少棵树？", "my", chat=True, tags="number_absent")
N("r6n033", "大兴今年新能源车补贴每辆多少钱", "dx26", chat=True, tags="number_absent")
N("r6n034", "今天中午食堂吃啥", None, chat=True, tags="offtopic")
N("r6n035", "帮我写个月度工作总结，三百字", None, chat=True, tags="offtopic")
N("r6n036", "市里计划 电瓶车进电梯 怎么管", "bj", chat=True, tags="lookalike")
N("r6n037", "密云的空调外机噪音扰民咋办", "my", chat=True, tags="other_district complaint")
N("r6n038", "大兴21年生活垃圾分类咋要求的", "dx21", chat=True, tags="other_year")
N("r6n039", "房山今年河长制咋考核", None, chat=True, tags="no_plan_district")
N("r6n040", "帮忙查下那个温泉度假村排污许可证办下来没", None, chat=True, tags="personal")

# =============================================================================== not in the plans, plan wording
N("r6n041", "大兴区2026年行动计划对电动自行车充电安全有何要求？", "dx26", tags="lookalike")
N("r6n042", "密云区2026年行动计划中生活垃圾分类积分兑换如何开展？", "my", tags="other_district")
N("r6n043", "北京市2026年计划规定的秸秆焚烧罚款标准是多少？", "bj", tags="number_absent")
