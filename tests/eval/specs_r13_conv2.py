"""Round 13, area h: follow-up conversations of 3-4 turns in staff's chat words, scored on the last
turn, where the earlier turns matter: chains over one item of a list (第4条呢 谁配合 -> 那这条啥时候完,
下一条呢, 那第5项呢), items numbered across pages after 更多 / 下一页 (第12项, 最后一条), a chat bound
to a place or a person to a unit followed by two questions and a short follow-up that refers to the
second, two slots switched at once (密云的协办呢, 那大兴21年的呢, 21年的协办呢), a year switch on a
deadline list, follow-ups after an indicator or a comparison (斋堂镇呢, 差多少, 比经开区低多少, 谁牵头),
follow-ups after a not-found answer, a new complete question after a list (the list's unit must not
carry over), yes/no follow-ups (是住建委牵头吗, 第2条是生态环境局配合吗), a unit typed wrong in the
follow-up (园林绿话局, 住建伟) and a town of another district (雁翅镇呢).  Chats carry no scope
(scope None): what the bot knows comes from the turns.  Written from the plans' records."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

JUNE = {"op": "due_on_or_before", "value": "2026-06-30"}
DEC21 = {"op": "due_on_or_before", "value": "2021-12-31"}
SEPT21 = {"op": "due_on_or_before", "value": "2021-09-30"}
LONG = {"op": "equals", "value": "长期实施"}

# --- a chain over one item of a list
conv("r13h001", ["大兴住建委牵头哪些", "第4条呢 谁配合"],
     item("r13h001x", "那这条啥时候完", None, D("r13h001l", "", None, "区住房城乡建设委", "lead", filter="dx26"), 4,
          "deadline", tags="follow_up item chain this"))
conv("r13h002", ["门头沟住建委牵头的有哪些", "第9条 责任单位都有谁"],
     item("r13h002x", "完成时限呢", None, D("r13h002l", "", None, "区住建委", "lead", filter="mtg"), 9,
          "deadline", tags="follow_up item chain"))
conv("r13h003", ["密云水务局牵头哪些", "第12条说的啥"],
     item("r13h003x", "谁配合", None, D("r13h003l", "", None, "区水务局", "lead", filter="my"), 12,
          "assist", tags="follow_up item chain"))
conv("r13h004", ["大兴交通局牵头哪些", "第2条谁配合"],
     item("r13h004x", "下一条呢", None, D("r13h004l", "", None, "区交通局", "lead", filter="dx26"), 3,
          "assist", tags="follow_up item chain next"))
conv("r13h005", ["大兴21年园林绿化局牵头的", "第3项谁配合", "啥时候完成"],
     item("r13h005x", "那第5项呢", None, D("r13h005l", "", None, "区园林绿化局", "lead", filter="dx21"), 5,
          "deadline", tags="follow_up item chain again year"))

# --- an item numbered as seen across pages
conv("r13h006", ["大兴城管委牵头哪些", "更多"],
     item("r13h006x", "第12项谁配合", None, D("r13h006l", "", None, "区城市管理委", "lead", filter="dx26"), 12,
          "assist", tags="follow_up item after_more"))
conv("r13h007", ["门头沟城管委牵头的", "更多", "更多"],
     item("r13h007x", "第17条啥时候完成", None, D("r13h007l", "", None, "区城管委", "lead", filter="mtg"), 17,
          "deadline", tags="follow_up item after_more"))
conv("r13h008", ["密云生态环境局牵头哪些", "下一页"],
     item("r13h008x", "第10项 主责单位是哪些", None, D("r13h008l", "", None, "区生态环境局", "lead", filter="my"), 10,
          "responsible", tags="follow_up item after_more"))
conv("r13h009", ["市生态环境局牵头哪些", "更多"],
     item("r13h009x", "第12条责任单位有哪些", None, D("r13h009l", "", None, "市生态环境局", "lead", filter="bj"), 12,
          "responsible", tags="follow_up item after_more"))
conv("r13h010", ["大兴21年生态环境局牵头的", "更多"],
     item("r13h010x", "最后一条谁配合", None, D("r13h010l", "", None, "区生态环境局", "lead", filter="dx21"), 16,
          "assist", tags="follow_up item after_more last"))

# --- a chat bound to a place / a person to a unit, two questions, then a follow-up on the second
conv("r13h011", ["本群是密云的", "重点建设用地初步调查监督检查谁牵头", "那土壤环境现状调查成果台账呢"],
     A("r13h011x", "协办呢", None, "002", "建立新建、改建、扩建项目（含排污许可证相关）土壤环境现状调查成果台账",
       "assist", chat=True, tags="follow_up group_scope chain"))
conv("r13h012", ["我是区城管委的", "本群是大兴的", "我们牵头的有哪些"],
     DL("r13h012x", "长期实施的呢", None, LONG, "区城市管理委", "lead", chat=True,
        tags="follow_up me group_scope deadline", filter="dx26"))
conv("r13h013", ["我是密云水务局的", "我们牵头哪些", "地下水超采治理啥时候完成"],
     A("r13h013x", "责任单位有哪些", None, "002", "以地下水超采区、重要泉域为重点", "responsible",
       chat=True, tags="follow_up me chain"))
conv("r13h014", ["本群是门头沟区的", "产业园区污水收集处理设施排查谁牵头", "化学物质环境信息统计调查呢"],
     A("r13h014x", "啥时候完成", None, "001", "按要求完成2026年度化学物质环境信息统计调查工作", "deadline",
       chat=True, tags="follow_up group_scope chain"))

# --- two slots switched at once
conv("r13h015", ["大兴经信局牵头哪些"],
     D("r13h015x", "密云的协办呢", None, "区经济和信息化局", "assist", chat=True, tags="follow_up place role",
       filter="my"))
conv("r13h016", ["门头沟水务局牵头的"],
     D("r13h016x", "那大兴21年的呢", None, "区水务局", "lead", chat=True, tags="follow_up place year", filter="dx21"))
conv("r13h017", ["密云园林局牵头哪些"],
     D("r13h017x", "那住建委配合的呢", None, "区住房城乡建设委", "assist", chat=True, tags="follow_up unit role",
       filter="my"))
conv("r13h018", ["大兴关停企业原址用地筛查谁牵头"],
     A("r13h018x", "21年的协办呢", None, "004", "开展2020年关停企业原址用地筛查", "assist",
       chat=True, tags="follow_up year field"))
conv("r13h019", ["门头沟交通局牵头哪些"],
     D("r13h019x", "市里的协办呢", None, "市交通委", "assist", chat=True, tags="follow_up place role level",
       filter="bj"))

# --- a year switch on a deadline list
conv("r13h020", ["大兴水务局年底前要完成的有哪些"],
     DL("r13h020x", "21年的呢", None, DEC21, "区水务局", "any", chat=True, tags="follow_up year deadline",
        filter="dx21"))
conv("r13h021", ["大兴9月底前要完成的"],
     DL("r13h021x", "那21年呢", None, SEPT21, chat=True, tags="follow_up year deadline", filter="dx21"))

# --- after an indicator or a comparison
conv("r13h022", ["大兴优先监管地块几块", "石景山呢"],
     C("r13h022x", "差多少", None, ("cell", "大兴区", "优先监管地块"), ("cell", "石景山区", "优先监管地块"),
       chat=True, tags="follow_up difference indicator"))
conv("r13h023", ["清水镇PM2.5目标多少"],
     IC("r13h023x", "斋堂镇呢", None, "斋堂镇", "2026年PM2.5目标值", chat=True, tags="follow_up town indicator"))
conv("r13h024", ["朝阳跟海淀锅炉AB级单位各多少"],
     IC("r13h024x", "那大兴呢", None, "大兴区", "累计环保绩效A、B级锅炉使用单位", chat=True,
        tags="follow_up after_compare indicator"))
conv("r13h025", ["门头沟非道路机械新能源化率要多少"],
     C("r13h025x", "比经开区低多少", None, ("cell", "门头沟区", "累计非道路移动机械新能源化率"),
       ("cell", "北京经济技术开发区", "累计非道路移动机械新能源化率"), chat=True, tags="follow_up difference indicator"))
conv("r13h026", ["门头沟城镇供水管网漏损率要控制在多少"],
     A("r13h026x", "谁牵头", None, "001", "确保城镇供水管网漏损率稳定控制在8%以下", "lead", chat=True,
       tags="follow_up after_indicator"))
conv("r13h027", ["大兴农村环境整治成效巩固要几个"],
     IC("r13h027x", "密云的呢", None, "密云区", "农村环境整治成效巩固", chat=True, tags="follow_up place indicator"))

# --- after a not-found answer
conv("r13h028", ["海淀水务局牵头哪些"],
     D("r13h028x", "那大兴的呢", None, "区水务局", "lead", chat=True, tags="follow_up after_not_found place",
       filter="dx26"))
conv("r13h029", ["朝阳 秸秆焚烧谁牵头"],
     A("r13h029x", "门头沟的呢", None, "001", "严格秸秆露天焚烧监管", "lead", chat=True,
       tags="follow_up after_not_found place"))
conv("r13h030", ["密云 噪声扰民咋管"],
     T("r13h030x", "大兴的呢", None, "000", "调解社会生活噪声扰民行为", "000", "强化校园广播噪声扰民问题处置统筹力度",
       chat=True, tags="follow_up after_not_found place"))

# --- a new complete question after a list: the list's unit does not carry over
conv("r13h031", ["大兴园林局牵头哪些"],
     A("r13h031x", "大兴 秸秆露天焚烧执法谁牵头", None, "000", "加强对秸秆露天焚烧执法力度", "lead", chat=True,
       tags="follow_up new_topic"))
conv("r13h032", ["门头沟园林局牵头的", "更多"],
     A("r13h032x", "密云 加大财政投入力度那条谁牵头", None, "002", "相应加大财政投入力度", "lead", chat=True,
       tags="follow_up new_topic after_more"))
conv("r13h033", ["密云交通局牵头哪些"],
     DL("r13h033x", "全区6月底前要完成的有哪些", None, JUNE, chat=True, tags="follow_up new_question deadline",
        filter="my"))
conv("r13h034", ["大兴21年城管委牵头哪些"],
     A("r13h034x", "门头沟碳排放形势分析会商谁牵头", None, "001", "加强全区碳排放形势分析会商", "lead", chat=True,
       tags="follow_up new_topic"))

# --- yes / no follow-ups
conv("r13h035", ["大兴 夜间施工证明服务指导"],
     A("r13h035x", "是住建委牵头吗", None, "000", "加大夜间施工证明服务指导力度", "lead", chat=True,
       tags="follow_up yes_no abbrev"))
conv("r13h036", ["门头沟 产业园区污水处理设施排查"],
     A("r13h036x", "是不是水务局牵头", None, "001", "开展产业园区污水收集处理设施运行情况排查整治", "lead",
       chat=True, tags="follow_up yes_no"))
conv("r13h037", ["大兴水务局牵头哪些"],
     item("r13h037x", "第2条是生态环境局配合吗", None, D("r13h037l", "", None, "区水务局", "lead", filter="dx26"), 2,
          "assist", tags="follow_up yes_no item"))
conv("r13h038", ["市里 噪声地图"],
     A("r13h038x", "生态环境局是协办吗", None, "003", "探索应用噪声地图", "assist", chat=True,
       tags="follow_up yes_no"))

# --- a unit typed wrong in the follow-up
conv("r13h039", ["大兴水务局牵头哪些"],
     D("r13h039x", "那园林绿话局呢", None, "区园林绿化局", "lead", chat=True, tags="follow_up unit typo", filter="dx26"))
conv("r13h040", ["门头沟交通局牵头的"],
     D("r13h040x", "住建伟的呢", None, "区住建委", "lead", chat=True, tags="follow_up unit typo abbrev", filter="mtg"))

# --- a town of a district
conv("r13h041", ["大兴城管委牵头哪些"],
     D("r13h041x", "雁翅镇呢", None, "雁翅镇", "lead", chat=True, tags="follow_up town place", filter="mtg"))
conv("r13h042", ["密云城管委主责哪些"],
     D("r13h042x", "巨各庄镇的呢", None, "巨各庄镇", "responsible", chat=True, tags="follow_up town", filter="my"))
