"""Round 14, area c: short follow-up conversations in staff's chat words whose LAST turn (the scored
one) is a topic question or a topic-shaped follow-up: 那X呢 with another district after a topic
answer, 还有别的吗 / 别的措施呢, a change of subject that keeps the place (那扬尘这块呢), a
correction (我问的是X不是Y), another edition (2021年的方案里呢 / 今年的呢), a chat bound to a
place (本群是X区的) then a topic, a topic after a list, typo'd follow-ups, English, and a few whose
right answer is that the plan of that place does not say it or the place has no plan.  Written
from the plans' text; chats carry no scope (scope None): what the bot knows comes from the turns."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- same topic, another district
conv("r14c001", ["大兴公园割草机要换电动的吗"],
     T("r14c001x", "那密云呢", None, "002", "区属公园使用的草坪机", chat=True, tags="follow_up place"))
conv("r14c002", ["大兴油品抽检咋搞的"],
     T("r14c002x", "那门头沟呢", None, "001", "对销售环节的车用油品", chat=True, tags="follow_up place"))
conv("r14c003", ["门头沟垃圾填埋场地下水调查"],
     T("r14c003x", "密云呢？", None, "002", "推进垃圾填埋场地下水调查评估", chat=True, tags="follow_up place"))
conv("r14c004", ["大兴烧秸秆执法咋弄"],
     T("r14c004x", "市里呢", None, "003", "严格秸秆露天焚烧监管", chat=True, tags="follow_up place city"))
conv("r14c005", ["密云饭店油烟咋治理"],
     T("r14c005x", "大兴的呢", None, "000", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="follow_up place"))
conv("r14c006", ["大兴重型车路检咋搞"],
     T("r14c006x", "那密云呢", None, "002", "在进京路口和辖区内重点道路开展重型车的人工检查",
       chat=True, tags="follow_up place"))
conv("r14c007", ["大兴农村黑臭水体咋治"],
     T("r14c007x", "全市层面呢", None, "003", "落实《北京市农村黑臭水体治理工作方案》", chat=True,
       tags="follow_up place city"))
conv("r14c008", ["门头沟噪声敏感建筑物区域划定"],
     T("r14c008x", "what about Daxing?", None, "000", "启动噪声敏感建筑物集中区域划定工作", chat=True,
       tags="follow_up place english"))

# --- the place has no plan / its plan does not say it
conv("r14c009", ["大兴碳排放权交易咋弄"], N("r14c009x", "那密云呢", chat=True, tags="follow_up place not_in_plan"))
conv("r14c010", ["门头沟夜间施工扰民咋管"], N("r14c010x", "那房山呢", chat=True, tags="follow_up place no_plan"))
conv("r14c011", ["大兴施工噪声咋管"],
     N("r14c011x", "我问的是密云不是大兴", chat=True, tags="follow_up correction place not_in_plan"))
conv("r14c012", ["门头沟放炮仗有啥规定"],
     N("r14c012x", "21年的方案里呢", chat=True, tags="follow_up year no_plan_edition"))

# --- a change of subject that keeps the place
conv("r14c013", ["密云饭店油烟咋管"],
     T("r14c013x", "那扬尘这块呢", None, "002", "以3-5月为重点开展扬尘专项治理百日攻坚行动",
       "002", "全区差等级道路数量比例不超过2%", "002", "开展平原地区道路扬尘负荷监测",
       "002", "配合相关主管部门研究修订《绿色施工管理规程》", "002", "因地制宜、分类施策，实现裸地动态整治",
       chat=True, tags="follow_up subject_change"))
conv("r14c014", ["门头沟烧秸秆谁管"],
     T("r14c014x", "那放鞭炮呢", None, "001", "严格落实《北京市烟花爆竹安全管理规定》和关于禁止", chat=True,
       tags="follow_up subject_change synonym"))
conv("r14c015", ["21年大兴扬尘咋管"],
     T("r14c015x", "那渣土车这块呢", None, "004", "组织实行渣土车闭环管理", chat=True, tags="follow_up subject_change"))
conv("r14c016", ["门头沟重型车路检"],
     T("r14c016x", "那餐饮油烟这块呢", None, "001", "聚焦信访投诉集中区域", chat=True, tags="follow_up subject_change"))
conv("r14c017", ["门头沟垃圾填埋场地下水调查"],
     T("r14c017x", "地下水超采那块呢", None, "001", "配合市水务局编制新一轮地下水超采综合治理实施方案", chat=True,
       tags="follow_up subject_change"))

# --- more after a topic answer
conv("r14c018", ["门头沟噪声扰民咋管"],
     T("r14c018x", "还有别的措施吗", None, "001", "启动噪声敏感建筑物集中区域划定工作", "001", "调解社会生活噪声扰民行为",
       "001", "组织实施重点点位固定设备噪声治理", "001", "制定交通噪声缓解年度治理计划",
       "001", "组织实施重点点位公共场所噪声治理", "001", "系统推进公园娱乐、健身等活动噪声系统治理",
       "001", "强化校园广播噪声扰民问题处置统筹力度", chat=True, tags="follow_up more"))
conv("r14c019", ["密云扬尘咋管"],
     T("r14c019x", "还有别的吗", None, "002", "以3-5月为重点开展扬尘专项治理百日攻坚行动",
       "002", "全区差等级道路数量比例不超过2%", "002", "开展平原地区道路扬尘负荷监测",
       "002", "配合相关主管部门研究修订《绿色施工管理规程》", "002", "因地制宜、分类施策，实现裸地动态整治",
       "002", "持续开展道路“升优”行动", chat=True, tags="follow_up more"))
conv("r14c020", ["大兴噪声扰民咋管"],
     T("r14c020x", "别的措施呢", None, "000", "启动噪声敏感建筑物集中区域划定工作", "000", "调解社会生活噪声扰民行为",
       "000", "组织实施3项重点点位固定设备噪声治理", "000", "加大夜间施工证明服务指导力度",
       "000", "制定交通噪声缓解年度治理计划", "000", "组织实施1项重点点位公共场所噪声治理",
       "000", "系统推进公园娱乐、健身等活动噪声治理", "000", "强化校园广播噪声扰民问题处置统筹力度",
       chat=True, tags="follow_up more"))

# --- who after a topic answer
conv("r14c021", ["大兴实验室信息管理系统建设"],
     A("r14c021x", "这个谁管", None, "000", "推进实验室信息管理系统（LIMS）建设", "lead", chat=True, tags="follow_up this"))
conv("r14c022", ["门头沟医院输液瓶回收"],
     A("r14c022x", "这个谁负责", None, "001", "推动输液瓶（袋）规范回收利用", "lead", chat=True, tags="follow_up this"))

# --- a correction
conv("r14c023", ["密云入河排污口咋管"],
     T("r14c023x", "我问的是门头沟 不是密云", None, "001", "以违规排污口动态清零为目标",
       "001", "依法依规开展新改扩建入河排污口的审批与登记", chat=True, tags="follow_up correction place"))
conv("r14c024", ["门头沟扬尘咋管"],
     T("r14c024x", "我问的是裸地 不是工地", None, "001", "因地制宜、分类施策，实现裸地动态整治", chat=True,
       tags="follow_up correction subject"))

# --- another edition
conv("r14c025", ["大兴油品抽检"],
     T("r14c025x", "2021年的方案里呢", None, "004", "油品、氮氧化物还原剂、车用油品清净剂等有关产品质量", chat=True,
       tags="follow_up year"))
conv("r14c026", ["大兴地下水咋保护"],
     T("r14c026x", "21年那个方案里有吗", None, "004", "配合市级部门开展地下水环境背景值调查",
       "004", "定期开展地下水环境质量监测工作", "004", "全国地下水污染防治规划", chat=True, tags="follow_up year"))
conv("r14c027", ["21年大兴黑臭水体咋管"],
     T("r14c027x", "今年的方案呢", None, "000", "落实《大兴区农村黑臭水体治理及成效评估工作方案》", chat=True,
       tags="follow_up year"))

# --- a chat bound to a place, then a topic
conv("r14c028", ["本群是门头沟的"],
     T("r14c028x", "@机器人 外来物种入侵有啥措施", None, "001", "做好引进植物审批监管与豚草", chat=True,
       tags="follow_up group_scope"))
conv("r14c029", ["本群是大兴区的", "我是生态环境局的"],
     T("r14c029x", "固定设备噪声治理今年搞几项", None, "000", "组织实施3项重点点位固定设备噪声治理", chat=True,
       tags="follow_up group_scope me"))
conv("r14c030", ["本群是密云区的"],
     T("r14c030x", "潮白河补水有安排吗", None, "002", "持续实施潮白河等河道生态补水", chat=True, tags="follow_up group_scope"))

# --- a topic after a list
conv("r14c031", ["门头沟城管委牵头哪些"],
     T("r14c031x", "秸秆焚烧那个咋管的", None, "001", "严格秸秆露天焚烧监管", chat=True, tags="follow_up after_list"))
conv("r14c032", ["市里生态环境局牵头哪些"],
     T("r14c032x", "噪声地图那个是啥", None, "003", "探索应用噪声地图", chat=True, tags="follow_up after_list"))

# --- typo'd follow-ups
conv("r14c033", ["大兴公园割草机换电动"],
     T("r14c033x", "门头够呢", None, "001", "区属公园使用的草坪机", chat=True, tags="follow_up place typo"))
conv("r14c034", ["密云重型车路检"],
     T("r14c034x", "养尘呢", None, "002", "以3-5月为重点开展扬尘专项治理百日攻坚行动",
       "002", "全区差等级道路数量比例不超过2%", "002", "开展平原地区道路扬尘负荷监测",
       "002", "配合相关主管部门研究修订《绿色施工管理规程》", "002", "因地制宜、分类施策，实现裸地动态整治",
       chat=True, tags="follow_up subject_change typo"))
conv("r14c035", ["门头沟输液瓶回收"],
     T("r14c035x", "大心呢", None, "000", "推动输液瓶（袋）规范回收利用", chat=True, tags="follow_up place typo"))
