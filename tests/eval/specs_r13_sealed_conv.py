"""Round 13, sealed follow-up conversations, written from the plans alone.

Each conversation is 2-4 turns as staff type them in a DingTalk/WeCom group; only the last turn is
scored and it only makes sense with the earlier turns: a district / unit / role / year / deadline
switch, an item of the list just given, another field of the measure just answered, a group or
person stating its scope first, a district without a plan, a follow-up after an uncovered topic,
and topic switches that must not carry the old unit or district.
"""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401


# --- switching the district of the previous question ------------------------------------------

conv("r13t001",
     ["大兴26年的计划里，注册登记货车新能源化率35%那条谁牵头？"],
     A("_", "那门头沟呢", None, "001", "新能源化率不低于30%", "lead",
       chat=True, tags="conv district_switch ellipsis"))

conv("r13t002",
     ["门头沟 混凝土搅拌车新能源化 谁牵头"],
     A("_", "密云的呢？", None, "002", "选取1家混凝土搅拌站开展先行先试", "lead",
       chat=True, tags="conv district_switch ellipsis"))

conv("r13t003",
     ["大兴26年优良天数比率要求多少"],
     IM("_", "那密云计划里定的多少", None, "002", "优良天比率达到80%", "80%",
        chat=True, tags="conv district_switch number"))

conv("r13t004",
     ["门头沟PM2.5年均浓度目标是多少？"],
     IC("_", "顺义呢", None, "顺义区", "PM2.5年均浓度",
        chat=True, tags="conv district_switch no_plan_district indicator_table"))

conv("r13t005",
     ["大兴26年 餐饮油烟治理提升家数要求多少", "门头沟呢"],
     IC("_", "朝阳呢", None, "朝阳区", "餐饮治理提升家数",
        chat=True, tags="conv district_switch no_plan_district indicator_table"))

conv("r13t006",
     ["大兴26年 区气象局牵头的有哪些"],
     D("_", "门头沟的呢", None, "区气象局", role="lead", filter="mtg",
       chat=True, tags="conv district_switch dept_list"))

conv("r13t007",
     ["门头沟新能源车注册登记比例要求多少"],
     C("_", "跟大兴的比呢", None,
       ("001", "2026年注册登记汽车中新能源车比例达50%以上", "门头沟：2026年注册登记汽车中新能源车比例达50%以上"),
       ("000", "2026年注册登记汽车中新能源车比例达到市级要求", "大兴：2026年注册登记汽车中新能源车比例达到市级要求"),
       chat=True, tags="conv district_switch compare",
       answer="门头沟定了50%以上的具体比例，大兴只写达到市级要求。"))

# --- districts with no plan ---------------------------------------------------------------------

conv("r13t008",
     ["密云 全电工地示范 谁牵头"],
     N("_", "怀柔的呢", None, chat=True, tags="conv district_switch no_plan_district"))

conv("r13t009",
     ["这是密云区的工作群哈"],
     N("_", "私挖盗采的事归哪个部门查？", None,
       chat=True, tags="conv scope_statement not_in_plan"))

# --- switching the role / unit / year / deadline ------------------------------------------------

conv("r13t010",
     ["零排放运输车队那条谁牵头？"],
     A("_", "协办的呢", "dx26", "000", "建设零排放运输车队，至少达到3家以上", "assist",
       chat=True, tags="conv role_switch ellipsis"))

conv("r13t011",
     ["百花山管理处牵头的有哪些"],
     D("_", "它当责任单位的呢", "mtg", "百花山管理处", role="responsible",
       chat=True, tags="conv role_switch dept_list"))

conv("r13t012",
     ["今年的计划里 烟花爆竹那条谁牵头"],
     A("_", "21年那版呢", "dx", "004", "全年禁止销售、燃放烟花爆竹", "lead",
       chat=True, tags="conv year_switch ellipsis"))

conv("r13t013",
     ["大兴今年重点建设用地安全利用率要求多少"],
     IM("_", "21年那会儿定的多少", "dx", "004", "全区污染地块安全利用率达到92%", "92%",
        chat=True, tags="conv year_switch number"))

conv("r13t014",
     ["区发改委牵头的 年底前要完成的有哪些"],
     DL("_", "持续推进的呢", "dx26", {"op": "equals", "value": "持续推进"},
        unit="区发展改革委", role="lead", chat=True, tags="conv deadline_switch"))

conv("r13t015",
     ["区水务局牵头的里面 长期实施的有哪些"],
     DL("_", "年底前的呢", "mtg", {"op": "equals", "value": "年底前"},
        unit="区水务局", role="lead", chat=True, tags="conv deadline_switch"))

conv("r13t016",
     ["门头沟 6月底前要完成的有哪些"],
     DL("_", "那10月底之前要完的呢", "mtg", {"op": "due_on_or_before", "value": "2026-10-31"},
        chat=True, tags="conv deadline_switch date_rule"))

conv("r13t017",
     ["市里计划 重点点位固定设备噪声治理要做多少项"],
     IM("_", "公共场所的呢", "bj", "003", "重点点位公共场所噪声治理", "29",
        chat=True, tags="conv sibling_switch number"))

conv("r13t018",
     ["本群是门头沟的", "清水镇PM2.5目标值多少"],
     IC("_", "斋堂呢", None, "斋堂镇", "2026年PM2.5目标值",
        chat=True, tags="conv scope_statement town_switch indicator_table"))

