"""Round 6 batch (attr): who leads / helps / by when for a measure told in everyday words, and
unit lists, typed as staff do in a group chat (abbreviations, typos, homophones, English).
Written from the plans, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# ------------------------------------------------------------------ attribute, chat
A("r6a001", "大兴查柴油 油品质量抽检那个 谁牵头", "dx26", "000", "加强实际使用环节的柴油抽检", "lead",
  chat=True, tags="colloquial")
A("r6a002", "门头沟汛期前掏雨水篦子的 最晚啥时候弄完", "mtg", "001", "持续开展“清管行动”", "deadline",
  chat=True, tags="synonym colloquial")
A("r6a003", "蜜云 禁放鞭炮那条 主责是哪些", "my", "002", "禁止燃放烟花爆竹的通告", "responsible",
  chat=True, tags="typo colloquial")
A("r6a004", "市里管烧秸秆的 谁挑头", "bj", "003", "严格秸秆露天焚烧监管", "lead", chat=True,
  tags="synonym colloquial")
A("r6a005", "21年大兴废电瓶收集转运试点 哪几家配合", "dx21", "004", "废铅蓄电池收集转运试点", "assist",
  chat=True, tags="synonym")
A("r6a006", "全电工地谁牵头啊", "dx26", "000", "至少在1个施工工地开展", "lead", chat=True, tags="colloquial")
A("r6a007", "门头沟 买车以旧换新补贴 归哪个局管", "mtg", "001", "落实小客车以旧换新补贴政策", "lead",
  chat=True, tags="colloquial")
A("r6a008", "密云公交车 环卫车 公务车换电车 啥时候要完成", "my", "002", "推进公共领域用车新能源化", "deadline",
  chat=True, tags="synonym colloquial")
A("r6a009", "@机器人 市里那29个噪音点位 谁牵头谁配合", "bj", "003", "29 项重点点位公共场所噪声治理",
  ["lead", "assist"], chat=True, tags="multi_part colloquial")
A("r6a010", "21年大兴村里道路清扫保洁 谁负责", "dx21", "004", "推进农村道路和街巷规范化清扫保洁", "lead",
  chat=True, tags="colloquial")
A("r6a011", "大兴算碳排放账的活儿 牵头的几家？", "dx26", "000", "夯实碳排放核算数据基础", "lead",
  chat=True, tags="synonym colloquial")
A("r6a012", "门头钩 锅炉创A那个项目储备 谁牵头", "mtg", "001", "锅炉“创A”项目储备", "lead", chat=True,
  tags="typo")
A("r6a013", "大兴21年 海绵城市 截止到啥时候", "dx21", "004", "推进海绵城市建设", "deadline", chat=True,
  tags="colloquial")
A("r6a014", "大兴防美国白蛾松材线虫 配合单位是？", "dx26", "000", "加强京津冀美国白蛾、松材线虫", "assist", chat=True,
  tags="colloquial")
A("r6a015", "密云防农村烧煤复烧 主责单位有哪些", "my", "002", "严防燃煤复烧", "responsible", chat=True,
  tags="synonym")
A("r6a016", "Who leads the climate-adaptive city pilot in Mentougou?", "mtg", "001", "持续推动门头沟区气候适应型城市试点建设",
  "lead", chat=True, tags="english")
A("r6a017", "大兴今年铺3公里污水管子 协办是谁", "dx26", "000", "建设完成污水管线3公里", "assist", chat=True,
  tags="synonym colloquial")
A("r6a018", "密云自来水管网漏水率控制在8%以内那个 啥时候", "my", "002", "城镇供水管网漏损率保持在8%以内", "deadline",
  chat=True, tags="synonym colloquial")
A("r6a019", "市级 农村臭水沟治理 牵头的是谁", "bj", "003", "强化农村黑臭水体治理", "lead", chat=True,
  tags="synonym colloquial")
A("r6a020", "21年大兴 老房子节能改造 协办有哪些", "dx21", "004", "加快推进非节能居民、公共建筑节能改造步伐",
  "assist", chat=True, tags="synonym colloquial")
A("r6a021", "门头沟工地门口装洗轮机那个专项行动 责任单位都有谁", "mtg", "001", "开展工地（场站）出入口规范管理专项行动",
  "responsible", chat=True, tags="colloquial")
A("r6a022", "密云清明文明祭扫　谁牵头　啥时候", "my", "002", "大力倡导市民践行文明祭扫", ["lead", "deadline"],
  chat=True, tags="multi_part fullwidth")
A("r6a023", "when is Daxing's LIMS lab system due, and who leads it?", "dx26", "000", "推进实验室信息管理系统（LIMS）建设",
  ["deadline", "lead"], chat=True, tags="english multi_part")
A("r6a024", "市里 生态损害赔偿 跨区域那条 主责单位", "bj", "003", "组织跨区域相关工作", "responsible", chat=True,
  tags="abbreviation")
# ------------------------------------------------------------------ attribute, plan
A("r6a025", "开展“全电工地”实践的完成时限是什么？", "dx26", "000", "至少在1个施工工地开展", "deadline")
A("r6a026", "严防燃煤复烧的协办单位有哪些？", "my", "002", "严防燃煤复烧", "assist")
A("r6a027", "细化“无废城市”建设工作措施的责任单位是哪个？", "mtg", "001", "细化“无废城市”建设工作措施", "responsible")

# ------------------------------------------------------------------ dept_list, chat
D("r6a028", "蜜云 商务局牵头的有哪些", "my", "区商务局", "lead", chat=True, tags="typo abbreviation")
D("r6a029", "门头钩卫建委牵头的几条", "mtg", "区卫健委", "lead", chat=True, tags="typo homophone")
D("r6a030", "大兴 市场监管局牵头的 列一下", "dx26", "区市场监管局", "lead", chat=True, tags="colloquial")
D("r6a031", "市水务局挑头的事有哪些", "bj", "市水务局", "lead", chat=True, tags="synonym")
D("r6a032", "21年大兴 交通局牵头的", "dx21", "区交通局", "lead", chat=True, tags="colloquial")
D("r6a033", "门头沟公路分局都参与了哪些", "mtg", "区公路分局", "any", chat=True, tags="colloquial")
D("r6a034", "Which measures does the Daxing commerce bureau lead?", "dx26", "区商务局", "lead", chat=True,
  tags="english")
D("r6a035", "门头沟 重大项目中心 牵头的", "mtg", "区重大项目中心", "lead", chat=True, tags="abbreviation")
D("r6a036", "市住建委配合的都有啥", "bj", "市住房城乡建设委", "assist", chat=True, tags="abbreviation")
D("r6a037", "密云规自分局协办的几项", "my", "市规划自然资源委密云分局", "assist", chat=True, tags="abbreviation")
D("r6a038", "门头沟百花山管里处 牵头哪些", "mtg", "百花山管理处", "lead", chat=True, tags="typo homophone")
# ------------------------------------------------------------------ dept_list, plan
D("r6a039", "2021年区住房城乡建设委作为协办单位的措施有哪些？", "dx21", "区住房城乡建设委", "assist")
D("r6a040", "区园林服务中心牵头的措施有哪些？", "dx26", "区园林服务中心", "lead")

# ------------------------------------------------------------------ deadline_list
DL("r6a041", "门头沟上半年要干完的有哪些", "mtg", {"op": "due_on_or_before", "value": "2026-06-30"}, chat=True,
   tags="deadline_phrase")
DL("r6a042", "密云那些长期干的活 列一下", "my", {"op": "equals", "value": "长期实施"}, chat=True,
   tags="synonym deadline_phrase")
DL("r6a043", "大兴21年 9月底之前要弄完的", "dx21", {"op": "due_on_or_before", "value": "2021-09-30"}, chat=True,
   tags="deadline_phrase")
DL("r6a044", "大兴城管委牵头 年底前要完成的", "dx26", {"op": "equals", "value": "年底前"}, unit="区城市管理委",
   role="lead", chat=True, tags="abbreviation")
DL("r6a045", "门头沟交通局牵头 长期做的几条", "mtg", {"op": "equals", "value": "长期实施"}, unit="区交通局",
   role="lead", chat=True, tags="colloquial")
