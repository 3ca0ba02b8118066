"""Round 13, chat-style topic questions (and a few attribute ones) about measures no earlier question
named, across all five plans (大兴 2026, 门头沟 2026, 密云 2026, 北京市 2026, 大兴 2021): vehicles and
machinery, paints, city upkeep, reclaimed water, pesticides, idle land, illegal dumping, waste-free
cells, greening, drinking water, farm irrigation, green buildings, weather forecasts, incinerator
slag, construction-waste fees, radiation drills, village clean-up, 12345 complaints, volunteers,
storage industry, dispute mediation, night-time noise, petrol-station vapour recovery, small water
bodies, land planning near schools.  Asked the way staff type in a group chat: everyday words the
plans never print (中水, 打药, 荒地, 偷倒, 种树, 白天, 画马路线, 12345), colloquial fillers and verbs
(咋弄/有啥说法/管不管/搞不搞/要不要/啥情况/听说…是真的吗/领导问…), very short questions, some with no
place (the chat's scope gives it); five in the plan's own words.  Written from the plans' text,
not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- 大兴 2026
T("r13f001", "大兴 拉垃圾的车 要不要换电动的", "dx26",
  "000", "推动新增或更新的生活和建筑垃圾运输车基本新能源化", chat=True, tags="synonym colloquial")
T("r13f002", "工地电不够 电动机械咋充电 有说法吗", "dx26",
  "000", "做好施工工地周边补能设施配套", chat=True, tags="synonym colloquial no_place")
T("r13f003", "背街小巷 还整治不", "dx26",
  "000", "巩固背街小巷治理成效", chat=True, tags="colloquial short no_place")
A("r13f004", "领导问 大兴 城市家具那块 谁牵头", "dx26",
  "000", "加强城市家具规范化治理", "lead", chat=True, tags="colloquial")
T("r13f005", "拿中水补河 有啥说法", "dx26",
  "000", "鼓励将再生水用于河湖生态补水", chat=True, tags="synonym colloquial no_place")
T("r13f006", "大兴 公园绿地打药 减不减", "dx26",
  "000", "分类分区分级推进园林绿化农药减量", chat=True, tags="synonym colloquial")
T("r13f007", "大兴 荒地 有没有人巡查", "dx26",
  "000", "组织对滩涂等未利用地定期开展巡查", chat=True, tags="synonym colloquial")
T("r13f008", "偷倒垃圾渣土的 查不查", "dx26",
  "000", "固体废物非法运输、倾倒、填埋、处置排查", chat=True, tags="synonym colloquial no_place")
T("r13f009", "无废学校 有这说法吗", "dx26",
  "000", "打造一批“低碳校园”、“无废校园”", "000", "配合市级部门开展“无废工厂”“无废校园”", chat=True, tags="synonym colloquial no_place")
T("r13f010", "屋顶花园 搞不搞", "dx26",
  "000", "建设屋顶花园", chat=True, tags="colloquial short no_place")
T("r13f011", "大兴区生物多样性调查评估及观测工作怎么安排？", "dx26",
  "000", "持续开展生物多样性调查评估及观测工作")
T("r13f012", "听说大兴要多种树提高森林覆盖率 是真的吗", "dx26",
  "000", "有序提高全区森林覆盖率", chat=True, tags="synonym colloquial")
T("r13f013", "大兴 突发水污染 搞不搞演练", "dx26",
  "000", "开展环境风险隐患排查和突发环境事件协同应急演练", chat=True, tags="colloquial")

# --- 门头沟 2026
T("r13f014", "门头沟 白天进城的货车 必须是新能源吗", "mtg",
  "001", "引导昼间进入重点区域行驶的营运货车基本为新能源货车", chat=True, tags="synonym colloquial")
T("r13f015", "揭网见绿 啥情况", "mtg",
  "001", "深入推进“揭网见绿”专项行动", chat=True, tags="colloquial short no_place")
T("r13f016", "门头沟 水源井周边 多大范围不能有垃圾", "mtg",
  "001", "确保水源井周边30米范围内无污水", chat=True, tags="colloquial")
T("r13f017", "浇地省水 有啥说法", "mtg",
  "001", "推广水肥一体化等节水抗旱技术", chat=True, tags="synonym colloquial no_place")
T("r13f018", "门头沟 盖楼用绿色建材 有要求没", "mtg",
  "001", "提高城镇新建建筑中绿色建材应用比例", chat=True, tags="synonym colloquial")
T("r13f019", "天气预报老不准 有没有措施", "mtg",
  "001", "进一步提高短时临近气象预报精准度", chat=True, tags="synonym colloquial no_place")
T("r13f020", "烧垃圾剩的炉渣 咋弄", "mtg",
  "001", "推动实现生活垃圾焚烧炉渣和可再生类废物全部利用", chat=True, tags="synonym colloquial no_place")
T("r13f021", "门头沟 建筑垃圾 收费不", "mtg",
  "001", "探索完善建筑垃圾处置收费机制", chat=True, tags="colloquial short")
A("r13f022", "辐射事故 应急演练 谁牵头", "mtg",
  "001", "持续开展区域辐射应急演练", "lead", chat=True, tags="colloquial no_place")
T("r13f023", "门头沟 今年几个村要搞环境整治", "mtg",
  "001", "新增完成2个行政村环境整治", chat=True, tags="colloquial")
T("r13f024", "老百姓打12345反映环境问题 咋处理", "mtg",
  "001", "依法分类办理生态环境类诉求", chat=True, tags="synonym colloquial no_place")
T("r13f025", "门头沟 环保志愿者 有活动吗", "mtg",
  "001", "推进生态环境志愿服务", chat=True, tags="synonym colloquial")
T("r13f026", "生活垃圾焚烧设施协同处置园林绿化废弃物试点怎么开展？", "mtg",
  "001", "开展焚烧设施协同处置园林绿化废弃物")
T("r13f027", "门头沟区建筑垃圾闭环管理机制怎么建立？", "mtg",
  "001", "建立建筑垃圾闭环管理机制")

# --- 密云 2026
T("r13f028", "密云 老旧货车 换新能源 有啥说法", "my",
  "002", "加快推动老旧营运货车淘汰更新为新能源货车", chat=True, tags="colloquial")
T("r13f029", "政府工程招标 要写用新能源机械吗", "my",
  "002", "招标人应将工程施工过程中新能源机械、新能源车辆使用情况作为响应条款", chat=True, tags="synonym colloquial no_place")
T("r13f030", "画马路线的油漆 要用水性的吗", "my",
  "002", "建筑施工、室外构筑物防护和道路交通标识等其他涂装作业", chat=True, tags="synonym colloquial no_place")
T("r13f031", "密云 露天烧东西 执法查不查", "my",
  "002", "加强对移动源、施工工地和露天焚烧问题等的执法检查", chat=True, tags="synonym colloquial")
T("r13f032", "下大雨后水库水质突然变差 咋办", "my",
  "002", "对水质出现异常波动的，迅速采取有效处置措施", chat=True, tags="synonym colloquial no_place")
A("r13f033", "密云 柴油抽检 谁牵头", "my",
  "002", "加强实际使用环节的柴油抽检", "lead", chat=True, tags="short")
T("r13f034", "密云区印刷行业末端治理设施适应性试点鼓励政策怎么制定？", "my",
  "002", "末端治理设施适应性试点鼓励政策")

# --- 北京市 2026
T("r13f035", "市里 储能产业 跟天津河北一块搞吗", "bj",
  "003", "共同建设京津冀新型储能产业集群", chat=True, tags="synonym colloquial")
T("r13f036", "环保闹矛盾纠纷 有调解的说法没", "bj",
  "003", "开展生态环境领域矛盾纠纷多元调解试点", chat=True, tags="synonym colloquial no_place")
T("r13f037", "全市 晚上噪声达标率 有要求吗", "bj",
  "003", "各区国控站点功能区声环境质量夜间达标率", chat=True, tags="synonym colloquial")
T("r13f038", "美丽城市 每个区要推几个案例", "bj",
  "003", "每区推广1—2个典型案例", chat=True, tags="colloquial no_place")

# --- 大兴 2021
T("r13f039", "21年 加油站油气回收 报警了咋弄", "dx21",
  "004", "对在线监控系统报警、未稳定运行和数据不准确的加油站进行依法处理", chat=True, tags="colloquial")
T("r13f040", "21年 没手续的建筑垃圾处置场 关不关", "dx21",
  "004", "对于未取得手续的建筑垃圾资源化处置场", chat=True, tags="colloquial")
T("r13f041", "21年 公园浇水把泥冲到路上 有说法没", "dx21",
  "004", "避免无序灌溉冲土上路", chat=True, tags="synonym colloquial")
A("r13f042", "21年 开大会时候的空气保障 谁牵头", "dx21",
  "004", "做好重大活动空气质量保障工作", "lead", chat=True, tags="synonym colloquial")
T("r13f043", "21年 村里喝的水不达标 咋弄", "dx21",
  "004", "对水质不达标的饮用水水源", chat=True, tags="synonym colloquial")
T("r13f044", "21年 小水沟小坑塘 管不管", "dx21",
  "004", "加强小微水体日常管护", chat=True, tags="synonym colloquial short")
T("r13f045", "21年 学校医院旁边的地 规划有讲究吗", "dx21",
  "004", "在居民区、学校、医疗和养老机构等敏感用地", chat=True, tags="synonym colloquial")
A("r13f046", "安定那个循环经济园 审批对接 谁牵头", "dx21",
  "004", "加强大兴安定循环经济园区项目审批对接服务", "lead", chat=True, tags="abbrev no_place")
T("r13f047", "2021年园林绿化用地土壤环境管理办法怎么落实？", "dx21",
  "004", "落实《北京市园林绿化用地土壤环境管理办法（试行）》")
