"""Round 13, area p: follow-up conversations of shapes the earlier conv batches lack, in staff's chat
words, scored on the last turn: corrections of place / role / year / measure (不是，我问的是X, 我说的是
协办, 不是这个，是X那条, 错了 是21年的), a list narrowed by its deadline (只要年底前的, 其中长期实施的),
the question repeated with its typo fixed, a chat bound to a place with a year switch, English
follow-ups (and Miyun?, who assists?), a follow-up after a comparison, and 出处 / 哪个文件 of the
measure just shown.  Chats carry no scope (scope None): what the bot knows comes from the turns."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

JUNE = {"op": "due_on_or_before", "value": "2026-06-30"}
YEAR_END = {"op": "equals", "value": "年底前"}
LONG = {"op": "equals", "value": "长期实施"}

# =============================================================================== corrections
conv("r13p001", ["大兴夜间施工咋管"],
     T("r13p001x", "不是，我问的是门头沟", None, "001", "加大违法夜间施工查处力度", chat=True,
       tags="follow_up correction place"))
conv("r13p002", ["门头沟秸秆焚烧谁牵头"],
     A("r13p002x", "不是，我问的是大兴", None, "000", "加强对秸秆露天焚烧执法力度", "lead", chat=True,
       tags="follow_up correction place"))
conv("r13p003", ["大兴餐饮油烟包案机制谁牵头"],
     A("r13p003x", "我说的是协办", None, "000", "继续推行餐饮油烟重点点位包案机制", "assist", chat=True,
       tags="follow_up correction role"))
conv("r13p004", ["大兴21年建筑垃圾资源化处置场谁管"],
     A("r13p004x", "不是这个，是渣土车那条", None, "004", "组织实行渣土车闭环管理", "lead", chat=True,
       tags="follow_up correction measure"))
conv("r13p005", ["大兴雨污混接咋整治"],
     T("r13p005x", "错了 是21年的", None, "004", "加大雨污混接错接巡查整治力度", chat=True,
       tags="follow_up correction year"))
conv("r13p006", ["门头沟光伏有啥安排"],
     T("r13p006x", "不对 是大兴", None, "000", "大力发展本地光伏、地热等可再生能源", chat=True,
       tags="follow_up correction place"))
conv("r13p007", ["大兴建筑垃圾运输车新能源化谁牵头"],
     A("r13p007x", "不是牵头，我问的是配合单位", None, "000", "推动生活和建筑垃圾运输车新能源化", "assist",
       chat=True, tags="follow_up correction role"))
conv("r13p008", ["密云雨水管涵清掏谁牵头"],
     A("r13p008x", "不是密云，是门头沟", None, "001", "汛期前对雨水管涵、雨污合流管涵", "lead", chat=True,
       tags="follow_up correction place"))

# =============================================================================== a list narrowed by its deadline
conv("r13p009", ["门头沟园林绿化局牵头哪些"],
     DL("r13p009x", "只要年底前的", None, YEAR_END, "区园林绿化局", "lead", chat=True, tags="follow_up narrow deadline",
        filter="mtg"))
conv("r13p010", ["密云水务局牵头的有哪些"],
     DL("r13p010x", "其中长期实施的", None, LONG, "区水务局", "lead", chat=True, tags="follow_up narrow deadline",
        filter="my"))
conv("r13p011", ["大兴生态环境局牵头哪些"],
     DL("r13p011x", "里面持续推进的有哪些", None, {"op": "equals", "value": "持续推进"}, "区生态环境局", "lead", chat=True,
        tags="follow_up narrow deadline", filter="dx26"))
conv("r13p012", ["大兴城管委配合哪些"],
     DL("r13p012x", "只看年底前的", None, YEAR_END, "区城市管理委", "assist", chat=True,
        tags="follow_up narrow deadline role", filter="dx26"))

# =============================================================================== the question again, typo fixed
conv("r13p013", ["门头沟秸杆焚烧谁千头"],
     A("r13p013x", "门头沟秸秆焚烧谁牵头", None, "001", "严格秸秆露天焚烧监管", "lead", chat=True,
       tags="follow_up typo_fixed"))
conv("r13p014", ["大兴道路一撒咋管"],
     T("r13p014x", "打错了 大兴道路遗撒咋管", None, "000", "各部门、各镇、各街道、各产业园区严查道路遗撒", chat=True,
       tags="follow_up typo_fixed"))
conv("r13p015", ["秘云餐饮油烟谁牵头"],
     A("r13p015x", "密云餐饮油烟谁牵头", None, "002", "继续推行餐饮油烟重点点位包案机制", "lead", chat=True,
       tags="follow_up typo_fixed"))
conv("r13p016", ["门头沟夜间施工证明服务谁负则"],
     A("r13p016x", "谁负责*", None, "001", "加大夜间施工证明服务指导力度", "lead", chat=True,
       tags="follow_up typo_fixed star"))

# =============================================================================== a bound place, then a year switch
conv("r13p017", ["本群是大兴的", "雨污混接巡查整治谁牵头"],
     A("r13p017x", "21年那版呢", None, "004", "加大雨污混接错接巡查整治力度", "lead", chat=True,
       tags="follow_up group_scope year chain"))
conv("r13p018", ["本群是大兴的", "21年渣土车闭环管理谁牵头"],
     A("r13p018x", "今年建筑垃圾管理与服务平台呢", None, "000", "按照市级要求完善建筑垃圾管理与服务平台", "lead",
       chat=True, tags="follow_up group_scope year chain"))
conv("r13p019", ["本群是大兴的", "餐饮油烟包案谁牵头"],
     N("r13p019x", "21年那版有这条吗", chat=True, tags="follow_up group_scope year chain not_in_plan"))
conv("r13p020", ["本群是大兴的", "21年雨水管道排污咋管"],
     T("r13p020x", "今年的呢", None, "000", "汛期前对雨水管涵、雨水口", chat=True,
       tags="follow_up group_scope year chain"))

# =============================================================================== English follow-ups
conv("r13p021", ["大兴餐饮油烟包案机制谁牵头"],
     A("r13p021x", "and Miyun?", None, "002", "继续推行餐饮油烟重点点位包案机制", "lead", chat=True,
       tags="follow_up english place"))
conv("r13p022", ["大兴本地光伏地热发展谁牵头"],
     A("r13p022x", "who assists?", None, "000", "大力发展本地光伏、地热等可再生能源", "assist", chat=True,
       tags="follow_up english role"))
conv("r13p023", ["who leads the night construction permit service in Daxing?"],
     A("r13p023x", "and Mentougou?", None, "001", "加大夜间施工证明服务指导力度", "lead", chat=True,
       tags="follow_up english place"))
conv("r13p024", ["大兴光伏 地热"],
     A("r13p024x", "deadline?", None, "000", "大力发展本地光伏、地热等可再生能源", "deadline", chat=True,
       tags="follow_up english field"))

# =============================================================================== after a comparison
conv("r13p025", ["大兴和密云的餐饮油烟包案机制比一下"],
     A("r13p025x", "密云那条谁牵头", None, "002", "继续推行餐饮油烟重点点位包案机制", "lead", chat=True,
       tags="follow_up after_compare"))
conv("r13p026", ["门头沟和大兴夜间施工有啥区别"],
     A("r13p026x", "大兴的啥时候完成", None, "000", "加大夜间施工证明服务指导力度", "deadline", chat=True,
       tags="follow_up after_compare"))
conv("r13p027", ["大兴和门头沟PM2.5目标谁更严"],
     A("r13p027x", "门头沟那个谁牵头", None, "001", "PM2.5年均浓度达到27微克/立方米", "lead", chat=True,
       tags="follow_up after_compare"))
conv("r13p028", ["门头沟和密云秸秆焚烧对比"],
     T("r13p028x", "那大兴呢", None, "000", "加强对秸秆露天焚烧执法力度", chat=True, tags="follow_up after_compare place"))

# =============================================================================== source of the measure shown
conv("r13p029", ["门头沟秸秆焚烧咋管"],
     T("r13p029x", "出处是哪", None, "001", "严格秸秆露天焚烧监管", chat=True, tags="follow_up source"))
conv("r13p030", ["大兴21年渣土车闭环管理"],
     T("r13p030x", "这是哪个文件里的", None, "004", "组织实行渣土车闭环管理", chat=True, tags="follow_up source"))
conv("r13p031", ["密云雨水管涵清掏"],
     T("r13p031x", "第几项？", None, "002", "汛期前对雨水管涵、雨污合流管涵", chat=True, tags="follow_up source"))
conv("r13p032", ["大兴建筑垃圾再生产品认证"],
     T("r13p032x", "原文怎么写的", None, "000", "推进建筑垃圾再生产品无废低碳认证", chat=True, tags="follow_up source"))

# =============================================================================== more after a topic answer
conv("r13p033", ["门头沟道路遗撒咋管"],
     T("r13p033x", "再来几条", None, "001", "严查道路遗撒等违法违规行为", "001", "加大夜间执法监管力度", chat=True,
       tags="follow_up more"))
conv("r13p034", ["密云渣土车"],
     T("r13p034x", "还有吗", None, "002", "区城市管理委负责建设1家渣土运输绿色车队", chat=True, tags="follow_up more"))
conv("r13p035", ["大兴建筑垃圾全过程治理"],
     T("r13p035x", "还有别的吗", None, "000", "推进建筑垃圾再生产品无废低碳认证", "000", "持续提升建筑垃圾资源化综合利用水平",
       chat=True, tags="follow_up more"))
