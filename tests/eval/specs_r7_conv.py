"""Round-7 batch, conv: short group-chat conversations scored on the last turn.  The follow-ups are
what staff type after an answer on a phone: 那X呢 (a place, a unit, a year, a role), 换成/改成…,
第N项谁配合 / 最后那个, 这条谁牵头, 只要牵头的, a topic follow-up, a correction (不对，我问的是…),
本群是X区的 / 我是X局的 then a question, thanks and greetings between turns, some English.
"""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv

# --- 那X呢: another place
conv("r7v001", ["@机器人 门头沟区生态环境局牵头哪些任务"],
     D("r7v001x", "那密云呢", "my", "区生态环境局", role="lead", chat=True, tags="followup place"))
conv("r7v002", ["市里给门头沟定的PM2.5年均浓度目标是多少"],
     IC("r7v002x", "那延庆区呢？", "mtg", "延庆区", "PM2.5年均浓度", chat=True, tags="followup place indicator"))
conv("r7v003", ["附件5里大台街道pm2.5目标值多少"],
     IC("r7v003x", "王平镇呢", "mtg", "王平镇", "2026年PM2.5目标值", chat=True, tags="followup place indicator"))
conv("r7v004", ["门头沟秸秆焚烧谁管"],
     N("r7v004x", "那海淀呢", chat=True, tags="followup place no_plan"))
conv("r7v005", ["大兴那边加油站埋地油罐防渗漏谁牵头"],
     A("r7v005x", "密云的呢", "my", "002", "埋地油罐防渗漏", "lead", chat=True, tags="followup place"))

# --- 那X呢: another unit / role / year
conv("r7v006", ["密云区农业农村局牵头啥"],
     D("r7v006x", "那园林绿化局呢", "my", "区园林绿化局", role="lead", chat=True, tags="followup unit"))
conv("r7v007", ["大兴区交通局牵头的有哪些"],
     D("r7v007x", "协办的呢", "dx26", "区交通局", role="assist", chat=True, tags="followup role"))
conv("r7v008", ["2021年大兴区商务局负责哪些工作"],
     D("r7v008x", "26年的呢", "dx26", "区商务局", role="any", chat=True, tags="followup year"))
conv("r7v009", ["大兴今年区水务局牵头几项"],
     D("r7v009x", "21年的呢", "dx21", "区水务局", role="lead", chat=True, tags="followup year"))
conv("r7v010", ["北京市 市生态环境局牵头的任务有哪些"],
     D("r7v010x", "换成市水务局", "bj", "市水务局", role="lead", chat=True, tags="followup unit"))
conv("r7v011", ["大兴区城管委有哪些任务"],
     D("r7v011x", "只要牵头的", "dx26", "区城市管理委", role="lead", chat=True, tags="followup role"))
conv("r7v012", ["密云区水务局牵头哪些", "好的谢谢"],
     D("r7v012x", "那协办的呢", "my", "区水务局", role="assist", chat=True, tags="followup role thanks"))

# --- deadline follow-ups
conv("r7v013", ["密云区生态环境局牵头的，6月底前要完成的有哪些"],
     DL("r7v013x", "改成区水务局", "my", {"op": "due_on_or_before", "value": "2026-06-30"},
        unit="区水务局", role="lead", chat=True, tags="followup unit deadline"))
conv("r7v014", ["大兴区生态环境局牵头的有哪些"],
     DL("r7v014x", "9月底之前要完成的呢", "dx26", {"op": "due_on_or_before", "value": "2026-09-30"},
        unit="区生态环境局", role="lead", chat=True, tags="followup deadline"))

# --- about an item of the last answer
conv("r7v015", ["我是门头沟区农业农村局的", "我们牵头哪些"],
     D("r7v015x", "我们牵头哪些", "mtg", "区农业农村局", role="lead", chat=True, tags="followup iam"))
_l2 = D("r7v016l", "密云区农业农村局牵头的有哪些", "my", "区农业农村局", role="lead", chat=True)
conv("r7v016", ["密云区农业农村局牵头的有哪些"],
     item("r7v016x", "第2项谁配合", "my", _l2, 2, "assist", tags="followup item"))
_l3 = D("r7v017l", "门头沟 区城管委牵头的工作", "mtg", "区城管委", role="lead", chat=True)
conv("r7v017", ["门头沟 区城管委牵头的工作"],
     item("r7v017x", "第三条啥时候完成", "mtg", _l3, 3, "deadline", tags="followup item"))
_l4 = D("r7v018l", "北京市 市城市管理委牵头哪些", "bj", "市城市管理委", role="lead", chat=True)
conv("r7v018", ["北京市 市城市管理委牵头哪些"],
     item("r7v018x", "第1个还有谁一起", "bj", _l4, 1, "responsible", tags="followup item"))

# --- this measure / topic follow-ups / corrections
conv("r7v019", ["北京市计划里 秸秆露天焚烧监管 这条"],
     A("r7v019x", "这条谁牵头", "bj", "003", "严格秸秆露天焚烧监管", "lead", chat=True, tags="followup this"))
conv("r7v020", ["密云 加油站夏天错峰装卸油是谁的活"],
     A("r7v020x", "啥时候完成？", "my", "002", "错峰装卸油", "deadline", chat=True, tags="followup this"))
conv("r7v021", ["大兴今年扬尘怎么治"],
     T("r7v021x", "那噪声呢", "dx26", "000", "重点点位固定设备噪声治理", "000", "重点点位施工噪声治理",
       "000", "交通噪声缓解年度治理计划", "000", "公园噪声治理的主体责任", "000", "噪声敏感建筑物集中区域划定",
       "000", "社会生活噪声扰民", "000", "校园广播噪声", "000", "重点点位公共场所噪声治理",
       chat=True, tags="followup topic"))
conv("r7v022", ["大兴 公园里跳广场舞太吵 谁管"],
     T("r7v022x", "不对，我问的是门头沟", "mtg", "001", "公园噪声污染防治的主体责任", chat=True, tags="followup correction"))
conv("r7v023", ["密云的加油站埋地油罐防渗有啥要求"],
     T("r7v023x", "不好意思 是门头沟区的", "mtg", "001", "埋地油罐防渗漏情况核实", chat=True, tags="followup correction"))

# --- group bound to a scope, greetings, English
conv("r7v024", ["大家好，本群是密云区的", "收到"],
     A("r7v024x", "漏损率那条谁牵头", "my", "002", "漏损", "lead", chat=True, tags="followup group_scope"))
conv("r7v025", ["本群是门头沟区的～", "@机器人 你好"],
     D("r7v025x", "区城管委牵头几项？", "mtg", "区城管委", role="lead", chat=True, tags="followup group_scope"))
conv("r7v026", ["Which tasks does the Miyun water bureau lead?"],
     D("r7v026x", "and Mentougou?", "mtg", "区水务局", role="lead", chat=True, tags="followup english place"))
