"""Round-15 sealed batch (r15s): written from the five bundled plans only, by someone who read no
bot code, ran no bot and read no other sealed question (the format was taken from specs.py's
helpers and two ordinary batches, specs_r14_lists.py and specs_r14_conv.py).  The mix of the
unseen sets: about 40 questions in staff's chat wording (abbreviations, a typo or homophone,
everyday words, @机器人, full-width marks, English), about 17 in the plans' own wording and 18
short follow-up conversations scored on their last turn; every type, about 12 that the plans do
not answer (a district with no plan, an edition or a plan that does not say it, off-topic)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

BY = lambda d: {"op": "due_on_or_before", "value": d}  # noqa: E731
EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731
NONE_WRITTEN = {"op": "none_written"}

# =========================================================================== chat wording
# --- topic
T("r15s001", "@机器人 大兴干洗店那种四氯乙烯干洗机要换吗", "dx26", "000", "开启式和普通封闭式四氯乙烯干洗机",
  chat=True, tags="mention everyday_words")
T("r15s002", "门头沟 渣土车溯源追查用啥系统", "mtg", "001", "空天地一体化生态环境保护监测预警系统",
  chat=True, tags="colloquial")
T("r15s003", "密云水源井周边30米有啥要求？", "my", "002", "确保水源井周边30米范围内无污水", chat=True,
  tags="fullwidth colloquial")
T("r15s004", "市里宁静小区咋建", "bj", "003", "开展宁静小区建设", chat=True, tags="colloquial city")
T("r15s005", "21年 上坟烧纸那块咋要求的", "dx21", "004", "倡导文明、低碳、绿色祭祀", chat=True,
  tags="year_short everyday_words")
T("r15s006", "门头沟 家里过期药回收有安排没", "mtg", "001", "研究推动居民家庭废药品回收", chat=True,
  tags="everyday_words")
T("r15s007", "密云 中央厨房油烟净化器要换吗", "my", "002", "中央厨房类餐饮单位的老旧油烟净化装置", chat=True,
  tags="everyday_words")
T("r15s008", "21年大兴 黑臭水体水质多久测一回", "dx21", "004", "第二、三季度每月开展黑臭水体水质监测", chat=True,
  tags="year_short colloquial")
T("r15s009", "Is Mentougou applying for a world biosphere reserve?", "mtg", "001", "有序推进世界生物圈保护区申报",
  chat=True, tags="english")

# --- attribute
A("r15s010", "密云 摩托车管理方案 谁牵头", "my", "002", "研究摩托车管理工作方案", "lead", chat=True)
A("r15s011", "大兴 永定河卢梁段收尾 啥时候完", "dx26", "000", "永定河卢梁段综合提升工程收尾工作", "deadline",
  chat=True, tags="colloquial")
A("r15s012", "门头沟付家台村园地修复 责任单位有谁", "mtg", "001", "雁翅镇付家台村园地土壤污染修复", "responsible",
  chat=True)
A("r15s013", "21年 凤河长子营段再生水补河那个试点 谁牵头", "dx21", "004", "推进再生水补给河道生态修复", "lead",
  chat=True, tags="year_short everyday_words")
A("r15s014", "市里 危废点对点利用试点 谁牵头", "bj", "003", "促进危险废物资源化利用", "lead", chat=True,
  tags="abbrev city")
A("r15s015", "密云全电工地那个 协办单位有哪些", "my", "002", "建设1个“全电工地”示范", "assist", chat=True)
A("r15s016", "大兴 京南物流园清洁运输 谁牵头？", "dx26", "000", "京南物流园区推进大宗货物清洁运输", "lead",
  chat=True, tags="abbrev fullwidth")

# --- unit lists
D("r15s017", "门头沟 百花山管理处牵头的有哪些", "mtg", "百花山管理处", "lead", chat=True)
D("r15s018", "大兴卫建委牵头啥", "dx26", "区卫生健康委", "lead", chat=True, tags="abbrev homophone typo")
D("r15s019", "市里 教委牵头的有几条", "bj", "市教委", "lead", chat=True, tags="abbrev count city")
D("r15s020", "Which measures does the Miyun water bureau lead?", "my", "区水务局", "lead", chat=True, tags="english")

# --- deadline lists
DL("r15s021", "大兴 10月底要交的有哪些", "dx26", EQ("10月底"), chat=True, tags="colloquial")
DL("r15s022", "密云水务局牵头 长期实施的", "my", EQ("长期实施"), unit="区水务局", role="lead", chat=True,
   tags="abbrev")
DL("r15s023", "市里 10月底前要弄完的", "bj", BY("2026-10-31"), chat=True, tags="colloquial city")
DL("r15s024", "21年那个方案 没写完成时间的有哪些", "dx21", NONE_WRITTEN, chat=True,
   tags="year_short deadline_phrase colloquial")

# --- indicator
IC("r15s025", "怀柔pm2.5目标多少", None, "怀柔区", "PM2.5年均浓度", chat=True, tags="abbrev lowercase")
IC("r15s026", "雁翅 PM2.5 今年目标是几", "mtg", "雁翅镇", "2026年PM2.5目标值", chat=True, tags="abbrev")
IM("r15s027", "密云 马路机扫率要到多少", "my", "002", "城市道路车行道机械化作业率达到97.5%", "97.5%", chat=True,
   tags="everyday_words abbrev")
IM("r15s028", "大兴 今年便民回收点要布多少个小区", "dx26", "000", "完成300个小区（村）便民回收渠道布局", "300个",
   chat=True, tags="colloquial")
IM("r15s029", "Mentougou renewable heating area share target?", "mtg", "001", "全区可再生能源供热面积占比达2%以上",
   "2%", chat=True, tags="english")

# --- compare
C("r15s030", "农村环境整治 大兴和门头沟今年各弄几个村", None,
  ("000", "完成14个村庄的农村环境整治任务", "大兴：14个村庄"),
  ("001", "新增完成2个行政村环境整治", "门头沟：新增2个行政村"), chat=True, tags="measure_target colloquial")
C("r15s031", "海绵城市达标面积比例 门头沟跟大兴一样吗", None,
  ("000", "海绵城市达标面积比例达到市级目标要求", "大兴：达到市级目标要求"),
  ("001", "建成区海绵城市达标面积比例达到44%", "门头沟：44%"), chat=True, tags="measure_target")
C("r15s032", "污水处理率 21年大兴和今年密云各要多少", None,
  ("004", "污水处理率达到92.5%以上", "大兴2021年：92.5%以上"),
  ("002", "全区污水处理率保持94%以上", "密云2026年：94%以上"), chat=True, tags="measure_target year_compare")
C("r15s033", "延庆跟平谷 pm2.5目标差几个", None, ("cell", "延庆区", "PM2.5年均浓度"),
  ("cell", "平谷区", "PM2.5年均浓度"), chat=True, tags="difference abbrev")

# --- nothing to find
N("r15s034", "通州城管委牵头的有啥", None, chat=True, tags="no_plan_place abbrev")
N("r15s035", "大兴 电动自行车充电桩有安排吗", "dx26", chat=True, tags="not_in_plan")
N("r15s036", "门头沟 光污染咋管", "mtg", chat=True, tags="not_in_plan")
N("r15s037", "密云 臭氧浓度今年目标多少", "my", chat=True, tags="not_in_plan")
N("r15s038", "@机器人 明天下午几点开会", None, chat=True, tags="offtopic mention")
N("r15s039", "21年大兴 噪声扰民咋管", "dx21", chat=True, tags="not_in_plan year_short")
N("r15s040", "What is Haidian's plan for construction dust control?", None, chat=True, tags="english no_plan_place")

# =========================================================================== plan wording
T("r15s041", "推广农村生活污水生态治理模式在哪些镇推进工程建设？", "dx21", "004", "推广农村生活污水生态治理模式")
T("r15s042", "高山综合背景站建设如何安排？", "mtg", "001", "配合市级部门推进高山综合背景站建设")
T("r15s043", "京密引水渠、潮河等水体的美丽幸福河湖建设有什么要求？", "my", "002", "京密引水渠、潮河等水体")
T("r15s044", "片区化推进美丽乡村建设如何选择乡镇？", "bj", "003", "在全市范围内优中选优")
A("r15s045", "编制安定垃圾填埋场地下水调查评估报告的协办单位有哪些？", "dx26", "000",
  "编制安定垃圾填埋场地下水调查评估报告", "assist")
A("r15s046", "推进0.5万亩高标准农田建设的主责单位有哪些？", "my", "002", "推进0.5万亩高标准农田建设", "responsible")
A("r15s047", "开展“无废乡村”“无废学校”等典型样板建设的责任单位有哪些？", "mtg", "001", "“无废学校”等典型样板建设",
  "responsible")
A("r15s048", "推动出台北京城市副中心条例的完成时限是什么？", "bj", "003", "推动出台北京城市副中心条例", "deadline")
A("r15s049", "建成投运大兴生物医药基地危险废物收集转运设施由哪个单位牵头？", "dx21", "004",
  "大兴生物医药基地危险废物收集转运设施", "lead")
D("r15s050", "密云区2026年行动计划中中关村密云园作为牵头部门的措施有哪些？", "my", "中关村密云园", "lead")
D("r15s051", "门头沟区2026年行动计划中区重大项目中心牵头的措施有哪些？", "mtg", "区重大项目中心", "lead")
DL("r15s052", "大兴区2021年行动计划中完成时限为2021年9月30日的措施有哪些？", "dx21", EQ("2021年9月30日"))
DL("r15s053", "北京市2026年行动计划中市生态环境局牵头、完成时限为长期实施的措施有哪些？", "bj", EQ("长期实施"),
   unit="市生态环境局", role="lead")
IM("r15s054", "门头沟区新增绿色汽修企业不少于多少家？", "mtg", "001", "新增绿色汽修企业不少于2家", "2家")
C("r15s055", "城镇供水管网漏损率，大兴区、门头沟区、密云区分别要求控制在多少？", None,
  ("000", "城镇供水管网漏损率保持在8%以内", "大兴：8%以内"),
  ("001", "城镇供水管网漏损率稳定控制在8%以下", "门头沟：8%以下"),
  ("002", "城镇供水管网漏损率保持在8%以内", "密云：8%以内"), tags="measure_target")
N("r15s056", "顺义区2026年行动计划中区园林绿化局牵头的措施有哪些？", None, tags="no_plan_place")
N("r15s057", "大兴区2021年行动计划中碳排放强度下降目标是多少？", "dx21", tags="not_in_plan no_plan_edition")

# =========================================================================== follow-up conversations
# (chats carry no scope: what the bot knows comes from the turns)
conv("r15s058", ["大兴 医院输液瓶回收谁牵头"],
     N("r15s058x", "那密云呢", chat=True, tags="follow_up place not_in_plan"))
conv("r15s059", ["密云 重污染天数控制在几天"],
     IM("r15s059x", "那大兴呢", None, "000", "重污染天不超过3天", "3天", chat=True, tags="follow_up place"))
conv("r15s060", ["门头沟 公安分局牵头的有哪些"],
     D("r15s060x", "密云的呢", None, "区公安分局", "lead", chat=True, tags="follow_up place", filter="my"))
conv("r15s061", ["大兴今年入河排污口咋管"],
     T("r15s061x", "21年的呢", None, "004", "基本实现入河排污口动态清零", "004", "将全区入河排口数据接入市级平台",
       chat=True, tags="follow_up year year_short"))
conv("r15s062", ["密云农业农村局牵头的有哪些"],
     item("r15s062x", "第2项谁协办", None, D("r15s062y", "", "my", "区农业农村局", "lead"), 2, "assist",
          tags="follow_up"))
conv("r15s063", ["本群是密云区的"],
     IM("r15s063x", "扬尘负荷差等级道路比例 不超过多少", None, "002", "全区差等级道路数量比例不超过2%", "2%",
        chat=True, tags="follow_up group_scope"))
conv("r15s064", ["本群是门头沟区的", "我是城管委的"],
     DL("r15s064x", "我们牵头的 年底前要完成哪些", None, BY("2026-12-31"), unit="区城管委", role="lead", chat=True,
        tags="follow_up group_scope me", filter="mtg"))
conv("r15s065", ["门头沟 永定河饮用水水源地日常巡查"],
     A("r15s065x", "这条什么时候完成", None, "001", "开展永定河饮用水水源地环境状况日常巡查", "deadline", chat=True,
       tags="follow_up this"))
conv("r15s066", ["大兴 零排放运输车队要建几家"],
     IM("r15s066x", "门头沟呢", None, "001", "累计推广建立零排放车队不少于3家", "3家", chat=True,
        tags="follow_up place"))
conv("r15s067", ["大兴生态环境局牵头的有哪些"],
     D("r15s067x", "更多", None, "区生态环境局", "lead", chat=True, tags="follow_up more", filter="dx26"))
conv("r15s068", ["21年大兴 海绵城市建设目标多少"],
     A("r15s068x", "谁牵头", None, "004", "推进海绵城市建设", "lead", chat=True, tags="follow_up this year_short"))
conv("r15s069", ["What about Miyun's PM2.5 target?"],
     IM("r15s069x", "and Daxing?", None, "000", "PM2.5年均浓度不高于30微克", "30", chat=True,
        tags="follow_up place english"))
conv("r15s070", ["门头沟 饭馆油烟治理 涉及哪些镇"],
     A("r15s070x", "那密云的谁协办", None, "002", "继续推行餐饮油烟重点点位包案机制", "assist", chat=True,
       tags="follow_up place everyday_words"))
conv("r15s071", ["大兴 生态保育小区今年建几处"],
     N("r15s071x", "密云呢", chat=True, tags="follow_up place not_in_plan"))
conv("r15s072", ["门头沟 优良天数比率目标多少"],
     IC("r15s072x", "通州区的呢", None, "通州区", "优良天数比率", chat=True, tags="follow_up place table_only_place"))
conv("r15s073", ["市里 秸秆露天焚烧谁牵头"],
     A("r15s073x", "门头沟的呢", None, "001", "严格秸秆露天焚烧监管", "lead", chat=True, tags="follow_up place"))
conv("r15s074", ["大兴 秸秆露天焚烧谁管"],
     N("r15s074x", "那21年的呢", chat=True, tags="follow_up year not_in_plan"))
conv("r15s075", ["本群是大兴区的"],
     T("r15s075x", "21年那个计划里 VOCs走航监测咋弄的", None, "004", "利用VOCs走航监测技术对重点区域全面摸排",
       chat=True, tags="follow_up group_scope year_short"))
