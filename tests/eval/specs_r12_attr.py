"""Round 12 batch `attr`: attributes of a measure (who leads / assists / is responsible, when due,
several fields at once), unit lists, deadline lists and compares, mostly as staff type them in chat.

Written from the records of planbot/plans/ (not from the bot's answers).
"""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# attributes
A("r12a001", "大兴清管行动 啥时候得弄完", "dx26", "000", "汛期前对雨水管涵、雨水口", "deadline", chat=True,
  tags="colloquial")
A("r12a002", "门头沟 抗生素使用量统计那个 谁牵头", "mtg", "001", "抗生素生产使用量统计渠道", "lead", chat=True)
A("r12a003", "密云揭网见绿 责任单位+完成时限", "my", "002", "揭网见绿", ["responsible", "deadline"], chat=True,
  tags="multi_field")
A("r12a004", "秸秆露天焚烧监管 市里哪个委牵头", "bj", "003", "严格秸秆露天焚烧监管", "lead", chat=True)
A("r12a005", "21年 严防散煤复烧那条 协办单位有哪些", "dx21", "004", "严防散煤复烧", "assist", chat=True)
A("r12a006", "数据中心绿电占比超60% 大兴是哪几个局牵头", "dx26", "000", "新建及改扩建数据中心绿电占比超过60%", "lead",
  chat=True)
A("r12a007", "门头沟废弃矿山治理 责任单位是哪个", "mtg", "001", "实施矿山生态修复", "responsible", chat=True,
  tags="synonym")
A("r12a008", "ccer机构运行那条 协办是谁", "bj", "003", "高标准保障全国温室气体自愿减排交易", "assist", chat=True,
  tags="abbrev")
A("r12a009", "21年 小微医疗机构医废收运体系 谁牵头 啥时候完", "dx21", "004", "医疗废物集中暂存点确定和建设",
  ["lead", "deadline"], chat=True, tags="multi_field synonym")
A("r12a010", "密云搅拌车换新能源 牵头的是谁", "my", "002", "推动混凝土搅拌车新能源化", "lead", chat=True,
  tags="synonym")
A("r12a011", "大兴区规范编制近3年区级温室气体排放清单的完成时限是什么？", "dx26", "000",
  "规范编制近3年区级温室气体排放清单", "deadline")
A("r12a012", "门头沟区外来入侵物种监测和综合治理由哪些部门牵头？", "mtg", "001", "外来入侵物种监测和综合治理", "lead")
A("r12a013", "21年 土壤污染风险管控规划 谁牵投 协半单位呢", "dx21", "004", "研究制定大兴区土壤污染风险管控规划",
  ["lead", "assist"], chat=True, tags="typo multi_field")
A("r12a014", "29个公共场所噪音点位治理 牵头部门", "bj", "003", "组织实施 29 项重点点位公共场所噪声治理", "lead",
  chat=True, tags="synonym")
A("r12a015", "密云 鼓励小客车换新能源车 哪个部门管", "my", "002", "促进存量社会小客车更新为新能源车", "lead", chat=True)

# unit lists
D("r12a016", "大兴 农业农村局牵头哪些", "dx26", "区农业农村局", "lead", chat=True)
D("r12a017", "门头沟重大项目中心 有哪些活", "mtg", "区重大项目中心", chat=True, tags="abbrev")
D("r12a018", "中关村密云园 要配合哪些事", "my", "中关村密云园", "assist", chat=True)
D("r12a019", "市水物局牵头啥", "bj", "市水务局", "lead", chat=True, tags="typo")
D("r12a020", "21年 规自分局协办的有哪些", "dx21", "市规划自然资源委大兴分局", "assist", chat=True, tags="abbrev")
D("r12a021", "大兴城管执法局都参与哪些", "dx26", "区城管执法局", chat=True)
D("r12a022", "门头沟区财政局作为牵头单位的措施有哪些？", "mtg", "区财政局", "lead")
D("r12a023", "密云公路分局主责的", "my", "市交通委密云公路分局", "responsible", chat=True, tags="abbrev")

# deadline lists
DL("r12a024", "大兴 长期实施 城管委牵头的", "dx26", {"op": "equals", "value": "长期实施"},
   unit="区城市管理委", role="lead", chat=True)
DL("r12a025", "门头沟 持续推进类 环保局牵头的", "mtg", {"op": "equals", "value": "持续推进"},
   unit="区生态环境局", role="lead", chat=True, tags="abbrev")
DL("r12a026", "密云上半年要干完的", "my", {"op": "due_on_or_before", "value": "2026-06-30"}, chat=True)
DL("r12a027", "市里 年底前要完成 市发改委牵头的", "bj", {"op": "equals", "value": "年底前"},
   unit="市发展改革委", role="lead", chat=True, tags="abbrev")
DL("r12a028", "21年大兴 没写时限的", "dx21", {"op": "none_written"}, chat=True)
DL("r12a029", "21年 水务局牵头 年底完成还得长期实施的", "dx21", {"op": "equals", "value": "2021年12月31日并长期实施"},
   unit="区水务局", role="lead", chat=True, tags="colloquial")
DL("r12a030", "门头沟 9月底前要完的 商务局的", "mtg", {"op": "due_on_or_before", "value": "2026-09-30"},
   unit="区商务局", chat=True)

# compares
C("r12a031", "pm2.5目标 门头沟比大兴低多少", None,
  ("cell", "门头沟区", "PM2.5年均浓度"), ("cell", "大兴区", "PM2.5年均浓度"),
  chat=True, tags="difference abbrev")
C("r12a032", "优先监管地块 大兴和通州 哪个多", None,
  ("cell", "大兴区", "优先监管地块"), ("cell", "通州区", "优先监管地块"),
  chat=True, value="大兴区")
C("r12a033", "清管行动 大兴和密云 牵头单位一样不", None,
  ("000", "汛期前对雨水管涵、雨水口", "大兴：区水务局"),
  ("002", "持续开展“清管行动”", "密云：区水务局、区城市管理委"),
  chat=True, tags="attribute_compare")
C("r12a034", "门头沟区和朝阳区的餐饮治理提升家数指标相差多少？", None,
  ("cell", "门头沟区", "餐饮治理提升家数"), ("cell", "朝阳区", "餐饮治理提升家数"), tags="difference")
