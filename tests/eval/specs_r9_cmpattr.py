"""Round 9 batch `cmpattr`: compare questions (two districts / years / towns, targets in the
indicator tables and in measure text, 差多少, 哪个更严, 哪个区最…, same or not) and attribute
questions (who leads / helps / by when / 哪个部门管 for a measure named in everyday words, two
parts at once), spread over all five plans."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# =============================================================================== compare
C("r9c001", "道路尘负荷差等级 门头沟跟密云谁要求更严", None,
  ("001", "全区尘负荷差等级道路数量比例不超过4%", "门头沟：不超过4%"),
  ("002", "全区差等级道路数量比例不超过2%", "密云：不超过2%（更严）"),
  chat=True, tags="measure_target colloquial", value="密云")
C("r9c002", "工程机械新能源化率 大兴和门头沟差几个点", None,
  ("cell", "大兴区", "累计非道路移动机械新能源化率"), ("cell", "门头沟区", "累计非道路移动机械新能源化率"),
  chat=True, tags="difference synonym")
C("r9c003", "绿色企业占比，大兴比门头沟低多少？", None,
  ("000", "累计绿色企业比率达到35%", "大兴：35%"),
  ("001", "全区绿色企业比率平均不低于55%", "门头沟：不低于55%"),
  chat=True, tags="measure_target difference", value="20")
C("r9c004", "大兴 建设用地安全利用率 21年和26年的目标各是多少", "dx",
  ("004", "全区污染地块安全利用率达到92%", "2021年：92%"),
  ("000", "重点建设用地安全利用率达到100%", "2026年：100%"),
  chat=True, tags="measure_target years")
C("r9c005", "密云跟门头沟pm2.5目标差多少", None,
  ("002", "细颗粒物浓度控制在26微克每立方米", "密云：26微克每立方米"),
  ("001", "PM2.5年均浓度达到27微克/立方米", "门头沟：27微克/立方米"),
  chat=True, tags="measure_target difference abbrev", value="1")
C("r9c006", "斋堂和清水 pm25目标值差几个", "mtg",
  ("cell", "斋堂镇", "2026年PM2.5目标值"), ("cell", "清水镇", "2026年PM2.5目标值"),
  chat=True, tags="difference towns typo")
S("r9c007", "施工噪音治理 哪个区任务最多", None, "施工噪声治理", "max", chat=True, tags="synonym")
S("r9c008", "累计非道路移动机械新能源化率要求最高的是哪个区？", None, "累计非道路移动机械新能源化率", "max")
C("r9c009", "优良天数 密云比大兴高几个百分点", None,
  ("002", "优良天比率达到80%", "密云：80%"),
  ("000", "优良天数比率不低于78%", "大兴：不低于78%"),
  chat=True, tags="measure_target difference", value="2")
C("r9c010", "大兴跟门头沟 自来水管网漏损率要求一样吗", None,
  ("000", "城镇供水管网漏损率保持在8%以内", "大兴：8%以内"),
  ("001", "确保城镇供水管网漏损率稳定控制在8%以下", "门头沟：8%以下"),
  chat=True, tags="measure_target same synonym", value="8%")
C("r9c011", "ab级锅炉 大兴门头沟密云 谁家目标最多", None,
  ("000", "B级锅炉使用单位达到75家", "大兴：75家（最多）"),
  ("001", "力争A级和B级锅炉使用单位累计达到30家以上", "门头沟：30家以上"),
  ("002", "力争B级及以上锅炉使用单位累计达到15家", "密云：15家"),
  chat=True, tags="measure_target superlative abbrev", value="大兴")
C("r9c012", "新登记货车新能源化率 大兴比门头沟高多少？", None,
  ("000", "2026年注册登记货车新能源化率达35%", "大兴：35%"),
  ("001", "2026年新注册登记货车新能源化率不低于30%", "门头沟：不低于30%"),
  chat=True, tags="measure_target difference", value="5")
C("r9c013", "顺义区和昌平区的优先监管地块数量相差多少？", None,
  ("cell", "顺义区", "优先监管地块"), ("cell", "昌平区", "优先监管地块"), tags="difference")
C("r9c014", "固定设备噪声治理点位 全市和大兴各安排了多少项", None,
  ("003", "组织实施 72 项重点点位固定设备噪声治理", "北京市：72项"),
  ("000", "组织实施3项重点点位固定", "大兴：3项"),
  chat=True, tags="measure_target city_vs_district")
C("r9c015", "大兴区和密云区对城市道路车行道机械化作业率的要求是否相同？", None,
  ("000", "城市道路车行道机械化作业率达到97.5%", "大兴：97.5%"),
  ("002", "城市道路车行道机械化作业率达到97.5%", "密云：97.5%"),
  tags="measure_target same", value="97.5%")

# =============================================================================== attribute
A("r9c101", "学校大喇叭扰民这事 大兴谁牵头", "dx26", "000", "强化校园广播噪声扰民问题处置统筹力度", "lead",
  chat=True, tags="colloquial")
A("r9c102", "垃圾填埋场排查隐患那条，谁配合？", "dx26", "000", "开展生活垃圾填埋场环境污染隐患排查治理工作",
  "assist", chat=True, tags="colloquial")
A("r9c103", "门头沟汛前掏下水道那个活 谁牵头 几号前干完", "mtg", "001", "持续开展“清管行动”",
  ["lead", "deadline"], chat=True, tags="colloquial multi_part")
A("r9c104", "门头沟申报世界生物圈保护区由哪个单位牵头？", "mtg", "001", "有序推进世界生物圈保护区申报", "lead")
A("r9c105", "生物多样性联席会 门头沟责任单位都有谁", "mtg", "001", "深化生物多样性保护联席会议机制", "responsible",
  chat=True, tags="abbrev")
A("r9c106", "@机器人 密云全电工地示范 谁牵头，协办的又有谁", "my", "002", "建设1个“全电工地”示范",
  ["lead", "assist"], chat=True, tags="multi_part")
A("r9c107", "密云过年放炮仗的事归哪个部门管", "my", "002", "行政区域内禁止燃放烟花爆竹的通告", "lead",
  chat=True, tags="colloquial")
A("r9c108", "黑加油站整治 密云协办单位", "my", "002", "全面清理整顿无证无照或证照不全的自建油罐", "assist",
  chat=True, tags="colloquial")
A("r9c109", "市里 烧秸秆的监管 谁牵头？", "bj", "003", "严格秸秆露天焚烧监管", "lead", chat=True, tags="colloquial")
A("r9c110", "ccer交易机构运行保障 市里啥时候完成", "bj", "003", "高标准保障全国温室气体自愿减排交易", "deadline",
  chat=True, tags="abbrev")
A("r9c111", "21年大兴 国三汽油车淘汰补贴 谁配合", "dx21", "004", "继续实施国三排放标准汽油车淘汰更新补助政策",
  "assist", chat=True, tags="colloquial")
A("r9c112", "大兴21年 电动观光大巴线路规划 哪几个部门牵头？截止到啥时候", "dx21", "004",
  "规划纯电动车或氢燃料电池车的巡回观光旅游巴士线路", ["lead", "deadline"], chat=True, tags="multi_part synonym")
A("r9c113", "大兴区加强生态保护红线管理的协办单位有哪些？", "dx26", "000", "加强生态保护红线管理工作的意见", "assist")
A("r9c114", "焚烧厂飞灰少填埋 门头沟哪个部门管", "mtg", "001", "生活垃圾焚烧企业压减飞灰填埋量", "lead",
  chat=True, tags="colloquial")
