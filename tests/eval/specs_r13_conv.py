"""Round 13, area c: follow-up conversations in staff's chat words, scored on the last turn, mostly
on sections earlier batches asked little about.  What staff type after an answer: 那X呢 with another
district, unit, role or year; a question about an item of the list just shown (第3项谁配合, 最后那条,
这条); a chat or a person bound to a place or a unit (本群是X区的, 我是X局的); who leads / when /
还有别的吗 after a topic answer; a new question after a not-found answer or after 更多; a complete
change of topic that must not keep the old place, unit or year; a district with no plan; English
and typos; a deadline that narrows the last list.  Chats carry no scope (scope None): what the
bot knows comes from the turns."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

JUNE = {"op": "due_on_or_before", "value": "2026-06-30"}
SEPT21 = {"op": "due_on_or_before", "value": "2021-09-30"}
LONG = {"op": "equals", "value": "长期实施"}
ONGOING = {"op": "equals", "value": "持续推进"}

# --- another district, same topic
conv("r13c001", ["大兴入河排污口咋监管"],
     T("r13c001x", "那门头沟呢", None, "001", "以违规排污口动态清零为目标",
       "001", "依法依规开展新改扩建入河排污口的审批与登记", chat=True, tags="follow_up place"))
conv("r13c002", ["门头沟抗菌药物管理有啥要求"],
     T("r13c002x", "大兴呢？", None, "000", "加强抗菌药物临床应用管理", chat=True, tags="follow_up place"))
conv("r13c003", ["市里京津冀联动执法咋弄的"],
     T("r13c003x", "大兴那边呢", None, "000", "加强与廊坊市日常工作联动", chat=True, tags="follow_up place"))
conv("r13c004", ["大兴园林废弃物咋利用"],
     T("r13c004x", "门头钩呢", None, "001", "配合市级部门开展园林绿化废弃物资源化处置情况",
       chat=True, tags="follow_up place typo synonym"))
conv("r13c005", ["门头沟河道自然岸线保护"],
     T("r13c005x", "那大兴的呢", None, "000", "恢复自然岸线，加强河湖现状自然岸线保护", chat=True, tags="follow_up place"))

# --- another year
conv("r13c006", ["大兴今年入河排污口怎么管"],
     T("r13c006x", "21年的呢", None, "004", "落实入河排口分类分级管控要求",
       "004", "全面开展入河排污口整治工作", chat=True, tags="follow_up year"))
conv("r13c007", ["大兴节水型社会建设"],
     T("r13c007x", "2021年那版呢", None, "004", "继续实施最严格水资源管理制度", chat=True, tags="follow_up year"))

# --- another unit / role / district on a list
conv("r13c008", ["门头沟交通局牵头哪些"],
     D("r13c008x", "那商务局呢", None, "区商务局", "lead", chat=True, tags="follow_up unit", filter="mtg"))
conv("r13c009", ["大兴卫健委牵头的任务"],
     D("r13c009x", "门头沟的呢", None, "区卫健委", "lead", chat=True, tags="follow_up place", filter="mtg"))
conv("r13c010", ["密云市场监管局牵头的有哪些"],
     D("r13c010x", "那协办的呢", None, "区市场监管局", "assist", chat=True, tags="follow_up role", filter="my"))
conv("r13c011", ["21年大兴卫健委有哪些任务"],
     D("r13c011x", "城管执法局呢", None, "区城管执法局", "any", chat=True, tags="follow_up unit year", filter="dx21"))

# --- an item of the list just shown (numbered as shown, document order)
conv("r13c012", ["大兴教委牵头哪些"],
     item("r13c012x", "第2项谁配合", None, D("r13c012l", "", None, "区教委", "lead", filter="dx26"), 2, "assist",
          tags="follow_up item"))
conv("r13c013", ["门头沟气象局牵头的"],
     item("r13c013x", "第三条啥时候完", None, D("r13c013l", "", None, "区气象局", "lead", filter="mtg"), 3,
          "deadline", tags="follow_up item"))
conv("r13c014", ["密云城管执法局牵头的有哪些"],
     item("r13c014x", "最后那条牵头是谁", None, D("r13c014l", "", None, "区城管执法局", "lead", filter="my"), 7,
          "lead", tags="follow_up item last"))
conv("r13c015", ["门头沟商务局牵头哪些", "第1项啥时候完成"],
     item("r13c015x", "第3项呢", None, D("r13c015l", "", None, "区商务局", "lead", filter="mtg"), 3, "deadline",
          tags="follow_up item"))
conv("r13c016", ["大兴21年农业农村局牵头的"],
     item("r13c016x", "第3条 协办单位", None, D("r13c016l", "", None, "区农业农村局", "lead", filter="dx21"), 3,
          "assist", tags="follow_up item"))
conv("r13c017", ["大兴城管执法局牵头的", "第10条说的啥"],
     item("r13c017x", "这条谁牵头", None, D("r13c017l", "", None, "区城管执法局", "lead", filter="dx26"), 10, "lead",
          tags="follow_up item this"))

# --- a chat or a person bound to a place / a unit
conv("r13c018", ["本群是密云区的"],
     A("r13c018x", "@机器人 入河排污口设置审批谁牵头", None, "002", "依法依规做好新改扩建入河排污口的设置审批",
       "lead", chat=True, tags="follow_up group_scope"))
conv("r13c019", ["本群是大兴的", "我是园林绿化局的"],
     D("r13c019x", "我们牵头的任务有哪些", None, "区园林绿化局", "lead", chat=True, tags="follow_up group_scope me",
       filter="dx26"))
conv("r13c020", ["我是大兴水务局的"],
     D("r13c020x", "我们21年牵头哪些", None, "区水务局", "lead", chat=True, tags="follow_up me year", filter="dx21"))
conv("r13c021", ["本群是门头沟区的"],
     A("r13c021x", "两证合一谁牵头", None, "001", "积极探索推进“两证合一”工作", "lead",
       chat=True, tags="follow_up group_scope"))

# --- who / when / more after a topic answer
conv("r13c022", ["门头沟高山背景站建设"],
     A("r13c022x", "谁牵头？", None, "001", "配合市级部门推进高山综合背景站建设", "lead", chat=True, tags="follow_up"))
conv("r13c023", ["大兴GEP-R提升工作方案"],
     A("r13c023x", "什么时候完成", None, "000", "编制大兴区GEP-R提升工作方案", "deadline", chat=True, tags="follow_up"))
conv("r13c024", ["密云排污许可证执行报告审核"],
     A("r13c024x", "协办单位呢", None, "002", "全面实行排污许可制", "assist", chat=True, tags="follow_up"))
conv("r13c025", ["大兴入河排污口"],
     T("r13c025x", "还有别的吗", None, "000", "加强入河排污口长效监督管理", "000", "入河排污口的设置审批、登记工作",
       "000", "对水源地、入河排污口和农村污水处理设施等开展专项执法检查", "000", "开展雨后入河排口排污检查",
       chat=True, tags="follow_up more"))
conv("r13c026", ["市里生态安全监测预警"],
     A("r13c026x", "哪些部门牵头", None, "003", "研究生态安全监测预警指标", "lead", chat=True, tags="follow_up"))

# --- after a not-found answer
conv("r13c027", ["大兴光污染咋管"],
     T("r13c027x", "那噪声扰民呢", None, "000", "调解社会生活噪声扰民行为", "000", "强化校园广播噪声扰民问题处置统筹力度",
       chat=True, tags="follow_up after_not_found topic"))

# --- after 更多 / 下一页
conv("r13c028", ["大兴交通局牵头哪些", "更多"],
     D("r13c028x", "那商务局呢", None, "区商务局", "lead", chat=True, tags="follow_up after_more unit", filter="dx26"))
conv("r13c029", ["密云城管委牵头哪些", "下一页"],
     DL("r13c029x", "只看长期实施的", None, LONG, "区城市管理委", "lead", chat=True, tags="follow_up after_more deadline",
        filter="my"))

# --- a new topic: the old place, unit and year must not carry over
conv("r13c030", ["门头沟水务局牵头哪些"],
     T("r13c030x", "市里京津冀科技重大专项有啥安排", None, "003", "依托京津冀环境综合治理国家科技重大专项",
       chat=True, tags="follow_up new_topic"))
conv("r13c031", ["密云住建委牵头哪些"],
     A("r13c031x", "大兴的绿色金融谁牵头", None, "000", "鼓励金融机构加大对符合条件企业的信贷", "lead",
       chat=True, tags="follow_up new_topic"))
conv("r13c032", ["21年大兴扬尘咋管"],
     T("r13c032x", "门头沟揭网见绿呢", None, "001", "深入推进“揭网见绿”专项行动", chat=True, tags="follow_up new_topic"))
conv("r13c033", ["大兴交通局牵头哪些"],
     T("r13c033x", "谢谢。另外问下密云印刷行业末端治理试点", None, "002",
       "印刷行业低VOCs物料源头替代情形下末端治理设施适应性试点", chat=True, tags="follow_up new_topic thanks"))

# --- a district with no plan, a topic a plan does not have
conv("r13c034", ["大兴入河排污口怎么管"], N("r13c034x", "那海淀呢", chat=True, tags="follow_up place no_plan"))
conv("r13c035", ["密云园林局牵头哪些"], N("r13c035x", "通州区的呢", chat=True, tags="follow_up place no_plan"))
conv("r13c036", ["门头沟园林废弃物咋利用"], N("r13c036x", "朝阳呢", chat=True, tags="follow_up place no_plan"))
conv("r13c037", ["门头沟交通噪声治理"], N("r13c037x", "what about Miyun?", chat=True, tags="follow_up place english not_in_plan"))

# --- English and typos
conv("r13c038", ["大兴宁静小区建设"],
     A("r13c038x", "who is in charge?", None, "000", "探索开展宁静小区建设", "lead", chat=True, tags="follow_up english"))
conv("r13c039", ["门头沟医疗废物电子联单"],
     A("r13c039x", "谁千头", None, "001", "研究在二级及以上医院探索运行医疗废物电子转移联单", "lead",
       chat=True, tags="follow_up typo"))

# --- a deadline narrows the last list
conv("r13c040", ["密云城管委牵头哪些"],
     DL("r13c040x", "6月底前的呢", None, JUNE, "区城市管理委", "lead", chat=True, tags="follow_up deadline", filter="my"))
conv("r13c041", ["门头沟水务局牵头的有哪些"],
     DL("r13c041x", "持续推进的有哪几条", None, ONGOING, "区水务局", "lead", chat=True, tags="follow_up deadline",
        filter="mtg"))
conv("r13c042", ["大兴21年生态环境局牵头的"],
     DL("r13c042x", "其中9月底前要完成的", None, SEPT21, "区生态环境局", "lead", chat=True, tags="follow_up deadline",
        filter="dx21"))
