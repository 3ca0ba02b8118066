"""Round 15, area h: follow-up conversations (2-4 turns) in staff's chat words, scored on the last
turn, across all five plans.  The last turn is mostly (a) an attribute of the measure a TOPIC answer
just showed, asked as people chat (牵头的是？/ 那谁负责 / 配合单位有几个 / 这事哪个局管 / 上面那个啥时候
到期 / 同样的问题问密云), or of an item of a list just shown (第二条呢谁协办 / 最后一条的配合单位);
(b) a `none` ending: a district with no plan, a plan year no district has, or a new subject the plans
do not cover; (c) a unit list or deadline list re-asked with one slot changed (换成X / 协办的呢 /
光要牵头的 / 长期的呢).  Some turns carry noise (好的谢谢，那… / @机器人 / a typo) before the
follow-up.  Written from the plans' text; chats carry no scope (scope None)."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

LONG = {"op": "equals", "value": "长期实施"}
ONGOING = {"op": "equals", "value": "持续推进"}
YEAR_END = {"op": "equals", "value": "年底前"}

# --- (a) an attribute of the measure a topic answer just showed
conv("r15h001", ["大兴种质资源保护咋弄"],
     A("r15h001x", "牵头的是？", None, "000", "加强重点农作物、畜禽、水产等种质资源保护", "lead", chat=True,
       tags="follow_up this attr"))
conv("r15h002", ["大兴产业园区排放清单咋搞"],
     A("r15h002x", "好的谢谢，那配合单位有几个", None, "000", "研究建立重点产业园区排放清单", "assist", chat=True,
       tags="follow_up this attr noise"))
conv("r15h003", ["密云排污许可咋管"],
     A("r15h003x", "这事哪个局管", None, "002", "全面实行排污许可制", "lead", chat=True, tags="follow_up this attr"))
conv("r15h004", ["门头沟摩托车管理咋弄"],
     A("r15h004x", "那谁负责", None, "001", "按要求落实市级摩托车管理工作", "lead", chat=True, tags="follow_up this attr"))
conv("r15h005", ["大兴绿电咋推"],
     A("r15h005x", "上面那个啥时候到期", None, "000", "积极开发利用本地可再生能源，持续提高绿电应用规模", "deadline",
       chat=True, tags="follow_up this attr"))
conv("r15h006", ["21年大兴普通公路清扫保洁"],
     A("r15h006x", "@机器人 这个谁牵头", None, "004", "提升普通公路的清扫保洁水平", "lead", chat=True,
       tags="follow_up this attr noise year"))
conv("r15h007", ["21年大兴氢能示范区建设"],
     A("r15h007x", "配合的有哪几家", None, "004", "加快推进大兴国际氢能示范区建设", "assist", chat=True,
       tags="follow_up this attr year"))
conv("r15h008", ["密云涂料油墨抽检咋搞"],
     A("r15h008x", "几月份完成", None, "002", "对生产、销售的涂料、胶粘剂、清洗剂、油墨等含VOCs产品开展抽检", "deadline",
       chat=True, tags="follow_up this attr"))
conv("r15h009", ["门头沟气候适应型城市试点"],
     A("r15h009x", "牵头单位是哪个", None, "001", "持续推动门头沟区气候适应型城市试点建设", "lead", chat=True,
       tags="follow_up this attr"))
conv("r15h010", ["市里农村黑臭水体咋治"],
     A("r15h010x", "协办有几个单位", None, "003", "强化农村黑臭水体治理", "assist", chat=True,
       tags="follow_up this attr city"))
conv("r15h011", ["大兴GEP-R跟GDP交换补偿"],
     A("r15h011x", "那谁牵头呀", None, "000", "按照市级要求开展GEP-R与GDP交换补偿工作", "lead", chat=True,
       tags="follow_up this attr"))
conv("r15h012", ["21年大兴新建建筑节能咋要求"],
     A("r15h012x", "好的 那完成时间呢", None, "004", "居住建筑节能设计标准", "deadline", chat=True,
       tags="follow_up this attr noise year"))
conv("r15h013", ["门头沟工业固废源头减量"],
     A("r15h013x", "哪个部门牵的头", None, "001", "引导工业固废源头减量", "lead", chat=True, tags="follow_up this attr"))
conv("r15h014", ["大兴印刷行业低VOCs替代谁牵头"],
     A("r15h014x", "同样的问题问密云", None, "002", "印刷行业全面推进低VOCs产品使用和替代", "lead", chat=True,
       tags="follow_up place attr"))
conv("r15h015", ["市里建筑施工噪声自动监测"],
     A("r15h015x", "这个啥时候到期", None, "003", "朝阳区试行开展建筑施工噪声自动监测工作", "deadline", chat=True,
       tags="follow_up this attr city"))
conv("r15h016", ["大兴建设用地数据共享一张图"],
     A("r15h016x", "协办是谁啊", None, "000", "形成土壤污染源头防控“一张图”", "assist", chat=True,
       tags="follow_up this attr"))
conv("r15h017", ["密云生态环境局牵头的"],
     item("r15h017x", "第二条呢谁协办", None, D("r15h017l", "", None, "区生态环境局", "lead", filter="my"), 2,
          "assist", tags="follow_up item"))
conv("r15h018", ["21年大兴农业农村局牵头的"],
     item("r15h018x", "最后一条的配合单位", None, D("r15h018l", "", None, "区农业农村局", "lead", filter="dx21"), 16,
          "assist", tags="follow_up item last year"))
conv("r15h019", ["门头沟小客车以旧换新补贴咋弄", "好的收到"],
     A("r15h019x", "那牵头是谁", None, "001", "落实小客车以旧换新补贴政策", "lead", chat=True,
       tags="follow_up this attr noise"))

# --- (b) a `none` ending
conv("r15h020", ["大兴产业园区排放清单"], N("r15h020x", "那海淀呢", chat=True, tags="follow_up place no_plan"))
conv("r15h021", ["密云裸地扬尘咋管"], N("r15h021x", "顺义有没有", chat=True, tags="follow_up place no_plan"))
conv("r15h022", ["密云饭店油烟咋弄"], N("r15h022x", "那2021年的密云呢", chat=True, tags="follow_up year no_plan"))
conv("r15h023", ["门头沟夜间施工噪声"], N("r15h023x", "好的谢谢，那昌平的呢", chat=True,
                                          tags="follow_up place no_plan noise"))
conv("r15h024", ["大兴秸秆焚烧谁管"], N("r15h024x", "那养老院建设呢", chat=True, tags="follow_up subject not_in_plan"))
conv("r15h025", ["市里噪声地图咋搞"], N("r15h025x", "@机器人 学区划片有安排吗", chat=True,
                                        tags="follow_up subject not_in_plan noise"))
conv("r15h026", ["门头沟垃圾分类谁牵头"], N("r15h026x", "怀柔有这个吗", chat=True, tags="follow_up place no_plan"))
conv("r15h027", ["密云水库流域化肥减量"], N("r15h027x", "21年的方案里密云咋说的", chat=True,
                                            tags="follow_up year no_plan"))

# --- (c) a unit list or deadline list re-asked with one slot changed
conv("r15h028", ["大兴生态环境局持续推进的有哪些"],
     DL("r15h028x", "换成区发展改革委", None, ONGOING, "区发展改革委", "any", chat=True, tags="follow_up deadline unit",
        filter="dx26"))
conv("r15h029", ["密云生态环境局牵头的有哪些"],
     D("r15h029x", "那配合的呢", None, "区生态环境局", "assist", chat=True, tags="follow_up role", filter="my"))
conv("r15h030", ["门头沟交通局牵头哪些"],
     D("r15h030x", "它当责任单位的有哪些", None, "区交通局", "responsible", chat=True, tags="follow_up role",
       filter="mtg"))
conv("r15h031", ["大兴交通局牵头的"],
     D("r15h031x", "换成区城管委", None, "区城市管理委", "lead", chat=True, tags="follow_up unit", filter="dx26"))
conv("r15h032", ["市城管委牵头哪些"],
     D("r15h032x", "协办的呢", None, "市城市管理委", "assist", chat=True, tags="follow_up role city", filter="bj"))
conv("r15h033", ["21年大兴水务局牵头的"],
     D("r15h033x", "好的 园林绿化局呢", None, "区园林绿化局", "lead", chat=True, tags="follow_up unit year noise",
       filter="dx21"))
conv("r15h034", ["密云水务局年底前要完成哪些"],
     DL("r15h034x", "那长期的呢", None, LONG, "区水务局", "any", chat=True, tags="follow_up deadline", filter="my"))
conv("r15h035", ["大兴农业农村局的任务有哪些"],
     D("r15h035x", "光要牵头的", None, "区农业农村局", "lead", chat=True, tags="follow_up role", filter="dx26"))
conv("r15h036", ["密云住建委牵头哪些"],
     D("r15h036x", "换成区交通局", None, "区交通局", "lead", chat=True, tags="follow_up unit", filter="my"))
conv("r15h037", ["门头沟城管委年底前要干完的"],
     DL("r15h037x", "换成园林局", None, YEAR_END, "区园林绿化局", "any", chat=True, tags="follow_up deadline unit",
        filter="mtg"))
