"""Round-5 batch, attributes: who leads / takes main responsibility / assists / by when, about one
measure named in staff's chat words (拉土车, 放炮仗, 饭馆油烟, 噪音), a quoted short title, two fields
at once, English, unscoped questions naming the district, and fields the plans do not print."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- chat: everyday words for the measure, district from the chat ---
A("r5a001", "拉土车溯源那个事谁牵头", "mtg", "001", "加大对渣土车溯源追查力度", "lead", chat=True, tags="synonym")
A("r5a002", "河道边沟垃圾清理啥时候弄完", "my", "002", "雨前对马路边沟、无水支流沟渠等开展垃圾杂物清理", "deadline", chat=True, tags="synonym")
A("r5a003", "谁配合搞秸秆综合利用", "dx26", "000", "加强秸秆综合利用", "assist", chat=True, tags="role")
A("r5a004", "扬尘那个百日攻坚哪个部门主责", "my", "002", "扬尘专项治理百日攻坚", "responsible", chat=True, tags="role")
A("r5a007", "散煤复烧那条谁牵头？", "dx21", "004", "严防散煤复烧", "lead", chat=True)
A("r5a008", "防散煤复烧最晚啥时候弄好", "dx21", "004", "严防散煤复烧", "deadline", chat=True)
A("r5a009", "黑臭水体每月监测谁协办", "dx21", "004", "第二、三季度每月开展黑臭水体水质监测", "assist", chat=True)
A("r5a010", "饭馆油烟包案哪些镇街是责任单位", "mtg", "001", "聚焦信访投诉集中区域", "responsible", chat=True, tags="synonym")
A("r5a011", "放炮仗那个禁令谁牵头", "my", "002", "密政发〔2021〕18号", "lead", chat=True, tags="synonym")
A("r5a012", "禁放烟花爆竹主则单位有哪些", "my", "002", "密政发〔2021〕18号", "responsible", chat=True, tags="typo")
A("r5a013", "建筑垃圾管理平台谁牵头，谁配合", "dx26", "000", "按照市级要求完善建筑垃圾管理与服务平台", ["lead", "assist"], chat=True, tags="multi_part")
A("r5a014", "「创A锅炉」谁牵头", "dx26", "000", "打造“创A”锅炉", "lead", chat=True, tags="quoted")
A("r5a016", "秸秆焚烧执法谁带头", "dx26", "000", "加强对秸秆露天焚烧执法力度", "lead", chat=True, tags="role slang")
A("r5a017", "温拌沥青那个比例谁牵头啊", "mtg", "001", "温拌沥青使用比例不低于15%", "lead", chat=True)
A("r5a018", "零排放车队哪几个单位主责", "my", "002", "建设至少3家零排放运输车队", "responsible", chat=True)
A("r5a019", "加油站埋地油灌防渗漏主责单位", "my", "002", "核实辖区加油站（点）埋地油罐防渗漏情况", "responsible", chat=True, tags="typo")
A("r5a020", "供水管网漏损谁配合？", "dx26", "000", "健全供水管网漏损管控体系", "assist", chat=True)
A("r5a021", "安定垃圾填埋场地下水调查谁协办", "dx26", "000", "编制安定垃圾填埋场地下水调查评估报告", "assist", chat=True)
A("r5a022", "渣土车闭环管理谁牵头", "dx21", "004", "组织实行渣土车闭环管理", "lead", chat=True)
A("r5a023", "垃圾车换新能源的事主责单位有哪些", "my", "002", "推动生活和建筑垃圾运输车新能源化", "responsible", chat=True, tags="synonym")
A("r5a024", "校园广播噪音扰民谁牵头", "mtg", "001", "强化校园广播噪声扰民问题处置", "lead", chat=True, tags="synonym")
A("r5a025", "公园广场舞噪音谁牵头，哪个部门配合", "bj", "003", "系统推进公园娱乐、健身等活动噪声治理", ["lead", "assist"], chat=True, tags="synonym multi_part")
A("r5a026", "重型车路检谁牵头", "dx26", "000", "开展重型车的人工检查", "lead", chat=True, tags="synonym")
A("r5a027", "老旧货车淘汰 谁主责", "mtg", "001", "2026年新注册登记货车新能源化率不低于30%", "responsible", chat=True)
A("r5a028", "黑加油站整治啥时候完成", "my", "002", "坚决打击非标油", "deadline", chat=True, tags="synonym")
A("r5a029", "宁静小区那个谁牵头", "bj", "003", "开展宁静小区建设", "lead", chat=True)
A("r5a030", "永定河生态补水谁配合", "dx26", "000", "配合市级部门持续实施永定河河道生态补水", "assist", chat=True)
A("r5a038", "錯峰装卸油牵头的是谁，几月底前完成", "dx21", "004", "督促加油站和储油库实施错峰装卸油", ["lead", "deadline"], chat=True, tags="multi_part typo")

# --- chat: no scope, the district named in the question; English ---
A("r5a005", "who leads the boiler 创A project reserve in Miyun", None, "002", "提前开展锅炉“创A”项目储备", "lead", chat=True, tags="english")
A("r5a036", "@机器人 门头沟秸秆焚烧谁牵头", None, "001", "严格秸秆露天焚烧监管", "lead", chat=True, tags="no_scope")
A("r5a037", "Who is responsible for the dust 100-day campaign in Mentougou?", None, "001", "以3-5月为重点开展扬尘专项治理百日攻坚行动", "responsible", chat=True, tags="english")
A("r5a039", "大兴拉土车闭环管理那条谁牵头", "dx", "004", "组织实行渣土车闭环管理", "lead", chat=True, tags="synonym old_plan_only")

# --- plan wording ---
A("r5a015", "“严格秸秆露天焚烧监管”这条的牵头单位是？", "bj", "003", "严格秸秆露天焚烧监管", "lead", tags="quoted")
A("r5a031", "凤河长子营段再生水补给河道生态修复试点工程的牵头单位是什么？", "dx21", "004", "推进再生水补给河道生态修复", "lead")
A("r5a032", "扬尘专项治理百日攻坚行动的完成时限是什么？", "mtg", "001", "以3-5月为重点开展扬尘专项治理百日攻坚行动", "deadline", tags="month_range")
A("r5a033", "生活垃圾焚烧企业压减飞灰填埋量由哪些部门牵头？", "mtg", "001", "生活垃圾焚烧企业压减飞灰填埋量", "lead")
A("r5a034", "农村黑臭水体治理的协办单位有哪些？", "bj", "003", "落实《北京市农村黑臭水体治理工作方案》", "assist")
A("r5a035", "裸地动态整治的牵头单位和完成时限", "my", "002", "实现裸地动态整治", ["lead", "deadline"], tags="multi_part")

# --- not answered by the plans: a field the measure leaves blank, a measure the plan lacks ---
N("r5a101", "秸秆露天焚烧监管哪些部门协办", "bj", chat=True, tags="field_blank")
# a plan that prints only 牵头单位 answers 主责 with them (bot/answers.attribute_values)
A("r5a102", "扬尘百日攻坚主责单位是谁", "dx26", "000", "以3-5月为重点开展扬尘专项治理百日攻坚行动", "lead", chat=True, tags="lead_only_plan")
N("r5a103", "潮白河生态补水谁牵头", "my", chat=True, tags="field_blank")
N("r5a104", "秸秆禁烧谁牵头", "my", chat=True, tags="measure_absent")
N("r5a105", "锅炉创A谁牵头", "dx21", chat=True, tags="measure_absent")
N("r5a106", "垃圾分类桶站改造哪个部门牵头", "mtg", chat=True, tags="measure_absent")
N("r5a107", "who leads the boiler work in Haidian", None, chat=True, tags="english place_without_plan")
N("r5a108", "扬尘百日攻坚行动什么时候完成？", "bj", tags="measure_absent")
