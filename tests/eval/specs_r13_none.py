"""Round 13, area none: chat questions the plans do not answer, mostly near misses that share words
with real measures -- a pollutant, facility or programme no plan names (二噁英 next to 垃圾焚烧厂,
林长制 next to 河长制, 排污权 next to 碳排放权), a real subject asked of a plan that lacks it
(密云's plan has no 海绵城市 or 新污染物, 大兴 2026 no 储能 or 臭氧, 大兴 2021 no 噪声), a year or
edition no plan has, a district with no plan, a unit no plan names, a figure no plan states, the
future beyond the plans, and off-topic chat -- plus answerable near misses written the same way
(the subject is in the plan asked), so that abstaining on everything is not rewarded.  Every absent
subject was checked against the plan texts in its spellings (二噁英/二恶英, 臭氧/O3, SO2/二氧化硫)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- a subject no plan names, next to plan words
N("r13d001", "大兴垃圾焚烧厂二噁英排放 有监测要求没", "dx26", chat=True, tags="absent_subject lookalike")
N("r13d002", "密云水库蓝藻水华咋防控的", "my", chat=True, tags="absent_subject lookalike")
N("r13d003", "大兴湿地保护修复今年有啥任务", "dx26", chat=True, tags="absent_subject")
N("r13d004", "办公室新装修完 甲醛超标找谁来测", None, chat=True, tags="absent_subject")
N("r13d005", "门头沟夜景亮化灯光太刺眼 算光污染不 有人管没", "mtg", chat=True, tags="absent_subject complaint")
N("r13d006", "大兴林长制今年咋落实", "dx26", chat=True, tags="absent_subject lookalike")
N("r13d007", "北京田长制有啥安排没", "bj", chat=True, tags="absent_subject lookalike")
N("r13d008", "密云古树名木保护谁负责", "my", chat=True, tags="absent_subject")
N("r13d009", "门头沟泥石流隐患点排查 谁牵头", "mtg", chat=True, tags="absent_subject lookalike")
N("r13d010", "小区楼顶装通信基站 电磁辐射有管的措施没 大兴", "dx26", chat=True, tags="absent_subject complaint")
N("r13d011", "大兴今年二氧化硫要减排多少", "dx26", chat=True, tags="absent_subject lookalike number_absent")
N("r13d012", "微塑料污染有治理措施吗", None, chat=True, tags="absent_subject lookalike")
N("r13d013", "废荧光灯管含汞 回收咋弄", None, chat=True, tags="absent_subject")
N("r13d014", "门头沟尾矿库安全隐患排查有安排吗", "mtg", chat=True, tags="absent_subject lookalike")
N("r13d015", "大兴化工园区环境风险排查咋安排", "dx26", chat=True, tags="absent_subject lookalike")
N("r13d016", "大兴机场飞机起降噪声扰民 有治理措施没", "dx26", chat=True, tags="absent_subject lookalike")
N("r13d017", "大兴排污权交易今年咋推", "dx26", chat=True, tags="absent_subject lookalike")
N("r13d018", "密云畜禽养殖禁养区怎么划", "my", chat=True, tags="absent_subject")
# --- a real subject, asked of a plan that lacks it
N("r13d019", "大兴碳普惠积分能换啥", "dx26", chat=True, tags="plan_lacks")
N("r13d020", "大兴新型储能电站建设有布局没", "dx26", chat=True, tags="plan_lacks")
N("r13d021", "密云新污染物治理咋搞", "my", chat=True, tags="plan_lacks")
N("r13d022", "密云海绵城市建设今年咋推进", "my", chat=True, tags="plan_lacks")
N("r13d023", "大兴今年臭氧污染成因有研究安排没", "dx26", chat=True, tags="plan_lacks other_year")
N("r13d024", "密云用卫星遥感查污染吗", "my", chat=True, tags="plan_lacks")
N("r13d025", "21年大兴工地夜间施工噪声咋管", "dx21", chat=True, tags="plan_lacks")
# --- an edition or year no plan has, the future
N("r13d026", "门头沟2024年行动计划里扬尘咋要求的", None, chat=True, tags="no_plan_edition")
N("r13d027", "北京2030年PM2.5目标是多少", "bj", chat=True, tags="future")
N("r13d028", "2027年大兴还搞清管行动不", "dx26", chat=True, tags="future")
N("r13d029", "门头沟明年PM2.5目标定多少", "mtg", chat=True, tags="future lookalike")
N("r13d030", "明年大兴还继续给国三车淘汰补助吗", "dx26", chat=True, tags="future other_year")
# --- a district with no plan
N("r13d031", "海淀新污染物治理谁牵头", None, chat=True, tags="no_plan_district")
N("r13d032", "朝阳区垃圾分类桶前值守今年咋安排", None, chat=True, tags="no_plan_district")
N("r13d033", "通州区今年裸地谁负责治理", None, chat=True, tags="no_plan_district")
# --- a unit no plan names
N("r13d034", "区消防救援支队牵头哪些任务", "dx26", chat=True, tags="unit_absent")
N("r13d035", "人社局在门头沟计划里负责啥", "mtg", chat=True, tags="unit_absent")
N("r13d036", "密云审计局参与哪些措施", "my", chat=True, tags="unit_absent")
# --- a figure no plan states
N("r13d037", "门头沟生态环境执法人员一共多少人", "mtg", chat=True, tags="number_absent")
N("r13d038", "大兴清管行动今年花多少钱", "dx26", chat=True, tags="number_absent lookalike")
# --- off-topic
N("r13d039", "明天要下雨吗 出门用带伞不", None, chat=True, tags="offtopic")
N("r13d040", "这个月绩效工资啥时候发", None, chat=True, tags="offtopic")
# --- plan style
N("r13d041", "密云区2026年行动计划中湿地保护修复有哪些任务？", "my", tags="absent_subject")

# --- answerable near misses written the same way (the subject is in the plan asked)
T("r13d042", "大兴新污染物治理有啥安排", "dx26", "000", "探索开展水体新污染物的监测和防治", chat=True, tags="lookalike control")
T("r13d043", "市里的计划 碳普惠有提没", "bj", "003", "推进京津冀区域碳普惠标准协同", chat=True, tags="lookalike control")
T("r13d044", "密云新型储能电站那块咋说的", "my", "002", "结合新型储能电站应用示范区", chat=True, tags="lookalike control")
A("r13d045", "21年大兴臭氧成因研究那条 谁牵头", "dx21", "004", "开展臭氧（O3）污染形成机理", "lead", chat=True, tags="lookalike control")
T("r13d046", "门头沟辐射事故应急演练有安排没", "mtg", "001", "持续开展区域辐射应急演练", chat=True, tags="lookalike control")
T("r13d047", "大兴垃圾焚烧厂余热回收有说法没", "dx26", "000", "垃圾焚烧厂等余热回收", chat=True, tags="lookalike control")
T("r13d048", "密云地下水超采治理咋搞", "my", "002", "新一轮地下水超采治理", chat=True, tags="lookalike control")
IM("r13d049", "大兴生态保育小区今年建几处", "dx26", "000", "建设生态保育小区15处", "15", chat=True, tags="lookalike control count")
T("r13d050", "朝阳工地装噪声自动监测 有这事没", "bj", "003", "朝阳区试行开展建筑施工噪声自动监测工作", chat=True, tags="lookalike control district_in_city_plan")
IM("r13d051", "门头沟海绵城市达标面积比例要到多少", "mtg", "001", "建成区海绵城市达标面积比例达到44%", "44", chat=True, tags="lookalike control")
