"""Round 13, questions where a target TABLE (门头沟 附件4/附件5: every district's indicators, every
门头沟 town's PM2.5/TSP) and the plans' MEASURES both speak to the same subject: village clean-up,
restaurant fumes, zero-emission fleets, green enterprises, A/B boilers, road dust, the four kinds of
noise point, priority-watch land plots, truck electrification, hazardous-waste landfill, night-time
noise.  Topic questions ask what is done (the measure must be cited even where the table holds the
same number); indicator questions really ask a table cell or a number printed in a measure;
attribute questions ask who leads / when for such measures; a few compares and superlatives; and
questions the plans cannot answer (today's reading, last year's result, a count the plans never
give, an actual ranking).  Mostly chat style.  Written from the plans' text, not from the bot's
answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- topic: what is done, about a subject that also has a table column
T("r13n001", "门头沟 村子环境整治 今年有啥安排", "mtg",
  "001", "新增完成2个行政村环境整治", chat=True, tags="synonym colloquial table_subject")
T("r13n002", "门头沟 饭馆油烟 今年治理提升咋弄", "mtg",
  "001", "组织开展治理提升5家", chat=True, tags="synonym colloquial table_subject")
T("r13n003", "门头沟 零排放车队 怎么推", "mtg",
  "001", "累计推广建立零排放车队不少于3家", chat=True, tags="colloquial table_subject")
T("r13n004", "门头沟 企业绿色升级 有啥要求", "mtg",
  "001", "全区绿色企业比率平均不低于55%", chat=True, tags="colloquial table_subject")
T("r13n005", "门头沟 锅炉环保绩效分级 咋搞", "mtg",
  "001", "力争A级和B级锅炉使用单位累计达到30家以上", chat=True, tags="colloquial table_subject")
T("r13n006", "门头沟 路上尘土大的差等级道路 怎么治", "mtg",
  "001", "全区尘负荷差等级道路数量比例不超过4%", chat=True, tags="synonym colloquial table_subject")
T("r13n007", "门头沟 空调外机那种设备噪声 治不治", "mtg",
  "001", "组织实施重点点位固定设备噪声治理", chat=True, tags="synonym colloquial table_subject")
T("r13n008", "门头沟 马路上车太吵 咋治", "mtg",
  "001", "逐步推进重点路段交通噪声治理", chat=True, tags="synonym colloquial table_subject")
T("r13n009", "门头沟 公共场所噪声 有治理安排吗", "mtg",
  "001", "组织实施重点点位公共场所噪声治理", chat=True, tags="table_subject")
T("r13n010", "门头沟 优先监管的污染地块 咋管控", "mtg",
  "001", "3个优先监管地块污染管控率达到市级考核要求", chat=True, tags="colloquial table_subject")
T("r13n011", "门头沟 货车换新能源 今年咋推", "mtg",
  "001", "加快推动老旧营运货车淘汰更新为新能源货车", chat=True, tags="synonym colloquial table_subject")
T("r13n012", "门头沟 危废填埋 要压减吗", "mtg",
  "001", "危险废物填埋处置量占比同比降低", "001", "严格控制危险废物填埋量", chat=True,
  tags="abbrev colloquial table_subject")
T("r13n013", "门头沟 工地挖掘机这些机械 换新能源有要求吗", "mtg",
  "001", "推动施工工地新增或更新的且有对应新能源产品", chat=True, tags="synonym table_subject")
T("r13n014", "门头沟区国控站点功能区声环境质量夜间达标率有什么要求？", "mtg",
  "001", "国控站点功能区声环境质量夜间达标率达到考核要求", tags="table_subject")
T("r13n015", "门头沟区深入推进农村环境整治的任务是什么？", "mtg",
  "001", "新增完成2个行政村环境整治", tags="table_subject")
T("r13n016", "门头沟 今年空气质量目标咋定的", "mtg",
  "001", "PM2.5年均浓度达到27微克/立方米", chat=True, tags="colloquial table_subject")
T("r13n017", "大兴 农村环境整治 今年要干啥", "dx26",
  "000", "2026年大兴区完成14个村庄的农村环境整治任务", chat=True, tags="colloquial table_subject")
T("r13n018", "大兴 饭店油烟治理提升 有安排没", "dx26",
  "000", "餐饮治理提升家数达到80家", chat=True, tags="synonym colloquial table_subject")
T("r13n019", "密云 零排放车队 各部门咋分工", "my",
  "002", "区住房城乡建设委负责建设1家混凝土搅拌站绿色车队", chat=True, tags="colloquial table_subject")
T("r13n020", "密云区锅炉使用单位环保绩效分级管理有什么目标？", "my",
  "002", "力争B级及以上锅炉使用单位累计达到15家", tags="table_subject")
T("r13n021", "大兴 去年已经整治完的村 今年还要干啥", "dx26",
  "000", "持续对已完成的村庄巩固整治成效", chat=True, tags="colloquial past_result table_subject")

# --- indicator: the table cell or the number a measure prints
IC("r13n022", "门头沟 附件里 餐饮治理提升家数 定的多少", "mtg", "门头沟区", "餐饮治理提升家数",
   chat=True, tags="colloquial")
IC("r13n023", "门头沟区农村环境整治成效巩固指标是几个？", "mtg", "门头沟区", "农村环境整治成效巩固")
IC("r13n024", "延庆 农村环境整治巩固 要几个", None, "延庆区", "农村环境整治成效巩固",
   chat=True, tags="abbrev")
IC("r13n025", "朝阳 公共场所噪声治理 几个", None, "朝阳区", "公共场所噪声治理", chat=True, tags="short")
IC("r13n026", "雁翅镇 pm2.5 今年目标值多少", "mtg", "雁翅镇", "2026年PM2.5目标值", chat=True, tags="abbrev")
IC("r13n027", "门头沟 货车新能源化率 表里要求多少", "mtg", "门头沟区", "2026年注册登记货车新能源化率",
   chat=True, tags="colloquial")
IM("r13n028", "大兴 今年餐饮治理提升 要多少家", "dx26", "000", "餐饮治理提升家数达到80家", "80",
   chat=True, tags="colloquial")
IM("r13n029", "密云 B级以上锅炉 力争多少家", "my", "002", "力争B级及以上锅炉使用单位累计达到15家", "15",
   chat=True, tags="abbrev")

# --- attribute: who / when, for measures whose subject has a table column
A("r13n030", "门头沟 零排放车队 谁牵头", "mtg", "001", "累计推广建立零排放车队不少于3家", "lead",
  chat=True, tags="short table_subject")
A("r13n031", "门头沟 村庄环境整治 牵头单位都有谁", "mtg", "001", "新增完成2个行政村环境整治", "lead",
  chat=True, tags="table_subject")
A("r13n032", "门头沟 饭馆油烟治理提升 责任单位", "mtg", "001", "组织开展治理提升5家", "responsible",
  chat=True, tags="synonym table_subject")
A("r13n033", "门头沟 优先监管地块管控 谁牵头", "mtg", "001", "3个优先监管地块污染管控率", "lead",
  chat=True, tags="table_subject")
A("r13n034", "大兴 公共场所噪声治理 谁牵头", "dx26", "000", "组织实施1项重点点位公共场所噪声治理", "lead",
  chat=True, tags="table_subject")
A("r13n035", "门头沟 尘负荷差等级道路比例 啥时候完成", "mtg", "001", "全区尘负荷差等级道路数量比例不超过4%",
  "deadline", chat=True, tags="table_subject")
A("r13n036", "门头沟区组织实施重点点位固定设备噪声治理的牵头单位是？", "mtg",
  "001", "组织实施重点点位固定设备噪声治理", "lead", tags="table_subject")

# --- compare / superlative
C("r13n037", "农村环境整治 今年 大兴和门头沟各整治几个村", None,
  ("000", "2026年大兴区完成14个村庄的农村环境整治任务", "大兴：14个村庄"),
  ("001", "新增完成2个行政村环境整治", "门头沟：新增2个行政村"), chat=True, tags="colloquial table_subject")
C("r13n038", "大兴区和门头沟区的餐饮治理提升家数相差多少？", None,
  ("cell", "大兴区", "餐饮治理提升家数"), ("cell", "门头沟区", "餐饮治理提升家数"), tags="difference")
S("r13n039", "公共场所噪声治理 哪个区最多", None, "公共场所噪声治理", "max", chat=True, tags="short")

# --- none: a reading, a past result, a count the plans never give, an actual ranking
N("r13n040", "门头沟现在PM2.5多少", "mtg", chat=True, tags="reading")
N("r13n041", "门头沟去年几个村完成了环境整治", "mtg", chat=True, tags="past_result")
N("r13n042", "门头沟 现在有多少家绿色企业", "mtg", chat=True, tags="reading")
N("r13n043", "门头沟今年空气质量在全市排第几", "mtg", chat=True, tags="ranking")
