"""Round 15, chat-style topic questions (and a few attribute ones) about measures of 门头沟区 2026
and 密云区 2026 that no earlier topic/attribute question names, or only one does (fleet vehicles
inside plants, obsolete capacity, VOC consumables, coating spot checks, gate cameras at batching
plants, lorry checks at the Beijing entrances, remote sensing, drinking-water backup sources,
sewer pipes, park sewage plants, roadside ditches before rain, engineered barriers on polluted
land, pesticides in parks, carbon footprints, methane, clinic waste, antibiotics at pharmacies,
releasing alien species, hikers in protected areas, flood dikes, village ditches, damage
compensation, testing contractors; 密云: motorcycles, truck charging, diesel checks, car-repair
shops, muddy wheels at site gates, small sites, park machinery, closed factories' land).
Asked the way staff type in a group chat: a situation or a problem in everyday words rather than
the plan's terms (铲车 for 装载机, 消炎药 for 抗菌药物, 沼气 for 甲烷, 活性炭 for 治理设施耗材),
colloquial asking forms (谁管/有说法没/咋弄), short, the district abbreviated or left out when the
content is specific.  About 15 % in plan wording.  Written from the plans' text, not from the
bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# 门头沟 2026 — air, vehicles, companies
T("r15a001", "门头沟 厂子里自己跑的车和机械 要换新能源吗", "mtg",
  "001", "推动重点行业企业新增或更新的", chat=True, tags="synonym colloquial")
T("r15a002", "门头沟 沥青厂里的铲车叉车 要换电动的不", "mtg",
  "001", "推动沥青混合料搅拌站等厂内使用的叉车", chat=True, tags="synonym colloquial")
T("r15a003", "门头沟 落后的生产线 还让干吗", "mtg",
  "001", "依法依规全面退出淘汰类产能", chat=True, tags="synonym colloquial")
T("r15a004", "门头沟 清洁生产审核名单 谁来定", "mtg",
  "001", "做好审核名单制定", chat=True, tags="colloquial")
T("r15a005", "门头沟 工地用的防水涂料 美缝剂 抽查多少", "mtg",
  "001", "抽检比例不低于70%", chat=True, tags="synonym colloquial")
T("r15a006", "门头沟 废气处理的活性炭 多久得换", "mtg",
  "001", "督促企业及时更新更换VOCs治理设施耗材", chat=True, tags="synonym colloquial")
T("r15a007", "门头沟 搅拌站门口的摄像头 要跟环保联网吗", "mtg",
  "001", "重点用车单位门禁及视频监控系统联网", chat=True, tags="synonym colloquial")
T("r15a008", "门头沟 进京路口查大货车 抽查比例多少", "mtg",
  "001", "红、黄类重点车辆抽查率不少于50%", chat=True, tags="synonym colloquial")
T("r15a009", "门头沟 电动货车白天进城 有优先吗", "mtg",
  "001", "落实新能源货车优先通行政策", chat=True, tags="synonym colloquial")
T("r15a010", "门头沟 干洗店的老机器 要换吗", "mtg",
  "001", "推动干洗行业绿色升级", chat=True, tags="synonym colloquial")
T("r15a011", "门头沟 垃圾焚烧厂 排的烟还要再减吗", "mtg",
  "001", "推动生活垃圾焚烧企业进一步减排", chat=True, tags="synonym colloquial")
T("r15a012", "门头沟 用卫星看生态 有安排吗", "mtg",
  "001", "加强遥感与地面观测相结合的生态评估", chat=True, tags="synonym colloquial")
T("r15a013", "门头沟 大气监管 上不上新技术新设备", "mtg",
  "001", "深化大气治理智慧化监管应用", chat=True, tags="colloquial")
T("r15a014", "门头沟 政府投资的工地 基坑上罩气膜 有鼓励没", "mtg",
  "001", "探索制定基坑气膜使用鼓励政策", chat=True, tags="colloquial")
# water
T("r15a015", "门头沟 村里自来水要是超标了 咋办", "mtg",
  "001", "及时采取水源置换、集中供水、深度处理", chat=True, tags="synonym colloquial")
T("r15a016", "门头沟 今年铺多少污水管子", "mtg",
  "001", "建设完成污水管线、再生水管线公里数", chat=True, tags="synonym colloquial")
T("r15a017", "门头沟 园区的污水站 运行得咋样 有人查不", "mtg",
  "001", "开展产业园区污水收集处理设施运行情况排查整治", chat=True, tags="synonym colloquial")
T("r15a018", "门头沟 农村污水站 专项执法查不查", "mtg",
  "001", "重点组织对水源地、入河排污口和农村污水处理设施的专项执法检查", chat=True, tags="colloquial")
T("r15a019", "门头沟 中水补河道 有说法吗", "mtg",
  "001", "鼓励将再生水用于河湖生态补水", chat=True, tags="synonym colloquial")
T("r15a020", "下雨前 马路边沟里的垃圾 谁清", None,
  "001", "雨前对马路边沟、无水支流沟渠等开展垃圾杂物清理", chat=True, tags="colloquial no_district")
T("r15a021", "门头沟 村里的臭水沟 咋治", "mtg",
  "001", "强化农村黑臭水体治理", chat=True, tags="synonym colloquial")
T("r15a022", "门头沟 永定河大堤 防洪 修不修", "mtg",
  "001", "完善永定河等主要河流重点防洪工程", chat=True, tags="synonym colloquial")
T("r15a023", "门头沟 COD 总磷 减排任务", "mtg",
  "001", "完成化学需氧量（COD）、总磷（TP）", chat=True, tags="abbrev short")
# soil, agriculture, ecology
T("r15a024", "门头沟 污染地块上做了隔离层 以后盖楼挖坏了咋整", "mtg",
  "001", "避免后续开发建设对工程阻隔造成破坏", chat=True, tags="synonym colloquial")
T("r15a025", "门头沟 公园绿地打药 要少打吗", "mtg",
  "001", "分类分区分级推进园林绿化农药减量", chat=True, tags="synonym colloquial")
T("r15a026", "门头沟 农民打药 有没有人教怎么安全用", "mtg",
  "001", "增强使用者科学安全用药意识和水平", chat=True, tags="synonym colloquial")
T("r15a027", "门头沟 有人乱放生 谁管", "mtg",
  "001", "违规引进、释放或丢弃外来物种", chat=True, tags="synonym colloquial short")
T("r15a028", "门头沟 驴友进保护区乱爬野山 有人管吗", "mtg",
  "001", "强化违法违规旅游活动管控力度", chat=True, tags="synonym colloquial")
T("r15a029", "门头沟 植树造林 三北工程 有任务吗", "mtg",
  "001", "深入实施“三北”六期等重点工程", chat=True, tags="colloquial")
T("r15a030", "门头沟 暴雨大风这种极端天气 预警咋弄", "mtg",
  "001", "提升极端天气气候事件监测预警能力", chat=True, tags="synonym colloquial")
T("r15a031", "门头沟 破坏环境要赔钱的案子 谁来办", "mtg",
  "001", "落实生态环境损害赔偿案件协同办理机制", chat=True, tags="synonym colloquial")
# climate, waste, health
T("r15a032", "门头沟 酒店算碳足迹 是啥事", "mtg",
  "001", "开展酒店等重点产品和服务碳足迹核算方法研究", chat=True, tags="colloquial")
T("r15a033", "新项目做环评 要不要算碳排放", None,
  "001", "在建设项目环境影响评价中开展碳排放评价", chat=True, tags="colloquial no_district")
T("r15a034", "门头沟 烧天然气 用量有上限吗", "mtg",
  "001", "天然气消费量控制达到市级要求", chat=True, tags="synonym colloquial")
T("r15a035", "门头沟 垃圾场污水厂冒的沼气 管不管", "mtg",
  "001", "严格控制废弃物处置、污水处理、农业、能源等领域甲烷排放", chat=True, tags="synonym colloquial")
T("r15a036", "门头沟 产垃圾多的小工厂 要转型吗", "mtg",
  "001", "引导固体废物产生强度高于0.2吨/万元的制造业企业转型升级", chat=True, tags="synonym colloquial")
T("r15a037", "门头沟 小诊所的医疗垃圾 谁来收", "mtg",
  "001", "“小箱进大箱”医疗废物收运体系", chat=True, tags="synonym colloquial")
T("r15a038", "门头沟 药店卖消炎药 要处方不", "mtg",
  "001", "严格落实零售药店凭处方销售处方药类抗菌药物", chat=True, tags="synonym colloquial")
T("r15a039", "门头沟 第三方检测公司 一年查几回", "mtg",
  "001", "年度开展两轮次生态环境监测技术服务机构专项检查", chat=True, tags="synonym colloquial")
T("r15a040", "门头沟 一般制造业疏解退出任务 今年还有吗", "mtg",
  "001", "完成一般制造业企业疏解退出市级任务", tags="")
T("r15a041", "京西山水工程什么时候验收？", "mtg",
  "001", "完成京西山水工程建设并开展验收", tags="")
T("r15a042", "门头沟区坚持慢行优先、公交优先是怎么要求的？", "mtg",
  "001", "坚持慢行优先、公交优先、绿色优先", tags="")
A("r15a043", "门头沟 明年哪些村补短板 啥时候前定下来", "mtg",
  "001", "确定下一年度重点村庄补短板任务", "deadline", chat=True, tags="synonym colloquial")
A("r15a044", "门头沟 下水管道破了 这个事谁牵头", "mtg",
  "001", "拓展处置管道破损等环境问题", "lead", chat=True, tags="synonym colloquial")

# 密云 2026
T("r15a045", "密云 摩托车 有管理办法没", "my",
  "002", "研究摩托车管理工作方案", chat=True, tags="colloquial short")
T("r15a046", "密云 大货车大巴车充电 建不建快充站", "my",
  "002", "推进超充站等补能设施建设", chat=True, tags="synonym colloquial")
T("r15a047", "密云 加油站的柴油 抽检吗", "my",
  "002", "加强实际使用环节的柴油抽检", chat=True, tags="colloquial")
T("r15a048", "密云 修车厂喷漆 管不管", "my",
  "002", "加强汽修企业污染物排放监管", chat=True, tags="synonym colloquial")
T("r15a049", "密云 工地出来的车 轮子带泥上路 咋管", "my",
  "002", "杜绝带泥上路行驶", chat=True, tags="colloquial")
T("r15a050", "密云 翻建平房这种小工程 扬尘有规范没", "my",
  "002", "强化小微工地精细化管理", chat=True, tags="synonym colloquial")
T("r15a051", "公园里的割草机 油锯 要换电的吗", None,
  "002", "区属公园使用的草坪机、割灌机、绿篱机、油锯等园林机械", chat=True, tags="synonym colloquial no_district")
T("r15a052", "密云 关了的工厂 旁边有居民 地怎么处理", "my",
  "002", "推动采取清理残留污染物、设置围挡等措施阻断污染迁移", chat=True, tags="synonym colloquial")
T("r15a053", "京密引水渠 潮河 今年要弄成啥样", None,
  "002", "京密引水渠、潮河等水体基本达到美丽幸福河湖建设要求", chat=True, tags="colloquial no_district")
T("r15a054", "密云 地块土壤初步调查 有人抽查吗", "my",
  "002", "开展重点建设用地土壤污染状况初步调查监督检查", chat=True, tags="colloquial")
T("r15a055", "密云 印刷厂 智慧监管试点", "my",
  "002", "开展印刷行业源头智慧化监管试点", chat=True, tags="short")
A("r15a056", "密云 工地机械进出场扫码登记 哪些部门负责", "my",
  "002", "小程序上进行进出场登记", "lead", chat=True, tags="synonym colloquial")
A("r15a057", "门头沟 重污染那几天 工地只能用国六的车 这条谁牵头", "mtg",
  "001", "重点用车单位、施工工地在空气污染应对期间使用新能源或国六排放标准车辆", "lead", chat=True,
  tags="synonym colloquial")
A("r15a058", "密云 耕地园地的土壤类别 啥时候调整完", "my",
  "002", "动态更新农用地土壤环境质量类别分类清单", "deadline", chat=True, tags="colloquial")
# plan wording
T("r15a059", "门头沟区土壤环境现状调查成果台账怎么建立？", "mtg",
  "001", "土壤环境现状调查成果台账", tags="")
T("r15a060", "门头沟区GEP-R生态保护补偿政策怎么落实？", "mtg",
  "001", "落实市级GEP-R生态保护补偿政策", tags="")
T("r15a061", "门头沟区生物多样性保护联席会议机制怎么深化？", "mtg",
  "001", "深化生物多样性保护联席会议机制", tags="")
T("r15a062", "密云区节水型社会建设有什么要求？", "my",
  "002", "持续推进节水型社会建设", tags="")
