"""Round 9, mix: what staff type into a work group about the five plans, every type, mostly chat."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv

# --- topic
T("r9m001", "门头沟 外卖盒子回收 有啥说法没", "mtg", "001", "外卖餐盒回收", chat=True, tags="synonym")
T("r9m002", "@机器人 蜜云渣土车换新能源的事咋安排的", "my", "002", "推动生活和建筑垃圾运输车新能源化",
  chat=True, tags="typo synonym")
T("r9m003", "学校大喇叭太吵 市里有措施吗", "bj", "003", "强化校园广播噪声扰民问题处置统筹力度",
  chat=True, tags="synonym")
T("r9m004", "21年那版 散煤烧回去的问题怎么防", "dx21", "004", "严防散煤复烧", chat=True, tags="synonym")
T("r9m005", "北京市关于噪声敏感建筑物集中区域划定有什么要求？", "bj", "003", "启动噪声敏感建筑物集中区域划定工作")

# --- attribute
A("r9m006", "大心区 烧秸秆的执法 谁牵头？", "dx26", "000", "加强对秸秆露天焚烧执法力度", "lead",
  chat=True, tags="typo")
A("r9m007", "门头沟 美国白蛾这些外来物种 哪个局管", "mtg", "001", "空心莲子草、美国白蛾", "lead", chat=True)
A("r9m008", "密云 高标准农田 deadline?", "my", "002", "推进0.5万亩高标准农田建设", "deadline",
  chat=True, tags="english")
A("r9m009", "大兴区2021年消除小龙河等劣Ⅴ类水体的牵头单位和协办单位分别是？", "dx21", "004",
  "消除小龙河、旱河等劣Ⅴ类水体", ["lead", "assist"], tags="multi_part")

# --- dept list
D("r9m010", "商务局 大兴今年牵头的活儿 拉个单子", "dx26", "区商务局", "lead", chat=True, tags="abbrev")
D("r9m011", "规自分局在门头沟都涉及哪些任务", "mtg", "区规自分局", chat=True, tags="abbrev")

# --- deadline list
DL("r9m012", "蜜云 6月底前要交差的有哪些", "my", {"op": "due_on_or_before", "value": "2026-06-30"},
   chat=True, tags="typo")
DL("r9m013", "门头沟 长期实施的都列一下", "mtg", {"op": "equals", "value": "长期实施"}, chat=True)
DL("r9m014", "北京市计划中10月底前需要完成的任务有哪些？", "bj",
   {"op": "due_on_or_before", "value": "2026-10-31"})

# --- indicator
IM("r9m015", "大兴 马路机扫率要到多少", "dx26", "000", "城市道路车行道机械化作业率达到97.5%", "97.5%",
   chat=True, tags="synonym")
IM("r9m016", "市里今年重点点位施工噪声要治几项", "bj", "003", "重点点位施工噪声治理", "49", chat=True)
IC("r9m017", "潭柘寺镇 pm2.5 目标多少", "mtg", "潭柘寺镇", "2026年PM2.5目标值", chat=True, tags="english")
IC("r9m018", "房山 今年新登记货车新能源占比指标？", "mtg", "房山区", "2026年注册登记货车新能源化率",
   chat=True, tags="synonym")

# --- compare / superlative
S("r9m019", "门头沟哪个镇街细颗粒物目标定得最严", "mtg", "2026年PM2.5目标值", "min", chat=True)
C("r9m020", "怀柔跟朝阳 优良天数比率目标差几个点", "mtg", ("cell", "怀柔区", "优良天数比率"),
  ("cell", "朝阳区", "优良天数比率"), chat=True, tags="difference")

# --- not in the plans
N("r9m021", "密云水库边上能钓鱼不 有规定吗", "my", chat=True, tags="plan_word_subject_absent")
N("r9m022", "海淀的餐饮油烟咋治", None, chat=True, tags="place_without_plan")
N("r9m023", "any rule about e-bike charging in Miyun?", "my", chat=True, tags="english")
N("r9m024", "局里食堂今年伙食预算多少", None, chat=True)
N("r9m025", "门头沟区2026年对新建加油站审批办理时限是多少个工作日？", "mtg", tags="plan_word_subject_absent")

# --- conversations
conv("r9m026", ["大兴秸秆综合利用率要多少"],
     T("r9m026x", "那门头沟呢", "mtg", "001", "推动农作物秸秆可收集资源利用", chat=True))
conv("r9m027", ["本群是密云区的"],
     A("r9m027x", "饭馆油烟治理谁牵头", "my", "002", "继续推行餐饮油烟重点点位包案机制", "lead", chat=True))
_cgw = D("r9m028l", "门头沟城管委牵头的有哪些", "mtg", "区城管委", "lead", chat=True)
conv("r9m028", ["门头沟城管委牵头的有哪些"],
     item("r9m028x", "第3个啥时候完", "mtg", _cgw, 3, "deadline"))
