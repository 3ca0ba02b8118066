"""Round 10, topic/attribute batch: what a measure says, asked in residents' and clerks' words
(water, waste, soil, noise, ecology, energy, admin), across all five plans."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

T("r10t001", "楼上楼下装修、跳舞吵得不行，大兴今年计划里有没有管这个的", "dx26",
  "000", "探索开展宁静小区建设", chat=True, tags="synonym")
T("r10t002", "@机器人 大兴自来水管子老化跑冒滴漏咋整", "dx26",
  "000", "城镇供水管网漏损率保持在8%以内", chat=True, tags="synonym")
A("r10t003", "大兴废品回收进小区那个啥时候弄完", "dx26",
  "000", "完成300个小区（村）便民回收渠道布局", "deadline", chat=True, tags="synonym")
A("r10t004", "学校屋顶装太阳能板，是哪个部门牵头？", "dx26",
  "000", "推进校园光伏光热", "lead", chat=True, tags="synonym")
T("r10t005", "马路边装隔音墙的事大兴有计划吗", "dx26",
  "000", "确需设置道路声屏障的", chat=True, tags="synonym")
T("r10t006", "门头沟喝的水干不干净 会定期告诉老百姓吗", "mtg",
  "001", "按季度向社会公开区级", chat=True, tags="synonym")
A("r10t007", "门头沟 污水厂的淤泥跟厨余一快处理那事谁管", "mtg",
  "001", "推动市政污泥与生活垃圾", "lead", chat=True, tags="synonym typo")
A("r10t008", "门头沟区碳排放强度同比下降目标的完成时限是什么？", "mtg",
  "001", "全区碳排放强度完成同比下降目标", "deadline")
A("r10t009", "门头勾环保重点活儿谁来督着办", "mtg",
  "001", "区政府督查室加强对生态环境领域", "lead", chat=True, tags="synonym typo")
T("r10t010", "门头沟跟河北挨着的山上草甸子咋保护", "mtg",
  "001", "围绕灵山交界区域建立林草联动保护监管机制", chat=True, tags="synonym")
T("r10t011", "门头沟区新建建筑施工现场建筑垃圾产生量控制在多少？", "mtg",
  "001", "新建建筑施工现场建筑垃圾（不包括工程渣土", tags="")
A("r10t012", "密云水库边上重金属污染查源头的研究 谁牵头啊", "my",
  "002", "重金属污染溯源评估", "lead", chat=True, tags="synonym")
T("r10t013", "密云河滩、沼泽地这些没开发的地有人巡查吗", "my",
  "002", "组织对滩涂、沼泽等未利用地定期开展巡查", chat=True, tags="synonym")
T("r10t014", "密云农村厕所化粪池改造有啥要求", "my",
  "002", "推动农村三格式化粪池全覆盖", chat=True, tags="synonym")
A("r10t015", "下雨污水管雨水管接错了往外冒，密云哪个单位负责", "my",
  "002", "开展雨污混接错接巡查整治", "lead", chat=True, tags="synonym")
T("r10t016", "密云区对垃圾填埋场周边地下水污染有什么安排？", "my",
  "002", "推进垃圾填埋场地下水调查评估")
A("r10t017", "公园里大妈广场舞音响太吵，市里让谁管", "bj",
  "003", "系统推进公园娱乐、健身等活动噪声治理", "lead", chat=True, tags="synonym")
A("r10t018", "市里 地里烧麦秸杆谁来查", "bj",
  "003", "严格秸秆露天焚烧监管", "lead", chat=True, tags="synonym typo")
T("r10t019", "Beijing 企业办EIA和排污证能不能一块儿批", "bj",
  "003", "环评与排污许可“两证合一”制度化", chat=True, tags="english abbrev")
A("r10t020", "流域上下游突发水污染事件联防联控由哪个部门牵头？", "bj",
  "003", "持续深化流域上下游突发水污染事件联防联控", "lead")
T("r10t021", "21年大兴 有人往雨水口倒脏水倒垃圾 计划怎么说", "dx21",
  "004", "严厉打击向城市雨水管道排污", chat=True, tags="synonym")
T("r10t022", "大兴2021 景区旅游大巴换成电车的事", "dx21",
  "004", "巡回观光旅游巴士线路", chat=True, tags="synonym")
A("r10t023", "2021年大兴给农民上课讲保护耕地土壤 谁牵头", "dx21",
  "004", "强化农民、农民合作社土壤生态环境保护意识", "lead", chat=True, tags="synonym")
