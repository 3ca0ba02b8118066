"""Round-8 batch, area none: chat-style questions the plans do not answer (prices, people, daily
services, a plan place word next to an absent subject, English), plus near misses the plans do
answer in everyday words (so abstention is not bought with false "not found")."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- not in the plans, chat
N("r8n001", "@机器人 密云农家乐住一晚多少钱有规定没", "my", chat=True, tags="price")
N("r8n002", "门头沟生态环境局局长叫啥", "mtg", chat=True, tags="person")
N("r8n003", "家里下水道堵了找哪个部门啊", None, chat=True, tags="daily")
N("r8n004", "密云水库夏天能游泳不", "my", chat=True, tags="plan_word")
N("r8n005", "大兴机场航班延误咋赔偿", "dx26", chat=True, tags="plan_word")
N("r8n006", "小区物业费涨价了谁管？", None, chat=True, tags="daily")
N("r8n007", "门头沟景区门票有优惠吗", "mtg", chat=True, tags="price")
N("r8n008", "what time does the last subway leave in Beijing", None, chat=True, tags="english")
N("r8n009", "电动自行车电池在楼道充电起火咋防", None, chat=True, tags="plan_word ebike")
N("r8n010", "大兴养狗要办证么", "dx26", chat=True, tags="daily")
N("r8n011", "市里环保局招人不，工资多少", "bj", chat=True, tags="person price")
N("r8n012", "学校食堂饭菜不卫生谁来查", None, chat=True, tags="plan_word")
N("r8n013", "门头沟山里森林防火期几月开始", "mtg", chat=True, tags="absent_topic")
N("r8n014", "密云停车位太少了有规划吗", "my", chat=True, tags="daily")
# --- not in the plans, plan style
N("r8n015", "门头沟区2026年森林防火工作如何部署？", "mtg", tags="absent_topic")
N("r8n016", "北京市2026年城市轨道交通新线开通计划是什么？", "bj", tags="absent_topic")
N("r8n017", "大兴区2026年老旧小区加装电梯有哪些安排？", "dx26", tags="absent_topic")

# --- answered in other words (near misses), chat
T("r8n018", "大兴饭馆那种旧的油烟机要换吗", "dx26", "000", "老旧油烟净化装置更换高效油烟净化装置", chat=True, tags="synonym")
T("r8n019", "门头沟过年放炮仗有啥规矩", "mtg", "001", "严格落实《北京市烟花爆竹安全管理规定》", chat=True, tags="synonym")
T("r8n020", "大兴地里烧麦秸秆管不管", "dx26", "000", "加强对秸秆露天焚烧执法力度", chat=True, tags="synonym")
T("r8n021", "大兴村里的臭水沟咋整", "dx26", "000", "实现农村黑臭水体动态销账", chat=True, tags="synonym")
T("r8n022", "学校大喇叭广播太吵，市里有办法没", "bj", "003", "强化校园广播噪声扰民问题处置统筹力度", chat=True, tags="synonym")
T("r8n023", "密云村里水井边上能不能搞养殖", "my", "002", "确保水源井周边30米范围内无污水", chat=True, tags="synonym")
T("r8n024", "密云老的柴油垃圾车淘汰多少", "my", "002", "淘汰50%左右的国四及以下排放标准柴油环卫车", chat=True, tags="synonym")
