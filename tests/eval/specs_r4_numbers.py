"""Round-4 batch (numbers): indicator cells, targets stated in measure text, compares and
superlatives, asked the way staff type them; plus targets no plan states.  Written from the plan
texts and the 门头沟 附件4/附件5 tables, not from the bot's answers."""
from specs import C, IC, IM, N, S

CELL = "cell"
PM = "PM2.5年均浓度"
TOWN_PM = "2026年PM2.5目标值"

# indicator: table cells (附件4 districts, 附件5 towns/streets)
IC("r4c001", "王平镇PM2.5目标值多少", "mtg", "王平镇", TOWN_PM, chat=True)
IC("r4c002", "清水镇今年细颗粒物要控制到多少", "mtg", "清水镇", TOWN_PM, chat=True, tags="synonym")
IC("r4c003", "@机器人 斋堂pm25指标", "mtg", "斋堂镇", TOWN_PM, chat=True, tags="abbreviation")
IC("r4c004", "大台街道2026年PM2.5目标值是多少？", "mtg", "大台街道", TOWN_PM)
IC("r4c005", "海淀区2026年PM2.5年均浓度指标是多少", None, "海淀区", PM)
IC("r4c006", "What's the PM2.5 target for Huairou?", None, "怀柔区", PM, chat=True, tags="english")
IC("r4c007", "朝阳餐饮治理要提升几家", None, "朝阳区", "餐饮治理提升家数", chat=True)
IC("r4c008", "通州非道路机械新能源化率要到多少", None, "通州区", "累计非道路移动机械新能源化率", chat=True, tags="abbreviation")
IC("r4c009", "经开区绿色企业比列多少", None, "北京经济技术开发区", "累计绿色企业比例", chat=True, tags="typo abbreviation")
IC("r4c010", "门头沟区优先监管地块有几块？", "mtg", "门头沟区", "优先监管地块")
IC("r4c011", "昌平 扬尘负荷差等级道路比例 指标", None, "昌平区", "扬尘负荷差等级道路比例", chat=True)
IC("r4c012", "房山区农村环境整治成效巩固要完成几个", None, "房山区", "农村环境整治成效巩固")
IC("r4c013", "延庆优良天比例目标", None, "延庆区", "优良天数比率", chat=True, tags="synonym")
IC("r4c014", "丰台施工噪声治理几家啊", None, "丰台区", "施工噪声治理", chat=True)
IC("r4c015", "永定镇TSP有啥要求", "mtg", "永定镇", "2026年TSP值", chat=True)

# indicator: targets stated in measure text
IM("r4c016", "大兴今年pm2.5目标多少", "dx26", "000", "全区PM2.5年均浓度不高于30", "30", chat=True)
IM("r4c017", "密云细颗粒物浓度控制在多少", "my", "002", "细颗粒物浓度控制在26微克每立方米", "26", chat=True)
IM("r4c018", "门头沟绿色企业比率要求多少", "mtg", "001", "全区绿色企业比率平均不低于55%", "55", chat=True)
IM("r4c019", "大兴21年降尘量控制目标", "dx21", "004", "本区降尘量力争控制在5.1吨", "5.1", chat=True, tags="year")
IM("r4c020", "大兴区零排放运输车队要建设几家？", "dx26", "000", "建设零排放运输车队", "3")
IM("r4c021", "密云差等级道路比例不能超过多少", "my", "002", "全区差等级道路数量比例不超过2%", "2", chat=True)
IM("r4c022", "门头沟温拌沥青用多少比例", "mtg", "001", "温拌沥青使用比例不低于15%", "15", chat=True)
IM("r4c023", "密云污水处理率保持多少", "my", "002", "全区污水处理率保持94%以上", "94", chat=True)
IM("r4c024", "大兴区2021年受污染耕地安全利用率目标是多少？", "dx21", "004", "全区受污染耕地安全利用率达到92%", "92")
IM("r4c025", "门头沟建成区海绵城市达标面积比例要达到多少？", "mtg", "001", "建成区海绵城市达标面积比例达到44%", "44")
IM("r4c026", "大兴京南物流园清洁运输比例", "dx26", "000", "清洁运输比例达到40%", "40", chat=True)
IM("r4c027", "门头沟新注册货车新能源化率多少", "mtg", "001", "新注册登记货车新能源化率不低于30%", "30", chat=True)
IM("r4c028", "大兴区生活垃圾资源化利用率要达到多少？", "dx26", "000", "生活垃圾资源化利用率达80%", "80")
IM("r4c029", "What is Daxing's target for the green enterprise ratio this year?", "dx26", "000", "累计绿色企业比率达到35%", "35",
   chat=True, tags="english")

