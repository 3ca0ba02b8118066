"""Round-4 batch, units: which measures a unit leads / takes part in, asked the way staff type it
(abbreviations, nicknames, typos and homophones anywhere in the name, everyday role words, "我们局"
after "我是…的", a district or a unit no plan names).  Written from the plans' unit columns."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- abbreviations and nicknames, district named in the question (chat) ---
D("r4u001", "大兴住建委牵头的活儿有哪些", None, "区住房城乡建设委", "lead", chat=True, filter="dx26", tags="abbrev")
D("r4u002", "门头沟城管委牵头干啥", None, "区城管委", "lead", chat=True, filter="mtg", tags="abbrev")
D("r4u003", "密云生态局协办了哪几项？", None, "区生态环境局", "assist", chat=True, filter="my", tags="abbrev")
D("r4u004", "@机器人 门头沟交警支队牵头的是哪些", None, "区公安交通支队", "lead", chat=True, filter="mtg", tags="nickname")
D("r4u005", "大兴园林局牵头啥", None, "区园林绿化局", "lead", chat=True, filter="dx26", tags="abbrev")
D("r4u006", "密云水务主责哪些事", None, "区水务局", "responsible", chat=True, filter="my", tags="abbrev")
D("r4u007", "大兴发改委配合的工作有哪些", None, "区发展改革委", "assist", chat=True, filter="dx26", tags="abbrev")
D("r4u008", "门头沟经信局是责任单位的有几条", None, "区经信局", "responsible", chat=True, filter="mtg", tags="abbrev")
D("r4u009", "大兴市监局牵头哪些措施", None, "区市场监管局", "lead", chat=True, filter="dx26", tags="nickname")
D("r4u010", "大兴公路局牵头的", None, "区公路分局", "lead", chat=True, filter="dx26", tags="abbrev")
D("r4u011", "大兴环卫中心有啥任务", None, "区环境卫生服务中心", "any", chat=True, filter="dx26", tags="abbrev")
D("r4u012", "大兴规自分局牵头哪些？", None, "市规划自然资源委大兴分局", "lead", chat=True, filter="dx26", tags="abbrev")
D("r4u013", "密云交通支队负责的事", None, "区公安分局交通支队", "any", chat=True, filter="my", tags="abbrev")
D("r4u014", "门头沟文旅局管哪些", None, "区文旅局", "any", chat=True, filter="mtg", tags="abbrev")

# --- typos and homophones (incl. the last character) ---
D("r4u015", "门头沟城官委牵头的有哪些", None, "区城管委", "lead", chat=True, filter="mtg", tags="typo homophone")
D("r4u016", "门头沟卫建委负责哪些", None, "区卫健委", "any", chat=True, filter="mtg", tags="homophone confusable")
D("r4u017", "大兴卫生建康委牵头的", None, "区卫生健康委", "lead", chat=True, filter="dx26", tags="homophone")
D("r4u018", "门头沟气像局要干啥", None, "区气象局", "any", chat=True, filter="mtg", tags="typo")
D("r4u019", "密云住建委主则的有哪些", None, "区住房城乡建设委", "responsible", chat=True, filter="my", tags="typo role")
D("r4u020", "大兴水务局牵投的工作", None, "区水务局", "lead", chat=True, filter="dx26", tags="typo role")
D("r4u021", "门头沟商务委有啥任务", None, "区商务局", "any", chat=True, filter="mtg", tags="wrong_last_char")
D("r4u022", "密云应急管理局参与哪些", None, "区应急局", "any", chat=True, filter="my", tags="long_form")
D("r4u023", "门头沟生态环境厅牵头几项", None, "区生态环境局", "lead", chat=True, filter="mtg", tags="wrong_last_char")
D("r4u024", "密云园林绿化服务中新都有啥活", None, "区园林绿化服务中心", "any", chat=True, filter="my", tags="typo wrong_last_char")
D("r4u025", "大兴城管执法队牵头的", None, "区城管执法局", "lead", chat=True, filter="dx26", tags="wrong_last_char")
D("r4u026", "门头沟农业农材局牵头哪些", None, "区农业农村局", "lead", chat=True, filter="mtg", tags="typo")

# --- scope from the chat, everyday role words ---
D("r4u027", "住建委配合哪些？", "dx26", "区住房城乡建设委", "assist", chat=True, tags="abbrev role")
D("r4u028", "水务局要干啥", "mtg", "区水务局", "any", chat=True, tags="role")
D("r4u029", "经信局打下手的有哪些", "dx26", "区经济和信息化局", "assist", chat=True, tags="role slang")
D("r4u030", "公安分局管哪些", "my", "区公安分局", "any", chat=True, tags="confusable")
D("r4u031", "市住建委协办的是哪些", "bj", "市住房城乡建设委", "assist", chat=True, tags="abbrev")
D("r4u032", "市生态环境局挑头的有哪些", "bj", "市生态环境局", "lead", chat=True, tags="role slang")
D("r4u033", "Which measures does the Miyun water bureau lead?", None, "区水务局", "lead", chat=True, filter="my", tags="english")
D("r4u034", "21年大兴城管委牵头的有哪些", None, "区城市管理委", "lead", chat=True, filter="dx21", tags="year abbrev")
D("r4u035", "重大项目中心负责啥", "mtg", "区重大项目中心", "any", chat=True, tags="abbrev")

# --- plan style ---
D("r4u036", "区住房城乡建设委作为牵头单位的工作措施有哪些？", "my", "区住房城乡建设委", "lead")
D("r4u037", "大兴区2026年行动计划中，区农业农村局作为协办单位的措施有哪些？", None, "区农业农村局", "assist", filter="dx26")
D("r4u038", "门头沟区园林绿化局作为责任单位承担哪些工作？", None, "区园林绿化局", "responsible", filter="mtg")
D("r4u039", "密云区经济和信息化局牵头的措施有哪些？", None, "区经济和信息化局", "lead", filter="my")
D("r4u040", "北京市计划中市规划自然资源委参与的任务有哪些？", None, "市规划自然资源委", "any", filter="bj")
D("r4u041", "2021年大兴区财政局作为协办单位的措施有哪些？", None, "区财政局", "assist", filter="dx21")
D("r4u042", "门头沟区公安分局牵头的工作措施", None, "区公安分局", "lead", filter="mtg")

# --- conversations: "我是…的" then "我们局/我们" ---
conv("r4u043", ["我是门头沟区水务局的"],
     D("_r4u043", "我们局牵头哪些", None, "区水务局", "lead", chat=True, filter="mtg"))
conv("r4u044", ["我是密云城管委的"],
     D("_r4u044", "我们主责的有啥", None, "区城市管理委", "responsible", chat=True, filter="my"))
D("r4u045", "我是大兴生态环境局的，我们局协办的有哪些", None, "区生态环境局", "assist", chat=True, filter="dx26", tags="self")

# --- not answerable: a unit no plan names, a district with no plan, personal requests ---
N("r4u046", "大兴人防办牵头哪些", None, chat=True, tags="unknown_unit")
N("r4u047", "门头沟体育局负责啥", None, chat=True, tags="unknown_unit")
N("r4u048", "密云退役军人事务局有什么任务", None, chat=True, tags="unknown_unit")
N("r4u049", "海淀区住建委牵头哪些", None, chat=True, tags="no_plan_place")
N("r4u050", "朝阳城管委要干啥", None, chat=True, tags="no_plan_place")
N("r4u051", "昌平区生态环境局作为牵头单位的措施有哪些？", None, tags="no_plan_place")
N("r4u052", "家里暖气不热找谁", None, chat=True, tags="personal")
N("r4u053", "小区停水了找哪个部门", "dx26", chat=True, tags="personal")
N("r4u054", "残联牵头哪些", "my", chat=True, tags="unknown_unit")
