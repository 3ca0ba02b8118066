"""Round 11, area none: chat questions the plans do not answer (near misses: a plan word with a
subject no plan states), plus answerable look-alikes in everyday words."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- near misses: a covered place / topic, a detail no plan states
N("r11n001", "我家楼下饭馆油烟把窗户都熏黑了，密云这边投诉电话多少", "my", chat=True, tags="contact resident")
N("r11n002", "大兴去年PM2.5实际降了多少？", "dx26", chat=True, tags="result history")
N("r11n003", "门头沟为啥要搞关停企业原址用地筛查，之前出过啥事吗", "mtg", chat=True, tags="reason history")
N("r11n004", "密云水库总氮超标是从哪年开始的", "my", chat=True, tags="history")
N("r11n005", "跟上海比 北京零排放货运通道建得算快吗", "bj", chat=True, tags="other_city compare")
N("r11n006", "大兴生态环境局局长现在是谁啊", "dx26", chat=True, tags="person")
N("r11n007", "@机器人 门头沟那个垃圾转运站具体在哪个路口？", "mtg", chat=True, tags="facility address")
N("r11n008", "我是密云养鸡的，鸡粪自己堆肥要不要办证", "my", chat=True, tags="resident permission")
N("r11n009", "北京市里偷放烟花被抓到罚多少钱", "bj", chat=True, tags="sanction")
N("r11n010", "大兴装充电桩有补贴没，一个桩给多少", "dx26", chat=True, tags="money")
N("r11n011", "门头沟今年冬天供暖会不会推迟啊", "mtg", chat=True, tags="event")
N("r11n012", "what did Miyun spend on water protection last year?", "my", chat=True, tags="english money")
N("r11n013", "密云河长制考核去年全市排第几", "my", chat=True, tags="ranking history")
N("r11n014", "大兴区2026年行动计划是依据哪几个上位文件编制的？", "dx26", tags="reason")
N("r11n015", "北京市噪声污染防治条例草案是谁起草的，征求意见到哪天截止？", "bj", tags="event person")
N("r11n021", "门头沟去年秋天那次沙尘暴刮了几天", "mtg", chat=True, tags="event history")
N("r11n022", "大兴哪家饭店油烟罚得最多", "dx26", chat=True, tags="facility sanction")

# --- answerable look-alikes in everyday words
T("r11n016", "密云饭馆油烟扰民这块有啥办法", "my", "002", "继续推行餐饮油烟重点点位包案机制", chat=True, tags="everyday")
T("r11n017", "门头沟地里烧麦秆子的管不管？", "mtg", "001", "严格秸秆露天焚烧监管", chat=True, tags="everyday")
T("r11n018", "北京 晚上吵得睡不着的那种住宅区，划区域这事有安排没", "bj", "003", "启动噪声敏感建筑物集中区域划定工作", chat=True, tags="everyday")
T("r11n019", "大兴过年放炮仗有啥规定", "dx26", "000", "本区关于禁止、限制燃放烟花爆竹", chat=True, tags="everyday")
