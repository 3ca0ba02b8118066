"""Round 13, area v: follow-up conversations whose scored last turn is a deadline list, a unit list
or a none, in staff's chat words: a chat bound to a place or a bureau (本群是X区的, 我是X局的,
我们局) then a list then a narrowing by deadline or role (年底前的呢, 长期的呢, 只看牵头的,
协办的有几条); a deadline list then a unit, then another district; a unit list then 21年的呢 /
市里的呢; a list then a district without a plan (那海淀的呢 → none); a not-found then another
absent district; a list then a typo'd unit.  Chats carry no scope: what the bot knows comes from
the turns."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

JUNE = {"op": "due_on_or_before", "value": "2026-06-30"}
SEPT = {"op": "due_on_or_before", "value": "2026-09-30"}
OCT = {"op": "due_on_or_before", "value": "2026-10-31"}
YEAR_END = {"op": "equals", "value": "年底前"}
LONG = {"op": "equals", "value": "长期实施"}
ONGOING = {"op": "equals", "value": "持续推进"}

# =============================================================================== bound place / bureau, list, narrowing
conv("r13v001", ["本群是门头沟区的", "交通局牵头哪些"],
     DL("r13v001x", "年底前的呢", None, YEAR_END, "区交通局", "lead", chat=True,
        tags="follow_up group_scope narrow deadline", filter="mtg"))
conv("r13v002", ["我是密云水务局的", "我们牵头哪些"],
     DL("r13v002x", "长期的呢", None, LONG, "区水务局", "lead", chat=True,
        tags="follow_up self_intro narrow deadline", filter="my"))
conv("r13v003", ["本群是大兴区的", "长期实施的有哪些"],
     DL("r13v003x", "其中水务局的", None, LONG, "区水务局", "any", chat=True,
        tags="follow_up group_scope narrow unit", filter="dx26"))
conv("r13v004", ["本群是密云区的", "长期实施的有哪些"],
     DL("r13v004x", "只看城管委牵头的", None, LONG, "区城市管理委", "lead", chat=True,
        tags="follow_up group_scope narrow unit role", filter="my"))
conv("r13v005", ["本群是门头沟的", "城管委牵头哪些"],
     DL("r13v005x", "长期的呢", None, LONG, "区城管委", "lead", chat=True,
        tags="follow_up group_scope narrow deadline", filter="mtg"))
conv("r13v006", ["本群是大兴的", "经信局协办哪些"],
     D("r13v006x", "牵头的呢", None, "区经济和信息化局", "lead", chat=True,
       tags="follow_up group_scope role", filter="dx26"))
conv("r13v007", ["我是大兴水务局的", "年底前的任务有哪些"],
     DL("r13v007x", "只看牵头的", None, YEAR_END, "区水务局", "lead", chat=True,
        tags="follow_up self_intro narrow role chain", filter="dx26"))
conv("r13v008", ["本群是大兴区的", "我是农业农村局的"],
     D("r13v008x", "我们局协办哪些", None, "区农业农村局", "assist", chat=True,
       tags="follow_up group_scope self_intro women_ju", filter="dx26"))
conv("r13v009", ["我是门头沟住建委的", "在吗"],
     D("r13v009x", "我们局牵头的有哪些", None, "区住建委", "lead", chat=True,
       tags="follow_up self_intro women_ju", filter="mtg"))
conv("r13v010", ["我是市城管委的"],
     D("r13v010x", "我们牵头哪些", None, "市城市管理委", "lead", chat=True,
       tags="follow_up self_intro city", filter="bj"))

# =============================================================================== a deadline list, then a unit, then another district
conv("r13v011", ["大兴长期实施的有哪些", "其中水务局牵头的"],
     DL("r13v011x", "那门头沟呢", None, LONG, "区水务局", "lead", chat=True,
        tags="follow_up narrow unit place chain", filter="mtg"))
conv("r13v012", ["大兴年底前要完成的有哪些"],
     DL("r13v012x", "只看交通局牵头的", None, YEAR_END, "区交通局", "lead", chat=True,
        tags="follow_up narrow unit role", filter="dx26"))
conv("r13v013", ["密云6月底前要完成的"],
     DL("r13v013x", "门头沟呢", None, JUNE, chat=True, tags="follow_up deadline place", filter="mtg"))
conv("r13v014", ["门头沟年底前的任务 交通局牵头的"],
     DL("r13v014x", "密云的呢", None, YEAR_END, "区交通局", "lead", chat=True,
        tags="follow_up deadline unit place", filter="my"))
conv("r13v015", ["大兴10月底前要完成的有哪些"],
     DL("r13v015x", "门头沟的呢", None, OCT, chat=True, tags="follow_up deadline place", filter="mtg"))
conv("r13v016", ["大兴21年9月底前要完成的有哪些"],
     DL("r13v016x", "那2026年的呢", None, SEPT, chat=True, tags="follow_up deadline year", filter="dx26"))
conv("r13v017", ["北京市生态环境局牵头哪些"],
     DL("r13v017x", "持续推进的有几条", None, ONGOING, "市生态环境局", "lead", chat=True,
        tags="follow_up narrow deadline city count", filter="bj"))
conv("r13v018", ["门头沟持续推进的任务有哪些", "其中生态环境局牵头的"],
     DL("r13v018x", "大兴的呢", None, ONGOING, "区生态环境局", "lead", chat=True,
        tags="follow_up narrow unit place chain", filter="dx26"))

# =============================================================================== a unit list, then a year / the city / a role
conv("r13v019", ["大兴区发改委牵头哪些"],
     D("r13v019x", "市里的呢", None, "市发展改革委", "lead", chat=True, tags="follow_up city", filter="bj"))
conv("r13v020", ["门头沟园林绿化局牵头哪些"],
     D("r13v020x", "市里的呢", None, "市园林绿化局", "lead", chat=True, tags="follow_up city", filter="bj"))
conv("r13v021", ["密云生态环境局协办哪些"],
     D("r13v021x", "大兴21年的呢", None, "区生态环境局", "assist", chat=True,
       tags="follow_up place year", filter="dx21"))
conv("r13v022", ["大兴住建委牵头哪些"],
     D("r13v022x", "21年的呢", None, "区住房城乡建设委", "lead", chat=True, tags="follow_up year", filter="dx21"))
conv("r13v023", ["门头沟农业农村局牵头哪些", "大兴的呢"],
     D("r13v023x", "21年的呢", None, "区农业农村局", "lead", chat=True, tags="follow_up place year chain",
       filter="dx21"))
conv("r13v024", ["市水务局牵头的有哪些"],
     D("r13v024x", "协办的呢", None, "市水务局", "assist", chat=True, tags="follow_up role city", filter="bj"))
conv("r13v025", ["大兴商务局牵头哪些", "密云的呢"],
     D("r13v025x", "协办的有几条", None, "区商务局", "assist", chat=True, tags="follow_up role count chain",
       filter="my"))
conv("r13v026", ["北京市园林绿化局牵头哪些"],
     D("r13v026x", "大兴的呢", None, "区园林绿化局", "lead", chat=True, tags="follow_up place", filter="dx26"))
conv("r13v027", ["门头沟发改委牵头哪些"],
     D("r13v027x", "那市发改委呢", None, "市发展改革委", "lead", chat=True, tags="follow_up city unit", filter="bj"))
conv("r13v028", ["门头沟水务局牵头哪些"],
     D("r13v028x", "它是责任单位的有哪些", None, "区水务局", "responsible", chat=True, tags="follow_up role",
       filter="mtg"))

# =============================================================================== a list, then a typo'd unit
conv("r13v029", ["大兴水务局牵头哪些"],
     D("r13v029x", "园林绿话局呢", None, "区园林绿化局", "lead", chat=True, tags="follow_up typo unit", filter="dx26"))
conv("r13v030", ["密云城管委牵头哪些"],
     D("r13v030x", "住建伟呢", None, "区住房城乡建设委", "lead", chat=True, tags="follow_up typo unit", filter="my"))

# =============================================================================== a district without a plan → none
conv("r13v031", ["门头沟水务局牵头哪些"],
     N("r13v031x", "那海淀的呢", chat=True, tags="follow_up place no_plan"))
conv("r13v032", ["大兴城管委牵头的"],
     N("r13v032x", "朝阳呢", chat=True, tags="follow_up place no_plan"))
conv("r13v033", ["海淀水务局牵头哪些"],
     N("r13v033x", "那朝阳呢", chat=True, tags="follow_up not_found place no_plan"))
conv("r13v034", ["丰台的年底前任务有哪些"],
     N("r13v034x", "那石景山的呢", chat=True, tags="follow_up not_found place no_plan"))
conv("r13v035", ["本群是密云区的", "水务局牵头哪些"],
     N("r13v035x", "那延庆呢", chat=True, tags="follow_up group_scope place no_plan"))
conv("r13v036", ["顺义区生态环境局牵头哪些"],
     N("r13v036x", "那昌平呢", chat=True, tags="follow_up not_found place no_plan"))
