"""Round 13, chat-style topic questions (and a few attributes) about 门头沟区 2026 and 密云区 2026,
aimed at measures no earlier question names (agriculture, soil, groundwater, noise, solid waste,
ecology, climate/carbon, supervision and enforcement, public participation, rural areas, forests).
Asked the way staff type: everyday words for the plan's terms, colloquial verbs (咋整/管不管/有说法没),
short questions, abbreviations, a few homophone typos, the district in a short form or left out.
Written from the plans' text, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# 门头沟 2026 — agriculture, soil, groundwater
T("r13a001", "门头沟 公园绿地打药 要少打吗", "mtg",
  "001", "分类分区分级推进园林绿化农药减量", chat=True, tags="synonym colloquial")
T("r13a002", "mtg 浇地省水的技术 推不推", "mtg",
  "001", "推广水肥一体化等节水抗旱技术", chat=True, tags="abbrev synonym colloquial")
T("r13a003", "污染地块做了隔离层 以后盖楼挖坏了咋办 门头沟", "mtg",
  "001", "避免后续开发建设对工程阻隔造成破坏", chat=True, tags="synonym colloquial")
T("r13a004", "门头沟 改成住宅的地块 规自要不要把信息推给环保局", "mtg",
  "001", "区规自及时向区生态环境部门共享用途变更为住宅", chat=True, tags="abbrev synonym")
T("r13a005", "门头沟 地下水抽多了 咋治", "mtg",
  "001", "配合市水务局编制新一轮地下水超采综合治理实施方案", chat=True, tags="synonym colloquial")
# solid waste
T("r13a006", "垃圾烧完剩的渣子 咋处理", "mtg",
  "001", "推动实现生活垃圾焚烧炉渣和可再生类废物全部利用", chat=True, tags="synonym colloquial no_district")
T("r13a007", "门头沟 焚烧厂能不能顺带烧树枝和污泥", "mtg",
  "001", "开展焚烧设施协同处置园林绿化废弃物", chat=True, tags="synonym colloquial")
T("r13a008", "修路绿化用建渣再生料 有比例没", "mtg",
  "001", "应用尽用建筑垃圾再生产品", chat=True, tags="synonym colloquial no_district")
T("r13a009", "mtg 剪下来的树枝落叶 再利用有安排没", "mtg",
  "001", "配合市级部门开展园林绿化废弃物资源化处置情况及需求摸底工作", chat=True,
  tags="abbrev synonym colloquial")
T("r13a010", "门头沟 药店卖消炎药 要处方吗", "mtg",
  "001", "严格落实零售药店凭处方销售处方药类抗菌药物", chat=True, tags="synonym")
# ecology, forests
T("r13a011", "门头沟 GEPR核算今年咋搞", "mtg",
  "001", "做好全区年度GEP-R核算工作", chat=True, tags="abbrev colloquial")
T("r13a012", "门头沟 生态补尝的钱 用到哪", "mtg",
  "001", "推动补偿资金用于生态环境改善领域", chat=True, tags="typo colloquial")
T("r13a013", "两山基地自查报告 几月交", "mtg",
  "001", "5月底前通过生态文明示范建设管理平台提交", chat=True, tags="abbrev no_district")
T("r13a014", "门头沟 植树造林 有啥大工程", "mtg",
  "001", "深入实施“三北”六期等重点工程", chat=True, tags="synonym")
T("r13a015", "门头沟 河边别全砌水泥 有说法没", "mtg",
  "001", "逐步恢复自然岸线形态", chat=True, tags="synonym colloquial")
# climate, carbon
T("r13a016", "新项目环评 要算碳么", "mtg",
  "001", "在建设项目环境影响评价中开展碳排放评价", chat=True, tags="colloquial no_district")
T("r13a017", "门头沟 楼顶装光伏 推不推", "mtg",
  "001", "推进建筑光伏一体化建设", chat=True, tags="synonym colloquial")
T("r13a018", "mtg 短时天气预报老不准 有啥提升", "mtg",
  "001", "进一步提高短时临近气象预报精准度", chat=True, tags="abbrev synonym colloquial")
# supervision, enforcement, rural, participation, noise
T("r13a019", "门头沟 今年整治几个村", "mtg",
  "001", "新增完成2个行政村环境整治", chat=True, tags="synonym short")
T("r13a020", "门头沟 破坏环境要赔钱的案子 咋办", "mtg",
  "001", "落实生态环境损害赔偿案件协同办理机制", chat=True, tags="synonym colloquial")
T("r13a021", "跟张家口那边 联合执法有没有", "mtg",
  "001", "加强与张家口市及交界区县日常工作联动", chat=True, tags="colloquial no_district")
T("r13a022", "门头沟 冬天烧锅炉的 专项执法查不查", "mtg",
  "001", "针对采暖季锅炉、柴油车（械）、餐饮等重点领域开展专项执法", chat=True,
  tags="synonym colloquial")
T("r13a023", "工地盖的绿网 啥时候揭 种草", "mtg",
  "001", "深入推进“揭网见绿”专项行动", chat=True, tags="synonym colloquial no_district")
A("r13a024", "门头沟 公共场所吵 噪音治理谁牵头", "mtg",
  "001", "组织实施重点点位公共场所噪声治理", "lead", chat=True, tags="synonym")
A("r13a025", "地下水超采治理方案 谁牵头 mtg", "mtg",
  "001", "配合市水务局编制新一轮地下水超采综合治理实施方案", "lead", chat=True, tags="abbrev")
# plan wording
T("r13a026", "门头沟区GEP-R提升工作专班有什么安排？", "mtg",
  "001", "成立GEP-R提升工作专班")
T("r13a027", "门头沟区如何推动企业开展非二氧化碳温室气体数据管理及填报？", "mtg",
  "001", "配合市级部门推动相关企业开展非二氧化碳温室气体数据管理及填报工作")
# 密云 2026 — water, soil, agriculture, enforcement
T("r13a028", "密云 自来水厂出来的水 查不查", "my",
  "002", "加强饮用水供水厂站水源水和出厂水水质检测", chat=True, tags="synonym colloquial")
T("r13a029", "密云 垃圾坑渗到地下水 有人管没", "my",
  "002", "逐步查清辖区垃圾填埋场地下水污染状况", chat=True, tags="synonym colloquial")
T("r13a030", "密云园 厂子污水集中处理 排查不", "my",
  "002", "聚焦工业园区污水收集和集中处理设施运行等方面问题", chat=True, tags="abbrev colloquial")
T("r13a031", "密云 中水补河 有说法没", "my",
  "002", "鼓励将再生水用于河湖生态补水，提高城市水系连通性", chat=True, tags="synonym colloquial")
T("r13a032", "密云 下大雨污水冒出来 咋整", "my",
  "002", "对汛期溢流污染风险较高的水体", chat=True, tags="synonym colloquial")
T("r13a033", "家门口的小水沟小水坑 也算美丽河湖吗 密云", "my",
  "002", "鼓励将群众身边的小微水体等纳入保护与建设范围", chat=True, tags="synonym colloquial")
T("r13a034", "密云 底西动物 多久测一回", "my",
  "002", "按季度开展国家及市级考核断面底栖动物指数监测", chat=True, tags="typo colloquial")
T("r13a035", "密云水库评上美丽河湖以后 还管不管", "my",
  "002", "针对密云水库等已建成的美丽幸福河湖，加强日常监管", chat=True, tags="colloquial")
T("r13a036", "密云 关了的厂子 原来那块地 要查吗", "my",
  "002", "开展关停退出工业企业原址用地筛查，按照生态环境部要求更新地块清单", chat=True,
  tags="synonym colloquial")
T("r13a037", "密云 企业储罐管道 防渗改造有要求没", "my",
  "002", "有序开展地面防渗、管道可视等绿色化改造", chat=True, tags="colloquial")
T("r13a038", "密云 地里的菜跟土 一块测吗", "my",
  "002", "落实重点耕地、园地土壤和食用农产品（林产品）协同监测", chat=True, tags="synonym colloquial")
T("r13a039", "密云 果园少打药 推广多少亩", "my",
  "002", "完成园地绿色防治技术推广0.05万亩", chat=True, tags="synonym")
T("r13a040", "密云 野地里烧东西 执法查吗", "my",
  "002", "加强对移动源、施工工地和露天焚烧问题等的执法检查", chat=True, tags="synonym colloquial")
A("r13a041", "密云 重金属溯源那个 谁牵头", "my",
  "002", "完成重点区域耕地、园地土壤重金属污染溯源相关工作", "lead", chat=True, tags="short")
# plan wording
T("r13a042", "密云区土壤污染源头防控“一张图”怎么形成？", "my",
  "002", "形成土壤污染源头防控“一张图”")
T("r13a043", "中关村密云园如何加强园区土壤环境管理？", "my",
  "002", "园区管理机构加强巡查、检查")
T("r13a044", "密云区土壤污染重点监管单位隐患排查整改合格率要达到多少？", "my",
  "002", "隐患排查整改合格率达到90%以上")
