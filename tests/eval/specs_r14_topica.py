"""Round 14, chat-style topic questions about measures of 大兴区 2026 and 北京市 2026 that no earlier
question names (total-emission offsets, clean production, coatings, flood-season water quality,
small water bodies, soil data and greenhouse plots, carbon budgets, green hydrogen, non-CO2 gases,
无废城市, ecological supervision, monitoring contractors, off-site enforcement, 美丽乡村, 接诉即办),
plus a few none questions in the same spirit (charging piles, rural toilets, parcels' packaging,
mosquito spraying, cold-chain ammonia, manhole covers, dogs off the leash, shared bikes) that
were checked against the plan texts.  Asked the way staff type: everyday words for the plan's terms,
colloquial asking forms (咋管/有啥要求/谁盯着/咋弄), short, the district abbreviated or left out, a
few typos.  Written from the plans' text, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# 大兴 2026 — air, companies
T("r14a001", "大兴 新上排废气的项目 总量咋替代", "dx26",
  "000", "削减量替代审批制度", chat=True, tags="synonym colloquial")
T("r14a002", "dx VOC一年排1吨以上的厂子 要做清洁生产审核不", "dx26",
  "000", "按周期实施清洁生产审核", chat=True, tags="abbrev colloquial")
T("r14a003", "大兴 药厂电子厂 搞绿色评价不", "dx26",
  "000", "重点推进医药、电子、汽车制造等行业创绿", chat=True, tags="synonym colloquial")
T("r14a004", "工地刷漆 要用水性漆吗 大兴", "dx26",
  "000", "推广使用水性涂料和低VOCs含量胶粘剂", chat=True, tags="synonym colloquial")
T("r14a005", "大兴 废气处理设备效果不行的 要整改吗", "dx26",
  "000", "开展低效类治理技术整治提升", chat=True, tags="synonym colloquial")
T("r14a006", "开发区那边 VOC浓度老高的点 咋治", "dx26",
  "000", "有效整治VOCs高值点位", chat=True, tags="synonym colloquial no_district")
T("r14a007", "大兴 工地基坑上盖气膜 有鼓励政策没", "dx26",
  "000", "落实使用基坑气膜鼓励政策", chat=True, tags="colloquial")
T("r14a008", "大兴 空气排名老靠后的街道 有人帮扶没", "dx26",
  "000", "实施精准帮扶和科学指导", chat=True, tags="synonym colloquial")
T("r14a009", "大兴 露天烧东西 有人查没", "dx26",
  "000", "加强对移动源、施工工地和露天焚烧问题等的执法检查", chat=True, tags="synonym colloquial")
# water
T("r14a010", "大兴 节约用水 用水总量有要求么", "dx26",
  "000", "持续推进节水型社会建设", chat=True, tags="synonym colloquial")
T("r14a011", "大兴 下大雨前 河水污染隐患 排不排查", "dx26",
  "000", "精准识别影响汛期水质和饮用水安全的主要污染源", chat=True, tags="synonym colloquial")
T("r14a012", "大兴 汛其 河里水质突然变差了 咋办", "dx26",
  "000", "对水质出现异常波动的", chat=True, tags="typo synonym colloquial")
T("r14a013", "大兴 家门口的小水坑小水沟 也管吗", "dx26",
  "000", "鼓励将群众身边的小微水体等纳入保护与建设范围", chat=True, tags="synonym colloquial")
T("r14a014", "大兴 河底的小虫子 多久测一回", "dx26",
  "000", "按季度开展国家及市级考核断面底栖动物指数监测", chat=True, tags="synonym colloquial")
T("r14a015", "大兴 每条河单独出个方案吗", "dx26",
  "000", "美丽幸福河湖保护与建设工作年度评估", chat=True, tags="synonym colloquial")
# soil
T("r14a016", "大兴 倒闭工厂的老厂址 查不查污染", "dx26",
  "000", "开展关停退出工业企业原址用地筛查", chat=True, tags="synonym colloquial")
T("r14a017", "大兴 新项目做的土壤调查资料 要建账吗", "dx26",
  "000", "土壤环境现状调查成果台账", chat=True, tags="synonym colloquial")
T("r14a018", "大兴 名录里那几块污染地 修复到哪步了", "dx26",
  "000", "加快2宗建设用地土壤污染风险管控和修复名录内地块", chat=True, tags="synonym colloquial")
T("r14a019", "大兴 污染地块盖了隔离层 批规划证的时候咋把关", "dx26",
  "000", "避免后续开发建设对工程阻隔造成破坏", chat=True, tags="synonym colloquial")
T("r14a020", "dx 大棚地 土壤要测吗", "dx26",
  "000", "在重点区域开展设施农用地风险监测", chat=True, tags="abbrev synonym short")
# climate, carbon, energy
T("r14a021", "大兴 碳预算 是咋回事", "dx26",
  "000", "推动建立碳排放预算管理制度", chat=True, tags="colloquial short")
T("r14a022", "大兴 新增的用能 先用绿电吗", "dx26",
  "000", "新增能源消费优先由可再生能源提供", chat=True, tags="synonym colloquial")
T("r14a023", "大兴 绿氢进京 有啥安排", "dx26",
  "000", "拓宽绿氢进京通道", chat=True, tags="colloquial short")
T("r14a024", "大兴 笑气 含氟的那些气体 管不管", "dx26",
  "000", "氧化亚氮、含氟类气体", chat=True, tags="synonym colloquial")
T("r14a025", "大兴 搞低碳的项目 给钱不", "dx26",
  "000", "加大对低碳项目资金支持", chat=True, tags="synonym colloquial")
# waste, ecology, regional, supervision
T("r14a026", "大兴 无废城市 工作方案 出了没", "dx26",
  "000", "推进全域", chat=True, tags="colloquial")
T("r14a027", "大兴 保护区里修大工程 生态影响谁盯着", "dx26",
  "000", "重点监督重大工程实施期间生态影响", chat=True, tags="synonym colloquial")
T("r14a028", "大兴 生态用地变了 要去现场看吗", "dx26",
  "000", "组织对生态用地变化线索开展实地核查", chat=True, tags="synonym colloquial")
T("r14a029", "大兴 危废 点对点利用 咋弄", "dx26",
  "000", "促进危险废物资源化利用", chat=True, tags="abbrev colloquial")
T("r14a030", "大兴 美丽乡村 挑哪些镇先试", "dx26",
  "000", "开展美丽乡村先行先试应用场景的宣传推介", chat=True, tags="colloquial")
T("r14a031", "大兴 环境损害赔偿后 修复的地方 划不划", "dx26",
  "000", "推动建设或划定生态环境损害综合性修复区域", chat=True, tags="synonym colloquial")
T("r14a032", "大兴 第三方检测公司 今年查不查", "dx26",
  "000", "年度开展生态环境监测技术服务机构专项检查", chat=True, tags="synonym colloquial")
T("r14a033", "大兴 执法能不能少上门 远程查", "dx26",
  "000", "强化非现场执法检查，坚持包容审慎", chat=True, tags="synonym colloquial")
# 北京市 2026
T("r14a034", "副中心 余热利用 有安排没", "bj",
  "003", "北京城市副中心大力发展可再生能源和余热利用", chat=True, tags="abbrev colloquial")
T("r14a035", "北京 美丽乡村 目标指引 啥时候发", "bj",
  "003", "美丽乡村巩固提升目标指引", chat=True, tags="colloquial")
T("r14a036", "海淀顺义 美丽乡村 今年得干完吧", "bj",
  "003", "海淀区、顺义区完成美丽乡村整区推进工作", chat=True, tags="colloquial no_district")
T("r14a037", "密云水库官厅水库 上游给的补偿 咋评估", "bj",
  "003", "完成补偿协议成效评估", chat=True, tags="synonym colloquial")
T("r14a038", "北京 12345 环保投诉的数据 有人分析没", "bj",
  "003", "加强接诉即办数据归集和深度分析", chat=True, tags="synonym abbrev colloquial")
T("r14a039", "北京 高速边上 建重卡换电站不", "bj",
  "003", "建设重型货车充换电站", chat=True, tags="synonym colloquial")
# --- none: things staff ask in the same spirit that the plans do not answer
N("r14a040", "大兴 小区装充电桩 有啥要求", "dx26", chat=True, tags="absent_subject")
N("r14a041", "大兴 农村改厕 今年咋弄", "dx26", chat=True, tags="absent_subject")
N("r14a042", "北京 快递包装太多 有人管没", "bj", chat=True, tags="absent_subject")
N("r14a043", "大兴 小区蚊子多 消杀谁管", "dx26", chat=True, tags="absent_subject")
N("r14a044", "北京 冷库氨泄漏 谁盯着", "bj", chat=True, tags="absent_subject")
N("r14a045", "大兴 井盖丢了找谁", "dx26", chat=True, tags="absent_subject off_topic")
N("r14a046", "大兴 遛狗不拴绳 咋管", "dx26", chat=True, tags="absent_subject off_topic")
N("r14a047", "北京 共享单车乱停 谁管", "bj", chat=True, tags="absent_subject off_topic")
