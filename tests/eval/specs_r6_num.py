"""Round 6, numbers in chat style: indicator values, compares between districts / years / towns,
superlatives and rank in a set, counts per unit and plan totals, and number questions no plan
answers.  Written from planbot/plans/*.txt; counts are dept_list golds (the bot must list them)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# ------------------------------------------------------------------ indicator values
IM("r6c001", "@机器人 大兴今年PM2.5要降到多少", None, "000", "PM2.5年均浓度不高于30", "30", chat=True, tags="mention")
IM("r6c002", "密云优良天比例目标？", "my", "002", "优良天比率达到80%", "80", chat=True)
IM("r6c003", "门头沟今年新上牌的货车 新能源得占多少", None, "001", "新注册登记货车新能源化率不低于30%", "30", chat=True, tags="synonym")
IM("r6c004", "21年大兴降尘控制在多少吨", None, "004", "本区降尘量力争控制在5.1", "5.1", chat=True, tags="year")
IC("r6c005", "清水镇pm2.5指标", "mtg", "清水镇", "2026年PM2.5目标值", chat=True)
IC("r6c006", "斋堂镇今年PM25目标值是多少呀", "mtg", "斋堂镇", "2026年PM2.5目标值", chat=True, tags="typo")
IC("r6c007", "海淀区餐饮油烟治理要搞几家", None, "海淀区", "餐饮治理提升家数", chat=True, tags="synonym")
IM("r6c008", "大兴区2026年城镇供水管网漏损率控制目标是多少？", "dx26", "000", "漏损率保持在8%以内", "8")
IM("r6c009", "门头沟海绵城市达标面积要到百分之几", "mtg", "001", "海绵城市达标面积比例达到44%", "44", chat=True)
IM("r6c010", "密云污水处理率要求多少", "my", "002", "污水处理率保持94%以上", "94", chat=True)
IM("r6c011", "京南物流园大宗货物走清洁运输的比例定的多少", "dx26", "000", "清洁运输比例达到40%", "40", chat=True)
IM("r6c012", "What's Miyun's green enterprise ratio target?", None, "002", "绿色企业比率不低于35%", "35", chat=True, tags="english")

# ------------------------------------------------------------------ compare two sides
C("r6c013", "大兴和密云PM2.5目标谁更严", None,
  ("000", "PM2.5年均浓度不高于30", "30"), ("002", "细颗粒物浓度控制在26", "26"), chat=True, value="密云")
C("r6c014", "门头沟 大兴 尘负荷差等级道路比例差多少", None,
  ("001", "差等级道路数量比例不超过4%", "4"), ("000", "差等级道路数量比例不超过3%", "3"), chat=True, value="1",
  tags="difference")
C("r6c015", "密云门头沟绿色企业比率哪个要求高", None,
  ("002", "绿色企业比率不低于35%", "35"), ("001", "绿色企业比率平均不低于55%", "55"), chat=True, value="门头沟")
C("r6c016", "大兴21年和26年污水处理率目标一样吗", "dx",
  ("000", "全区污水处理率达到市级要求", "达到市级要求"), ("004", "污水处理率达到92.5%", "92.5"), chat=True, tags="year")
C("r6c017", "密云跟大兴比 差等级道路比例谁卡得更紧", None,
  ("002", "差等级道路数量比例不超过2%", "2"), ("000", "差等级道路数量比例不超过3%", "3"), chat=True, value="密云")
C("r6c018", "门头沟区与密云区2026年PM2.5年均浓度目标分别是多少，相差多少？", None,
  ("001", "PM2.5年均浓度达到27", "27"), ("002", "细颗粒物浓度控制在26", "26"), value="1", tags="difference")
C("r6c019", "朝阳跟海淀餐饮治理家数差多少", None,
  ("cell", "朝阳区", "餐饮治理提升家数"), ("cell", "海淀区", "餐饮治理提升家数"), chat=True, tags="difference")
C("r6c020", "斋堂镇和清水镇pm2.5目标 哪个低", "mtg",
  ("cell", "斋堂镇", "2026年PM2.5目标值"), ("cell", "清水镇", "2026年PM2.5目标值"), chat=True, value="清水镇")

# ------------------------------------------------------------------ superlatives, rank in a set
S("r6c021", "门头沟各镇街里PM2.5目标值最低的是哪", "mtg", "2026年PM2.5目标值", "min", chat=True)
S("r6c022", "哪个区优先监管地块最多", None, "优先监管地块", "max", chat=True)
S("r6c023", "各区里谁的绿色企业比例要求最高", None, "累计绿色企业比例", "max", chat=True)
S("r6c024", "施工噪声治理任务最多的是哪个区？", None, "施工噪声治理", "max")
S("r6c025", "which district has the highest non-road machinery electrification target", None,
  "累计非道路移动机械新能源化率", "max", chat=True, tags="english")
C("r6c026", "大兴PM2.5目标在各区里算高吗", None, ("cell", "大兴区", "PM2.5年均浓度"), chat=True, value="最高",
  tags="rank")
C("r6c027", "密云餐饮治理的家数在全市算少的不", None, ("cell", "密云区", "餐饮治理提升家数"), chat=True, value="最低",
  tags="rank")

# ------------------------------------------------------------------ counts per unit, plan totals
D("r6c028", "交通局牵头几项", "dx26", "区交通局", role="lead", chat=True, tags="count")
D("r6c029", "门头沟规自分局牵头的有几条", None, "区规自分局", role="lead", chat=True, tags="count", filter="mtg")
D("r6c030", "密云水务局一共参与多少项", "my", "区水务局", chat=True, tags="count")
D("r6c031", "市里那个计划 市公安局有几条任务", None, "市公安局", chat=True, tags="count", filter="bj")
D("r6c032", "2021年大兴区计划中区农业农村局牵头的措施共有多少项？", None, "区农业农村局", role="lead",
  tags="count", filter="dx21")
D("r6c033", "卫建委协办的几个", "dx26", "区卫生健康委", role="assist", chat=True, tags="count typo")
D("r6c034", "城管委在门头沟牵头多少项啊", None, "区城管委", role="lead", chat=True, tags="count", filter="mtg")
D("r6c035", "密云这个计划一共多少项措施", None, None, chat=True, tags="count total", filter="my")
D("r6c036", "北京市共治计划总共几条措施", None, None, chat=True, tags="count total", filter="bj")

# ------------------------------------------------------------------ numbers no plan states
N("r6c037", "密云21年PM2.5目标多少", None, chat=True, tags="year")
N("r6c038", "门头沟降尘量控制目标是多少", "mtg", chat=True)
N("r6c039", "大兴今年臭氧浓度目标", None, chat=True)
N("r6c040", "2025年大兴实际PM2.5是多少", None, chat=True)
N("r6c041", "顺义区计划一共几项措施", None, chat=True, tags="place")
N("r6c042", "密云区碳排放强度要降多少？", "my")
