"""Round 12, chat-style false "not found" batch: topic and attribute questions the plans DO answer
(大兴 2026, 大兴 2021, 北京市), asked the way staff type: everyday words for the plan's things,
abbreviations, homophone typos, colloquial verbs (咋整/管不管/有没有说法), very short questions,
and measures from less-asked sections (agriculture, soil, noise, carbon, solid waste, water,
ecology, supervision).  Written from the plans' text, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# 大兴 2026
T("r12f001", "大兴 地里的塑料膜、农药瓶子回收有说法没", "dx26",
  "000", "地膜残留量实现零增长", chat=True, tags="synonym colloquial")
T("r12f002", "大兴养猪养鸡少用抗生素 咋整", "dx26",
  "000", "实施兽用抗菌药使用减量化行动", chat=True, tags="synonym colloquial")
T("r12f003", "大兴 种子资源保护管不管", "dx26",
  "000", "加强重点农作物、畜禽、水产等种质资源保护", chat=True, tags="synonym colloquial")
T("r12f004", "大兴 偷挖沙子", "dx26",
  "000", "持续打击私挖盗采活动", chat=True, tags="synonym short")
T("r12f005", "大兴 温室汽体清单编几年的", "dx26",
  "000", "规范编制近3年区级温室气体排放清单", chat=True, tags="typo")
T("r12f006", "大兴 碳会摸底有安排没", "dx26",
  "000", "开展大兴区碳源、碳汇评估", chat=True, tags="typo synonym")
T("r12f007", "大兴 天气预报不准 预警这块有啥措施", "dx26",
  "000", "健全覆盖全区的气象监测和自然灾害预警系统", chat=True, tags="synonym")
T("r12f008", "大兴厂子里的工业垃圾 少产点有要求没", "dx26",
  "000", "引导工业固废源头减量", chat=True, tags="synonym")
T("r12f009", "大兴 电动车旧电池回收咋弄", "dx26",
  "000", "初步建立废动力电池收集转运体系", chat=True, tags="synonym colloquial")
T("r12f010", "大兴 盖楼的建筑垃圾 每万平米不能超多少", "dx26",
  "000", "每万平方米分别低于200吨、300吨", chat=True, tags="synonym")
T("r12f011", "大兴 晚上噪音达标率 有要求么", "dx26",
  "000", "国控站点功能区声环境质量夜间达标率", chat=True, tags="synonym")
T("r12f012", "大兴 老百姓打12345投诉环保的 咋处理", "dx26",
  "000", "推动信访工作法治化", chat=True, tags="synonym colloquial")
T("r12f013", "大兴 环评跟排污证能一块办不", "dx26",
  "000", "环评与排污许可两项审批一并受理", chat=True, tags="abbrev colloquial")
T("r12f014", "大兴 收储的地 事先要不要查土", "dx26",
  "000", "防控拟收储地块土壤污染风险", chat=True, tags="synonym colloquial")
T("r12f015", "大兴 饮用水源地每年体检 怎么搞", "dx26",
  "000", "开展全区饮用水水源地环境状况年度调查评估", chat=True, tags="synonym")
T("r12f016", "大兴 排污证年报按时交 要到多少", "dx26",
  "000", "全区2025年度排污许可执行报告按时提交率达到98%以上", chat=True, tags="abbrev")
T("r12f017", "大兴 印刷厂换低VOC原料 试点", "dx26",
  "000", "落实印刷行业低VOCs物料源头替代", chat=True, tags="abbrev short")
T("r12f018", "大兴 危废埋掉的比例要降么", "dx26",
  "000", "危险废物填埋处置量占比同比降低", chat=True, tags="abbrev synonym")
T("r12f019", "大兴区纳入全国碳市场的企业要做哪些工作？", "dx26",
  "000", "组织本区纳入全国碳市场的重点排放单位", tags="")
# 大兴 2021
T("r12f020", "21年 清明上坟烧纸 有说法没", "dx21",
  "004", "倡导文明、低碳、绿色祭祀", chat=True, tags="synonym colloquial")
T("r12f021", "21年 黑加油站 查不查", "dx21",
  "004", "清除无证无照经营黑加油站点", chat=True, tags="colloquial")
T("r12f022", "21年 单位公车 换电车啥要求", "dx21",
  "004", "实现新增、更新和租赁车辆基本为纯电动车", chat=True, tags="synonym")
T("r12f023", "21年 油漆胶水抽检", "dx21",
  "004", "对胶粘剂、涂料、油墨等含VOCs产品开展抽检", chat=True, tags="synonym short")
T("r12f024", "21年 荒地上有人倒垃圾 咋管", "dx21",
  "004", "依法查处倾倒垃圾、侵占使用等情形", chat=True, tags="synonym colloquial")
T("r12f025", "21年 被污染的地种的菜 能不能吃 咋保障", "dx21",
  "004", "食用农产品“产出一季、检测一季”", chat=True, tags="synonym colloquial")
T("r12f026", "21年 大棚地土壤监测", "dx21",
  "004", "加强设施农业用地土壤和农产品协同监测", chat=True, tags="synonym short")
T("r12f027", "21年 中水利用", "dx21",
  "004", "进一步扩大再生水利用", chat=True, tags="synonym short")
T("r12f028", "21年 永定河放水那条", "dx21",
  "004", "实施永定河生态补水", chat=True, tags="synonym")
T("r12f029", "21年 砂石运输 公转铁", "dx21",
  "004", "砂石运输采用“公转铁”", chat=True, tags="short")
T("r12f030", "21年 治土壤不作为的部门 约谈不约谈", "dx21",
  "004", "对土壤污染防治工作中存在突出问题的部门", chat=True, tags="colloquial")
T("r12f031", "2021年各属地空气质量排名通报是怎么要求的？", "dx21",
  "004", "定期对各属地空气质量进行排名通报", tags="")
# 北京市
T("r12f032", "市里 村里的臭水沟 咋治", "bj",
  "003", "强化农村黑臭水体治理", chat=True, tags="synonym colloquial")
T("r12f033", "市里 楼上邻居吵 居委会管不管", "bj",
  "003", "指导基层自治组织及时劝阻、调解社会生活噪声扰民行为", chat=True, tags="synonym colloquial")
T("r12f034", "市里 马路太吵 装隔音墙有计划没", "bj",
  "003", "制定交通噪声缓解年度治理计划", chat=True, tags="synonym")
T("r12f035", "北京 半夜偷偷施工 咋处理", "bj",
  "003", "对未办理夜间施工许可违法夜间施工", chat=True, tags="synonym colloquial")
T("r12f036", "市里 环保设施开放日", "bj",
  "003", "推动环保设施向公众开放", chat=True, tags="synonym short")
T("r12f037", "市里 环境损害赔偿 跨区咋办", "bj",
  "003", "落实生态环境损害赔偿案件协同办理机制", chat=True, tags="colloquial")
T("r12f038", "市里 种树造林 有啥大工程", "bj",
  "003", "深入实施“三北”六期等重点工程", chat=True, tags="synonym")

# attributes
A("r12f039", "大兴 地膜回收那条 谁牵头", "dx26", "000", "地膜残留量实现零增长", "lead", chat=True,
  tags="synonym")
A("r12f040", "大兴 兽药抽检归哪个局", "dx26", "000", "实施兽用抗菌药使用减量化行动", "lead", chat=True,
  tags="colloquial")
A("r12f041", "大兴 私挖盗采 谁管", "dx26", "000", "持续打击私挖盗采活动", "lead", chat=True, tags="short")
A("r12f042", "大兴 炭汇评估 啥时候完", "dx26", "000", "开展大兴区碳源、碳汇评估", "deadline", chat=True,
  tags="typo")
A("r12f043", "21年 节水单位创建 谁牵头", "dx21", "004", "加快节水型单位创建", "lead", chat=True,
  tags="abbrev")
A("r12f044", "21年 黑加油站整治 牵头的都有谁", "dx21", "004", "清除无证无照经营黑加油站点", "lead",
  chat=True)
A("r12f045", "21年 绿色祭扫 民政局牵头吗", "dx21", "004", "倡导文明、低碳、绿色祭祀", "lead", chat=True,
  tags="synonym")
A("r12f046", "市里 农村环境整治三基本 啥时候完成", "bj", "003", "涉农区完成农村环境整治任务", "deadline",
  chat=True)
A("r12f047", "夜间违规施工查处 市里谁牵头", "bj", "003", "对未办理夜间施工许可违法夜间施工", "lead",
  chat=True, tags="synonym")
A("r12f048", "大兴 环评排污证两证合一 完成时限", "dx26", "000", "环评与排污许可两项审批一并受理", "deadline",
  chat=True, tags="abbrev")
