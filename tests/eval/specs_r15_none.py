"""Round 15, area none: chat messages the plans do not answer, mostly written to sound close to
them -- bad input (one character typed over and over, a plan word repeated such as 水水水水, letters,
digits, only emoji or punctuation, a 3000-5000 character paste of an unrelated notice), chit-chat,
a personal request or complaint put to the bot (公积金, 社保, 楼上装修 asked of 密云, whose plan has no
noise at all), a neighbouring subject no plan names (杨柳飞絮, 燃气管道, 电动自行车充电, 室内空气, 酸雨,
地震, 温泉, 农贸市场), a town or district with no plan, an edition or year no plan has (密云 2021,
大兴 2023), and two places of which one has no plan, compared.  Every absent subject was checked
with grep against planbot/plans/*.txt in its spellings; the answerable controls at the end are in
the same everyday words (the subject is in the plan asked), so that abstaining on everything is not
rewarded."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401


def _paste(paragraphs: list[str], size: int) -> str:
    """A long pasted text: the paragraphs numbered and repeated until about `size` characters."""
    out, n = [], 0
    while sum(map(len, out)) < size:
        out.append(f"{n + 1}. {paragraphs[n % len(paragraphs)]}\n")
        n += 1
    return "".join(out)


_OUTING = [
    "关于组织全体职工开展春季健步走和团建活动的通知：经工会委员会研究决定，于下月第二个周六组织全体职工参加春季健步走活动，请各科室于本周五前将报名表报送工会办公室。",
    "活动地点为城郊森林公园东门集合，上午八点半统一乘坐大巴车出发，请大家穿运动鞋、带好水杯和雨具，身体不适的同志请提前向科室负责人说明情况。",
    "午餐由工会统一安排盒饭，有忌口的同志请在报名表备注栏填写，活动结束后下午四点返回单位，不再另行通知，家属随行的请自行承担相关费用。",
    "各科室要高度重视，指定一名联络员负责本科室人员的组织和清点，出发前和返程前各清点一次人数，确保不落一人，联络员名单请一并报送。",
    "本次活动设置拔河、接力跑、趣味答题三个项目，每个科室至少报一个项目，获奖科室由工会颁发奖状和纪念品，具体规则另行发布。",
    "请大家遵守活动纪律，不得擅自离队，不得在景区内吸烟，爱护公共设施，活动期间手机保持畅通，有事及时与带队同志联系。",
]

_EXPENSES = [
    "差旅费报销管理办法（试行）第一章 总则：为进一步规范差旅费管理，厉行节约，根据有关规定，结合单位实际，制定本办法，适用于本单位全体在编和聘用人员。",
    "第二章 城市间交通费：出差人员应当按规定等级乘坐交通工具，乘坐火车的报销二等座，乘坐飞机的报销经济舱，未按规定等级乘坐的，超支部分由个人自理。",
    "第三章 住宿费：出差人员应当在标准限额内选择宿舍，凭发票据实报销，超出标准的部分不予报销，由接待单位统一安排住宿的，不得再报销住宿费。",
    "第四章 伙食补助费和市内交通费：伙食补助费按出差自然天数计算，按规定标准包干使用，市内交通费按出差天数包干，接待单位提供交通工具的不再发放。",
    "第五章 报销管理：出差人员应当在出差结束后一个月内办理报销手续，提交出差审批单、机票或车票、住宿发票等凭证，财务科审核后报分管领导签批。",
    "第六章 监督问责：对虚报冒领差旅费、擅自扩大报销范围的，责令退还，并视情节依照有关规定追究责任，本办法由财务科负责解释，自印发之日起施行。",
]

# --- bad input: one character over and over, letters, digits, emoji, punctuation, a long paste
N("r15d001", "啊啊啊啊啊", None, chat=True, tags="gibberish")
N("r15d002", "哈哈哈哈哈哈", None, chat=True, tags="gibberish")
N("r15d003", "水水水水", None, chat=True, tags="gibberish plan_word")
N("r15d004", "土土土土土", "dx26", chat=True, tags="gibberish plan_word")
N("r15d005", "气气气气气气", "mtg", chat=True, tags="gibberish plan_word")
N("r15d006", "呃呃呃呃", None, chat=True, tags="gibberish")
N("r15d007", "hhhhhhhh", None, chat=True, tags="gibberish letters")
N("r15d008", "sdfkjl qwer zxcv", None, chat=True, tags="gibberish letters")
N("r15d009", "aaaaaaaaaaaaaaaaaaaa", None, chat=True, tags="gibberish letters")
N("r15d010", "1234567890", None, chat=True, tags="gibberish digits")
N("r15d011", "🙏🙏🙏🌹🌹", None, chat=True, tags="emoji")
N("r15d012", "……——～～～", None, chat=True, tags="punctuation")
N("r15d013", _paste(_OUTING, 3300), None, chat=True, tags="long_paste offtopic")
N("r15d014", _paste(_EXPENSES, 4600), None, chat=True, tags="long_paste offtopic")
# --- chit-chat
N("r15d015", "你是真人还是机器人啊", None, chat=True, tags="chitchat")
N("r15d016", "累死了 今天又加班到十点", None, chat=True, tags="chitchat")
N("r15d017", "你会写诗不 给我来一首", None, chat=True, tags="chitchat")
N("r15d018", "周五了 晚上去哪吃火锅", None, chat=True, tags="chitchat")
# --- a personal request or complaint put to the bot
N("r15d019", "我家楼上装修太吵了你们管不管", "my", chat=True, tags="complaint plan_lacks")
N("r15d020", "能帮我查下我的公积金吗", None, chat=True, tags="personal")
N("r15d021", "帮我看看我社保交了几年了", None, chat=True, tags="personal")
N("r15d022", "隔壁饭馆空调外机正对我家窗户 天天嗡嗡响 找谁", "my", chat=True, tags="complaint plan_lacks")
N("r15d023", "我车被贴条了 能帮我撤销不", None, chat=True, tags="personal")
N("r15d024", "小区物业不管垃圾 我要投诉 大兴", "dx26", chat=True, tags="complaint")
# --- a neighbouring subject no plan names
N("r15d025", "门头沟杨柳飞絮今年咋治", "mtg", chat=True, tags="absent_subject lookalike")
N("r15d026", "密云老旧燃气管道改造谁负责", "my", chat=True, tags="absent_subject")
N("r15d027", "大兴小区电动自行车飞线充电 有人管没", "dx26", chat=True, tags="absent_subject lookalike")
N("r15d028", "办公楼室内空气质量要定期检测吗 大兴", "dx26", chat=True, tags="absent_subject lookalike")
N("r15d029", "密云酸雨监测有安排没", "my", chat=True, tags="absent_subject lookalike")
N("r15d030", "门头沟山区地震监测谁牵头", "mtg", chat=True, tags="absent_subject")
N("r15d031", "门头沟开发温泉要不要环评", "mtg", chat=True, tags="absent_subject")
N("r15d032", "大兴农贸市场活禽宰杀的污水咋管", "dx26", chat=True, tags="absent_subject lookalike")
# --- a town or district with no plan
N("r15d033", "顺义后沙峪镇今年有啥环保任务", None, chat=True, tags="no_plan_district town")
N("r15d034", "天通苑那边工地扬尘归谁管", None, chat=True, tags="no_plan_district town")
N("r15d035", "房山良乡的河道谁负责治理", None, chat=True, tags="no_plan_district town")
# --- an edition or year no plan has
N("r15d036", "密云21年的计划里 煤改电咋说的", None, chat=True, tags="no_plan_edition")
N("r15d037", "大兴2023年行动计划 裸地咋要求的", None, chat=True, tags="no_plan_edition")
N("r15d038", "北京市22年的行动计划有哪些任务", None, chat=True, tags="no_plan_edition")
N("r15d039", "2028年门头沟还搞全电工地不", "mtg", chat=True, tags="future")
# --- two places, one with no plan, compared
N("r15d040", "怀柔跟密云比 水源保护谁要求更严", None, chat=True, tags="two_places no_plan_district")
N("r15d041", "大兴和房山 哪个区扬尘任务多", None, chat=True, tags="two_places no_plan_district")
N("r15d042", "门头沟跟昌平 秸秆焚烧谁管得更严", None, chat=True, tags="two_places no_plan_district")
# --- plan style
N("r15d043", "顺义区2026年行动计划中垃圾分类有哪些任务？", None, tags="no_plan_district")
N("r15d044", "密云区2021年行动计划中扬尘治理的完成时限是什么？", None, tags="no_plan_edition")
N("r15d045", "大兴区2026年行动计划中杨柳飞絮治理由谁牵头？", "dx26", tags="absent_subject")

# --- answerable controls in the same everyday words (the subject is in the plan asked)
T("r15d046", "大兴 楼上邻居太吵 有啥说法没", "dx26", "000", "调解社会生活噪声扰民行为", chat=True, tags="complaint control synonym")
T("r15d047", "门头沟 外卖塑料盒 有管没", "mtg", "001", "从源头上减少一次性塑料制品使用", chat=True, tags="lookalike control colloquial")
T("r15d048", "密云 下雨前 路边沟清垃圾不", "my", "002", "雨前对马路边沟、无水支流沟渠等开展垃圾杂物清理", chat=True, tags="lookalike control colloquial")
T("r15d049", "北京 京津冀一块执法 进京口那块", "bj", "003", "继续落实京津冀生态环境联动执法工作机制", chat=True, tags="two_places control")
T("r15d050", "大兴 屋顶装光伏 今年咋推", "dx26", "000", "推进建筑光伏一体化建设", chat=True, tags="lookalike control colloquial")
