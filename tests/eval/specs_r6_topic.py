"""Round-6 batch, area topic: chat-style "what does the plan say about X" questions.

Written from the plans (planbot/plans/*.txt) in words far from the plan text: everyday names of
the problem (饭店油烟呛人, 烧秸秆冒烟, 半夜施工吵, 拉土车撒一路), street names of things, complaints
phrased as questions, short forms and English; spread over all five plans; plus near-topic
questions the plans do not answer.
"""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- 大兴 2026
T("r6t001", "饭店油烟呛人，大兴今年有啥招", "dx26", "000", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="colloquial complaint")
T("r6t002", "地里烧秸秆冒烟 大兴有人管没", "dx26", "000", "加强对秸秆露天焚烧执法力度", chat=True, tags="colloquial complaint")
T("r6t003", "大兴半夜还在施工 吵得睡不着 计划里咋说的", "dx26", "000", "加大夜间施工证明服务指导力度", chat=True, tags="colloquial complaint")
T("r6t004", "@机器人 村里旱厕粪池改造 大兴咋安排", "dx26", "000", "推动农村三格式化粪池全覆盖", chat=True, tags="synonym colloquial")
T("r6t005", "写字楼那边外卖盒子回收 大兴搞不搞", "dx26", "000", "外卖餐盒回收", chat=True, tags="colloquial")
T("r6t006", "剧毒农药还让用吗？大兴", "dx26", "000", "高毒高风险农药及助剂", chat=True, tags="synonym")
T("r6t007", "大兴养猪养牛的粪咋处理", "dx26", "000", "畜禽粪污减排、处理与利用设施升级改造", chat=True, tags="synonym colloquial")
T("r6t008", "大兴区如何强化农村黑臭水体治理？", "dx26", "000", "大兴区农村黑臭水体治理及成效评估工作方案")
# --- 门头沟 2026
T("r6t009", "门头沟公园里跳舞唱歌太闹了，有措施没", "mtg", "001", "系统推进公园娱乐、健身等活动噪声系统治理", chat=True, tags="colloquial complaint")
T("r6t010", "mtg 拉渣土的车乱跑 用啥技术手段盯", "mtg", "001", "加大对渣土车溯源追查力度", chat=True, tags="abbrev colloquial")
T("r6t011", "门头沟黑加油点 卖假油的怎么打击", "mtg", "001", "坚决打击“非标油”", chat=True, tags="synonym colloquial")
T("r6t012", "门头沟修车铺喷漆味太大 管不管", "mtg", "001", "加强汽修企业全环节监管", chat=True, tags="synonym complaint")
T("r6t013", "门头沟马路边装隔音墙的事", "mtg", "001", "隔声屏障安装条件", chat=True, tags="synonym")
T("r6t014", "门头沟工地上的挖机铲车要换成电的吗", "mtg", "001", "推动施工工地新增或更新的且有对应新能源产品的内部车辆和非道路移动机械", chat=True, tags="synonym slang")
T("r6t015", "楼上邻居天天吵闹 门头沟谁来劝", "mtg", "001", "指导基层自治组织及时劝阻、调解社会生活噪声扰民行为", chat=True, tags="colloquial complaint")
T("r6t016", "门头沟空地黄土露着一刮风就起土", "mtg", "001", "实现裸地动态整治", chat=True, tags="colloquial complaint")
T("r6t017", "门头沟区如何推进宁静小区建设？", "mtg", "001", "开展宁静小区建设")
# --- 密云 2026
T("r6t018", "密云 不合格的薄膜能下地不", "my", "002", "严禁非标地膜入市下田", chat=True, tags="synonym colloquial")
T("r6t019", "密云过年放鞭炮管不管", "my", "002", "禁止燃放烟花爆竹的通告", chat=True, tags="synonym colloquial")
T("r6t020", "密云拉土车队要弄绿色的吗", "my", "002", "建设1家渣土运输绿色车队", chat=True, tags="synonym colloquial")
T("r6t021", "密云马路上掉土撒一路 查不查", "my", "002", "严查道路遗撒等违法违规行为", chat=True, tags="colloquial complaint")
T("r6t022", "密云老旧的柴油垃圾车淘汰吗", "my", "002", "淘汰50%左右的国四及以下排放标准柴油环卫车", chat=True, tags="synonym")
T("r6t023", "密云水库上游少施化肥有啥安排", "my", "002", "持续推进密云水库流域化肥控量", chat=True, tags="colloquial")
T("r6t024", "密云区如何加强地膜科学使用和管理？", "my", "002", "加强地膜科学使用和管理")
# --- 北京市 2026
T("r6t025", "市里从内蒙古山西那边调绿电是怎么说的", "bj", "003", "加强从内蒙古", chat=True, tags="colloquial")
T("r6t026", "北京 重污染天企业停产限产分级 咋弄", "bj", "003", "完善重点行业企业空气重污染绩效分级管理", chat=True, tags="synonym")
T("r6t027", "京津冀河流上下游出了水污染事故怎么一起应对", "bj", "003", "持续深化流域上下游突发水污染事件联防联控", chat=True, tags="colloquial")
T("r6t028", "北京市如何推进生态环境分区管控应用？", "bj", "003", "推进生态环境分区管控在")
# --- 大兴 2021
T("r6t029", "21年大兴 跑了太多公里的出租车要换吗", "dx21", "004", "行驶里程超过标准规定环保耐久性", chat=True, tags="colloquial short_year")
T("r6t030", "2021大兴马路机扫 小胡同也扫吗", "dx21", "004", "推进机械化清扫保洁向背街小巷延伸", chat=True, tags="synonym slang")
T("r6t031", "大兴21年邮局的车换电动的吗", "dx21", "004", "4.5吨以下邮政车", chat=True, tags="synonym short_year")
T("r6t032", "21年大兴 进京口子查大货车冒黑烟", "dx21", "004", "全年在进京路口和区内主要道路", chat=True, tags="colloquial slang")
T("r6t033", "2021年大兴 小区污水没接管子的怎么办", "dx21", "004", "未接入管网小区情况", chat=True, tags="colloquial")
T("r6t034", "大兴区2021年如何强化线性工程及小微工程扬尘管控？", "dx21", "004", "强化线性工程及“小微工程”扬尘管控")
# --- English / all plans
T("r6t035", "Mentougou: anything on construction noise at night?", "mtg", "001", "加大夜间施工证明服务指导力度", chat=True, tags="english")
T("r6t036", "What is Miyun doing about smelly restaurant kitchens?", "my", "002", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="english colloquial")
# --- not in the plans
N("r6t037", "密云乱扔垃圾罚款多少钱", "my", chat=True, tags="near_topic")
N("r6t038", "门头沟电动车进楼道充电管不管", "mtg", chat=True, tags="near_topic")
N("r6t039", "空调外机滴水扰民 市里有规定吗", "bj", chat=True, tags="near_topic")
N("r6t040", "门头沟野猪下山祸害庄稼咋办", "mtg", chat=True, tags="near_topic")
N("r6t041", "大兴共享单车乱停放 计划里提了没", "dx26", chat=True, tags="near_topic")
N("r6t042", "密云新能源车摇号指标多给吗", "my", chat=True, tags="near_topic")
N("r6t043", "大兴小区楼道堆杂物有人管吗", "dx26", chat=True, tags="near_topic")
N("r6t044", "Does Beijing's plan set the winter heating fee?", "bj", chat=True, tags="near_topic english")
