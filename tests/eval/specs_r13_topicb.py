"""Round 13, chat-style topic questions (and a few attribute ones) about measures no earlier question
named: 北京市 2026, 大兴区 2026, 大兴区 2021 — vehicles and fuels, industry, energy, buildings,
climate, water, soil, solid waste, monitoring, enforcement, funding, publicity, regional cooperation.
Asked the way staff type: everyday words for the plan's things (自来水, 树枝落叶, 尾气检测站, 挖掘机),
colloquial verbs (咋整/管不管/有说法没), abbreviations (国六, VOC), homophone typos, 市里/全市
for 北京市, no place where the subject is unique; five in the plan's own words.  Written from the
plans' text, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

T("r13b001", "市里 重污染那几天 工地只能用国六车吗", "bj",
  "003", "重点用车单位、施工工地在空气污染应对期间使用新能源或国六排放标准车辆", chat=True, tags="synonym abbrev colloquial")
T("r13b002", "北京 暴雨大风这种极端天气 跟津冀通气不", "bj",
  "003", "提升极端天气气候事件监测预警能力", chat=True, tags="synonym colloquial")
T("r13b003", "生态安全 预警指标 有说法没", "bj",
  "003", "研究生态安全监测预警指标", chat=True, tags="colloquial no_place")
T("r13b004", "市里的方案 大兴和廊坊 联合搞啥", "bj",
  "003", "大兴区、廊坊市联合开展污染防治", chat=True, tags="colloquial")
T("r13b005", "延庆跟河北怀来 搞啥活动", "bj",
  "003", "延庆区与怀来县、赤城县联合举办", chat=True, tags="colloquial")
T("r13b006", "高山背景占 建不建", "bj",
  "003", "推进高山背景站建设", chat=True, tags="typo short no_place")
T("r13b007", "各区环境监测实验室 上信息系统 有要求么", "bj",
  "003", "推进实验室信息管理系统", chat=True, tags="synonym")
T("r13b008", "市里 不上门 远程查企业的执法 有说法没", "bj",
  "003", "加快形成本市智慧执法体系", chat=True, tags="synonym colloquial")
T("r13b009", "永定河全域美丽幸福河湖保护与建设怎么推进？", "bj",
  "003", "探索推进永定河全域美丽幸福河湖保护与建设")
T("r13b010", "京津冀环境综合治理国家科技重大专项有什么安排？", "bj",
  "003", "依托京津冀环境综合治理国家科技重大专项")
A("r13b011", "涉农区 明年重点村补短板 几月底前定", "bj",
  "003", "确定下一年度重点村庄补短板任务", "deadline", chat=True, tags="colloquial")
T("r13b012", "第三方检测公司 一年查几轮 市里", "bj",
  "003", "年度开展两轮次生态环境监测技术服务机构专项检查", chat=True, tags="synonym colloquial")
T("r13b013", "京津冀生态协同专题工作组要发挥什么作用？", "bj",
  "003", "充分发挥生态协同专题工作组作用")
T("r13b014", "大兴 今年新上牌的车 新能源要占多少", "dx26",
  "000", "2026年注册登记汽车中新能源车比例达到市级要求", chat=True, tags="synonym abbrev")
T("r13b015", "大兴 摩托车 管不管", "dx26",
  "000", "配合市级部门研究落实摩托车管理工作方案", chat=True, tags="colloquial short")
T("r13b016", "大兴 大货车大巴 充电加氢的地方 有规划没", "dx26",
  "000", "研究货车和大中客车补能规划", chat=True, tags="synonym colloquial")
T("r13b017", "大兴 落后的生产工艺 还让干吗", "dx26",
  "000", "依法依规全面退出淘汰类产能", chat=True, tags="synonym colloquial")
T("r13b018", "大兴 垃圾焚烧厂 烟气 有要求没", "dx26",
  "000", "落实市级生活垃圾焚烧大气污染物排放标准", chat=True, tags="synonym colloquial")
T("r13b019", "大兴 企业搞环保 银行贷款有支持没", "dx26",
  "000", "鼓励金融机构加大对符合条件企业的信贷", chat=True, tags="synonym colloquial")
T("r13b020", "大兴 自来水水质 向老百姓公开不", "dx26",
  "000", "按季度向社会公开区级、乡镇级饮用水安全状况信息", chat=True, tags="synonym colloquial")
T("r13b021", "大兴 盖房子的碳排放 管不管", "dx26",
  "000", "按照市级要求实施建筑全生命周期碳排放管控", chat=True, tags="synonym colloquial")
T("r13b022", "大兴 坐公交 骑车走路 有提倡没", "dx26",
  "000", "扎实推进慢行优先、公交优先、绿色优先", chat=True, tags="synonym colloquial")
T("r13b023", "大兴 空调制冷剂那种含氟气体 摸底不", "dx26",
  "000", "摸排含氟类气体排放底数", chat=True, tags="synonym colloquial")
T("r13b024", "大兴 海棉城市 达标面积", "dx26",
  "000", "持续开展海绵城市建设", chat=True, tags="typo short")
T("r13b025", "大兴 修剪下来的树枝落叶 咋处理", "dx26",
  "000", "园林绿化废弃物资源化处置情况及需求摸底工作", chat=True, tags="synonym colloquial")
A("r13b026", "药店卖消炎药得凭处方 这事谁管", "dx26",
  "000", "严格落实零售药店凭处方销售处方药类抗菌药物", "lead", chat=True, tags="synonym colloquial no_place")
T("r13b027", "建筑垃圾再生产品在政府投资工程中使用比例有什么要求？", "dx26",
  "000", "应用尽用建筑垃圾再生产品")
IM("r13b028", "大兴 农田浇地的水 利用系数要到多少", "dx26",
  "000", "农田灌溉用水有效利用系数达到0.753", "0.753", chat=True, tags="synonym")
T("r13b029", "六五环境日 大兴搞啥宣传", "dx26",
  "000", "办好全国生态日、环境日、全国低碳日等宣传活动", chat=True, tags="colloquial")
T("r13b030", "21年 货车 换电动 有要求没", "dx21",
  "004", "加快推进货运车辆电动化", chat=True, tags="synonym colloquial")
T("r13b031", "21年 修车厂乱修尾气超标车 查不查", "dx21",
  "004", "交通部门对汽车维修行业开展执法检查", chat=True, tags="synonym colloquial")
T("r13b032", "21年 尾气检测站 弄虚作假 咋管", "dx21",
  "004", "对机动车检验机构违法行为和其他不符合规范行为进行累积记分", chat=True, tags="synonym colloquial")
T("r13b033", "21年 挖掘机这些 要上牌登记吗", "dx21",
  "004", "对使用的非道路移动机械进行信息编码登记", chat=True, tags="synonym colloquial")
T("r13b034", "21年 新盖的住宅 节能标准按哪个", "dx21",
  "004", "居住建筑节能设计标准", chat=True, tags="synonym")
T("r13b035", "21年 装光伏 热泵 支持不", "dx21",
  "004", "大力发展本地热泵、光伏系统", chat=True, tags="colloquial")
T("r13b036", "21年 小型气象站 建不建", "dx21",
  "004", "探索建设微型气象监测网络", chat=True, tags="synonym colloquial")
T("r13b037", "21年 走航车查VOC", "dx21",
  "004", "利用VOCs走航监测技术对重点区域全面摸排", chat=True, tags="abbrev short")
T("r13b038", "21年 农村水井 水质多久测一次", "dx21",
  "004", "对供水人口在10000人以上或日供水1000吨以上的饮用水水源每季度监测一次", chat=True, tags="synonym colloquial")
T("r13b039", "21年 污水厂的污泥 咋处理", "dx21",
  "004", "城镇污泥实现无害化处置", chat=True, tags="colloquial")
T("r13b040", "21年 候鸟 保护有没有", "dx21",
  "004", "加强候鸟栖息地保护", chat=True, tags="colloquial short")
T("r13b041", "21年 工业固废堆放点 防渗漏 有要求么", "dx21",
  "004", "督促堆存场所完善“三防”", chat=True, tags="synonym")
T("r13b042", "21年 地被污染了 谁来治 谁出钱", "dx21",
  "004", "坚持“谁污染、谁治理”原则", chat=True, tags="synonym colloquial")
A("r13b043", "21年 生物医药基地危废转运站 谁牵头", "dx21",
  "004", "建成投运大兴生物医药基地危险废物收集转运设施", "lead", chat=True, tags="abbrev")
T("r13b044", "2021年耕地周边涉重金属行业企业排查整治怎么安排？", "dx21",
  "004", "开展新一轮耕地周边涉重金属行业企业排查、整治")
T("r13b045", "21年 河长制", "dx21",
  "004", "严格落实“河（湖）长制”", chat=True, tags="short")
