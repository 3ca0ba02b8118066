"""Round 13, chat-style topic and attribute questions about measures no earlier question names, in
all five plans (大兴 2026, 门头沟 2026, 密云 2026, 北京市 2026, 大兴 2021), asked with the fillers staff
really type around the subject (请问一下/麻烦问下/那个/咱们/现在/这块/到底/是不是/有没有/呢/啊),
everyday words for the plan's terms, and a few near misses the plans do not answer (a subject
one plan has and the asked one lacks, or a subject next to a printed measure).  Written from the
plans' text, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# 大兴 2026
T("r13g001", "请问一下 大兴工地上电动机械用电不够 要增容咋办呢", "dx26",
  "000", "做好施工工地周边补能设施配套", chat=True, tags="synonym colloquial filler")
T("r13g002", "大兴那些背街小巷子 现在还管不管啊", "dx26",
  "000", "巩固背街小巷治理成效", chat=True, tags="colloquial filler")
T("r13g003", "麻烦问下 大兴修路用那个温拌沥青 比例到底要不要往上提", "dx26",
  "000", "温拌沥青使用比例较上一年度提", chat=True, tags="colloquial filler")
T("r13g004", "大兴 产品的碳足迹 咱们这块有没有啥安排", "dx26",
  "000", "碳足迹数据库建设", chat=True, tags="colloquial filler")
T("r13g005", "大兴 无废学校 无废工地这种 是不是也要搞", "dx26",
  "000", "推进“无废细胞”建设", chat=True, tags="synonym colloquial filler")
T("r13g006", "大兴 楼顶弄花园 墙面爬藤绿化 推不推啊", "dx26",
  "000", "建设屋顶花园", chat=True, tags="synonym colloquial")
T("r13g007", "大兴要是出了突发水污染 跟上下游一块搞应急演练吗", "dx26",
  "000", "开展环境风险隐患排查和突发环境事件协同应急演练", chat=True, tags="synonym colloquial")
T("r13g008", "那个工地用的油漆胶水 大兴抽检的比例是多少来着", "dx26",
  "000", "区住房城乡建设、交通等行业主管部门按照不低于15%的比例对施工工地开展抽检", chat=True,
  tags="synonym colloquial filler number")
A("r13g009", "大兴 温室气体跟大气污染物放一块编清单 这个活谁牵头呢", "dx26",
  "000", "开展大气污染物与温室气体融合清单编制工作", "lead", chat=True, tags="colloquial filler")
T("r13g010", "大兴环保项目的钱 财政那边咋统筹的", "dx26",
  "000", "生态环境、财政部门加强资金统筹", chat=True, tags="synonym colloquial")

# 门头沟 2026
T("r13g011", "门头沟 加油站卖的柴油 平时抽不抽检啊", "mtg",
  "001", "加强实际使用环节的柴油抽检", chat=True, tags="colloquial filler")
T("r13g012", "门头沟 出门走路骑车坐公交 有没有啥说法", "mtg",
  "001", "坚持慢行优先、公交优先、绿色优先", chat=True, tags="synonym colloquial")
T("r13g013", "门头沟 建筑垃圾处置 收费这块现在咋弄", "mtg",
  "001", "探索完善建筑垃圾处置收费机制", chat=True, tags="colloquial filler")
T("r13g014", "门头沟 水源地那个评估报告 啥时候得交上去", "mtg",
  "001", "实现水源地“一源一档”动态管理", chat=True, tags="colloquial deadline_phrase")
T("r13g015", "门头沟 村里的水井 周边多大范围内不能有垃圾", "mtg",
  "001", "确保水源井周边30米范围内无污水", chat=True, tags="synonym colloquial number")
T("r13g016", "门头沟 老百姓打电话投诉环境问题 一般咋处理的", "mtg",
  "001", "健全生态环境接诉即办“管家”机制", chat=True, tags="synonym colloquial")
T("r13g017", "门头沟 环境日低碳日 今年还搞宣传活动不", "mtg",
  "001", "办好全国生态日、环境日、全国低碳日等宣传活动", chat=True, tags="colloquial")
T("r13g018", "请问 门头沟今年化学品的环境信息 还要统计调查吗", "mtg",
  "001", "按要求完成2026年度化学物质环境信息统计调查工作", chat=True, tags="synonym filler")
T("r13g019", "门头沟 储能啊碳捕集啊这些低碳技术 有推广吗", "mtg",
  "001", "加大储能、绿电、碳捕集及利用等低碳技术开发应用", chat=True, tags="colloquial filler")
A("r13g020", "门头沟 晚上噪声达标率 到底谁负责啊", "mtg",
  "001", "国控站点功能区声环境质量夜间达标率达到考核要求", "lead", chat=True, tags="synonym filler")
T("r13g021", "门头沟 地下管子破了往外漏 谁来管这事", "mtg",
  "001", "拓展处置管道破损等环境问题", chat=True, tags="synonym colloquial")

# 密云 2026
T("r13g022", "密云 政府工程招标 是不是得写上用新能源机械", "my",
  "002", "新能源机械、新能源车辆使用情况作为响应条款", chat=True, tags="synonym colloquial filler")
T("r13g023", "密云那些跑运输的老旧货车 要换成新能源的吗", "my",
  "002", "加快推动老旧营运货车淘汰更新为新能源货车", chat=True, tags="colloquial")
T("r13g024", "密云 建设用地土壤初调 有人去监督检查吗", "my",
  "002", "开展重点建设用地土壤污染状况初步调查监督检查", chat=True, tags="abbrev colloquial")
T("r13g025", "密云拉砂石钢材这些货 绿色运输有要求没", "my",
  "002", "聚焦矿建、商品车、钢材、生活必需品等重点货类绿色运输", chat=True, tags="synonym colloquial")

# 大兴 2021
T("r13g026", "21年大兴 喝的水安不安全 多久公开一回", "dx21",
  "004", "每季度向社会公开区级集中式生活饮用水安全状况信息", chat=True, tags="synonym colloquial")
T("r13g027", "2021年 大兴有的村井水不达标 当时咋办的", "dx21",
  "004", "采取水源置换、集中供水、深度处理等措施确保饮水安全", chat=True, tags="synonym colloquial")
T("r13g028", "21年大兴 开大会那种重大活动 空气保障有安排没", "dx21",
  "004", "做好重大活动空气质量保障工作", chat=True, tags="synonym colloquial")
A("r13g029", "2021年安定那个循环经济园 项目审批对接谁来管", "dx21",
  "004", "加强大兴安定循环经济园区项目审批对接服务", "lead", chat=True, tags="colloquial filler")
T("r13g030", "21年大兴给企业弄的定制式服务清单 是咋回事", "dx21",
  "004", "形成“定制式”服务清单", chat=True, tags="colloquial")
T("r13g031", "2021 大兴绿地浇水 泥水冲到马路上 有规定没", "dx21",
  "004", "避免无序灌溉冲土上路", chat=True, tags="synonym colloquial")
T("r13g032", "21年大兴 学校医院养老院边上的地 咋规划的", "dx21",
  "004", "优先规划为土壤污染低风险用地", chat=True, tags="synonym colloquial")

# 北京市 2026
T("r13g033", "北京 环境方面的矛盾纠纷 有没有搞调解试点", "bj",
  "003", "开展生态环境领域矛盾纠纷多元调解试点", chat=True, tags="colloquial filler")
T("r13g034", "北京 暴雨那种极端天气 监测预警这块咋加强", "bj",
  "003", "提升极端天气气候事件监测预警能力", chat=True, tags="synonym colloquial filler")
T("r13g035", "北京 储能产业 是跟天津河北一块搞吗", "bj",
  "003", "共同建设京津冀新型储能产业集群", chat=True, tags="colloquial")

# near misses the plans do not answer
N("r13g036", "密云 楼顶装光伏板 有补贴没", "my", chat=True, tags="plan_lacks lookalike")
N("r13g037", "大兴 小区二次供水的水箱 多久洗一回", "dx26", chat=True, tags="absent_subject lookalike")
N("r13g038", "密云 外卖餐盒这种一次性塑料 限不限", "my", chat=True, tags="plan_lacks lookalike")
N("r13g039", "门头沟 机动车年检 尾气检测站有要求没", "mtg", chat=True, tags="absent_subject lookalike")
N("r13g040", "北京 共享单车乱停乱放 有治理措施没", "bj", chat=True, tags="absent_subject lookalike")
N("r13g041", "2021年大兴 厨余垃圾 咋处理的", "dx21", chat=True, tags="plan_lacks other_year")
