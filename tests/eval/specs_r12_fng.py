"""Round 12 batch `fng`: topic and attribute questions over 门头沟 2026, 密云 2026 and 北京市 plans,
asked the way staff type in chat (everyday words for the plans' things, abbreviations, homophones,
colloquial verbs), mostly on measures of less-asked sections (agriculture, soil, noise, carbon,
solid waste, water, ecology, mines, tourism, supervision).  Written from the plans' records, not
from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# 门头沟 2026 — topic
T("r12g001", "门头沟 农药瓶子、地膜这些回收有说法没", "mtg",
  "001", "深化农膜和农药包装废弃物回收处置", chat=True, tags="synonym colloquial")
T("r12g002", "门头沟公园里跳广场舞太吵 管不管", "mtg",
  "001", "公园娱乐、健身等活动噪声", chat=True, tags="synonym colloquial")
T("r12g003", "门头沟 学校大喇叭扰民咋整", "mtg",
  "001", "强化校园广播噪声扰民问题处置", chat=True, tags="synonym colloquial")
T("r12g004", "门头沟 加油站地下油罐漏油 有人查吗", "mtg",
  "001", "埋地油罐防渗漏", chat=True, tags="synonym")
T("r12g005", "门头沟 偷挖砂石私自开矿的 管不管", "mtg",
  "001", "私挖盗采活动", chat=True, tags="synonym colloquial")
T("r12g006", "门头沟 垃圾场底下地下水 查不查", "mtg",
  "001", "推进垃圾填埋场地下水调查评估", chat=True, tags="synonym short")
T("r12g007", "门头沟 医院用完的吊瓶咋回收", "mtg",
  "001", "推动输液瓶（袋）规范回收利用", chat=True, tags="synonym")
T("r12g008", "门头沟 牲口粪便 玉米杆子 咋利用", "mtg",
  "001", "资源化利用畜禽粪污", chat=True, tags="synonym")
T("r12g009", "门头沟 养殖户乱用兽药 有人管没", "mtg",
  "001", "强化兽药使用监督管理", chat=True, tags="synonym colloquial")
T("r12g010", "门头沟 百花山野葡萄 有啥安排", "mtg",
  "001", "百花山葡萄野外回归", chat=True, tags="synonym short")
T("r12g011", "门头沟 山里景区违规搞旅游 管不管", "mtg",
  "001", "强化违法违规旅游活动管控力度", chat=True, tags="colloquial")
T("r12g012", "门头沟 重点排碳企业 配额咋弄", "mtg",
  "001", "完成碳排放配额发放和清缴", chat=True, tags="synonym colloquial")
T("r12g013", "门头沟 楼顶上搞花园 墙上种爬藤 有没有说法", "mtg",
  "001", "建设屋顶花园", chat=True, tags="synonym colloquial")
T("r12g014", "门头沟 酒店碳足迹 搞不搞", "mtg",
  "001", "碳足迹核算方法研究", chat=True, tags="short colloquial")
T("r12g015", "门头沟 河边水泥护坡 改回天然河岸 有说法吗", "mtg",
  "001", "逐步恢复自然岸线形态", chat=True, tags="synonym colloquial")
T("r12g016", "门头沟 半夜偷倒渣土的 查不查", "mtg",
  "001", "加大夜间执法监管力度", chat=True, tags="synonym colloquial")
T("r12g017", "门头沟 督查室督办环保的事 有提么", "mtg",
  "001", "区政府督查室加强对生态环境领域重点工作督办", chat=True, tags="short")
T("r12g018", "门头沟 网上有人发帖吐槽环境 会主动去处理吗", "mtg",
  "001", "试行开展未诉先办", chat=True, tags="synonym")
# 密云 2026 — topic
T("r12g019", "密云 村里改厕 化粪池 咋弄", "my",
  "002", "推动农村三格式化粪池全覆盖", chat=True, tags="synonym colloquial")
T("r12g020", "密云 大棚那种农业用地 监测有安排么", "my",
  "002", "设施农用地风险监测", chat=True, tags="synonym")
T("r12g021", "密云 水库周边重金属 查源头不", "my",
  "002", "重点区域重金属污染溯源评估", chat=True, tags="synonym short")
T("r12g022", "密云 河滩 沼泽地 有人巡没", "my",
  "002", "组织对滩涂、沼泽等未利用地定期开展巡查", chat=True, tags="synonym short")
T("r12g023", "密云 高标农田 今年有啥安排", "my",
  "002", "推进0.5万亩高标准农田建设", chat=True, tags="abbrev")
T("r12g024", "密云 印刷厂有啥新的管法", "my",
  "002", "开展印刷行业源头智慧化监管试点", chat=True, tags="synonym")
T("r12g025", "密云 开饭馆选址 有没有个地图参考", "my",
  "002", "餐饮选址引导清单电子地图", chat=True, tags="synonym")
T("r12g026", "密云 银行给环保企业贷款 有说法没", "my",
  "002", "绿色金融支持", chat=True, tags="synonym colloquial")
T("r12g027", "密云 园区里工厂周边的土 定期测吗", "my",
  "002", "定期监测工业企业周边", chat=True, tags="synonym")
T("r12g028", "密云潮白河放水补水的事", "my",
  "002", "持续实施潮白河等河道生态补水", chat=True, tags="synonym short")
# 北京市 — topic
T("r12g029", "北京 噪音地图 哪几个区搞", "bj",
  "003", "探索应用噪声地图", chat=True, tags="synonym")
T("r12g030", "市里 工地噪音自动监测联网 咋说的", "bj",
  "003", "建筑施工噪声自动监测", chat=True, tags="synonym")
T("r12g031", "北京 东方化工厂那块地 咋治", "bj",
  "003", "原东方化工厂地块", chat=True, tags="short colloquial")
T("r12g032", "北京 企业esg披露 有说法么", "bj",
  "003", "支持企业进行环境社会治理", chat=True, tags="abbrev")
T("r12g033", "北京 危废点对点利用", "bj",
  "003", "探索“点对点”定向利用试点", chat=True, tags="short")
T("r12g034", "北京市噪声污染防治条例立法有什么安排？", "bj",
  "003", "推动北京市噪声污染防治条例立法工作")

# attributes
A("r12g035", "门头沟 土壤重点单位名录更新 谁负责牵头", "mtg", "001", "更新土壤污染重点监管单位名录", "lead",
  chat=True, tags="abbrev")
A("r12g036", "门头沟 医废电子联单 啥时候完", "mtg", "001", "医疗废物电子转移联单", "deadline", chat=True,
  tags="abbrev short")
A("r12g037", "门头沟 宁静小区 谁牵投", "mtg", "001", "开展宁静小区建设", "lead", chat=True, tags="typo short")
A("r12g038", "密云 三格化粪池 主责是哪家", "my", "002", "三格式化粪池", "responsible", chat=True, tags="abbrev")
A("r12g039", "密云 土壤重点单位周边地下水监测 啥时候完成", "my", "002",
  "对土壤污染重点监管单位周边土壤和地下水开展监测", "deadline", chat=True, tags="abbrev")
A("r12g040", "北京 72项固定设备噪音治理 谁牵头", "bj", "003", "重点点位固定设备噪声治理", "lead", chat=True,
  tags="synonym")
A("r12g041", "副中心条例出台 谁牵头", "bj", "003", "推动出台北京城市副中心条例", "lead", chat=True, tags="short")
A("r12g042", "门头沟 底栖动物监测 啥时候完", "mtg", "001", "按季度开展考核断面底栖动物指数监测", "deadline",
  chat=True, tags="short")
A("r12g043", "门头沟 兽药抽检 谁管", "mtg", "001", "开展兽药质量监督抽检", "lead", chat=True, tags="short")
A("r12g044", "北京市重点点位公共场所噪声治理的牵头单位是哪个？", "bj", "003", "重点点位公共场所噪声治理", "lead")
A("r12g045", "密云 设施农用地监测 牵头+主责", "my", "002", "设施农用地风险监测", ["lead", "responsible"], chat=True,
  tags="multi_field")
