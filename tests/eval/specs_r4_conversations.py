"""Round 4 batch: short follow-up conversations as staff type them in a group chat (scored on the
last turn).  Written from the plan texts, apart from specs.py; golds are computed by build.py."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

JUNE = {"op": "due_on_or_before", "value": "2026-06-30"}
LONG = {"op": "equals", "value": "长期实施"}
YEAR_END = {"op": "equals", "value": "年底前"}
ONGOING = {"op": "equals", "value": "持续推进"}

# --- a place changes
conv("r4v001", ["门头沟城管委牵头的有哪些"], D("_", "密云有没有", None, "区城市管理委", "lead", filter="my"))
conv("r4v002", ["大兴住建委牵头哪些"], D("_", "那门头钩呢", None, "区住房城乡建设委", "lead", filter="mtg"))
conv("r4v003", ["门头沟发改委牵头的"], D("_", "蜜云呢？", None, "区发展改革委", "lead", filter="my"))
conv("r4v004", ["Which measures does the Daxing water bureau lead?"],
     D("_", "what about Miyun?", None, "区水务局", "lead", filter="my"))
conv("r4v005", ["大兴烟花爆竹怎么规定的"],
     T("_", "那门头沟呢", None, "001", "关于禁止、限制燃放烟花爆竹等规定"))
conv("r4v006", ["门头沟秸秆焚烧谁牵头"], A("_", "市里的呢", None, "003", "严格秸秆露天焚烧监管", "lead"))
conv("r4v007", ["门头沟PM2.5目标多少"], IC("_", "那海淀呢", None, "海淀区", "PM2.5"))
conv("r4v008", ["门头沟今年优良天数比率要到多少"], IC("_", "延庆的呢", None, "延庆区", "优良天数"))

# --- a year changes
conv("r4v009", ["大兴生态环境局牵头哪些工作"], D("_", "换成2021", None, "区生态环境局", "lead", filter="dx21"))
conv("r4v010", ["大兴生态环境局配合哪些"], D("_", "二一年的呢", None, "区生态环境局", "assist", filter="dx21"))
conv("r4v011", ["大兴黑臭水体怎么治"],
     T("_", "21年那版呢", None, "004", "确保已治理的18条段黑臭水体", "004", "第二、三季度每月开展黑臭水体水质监测"))
conv("r4v012", ["大兴21年水务局牵头的"], D("_", "今年的呢", None, "区水务局", "lead", filter="dx26"))

# --- a role changes
conv("r4v013", ["大兴住建委配合的活儿"], D("_", "那牵头的呢", None, "区住房城乡建设委", "lead", filter="dx26"))
conv("r4v014", ["密云水务局都有啥任务"], D("_", "只看牵头的", None, "区水务局", "lead", filter="my"))
conv("r4v015", ["密云交通局牵头哪些"], D("_", "主责的呢", None, "区交通局", "responsible", filter="my"))
conv("r4v016", ["门头沟区水务局牵头的工作措施有哪些？"],
     D("_", "作为责任单位的有哪些？", None, "区水务局", "responsible", filter="mtg"))

# --- another unit after a list
conv("r4v017", ["大兴发改委牵头的有哪些"], D("_", "经信局呢", None, "区经济和信息化局", "lead", filter="dx26"))
conv("r4v018", ["密云城管委牵头的"], D("_", "那住建委的呢", None, "区住房城乡建设委", "lead", filter="my"))

# --- a deadline narrows the last list
conv("r4v019", ["大兴水务局牵头的有哪些"],
     DL("_", "这些里面6月底前的", None, JUNE, "区水务局", "lead", filter="dx26"))
conv("r4v020", ["区水务局牵头的工作措施有哪些？"],
     DL("_", "其中完成时限为长期实施的有哪些？", "dx26", LONG, "区水务局", "lead"))
conv("r4v021", ["大兴园林局牵头哪些"], DL("_", "年底前的呢", None, YEAR_END, "区园林绿化局", "lead", filter="dx26"))
conv("r4v022", ["门头沟生态环境局牵头的"], DL("_", "持续推进的有几条", None, ONGOING, "区生态环境局", "lead", filter="mtg"))

# --- paging
conv("r4v023", ["大兴交通局牵头哪些"], D("_", "还有吗", None, "区交通局", "lead", filter="dx26"))
conv("r4v024", ["密云城管委牵头的有哪些"], D("_", "下一页", None, "区城市管理委", "lead", filter="my"))

# --- an item of the last answer, numbered as shown
conv("r4v025", ["大兴水务局牵头的有哪些"],
     item("_", "第3条谁配合", None, D("_", "", None, "区水务局", "lead", filter="dx26"), 3, "assist"))
conv("r4v026", ["密云住建委牵头的"],
     item("_", "第二个什么时候完成", None, D("_", "", None, "区住房城乡建设委", "lead", filter="my"), 2, "deadline"))
conv("r4v027", ["大兴城管委牵头哪些"],
     item("_", "第三跳谁配合", None, D("_", "", None, "区城市管理委", "lead", filter="dx26"), 3, "assist"))
conv("r4v028", ["密云长期实施的任务有哪些"],
     item("_", "第4条谁牵头", None, DL("_", "", None, LONG, filter="my"), 4, "lead"))
conv("r4v029", ["大兴区委宣传部牵头哪些"],
     T("_", "最后那条具体说啥", None, "000", "重点行业企业空气重污染绩效分级管理"))
conv("r4v030", ["21年大兴生态环境局配合的"],
     item("_", "第1个牵头单位是谁", None, D("_", "", None, "区生态环境局", "assist", filter="dx21"), 1, "lead"))

# --- a topic answer, then a question about it
conv("r4v031", ["门头沟渣土车的事怎么弄的"], A("_", "谁负责", None, "001", "加大对渣土车溯源追查力度", "lead"))
conv("r4v032", ["大兴农村厕所化粪池有啥要求"], A("_", "它谁牵头", None, "000", "推动农村三格式化粪池全覆盖", "lead"))
conv("r4v033", ["市里公园噪声怎么管"], A("_", "这条啥时候完成", None, "003", "强化公园噪声管控", "deadline"))
conv("r4v034", ["门头沟园林机械新能源化"], A("_", "谁牵头的？", None, "001", "绿篱机、油锯等园林机械", "lead"))
conv("r4v035", ["大兴旅游巴士线路那个"], A("_", "啥时候完成", None, "004", "巡回观光旅游巴士线路", "deadline"))

# --- a group or a person bound to a scope
conv("r4v036", ["本群是门头沟的"], D("_", "水务局牵头哪些", None, "区水务局", "lead", filter="mtg"))
conv("r4v037", ["本群属于密云区"], D("_", "@机器人 住建委牵头的有哪些", None, "区住房城乡建设委", "lead", filter="my"))
conv("r4v038", ["我是区水务局的"], D("_", "我们的任务", "mtg", "区水务局", "any"))
conv("r4v039", ["我是城管委的"], D("_", "我们牵头的有哪些", "my", "区城市管理委", "lead"))

# --- follow-ups the plans cannot answer: no earlier question (only a greeting), a district or year
#     without a plan
conv("r4v040", ["你好"], N("_", "那门头沟呢", chat=True))
conv("r4v041", ["@机器人"], N("_", "第3条谁配合", chat=True))
conv("r4v042", ["大兴水务局牵头哪些"], N("_", "那海淀呢", chat=True))
conv("r4v043", ["门头沟城管委牵头的有哪些"], N("_", "昌平区呢", chat=True))
conv("r4v044", ["密云生态环境局牵头的有哪些"], N("_", "21年的呢", chat=True))
conv("r4v045", ["门头沟住建委牵头的"], N("_", "2024年的呢", chat=True))
conv("r4v046", ["大兴水务局牵头的"], N("_", "通州的呢", chat=True))
conv("r4v047", ["在吗"], N("_", "更多", chat=True))
