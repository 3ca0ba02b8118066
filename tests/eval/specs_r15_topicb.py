"""Round 15, chat-style topic and attribute questions about measures of 北京市 2026, 大兴区 2026 and
大兴区 2021 that no earlier question named (or only one did): fuel and oil checks, truck charging,
drinking-water wells, farm irrigation, unused land, climate and weather warnings, street furniture,
construction-site mud, land-use changes and soil surveys, joint campaigns with Hebei, publicity days.
Asked as a resident's or staffer's situation (楼下/我们镇/厂子/工地门口…), the thing in everyday words,
with the asking in chat forms (管不管/有说法没/谁牵头/啥时候完), now and then a typo or abbreviation.
Written from the plans' text, not from the bot's answers."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# 大兴 2026
T("r15b001", "大货车大巴车充电加氢 咱区站点咋规划的", "dx26",
  "000", "研究货车和大中客车补能规划", chat=True, tags="synonym colloquial")
T("r15b002", "加油站卖的柴油 有没有人抽减", "dx26",
  "000", "加强实际使用环节的柴油抽检", chat=True, tags="typo colloquial")
A("r15b003", "街边护栏 座椅这些城市家具 谁牵头管", "dx26",
  "000", "加强城市家具规范化治理", "lead", chat=True, tags="synonym colloquial")
T("r15b004", "工地门口的车 轮子带着泥就上路了 有啥规定", "dx26",
  "000", "杜绝带泥上路行驶", chat=True, tags="colloquial")
T("r15b005", "村里水源井旁边有个养殖场 这个管吗", "dx26",
  "000", "确保水源井周边30米范围内无污水", chat=True, tags="colloquial situation")
T("r15b006", "自来水水质咋样 会对外公布么", "dx26",
  "000", "按季度向社会公开区级、乡镇级饮用水安全状况信息", chat=True, tags="synonym colloquial")
A("r15b007", "加油站地下油罐漏不漏 这个协办是哪个部门", "dx26",
  "000", "埋地油罐防渗漏", "assist", chat=True, tags="synonym colloquial")
T("r15b008", "公园绿化打药 有没有要求少打点", "dx26",
  "000", "分类分区分级推进园林绿化农药减量", chat=True, tags="synonym colloquial")
T("r15b009", "地里浇水 水肥一体化 大兴推不推", "dx26",
  "000", "推广水肥一体化等节水、抗旱技术", chat=True, tags="colloquial")
A("r15b010", "河滩那些荒地 有人巡查没 谁牵头", "dx26",
  "000", "组织对滩涂等未利用地定期开展巡查", "lead", chat=True, tags="synonym colloquial")
T("r15b011", "我天天骑车上班 慢行这块区里有说法没", "dx26",
  "000", "扎实推进慢行优先、公交优先、绿色优先", chat=True, tags="colloquial situation")
T("r15b012", "垃圾场 污水厂冒出来的甲烷 管不管", "dx26",
  "000", "促进甲烷资源化利用", chat=True, tags="colloquial")
A("r15b013", "天气预报老不准 提高预报精度这事谁负责", "dx26",
  "000", "进一步提高短时临近气象预报精准度", "lead", chat=True, tags="synonym colloquial")
T("r15b014", "海棉城市今年有啥要求", "dx26",
  "000", "建成区海绵城市达标面积比例达到市级目标要求", chat=True, tags="typo")
A("r15b015", "焚烧厂的飞灰填埋 谁牵头压减", "dx26",
  "000", "生活垃圾焚烧企业压减飞灰填埋量", "lead", chat=True, tags="short")
T("r15b016", "修剪下来的树枝落叶 咋处理", "dx26",
  "000", "园林绿化废弃物资源化处置情况及需求摸底工作", chat=True, tags="synonym colloquial")
T("r15b017", "晚上有人偷偷往沟里倒建筑垃圾 咋整", "dx26",
  "000", "持续开展建筑垃圾“零点行动”", chat=True, tags="synonym colloquial situation")
T("r15b018", "菜市场有卖野生甲鱼的 管不管", "dx26",
  "000", "对水生野生动物及其制品交易进行监督检查", chat=True, tags="synonym colloquial situation")
T("r15b019", "河边那些水泥护坡 要改回自然的吗", "dx26",
  "000", "恢复自然岸线", chat=True, tags="synonym colloquial")
T("r15b020", "重污染天 工地拉土的车要啥排放标准", "dx26",
  "000", "重点用车单位、施工工地在空气污染应对期间", chat=True, tags="synonym colloquial")
A("r15b021", "暴雨大风这种极端天气预警 协办单位有谁", "dx26",
  "000", "提升极端天气气候事件监测预警能力", "assist", chat=True, tags="synonym")
T("r15b022", "晚上噪音达标率 有指标吗", "dx26",
  "000", "国控站点功能区声环境质量夜间达标率", chat=True, tags="synonym colloquial")
A("r15b023", "修复污染土 挖得很深的那种工地 安全谁监督", "dx26",
  "000", "针对开挖深度较大的修复项目", "lead", chat=True, tags="colloquial situation")

# 北京市 2026
T("r15b024", "重污染的时候 工地的挖机要国四吗", "bj",
  "003", "紧急检修作业机械除外", chat=True, tags="synonym colloquial")
T("r15b025", "延庆跟河北怀来一块搞的文旅活动 市里计划有提么", "bj",
  "003", "京张体育文化旅游带", chat=True, tags="colloquial")
T("r15b026", "大兴和廊坊 联合搞啥工程", "bj",
  "003", "大兴区、廊坊市联合开展污染防治", chat=True, tags="colloquial district_in_city_plan")
A("r15b027", "农村环境整治 三基本 协办都有谁", "bj",
  "003", "实现“三基本”", "assist", chat=True, tags="abbrev")
T("r15b028", "区里监测站的实验室系统LIMS 要建吗", "bj",
  "003", "推进实验室信息管理系统(LIMS)建设", chat=True, tags="abbrev")
A("r15b029", "六五环境日那些宣传活动 谁来办", "bj",
  "003", "办好全国生态日、环境日、全国低碳日等宣传活动", "lead", chat=True, tags="synonym colloquial")
T("r15b030", "老百姓打12345投诉油烟噪音 市里咋处理", "bj",
  "003", "着力解决好市民反映的油烟、噪声等共性问题", chat=True, tags="synonym colloquial situation")
A("r15b031", "环境损害赔偿 跨区的案子 谁牵头", "bj",
  "003", "落实生态环境损害赔偿案件协同办理机制", "lead", chat=True, tags="colloquial")
T("r15b032", "各委办局数据共享 建个数据库 有这事吗", "bj",
  "003", "依托市大数据平台,建设数据库", chat=True, tags="colloquial")

# 大兴 2021
T("r15b033", "21年 政府投资的工程 用的胶水油漆 抽检多少", "dx21",
  "004", "全年抽检覆盖率达到10%左右", chat=True, tags="synonym year_short")
A("r15b034", "21年一厂一策精细化治理那几家企业 谁牵头", "dx21",
  "004", "组织4家重点行业企业开展精细化治理", "lead", chat=True, tags="abbrev year_short")
T("r15b035", "差别电价 那年还搞吗", "dx21",
  "004", "持续推动差别电价政策落实", chat=True, tags="colloquial")
A("r15b036", "重污染应急减排清单更新 谁牵头", "dx21",
  "004", "更新完善“一厂一策”应急减排清单", "lead", chat=True, tags="short")
T("r15b037", "我们企业想评A级 有啥说法", "dx21",
  "004", "争创A级示范企业", chat=True, tags="colloquial situation")
A("r15b038", "厂子没证还偷排废水 谁管", "dx21",
  "004", "严厉处罚无证和不按证排放废水行为", "lead", chat=True, tags="synonym colloquial situation")
T("r15b039", "我们镇河水不达标 会被通报吗", "dx21",
  "004", "按月通报镇（街道）水环境质量情况", chat=True, tags="colloquial situation")
T("r15b040", "厂房地改成盖住宅 土壤要调查吗", "dx21",
  "004", "依法督促用途变更、用地属性变化的地块开展土壤污染状况调查", chat=True, tags="synonym colloquial")
A("r15b041", "荒地开垦成耕地前做土壤调查 谁牵头", "dx21",
  "004", "对拟开垦为耕地的未利用地", "lead", chat=True, tags="synonym")
T("r15b042", "污水厂 垃圾处理厂周边的土 测不测", "dx21",
  "004", "固体废物处置设施周边土壤监测", chat=True, tags="synonym colloquial")
A("r15b043", "中高风险企业隐患排查 啥时候完", "dx21",
  "004", "督促高、中风险生产企业完成一轮隐患排查", "deadline", chat=True, tags="colloquial")
A("r15b044", "土壤管理工作指南修订 协办有谁", "dx21",
  "004", "修订完善《大兴区建设用地土壤环境管理工作指南（试行）》", "assist", chat=True, tags="abbrev")
T("r15b045", "被污染的地还种庄稼 安全利用咋弄", "dx21",
  "004", "开展受污染耕地安全利用效果评估", chat=True, tags="synonym colloquial")
T("r15b046", "化工厂出事故把土弄脏了 有应急安排吗", "dx21",
  "004", "提升突发环境事件土壤应急处置能力", chat=True, tags="synonym colloquial situation")
T("r15b047", "拆迁 架空线入地这些工程的台账 多久更新", "dx21",
  "004", "架空线入地工程台账", chat=True, tags="colloquial")
