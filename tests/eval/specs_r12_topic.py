"""Round 12, topic batch: what a measure says, asked in everyday words (heating, water quality,
fireworks, noise, waste, vehicles, soil), plus indicator-table cells and stated numbers, across
all five plans.  Written from the plans' text, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# 大兴 2026
T("r12t001", "大兴今年过年放鞭炮管不管", "dx26",
  "000", "本区关于禁止、限制燃放烟花爆竹", chat=True, tags="synonym")
T("r12t002", "大兴那些数据中心特别耗电，有节能的要求没", "dx26",
  "000", "严格落实新建数据中心能效标准", chat=True, tags="synonym")
T("r12t003", "大兴 雨季之前下水道口子清不清", "dx26",
  "000", "汛期前对雨水管涵、雨水口", chat=True, tags="synonym")
T("r12t004", "大兴村里水井旁边不让有旱厕和养殖场那条咋说的", "dx26",
  "000", "确保水源井周边30米范围内", chat=True, tags="synonym")
T("r12t005", "大兴冬天取暖用清洁能源有啥计划", "dx26",
  "000", "推动全区供热系统绿色低碳转型", chat=True, tags="synonym")
T("r12t006", "大兴 抓卖野味、乱捕野鸟的", "dx26",
  "000", "依法查处破坏陆生野生动植物资源", chat=True, tags="synonym")
IM("r12t007", "大兴新建的数据中心绿电得占多少", "dx26",
   "000", "新建及改扩建数据中心绿电占比超过60%", "60%", chat=True)
# 门头沟 2026
T("r12t008", "门头沟 饭馆油烟扰民老有人投诉 咋弄", "mtg",
  "001", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="synonym")
T("r12t009", "门头沟家里过期的药有地方回收没", "mtg",
  "001", "研究推动居民家庭废药品回收", chat=True, tags="synonym")
T("r12t010", "门头沟下大雨前后 河沟里的垃圾咋清", "mtg",
  "001", "强化汛期河湖水环境精细化管理", chat=True, tags="synonym")
T("r12t011", "门头沟美国白蛾、松材线虫这些外来虫子防治", "mtg",
  "001", "外来入侵物种监测和综合治理", chat=True, tags="synonym")
T("r12t012", "门头沟 开春工地扬尘集中整治搞多长时间", "mtg",
  "001", "以3-5月为重点开展扬尘专项治理百日攻坚行动", chat=True, tags="synonym")
T("r12t014", "门头沟 污水厂旁边用热泵取暖那个事", "mtg",
  "001", "优先采用再生水（污水）热泵系统供暖", chat=True, tags="synonym")
IM("r12t015", "门头沟可再生能源供暖面积占比要到多少", "mtg",
   "001", "全区可再生能源供热面积占比达2%以上", "2%", chat=True, tags="synonym")
# 密云 2026
T("r12t016", "密云 水泥罐车换电动的", "my",
  "002", "推动混凝土搅拌车新能源化", chat=True, tags="synonym")
T("r12t017", "密云区农田节水灌溉有哪些措施？", "my",
  "002", "推广水肥一体化等节水")
T("r12t018", "密云 水库上游少用化肥农药的事", "my",
  "002", "持续推进密云水库流域化肥控量", chat=True, tags="synonym")
T("r12t019", "密云老百姓私家车换新能源的 鼓励不", "my",
  "002", "促进存量社会小客车更新为新能源车", chat=True, tags="synonym")
T("r12t020", "密云 往河里排水的口子 新设的要审批吗", "my",
  "002", "入河排污口的设置审批", chat=True, tags="synonym")
T("r12t021", "密云工地盖的绿网子要揭掉种绿吗", "my",
  "002", "推进“揭网见绿”专项行动", chat=True, tags="synonym")
# 北京市 2026
T("r12t022", "北京市如何完善秋冬季大范围污染过程的区域联动减排？", "bj",
  "003", "完善秋冬季长时间大范围污染过程区域联动减排机制")
IM("r12t023", "市里今年新评几家国家级绿色工厂", "bj",
   "003", "年底前力争新增国家级绿色工厂", "5", chat=True)
T("r12t024", "市里 CCER碳交易那块怎么弄", "bj",
  "003", "全国温室气体自愿减排交易(CCER)机构运行", chat=True, tags="abbrev")
T("r12t025", "北京农村臭水沟治理", "bj",
  "003", "强化农村黑臭水体治理", chat=True, tags="synonym")
IM("r12t026", "市里公共场所噪音扰民治理多少处", "bj",
   "003", "组织实施 29 项重点点位公共场所噪声治理", "29", chat=True, tags="synonym")
# 大兴 2021
T("r12t027", "21年大兴 马路扫得干不干净 每个月排名吗", "dx21",
  "004", "每月对道路尘土残存量排名", chat=True, tags="synonym")
T("r12t028", "2021大兴 公园修剪下来的树枝落叶咋处理", "dx21",
  "004", "推动园林废弃物资源化", chat=True, tags="synonym")
T("r12t029", "21年大兴 村里河水水质每个月排名吗", "dx21",
  "004", "实施覆盖到村（社区）的水环境质量监测评价体系", chat=True, tags="synonym")
T("r12t030", "2021年大兴 暖气按户计量收费", "dx21",
  "004", "推进供热分户计量和智能化控制", chat=True, tags="synonym")
T("r12t031", "2021年大兴区受污染地块在规划用途上有什么要求？", "dx21",
  "004", "建设用地受污染地块优先规划为战略留白用地")
# 附件4 / 附件5 tables
IC("r12t032", "门头沟 新上牌的货车新能源的得占多少", "mtg",
   "门头沟区", "2026年注册登记货车新能源化率", chat=True, tags="synonym")
IC("r12t033", "密云 商场空调外机那种固定设备噪音治理几项", None,
   "密云区", "商业固定设备噪声治理", chat=True, tags="synonym")
IC("r12t034", "平谷农村环境整治巩固几个", None,
   "平谷区", "农村环境整治成效巩固", chat=True, tags="short")
IC("r12t035", "大兴区建设用地土壤污染风险管控和修复名录内地块有几块？", None,
   "大兴区", "建设用地土壤污染风险管控和修复名录内地块")
IC("r12t036", "雁翅 细颗粒物今年定的多少", "mtg",
   "雁翅镇", "2026年PM2.5目标值", chat=True, tags="synonym abbrev")
S("r12t037", "公园广场那种公共场所噪音治理 哪个区最多", None,
  "公共场所噪声治理", "max", chat=True, tags="synonym")