# --- an item of the list just given -------------------------------------------------------------

conv("r13t019",
     ["区规自分局牵头的有哪些"],
     item("_", "第2个责任单位是谁", "mtg",
          D("_l", "区规自分局牵头的有哪些", "mtg", "区规自分局", role="lead"), 2, "responsible",
          tags="conv"))

conv("r13t020",
     ["区教委牵头的有哪些？"],
     item("_", "最后一条啥时候完成", "dx26",
          D("_l", "区教委牵头的有哪些？", "dx26", "区教委", role="lead"), 4, "deadline",
          tags="conv last_item"))

conv("r13t021",
     ["市里计划 市园林绿化局牵头的有哪些"],
     item("_", "第二条主责单位是哪些", "bj",
          D("_l", "市里计划 市园林绿化局牵头的有哪些", "bj", "市园林绿化局", role="lead"), 2,
          "responsible", tags="conv"))

conv("r13t022",
     ["21年计划里 区园林绿化局牵头的有哪些"],
     item("_", "第3条什么时候完成", "dx21",
          D("_l", "21年计划里 区园林绿化局牵头的有哪些", "dx21", "区园林绿化局", role="lead"), 3,
          "deadline", tags="conv"))

conv("r13t023",
     ["21年计划里区卫健委牵头的有哪几条"],
     item("_", "第2个谁配合", "dx21",
          D("_l", "21年计划里区卫健委牵头的有哪几条", "dx21", "区卫生健康委", role="lead"), 2,
          "assist", tags="conv"))

# --- another field of the measure just answered --------------------------------------------------

conv("r13t024",
     ["密云园地绿色防治技术推广要完成多少亩"],
     A("_", "这个谁协办", "my", "002", "完成园地绿色防治技术推广0.05万亩", "assist",
       chat=True, tags="conv other_field"))

conv("r13t025",
     ["@机器人 密云 燃煤付烧 归谁管"],
     A("_", "协办有哪几家", "my", "002", "全面强化农村燃煤复烧监管", "assist",
       chat=True, tags="conv other_field typo"))

conv("r13t026",
     ["市里计划里 推动出台北京城市副中心条例 谁牵头"],
     A("_", "啥时候要完成", "bj", "003", "推动出台北京城市副中心条例", "deadline",
       chat=True, tags="conv other_field"))

conv("r13t027",
     ["21年 生物医药基地危废收集转运设施那条谁牵头"],
     A("_", "协办单位呢", "dx21", "004", "建成投运大兴生物医药基地危险废物收集转运设施", "assist",
       chat=True, tags="conv other_field"))

conv("r13t028",
     ["大兴21年 清洁取暖设备运维那条谁牵头", "协办呢"],
     A("_", "啥时候截止", "dx21", "004", "健全清洁取暖设备运维服务机制", "deadline",
       chat=True, tags="conv other_field"))

conv("r13t029",
     ["@机器人 门头沟 温拌沥青比例不低于多少"],
     A("_", "这条谁牵头 责任单位是谁", "mtg", "001", "温拌沥青使用比例不低于15%",
       ["lead", "responsible"], chat=True, tags="conv other_field multi_field"))

conv("r13t030",
     ["密云对入河排污口检查比例有要求吗"],
     IM("_", "那污水处理率呢", "my", "002", "全区污水处理率保持94%以上", "94%",
        chat=True, tags="conv sibling_switch number"))

conv("r13t031",
     ["大兴噪声治理今年要做哪些"],
     T("_", "公园里跳广场舞那种噪声咋管", "dx26", "000", "系统推进公园娱乐、健身等活动噪声治理",
       chat=True, tags="conv narrowing everyday_words",
       answer="系统推进公园娱乐、健身等活动噪声治理，指导公园管理单位落实主体责任（区园林绿化局、区公安分局、区园林服务中心牵头，区生态环境局协办）。"))

# --- a group or person stating its scope first ---------------------------------------------------

conv("r13t032",
     ["本群是门头沟的"],
     IM("_", "建成区海绵城市达标面积比例目标多少", None, "001", "建成区海绵城市达标面积比例达到44%",
        "44%", chat=True, tags="conv scope_statement number"))

conv("r13t033",
     ["我是密云区水务局的"],
     DL("_", "我们主责的里面长期实施的有哪些", None, {"op": "equals", "value": "长期实施"},
        unit="区水务局", role="responsible", filter="my", chat=True, tags="conv scope_statement role_statement"))

conv("r13t034",
     ["我是区水务局的"],
     D("_", "我们协办的有哪些", "dx26", "区水务局", role="assist",
       chat=True, tags="conv role_statement dept_list"))

# --- after an uncovered topic; topic switches that must not carry old slots --------------------

conv("r13t035",
     ["门头沟对电动自行车进楼充电有啥要求没"],
     N("_", "那密云呢", None, chat=True, tags="conv not_in_plan district_switch"))

conv("r13t036",
     ["大兴有没有规定新建小区充电桩配比", "那算了"],
     IM("_", "问下秸秆综合利用率要求多少", "dx26", "000", "综合利用率稳定保持在99%以上", "99%",
        chat=True, tags="conv after_none topic_switch number"))

conv("r13t037",
     ["区水务局牵头的有哪些"],
     A("_", "私挖盗采谁来查", "mtg", "001", "严厉打击和查处私挖盗采活动", "lead",
       chat=True, tags="conv topic_switch no_carry"))
