"""Round 12 batch `yesno`: yes/no questions about a unit's role in one measure ("…民政局牵头吗",
"是不是城管委负责", "住建委配合不"), where the named unit is or is not the printed one; the reply must
give the asked field's printed units.  Plus look-alikes that stay unit lists / topics.

Written from the records of planbot/plans/ (not from the bot's answers).
"""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# the named unit is the printed one
A("r12y001", "密云 文明祭扫 民政局牵头吗", "my", "002", "大力倡导市民践行文明祭扫", "lead", chat=True, tags="yes_no")
A("r12y002", "门头沟 秸秆露天焚烧监管是不是城管委牵头", "mtg", "001", "严格秸秆露天焚烧监管", "lead", chat=True,
  tags="yes_no abbrev")
A("r12y003", "密云 全电工地示范 住建委牵头不", "my", "002", "建设1个“全电工地”示范", "lead", chat=True,
  tags="yes_no abbrev")
A("r12y004", "was the water authority in charge of 节水型社会建设 in Miyun?", "my", "002", "持续推进节水型社会建设",
  "lead", chat=True, tags="yes_no english")
A("r12y005", "21年 充换电设施那条 财政局是协办单位吗", "dx21", "004", "充换电基础设施建设工作方案", "assist",
  chat=True, tags="yes_no")
A("r12y006", "市里 CCER那条 园林局是责任单位不", "bj", "003", "高标准保障全国温室气体自愿减排交易", "responsible",
  chat=True, tags="yes_no abbrev")
A("r12y007", "门头沟 餐饮油烟包案 商务局牵头的吧", "mtg", "001", "继续推行餐饮油烟重点点位包案机制，聚焦信访投诉",
  "lead", chat=True, tags="yes_no")
# the named unit is not the printed one
A("r12y008", "大兴区发挥河长制统筹作用的措施是否由区农业农村局牵头？", "dx26", "000", "发挥“河长制”统筹作用", "lead",
  tags="yes_no not_that_unit")
A("r12y009", "市里 秸秆焚烧监管 是不是市生态环境局牵头", "bj", "003", "严格秸秆露天焚烧监管", "lead", chat=True,
  tags="yes_no not_that_unit")
A("r12y010", "门头沟 校园广播噪声 责任单位是不是教委", "mtg", "001", "强化校园广播噪声扰民问题处置统筹力度",
  "responsible", chat=True, tags="yes_no not_that_unit")
A("r12y011", "市里 公园噪音治理 环保局牵头吗", "bj", "003", "系统推进公园娱乐、健身等活动噪声治理", "lead", chat=True,
  tags="yes_no not_that_unit synonym")
A("r12y012", "21年 耕地扬尘管控 是园林局牵头的吧", "dx21", "004", "强化耕地扬尘管控", "lead", chat=True,
  tags="yes_no not_that_unit")
A("r12y013", "密云 饮用水水源地年度调查评估 水务局牵头吗", "my", "002", "开展区级及以下饮用水水源地环境状况年度调查评估",
  "lead", chat=True, tags="yes_no not_that_unit")
A("r12y014", "门头沟小微工地精细化管理 住建委是责任单位吗", "mtg", "001", "强化小微工地精细化管理，研究制定",
  "responsible", chat=True, tags="yes_no not_that_unit")

# look-alikes that stay what they are
D("r12y015", "门头沟 水务局牵头哪些", "mtg", "区水务局", "lead", chat=True, tags="yes_no_lookalike")
T("r12y016", "21年 民政局牵头的祭扫措施有哪些", "dx21", "004", "倡导文明、低碳、绿色祭祀", chat=True,
  tags="yes_no_lookalike")
D("r12y017", "大兴 城管委协办的有哪些", "dx26", "区城市管理委", "assist", chat=True, tags="yes_no_lookalike abbrev")
