"""Round 7 batch (area dl): chat-style deadline lists and compares, written from the plans."""
from specs import T, A, D, DL, IC, IM, C, S, item, N, conv  # noqa: F401

BY = lambda d: {"op": "due_on_or_before", "value": d}  # noqa: E731
EQ = lambda v: {"op": "equals", "value": v}  # noqa: E731

# --- deadline lists, chat
DL("r7d001", "门头沟城管委今年年底前得弄完的有哪些", "mtg", BY("2026-12-31"), unit="区城管委", chat=True, tags="abbrev")
DL("r7d002", "密云水务局 上半年要完成啥", "my", BY("2026-06-30"), unit="区水务局", chat=True, tags="abbrev half_year")
DL("r7d003", "大兴哪些活儿是长期干的？", "dx26", EQ("长期实施"), chat=True, tags="synonym")
DL("r7d004", "市里那个共治计划 持续推进的有几条", "bj", EQ("持续推进"), chat=True, tags="count")
DL("r7d005", "21年大兴 供暖前要搞定的", "dx21", BY("2021-11-15"), chat=True, tags="named_day")
DL("r7d006", "门头沟园林局 长期实施的都有啥", "mtg", EQ("长期实施"), unit="区园林绿化局", chat=True, tags="abbrev")
DL("r7d007", "今年国庆之前要完成的都有啥", "y26", BY("2026-09-30"), chat=True, tags="named_day")
DL("r7d008", "@机器人 大兴发改委年底前的任务", "dx26", BY("2026-12-31"), unit="区发展改革委", chat=True, tags="abbrev")
DL("r7d009", "密云10月底之前要完的", "my", BY("2026-10-31"), chat=True)
DL("r7d011", "Daxing measures due by end of June?", "dx26", BY("2026-06-30"), chat=True, tags="english")
DL("r7d012", "门头沟生态环境局 下半年到期的", "mtg", {"op": "due_between", "value": ["2026-07-01", "2026-12-31"]},
   unit="区生态环境局", chat=True, tags="half_year")
DL("r7d014", "密云住建委 长期的那些", "my", EQ("长期实施"), unit="区住房城乡建设委", chat=True, tags="abbrev")
DL("r7d015", "市级计划10月底前要交的", "bj", BY("2026-10-31"), chat=True)
DL("r7d016", "门头沟9月底之前到期的有几个", "mtg", BY("2026-09-30"), chat=True, tags="count")
DL("r7d017", "大兴交通局牵头的 年底前要交哪些", "dx26", BY("2026-12-31"), unit="区交通局", role="lead", chat=True)
DL("r7d018", "6月30号前要完成哪些 各区的都列一下", "y26", BY("2026-06-30"), chat=True, tags="each_district")
DL("r7d019", "21年那版大兴的 没写完成时间的", "dx21", {"op": "none_written"}, chat=True, tags="none_written")
DL("r7d020", "门头沟农业农村局 长期实施 跟 持续推进的", "mtg", {"op": "in", "value": ["长期实施", "持续推进"]},
   unit="区农业农村局", chat=True, tags="two_values")
DL("r7d021", "mi yun 城管委 年底钱要完成的", "my", BY("2026-12-31"), unit="区城市管理委", chat=True, tags="typo pinyin")
# --- deadline lists, plan
DL("r7d010", "大兴区2021年行动计划中，完成时限为“2021年12月31日并长期实施”且由区水务局牵头的措施有哪些？", "dx21",
   EQ("2021年12月31日并长期实施"), unit="区水务局", role="lead")
DL("r7d013", "美丽大兴建设2026年行动计划中哪些措施没有写完成时限？", "dx26", {"op": "none_written"})
DL("r7d022", "门头沟区2026年行动计划中完成时限为6月底前的措施有哪些？", "mtg", EQ("6月底前"))

# --- compares, chat
C("r7d101", "大兴跟门头沟今年pm2.5目标谁更严", "y26", ("000", "全区PM2.5年均浓度不高于30微克", "30"),
  ("001", "PM2.5年均浓度达到27微克", "27"), chat=True, value="门头沟")
C("r7d102", "密云和大兴 优良天比率目标差多少", "y26", ("002", "优良天比率达到80%", "80"),
  ("000", "优良天数比率不低于78%", "78"), chat=True, value="2", tags="difference")
C("r7d103", "怀柔跟房山pm25指标差几个", None, ("cell", "怀柔区", "PM2.5年均浓度"), ("cell", "房山区", "PM2.5年均浓度"),
  chat=True, tags="difference")
S("r7d104", "门头沟哪个镇pm2.5目标最低", "mtg", "2026年PM2.5目标值", "min", chat=True)
C("r7d105", "门头沟和密云 锅炉A、B级单位目标 谁多", "y26", ("001", "力争A级和B级锅炉使用单位累计达到30家", "30"),
  ("002", "力争B级及以上锅炉使用单位累计达到15家", "15"), chat=True, value="门头沟")
C("r7d106", "Which has a stricter PM2.5 target, Miyun or Mentougou?", "y26", ("002", "细颗粒物浓度控制在26微克", "26"),
  ("001", "PM2.5年均浓度达到27微克", "27"), chat=True, value="密云", tags="english")
C("r7d107", "顺义昌平pm2.5指标一样不", None, ("cell", "顺义区", "PM2.5年均浓度"), ("cell", "昌平区", "PM2.5年均浓度"),
  chat=True)
C("r7d108", "大兴 密云 门头沟 三个区哪个pm2.5定得最高", "y26", ("000", "全区PM2.5年均浓度不高于30微克", "30"),
  ("002", "细颗粒物浓度控制在26微克", "26"), ("001", "PM2.5年均浓度达到27微克", "27"), chat=True, value="大兴")
C("r7d109", "大兴建设用地安全利用率 21年跟今年比", "dx", ("004", "全区污染地块安全利用率达到92%", "92"),
  ("000", "重点建设用地安全利用率达到100%", "100"), chat=True, tags="two_years")
C("r7d110", "延庆和东城 优良天数比率差多少？", None, ("cell", "延庆区", "优良天数比率"), ("cell", "东城区", "优良天数比率"),
  chat=True, tags="difference")
# --- compares, plan
C("r7d111", "大兴区和密云区2026年重污染天数的控制目标是否相同？", "y26", ("000", "重污染天不超过3天", "3"),
  ("002", "重污染天数控制在3天以内", "3"))
