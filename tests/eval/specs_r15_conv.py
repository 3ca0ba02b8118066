"""Round 15, area c: follow-up conversations (2-4 turns) in staff's chat words, scored on the last
turn, across all five plans.  The last turn varies: a new short subject that keeps the place
(那X呢 / X呢), an attribute of the measure just answered (这个谁牵头 / 啥时候要完成 / 协办的是哪些),
an attribute of an item of the list just shown (第3条责任单位呢), a deadline list re-asked with
another deadline or unit, a change of place or edition (门头沟的呢 / 换成21年的 / 市级层面呢), a role
change (只看牵头的 / 协办的呢), a chat bound to a place (本群是X区的) then a short question, English
and typo'd follow-ups, and a few whose right answer is that the plan there does not say it.
Written from the plans' text; chats carry no scope (scope None): what the bot knows comes from
the turns."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

JUNE = {"op": "due_on_or_before", "value": "2026-06-30"}
OCT = {"op": "due_on_or_before", "value": "2026-10-31"}
YEAR_END = {"op": "equals", "value": "年底前"}
LONG = {"op": "equals", "value": "长期实施"}
ONGOING = {"op": "equals", "value": "持续推进"}

# --- a new short subject that keeps the place
conv("r15c001", ["门头沟放鞭炮谁管"],
     T("r15c001x", "那上坟烧纸呢", None, "001", "大力倡导市民践行文明祭扫", chat=True, tags="follow_up subject_change"))
conv("r15c002", ["密云节水型社会建设咋搞"],
     T("r15c002x", "那化肥减量呢", None, "002", "推进化肥控量增效", "002", "持续推进密云水库流域化肥控量",
       chat=True, tags="follow_up subject_change"))
conv("r15c003", ["大兴公交优先咋推进"],
     T("r15c003x", "快递包装那块呢", None, "000", "鼓励电商、快递等重点领域使用可循环", chat=True,
       tags="follow_up subject_change"))
conv("r15c004", ["21年大兴出租车尾气净化装置咋管"],
     T("r15c004x", "那放炮仗呢", None, "004", "全年禁止销售、燃放烟花爆竹", chat=True,
       tags="follow_up subject_change year synonym"))
conv("r15c005", ["市里噪声条例立法到哪一步了"],
     T("r15c005x", "秸秆呢", None, "003", "严格秸秆露天焚烧监管", chat=True, tags="follow_up subject_change city"))
conv("r15c006", ["门头沟再生水厂进水浓度低咋整"],
     T("r15c006x", "野生动物这块呢", None, "001", "强化陆生野生动物及其制品交易监管",
       "001", "强化水生野生动物及其制品交易监管", chat=True, tags="follow_up subject_change"))
conv("r15c007", ["大兴光伏地热这些可再生能源咋发展"],
     T("r15c007x", "那绿色建筑呢", None, "000", "提高城镇新建建筑中绿色建材应用比例", chat=True,
       tags="follow_up subject_change"))
conv("r15c008", ["密云烟花爆竹咋管"],
     T("r15c008x", "垃圾焚烧厂排放那块呢", None, "002", "制定本市生活垃圾焚烧大气污染物排放标准", chat=True,
       tags="follow_up subject_change"))

# --- an attribute of the measure just answered
conv("r15c009", ["大兴烧秸秆执法"],
     A("r15c009x", "这个谁牵头", None, "000", "加强对秸秆露天焚烧执法力度", "lead", chat=True, tags="follow_up this"))
conv("r15c010", ["门头沟高山背景站建设"],
     A("r15c010x", "责任单位呢", None, "001", "配合市级部门推进高山综合背景站建设", "responsible", chat=True,
       tags="follow_up this"))
conv("r15c011", ["密云高标准农田建设"],
     A("r15c011x", "啥时候要完成", None, "002", "推进0.5万亩高标准农田建设", "deadline", chat=True,
       tags="follow_up this"))
conv("r15c012", ["21年大兴节水型单位创建"],
     A("r15c012x", "完成时限是？", None, "004", "加快节水型单位创建", "deadline", chat=True, tags="follow_up this year"))
conv("r15c013", ["市里学校广播噪声扰民咋弄"],
     A("r15c013x", "协办单位是谁", None, "003", "强化校园广播噪声扰民问题处置统筹力度", "assist", chat=True,
       tags="follow_up this city"))
conv("r15c014", ["大兴小客车以旧换新补贴"],
     A("r15c014x", "谁牵头的", None, "000", "落实小客车以旧换新补贴政策", "lead", chat=True, tags="follow_up this"))
conv("r15c015", ["门头沟雨污混接错接整治"],
     A("r15c015x", "这个啥时候完", None, "001", "开展雨污混接错接巡查整治", "deadline", chat=True, tags="follow_up this"))
conv("r15c016", ["密云文明祭扫有啥要求"],
     A("r15c016x", "协办的是哪些单位", None, "002", "大力倡导市民践行文明祭扫", "assist", chat=True,
       tags="follow_up this"))

# --- an attribute of an item of the list just shown (numbered as shown, document order)
conv("r15c017", ["门头沟园林绿化局牵头的有哪些"],
     item("r15c017x", "第3条责任单位呢", None, D("r15c017l", "", None, "区园林绿化局", "lead", filter="mtg"), 3,
          "responsible", tags="follow_up item"))
conv("r15c018", ["大兴商务局牵头哪些"],
     item("r15c018x", "第5个啥时候完成", None, D("r15c018l", "", None, "区商务局", "lead", filter="dx26"), 5,
          "deadline", tags="follow_up item"))
conv("r15c019", ["密云农业农村局牵头的任务"],
     item("r15c019x", "第4条谁协办", None, D("r15c019l", "", None, "区农业农村局", "lead", filter="my"), 4,
          "assist", tags="follow_up item"))
conv("r15c020", ["市交通委牵头哪些"],
     item("r15c020x", "第4条协办单位", None, D("r15c020l", "", None, "市交通委", "lead", filter="bj"), 4,
          "assist", tags="follow_up item city"))
conv("r15c021", ["21年大兴交通局牵头的有哪些"],
     item("r15c021x", "最后一条协办单位是谁", None, D("r15c021l", "", None, "区交通局", "lead", filter="dx21"), 10,
          "assist", tags="follow_up item last year"))

# --- a deadline list re-asked with another deadline or unit
conv("r15c022", ["大兴水务局年底前要完成的"],
     DL("r15c022x", "长期实施的呢", None, LONG, "区水务局", "any", chat=True, tags="follow_up deadline", filter="dx26"))
conv("r15c023", ["门头沟生态环境局持续推进的有哪些"],
     DL("r15c023x", "那长期实施的呢", None, LONG, "区生态环境局", "any", chat=True, tags="follow_up deadline",
        filter="mtg"))
conv("r15c024", ["密云发改委年底前要完成哪些"],
     DL("r15c024x", "经信局呢", None, YEAR_END, "区经济和信息化局", "any", chat=True, tags="follow_up deadline unit",
        filter="my"))
conv("r15c025", ["市生态环境局长期实施的任务"],
     DL("r15c025x", "持续推进的呢", None, ONGOING, "市生态环境局", "any", chat=True, tags="follow_up deadline city",
        filter="bj"))
conv("r15c026", ["大兴6月底前要完成的有哪些"],
     DL("r15c026x", "10月底前的呢", None, OCT, chat=True, tags="follow_up deadline", filter="dx26"))
conv("r15c027", ["门头沟城管委长期实施的"],
     DL("r15c027x", "换成住建委", None, LONG, "区住建委", "any", chat=True, tags="follow_up deadline unit", filter="mtg"))

# --- a change of place or edition
conv("r15c028", ["大兴垃圾填埋场隐患排查咋弄"],
     T("r15c028x", "门头沟的呢", None, "001", "开展生活垃圾填埋场环境污染隐患排查治理工作", chat=True,
       tags="follow_up place"))
conv("r15c029", ["大兴节水型社会建设咋搞"],
     T("r15c029x", "换成21年的", None, "004", "做好节水型区复验工作", "004", "加快节水型单位创建", chat=True,
       tags="follow_up year"))
conv("r15c030", ["门头沟水务局牵头哪些"],
     D("r15c030x", "换成密云", None, "区水务局", "lead", chat=True, tags="follow_up place", filter="my"))
conv("r15c031", ["21年大兴城管委牵头的"],
     D("r15c031x", "今年的呢", None, "区城市管理委", "lead", chat=True, tags="follow_up year", filter="dx26"))
conv("r15c032", ["大兴空气污染期间重点用车单位用啥车"],
     T("r15c032x", "市级层面呢", None, "003", "强化空气污染过程应对", chat=True, tags="follow_up place city"))

# --- a role change
conv("r15c033", ["密云住建委的任务有哪些"],
     D("r15c033x", "只看牵头的", None, "区住房城乡建设委", "lead", chat=True, tags="follow_up role", filter="my"))
conv("r15c034", ["大兴园林绿化局牵头的任务"],
     D("r15c034x", "协办的呢", None, "区园林绿化局", "assist", chat=True, tags="follow_up role", filter="dx26"))
conv("r15c035", ["门头沟农业农村局牵头哪些"],
     D("r15c035x", "它当责任单位的呢", None, "区农业农村局", "responsible", chat=True, tags="follow_up role",
       filter="mtg"))

# --- a chat bound to a place, then a short question
conv("r15c036", ["本群是密云区的"],
     IM("r15c036x", "污水处理率要达到多少", None, "002", "全区污水处理率保持94%以上", "94%", chat=True,
        tags="follow_up group_scope"))
conv("r15c037", ["本群是门头沟的", "我是水务局的"],
     DL("r15c037x", "我们6月底前要完成啥", None, JUNE, "区水务局", "any", chat=True,
        tags="follow_up group_scope me deadline", filter="mtg"))
conv("r15c038", ["本群是大兴区的"],
     T("r15c038x", "再生水厂进水浓度低咋整", None, "000", "长子营再生水厂、青云店再生水厂", chat=True,
       tags="follow_up group_scope"))

# --- English and typo'd follow-ups
conv("r15c039", ["门头沟野生动物交易监管"],
     A("r15c039x", "who leads this?", None, "001", "强化陆生野生动物及其制品交易监管", "lead", chat=True,
       tags="follow_up this english"))
conv("r15c040", ["大兴噪声敏感区划定"],
     N("r15c040x", "what about Miyun", chat=True, tags="follow_up place english not_in_plan"))
conv("r15c041", ["密云化肥控量咋搞"],
     T("r15c041x", "门头勾的呢", None, "001", "扎实推进农药化肥减量增效", chat=True, tags="follow_up place typo"))
conv("r15c042", ["大兴碳中和示范校"],
     A("r15c042x", "这个谁陪合", None, "000", "持续推动碳中和示范校联盟建设", "assist", chat=True,
       tags="follow_up this typo"))

# --- the place has no plan / its plan does not say it
conv("r15c043", ["门头沟烟花爆竹谁管"], N("r15c043x", "那丰台呢", chat=True, tags="follow_up place no_plan"))
conv("r15c044", ["市里噪声地图咋搞"], N("r15c044x", "大兴有这个吗", chat=True, tags="follow_up place not_in_plan"))
