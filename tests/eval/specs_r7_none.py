"""Round-7 batch, area none: chat-style questions the plans do not answer (complaints whose subject
no plan names, prices/people/subsidies, coined words, English on absent topics), plus near misses
that the plans do answer in other words (to keep a false "not found" honest)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- not answered: a complaint's subject is absent while its framing words (吵/半夜/小区/村) are not
N("r7n001", "楼上装修天天电钻 吵死了 能管不", None, chat=True, tags="complaint")
N("r7n002", "@机器人 小区里电瓶车飞线充电 谁负责查", None, chat=True, tags="complaint")
N("r7n004", "工地拖欠农民工工资找谁", None, chat=True, tags="complaint")
N("r7n005", "村里有人养鸽子 鸽子粪味太大了", None, chat=True, tags="complaint")
N("r7n006", "蚊子太多了 小区打药谁管", None, chat=True, tags="complaint")
N("r7n007", "地铁站里空气质量谁来监测", None, chat=True, tags="complaint")
# --- not answered: prices, people, money, rules no plan states
N("r7n008", "新能源车摇号今年放多少个指标", None, chat=True, tags="coined")
N("r7n009", "洗车店一次收多少钱有规定吗", None, chat=True)
N("r7n010", "今年冬天供暖费涨不涨啊", None, chat=True)
N("r7n011", "雾霾天学校停课标准是啥", None, chat=True)
N("r7n012", "护林员一个月工资多少", None, chat=True)
N("r7n013", "门头沟滑雪场造雪用水有啥要求", "mtg", chat=True)
N("r7n014", "密云水库让钓鱼不", "my", chat=True)
N("r7n015", "Is there anything about light pollution from LED billboards?", None, chat=True, tags="english")
N("r7n016", "what is the fine for dog poop on the street in Beijing?", None, chat=True, tags="english")
N("r7n017", "wetland parks in Mentougou, any plan?", "mtg", chat=True, tags="english")
N("r7n018", "大兴区生态环境局的负责人是谁？", "dx26")
N("r7n019", "2026年北京市新能源汽车购置补贴标准是多少？", "bj")
N("r7n020", "密云区2026年水库周边民宿数量控制目标是多少？", "my")

# --- near misses the plans do answer, in staff's words
# 广场舞 noise is 社会生活噪声: the plans' 劝阻、调解社会生活噪声扰民行为 answers it (first written as none)
T("r7n003", "广场舞音响半夜还在放，找哪个部门？", None, "000", "调解社会生活噪声扰民行为",
  "001", "调解社会生活噪声扰民行为", "003", "调解社会生活噪声扰民行为", chat=True, tags="complaint")
T("r7n021", "外卖盒子回收 大兴有啥安排", "dx26", "000", "持续开展快递包装、外卖餐盒回收", chat=True)
T("r7n022", "过年能放炮仗吗 密云那边", "my", "002", "禁止燃放烟花爆竹的通告", chat=True)
T("r7n023", "修车铺喷漆味儿大 大兴管不管", "dx26", "000", "加强汽修企业全环节监管", chat=True)
T("r7n024", "门头沟抓鸟卖鸟的查不查", "mtg", "001", "深入开展鸟类保护", chat=True)
T("r7n025", "楼顶装太阳能板 大兴有推吗", "dx26", "000", "推进建筑光伏一体化建设", "000", "大力发展本地光伏", chat=True)
T("r7n026", "门头沟饭馆油烟扰民 怎么治", "mtg", "001", "聚焦信访投诉集中区域", chat=True)
T("r7n027", "EV charging piles in Daxing 2021?", "dx21", "004", "充换电基础设施建设工作方案", chat=True, tags="english")
T("r7n028", "工地晚上偷偷施工 门头沟怎么查", "mtg", "001", "加大夜间施工证明服务指导力度", chat=True)
T("r7n029", "学校大喇叭早上太吵 大兴有说法没", "dx26", "000", "减少噪声广播扰民", chat=True, tags="complaint")
T("r7n030", "医院的医疗垃圾怎么收运？大兴", "dx26", "000", "小箱进大箱", chat=True)
