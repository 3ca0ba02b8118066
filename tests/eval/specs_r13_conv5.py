"""Round 13, area u: follow-up conversations whose scored last turn is a topic or an attribute
question after a topic answer, in staff's chat words: another district's own measure on the same
topic (那X呢), the city level (北京市层面呢 / 市里咋要求的), the 2021 plan (21年那版咋说的), the same
measure in more detail (展开说说 / 具体咋做 / 详细点), an attribute of the measure shown (啥时候完成,
谁牵头, 配合的有谁), other measures on the topic (还有类似的吗), a narrower related topic (那餐饮选址呢
after 油烟), and the same topic in an everyday word.  Chats carry no scope (scope None)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# =============================================================================== another district
conv("r13u001", ["门头沟噪声敏感区咋划"],
     T("r13u001x", "那大兴呢", None, "000", "启动噪声敏感建筑物集中区域划定工作", chat=True,
       tags="follow_up place_switch"))
conv("r13u002", ["大兴公园里跳舞健身的噪声咋管"],
     T("r13u002x", "门头沟呢", None, "001", "系统推进公园娱乐、健身等活动噪声系统治理", chat=True,
       tags="follow_up place_switch"))
conv("r13u003", ["密云扬尘百日攻坚咋弄"],
     T("r13u003x", "那大兴区呢", None, "000", "以3-5月为重点开展扬尘专项治理百日攻坚行动", chat=True,
       tags="follow_up place_switch"))
conv("r13u004", ["大兴公园草坪机这些园林机械有啥要求"],
     T("r13u004x", "门头沟那边呢", None, "001", "区属公园使用的草坪机", chat=True,
       tags="follow_up place_switch"))
conv("r13u005", ["门头沟烟花爆竹咋管"],
     T("r13u005x", "密云呢", None, "002", "行政区域内禁止燃放烟花爆竹的通告", chat=True,
       tags="follow_up place_switch"))
conv("r13u006", ["北京市固定设备噪声治理多少项"],
     T("r13u006x", "大兴呢", None, "000", "组织实施3项重点点位固定设备噪声治理", chat=True,
       tags="follow_up place_switch"))
conv("r13u007", ["大兴涉气固定源执法咋搞"],
     T("r13u007x", "那密云的呢", None, "002", "以VOCs和NOx为重点，开展涉气固定源执法检查", chat=True,
       tags="follow_up place_switch"))
conv("r13u008", ["门头沟地下水超采咋治"],
     T("r13u008x", "密云咋弄的", None, "002", "以地下水超采区、重要泉域为重点", chat=True,
       tags="follow_up place_switch"))

# =============================================================================== city level
conv("r13u009", ["大兴校园广播噪声扰民咋整"],
     T("r13u009x", "北京市层面呢", None, "003", "强化校园广播噪声扰民问题处置统筹力度", chat=True,
       tags="follow_up city_level"))
conv("r13u010", ["门头沟秸秆焚烧咋管"],
     T("r13u010x", "市里咋要求的", None, "003", "严格秸秆露天焚烧监管", chat=True,
       tags="follow_up city_level"))
conv("r13u011", ["大兴农村黑臭水体咋治"],
     T("r13u011x", "市里呢", None, "003", "强化农村黑臭水体治理", chat=True,
       tags="follow_up city_level"))
conv("r13u012", ["门头沟交通噪声咋治理"],
     T("r13u012x", "北京市的计划咋说", None, "003", "制定交通噪声缓解年度治理计划", chat=True,
       tags="follow_up city_level"))

# =============================================================================== the 2021 plan
conv("r13u013", ["大兴烟花爆竹有啥规定"],
     T("r13u013x", "21年那版咋说的", None, "004", "全区行政区域内全年禁止销售、燃放烟花爆竹", chat=True,
       tags="follow_up year_switch"))
conv("r13u014", ["大兴光伏咋发展"],
     T("r13u014x", "2021年的呢", None, "004", "大力发展本地热泵、光伏系统", chat=True,
       tags="follow_up year_switch"))
conv("r13u015", ["大兴黑臭水体咋管"],
     T("r13u015x", "21年那个计划里呢", None, "004", "确保已治理的18条段黑臭水体实现长治久清",
       "004", "第二、三季度每月开展黑臭水体水质监测", chat=True, tags="follow_up year_switch"))

# =============================================================================== same measure in more detail
conv("r13u016", ["门头沟餐饮油烟咋管"],
     T("r13u016x", "展开说说", None, "001", "继续推行餐饮油烟重点点位包案机制", chat=True,
       tags="follow_up more_detail"))
conv("r13u017", ["密云垃圾填埋场地下水调查"],
     T("r13u017x", "具体咋做", None, "002", "推进垃圾填埋场地下水调查评估", chat=True,
       tags="follow_up more_detail"))
conv("r13u018", ["大兴宁静小区有安排吗"],
     T("r13u018x", "详细点", None, "000", "探索开展宁静小区建设", chat=True,
       tags="follow_up more_detail"))

# =============================================================================== attribute of the measure shown
conv("r13u019", ["门头沟未利用地保护咋弄"],
     A("r13u019x", "啥时候完成", None, "001", "加强未利用地保护", "deadline", chat=True,
       tags="follow_up attribute_of_shown"))
conv("r13u020", ["密云土壤重金属溯源"],
     A("r13u020x", "配合的有谁", None, "002", "土壤重金属污染溯源相关工作", "assist", chat=True,
       tags="follow_up attribute_of_shown"))
conv("r13u021", ["大兴碳足迹咋搞"],
     A("r13u021x", "谁牵头", None, "000", "重点产品和服务碳足迹核算方法研究", "lead", chat=True,
       tags="follow_up attribute_of_shown"))
conv("r13u022", ["北京噪声地图咋用"],
     A("r13u022x", "谁负责", None, "003", "探索应用噪声地图", "lead", chat=True,
       tags="follow_up attribute_of_shown"))
conv("r13u023", ["门头沟付家台村园地修复"],
     A("r13u023x", "啥时候完成", None, "001", "付家台村园地土壤污染修复", "deadline", chat=True,
       tags="follow_up attribute_of_shown"))
conv("r13u024", ["大兴21年再生水补给河道试点"],
     A("r13u024x", "配合单位有哪些", None, "004", "再生水补给河道生态修复", "assist", chat=True,
       tags="follow_up attribute_of_shown"))
conv("r13u025", ["密云零排放运输车队"],
     A("r13u025x", "啥时候建成", None, "002", "建设至少3家零排放运输车队", "deadline", chat=True,
       tags="follow_up attribute_of_shown"))

# =============================================================================== other measures on the topic
conv("r13u026", ["大兴固定设备噪声治理"],
     T("r13u026x", "还有类似的吗", None, "000", "组织实施1项重点点位施工噪声治理",
       "000", "组织实施1项重点点位公共场所噪声治理", "000", "制定交通噪声缓解年度治理计划", chat=True,
       tags="follow_up more_on_topic"))
conv("r13u027", ["门头沟新能源货车"],
     T("r13u027x", "还有别的车吗", None, "001", "推动生活和建筑垃圾运输车新能源化",
       "001", "推动混凝土搅拌车新能源化", "001", "新增和更新的通勤车、环卫车", chat=True,
       tags="follow_up more_on_topic"))

# =============================================================================== a narrower related topic
conv("r13u028", ["密云油烟咋管"],
     T("r13u028x", "那餐饮选址呢", None, "002", "开展餐饮选址引导清单电子地图应用", chat=True,
       tags="follow_up narrower_topic"))
conv("r13u029", ["门头沟噪声咋管"],
     T("r13u029x", "那学校的呢", None, "001", "强化校园广播噪声扰民问题处置统筹力度", chat=True,
       tags="follow_up narrower_topic"))
conv("r13u030", ["大兴土壤咋管"],
     T("r13u030x", "那收储地块呢", None, "000", "防控拟收储地块土壤污染风险", chat=True,
       tags="follow_up narrower_topic"))
conv("r13u031", ["密云土壤咋管"],
     T("r13u031x", "那滩涂沼泽这种没开发的地呢", None, "002", "加强未利用地保护", chat=True,
       tags="follow_up narrower_topic"))

# =============================================================================== same topic, everyday word
conv("r13u032", ["门头沟渣土车咋管"],
     T("r13u032x", "就是拉土的大车", None, "001", "加大对渣土车溯源追查力度",
       "001", "严厉打击渣土、建筑垃圾违规运输", chat=True, tags="follow_up everyday_word"))
conv("r13u033", ["大兴烟花爆竹"],
     T("r13u033x", "就是过年放炮那个", None, "000", "本区关于禁止、限制燃放烟花爆竹", chat=True,
       tags="follow_up everyday_word"))
conv("r13u034", ["密云化粪池咋弄"],
     T("r13u034x", "就是农村厕所那个", None, "002", "推动农村三格式化粪池全覆盖", chat=True,
       tags="follow_up everyday_word"))
conv("r13u035", ["大兴秸秆咋处理"],
     T("r13u035x", "就是地里烧麦秆那事", None, "000", "加强对秸秆露天焚烧执法力度", chat=True,
       tags="follow_up everyday_word"))