# compare: two or more sides, from measure text or table cells
DX_PM = ("000", "全区PM2.5年均浓度不高于30", "大兴区：30")
MY_PM = ("002", "细颗粒物浓度控制在26微克每立方米", "密云区：26")
C("r4c030", "大兴和密云PM2.5目标谁高", None, DX_PM, MY_PM, chat=True, value="大兴区")
C("r4c031", "大兴比密云pm2.5高多少", None, DX_PM, MY_PM, chat=True, value="4", tags="difference")
C("r4c032", "门头沟跟密云的绿色企业比率差几个点", None,
  ("001", "全区绿色企业比率平均不低于55%", "门头沟区：55%"), ("002", "绿色企业比率不低于35%", "密云区：35%"),
  chat=True, value="20", tags="difference")
C("r4c033", "大兴 门头沟 密云 三个区差等级道路比例哪个要求最严", None,
  ("000", "全区差等级道路数量比例不超过3%", "大兴区：3%"), ("001", "全区尘负荷差等级道路数量比例不超过4%", "门头沟区：4%"),
  ("002", "全区差等级道路数量比例不超过2%", "密云区：2%"), chat=True, value="密云区", tags="superlative")
C("r4c034", "大兴和门头沟的供水管网露损率目标一样吗", None,
  ("000", "城镇供水管网漏损率保持在8%以内", "大兴区：8%以内"), ("001", "城镇供水管网漏损率稳定控制在8%以下", "门头沟区：8%以下"),
  chat=True, tags="typo")
C("r4c035", "密云和门头沟的A、B级锅炉使用单位目标分别是多少？", None,
  ("002", "B级及以上锅炉使用单位累计达到15家", "密云区：15家"), ("001", "A级和B级锅炉使用单位累计达到30家以上", "门头沟区：30家以上"))
C("r4c036", "大兴2021年和2026年的PM2.5目标有啥变化", "dx",
  ("004", "细颗粒物（PM2.5）浓度、重污染天数继续下降", "2021年：继续下降"), ("000", "全区PM2.5年均浓度不高于30", "2026年：30"),
  chat=True, tags="year")
C("r4c037", "海淀和朝阳的餐饮治理家数差多少", None, (CELL, "海淀区", "餐饮治理提升家数"), (CELL, "朝阳区", "餐饮治理提升家数"),
  chat=True, tags="difference")
C("r4c038", "怀柔和门头沟PM2.5目标差几", None, (CELL, "怀柔区", PM), (CELL, "门头沟区", PM), chat=True, tags="difference")
C("r4c039", "斋堂镇比清水镇PM2.5高多少？", "mtg", (CELL, "斋堂镇", TOWN_PM), (CELL, "清水镇", TOWN_PM), tags="difference")
C("r4c040", "门头沟新注册货车新能源化率跟大兴比谁高", None,
  ("001", "新注册登记货车新能源化率不低于30%", "门头沟区：30%"), ("000", "注册登记货车新能源化率达35%", "大兴区：35%"),
  chat=True, value="大兴区")
C("r4c041", "密云和大兴的非道路移动机械新能源化率要求一样吗？", None,
  (CELL, "密云区", "累计非道路移动机械新能源化率"), (CELL, "大兴区", "累计非道路移动机械新能源化率"))

# superlatives over an indicator table
S("r4c042", "门头沟哪个镇街PM2.5目标最低", "mtg", TOWN_PM, "min", chat=True)
S("r4c043", "哪个区餐饮治理提升任务最多", None, "餐饮治理提升家数", "max", chat=True)
S("r4c044", "A、B级锅炉单位目标哪个区最少", None, "累计环保绩效A、B级锅炉使用单位", "min", chat=True)
S("r4c045", "累计非道路移动机械新能源化率哪个区要求最高？", None, "累计非道路移动机械新能源化率", "max")
S("r4c046", "绿色企业比例最高的是哪个区", None, "累计绿色企业比例", "max", chat=True)
S("r4c047", "优先监管地块最多的区是哪个", None, "优先监管地块", "max", chat=True)
S("r4c048", "施工噪音治理哪个区最多", None, "施工噪声治理", "max", chat=True, tags="typo")

# numbers no plan states
N("r4c049", "海淀区污水处理率目标多少", chat=True, tags="no_plan")
N("r4c050", "大兴区2026年PM10浓度目标是多少？")
N("r4c051", "密云今年降尘量控制多少吨", chat=True)
N("r4c052", "门头沟臭氧浓度目标值", chat=True)
N("r4c053", "昌平和顺义的供水管网漏损率哪个低", chat=True, tags="no_plan")
N("r4c054", "What's the PM10 target for Miyun?", chat=True, tags="english")
N("r4c055", "大兴2021年优良天数比率目标多少", chat=True, tags="year")
N("r4c056", "北京市2026年全市PM2.5年均浓度目标是多少？")
