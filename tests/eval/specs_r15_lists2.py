"""Round-15 batch (lists2, r15g): deadline lists and unit lists as staff type them in a group chat:
month ranges (7到9月的, 五六月份要交的, 6到9月), a date written short (10.31前, 9/30前, 6.30前, 11.15之前),
截止 / 截至 / 为止 / 以前 / 之前 with a date, quarter words (Q3, 二季度末, 第三季度末), a unit, a role and a
deadline in any order (年底前城管委牵头的几项, 牵头的里面年底前到期的), 还没写完成时间, counts (多少项 / 几个),
English, typos (年底钱, 牵投), across all five plans, a few unscoped.  Written from the plans' 完成时限
and unit columns, not from the bot's answers.  No phrase counted from today (这个月 / 下个月)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

BY = lambda d: {"op": "due_on_or_before", "value": d}  # noqa: E731
BEFORE = lambda d: {"op": "due_before", "value": d}  # noqa: E731
EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731
BETWEEN = lambda a, b: {"op": "due_between", "value": [a, b]}  # noqa: E731
NONE_WRITTEN = {"op": "none_written"}

# --------------------------------------------------------------------------- month ranges / short dates
DL("r15g001", "大兴 7到9月的有哪些", "dx26", BETWEEN("2026-07-01", "2026-09-30"), chat=True, tags="month_range")
DL("r15g002", "密云 五六月份要交的", "my", BETWEEN("2026-05-01", "2026-06-30"), chat=True,
   tags="month_range colloquial")
DL("r15g003", "截止9.30 门头沟要完成的", "mtg", BY("2026-09-30"), chat=True, tags="short_date deadline_phrase")
DL("r15g004", "10.31前 大兴要交的", "dx26", BY("2026-10-31"), chat=True, tags="short_date")
DL("r15g005", "9/30前要完的 密云", "my", BY("2026-09-30"), chat=True, tags="short_date")
DL("r15g006", "市里计划 十月底以前的", "bj", BY("2026-10-31"), chat=True, tags="month_end chinese_numeral")
DL("r15g007", "Q3到期的 大兴", "dx26", BETWEEN("2026-07-01", "2026-09-30"), chat=True, tags="quarter abbrev")
DL("r15g008", "第三季度末之前 门头沟的", "mtg", BY("2026-09-30"), chat=True, tags="quarter")
DL("r15g009", "二季度末前要交的 大兴", "dx26", BY("2026-06-30"), chat=True, tags="quarter")
DL("r15g010", "截至6月30号 密云有多少项", "my", BY("2026-06-30"), chat=True, tags="deadline_phrase count")
DL("r15g011", "21年大兴 11.15之前的", "dx21", BY("2021-11-15"), chat=True, tags="short_date year_short")
DL("r15g012", "2021年 截止到9月30日为止的", "dx21", BY("2021-09-30"), chat=True, tags="deadline_phrase")
DL("r15g013", "各区 6到9月的", None, BETWEEN("2026-06-01", "2026-09-30"), chat=True,
   tags="month_range collective_gequ", filter="y26")
DL("r15g014", "10月份到期的都有哪些", None, BETWEEN("2026-10-01", "2026-10-31"), chat=True, tags="month_due",
   filter="y26")

# --------------------------------------------------------------------------- unit + role + deadline, any order
DL("r15g015", "年底前城管委牵头的几项 门头沟", "mtg", BY("2026-12-31"), unit="区城管委", role="lead", chat=True,
   tags="word_order count")
DL("r15g016", "密云水务局 牵头的里面年底前到期的", "my", BY("2026-12-31"), unit="区水务局", role="lead", chat=True,
   tags="word_order")
DL("r15g017", "大兴园林局牵头 年底钱的", "dx26", BY("2026-12-31"), unit="区园林绿化局", role="lead", chat=True,
   tags="typo abbrev")
DL("r15g018", "门头沟住建委牵投 年底前的", "mtg", BY("2026-12-31"), unit="区住建委", role="lead", chat=True,
   tags="typo")
DL("r15g019", "密云环保局 9月底为止的有几个", "my", BY("2026-09-30"), unit="区生态环境局", chat=True,
   tags="old_name count deadline_phrase")
DL("r15g020", "6.30前 门头沟水务局牵头的", "mtg", BY("2026-06-30"), unit="区水务局", role="lead", chat=True,
   tags="short_date")
DL("r15g021", "市里 园林局牵头 年底前到期的", "bj", BY("2026-12-31"), unit="市园林绿化局", role="lead", chat=True,
   tags="abbrev")
DL("r15g022", "21年交通局牵头 年底前的", "dx21", BY("2021-12-31"), unit="区交通局", role="lead", chat=True,
   tags="year_short")
DL("r15g023", "牵头的里面10月底前到期的 门头沟生态环境局", "mtg", BY("2026-10-31"), unit="区生态环境局", role="lead",
   chat=True, tags="word_order")
DL("r15g024", "大兴 年底前 公路分局牵头 多少项", "dx26", BY("2026-12-31"), unit="区公路分局", role="lead", chat=True,
   tags="word_order count")
DL("r15g025", "what is due by end of June for the water bureau in Mentougou", "mtg", BY("2026-06-30"),
   unit="区水务局", chat=True, tags="english")
DL("r15g026", "which Daxing measures are due before October?", "dx26", BEFORE("2026-10-01"), chat=True,
   tags="english")
DL("r15g027", "Miyun: anything due by end of Q3 for the ecology bureau?", "my", BY("2026-09-30"),
   unit="区生态环境局", chat=True, tags="english quarter")

# --------------------------------------------------------------------------- none written
DL("r15g028", "21年大兴 哪些还没写完成时间", "dx21", NONE_WRITTEN, chat=True, tags="none_written colloquial")
DL("r15g029", "哪些措施还没写完成时间", None, NONE_WRITTEN, chat=True, tags="none_written unscoped")
conv("r15g030", ["我是大兴区水务局的"],
     DL("_", "我们9月底前要交的", "dx26", BY("2026-09-30"), unit="区水务局", chat=True, tags="own_unit"))

# --------------------------------------------------------------------------- unit lists
D("r15g031", "门头沟城管委是责任单位的几项", "mtg", "区城管委", "responsible", chat=True, tags="count")
D("r15g032", "密云交通局配合的", "my", "区交通局", "assist", chat=True, tags="everyday_role")
D("r15g033", "大兴供电公司协助哪些", "dx26", "区供电公司", "assist", chat=True, tags="everyday_role")
D("r15g034", "21年 财政局配合的有多少", "dx21", "区财政局", "assist", chat=True, tags="year_short count")
D("r15g035", "市里住建委协办的", "bj", "市住房城乡建设委", "assist", chat=True, tags="abbrev")
D("r15g036", "密云公路分局都管哪些", "my", "市交通委密云公路分局", chat=True, tags="abbrev colloquial")
D("r15g037", "门头沟重大项目中心牵头的", "mtg", "区重大项目中心", "lead", chat=True, tags="")
D("r15g038", "which measures does the Daxing transport bureau lead", "dx26", "区交通局", "lead", chat=True,
  tags="english")
D("r15g039", "气象局牵投的 门头沟", "mtg", "区气象局", "lead", chat=True, tags="typo")
D("r15g040", "市里 教委牵头的", "bj", "市教委", "lead", chat=True, tags="abbrev")
D("r15g041", "密云 宣传部主责的", "my", "区委宣传部", "responsible", chat=True, tags="abbrev")

# --------------------------------------------------------------------------- plan wording
DL("r15g042", "门头沟区2026年行动计划中完成时限在10月31日前的措施有哪些？", "mtg", BY("2026-10-31"))
DL("r15g043", "密云区2026年行动计划中完成时限为6-9月的措施有哪些？", "my", EQ("6-9月"))
D("r15g044", "大兴区2026年行动计划中区机关事务中心牵头的措施有哪些？", "dx26", "区机关事务中心", "lead")
