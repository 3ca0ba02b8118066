"""Round 14, sealed: written blind from the plans alone (planbot/plans/*.txt and catalog.json), by
someone who read no bot code, ran no bot answer and opened no other sealed batch; never used to fix
anything.  Spread like an unseen test set: mostly chat style (short phone messages, everyday words
instead of the plan's, abbreviated unit names, a few typos and homophones), some in the plan's own
wording, and short follow-up conversations scored on their last turn.  About one question in six is
not answered by the plans (a subject the plans never mention, a district or edition with no plan,
off-topic chat)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731

# =============================================================================== chat style
# --- topic
T("r14s001", "大兴 公交车环卫车 今年都得换新能源？", "dx26", "000", "机场大巴基本实现新能源化",
  chat=True, tags="colloquial fullwidth")
T("r14s002", "学校装光伏 有这安排没", "dx26", "000", "推进校园光伏光热", chat=True, tags="colloquial")
T("r14s003", "抓鸟卖鸟的 门头勾有人管吗", "mtg", "001", "打击非法捕猎贩卖鸟类专项行动",
  chat=True, tags="synonym typo")
T("r14s004", "厨余垃圾 大兴咋处理", "dx26", "000", "推进厨余垃圾资源化处置项目建设", chat=True, tags="colloquial")
T("r14s005", "污水厂边上用热泵共暖 门头沟有提吗", "mtg", "001", "优先采用再生水（污水）热泵系统供暖",
  chat=True, tags="typo homophone colloquial")
T("r14s006", "用无人机巡生态空间 门头沟搞不搞", "mtg", "001", "强化卫星遥感、无人机、AR等技术手段",
  chat=True, tags="colloquial")
T("r14s007", "市里 邻里环保纠纷 搞调解试点吗", "bj", "003", "生态环境领域矛盾纠纷多元调解试点",
  chat=True, tags="synonym")

# --- attribute
A("r14s008", "密云 自来水厂出厂水检测 主责单位", "my", "002", "加强饮用水供水厂站水源水和出厂水水质检测",
  "responsible", chat=True, tags="synonym")
A("r14s009", "砂石 公转铁 21年谁牵头", "dx21", "004", "进一步提升砂石运输采用", "lead", chat=True, tags="abbrev")
A("r14s010", "候鸟栖息地 21年谁管", "dx21", "004", "加强候鸟栖息地保护", "lead", chat=True, tags="colloquial")
A("r14s011", "密云 创A退D 谁牵头", "my", "002", "持续实施企业环保绩效“创A退D”行动", "lead",
  chat=True, tags="abbrev")
A("r14s012", "门头沟 摩托车管理 交给谁了", "mtg", "001", "按要求落实市级摩托车管理工作", "lead",
  chat=True, tags="colloquial")
A("r14s013", "非二氧化碳温室气体填报 门头沟啥时候完", "mtg", "001", "非二氧化碳温室气体数据管理及填报", "deadline",
  chat=True, tags="colloquial")
A("r14s014", "大兴 碳市场重点排放单位报数据 谁牵头 啥时候完", "dx26", "000", "纳入全国碳市场的重点排放单位",
  ["lead", "deadline"], chat=True, tags="multi_part colloquial")

# --- dept_list
D("r14s015", "门头沟 重大项目中心 牵头哪些", "mtg", "区重大项目中心", "lead", chat=True, tags="abbrev")
D("r14s016", "密云 规自分局 主责的有哪些", "my", "市规划自然资源委密云分局", "responsible",
  chat=True, tags="abbrev")
D("r14s017", "大兴 宣传部 牵头啥", "dx26", "区委宣传部", "lead", chat=True, tags="abbrev colloquial")
D("r14s018", "21年 市场监管局牵头的 列一下", "dx21", "区市场监管局", "lead", chat=True)
D("r14s019", "商物局 主责的 密云", "my", "区商务局", "responsible", chat=True, tags="typo homophone")

# --- deadline_list
DL("r14s020", "市里 长期实施的 有哪些", "bj", EQ("长期实施"), chat=True, tags="abbrev")
DL("r14s021", "大兴 园林局牵头 持续推进的", "dx26", EQ("持续推进"), unit="区园林绿化局", role="lead",
   chat=True, tags="abbrev")
DL("r14s022", "21年 交通局牵头 长期实施的有哪些", "dx21", EQ("2021年12月31日并长期实施"), unit="区交通局",
   role="lead", chat=True, tags="deadline_phrase")

# --- indicator
IM("r14s023", "密云 进京口查大货车 抽查率多少", "my", "002", "抽查率不少于50%", "50%", chat=True, tags="synonym")
IM("r14s024", "市里今年夜间施工噪声 重点点位治几个", "bj", "003", "重点点位施工噪声治理", "49",
   chat=True, tags="synonym")
IM("r14s025", "门头沟 工地建筑垃圾 每万平米不能超多少吨", "mtg", "001", "将施工现场建筑材料资源利用措施纳入", "300",
   chat=True, tags="synonym")
IM("r14s026", "大兴 排污许可执行报告 按时交的比例要多少", "dx26", "000", "执行报告按时提交率达到98%", "98%",
   chat=True, tags="colloquial")
IM("r14s027", "门头沟 土多的脏路 比例不能超多少", "mtg", "001", "全区尘负荷差等级道路数量比例不超过4%", "4%",
   chat=True, tags="synonym colloquial")
IC("r14s028", "怀柔 饭馆油烟治理 几家", None, "怀柔区", "餐饮治理提升家数", chat=True, tags="synonym")
IC("r14s029", "王平镇pm2.5目标多少", "mtg", "王平镇", "2026年PM2.5目标值", chat=True, tags="english")

# --- compare
C("r14s030", "怀柔跟密云 锅炉AB级 差几家", None, ("cell", "怀柔区", "累计环保绩效A、B级锅炉使用单位"),
  ("cell", "密云区", "累计环保绩效A、B级锅炉使用单位"), chat=True, tags="difference abbrev")
C("r14s031", "国四柴油环卫车 大兴门头沟各淘汰多少", None,
  ("000", "淘汰50%的国四及以下排放标准柴油环卫车", "大兴：淘汰50%"),
  ("001", "淘汰50%左右的国四及以下排放标准柴油环卫车", "门头沟：淘汰50%左右"), chat=True, tags="measure_target")
S("r14s032", "锅炉AB级 哪个区要求最少", None, "累计环保绩效A、B级锅炉使用单位", "min", chat=True, tags="abbrev")

# --- none
N("r14s033", "密云 光污染 有管控措施没", "my", chat=True, tags="plan_word_subject_absent")
N("r14s034", "电动自行车进小区充电 大兴有要求吗", "dx26", chat=True, tags="plan_word_subject_absent")
N("r14s035", "门头沟 湿地公园今年建几个", "mtg", chat=True, tags="plan_word_subject_absent")
N("r14s036", "宠物粪便乱扔 门头沟管不管", "mtg", chat=True, tags="plan_word_subject_absent")
N("r14s037", "延庆的 生态保育小区 谁负责", None, chat=True, tags="no_plan_place")
N("r14s038", "密云21年的计划里 清管行动咋安排", None, chat=True, tags="no_plan_edition")
N("r14s039", "帮我查下明天去密云的高铁票", None, chat=True, tags="offtopic")
N("r14s040", "大兴区生态环境局 办公地址在哪", "dx26", chat=True, tags="not_in_plan")

# =============================================================================== plan style
T("r14s041", "密云区如何规范沥青混合料搅拌站排放管理？", "my", "002", "规范沥青混合料搅拌站排放管理")
T("r14s042", "2021年超低能耗建筑示范工作怎么开展？", "dx21", "004", "开展超低能耗建筑示范工作")
T("r14s043", "按季度开展国家及市级考核断面底栖动物指数监测是怎么安排的？", "dx26", "000", "底栖动物指数监测")
T("r14s044", "门头沟区如何强化饮用水水质监测与评价？", "mtg", "001", "强化饮用水水质监测与评价")
A("r14s045", "持续开展生物多样性调查评估及观测工作，牵头单位是哪些？", "dx26", "000",
  "持续开展生物多样性调查评估及观测工作", "lead")
A("r14s046", "细化“无废城市”建设工作措施的责任单位是？", "mtg", "001", "细化“无废城市”建设工作措施", "responsible")
A("r14s047", "推进环评与排污许可“两证合一”制度化，主责单位有哪些？", "bj", "003",
  "推进环评与排污许可“两证合一”制度化", "responsible")
A("r14s048", "按要求公布建设用地土壤污染状况调查报告评审通过情况的完成时限是什么？", "dx21", "004",
  "按要求公布建设用地土壤污染状况调查报告评审通过情况", "deadline")
D("r14s049", "北京市计划中市园林绿化局牵头哪些措施？", "bj", "市园林绿化局", "lead")
D("r14s050", "区经信局牵头的措施有哪些？", "mtg", "区经信局", "lead")
DL("r14s051", "完成时限为“6-9月”的措施有哪些？", "mtg", EQ("6-9月"), tags="deadline_phrase")
DL("r14s052", "区城管执法局牵头、完成时限为长期实施的措施有哪些？", "dx26", EQ("长期实施"),
   unit="区城管执法局", role="lead")
C("r14s053", "大兴区和门头沟区发展本地可再生能源，各自提到了哪些能源类型？", None,
  ("000", "大力发展本地光伏、地热等可再生能源", "大兴：光伏、地热"),
  ("001", "大力发展本地光伏、水能等可再生能源", "门头沟：光伏、水能"))
C("r14s054", "大兴、门头沟、密云三区的重污染天数目标分别是多少？", None,
  ("000", "重污染天不超过3天", "大兴：不超过3天"),
  ("001", "重污染天数不超过3天", "门头沟：不超过3天"),
  ("002", "重污染天数控制在3天以内", "密云：3天以内"), tags="measure_target")
N("r14s055", "北京市2026年计划中全市森林覆盖率目标是多少？", "bj", tags="not_in_plan")
N("r14s056", "顺义区2026年餐饮油烟治理由哪个部门牵头？", None, tags="no_plan_place")

# =============================================================================== conversations
conv("r14s057", ["大兴 公安交通支队牵头哪些"],
     D("r14s057x", "那门头沟呢", None, "区公安交通支队", "lead", chat=True, tags="follow_up place", filter="mtg"))
conv("r14s058", ["本群是密云区的"],
     T("r14s058x", "@机器人 涂料油墨里的VOCs 抽检咋安排", None, "002", "含VOCs产品开展抽检",
       chat=True, tags="follow_up group_scope"))
conv("r14s059", ["大兴区市场监管局牵头哪些"],
     item("r14s059x", "第3项谁配合", None, D("r14s059l", "", None, "区市场监管局", "lead", filter="dx26"), 3,
          "assist", tags="follow_up item"))
conv("r14s060", ["门头沟 公路分局牵头的"],
     item("r14s060x", "第3条 啥时候完", None, D("r14s060l", "", None, "区公路分局", "lead", filter="mtg"), 3,
          "deadline", tags="follow_up item"))
conv("r14s061", ["大兴 零排放车队 要几家"],
     IC("r14s061x", "延庆呢", None, "延庆区", "零排放运输车队", chat=True, tags="follow_up place"))
conv("r14s062", ["21年大兴 交通局牵头的"],
     D("r14s062x", "2026年的呢", None, "区交通局", "lead", chat=True, tags="follow_up year", filter="dx26"))
conv("r14s063", ["密云 农村化粪池全覆盖 是啥要求"],
     A("r14s063x", "这条谁牵头", None, "002", "推动农村三格式化粪池全覆盖", "lead", chat=True, tags="follow_up this"))
conv("r14s064", ["大兴 餐饮油烟包案"],
     IM("r14s064x", "治理提升要达到几家", None, "000", "餐饮治理提升家数达到80家", "80家", chat=True,
        tags="follow_up"))
conv("r14s065", ["大兴 生物多样性调查"],
     T("r14s065x", "还有吗", None, "000", "探索建立区级生物多样性保护协调工作机制",
       "000", "推进生物多样性保护，建设生态保育小区15处", chat=True, tags="follow_up more"))
conv("r14s066", ["本群是门头沟区的"],
     DL("r14s066x", "交通局牵头 年底前的有哪些", None, EQ("年底前"), unit="区交通局", role="lead", chat=True,
        tags="follow_up group_scope", filter="mtg"))
conv("r14s067", ["本群是大兴区的", "我是卫健委的"],
     D("r14s067x", "我们牵头哪些", None, "区卫生健康委", "lead", chat=True, tags="follow_up group_scope me",
       filter="dx26"))
conv("r14s068", ["朝阳 优先监管地块几块"],
     IC("r14s068x", "丰台呢", None, "丰台区", "优先监管地块", chat=True, tags="follow_up place"))
conv("r14s069", ["市里 公园噪声治理 谁牵头"],
     A("r14s069x", "主责单位呢", None, "003", "强化公园噪声管控", "responsible", chat=True, tags="follow_up"))
conv("r14s070", ["大兴水务局牵头的"],
     N("r14s070x", "那顺义区呢", None, chat=True, tags="follow_up no_plan_place"))
conv("r14s071", ["门头沟 经信局牵头的"],
     D("r14s071x", "21年大兴的呢", None, "区经济和信息化局", "lead", chat=True, tags="follow_up place year",
       filter="dx21"))
