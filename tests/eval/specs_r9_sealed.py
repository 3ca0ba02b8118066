"""Round 9 sealed batch: phone/group-chat style questions written from the plan texts only
(not from the bot's answers).  Ids r9s001…; golds are computed by build.py."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv

# =============================================================================== topic
T("r9s001", "@机器人 安定垃圾填埋场地下水查了没", "dx26", "000", "编制安定垃圾填埋场地下水调查评估报告", chat=True, tags="colloquial")
T("r9s002", "西峰寺沟劣五类反弹咋整", "mtg", "001", "对西峰寺沟、冯村沟等劣Ⅴ类反弹风险较高的水体", chat=True, tags="homophone colloquial")
T("r9s003", "北庄镇污水厂进水浓度太低那个事 有说法吗", "my", "002", "针对密云区北庄镇污水处理厂", chat=True, tags="synonym colloquial")
T("r9s004", "北京市计划中开展未诉先办的先行先试区有哪些？", "bj", "003", "开展未诉先办")
T("r9s005", "21年那个高空了望系统是干啥的", "dx21", "004", "利用高空瞭望系统", chat=True, tags="typo colloquial")
T("r9s006", "家里过期药品回收 计划里有提吗", "dx26", "000", "研究推动居民家庭废药品回收", chat=True, tags="synonym colloquial")
T("r9s007", "写字楼快递盒外卖盒回收 门头沟咋弄", "mtg", "001", "开展快递包装、外卖餐盒回收", chat=True, tags="synonym colloquial")
T("r9s008", "工地门口洗车机有要求没", "my", "002", "洗轮机规范安装", chat=True, tags="synonym colloquial")
T("r9s009", "ESG披露 市里计划咋说的", "bj", "003", "支持企业进行环境社会治理", chat=True, tags="english abbrev")
T("r9s010", "凤河长子营段那个再生水试点工程", "dx21", "004", "凤河长子营段", chat=True, tags="colloquial")
T("r9s011", "危废车五环里能不能全天跑", "dx26", "000", "加强五环路内危险废物全天运输通行能力保障", chat=True, tags="synonym colloquial")
T("r9s012", "百花山用AI认物种 是个啥任务", "mtg", "001", "探索运用AI技术", chat=True, tags="english colloquial")
T("r9s013", "滩涂、沼泽等未利用地巡查如何安排？", "my", "002", "组织对滩涂、沼泽等未利用地定期开展巡查")
T("r9s014", "兽用抗菌药使用减量化行动有哪些内容？", "dx26", "000", "实施兽用抗菌药使用减量化行动")
T("r9s015", "建筑垃圾零点行动 门头沟今年还搞不", "mtg", "001", "持续开展建筑垃圾“零点行动”", chat=True, tags="colloquial")
T("r9s016", "节水型区复验 21年还要弄吗", "dx21", "004", "做好节水型区复验工作", chat=True, tags="colloquial")
T("r9s017", "北京市计划中对廊坊北三县与城市副中心一体化发展有什么安排？", "bj", "003", "推动廊坊北三县与北京城市副中心一体化发展")
T("r9s018", "学校装光伏搞低碳校园 大兴有这个吗", "dx26", "000", "打造一批“低碳校园”", chat=True, tags="synonym colloquial")
T("r9s019", "@机器人　临时用地在生态红线里 后期恢复谁盯着", "mtg", "001", "加强生态保护红线内临时用地管理及后期恢复监督", chat=True, tags="colloquial fullwidth")

# =============================================================================== attribute
A("r9s020", "旧宫那个固定设备噪声治理 谁牵头", "dx26", "000", "组织实施3项重点点位固定设备噪声治理", "lead", chat=True, tags="colloquial")
A("r9s021", "军庄再生水厂进水浓度低 谁牵头弄", "mtg", "001", "军庄镇再生水厂进水BOD5浓度低于100毫克", "lead", chat=True, tags="colloquial")
A("r9s022", "清明烧纸那条 密云协办是谁", "my", "002", "大力倡导市民践行文明祭扫", "assist", chat=True, tags="synonym colloquial")
A("r9s023", "市里公共场所噪声那29项 谁牵头？", "bj", "003", "29 项重点点位公共场所噪声治理", "lead", chat=True, tags="fullwidth")
A("r9s024", "土壤调查报告评审结果公布 啥时候", "dx21", "004", "按要求公布建设用地土壤污染状况调查报告评审通过情况", "deadline", chat=True, tags="colloquial")
A("r9s025", "开展平原地区道路扬尘负荷监测的主责单位有哪些？", "my", "002", "开展平原地区道路扬尘负荷监测", "responsible")
A("r9s026", "只能回收机进社区 门头沟责任单位有谁", "mtg", "001", "扩大智能回收机进社区覆盖范围", "responsible", chat=True, tags="homophone typo colloquial")
A("r9s027", "减污降碳试点 协办都有谁", "dx26", "000", "深化大兴区减污降碳协同创新试点建设", "assist", chat=True, tags="abbrev")
A("r9s028", "没接入管网的小区污水 谁牵头 21年", "dx21", "004", "进一步梳理全区未接入管网小区情况", "lead", chat=True, tags="synonym")
A("r9s029", "平谷碳达峰试点 谁牵头、啥时候完？", "bj", "003", "平谷区深入开展碳达峰试点建设", ["lead", "deadline"], chat=True, tags="multi_part colloquial")
A("r9s030", "地下水超采治理 密云主责单位都有哪些", "my", "002", "制定新一轮地下水超采治理实施方案", "responsible", chat=True, tags="colloquial")
A("r9s031", "明年的重点村庄补短板任务 门头沟啥时候定下来", "mtg", "001", "整区推进建设目标和任务", "deadline", chat=True, tags="colloquial")
A("r9s032", "永定河卢梁段综合提升工程收尾工作由谁牵头？", "dx26", "000", "永定河卢梁段综合提升工程", "lead")

# =============================================================================== dept_list
D("r9s033", "园林中心牵头的有哪些", "dx26", "区园林服务中心", "lead", chat=True, tags="abbrev")
D("r9s034", "门头沟园区管委会都管啥", "mtg", "中关村门头沟园管委会", "any", chat=True, tags="abbrev colloquial")
D("r9s035", "@机器人 供电局都参与了哪些", "my", "国网密云供电公司", "any", chat=True, tags="abbrev")
D("r9s036", "市交通委牵头的措施有哪些？", "bj", "市交通委", "lead")
D("r9s037", "科委负责啥 21年", "dx21", "区科委", "any", chat=True, tags="abbrev colloquial")
D("r9s038", "区规自分局牵头哪些措施？", "mtg", "区规自分局", "lead")
D("r9s039", "统计局沾边的有哪些", "dx26", "区统计局", "any", chat=True, tags="colloquial")
D("r9s040", "城管执法协办的 密云", "my", "区城管执法局", "assist", chat=True, tags="abbrev")
D("r9s041", "21年大兴 农业农村局牵头的活", None, "区农业农村局", "lead", chat=True, tags="colloquial", filter="dx21")

# =============================================================================== deadline_list
DL("r9s042", "完成时限为“持续推进”的措施有哪些？", "mtg", {"op": "equals", "value": "持续推进"}, tags="deadline_phrase")
DL("r9s043", "密云6月底前要完的", "my", {"op": "due_on_or_before", "value": "2026-06-30"}, chat=True, tags="deadline_phrase colloquial")
DL("r9s044", "市里10月底前要交差的有啥", "bj", {"op": "due_on_or_before", "value": "2026-10-31"}, chat=True, tags="deadline_phrase colloquial")
DL("r9s045", "城管委牵头 21年底并长期实施的", "dx21", {"op": "equals", "value": "2021年12月31日并长期实施"}, unit="区城市管理委", role="lead", chat=True, tags="abbrev deadline_phrase")
DL("r9s046", "区生态环境局牵头、完成时限未写明的措施有哪些？", "dx26", {"op": "none_written"}, unit="区生态环境局", role="lead", tags="deadline_phrase")
DL("r9s047", "水务局长期实施的 门头沟", "mtg", {"op": "equals", "value": "长期实施"}, unit="区水务局", role="any", chat=True, tags="abbrev")
DL("r9s048", "卫健委牵头 年底前要完的", "dx26", {"op": "equals", "value": "年底前"}, unit="区卫生健康委", role="lead", chat=True, tags="abbrev deadline_phrase")

# =============================================================================== indicator
IC("r9s049", "海淀 A B级锅炉要多少家", None, "海淀区", "累计环保绩效A、B级锅炉使用单位", chat=True, tags="abbrev")
IC("r9s050", "大台街道pm2.5目标", "mtg", "大台街道", "2026年PM2.5目标值", chat=True, tags="colloquial")
IM("r9s051", "密云B级以上锅炉累计要几家", "my", "002", "力争B级及以上锅炉使用单位累计达到15家", "15家", chat=True, tags="colloquial")
IM("r9s052", "大兴生态保育小区建几处", "dx26", "000", "建设生态保育小区15处", "15处", chat=True, tags="colloquial")
IM("r9s053", "2021年新增和更新环卫车辆中纯电动、氢燃料车辆比例要达到多少？", "dx21", "004", "本区新增和更新环卫车辆中采用纯电动", "70%")
IC("r9s054", "房山区优先监管地块数量是多少块？", None, "房山区", "优先监管地块")
IM("r9s055", "市里一般制造业疏解退出今年多少家", "bj", "003", "完成一般制造业企业疏解退出提质", "80", chat=True, tags="colloquial")

# =============================================================================== compare
C("r9s056", "供水管网漏损率 大兴密云门头沟要求一样不", None,
  ("000", "城镇供水管网漏损率保持在8%以内", "大兴：保持在8%以内"),
  ("002", "城镇供水管网漏损率保持在8%以内", "密云：保持在8%以内"),
  ("001", "确保城镇供水管网漏损率稳定控制在8%以下", "门头沟：稳定控制在8%以下"),
  chat=True, tags="colloquial")
C("r9s057", "绿色企业比例 门头沟跟密云差多少", None,
  ("cell", "门头沟区", "累计绿色企业比例"), ("cell", "密云区", "累计绿色企业比例"),
  chat=True, tags="difference colloquial")
S("r9s058", "哪个区餐饮油烟治理家数最多", None, "餐饮治理提升家数", "max", chat=True)
C("r9s059", "大兴21年和26年 放鞭炮的规定有啥不一样", "dx",
  ("004", "全区行政区域内全年禁止销售、燃放烟花爆竹", "2021：全区行政区域内全年禁止销售、燃放烟花爆竹"),
  ("000", "本区关于禁止、限制燃放烟花爆竹等规定", "2026：落实烟花爆竹安全管理规定和本区禁限放规定，加强区域禁限放协同"),
  chat=True, tags="synonym colloquial")
C("r9s060", "大兴区和门头沟区的餐饮油烟治理提升目标分别是多少家？", None,
  ("000", "餐饮治理提升家数达到80家", "大兴：80家"),
  ("001", "组织开展治理提升5家", "门头沟：5家"))
S("r9s061", "which town in Mentougou has the lowest PM2.5 target?", "mtg", "2026年PM2.5目标值", "min", chat=True, tags="english")
C("r9s062", "北京市和大兴区的噪声敏感建筑物集中区域划定工作分别由谁牵头？", None,
  ("003", "启动噪声敏感建筑物集中区域划定工作", "北京市：各区政府、北京经济技术开发区管委会牵头"),
  ("000", "启动噪声敏感建筑物集中区域划定工作", "大兴：区生态环境局牵头"),
  tags="multi_part")

# =============================================================================== none
N("r9s063", "大兴今年PM10目标多少", "dx26", chat=True, tags="near_miss")
N("r9s064", "怀柔的行动计划里 雁栖湖周边治理谁牵头", None, chat=True, tags="no_plan_place")
N("r9s065", "密云水库今年几月开闸放水", "my", chat=True, tags="near_miss")
N("r9s066", "今天北京空气咋样 适合跑步不", None, chat=True, tags="offtopic")
N("r9s067", "区生态环境局今年专项资金给了多少钱", "dx26", chat=True, tags="near_miss")
N("r9s068", "21年降尘监测装置一共花了多少钱", "dx21", chat=True, tags="near_miss")
N("r9s069", "百花山景区门票多少钱", "mtg", chat=True, tags="offtopic near_miss")
N("r9s070", "北京2027年PM2.5目标是多少？", "bj", tags="near_miss")
N("r9s071", "天津滨海新区大气治理有啥计划", None, chat=True, tags="no_plan_place")
N("r9s072", "小区电动自行车充电桩 计划里有安排没", "dx26", chat=True, tags="near_miss")

# =============================================================================== conversations
conv("r9s073", ["城管委牵头的有哪些 门头沟"],
     item("r9s073", "第3项责任单位是谁", "mtg", D("r9s073l", "城管委牵头的有哪些 门头沟", "mtg", "区城管委", "lead", chat=True), 3, "responsible"))
conv("r9s074", ["大兴绿色企业比率要到多少"],
     IM("r9s074", "那密云呢", None, "002", "绿色企业比率不低于35%", "35%", chat=True, tags="follow_up"))
conv("r9s075", ["门头沟建成区海绵城市达标比例要多少"],
     IM("r9s075", "那21年大兴呢", None, "004", "推进海绵城市建设", "24%", chat=True, tags="follow_up"))
conv("r9s076", ["21年区水务局牵头的"],
     item("r9s076", "第2项协办单位是谁", "dx21", D("r9s076l", "21年区水务局牵头的", "dx21", "区水务局", "lead", chat=True), 2, "assist"))
conv("r9s077", ["园林绿化局协办的有哪些 21年"],
     D("r9s077", "26年的呢", "dx", "区园林绿化局", "assist", chat=True, tags="follow_up", filter="dx26"))
