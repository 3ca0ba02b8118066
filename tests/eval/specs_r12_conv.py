"""Round 12, area v: follow-up conversations in staff's words, scored on the last turn.  What staff
type after an answer: 那X呢 / X的呢 (a place, a year, a topic), corrections (不是，我说的是X / 不对，
是X), thanks before the next question (谢谢，那…), 还有吗 / 具体内容是啥 / 具体说说, this measure's
lead, helpers and deadline, a target value of the measure just shown, list follow-ups with a role
change, and a follow-up to a place with no plan."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- another place
conv("r12v001", ["大兴汽修厂咋管"],
     T("r12v001x", "门头沟呢", "mtg", "001", "新增绿色汽修企业不少于2家", chat=True, tags="follow_up place"))
conv("r12v002", ["密云干洗店有啥要求"],
     T("r12v002x", "那大兴的呢", "dx26", "000", "探索在干洗行业重点企业推进全封闭式干洗设备更新",
       chat=True, tags="follow_up place synonym"))
conv("r12v003", ["门头沟清明祭扫有啥说法"],
     T("r12v003x", "谢谢，那密云呢", "my", "002", "大力倡导市民践行文明祭扫", chat=True, tags="follow_up place thanks"))
conv("r12v004", ["大兴喝的水水质咋保障"],
     T("r12v004x", "不是，我说的是门头沟", "mtg", "001", "强化饮用水水质监测与评价",
       "001", "强化饮用水供水厂站水源水", chat=True, tags="follow_up correction place synonym"))
conv("r12v005", ["门头钩饭店油烟"],
     T("r12v005x", "秘云的呢", "my", "002", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="follow_up place typo"))
# --- another year
conv("r12v006", ["大兴新能源车推广"],
     T("r12v006x", "21年呢", "dx21", "004", "落实北京市“十四五”时期新能源车推广应用方案",
       chat=True, tags="follow_up year"))
conv("r12v007", ["大兴裸地怎么治理"],
     T("r12v007x", "那2021年的", "dx21", "004", "利用卫星遥感技术对裸地进行识别", tags="follow_up year"))
conv("r12v008", ["大兴26年地里扬尘"],
     T("r12v008x", "不对，是21年的", "dx21", "004", "强化耕地扬尘管控", chat=True, tags="follow_up correction year synonym"))
# --- another topic
conv("r12v009", ["密云工地扬尘怎么管"],
     T("r12v009x", "那饭馆油烟呢", "my", "002", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="follow_up topic synonym"))
conv("r12v010", ["大兴雨污混接咋整治"],
     T("r12v010x", "换个问题，农村黑臭水体呢", "dx26", "000", "强化农村黑臭水体治理", chat=True, tags="follow_up topic"))
conv("r12v011", ["门头沟垃圾车新能源化"],
     T("r12v011x", "渣土车溯源呢", "mtg", "001", "加大对渣土车溯源追查力度", chat=True, tags="follow_up topic"))
conv("r12v012", ["门头沟危废怎么管"],
     T("r12v012x", "不是，我说的是医疗废物", "mtg", "001", "研究在二级及以上医院探索运行医疗废物电子转移联单",
       "001", "加强医疗机构废弃物管理", chat=True, tags="follow_up correction topic"))
conv("r12v013", ["大兴碳排放咋控制"],
     T("r12v013x", "门头沟温室气体清单呢", "mtg", "001", "规范编制近3年区级温室气体排放清单",
       chat=True, tags="follow_up place topic"))
# --- more / details
conv("r12v014", ["北京市烧秸秆"],
     T("r12v014x", "具体内容是啥", "bj", "003", "严格秸秆露天焚烧监管", chat=True, tags="follow_up details"))
conv("r12v015", ["门头沟百花山葡萄"],
     T("r12v015x", "具体说说", "mtg", "001", "百花山葡萄", chat=True, tags="follow_up details"))
conv("r12v016", ["大兴扬尘怎么管"],
     T("r12v016x", "还有吗", "dx26", "000", "各部门、各镇、各街道、各产业园区加大扬尘管控力度",
       "000", "以3-5月为重点开展扬尘专项治理百日攻坚行动", "000", "完善绿色施工扬尘管控要求",
       "000", "按照市级通报监测结果及时提示", "000", "持续开展道路“升优”行动",
       "000", "强化小微工地精细化管理", chat=True, tags="follow_up more"))
conv("r12v017", ["密云河道生态补水"],
     T("r12v017x", "谢谢！那北京市防洪工程呢", "bj", "003", "完善永定河、潮白河、北运河等主要河流重点防洪工程",
       chat=True, tags="follow_up thanks place topic"))
# --- this measure: who, when
conv("r12v018", ["秘云黑臭水体"],
     A("r12v018x", "谁牵头的", "my", "002", "对黑臭、劣Ⅴ类", "lead", chat=True, tags="follow_up typo"))
conv("r12v019", ["门头沟雁翅镇水生态修复"],
     A("r12v019x", "啥时候完成", "mtg", "001", "完成永定河流域雁翅镇段水生态系统修复项目", "deadline",
       chat=True, tags="follow_up"))
conv("r12v020", ["大兴校园广播噪音扰民"],
     A("r12v020x", "配合单位有哪些", "dx26", "000", "强化校园广播噪声扰民问题处置统筹力度", "assist",
       chat=True, tags="follow_up synonym"))
conv("r12v021", ["市里信访 生态环境诉求咋办"],
     A("r12v021x", "协办是哪个", "bj", "003", "推动信访工作法治化", "assist", chat=True, tags="follow_up"))
conv("r12v022", ["大兴21年邮政车"],
     A("r12v022x", "这个谁负责", "dx21", "004", "配合落实新增和更新的4.5吨以下邮政车", "lead", chat=True, tags="follow_up"))
conv("r12v023", ["密云地下水超采治理"],
     A("r12v023x", "截止啥时候", "my", "002", "以地下水超采区、重要泉域为重点", "deadline", chat=True, tags="follow_up"))
conv("r12v024", ["密云重金属污染"],
     A("r12v024x", "好的，谁牵头", "my", "002", "重点区域重金属污染溯源评估", "lead", chat=True, tags="follow_up thanks"))
conv("r12v025", ["大兴21年黑臭水体水质监测"],
     A("r12v025x", "协办单位是哪些", "dx21", "004", "第二、三季度每月开展黑臭水体水质监测", "assist", tags="follow_up"))
# --- a value of the measure just shown
conv("r12v026", ["门头沟污水处理"],
     IM("r12v026x", "密云污水处理率要到多少", "my", "002", "全区污水处理率保持94%以上", "94%",
        chat=True, tags="follow_up place metric"))
conv("r12v027", ["大兴生活垃圾资源化"],
     IM("r12v027x", "利用率多少", "dx26", "000", "生活垃圾资源化利用率达80%以上", "80%", chat=True, tags="follow_up metric"))
conv("r12v028", ["门头沟道路清扫保洁"],
     IM("r12v028x", "机械化作业率要求多少", "mtg", "001", "城市道路车行道机械化作业率达到97.5%", "97.5%",
        chat=True, tags="follow_up metric"))
conv("r12v029", ["门头沟海绵城市"],
     IM("r12v029x", "达标面积比例定的多少", "mtg", "001", "建成区海绵城市达标面积比例达到44%", "44%",
        chat=True, tags="follow_up metric"))
conv("r12v030", ["北京市公共场所噪声治理"],
     IM("r12v030x", "要搞多少项", "bj", "003", "组织实施 29 项重点点位公共场所噪声治理", "29",
        chat=True, tags="follow_up metric"))
# --- lists
conv("r12v031", ["密云生态环境局牵头的任务"],
     D("r12v031x", "它担任协办的有哪些", "my", "区生态环境局", role="assist", chat=True, tags="follow_up role"))
conv("r12v032", ["门头沟交通局牵头哪些"],
     D("r12v032x", "大兴的呢", "dx26", "区交通局", role="lead", chat=True, tags="follow_up place"))
_l = D("r12v033l", "大兴水务局牵头哪些", "dx26", "区水务局", role="lead", chat=True)
conv("r12v033", ["大兴水务局牵头哪些"],
     item("r12v033x", "第2条谁配合", "dx26", _l, 2, "assist", tags="follow_up item"))
# --- a place with no plan / a topic a plan does not have
conv("r12v034", ["门头沟油烟咋管"],
     N("r12v034x", "那顺义的呢", chat=True, tags="follow_up place no_plan"))
conv("r12v035", ["大兴噪音扰民咋管"],
     N("r12v035x", "密云呢", "my", chat=True, tags="follow_up place not_in_plan"))
