"""Round-15 batch (dates, r15f): deadline lists and unit lists as staff type them in a group chat:
colloquial deadlines (年底前 / 年前 / 下半年 / 三季度 / 国庆前 / 6月份到期的 / 上半年内 / 截至9月 /
没写时限的 / 长期的 / 常态化的), said together with a unit and a role (城管年底前要交啥, 我们局牵头的),
with counts (几项 / 多少条), typos and abbreviations, across all five plans, a few unscoped.
Written from the plans' 完成时限 and unit columns, not from the bot's answers.  No phrase counted
from today (这个月 / 月底前 / 下个月): the eval's today is the machine's clock, so they would not
resolve the same way on every run."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

BY = lambda d: {"op": "due_on_or_before", "value": d}  # noqa: E731
EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731
IN = lambda *v: {"op": "in", "value": list(v)}  # noqa: E731
BETWEEN = lambda a, b: {"op": "due_between", "value": [a, b]}  # noqa: E731
NONE_WRITTEN = {"op": "none_written"}

# --------------------------------------------------------------------------- deadline lists (chat)
DL("r15f001", "城管年底前要交啥 门头沟", "mtg", BY("2026-12-31"), unit="区城管委", chat=True,
   tags="abbrev colloquial")
DL("r15f002", "大兴环保局牵头的 下半年到期的有几项", "dx26", BETWEEN("2026-07-01", "2026-12-31"),
   unit="区生态环境局", role="lead", chat=True, tags="abbrev half_year count")
DL("r15f003", "密云三季度要完成的有啥", "my", BETWEEN("2026-07-01", "2026-09-30"), chat=True, tags="quarter")
DL("r15f004", "国庆前要弄完的 门头沟", "mtg", BY("2026-09-30"), chat=True, tags="named_day colloquial")
DL("r15f005", "大兴 6月份到期的", "dx26", BETWEEN("2026-06-01", "2026-06-30"), chat=True, tags="month_due")
DL("r15f006", "市里那个计划 截至10月要完成的", "bj", BY("2026-10-31"), chat=True, tags="deadline_phrase")
DL("r15f007", "大兴哪几条没标完成时间", "dx26", NONE_WRITTEN, chat=True, tags="none_written colloquial")
DL("r15f008", "大兴园林局 长期的那些活", "dx26", EQ("长期实施"), unit="区园林绿化局", chat=True,
   tags="abbrev colloquial")
DL("r15f009", "市里计划 常态化的有哪些", "bj", IN("长期实施", "持续推进"), chat=True, tags="synonym open_ended")
DL("r15f010", "门头沟应急局年前要完成的", "mtg", BY("2026-12-31"), unit="区应急局", chat=True, tags="colloquial")
DL("r15f011", "密云 上半年内得完成的有多少条", "my", BY("2026-06-30"), chat=True, tags="half_year count")
DL("r15f012", "截至9月底 大兴商务局牵头的", "dx26", BY("2026-09-30"), unit="区商务局", role="lead", chat=True,
   tags="deadline_phrase")
DL("r15f013", "各区三季度到期的都有啥", None, BETWEEN("2026-07-01", "2026-09-30"), chat=True,
   tags="collective_gequ quarter", filter="y26")
DL("r15f014", "21年大兴 城管委牵头 供暖季前的", "dx21", BY("2021-11-15"), unit="区城市管理委", role="lead",
   chat=True, tags="named_day year_short")
DL("r15f015", "门头沟水务局6月底之前的活有几个", "mtg", BY("2026-06-30"), unit="区水务局", chat=True,
   tags="abbrev count")
DL("r15f016", "密云住建为长期实施的", "my", EQ("长期实施"), unit="区住房城乡建设委", chat=True, tags="typo homophone")
DL("r15f017", "市生态环境局牵头 持续推进的有几条", "bj", EQ("持续推进"), unit="市生态环境局", role="lead", chat=True,
   tags="count")
DL("r15f018", "门头沟发该委牵头年底前完成的", "mtg", BY("2026-12-31"), unit="区发改委", role="lead", chat=True,
   tags="typo homophone")
DL("r15f019", "21年 9月底前要交的有啥", "dx21", BY("2021-09-30"), chat=True, tags="year_short")
DL("r15f020", "大兴水务局下半年的活", "dx26", BETWEEN("2026-07-01", "2026-12-31"), unit="区水务局", chat=True,
   tags="abbrev half_year")
DL("r15f021", "密云城管委 常态化的工作有哪些", "my", IN("长期实施", "持续推进"), unit="区城市管理委", chat=True,
   tags="synonym open_ended")
DL("r15f022", "门头沟 持续推进跟长期实施的一共多少项", "mtg", IN("长期实施", "持续推进"), chat=True,
   tags="two_values count")
DL("r15f023", "21年大兴 交通局牵头的 长期的", "dx21", EQ("2021年12月31日并长期实施"), unit="区交通局", role="lead",
   chat=True, tags="year_short")
DL("r15f024", "10月底前到期的 门头沟规自分局", "mtg", BY("2026-10-31"), unit="区规自分局", chat=True,
   tags="abbrev")
DL("r15f025", "大兴经信局年底钱要干完的", "dx26", BY("2026-12-31"), unit="区经济和信息化局", chat=True,
   tags="abbrev typo")
DL("r15f026", "密云 国庆节之前完成的", "my", BY("2026-09-30"), chat=True, tags="named_day")
DL("r15f027", "which Mentougou tasks are due in the second half of the year?", "mtg",
   BETWEEN("2026-07-01", "2026-12-31"), chat=True, tags="english half_year")
DL("r15f028", "今年6月底前要完成的 各区都有啥", None, BY("2026-06-30"), chat=True, tags="collective_gequ",
   filter="y26")
conv("r15f029", ["我是密云区水务局的"],
     DL("_", "我们局年底前牵头的有几项", "my", BY("2026-12-31"), unit="区水务局", role="lead", chat=True,
        tags="own_unit count"))
conv("r15f030", ["我是门头沟区生态环境局的"],
     DL("_", "咱们长期实施的有哪些", "mtg", EQ("长期实施"), unit="区生态环境局", chat=True, tags="own_unit"))

# --------------------------------------------------------------------------- unit lists (chat)
D("r15f031", "城管这边牵头的几项 大兴", "dx26", "区城市管理委", "lead", chat=True, tags="abbrev count")
D("r15f032", "规自那边配合的 密云", "my", "市规划自然资源委密云分局", "assist", chat=True, tags="abbrev")
D("r15f033", "21年公路分局打头的", "dx21", "区公路分局", "lead", chat=True, tags="year_short everyday_role")
D("r15f034", "市里经开区管委会牵头的有多少条", "bj", "北京经济技术开发区管委会", "lead", chat=True,
  tags="abbrev count")
D("r15f035", "密云园区要配合啥", "my", "中关村密云园", "assist", chat=True, tags="abbrev colloquial")
D("r15f036", "门头沟市监局都有啥活", "mtg", "区市场监管局", chat=True, tags="abbrev colloquial")
D("r15f037", "大兴园林路化局牵头哪些", "dx26", "区园林绿化局", "lead", chat=True, tags="typo")
D("r15f038", "市城管委当责任单位的", "bj", "市城市管理委", "responsible", chat=True, tags="everyday_role")

# --------------------------------------------------------------------------- plan wording
DL("r15f040", "门头沟区2026年行动计划中完成时限在第三季度内的措施有哪些？", "mtg", BETWEEN("2026-07-01", "2026-09-30"),
   tags="quarter")
DL("r15f041", "密云区2026年行动计划中区城市管理委牵头、6月底前完成的措施有哪些？", "my", BY("2026-06-30"),
   unit="区城市管理委", role="lead")
DL("r15f042", "大兴区2021年行动计划中完成时限为2021年9月30日的措施有哪些？", "dx21", EQ("2021年9月30日"))
DL("r15f043", "北京市2026年行动计划中市水务局牵头、完成时限为年底前的措施有哪些？", "bj", EQ("年底前"),
   unit="市水务局", role="lead")
D("r15f044", "大兴区2026年行动计划中区公安交通支队作为协办单位参与哪些措施？", "dx26", "区公安交通支队", "assist")
