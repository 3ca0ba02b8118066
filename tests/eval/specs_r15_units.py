"""Round-15 batch (units, r15e): a unit named the way staff type it in a group chat: without its
局/委/办 (门头沟财政, 密云城管, 大兴商务), old or colloquial names (环保局, 规划局, 街道办, 乡镇政府,
交警, 教育局, 亦庄), homophone and look-alike typos (往建委, 发该委, 园林绿花局, 监官局, 分居), a unit
with a role (牵头 / 主责 / 配合 / 参与), for unit lists (D), deadline lists of one unit (DL) and
attributes of one measure that ask who else works on it with a named unit.  Units that share
characters with another (园林服务中心 / 园林绿化局, 环卫 / 卫健, 农服中心 / 农业农村局, 水库执法大队 /
水务局) are asked apart.  门头沟's plan has no 协办 column: a staff member asking what a unit
配合 there means its 责任单位 rows.  Written from the plans' text, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

BY = lambda d: {"op": "due_on_or_before", "value": d}  # noqa: E731
EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731

# --------------------------------------------------------------------------- unit without 局/委/办
D("r15e001", "门头沟财政配合的有哪些", "mtg", "区财政局", "responsible", chat=True,
  tags="no_suffix everyday_role role_by_plan")
D("r15e002", "密云城管牵头啥", "my", "区城市管理委", "lead", chat=True, tags="no_suffix colloquial")
D("r15e003", "大兴水务那边牵头的都有啥", "dx26", "区水务局", "lead", chat=True, tags="no_suffix colloquial")
D("r15e004", "密云农业农村主责的有哪些", "my", "区农业农村局", "responsible", chat=True, tags="no_suffix")
D("r15e005", "市里发改牵头的有哪些", "bj", "市发展改革委", "lead", chat=True, tags="no_suffix")
D("r15e006", "大兴商务牵头几项", "dx26", "区商务局", "lead", chat=True, tags="no_suffix count")
D("r15e007", "门头沟园林绿化主责的", "mtg", "区园林绿化局", "responsible", chat=True, tags="no_suffix short")
D("r15e008", "大兴卫健牵头哪些", "dx26", "区卫生健康委", "lead", chat=True, tags="no_suffix")
D("r15e009", "密云市场监管都参与了啥", "my", "区市场监管局", chat=True, tags="no_suffix colloquial")
D("r15e010", "门头沟应急有啥活", "mtg", "区应急局", chat=True, tags="no_suffix colloquial")
D("r15e011", "21年大兴公安牵头的", "dx21", "区公安分局", "lead", chat=True, tags="no_suffix year_short")
D("r15e012", "门头沟经信牵头的有哪些", "mtg", "区经信局", "lead", chat=True, tags="no_suffix")
D("r15e013", "密云住建主责哪些", "my", "区住房城乡建设委", "responsible", chat=True, tags="no_suffix")
D("r15e014", "市里公安牵头的有啥", "bj", "市公安局", "lead", chat=True, tags="no_suffix")

# --------------------------------------------------------------------------- old / colloquial names
D("r15e015", "门头沟规划局当责任单位的有哪些", "mtg", "区规自分局", "responsible", chat=True, tags="old_name")
D("r15e016", "市里规划局牵头哪些", "bj", "市规划自然资源委", "lead", chat=True, tags="old_name")
D("r15e017", "大兴街道办牵头的有哪些", "dx26", "各街道办事处", "lead", chat=True, tags="colloquial collective")
D("r15e018", "21年 乡镇政府牵头的", "dx21", "各镇政府", "lead", chat=True, tags="colloquial collective year_short")
D("r15e019", "大兴交警牵头的有几条", "dx26", "区公安交通支队", "lead", chat=True, tags="nickname count")
D("r15e020", "密云交警主责的", "my", "区公安分局交通支队", "responsible", chat=True, tags="nickname")
D("r15e021", "密云环保局主责的有哪些", "my", "区生态环境局", "responsible", chat=True, tags="old_name")
D("r15e022", "大兴教育局牵头哪些", "dx26", "区教委", "lead", chat=True, tags="old_name")
D("r15e023", "市里的计划 亦庄主责哪些", "bj", "北京经济技术开发区管委会", "responsible", chat=True,
  tags="nickname")
D("r15e024", "市计划里各区主责的有哪些", "bj", "各区政府", "responsible", chat=True, tags="collective")

# --------------------------------------------------------------------------- homophone / look-alike typos
D("r15e025", "大兴往建委牵头的", "dx26", "区住房城乡建设委", "lead", chat=True, tags="typo lookalike")
D("r15e026", "密云园林绿花局主责的有啥", "my", "区园林绿化局", "responsible", chat=True, tags="homophone typo")
D("r15e027", "大兴发该委协办的", "dx26", "区发展改革委", "assist", chat=True, tags="homophone typo")
D("r15e028", "门头沟农业农村居牵头哪些", "mtg", "区农业农村局", "lead", chat=True, tags="homophone typo")
D("r15e029", "市里市场监官局牵头的", "bj", "市市场监管局", "lead", chat=True, tags="homophone typo")
D("r15e030", "门头沟公路分居牵头的有哪些", "mtg", "区公路分局", "lead", chat=True, tags="homophone typo")
D("r15e031", "密云生态环竟局牵头的", "my", "区生态环境局", "lead", chat=True, tags="homophone typo")

# --------------------------------------------------------------------------- units that share characters
D("r15e032", "大兴园林服务中心牵头的", "dx26", "区园林服务中心", "lead", chat=True, tags="confusable")
D("r15e033", "密云水库执法队参与了哪些", "my", "密云水库综合执法大队", chat=True, tags="confusable abbrev")
D("r15e034", "大兴环卫服务中心牵头啥", "dx26", "区环境卫生服务中心", "lead", chat=True, tags="confusable abbrev")
D("r15e035", "大兴农服中心协办的", "dx26", "区农业服务中心", "assist", chat=True, tags="confusable abbrev")

# --------------------------------------------------------------------------- deadline lists of one unit
DL("r15e036", "门头沟水务长期实施的有哪些", "mtg", EQ("长期实施"), unit="区水务局", chat=True, tags="no_suffix")
DL("r15e037", "市里环保局牵头的持续推进的有哪些", "bj", EQ("持续推进"), unit="市生态环境局", role="lead",
   chat=True, tags="old_name")
DL("r15e038", "大兴园林长期实施的有啥", "dx26", EQ("长期实施"), unit="区园林绿化局", chat=True, tags="abbrev")
DL("r15e039", "门头沟镇街上半年要完成啥", "mtg", BY("2026-06-30"), unit="各镇街", chat=True,
   tags="collective half_year")
DL("r15e040", "密云交警年底前要干完的", "my", BY("2026-12-31"), unit="区公安分局交通支队", chat=True,
   tags="nickname colloquial")
DL("r15e041", "大兴发改持续推进的有哪些", "dx26", EQ("持续推进"), unit="区发展改革委", chat=True, tags="no_suffix")
DL("r15e042", "2021年市规划自然资源委大兴分局参与的措施中，完成时限为2021年12月31日并长期实施的有哪些？", "dx21",
   EQ("2021年12月31日并长期实施"), unit="市规划自然资源委大兴分局")

# --------------------------------------------------------------------------- who else works with X on Y
A("r15e043", "大兴 加油站埋地油罐防渗那条 除了环保局还有谁配合", "dx26",
  "000", "埋地油罐防渗漏情况", "assist", chat=True, tags="who_else old_name")
A("r15e044", "门头沟 货车换新能源 环保局牵头 还有哪些单位一起", "mtg",
  "001", "推动货车新能源化", "responsible", chat=True, tags="who_else")
A("r15e045", "门头沟 GEP-R补偿 生态局牵头 财政那边还有谁一起弄", "mtg",
  "001", "落实市级GEP-R生态保护补偿政策", "responsible", chat=True, tags="who_else no_suffix")
A("r15e046", "密云 文明祭扫 民政牵头 配合的有谁", "my",
  "002", "大力倡导市民践行文明祭扫", "assist", chat=True, tags="who_else no_suffix")
A("r15e047", "密云 耕地园地重金属溯源 协办的除了农业局还有谁", "my",
  "002", "耕地、园地土壤重金属污染溯源", "assist", chat=True, tags="who_else abbrev")
A("r15e048", "市里 永定河潮白河防洪工程 水务局牵头 哪些一起主责", "bj",
  "003", "完善永定河、潮白河、北运河", "responsible", chat=True, tags="who_else")
A("r15e049", "市里监测网络一体化 环保局牵头 协办的都谁", "bj",
  "003", "推进一体化监测网络建设", "assist", chat=True, tags="who_else old_name")
A("r15e050", "21年 凤河长子营段再生水补给 长子营镇牵头 区里哪些单位配合", "dx21",
  "004", "凤河长子营段", "assist", chat=True, tags="who_else")
A("r15e051", "21年 土壤防治不作为专项督查 环保局牵头 还有谁参与", "dx21",
  "004", "大兴区生态环境保护工作职责分工规定", "assist", chat=True, tags="who_else old_name")
A("r15e052", "大兴 含氟气体摸底 经信之外还有谁协办", "dx26",
  "000", "摸排含氟类气体排放底数", "assist", chat=True, tags="who_else no_suffix")
A("r15e053", "门头沟 清管行动 水务牵头 哪些配合", "mtg",
  "001", "持续开展“清管行动”", "responsible", chat=True, tags="who_else no_suffix role_by_plan")
