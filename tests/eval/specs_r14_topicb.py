"""Round 14, chat-style topic and attribute questions about measures no earlier question named:
门头沟区 2026, 密云区 2026, 大兴区 2021 — non-road machinery, industry, VOCs spot checks, water in
the flood season, soil classes and records, carbon, climate adaptation, enforcement — plus questions
the plans do not answer (lookalikes of other plans' subjects included).  Asked the way staff type:
everyday words for the plan's things (叉车铲车, 中水, 小水沟, 老垃圾场, 绿电), colloquial asking forms
(咋整/有说法没/谁负责/啥时候弄完), abbreviations and a few typos; some unscoped with the district or
year only in the words.  Written from the plans' text, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# 门头沟 2026
T("r14b001", "门头沟 建筑垃圾处理厂里的叉车铲车 要换电的吗", "mtg",
  "001", "推动建筑垃圾资源化处理企业等厂内使用的叉车", chat=True, tags="synonym colloquial")
T("r14b002", "门头沟 工地上电动挖机充电不够用 电力扩容有人管没", "mtg",
  "001", "做好施工工地周边补能设施配套", chat=True, tags="synonym colloquial")
A("r14b003", "门头沟 垃圾焚烧厂减排 谁牵头", "mtg",
  "001", "推动生活垃圾焚烧企业进一步减排", "lead", chat=True, tags="synonym")
T("r14b004", "门头沟 药厂搞绿色工厂 有说法没", None,
  "001", "重点推进医药等制造业创绿", chat=True, tags="synonym colloquial unscoped")
A("r14b005", "门头沟 节约用水这块 谁负责", "mtg",
  "001", "持续推进节水型社会建设", "lead", chat=True, tags="synonym colloquial")
T("r14b006", "门头沟 中水往河里补 有安排没", "mtg",
  "001", "鼓励将再生水用于河湖生态补水", chat=True, tags="synonym colloquial")
T("r14b007", "门头沟 汛期河水水质突然变差 咋整", "mtg",
  "001", "加强汛期水质风险研判与应急响应", chat=True, tags="colloquial")
T("r14b008", "门头沟 小区边上的小水沟小水塘 能算进美丽河湖不", "mtg",
  "001", "鼓励将群众身边的小微水体", chat=True, tags="synonym colloquial")
A("r14b009", "门头沟 美丽河湖自评 啥时候弄完", "mtg",
  "001", "开展美丽幸福河湖保护与建设工作年度自评估", "deadline", chat=True, tags="colloquial abbrev")
T("r14b010", "门头沟 新上项目的土壤底数调查 要不要建台账", "mtg",
  "001", "土壤环境现状调查成果台账", chat=True, tags="synonym colloquial")
A("r14b011", "门头沟 耕地园地分个类别 谁牵头弄", "mtg",
  "001", "完成耕地、园地土壤环境质量类别调整", "lead", chat=True, tags="colloquial")
A("r14b012", "门头沟 房子从盖到拆的碳排放 谁管", "mtg",
  "001", "实施建筑全生命周期碳排放管控", "lead", chat=True, tags="synonym colloquial")
T("r14b013", "门头沟 绿电占比 有啥要求", "mtg",
  "001", "可再生能源消费占比达到市级目标要求", chat=True, tags="synonym abbrev")
T("r14b014", "门头沟 天太热中暑那种 气候变化对健康的影响 有应对没", "mtg",
  "001", "北京市气候变化健康适应行动实施方案", chat=True, tags="synonym colloquial")
A("r14b015", "门头沟 老垃圾填埋场隐患排查 责任单位有谁", "mtg",
  "001", "科学评估填埋场风险状况", "responsible", chat=True, tags="synonym")
T("r14b016", "门头沟 生态指数EI 今年啥目标", "mtg",
  "001", "全区生态环境质量指数（EI）力争稳中向好", chat=True, tags="abbrev")
A("r14b017", "门头沟 河道防洪工程 谁牵头", None,
  "001", "完善永定河等主要河流重点防洪工程", "lead", chat=True, tags="synonym unscoped")
T("r14b018", "门头沟 碳预算 有说法没", "mtg",
  "001", "推动建立碳排放预算管理制度", chat=True, tags="abbrev colloquial")
T("r14b019", "门头沟 新项目排废气 减二增一咋回事", "mtg",
  "001", "实施“减二增一”削减量替代审批制度", chat=True, tags="colloquial")
A("r14b020", "门头沟 不去现场的远程执法 谁负责", "mtg",
  "001", "加快形成智慧执法体系。强化非现场执法", "lead", chat=True, tags="synonym colloquial")
T("r14b021", "门头沟 园区里的车跟机械 换新能源有要求没", "mtg",
  "001", "推动工业园区新增或更新的", chat=True, tags="synonym colloquial")
A("r14b022", "门头沟 建材、日用品这些货 走绿色运输 谁牵头", "mtg",
  "001", "提升全区货物到发绿色运输比例", "lead", chat=True, tags="synonym")

# 密云 2026
T("r14b023", "密云 空气差的街道 区里帮不帮", "my",
  "002", "打造大气精细化治理街道（地区）", chat=True, tags="synonym colloquial")
A("r14b024", "密云 店里卖的油漆胶水 抽检谁负责", "my",
  "002", "对生产、销售的涂料、胶粘剂、清洗剂、油墨等含VOCs产品开展抽检", "lead", chat=True, tags="synonym colloquial")
T("r14b025", "密云 工地上的油漆胶 抽检比例多少", "my",
  "002", "按照不低于15%的比例对施工工地开展抽检", chat=True, tags="synonym")
A("r14b026", "密云 耕地分类清单更新 协办是谁", "my",
  "002", "动态更新农用地土壤环境质量类别分类清单", "assist", chat=True, tags="abbrev")
T("r14b027", "密云 高VOC油漆的项目 还让上吗", None,
  "002", "严格控制生产和使用高VOCs含量涂料", chat=True, tags="abbrev colloquial unscoped")
A("r14b028", "密云 效果差的废气治理设备 整改啥时候完", "my",
  "002", "开展全区低效类治理技术整治提升", "deadline", chat=True, tags="synonym colloquial")
T("r14b029", "密云 水源地排污口点穴执法 有安排么", "my",
  "002", "开展流域“点穴”执法", chat=True, tags="colloquial")
A("r14b030", "密云 高排放挖机禁用区 主责单位都有谁", "my",
  "002", "划定禁止使用高排放非道路移动机械区域的通告", "responsible", chat=True, tags="synonym")
T("r14b031", "密云 汛期水质的隐患 排查咋弄", "my",
  "002", "力争精准识别影响汛期水质和饮用水安全", chat=True, tags="colloquial")
A("r14b032", "密云 净地供应 协办单位", "my",
  "002", "强化联动，保障“净地”供应", "assist", chat=True, tags="short")

# 大兴 2021
T("r14b033", "21年 活性碳集中再生 大兴有试点没", "dx21",
  "004", "活性炭集中再生", chat=True, tags="typo colloquial")
A("r14b034", "大兴21年 工程建设环保评价那个办法 谁牵头编", "dx21",
  "004", "北京市大兴区工程建设环境保护评价体系管理办法", "lead", chat=True, tags="colloquial")
T("r14b035", "21年大兴 哪个镇灰大 就多查多罚吗", "dx21",
  "004", "对粗颗粒物（TSP）浓度排名靠后的镇（街道）", chat=True, tags="synonym colloquial")
T("r14b036", "大兴21年 碰上不利天气 区里加码管控咋启动", "dx21",
  "004", "建立区级空气污染强化管控机制", chat=True, tags="synonym colloquial")
A("r14b037", "21年 大兴各镇街的空气监测点 啥时候建完", "dx21",
  "004", "在各镇（街道）建设气态污染物监测点位", "deadline", chat=True, tags="synonym colloquial")
T("r14b038", "大兴2021年的 镇街吹哨部门报到 环保上咋用", None,
  "004", "“镇街吹哨、部门报到”机制", chat=True, tags="colloquial unscoped")
A("r14b039", "大兴2021 村里污水处理设施建设 谁牵头", "dx21",
  "004", "完成市级下达的农村污水收集处理设施建设任务", "lead", chat=True, tags="synonym")
T("r14b040", "21年 大兴 有河有水 要弄多少段", "dx21",
  "004", "研究提出“有河有水”河段数量及长度", chat=True, tags="colloquial")
A("r14b041", "大兴21年 土壤调查报告评审规范 谁来定", "dx21",
  "004", "研究制定区级建设用地土壤污染状况调查报告评审编制规范", "lead", chat=True, tags="colloquial")
T("r14b042", "21年大兴 土壤监管上智慧平台没", "dx21",
  "004", "构建土壤环境信息化监管模块", chat=True, tags="synonym colloquial")
A("r14b043", "21年大兴 化肥农药减量 协办单位", "dx21",
  "004", "制定农药、化肥、农膜等投入品和废弃物污染防治年度工作方案", "assist", chat=True, tags="short")
T("r14b044", "21年 暂时不开发的污染地块 咋管", "dx21",
  "004", "对暂不开发利用或现阶段不具备治理修复条件", chat=True, tags="colloquial")
A("r14b045", "21年大兴 大气违法曝光 谁协办", "dx21",
  "004", "加大对违法行为的曝光力度", "assist", chat=True, tags="synonym short")

# not in the plans
N("r14b046", "密云 空调外机噪音吵得睡不着 找谁", "my", chat=True, tags="absent_subject complaint")
N("r14b047", "大兴21年的 机场飞机噪声 咋治", "dx21", chat=True, tags="absent_subject lookalike")
N("r14b048", "门头沟 殡仪馆火化排放 有管的没", "mtg", chat=True, tags="absent_subject")
N("r14b049", "密云 小区遛狗不拴绳 狗粪归谁管", "my", chat=True, tags="absent_subject complaint")
N("r14b050", "门头沟 温泉开发 有限制么", "mtg", chat=True, tags="absent_subject")
N("r14b051", "大兴2021 饭馆油烟 咋管", "dx21", chat=True, tags="absent_subject lookalike")
N("r14b052", "门头沟 露营地垃圾乱扔 有人管没", "mtg", chat=True, tags="absent_subject")
N("r14b053", "密云 外卖餐盒 限塑有要求没", "my", chat=True, tags="absent_subject lookalike")
