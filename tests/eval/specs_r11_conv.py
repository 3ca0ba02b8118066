"""Round 11, area conv: short group-chat conversations scored on the last turn (topic and
attribute follow-ups that move a place, a year or a topic, or ask about the measure just shown)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- move the place
conv("r11v001", ["大兴扬尘咋管的"],
     T("r11v001x", "那密云呢", "my", "002", "以3-5月为重点开展扬尘专项治理百日攻坚行动",
       "002", "持续巩固道路扬尘负荷改善成效", chat=True, tags="follow_up place"))
conv("r11v002", ["门头沟噪音扰民有啥措施"],
     T("r11v002x", "大兴的呢？", "dx26", "000", "探索开展宁静小区建设", chat=True, tags="follow_up place synonym"))
conv("r11v003", ["@机器人 大兴饭店油烟怎么治"],
     T("r11v003x", "门头沟呢", "mtg", "001", "组织开展治理提升5家", chat=True, tags="follow_up place synonym"))
conv("r11v004", ["门头沟扬尘怎么管控"],
     T("r11v004x", "那大型呢", "dx26", "000", "以3-5月为重点开展扬尘专项治理百日攻坚行动",
       "000", "各部门、各镇、各街道、各产业园区加大扬尘管控力度", chat=True, tags="follow_up place typo"))
conv("r11v005", ["大兴黑臭水体咋治"],
     T("r11v005x", "密云那边呢", "my", "002", "对黑臭、劣Ⅴ类反弹风险较高的水体和支沟毛渠", chat=True, tags="follow_up place"))
# --- move the year / the topic
conv("r11v006", ["大兴扬尘管控"],
     T("r11v006x", "21年的呢", "dx21", "004", "建立区级扬尘一体化管控体系", chat=True, tags="follow_up year"))
conv("r11v007", ["门头沟的vocs治理"],
     T("r11v007x", "换成噪声呢", "mtg", "001", "组织实施重点点位固定设备噪声治理",
       "001", "启动噪声敏感建筑物集中区域划定工作", chat=True, tags="follow_up topic"))
conv("r11v008", ["北京市防洪工程有啥"],
     T("r11v008x", "具体说说", "bj", "003", "完善永定河、潮白河、北运河等主要河流重点防洪工程", chat=True, tags="follow_up"))
# --- ask about the measure just shown
conv("r11v009", ["密云饭馆油烟谁管"],
     A("r11v009x", "这条啥时候完成", "my", "002", "继续推行餐饮油烟重点点位包案机制", "deadline", chat=True, tags="follow_up"))
conv("r11v010", ["大兴烧秸秆的咋管"],
     A("r11v010x", "谁牵头", "dx26", "000", "加强对秸秆露天焚烧执法力度", "lead", chat=True, tags="follow_up synonym"))
conv("r11v011", ["门头沟农村黑臭水体"],
     A("r11v011x", "这个谁牵头啊", "mtg", "001", "强化农村黑臭水体治理", "lead", chat=True, tags="follow_up"))
conv("r11v012", ["大兴21年耕地扬尘"],
     A("r11v012x", "协办是谁", "dx21", "004", "强化耕地扬尘管控", "assist", chat=True, tags="follow_up"))
conv("r11v013", ["北京市密云水库上游生态补偿怎么搞"],
     A("r11v013x", "牵头的是哪个局", "bj", "003", "实施密云水库、官厅水库上游流域横向生态保护补偿协议", "lead",
       chat=True, tags="follow_up"))
conv("r11v014", ["市里危废资源化利用怎么说的"],
     A("r11v014x", "啥时候前完成", "bj", "003", "促进危险废物资源化利用", "deadline", chat=True, tags="follow_up"))
conv("r11v015", ["密云工地扬尘怎么管"],
     A("r11v015x", "完成时限呢", "my", "002", "完善绿色施工扬尘管控要求", "deadline", tags="follow_up synonym"))
# --- indicator and list
conv("r11v018", ["大兴秸秆利用咋弄"],
     IM("r11v018x", "利用率要到多少", "dx26", "000", "加强秸秆综合利用", "99%", chat=True, tags="follow_up"))
conv("r11v017", ["密云园林局牵头哪些"],
     D("r11v017x", "那门头沟的呢", "mtg", "区园林绿化局", "lead", chat=True, tags="follow_up place"))
