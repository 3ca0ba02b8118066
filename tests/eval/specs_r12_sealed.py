"""Round-12 sealed batch: phone/group-chat style questions over all five plans (written from the plans only)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv

# ---------------------------------------------------------------- topic
T("r12s001", "@机器人 大兴公园里的割草机、绿篱机这些要换成电动的吗？", "dx26",
  "000", "区属公园使用的草坪机", chat=True, tags="synonym mention",
  answer="区属公园使用的草坪机、割灌机、绿篱机、油锯等园林机械基本实现新能源化。")
T("r12s002", "工地上的挖机铲车进出场要在哪个小程序上登记", "dx26",
  "000", "小程序上进行进出场登记", chat=True, tags="synonym",
  answer="督促施工单位对进出工程施工现场的非道路移动机械在“京环宝”小程序上进行进出场登记。")
T("r12s003", "大兴跟廊坊那边有啥合作没", "dx26",
  "000", "大兴区、廊坊市联合开展污染防治", chat=True, tags="short",
  answer="大兴区、廊坊市联合开展污染防治、绿色低碳等工程建设，推动基础设施互联互通。")
T("r12s004", "写字楼那边外卖盒子、快递盒回收有要求没？", "dx26",
  "000", "持续开展快递包装、外卖餐盒回收", chat=True, tags="synonym",
  answer="在写字楼、产业园区等快递、外卖数量较多区域，持续开展快递包装、外卖餐盒回收。")
T("r12s005", "大兴区2026年如何推进宁静小区建设？", "dx26",
  "000", "探索开展宁静小区建设", tags="plan_words",
  answer="指导基层自治组织劝阻、调解社会生活噪声扰民行为，探索开展宁静小区建设。")
T("r12s006", "灵山那块草甸谁来管护 @机器人", "mtg",
  "001", "围绕灵山交界区域建立林草联动保护监管机制", chat=True, tags="mention synonym",
  answer="加强京冀跨区域协同治理，围绕灵山交界区域建立林草联动保护监管机制，统筹推进区域草甸管控与保育（区园林绿化局牵头）。")
T("r12s007", "门头沟区2026年对百花山葡萄开展哪些工作？", "mtg",
  "001", "开展百花山葡萄野外回归", tags="plan_words",
  answer="开展百花山葡萄野外回归及种质资源潜力分析，提升极小种群保育水平。")
T("r12s008", "雁翅付家台村那个果园土壤修复有安排没", "mtg",
  "001", "推进实施雁翅镇付家台村园地土壤污染修复", chat=True, tags="synonym abbreviation",
  answer="鼓励绿色低碳修复，推进实施雁翅镇付家台村园地土壤污染修复。")
T("r12s009", "门头沟区如何与延庆区、张家口市协同保护官厅水库？", "mtg",
  "001", "共同保护官厅水库", tags="plan_words",
  answer="落实永定河流域官厅水库“两区一市”框架协议，深化与延庆区、张家口市等交界地区协同联动，共同保护官厅水库。")
T("r12s010", "网上有人发帖说环境问题、还没打热线的，区里会主动管吗", "mtg",
  "001", "试行开展未诉先办", chat=True, tags="everyday_words",
  answer="试行开展未诉先办，积极关注社交互动类互联网平台关于本区域生态环境领域的诉求并研究处理。")
T("r12s011", "蜜云水库总氮的来源分析谁在做？", "my",
  "002", "密云水库流域总氮溯源解析", chat=True, tags="homophone",
  answer="配合市级部门持续开展密云水库流域总氮溯源解析（区水务局、区生态环境局牵头）。")
T("r12s012", "开大会期间渣土车不按要求减排的，咋处理", "my",
  "002", "采取计分、约谈等手段", chat=True, tags="everyday_words",
  answer="针对重要会议和活动期间未按要求减排的企业和个人，采取计分、约谈等手段，督促淘汰更新老旧渣土车。")
T("r12s013", "农村又偷偷烧煤的问题，密云咋管？", "my",
  "002", "全面强化农村燃煤复烧监管", chat=True, tags="everyday_words",
  answer="巩固基本“无煤化”成果，全面强化农村燃煤复烧监管，严防燃煤复烧。")
T("r12s014", "密云区对非标地膜有什么规定？", "my",
  "002", "严禁非标地膜入市下田", tags="plan_words",
  answer="推动源头管控和减量，加强地膜科学使用和管理，严禁非标地膜入市下田。")
T("r12s015", "CCER交易机构这块市里有啥安排", "bj",
  "003", "高标准保障全国温室气体自愿减排交易", chat=True, tags="english",
  answer="高标准保障全国温室气体自愿减排交易（CCER）机构运行，与河北雄安新区合作开展CCER交易服务相关业务。")
T("r12s016", "北京市2026年对原东方化工厂地块有什么安排？", "bj",
  "003", "加强原东方化工厂地块绿色防控", tags="plan_words",
  answer="加强原东方化工厂地块绿色防控，探索“自然恢复+人工修复”实现路径（通州区政府牵头）。")
T("r12s017", "大兴区2021年对国三排放标准汽油车有什么政策？", "dx21",
  "004", "继续实施国三排放标准汽油车淘汰更新补助政策", tags="plan_words",
  answer="继续实施国三排放标准汽油车淘汰更新补助政策，加大淘汰力度（区生态环境局牵头）。")
T("r12s018", "小龙河 旱河那俩河21年要达到啥要求", "dx21",
  "004", "消除小龙河、旱河等劣Ⅴ类水体", chat=True, tags="short",
  answer="消除小龙河、旱河等劣Ⅴ类水体（区水务局牵头）。")
T("r12s019", "2021年大兴区计划利用什么系统动态捕捉重点区域周边的污染源？", "dx21",
  "004", "利用高空瞭望系统", tags="plan_words",
  answer="利用高空瞭望系统，实现对重点区域周边固定污染源、移动污染源动态捕捉，开展专项执法。")
T("r12s020", "学校大喇叭广播太吵，这事各个计划里咋说的？", None,
  "000", "强化校园广播噪声扰民问题处置统筹力度",
  "001", "强化校园广播噪声扰民问题处置统筹力度",
  "003", "强化校园广播噪声扰民问题处置统筹力度", chat=True, tags="everyday_words multi_plan",
  answer="大兴、门头沟和北京市计划都要求强化校园广播噪声扰民问题处置统筹力度，指导中小学校、幼儿园依托定向扬声技术减少噪声扰民。")

# ------------------------------------------------------------ attribute
A("r12s021", "京南物流园清洁运输40%那条 谁牵头？", "dx26",
  "000", "京南物流园区推进大宗货物清洁运输", "lead", chat=True, tags="abbreviation")
A("r12s022", "大兴定明年补短板村庄名单，deadline是啥时候", "dx26",
  "000", "确定下一年度重点村庄补短板任务", "deadline", chat=True, tags="english everyday_words")
A("r12s023", "大兴区2026年汛期前清掏雨水管涵的措施，完成时限和牵头单位分别是什么？", "dx26",
  "000", "汛期前对雨水管涵", ["deadline", "lead"], tags="multi_field plan_words")
A("r12s024", "雁翅镇段水生态修复项目，责任单位有哪些", "mtg",
  "001", "完成永定河流域雁翅镇段水生态系统修复项目", "responsible", chat=True, tags="short")
A("r12s025", "无废学校、无废乡村样板那条，负责的单位都有谁？", "mtg",
  "001", "等典型样板建设", "responsible", chat=True, tags="everyday_words")
A("r12s026", "美丽乡村自查自评报告那条，完成时限写的啥？", "mtg",
  "001", "11月底前提交年度自查自评报告", "deadline", chat=True, tags="deadline_vs_text")
A("r12s027", "北庄镇污水厂进水BOD5偏低那个事啥时候完成", "my",
  "002", "针对密云区北庄镇污水处理厂", "deadline", chat=True, tags="english synonym")
A("r12s028", "密云耕地园地和农产品协同监测，主责单位是哪些？", "my",
  "002", "落实重点耕地、园地土壤和食用农产品", "responsible", chat=True, tags="full_width")
A("r12s029", "副中心条例谁牵头、啥时候出台？", "bj",
  "003", "推动出台北京城市副中心条例", ["lead", "deadline"], chat=True, tags="multi_field short")
A("r12s030", "2021年大兴区倡导文明、低碳、绿色祭祀的协办单位是哪些？", "dx21",
  "004", "倡导文明、低碳、绿色祭祀", "assist", tags="plan_words")
A("r12s031", "21年防散煤复烧那条，最后期限是哪天？", "dx21",
  "004", "严防散煤复烧", "deadline", chat=True, tags="everyday_words")

# ------------------------------------------------------------ dept_list
D("r12s032", "区气象局在大兴计划里有哪些任务", "dx26", "区气象局", chat=True, tags="unit")
D("r12s033", "21年邮政局要干啥？列一下", "dx21", "区邮政局", chat=True, tags="short")
D("r12s034", "密云水库综合执法大队参与了哪些工作措施？", "my", "密云水库综合执法大队", tags="plan_words")
D("r12s035", "北京市计划中，市教委牵头哪些任务？", "bj", "市教委", role="lead", tags="plan_words")
D("r12s036", "机关事务中心在这几个计划里都有哪些活？", None, "区机关事务中心", chat=True,
  tags="all_plans alias")
D("r12s037", "门头沟城管执法局牵头的有几项", "mtg", "区城管执法局", role="lead", chat=True,
  tags="abbreviation")
D("r12s038", "卫健委牵头的，大兴今年有哪些？", "dx26", "区卫生健康委", role="lead", chat=True,
  tags="abbreviation")

# -------------------------------------------------------- deadline_list
DL("r12s039", "21年完成时限不到年底的都有那些？", "dx21",
   {"op": "due_before", "value": "2021-12-31"}, chat=True, tags="homophone")
DL("r12s040", "门头沟10月底之前要完成的有哪些", "mtg",
   {"op": "due_on_or_before", "value": "2026-10-31"}, chat=True, tags="date_rule")
DL("r12s041", "大兴区2026年由区生态环境局牵头、完成时限为“持续推进”的措施有哪些？", "dx26",
   {"op": "equals", "value": "持续推进"}, unit="区生态环境局", role="lead", tags="plan_words unit")
DL("r12s042", "密云 水务局参与的、长期实施的活有哪些", "my",
   {"op": "equals", "value": "长期实施"}, unit="区水务局", chat=True, tags="abbreviation unit")
DL("r12s043", "哪些措施时限写的是6-9月？", None,
   {"op": "equals", "value": "6-9月"}, chat=True, tags="all_plans")
DL("r12s044", "大兴区2026年行动计划中未写明完成时限的措施有哪些？", "dx26",
   {"op": "none_written"}, tags="plan_words")

# ------------------------------------------------------------ indicator
IC("r12s045", "怀柔区今年PM2.5目标多少 市里下达的", None, "怀柔区", "PM2.5年均浓度",
   chat=True, tags="english table")
IC("r12s046", "朝阳区餐饮治理要提升多少家？", None, "朝阳区", "餐饮治理提升家数",
   chat=True, tags="table district_without_plan")
IM("r12s047", "大兴区2026年累计环保绩效A、B级锅炉使用单位要达到多少家？", "dx26",
   "000", "累计环保绩效A、B级锅炉使用单位达到75家", "75", tags="plan_words")
IM("r12s048", "三家店断面生态水量一年要多少方", "mtg",
   "001", "永定河三家店断面生态水量", "2300", chat=True, tags="everyday_words unit_conversion")
IM("r12s049", "21年大兴降尘量控制在多少以内", "dx21",
   "004", "本区降尘量力争控制在5.1吨", "5.1", chat=True, tags="short")
IM("r12s050", "密云区污水处理率要保持在多少以上？", "my",
   "002", "全区污水处理率保持94%以上", "94", tags="plan_words")

# -------------------------------------------------------------- compare
C("r12s051", "绿色企业比例，大兴、门头沟、密云各要求多少？", None,
  ("000", "累计绿色企业比率达到35%", "大兴累计绿色企业比率达到35%"),
  ("001", "全区绿色企业比率平均不低于55%", "门头沟全区绿色企业比率平均不低于55%"),
  ("002", "绿色企业比率不低于35%", "密云绿色企业比率不低于35%"),
  chat=True, tags="three_plans",
  answer="大兴累计达到35%，门头沟平均不低于55%，密云不低于35%。")
C("r12s052", "21年和26年大兴PM2.5目标有啥不一样", "dx",
  ("004", "细颗粒物（PM2.5）浓度、重污染天数继续下降", "2021年只要求PM2.5浓度继续下降，没有具体数值"),
  ("000", "全区PM2.5年均浓度不高于30微克/立方米", "2026年全区PM2.5年均浓度不高于30微克/立方米"),
  chat=True, tags="years english",
  answer="2021年要求PM2.5浓度继续下降；2026年要求全区PM2.5年均浓度不高于30微克/立方米。")
C("r12s053", "附件4里门头沟跟大兴的PM2.5目标差几个？", "mtg",
  ("cell", "门头沟区", "PM2.5年均浓度"), ("cell", "大兴区", "PM2.5年均浓度"),
  chat=True, tags="difference table")
C("r12s054", "门头沟区、密云区和大兴区2026年计划中，进水BOD5浓度低于100毫克/升的问题分别点了哪些水厂？", None,
  ("000", "长子营再生水厂", "大兴：长子营、青云店、西红门第二、永兴河第二、天堂河再生水厂"),
  ("001", "军庄镇再生水厂进水BOD5", "门头沟：军庄镇再生水厂"),
  ("002", "北庄镇污水处理厂等9座", "密云：北庄镇污水处理厂等9座"),
  tags="three_plans plan_words",
  answer="大兴点了长子营、青云店等5座再生水厂，门头沟点了军庄镇再生水厂，密云点了北庄镇污水处理厂等9座。")
S("r12s055", "附件5里哪个镇街PM2.5目标最低？", "mtg", "2026年PM2.5目标值", "min",
  chat=True, tags="table")
C("r12s056", "大兴和门头沟、密云的城市道路机扫率要求一样吗", None,
  ("000", "城市道路车行道机械化作业率达到97.5%", "大兴97.5%"),
  ("001", "城市道路车行道机械化作业率达到97.5%", "门头沟97.5%"),
  ("002", "城市道路车行道机械化作业率达到97.5%", "密云97.5%"),
  chat=True, tags="same_value abbreviation",
  answer="一样，三个计划都要求城市道路车行道机械化作业率达到97.5%。")

# ----------------------------------------------------------------- none
N("r12s057", "海淀区的扬尘治理有啥措施", None, chat=True, tags="district_without_plan")
N("r12s058", "大兴生态环境局局长叫啥？", "dx26", chat=True, tags="person")
N("r12s059", "门头沟生态环境局电话多少 急！", "mtg", chat=True, tags="phone")
N("r12s060", "密云2021年的行动计划有啥内容", None, chat=True, tags="near_miss year")
N("r12s061", "买新能源小汽车每辆补贴多少钱？", "dx26", chat=True, tags="near_miss amount")
N("r12s062", "密云碳排放强度今年降多少", "my", chat=True, tags="near_miss")
N("r12s063", "北京市2026年全市PM2.5年均浓度目标是多少？", "bj", tags="near_miss plan_words")
N("r12s064", "朝阳区住建委牵头的扬尘任务有哪些", None, chat=True, tags="district_without_plan abbreviation")
N("r12s065", "今天北京限行尾号是多少", None, chat=True, tags="off_topic")
N("r12s066", "大兴电动自行车充电桩建设有啥安排？", "dx26", chat=True, tags="near_miss")
N("r12s067", "门头沟区2026年计划对违规燃放烟花爆竹的罚款金额是多少？", "mtg",
  tags="near_miss plan_words amount")
N("r12s068", "21年大兴垃圾分类达标率目标多少", "dx21", chat=True, tags="near_miss")
N("r12s069", "市里今年的环保督察啥时候来？", "bj", chat=True, tags="near_miss date")

# ----------------------------------------------------- follow-up conversations
conv("r12s070", ["大兴今年零排放运输车队要建几家？"],
     IM("_", "那门头沟呢", None, "001", "累计推广建立零排放车队不少于3家", "3",
        chat=True, tags="followup issuer_switch"))
conv("r12s071", ["大兴清管行动啥时候完成"],
     A("_", "21年的呢", "dx", "004", "科学制定清管方案", "deadline",
       chat=True, tags="followup year_switch"))
conv("r12s072", ["我是百花山管理处的"],
     D("_", "我们牵头的活都有哪些？", "mtg", "百花山管理处", role="lead",
       chat=True, tags="followup self_unit"))
conv("r12s073", ["密云全电工地示范谁牵头？"],
     A("_", "主责单位呢", "my", "002", "建设1个“全电工地”示范", "responsible",
       chat=True, tags="followup field_switch"))
conv("r12s074", ["斋堂镇pm2.5今年目标多少"],
     IC("_", "清水镇呢？", "mtg", "清水镇", "2026年PM2.5目标值",
        chat=True, tags="followup table"))
conv("r12s075", ["市里跨省零排放货运通道建设谁牵头"],
     A("_", "那大兴呢", None, "000", "积极推进跨省零排放货运通道建设", "lead",
       chat=True, tags="followup issuer_switch"))
conv("r12s076", ["门头沟有没有提锅炉创A的事"],
     T("_", "密云呢？", None, "002", "提前开展锅炉“创A”项目储备", chat=True,
       tags="followup issuer_switch",
       answer="密云按照全市统一部署，积极谋划、科学设计，提前开展锅炉“创A”项目储备。"))
conv("r12s077", ["我是区水务局的"],
     DL("_", "我们哪些活6月底前就得干完？", "dx26",
        {"op": "due_on_or_before", "value": "2026-06-30"}, unit="区水务局",
        chat=True, tags="followup self_unit"))
conv("r12s078", ["21年区科委有哪些任务？"],
     item("_", "第2项谁配合？", "dx21",
          D("_", "21年区科委有哪些任务？", "dx21", "区科委", chat=True), 2, "assist",
          tags="followup"))
