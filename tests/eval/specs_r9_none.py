"""Round-9 batch, area none: chat-style near misses the plans do not answer -- a strong plan word
(a reservoir, a petrol station, noise, a waste label, a plan place) next to a kind of fact no plan
states (a price, an hour, a phone number, a fine, a water level, today's reading) -- plus a few
look-alikes the plans do answer in everyday words, so abstention is not bought with false
"not found"."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

# --- not in the plans, chat
N("r9n001", "门头沟加油站晚上加油能便宜几毛？", "mtg", chat=True, tags="plan_word price")
N("r9n002", "@机器人 密云水库现在水位多高", "my", chat=True, tags="plan_word figure")
N("r9n003", "公园里广场舞音响晚上几点必须关", "bj", chat=True, tags="plan_word hour")
N("r9n004", "大兴垃圾不分类罚多少钱", "dx26", chat=True, tags="plan_word fine")
N("r9n005", "噪音扰民打哪个电话投诉啊 门头沟的", "mtg", chat=True, tags="plan_word phone")
N("r9n006", "大兴今天pm2.5多少，能出门跑步不", "dx26", chat=True, tags="plan_word figure")
N("r9n007", "屋顶装光伏 政府一瓦补多少钱", None, chat=True, tags="plan_word price")
N("r9n008", "密云农药空瓶子交回去一个给几毛", "my", chat=True, tags="plan_word price")
N("r9n009", "官厅水库能不能钓鱼", "mtg", chat=True, tags="plan_word daily")
N("r9n010", "医疗废物电子联单系统账号咋申请", "mtg", chat=True, tags="plan_word how")
N("r9n011", "网约车换新能源 司机自己要掏多少钱", "bj", chat=True, tags="plan_word price")
N("r9n012", "How many petrol stations are there in Miyun?", "my", chat=True, tags="english plan_word count")
N("r9n013", "大兴秸秆能卖给谁 一吨啥价", "dx26", chat=True, tags="plan_word price")
N("r9n014", "门头沟废矿山改的公园叫啥名 门票多少", "mtg", chat=True, tags="plan_word name price")
N("r9n015", "工地夜里施工最晚能到几点？", "bj", chat=True, tags="plan_word hour")
N("r9n016", "快递站取件要收费吗 大兴", "dx26", chat=True, tags="plan_word daily")
N("r9n017", "密云那个黑臭水体举报了给奖金不", "my", chat=True, tags="plan_word reward")
# --- not in the plans, plan style
N("r9n018", "门头沟区2026年废弃矿山治理安排了多少资金？", "mtg", tags="plan_word figure")
N("r9n019", "北京市噪声敏感建筑物集中区域具体包括哪些街道？", "bj", tags="plan_word list")
N("r9n020", "大兴区2021年秸秆露天焚烧的罚款标准是多少？", "dx21", tags="plan_word fine")

# --- answered in everyday words (look-alikes), chat
T("r9n021", "门头沟 鼓励大家晚上去加油 有这说法吗", "mtg", "001", "引导加油站出台鼓励夜间加油的措施", chat=True, tags="lookalike")
T("r9n022", "学校大喇叭太吵 市里管不管", "bj", "003", "强化校园广播噪声扰民问题处置统筹", chat=True, tags="lookalike synonym")
T("r9n023", "密云黑加油站查不查", "my", "002", "清理整顿无证无照或证照不全的自建油罐", chat=True, tags="lookalike")
T("r9n024", "大兴外卖盒子回收有安排没", "dx26", "000", "外卖餐盒回收", chat=True, tags="lookalike synonym")
T("r9n025", "门头沟废矿山修复的事", "mtg", "001", "实施矿山生态修复", chat=True, tags="lookalike")
