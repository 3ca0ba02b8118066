"""Round-5 batch, area chat: content questions about what the plans say, typed the way staff chat.

Written from the plans (planbot/plans/*.txt): everyday names for the plans' things (割草机 for
草坪机, 过期药 for 废药品, 地下油罐 for 埋地油罐 …), colloquial verbs, complaints, bare fragments,
typos and English, plus near-topic questions the plans do not answer.
"""
from specs import N, T

# =============================================================================== topic, chat
T("r5t001", "小区雨水管污水管接错了 有人管吗", None, "000", "组织开展雨污混接错接巡查整治",
  "001", "开展雨污混接错接巡查整治。加强门头沟区", "002", "开展雨污混接错接巡查整治。加强厂网",
  chat=True, tags="synonym unscoped complaint")
T("r5t002", "密云公园割草机要换成电动的？", "my", "002", "区属公园使用的草坪机", chat=True, tags="synonym")
T("r5t003", "加油站地下油罐漏油有检查没", "dx26", "000", "核实辖区加油站（点）埋地油罐防渗漏情况",
  chat=True, tags="synonym")
T("r5t004", "门头沟 加油站 油罐渗漏", "mtg", "001", "埋地油罐防渗漏情况核实工作", chat=True, tags="fragment")
T("r5t005", "大兴养猪养鸡的抗生素少用点 有要求吗", "dx26", "000", "实施兽用抗菌药使用减量化行动",
  chat=True, tags="synonym")
T("r5t006", "家里过期药咋回收，计划里提没提", None, "000", "研究推动居民家庭废药品回收",
  "001", "研究推动居民家庭废药品回收", chat=True, tags="synonym unscoped")
T("r5t007", "楼顶种花种草 门头沟有安排吗", "mtg", "001", "建设屋顶花园", chat=True, tags="synonym")
T("r5t008", "少用塑料袋一次性餐具 大兴咋说的", "dx26", "000", "从源头上减少一次性塑料制品使用",
  chat=True, tags="synonym")
T("r5t009", "垃圾场污水厂冒沼气那块有要求没", None, "000", "严格控制废弃物处置、污水处理、农业、能源等领域甲烷排放",
  "001", "严格控制废弃物处置、污水处理、农业、能源等领域甲烷排放", chat=True, tags="synonym unscoped")
T("r5t010", "门头沟碳排放清单要编几年的", "mtg", "001", "规范编制近3年区级温室气体排放清单", chat=True,
  tags="synonym")
T("r5t011", "大兴氢能碳足记研究", "dx26", "000", "开展氢能碳足迹研究", chat=True, tags="typo fragment")
T("r5t012", "市里噪音地图哪几个区在搞", "bj", "003", "探索应用噪声地图", chat=True, tags="synonym")
T("r5t013", "村里水井边上不让有旱厕吧？密云咋规定的", "my", "002", "确保水源井周边30米范围内无污水",
  chat=True, tags="synonym")
T("r5t014", "乱放生外来的鱼 大兴查不查", "dx26", "000", "擅自引进、释放、丢弃外来物种等违法行为",
  chat=True, tags="synonym complaint")
T("r5t015", "秸秆焚烧 门头沟", "mtg", "001", "严格秸秆露天焚烧监管。", chat=True, tags="fragment")
T("r5t016", "门头沟废矿坑修复有任务吗", "mtg", "001", "实施矿山生态修复", chat=True, tags="synonym")
T("r5t017", "大兴学校装太阳能板那个", "dx26", "000", "推进校园光伏光热", chat=True, tags="synonym")
T("r5t018", "门头沟光伏水电发电要达到啥要求", "mtg", "001", "大力发展本地光伏、水能等可再生能源",
  chat=True, tags="synonym")
T("r5t019", "老旧小区修路用温拌沥青占多少", None, "001", "温拌沥青使用比例不低于15%", chat=True,
  tags="unscoped")
T("r5t020", "下大雨污水冒出来河里 大兴怎么防", "dx26", "000", "降雨前提前加大抽升处理",
  chat=True, tags="synonym complaint")
T("r5t021", "密云 拉垃圾的车换新能源", "my", "002", "推动生活和建筑垃圾运输车新能源化", chat=True,
  tags="synonym fragment")
T("r5t022", "垃圾焚烧厂AI智能焚烧是咋回事", "dx26", "000", "推广AI智能焚烧系统", chat=True)
T("r5t023", "污水厂的泥和厨余垃圾一块处理 有这个试点吗", None, "000", "推动市政污泥与生活垃圾、餐厨垃圾等协同处理试点",
  "001", "推动市政污泥与生活垃圾、餐厨垃圾等协同处理试点", chat=True, tags="synonym unscoped")
T("r5t024", "Daxing plan: recycling machines in residential communities?", "dx26", "000",
  "扩大智能回收机进社区覆盖范围", chat=True, tags="english")
T("r5t025", "what about hydrogen fuel cell trucks in Daxing", "dx26", "000", "推广氢燃料电池汽车",
  chat=True, tags="english")
T("r5t026", "21年大兴没接污水管的小区怎么弄", "dx21", "004", "进一步梳理全区未接入管网小区情况",
  chat=True, tags="synonym abbrev_year")
T("r5t027", "大兴21年臭氧研究那条", "dx21", "004", "开展臭氧（O3）污染形成机理", chat=True,
  tags="abbrev_year fragment")
T("r5t028", "门头沟 宁静小区", "mtg", "001", "开展宁静小区建设", chat=True, tags="fragment")
T("r5t029", "绿色工厂市里今年要新增几家", "bj", "003", "年底前力争新增国家级绿色工厂", chat=True,
  tags="synonym")
T("r5t030", "大兴秸秆还田利用率要多少", "dx26", "000", "综合利用率稳定保持在99%以上", chat=True,
  tags="synonym")

# =============================================================================== topic, plan wording
T("r5t031", "大兴区建设项目环评中如何开展碳排放评价？", "dx26", "000", "在建设项目环境影响评价中开展碳排放评价")
T("r5t032", "门头沟区水生野生动物及其制品交易监管有哪些要求？", "mtg", "001", "强化水生野生动物及其制品交易监管")
T("r5t033", "密云区饮用水水源地规范化建设怎么安排？", "my", "002", "统筹实施辖区饮用水水源地规范化建设")
T("r5t034", "北京市美丽乡村整区推进建设有哪些要求？", "bj", "003", "整区推进美丽乡村建设")

# =============================================================================== not in the plans
N("r5t035", "小区里遛狗不拴绳有人管吗", chat=True, tags="complaint")
N("r5t036", "密云 灭蚊 打药", "my", chat=True, tags="fragment")
N("r5t037", "大兴电动车进楼充电咋管", "dx", chat=True)
N("r5t038", "门头沟公厕改造今年几座", "mtg", chat=True)
N("r5t039", "路边烧烤摊冒烟 市里计划有说法没", "bj", chat=True, tags="complaint")
N("r5t040", "Does the Miyun plan say anything about stray cats?", "my", chat=True, tags="english")
N("r5t041", "密云水库钓鱼罚多少钱", "my", chat=True)
N("r5t042", "大兴区垃圾分类积分兑换有什么规定？", "dx26")
