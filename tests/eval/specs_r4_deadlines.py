"""Round 4 batch, deadlines: deadline-list questions as staff type them in a group chat.

Written from the 完成时限 cells of planbot/plans/ (not from the bot's answers).  Relative dates
(这个月 / 下个月) are left to unit tests: a gold here must not change with the day it is run.
"""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401 (the batch vocabulary)


def by(day: str) -> dict:
    return {"op": "due_on_or_before", "value": day}


def before(day: str) -> dict:
    return {"op": "due_before", "value": day}


def between(first: str, last: str) -> dict:
    return {"op": "due_between", "value": [first, last]}


def printed(*labels: str) -> dict:
    return {"op": "in", "value": list(labels)} if len(labels) > 1 else {"op": "equals", "value": labels[0]}


NONE_WRITTEN = {"op": "none_written"}
H1, Q3, H2 = by("2026-06-30"), between("2026-07-01", "2026-09-30"), between("2026-07-01", "2026-12-31")
YEAR_END = by("2026-12-31")

# ------------------------------------------------------------------ by / within a calendar phrase
DL("r4d001", "@机器人 6月底前要干完的有啥", "dx26", H1, chat=True)
DL("r4d002", "上半年得完成的任务有哪些", "mtg", H1, chat=True)
DL("r4d003", "年中之前要完成的都有哪些？", "my", H1, chat=True, tags="synonym")
DL("r4d004", "三季度到期的都有啥", "dx26", Q3, chat=True)
DL("r4d005", "Q3要交的活儿", "mtg", Q3, chat=True, tags="english")
DL("r4d006", "下半年到期的，住建委牵头的", "my", H2, unit="区住房城乡建设委", role="lead", chat=True,
   tags="abbreviation")
DL("r4d007", "国庆前要完成哪些", "dx26", by("2026-09-30"), chat=True, tags="synonym")
DL("r4d008", "十月一号前要弄完的有哪些", "mtg", by("2026-10-01"), chat=True)
DL("r4d009", "2026年10月底前需要完成的工作措施有哪些？", "dx26", by("2026-10-31"))
DL("r4d010", "北京市的计划里10月底前要完成的有哪些？", None, by("2026-10-31"), filter="bj")
DL("r4d011", "21年那个计划 9月底前要完成的", "dx", by("2021-09-30"), chat=True, filter="dx21")
DL("r4d012", "供暖季前要完成的措施有哪些？", "dx21", by("2021-11-15"), tags="synonym")
DL("r4d013", "截止到2026年9月30日需要完成的措施有哪些？", "mtg", by("2026-09-30"))
DL("r4d014", "截止到6月底 水务局牵头的有哪些", "dx26", H1, unit="区水务局", role="lead", chat=True)
DL("r4d015", "年内要完成的 住建委的活", "mtg", YEAR_END, unit="区住建委", chat=True)
DL("r4d016", "截至年底 水务局牵头的", "my", YEAR_END, unit="区水务局", role="lead", chat=True)
DL("r4d017", "年底前园林局牵头的任务", "dx26", YEAR_END, unit="区园林绿化局", role="lead", chat=True,
   tags="abbreviation")
DL("r4d018", "大兴今年下半年要完成的，商务局的", None, H2, unit="区商务局", chat=True, filter="dx26")

# ------------------------------------------------------------------ English
DL("r4d019", "before July, what's due?", "dx26", before("2026-07-01"), chat=True, tags="english")
DL("r4d020", "what needs to be done by end of June", "mtg", H1, chat=True, tags="english")
DL("r4d021", "anything due in September?", "my", between("2026-09-01", "2026-09-30"), chat=True,
   tags="english")
DL("r4d022", "Daxing tasks due by October", None, by("2026-10-31"), chat=True, tags="english", filter="dx26")

# ------------------------------------------------------------------ nothing written / open-ended
DL("r4d023", "还没写时间的有哪些", "dx26", NONE_WRITTEN, chat=True)
DL("r4d024", "没有时限的措施", "dx21", NONE_WRITTEN, chat=True)
DL("r4d025", "生态局 没写完成时间的", "dx26", NONE_WRITTEN, unit="区生态环境局", chat=True, tags="abbreviation")
DL("r4d026", "长期的都有哪些", "dx26", printed("长期实施"), chat=True)
DL("r4d027", "持续推进的任务 城管委牵头的", "mtg", printed("持续推进"), unit="区城管委", role="lead", chat=True)
DL("r4d028", "长期实施的，生态环境局主责的有哪些？", "my", printed("长期实施"), unit="区生态环境局",
   role="responsible")
DL("r4d029", "完成时限写的是持续推进的任务有哪些？", "bj", printed("持续推进"))
DL("r4d030", "大兴21年 长期实施的 水务局牵头", None, printed("2021年12月31日并长期实施"), unit="区水务局",
   role="lead", chat=True, filter="dx21")
DL("r4d031", "完成时限为“6-9月”的措施有哪些？", "dx26", printed("6-9月"))
DL("r4d032", "6到9月份要做的", "my", printed("6-9月"), chat=True)

# ------------------------------------------------------------------ unit names mistyped
DL("r4d033", "水物局6月底前要做完啥", "dx26", H1, unit="区水务局", chat=True, tags="typo")
DL("r4d034", "生太环境局三季度到期的", "mtg", Q3, unit="区生态环境局", chat=True, tags="typo")
DL("r4d035", "城管为 上半年的任务", "my", H1, unit="区城市管理委", chat=True, tags="typo")
DL("r4d036", "商物局下半年要完成哪些", "dx26", H2, unit="区商务局", chat=True, tags="typo")

# ------------------------------------------------------------------ a month range that is content
A("r4d037", "夏季6到9月错峰装卸油这个事谁牵头", "dx26", "000", "督促加油站和储油库在夏季错峰装卸油", "lead",
  chat=True)
T("r4d038", "6月至9月夏季 加油站错峰装卸油怎么安排的", "dx21", "004", "督促加油站和储油库实施错峰装卸油",
  chat=True)

# ------------------------------------------------------------------ follow-ups that change the deadline
conv("r4d039", ["门头沟 6月底前要完成的有哪些"], DL("r4d039", "三季度的呢", "mtg", Q3, chat=True))
conv("r4d040", ["密云城管委的任务有哪些"],
     DL("r4d040", "上半年要完成的呢", "my", H1, unit="区城市管理委", chat=True))

# ------------------------------------------------------------------ the plans do not answer
N("r4d041", "2025年底前要完成的任务有哪些", chat=True)
N("r4d042", "大兴2023年6月底前的任务", chat=True)
N("r4d043", "门头沟2027年的计划里 年底前要完成的")
N("r4d044", "24年三季度到期的有哪些", chat=True)
N("r4d045", "海淀区年底前要完成的任务", chat=True)
N("r4d046", "6月底前没完成的会怎么追责", "dx26", chat=True)
N("r4d047", "年底前完不成能申请延期吗", "mtg", chat=True)
N("r4d048", "国庆放假几天啊", chat=True)
N("r4d049", "清管行动干完以后要报给哪个部门，哪天之前报", "dx26", chat=True)
