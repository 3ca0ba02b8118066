"""Round-13 batch (lists): deadline and unit lists as staff type them in a chat — named days
(国庆前 / 十一前 / 三季度末 / Q3), units in pinyin initials, typos or English, roles in everyday
words (挂帅 / 打头 / 配合一下 / 参与的), counts (几项), and 2-turn follow-ups."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

BY = lambda d: {"op": "due_on_or_before", "value": d}  # noqa: E731
EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731
BETWEEN = lambda a, b: {"op": "due_between", "value": [a, b]}  # noqa: E731

# --------------------------------------------------------------------------- deadline lists (chat)
DL("r13q001", "门头沟 十一前要交的有啥", "mtg", BY("2026-09-30"), chat=True, tags="named_day")
DL("r13q002", "密云三季度末之前到期的活", "my", BY("2026-09-30"), chat=True, tags="named_day")
DL("r13q003", "大兴 Q3 要完成哪些", "dx26", BETWEEN("2026-07-01", "2026-09-30"), chat=True, tags="english quarter")
DL("r13q004", "市里那个计划 10月底要交的是哪条", "bj", BY("2026-10-31"), chat=True)
DL("r13q005", "门头沟发改委打头的 年底前要交的", "mtg", BY("2026-12-31"), unit="区发改委", role="lead",
   chat=True, tags="everyday_role")
DL("r13q006", "21年大兴 九月底之前要弄完的", "dx21", BY("2021-09-30"), chat=True, tags="year_short")
DL("r13q007", "密云 swj 长期干的那些", "my", EQ("长期实施"), unit="区水务局", chat=True, tags="pinyin")
DL("r13q008", "门头沟城官委 持续推进的有几项", "mtg", EQ("持续推进"), unit="区城管委", chat=True, tags="typo count")
DL("r13q009", "Which Mentougou tasks are due before National Day?", "mtg", BY("2026-09-30"), chat=True,
   tags="english named_day")
DL("r13q010", "大兴园林局挂帅的 长期实施的", "dx26", EQ("长期实施"), unit="区园林绿化局", role="lead",
   chat=True, tags="everyday_role")
DL("r13q011", "密云 上半年到期的有哪些", "my", BY("2026-06-30"), chat=True, tags="half_year")
DL("r13q012", "大兴10月底前要交差的", "dx26", BY("2026-10-31"), chat=True, tags="everyday")

# --------------------------------------------------------------------------- unit lists (chat)
D("r13q020", "门头沟水务局挂帅的有哪些", "mtg", "区水务局", "lead", chat=True, tags="everyday_role")
D("r13q021", "密云住减委打头的活儿", "my", "区住房城乡建设委", "lead", chat=True, tags="typo everyday_role")
D("r13q022", "大兴经信局要配合一下的都有啥", "dx26", "区经济和信息化局", "assist", chat=True, tags="everyday_role")
D("r13q023", "门头沟财政局参与的有哪些", "mtg", "区财政局", chat=True, tags="everyday_role")
D("r13q024", "What does the Miyun Water Authority lead?", "my", "区水务局", "lead", chat=True, tags="english")
D("r13q025", "mtg cgw 牵头几项", "mtg", "区城管委", "lead", chat=True, tags="pinyin count")
D("r13q026", "大兴发改委牵头的一共多少条", "dx26", "区发展改革委", "lead", chat=True, tags="count")
D("r13q027", "门头沟规字分局牵头的", "mtg", "区规自分局", "lead", chat=True, tags="typo")
D("r13q028", "密云经信具 配合的有哪些", "my", "区经济和信息化局", "assist", chat=True, tags="typo")
D("r13q029", "Daxing housing commission leads which tasks", "dx26", "区住房城乡建设委", "lead", chat=True,
  tags="english")
D("r13q030", "门头沟气象局打头的有啥", "mtg", "区气象局", "lead", chat=True, tags="everyday_role")
D("r13q031", "密云商务局挂帅几项？", "my", "区商务局", "lead", chat=True, tags="everyday_role count")
D("r13q032", "大兴公路分局 牵头干啥", "dx26", "区公路分局", "lead", chat=True)
D("r13q033", "门头沟 重大项目中心 挂帅的", "mtg", "区重大项目中心", "lead", chat=True, tags="everyday_role")
D("r13q034", "市里 水务局打头的几条", "bj", "市水务局", "lead", chat=True, tags="everyday_role count")
D("r13q035", "密云城管执法局 负责的", "my", "区城管执法局", chat=True, tags="everyday_role")

# --------------------------------------------------------------------------- plan wording
D("r13q040", "门头沟区2026年行动计划中，区卫健委牵头的措施有几项？", "mtg", "区卫健委", "lead", tags="count")
DL("r13q041", "密云区2026年行动计划中，区农业农村局牵头且完成时限为长期实施的措施有哪些？", "my",
   EQ("长期实施"), unit="区农业农村局", role="lead")

# --------------------------------------------------------------------------- follow-ups (2 turns)
conv("r13q050", ["门头沟水务局牵头哪些"],
     DL("_", "那年底前要交的呢", None, BY("2026-12-31"), unit="区水务局", role="lead", chat=True, filter="mtg"))
conv("r13q051", ["密云城管委配合的有啥"],
     D("_", "挂帅的呢", None, "区城市管理委", "lead", chat=True, filter="my", tags="everyday_role"))
conv("r13q052", ["大兴国庆前要交的有哪些"],
     DL("_", "密云呢", None, BY("2026-09-30"), chat=True, filter="my", tags="named_day"))
conv("r13q053", ["我是门头沟经信局的"],
     D("_", "我们打头的有哪些", None, "区经信局", "lead", chat=True, filter="mtg", tags="self_unit everyday_role"))
conv("r13q054", ["Which tasks does the Daxing water bureau lead?"],
     D("_", "and which does it assist on?", None, "区水务局", "assist", chat=True, filter="dx26", tags="english"))
conv("r13q055", ["密云园林局牵头的"],
     D("_", "门头沟的呢", None, "区园林绿化局", "lead", chat=True, filter="mtg"))
conv("r13q056", ["21年大兴那个计划"],
     DL("_", "11月15号之前要完成的有啥", None, BY("2021-11-15"), chat=True, filter="dx21", tags="year_short"))
conv("r13q057", ["门头沟住建委打头的有哪些"],
     D("_", "那它是责任单位的呢", None, "区住建委", "responsible", chat=True, filter="mtg", tags="everyday_role"))
