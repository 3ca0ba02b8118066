"""Round-14 batch (lists, r14d): unit lists with the unit typed the way staff type it in a group
chat (交委, 城管, 环保局, 市监局, a dropped or homophone character), deadline lists in everyday
words (年底前要完成啥, 上半年, 六月底前, 没写时限的, 下半年, 供暖前), attributes of one measure named in
everyday words (谁牵头 / 谁配合 / 啥时候完), across all five plans, and lists nobody's plan answers
(a district with no plan, a unit or a deadline no plan has)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

BY = lambda d: {"op": "due_on_or_before", "value": d}  # noqa: E731
EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731
BETWEEN = lambda a, b: {"op": "due_between", "value": [a, b]}  # noqa: E731
NONE_WRITTEN = {"op": "none_written"}

# --------------------------------------------------------------------------- unit lists (chat)
D("r14d001", "大兴交委牵头的有哪些", "dx26", "区交通局", "lead", chat=True, tags="abbrev")
D("r14d002", "门头沟环保局当责任单位的有啥", "mtg", "区生态环境局", "responsible", chat=True, tags="abbrev everyday_role")
D("r14d003", "密云城管负责哪些活", "my", "区城市管理委", chat=True, tags="abbrev colloquial")
D("r14d004", "大兴园林中心牵头的", "dx26", "区园林服务中心", "lead", chat=True, tags="abbrev")
D("r14d005", "21年大兴 规自分局牵头的有哪些", "dx21", "市规划自然资源委大兴分局", "lead", chat=True,
  tags="abbrev year_short")
D("r14d006", "门头沟公路局牵头的几项", "mtg", "区公路分局", "lead", chat=True, tags="abbrev count")
D("r14d007", "密云 市监局牵头哪些", "my", "区市场监管局", "lead", chat=True, tags="abbrev")
D("r14d008", "市里交委牵头的有几条", "bj", "市交通委", "lead", chat=True, tags="abbrev count")
D("r14d009", "大兴商务局配合的有啥", "dx26", "区商务局", "assist", chat=True, tags="everyday_role")
D("r14d010", "门头沟应急局打头的活", "mtg", "区应急局", "lead", chat=True, tags="everyday_role")
D("r14d011", "密云农业局协办的都有哪些", "my", "区农业农村局", "assist", chat=True, tags="abbrev")
D("r14d012", "21年大兴财政局配合的", "dx21", "区财政局", "assist", chat=True, tags="year_short everyday_role")
D("r14d013", "市里园林局牵头啥", "bj", "市园林绿化局", "lead", chat=True, tags="abbrev")
D("r14d014", "大兴气象局牵头的有吗", "dx26", "区气象局", "lead", chat=True, tags="colloquial")
D("r14d015", "大兴城管之法局牵头的", "dx26", "区城管执法局", "lead", chat=True, tags="homophone typo")
D("r14d016", "门头沟园林绿局牵头的有哪些", "mtg", "区园林绿化局", "lead", chat=True, tags="dropped_char typo")
D("r14d017", "密云水物局牵头的", "my", "区水务局", "lead", chat=True, tags="homophone typo")
D("r14d018", "Which tasks does the Miyun ecology and environment bureau assist on?", "my", "区生态环境局",
  "assist", chat=True, tags="english")
D("r14d019", "密云邮政参与了哪些", "my", "中国邮政密云分公司", chat=True, tags="abbrev")

# --------------------------------------------------------------------------- deadline lists (chat)
DL("r14d020", "大兴 年底前要完成啥", "dx26", BY("2026-12-31"), chat=True, tags="colloquial")
DL("r14d021", "门头沟上半年要交的", "mtg", BY("2026-06-30"), chat=True, tags="half_year")
DL("r14d022", "密云 六月底前要弄完的", "my", BY("2026-06-30"), chat=True, tags="cn_numeral colloquial")
DL("r14d023", "市里计划持续推进的有哪些", "bj", EQ("持续推进"), chat=True)
DL("r14d024", "大兴哪些没给完成时间", "dx26", NONE_WRITTEN, chat=True, tags="deadline_phrase colloquial")
DL("r14d025", "门头沟住建委牵头的长期实施的", "mtg", EQ("长期实施"), unit="区住建委", role="lead", chat=True)
DL("r14d026", "21年 供暖前要弄完的", "dx21", BY("2021-11-15"), chat=True, tags="named_day year_short")
DL("r14d027", "大兴环保局牵头 9月底之前的", "dx26", BY("2026-09-30"), unit="区生态环境局", role="lead",
   chat=True, tags="abbrev")
DL("r14d028", "密云城管委牵头的 年底前的", "my", BY("2026-12-31"), unit="区城市管理委", role="lead", chat=True)
DL("r14d029", "门头沟水务局 持续推进的有几项", "mtg", EQ("持续推进"), unit="区水务局", chat=True, tags="count")
DL("r14d030", "21年大兴农业局牵头 长期实施的", "dx21", EQ("2021年12月31日并长期实施"), unit="区农业农村局",
   role="lead", chat=True, tags="abbrev")
DL("r14d031", "密云 下半年到期的", "my", BETWEEN("2026-07-01", "2026-12-31"), chat=True, tags="half_year")
DL("r14d032", "门头沟 6月30号前要干完的", "mtg", BY("2026-06-30"), chat=True, tags="colloquial")
DL("r14d033", "市里11月底前要交的", "bj", BY("2026-11-30"), chat=True)

# --------------------------------------------------------------------------- attributes (chat)
A("r14d040", "大兴基坑气膜那个谁牵头", "dx26", "000", "落实使用基坑气膜鼓励政策", "lead", chat=True, tags="colloquial")
A("r14d041", "门头沟新车一半新能源那条 谁牵头", "mtg", "001", "2026年注册登记汽车中新能源车比例达50%以上", "lead",
  chat=True, tags="colloquial")
A("r14d042", "门头沟垃圾填埋场排查 责任单位有谁", "mtg", "001", "开展生活垃圾填埋场环境污染隐患排查治理工作",
  "responsible", chat=True, tags="colloquial")
A("r14d043", "21年公转铁谁负责", "dx21", "004", "持续推进重点大宗货类“公转铁”", "lead", chat=True, tags="year_short")
A("r14d044", "21年 地下水背景值调查 谁配合", "dx21", "004", "配合市级部门开展地下水环境背景值调查", "assist",
  chat=True, tags="everyday_role")
A("r14d045", "大兴秋冬季联动减排啥时候完成", "dx26", "000", "落实秋冬季长时间大范围污染过程区域联动减排机制",
  "deadline", chat=True, tags="colloquial")
A("r14d046", "密云 油漆油墨抽检归谁管", "my", "002", "对生产、销售的涂料、胶粘剂、清洗剂、油墨等含VOCs产品开展抽检",
  "lead", chat=True, tags="synonym colloquial")
A("r14d047", "密云 低效治理设施动态清零 啥时候完", "my", "002", "开展全区低效类治理技术整治提升", "deadline",
  chat=True, tags="colloquial")
A("r14d048", "市里那个灵山联合巡护 谁牵头", "bj", "003", "持续开展灵山保护联合巡护行动", "lead", chat=True)
A("r14d049", "大兴低碳试点申报 协办都有谁", "dx26", "000", "积极组织开展国家和市级低碳试点示范项目征集", "assist",
  chat=True, tags="colloquial")

# --------------------------------------------------------------------------- nothing to find (chat)
N("r14d050", "海淀城管委牵头的有哪些", None, chat=True, tags="no_plan_place abbrev")
N("r14d051", "通州生态环境局年底前要完成哪些", None, chat=True, tags="no_plan_place")
N("r14d052", "门头沟税务局牵头的有啥", "mtg", chat=True, tags="no_such_unit")
N("r14d053", "大兴 3月底前要交的有哪些", "dx26", chat=True, tags="no_such_deadline")
N("r14d054", "海淀 上半年要完成的活", None, chat=True, tags="no_plan_place half_year")

# --------------------------------------------------------------------------- plan wording
D("r14d060", "门头沟区2026年行动计划中区公路分局作为责任单位参与哪些措施？", "mtg", "区公路分局", "responsible")
D("r14d061", "大兴区2026年行动计划中区委宣传部牵头的措施有哪些？", "dx26", "区委宣传部", "lead")
DL("r14d062", "密云区2026年行动计划中完成时限为长期实施的措施有哪些？", "my", EQ("长期实施"))
DL("r14d063", "门头沟区2026年行动计划中区城管委牵头、完成时限为年底前的措施有哪些？", "mtg", EQ("年底前"),
   unit="区城管委", role="lead")
A("r14d064", "门头沟区提升新能源车保有量的措施由哪些责任单位落实？", "mtg", "001", "提升新能源车保有量", "responsible")
A("r14d065", "大兴区2021年地下水环境背景值调查的完成时限是什么？", "dx21", "004", "配合市级部门开展地下水环境背景值调查",
  "deadline")
N("r14d066", "海淀区2026年行动计划中区水务局牵头的措施有哪些？", None, tags="no_plan_place")
