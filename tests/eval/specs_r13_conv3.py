"""Round 13, area m: follow-up conversations in staff's chat words whose scored last turn is a target
value, a comparison, a topic or a question the plans do not answer.  After a target (PM2.5, 优良天数,
降尘, 漏损率, a 附件4/附件5 cell): 那X呢 with another district (one with a plan, or only a table row),
another town or column (斋堂呢, TSP呢, 细颗粒物呢), another year (21年定的多少, a year no plan has),
a sub-level (各镇街呢), 差多少 / 比X高多少 / 哪个区最多 / 在各镇街里算低吗; a switch to a topic
after a target (换个话题…, a measure next to the target) that must not stay a value question;
after a topic: 那门头沟有没有类似的 / 北京市层面呢 / 21年那版呢, a district without a plan, a subject no
plan has, and a subject one plan has after one another plan lacks.  Chats carry no scope (scope
None): what the bot knows comes from the turns."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# =============================================================================== target, then another place
conv("r13m001", ["大兴PM2.5今年定的多少"],
     IM("r13m001x", "那密云呢", None, "002", "细颗粒物浓度控制在26微克每立方米", "26",
        chat=True, tags="follow_up place"))
conv("r13m002", ["密云优良天比率要到多少"],
     IM("r13m002x", "门头沟呢？", None, "001", "优良天数比率不低于78%", "78", chat=True, tags="follow_up place synonym"))
conv("r13m003", ["大兴21年污水处理率要到多少"],
     IM("r13m003x", "密云呢", None, "002", "全区污水处理率保持94%以上", "94%", chat=True, tags="follow_up place year"))
conv("r13m004", ["门头沟新注册货车新能源化率多少"],
     IM("r13m004x", "大兴的呢", None, "000", "2026年注册登记货车新能源化率达35%", "35%", chat=True, tags="follow_up place"))
conv("r13m005", ["大兴A、B级锅炉使用单位要多少家"],
     IM("r13m005x", "那密云的呢", None, "002", "力争B级及以上锅炉使用单位累计达到15家", "15",
        chat=True, tags="follow_up place"))
conv("r13m006", ["门头沟可再生能源供热面积占比要多少"],
     IM("r13m006x", "大兴呢", None, "000", "全区可再生能源供热面积占比达到市级目标要求", "达到市级目标要求",
        chat=True, tags="follow_up place no_number"))
conv("r13m007", ["门头沟数据中心绿电占比定的多少"],
     IM("r13m007x", "大兴那边呢", None, "000", "新建及改扩建数据中心绿电占比超过60%", "60%", chat=True, tags="follow_up place"))
conv("r13m008", ["密云入河排污口检查比例多少"],
     IM("r13m008x", "门头沟的呢", None, "001", "按季度开展不低于总数10%的巡查检查", "10%", chat=True, tags="follow_up place"))
conv("r13m009", ["密云绿色企业比率要求多少"],
     IC("r13m009x", "延庆呢", None, "延庆区", "累计绿色企业比例", chat=True, tags="follow_up place table_row no_plan"))
conv("r13m010", ["朝阳施工噪声治理要几家"],
     IC("r13m010x", "海淀的呢", None, "海淀区", "施工噪声治理", chat=True, tags="follow_up place table_row"))
conv("r13m011", ["密云优先监管地块几块"],
     IC("r13m011x", "那延庆呢", None, "延庆区", "优先监管地块", chat=True, tags="follow_up place table_row"))

# =============================================================================== target, then another town / column / metric
conv("r13m012", ["清水镇PM2.5目标值多少"],
     IC("r13m012x", "斋堂呢", None, "斋堂镇", "2026年PM2.5目标值", chat=True, tags="follow_up town stem"))
conv("r13m013", ["雁翅镇pm2.5目标"],
     IC("r13m013x", "TSP呢", None, "雁翅镇", "2026年TSP值", chat=True, tags="follow_up column"))
conv("r13m014", ["斋堂镇TSP目标是啥"],
     IC("r13m014x", "细颗粒物呢", None, "斋堂镇", "2026年PM2.5目标值", chat=True, tags="follow_up column synonym"))
conv("r13m015", ["怀柔PM2.5目标多少"],
     IC("r13m015x", "重污染天数呢", None, "怀柔区", "重污染天数", chat=True, tags="follow_up column"))
conv("r13m016", ["大兴21年污染地块安全利用率要多少"],
     IM("r13m016x", "受污染耕地呢", None, "004", "全区受污染耕地安全利用率达到92%", "92%",
        chat=True, tags="follow_up metric year_kept"))
conv("r13m017", ["北京市固定设备噪声治理要搞多少项"],
     IM("r13m017x", "那施工噪声呢", None, "003", "组织实施 49 项重点点位施工噪声治理", "49", chat=True, tags="follow_up metric"))
conv("r13m018", ["大兴固定设备噪声治理几项"],
     IM("r13m018x", "交通噪声呢", None, "000", "组织实施1项重点点位交通噪声治理", "1", chat=True, tags="follow_up metric"))

# =============================================================================== target, then another year / level
conv("r13m019", ["大兴pm2.5目标多少"],
     IM("r13m019x", "21年定的多少", None, "004", "细颗粒物（PM2.5）浓度、重污染天数继续下降", "继续下降",
        chat=True, tags="follow_up year no_number"))
conv("r13m020", ["大兴21年降尘量控制在多少"],
     IM("r13m020x", "各镇街呢", None, "004", "各属地降尘量力争控制在", "5.1", chat=True, tags="follow_up level"))

# =============================================================================== target, then a comparison
conv("r13m021", ["门头沟PM2.5目标多少"],
     C("r13m021x", "比延庆高多少", None, ("cell", "门头沟区", "PM2.5年均浓度"), ("cell", "延庆区", "PM2.5年均浓度"),
       chat=True, tags="follow_up difference"))
conv("r13m022", ["斋堂镇PM2.5目标值"],
     C("r13m022x", "跟清水镇差多少", None, ("cell", "斋堂镇", "2026年PM2.5目标值"), ("cell", "清水镇", "2026年PM2.5目标值"),
       chat=True, tags="follow_up difference town"))
conv("r13m023", ["大兴优先监管地块几块"],
     C("r13m023x", "比房山多几块", None, ("cell", "大兴区", "优先监管地块"), ("cell", "房山区", "优先监管地块"),
       chat=True, tags="follow_up difference"))
conv("r13m024", ["大兴施工噪声治理要几家"],
     S("r13m024x", "哪个区最多", None, "施工噪声治理", "max", chat=True, tags="follow_up"))
conv("r13m025", ["门头沟商业固定设备噪声治理几项"],
     S("r13m025x", "全市哪个区最多", None, "商业固定设备噪声治理", "max", chat=True, tags="follow_up"))
conv("r13m026", ["门头沟各镇街PM2.5目标"],
     S("r13m026x", "哪个最低", None, "2026年PM2.5目标值", "min", chat=True, tags="follow_up town"))
conv("r13m027", ["清水镇PM2.5目标多少"],
     C("r13m027x", "在门头沟各镇街里算低吗", None, ("cell", "清水镇", "2026年PM2.5目标值"), chat=True, value="最低",
       tags="follow_up rank town"))
conv("r13m028", ["密云锅炉A、B级单位要多少家"],
     C("r13m028x", "在全市算少吗", None, ("cell", "密云区", "累计环保绩效A、B级锅炉使用单位"), chat=True, value="最低",
       tags="follow_up rank"))
conv("r13m029", ["大兴PM2.5目标多少"],
     C("r13m029x", "那跟门头沟比 谁更严", None,
       ("000", "全区PM2.5年均浓度不高于30微克/立方米", "大兴：不高于30微克/立方米"),
       ("001", "PM2.5年均浓度达到27微克/立方米", "门头沟：27微克/立方米（更严）"), chat=True, value="门头沟",
       tags="follow_up measure_target superlative"))
conv("r13m030", ["门头沟和密云的绿色企业比率"],
     C("r13m030x", "差多少", None, ("001", "全区绿色企业比率平均不低于55%", "门头沟：不低于55%"),
       ("002", "绿色企业比率不低于35%", "密云：不低于35%"), chat=True, value="20",
       tags="follow_up measure_target difference"))

# =============================================================================== target, then a topic (no value asked)
conv("r13m031", ["大兴今年PM2.5目标多少"],
     T("r13m031x", "换个话题 噪声扰民咋管", None, "000", "调解社会生活噪声扰民行为", "001", "调解社会生活噪声扰民行为",
       "003", "调解社会生活噪声扰民行为", "000", "强化校园广播噪声扰民问题处置统筹力度",
       "001", "强化校园广播噪声扰民问题处置统筹力度", chat=True, tags="follow_up new_topic after_indicator"))
conv("r13m032", ["门头沟海绵城市达标面积比例多少"],
     T("r13m032x", "换个话题，雨污混接咋整治", None, "001", "开展雨污混接错接巡查整治。加强门头沟区",
       "000", "组织开展雨污混接错接巡查整治", "002", "开展雨污混接错接巡查整治", "004", "加大雨污混接错接巡查整治力度",
       chat=True, tags="follow_up new_topic after_indicator"))
conv("r13m033", ["密云污水处理率要多少"],
     T("r13m033x", "那进水BOD浓度偏低的问题咋解决", None, "002", "针对密云区北庄镇污水处理厂等9座",
       chat=True, tags="follow_up topic after_indicator place_kept"))
conv("r13m034", ["大兴21年降尘量控制在多少"],
     T("r13m034x", "降尘监测装置呢", None, "004", "完成全区降尘监测装置安装工作", chat=True,
       tags="follow_up topic after_indicator year_kept"))

# =============================================================================== topic, then another place / level / year
conv("r13m035", ["门头沟辐射事故应急咋弄"],
     T("r13m035x", "北京市层面呢", None, "003", "健全完善跨区域辐射事故协同处置和应急支援工作", chat=True, tags="follow_up city"))
conv("r13m036", ["大兴宁静小区建设"],
     T("r13m036x", "门头沟有没有类似的", None, "001", "鼓励结合实际，开展宁静小区建设", chat=True, tags="follow_up place similar"))
conv("r13m037", ["门头沟地热利用有啥安排"],
     T("r13m037x", "那大兴呢", None, "000", "大力发展本地光伏、地热等可再生能源", chat=True, tags="follow_up place after_not_found"))
conv("r13m038", ["密云外来入侵物种防控"],
     T("r13m038x", "那门头沟呢", None, "001", "做好引进植物审批监管与豚草", chat=True, tags="follow_up place after_not_found"))
conv("r13m039", ["门头沟候鸟保护有啥措施"],
     T("r13m039x", "大兴21年那版呢", None, "004", "加强候鸟栖息地保护", chat=True, tags="follow_up place year after_not_found"))

# =============================================================================== nothing in the plans
conv("r13m040", ["大兴扬尘怎么管"], N("r13m040x", "2023年的呢", chat=True, tags="follow_up year no_plan_edition"))
conv("r13m041", ["门头沟PM2.5目标多少"], N("r13m041x", "2025年定的多少", chat=True, tags="follow_up year no_plan_edition"))
conv("r13m042", ["大兴生活垃圾资源化利用率要多少"],
     N("r13m042x", "海淀呢", chat=True, tags="follow_up place no_plan after_indicator"))
conv("r13m043", ["大兴21年降尘量控制在多少"],
     N("r13m043x", "26年的呢", chat=True, tags="follow_up year not_in_plan after_indicator"))
conv("r13m044", ["大兴宁静小区建设"], N("r13m044x", "密云有没有类似的", chat=True, tags="follow_up place not_in_plan"))
conv("r13m045", ["门头沟光污染有啥措施"], N("r13m045x", "那湿地保护呢", chat=True, tags="follow_up not_in_plan after_not_found"))
conv("r13m046", ["大兴装修污染咋管"], N("r13m046x", "那室内甲醛呢", chat=True, tags="follow_up not_in_plan after_not_found"))
conv("r13m047", ["门头沟揭网见绿"], N("r13m047x", "昌平区有这个吗", chat=True, tags="follow_up place no_plan"))
