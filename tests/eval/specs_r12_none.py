"""Round 12, area none: chat questions the plans do not answer -- districts with no plan, people,
phone numbers, addresses, subsidies paid out, firms, office steps, other cities, a case's status --
next to a plan word, plus answerable near misses of other types in the same words (subsidy
policies, districts the city plan names, 两证合一, noise points), so abstention is not rewarded
blindly."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- not in the plans, chat
N("r12n001", "朝阳区工地扬尘归谁管 牵头单位是哪个", None, chat=True, tags="no_plan_district")
N("r12n002", "昌平回龙观那边垃圾分类今年咋安排的", None, chat=True, tags="no_plan_district town")
N("r12n003", "大兴环保局办公室电话发我一下", "dx26", chat=True, tags="contact")
N("r12n004", "门头沟水务局在哪办公啊 我要去送材料", "mtg", chat=True, tags="address")
N("r12n005", "密云生态环境局一把手叫啥", "my", chat=True, tags="person")
N("r12n006", "大兴小客车以旧换新 一辆车能补多少钱", "dx26", chat=True, tags="subsidy money")
N("r12n007", "密云农村煤改电现在还给补贴吗", "my", chat=True, tags="subsidy")
N("r12n008", "天津那边散乱污治理跟咱北京比谁搞得好", "bj", chat=True, tags="other_city")
N("r12n009", "广州垃圾分类是怎么弄的，有啥经验", None, chat=True, tags="other_city")
N("r12n010", "门头沟废弃矿山修复是哪家公司干的", "mtg", chat=True, tags="firm")
N("r12n011", "密云开个农家乐要办环评不", "my", chat=True, tags="procedure")
N("r12n012", "大兴区生态环境局公众号叫啥名", "dx26", chat=True, tags="name")
N("r12n013", "门头沟区长在今年生态环境大会上讲了啥", "mtg", chat=True, tags="event person")
N("r12n014", "密云水库保护区里村子搬迁 一户给多少钱", "my", chat=True, tags="compensation")
N("r12n015", "北京去年PM2.5实际平均是多少", "bj", chat=True, tags="result history")
N("r12n016", "通州污水厂提标改造啥时候能完工", None, chat=True, tags="no_plan_district")
N("r12n017", "Could you give me the phone number of Mentougou water authority?", "mtg", chat=True, tags="english contact")
N("r12n018", "大兴旧宫那片违建拆了没", "dx26", chat=True, tags="case status")
N("r12n019", "中央环保督察组今年啥时候来密云", "my", chat=True, tags="event")
N("r12n020", "门头沟充电桩补贴找哪个窗口申请", "mtg", chat=True, tags="subsidy procedure")
IC("r12n021", "海淀区今年PM2.5目标是多少", None, "海淀区", "PM2.5年均浓度", chat=True, tags="no_plan_district lookalike")
N("r12n022", "深圳的新能源车比例比北京高多少", "bj", chat=True, tags="other_city")
# --- not in the plans, plan style
N("r12n023", "大兴区2021年国三汽油车淘汰补助的具体金额是多少？", "dx21", tags="subsidy money")
N("r12n024", "门头沟区生态保育小区的具体选址在哪里？", "mtg", tags="address")

# --- answerable near misses, chat
T("r12n025", "大兴换新能源车 以旧换新补贴有政策没", "dx26", "000", "落实小客车以旧换新补贴政策", chat=True, tags="subsidy lookalike")
A("r12n026", "21年国三车淘汰补助那个 谁牵头的", "dx21", "004", "继续实施国三排放标准汽油车淘汰更新补助政策", "lead", chat=True, tags="subsidy lookalike")
T("r12n027", "市里的计划 海淀环境健康管理试点有提没", "bj", "003", "海淀区深入推进环境健康管理试点", chat=True, tags="district_in_city_plan")
A("r12n028", "大兴 环评排污许可两证合一 谁负责", "dx26", "000", "环评与排污许可两项审批一并受理，一并许可", "lead", chat=True, tags="procedure lookalike")
IM("r12n029", "北京今年公共场所噪声重点点位要治理几个", "bj", "003", "组织实施 29 项重点点位公共场所噪声治理", "29", chat=True, tags="count")
IM("r12n030", "门头沟生态保育小区今年建几处", "mtg", "001", "建设生态保育小区2处", "2", chat=True, tags="count")
A("r12n031", "21年大兴中央环保督察整改那条 啥时候完成", "dx21", "004", "以第二轮中央环保督察问题整改为契机", "deadline", chat=True, tags="event lookalike")
A("r12n032", "密云饭店油烟包案 哪几个部门牵头", "my", "002", "继续推行餐饮油烟重点点位包案机制，组织开展治理提升。生态环境、商务、市场监管等部门和镇街（地区）", "lead", chat=True, tags="lookalike")
T("r12n033", "门头沟充电桩那块有啥安排", "mtg", "001", "推进超充站等补能设施建设", chat=True, tags="lookalike")
# --- answerable, plan style
DL("r12n034", "大兴区2026年旧宫镇人民政府年底前要完成哪些任务？", "dx26", {"op": "equals", "value": "年底前"}, unit="旧宫镇人民政府", tags="lookalike")
