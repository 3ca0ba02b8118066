"""Every user-facing Chinese string of the bot, in one place."""

HELP = (
    "我可以回答行动计划里写了什么，并注明出处。可以这样问：\n"
    "· 区水务局牵头哪些措施？\n"
    "· 6月底前要完成哪些任务？\n"
    "· 渣土车归谁管？\n"
    "· 门头沟PM2.5目标是多少？\n"
    "· 大兴和门头沟的全电工地分别谁牵头？\n"
    "列表较长时回复“更多”翻页；接着问“那门头沟呢”“21年的呢”“第3项谁配合”即可追问；\n"
    "说“我是区水务局的”，之后问“我们牵头哪些”；群里说“本群是大兴区的”，之后默认查大兴区的计划。"
)
SMALLTALK = "不客气！有关行动计划的问题随时问我，例如“区城管委9月底前要完成什么？”"
UNCLEAR = "没有看懂这条消息，计划中没有找到相关内容。有关行动计划的问题随时问我，例如“区城管委9月底前要完成什么？”"
TOO_LONG = "问题太长了（{n}字），请用一两句话提问。"

NOT_FOUND = "计划中没有找到与“{q}”直接相关的内容。"
SEARCHED = "已查找：{where}。"
SUGGEST = "可以换个说法，或问具体的单位、时限，例如“{example}”。"
SUGGEST_EXAMPLE = "区生态环境局牵头哪些措施"
CLOSEST = "最接近的内容：{item}"
ALL_PLANS = "全部计划"

UNKNOWN_UNIT = "计划里没有找到“{unit}”这个单位。"
UNKNOWN_UNIT_HINT = "可以用计划里的名称，例如：{examples}。"
UNIT_DID_YOU_MEAN = "是指{name}吗？"
UNIT_DID_YOU_MEAN_ONE_OF = "是指{names}中的哪一个？"
INVALID_DEADLINE = "“{phrase}”不是有效的时间，请说明具体月份，例如“6月底前”。"
NO_UNIT_FOR_LIST = "请说明是哪个单位，例如“区水务局牵头哪些措施？”，或先告诉我“我是区水务局的”。"
UNIT_SET = "好的，已记住您是{unit}。之后可以直接问“我们牵头哪些”“我们6月底前要完成什么”。"
ISSUER_SET = "好的，已记住您是{where}的，之后的问题默认查{where}的计划。"
SCOPE_SET = "好的，本群之后的问题默认查{where}的计划（问题里写了别的区或年份时按问题查）。"

# Follow-ups ("那门头沟呢", "21年的呢", "第3项谁配合")
NEEDS_CONTEXT = ("没有找到可以接着问的上一个问题。请先问一个完整的问题，例如“区水务局牵头哪些措施？”；之后可以接着问“那门头沟呢”“21年的呢”"
                 "“第3项谁配合”。")
NO_ITEMS = "上一个回答没有列出措施，可以换个说法再问一次。"
NO_SUCH_ITEM = "上一个回答只有 {n} 项，请说第1–{n}项中的一项。"
WHICH_ITEM = "上一个回答列出了 {n} 项，请说是第几项，例如“第3项谁配合”。"
ITEM_QUOTE = "第{n}项：“{text}”"  # "第3项谁配合": the answer first, then which item it is

# how a list names two or more units: every one of them in the role (和) or any of them (或)
UNITS_ALL, UNITS_ANY = "和", "或"
ROLE_WORDS = {"lead": "牵头", "responsible": "主责/责任", "assist": "协办", "main": "牵头或主责", "any": "参与"}
FIELD_WORDS = {"lead": "牵头单位", "responsible": "责任单位/主责单位", "assist": "协办单位", "deadline": "完成时限"}
LIST_HEAD_UNIT = "{unit}{role}的措施共 {n} 项"
LIST_HEAD_EACH = "{counts}（合计 {n} 项，下面一起列出）"
LIST_EACH_UNIT = "{unit}{role} {n} 项"
LIST_HEAD_DEADLINE = "完成时限{phrase}的措施共 {n} 项"
LIST_HEAD_BOTH = "{unit}{role}、完成时限{phrase}的措施共 {n} 项"
LIST_TOPIC = "{phrase}、涉及“{topic}”"  # 扬尘方面6月底前的: the deadline and the topic the list is narrowed to
LIST_SCOPE = "（{where}）"
LIST_HEAD_TOTAL = "{where}{part}共 {n} 项措施"
LIST_TOTAL_PARTS = "其中{parts}"
# a deadline shown in a list's head when the question's own words would read oddly there
# (English, 没时限的): what the filter means, in the plans' words
DEADLINE_NONE_SHOWN = "未写明"
DEADLINE_BY_SHOWN = "{day}前"
DEADLINE_WITHIN_SHOWN = "在{first}至{last}之间"
DEADLINE_DAY = "{m}月{d}日"
DEADLINE_MONTH_END = "{m}月底"
DEADLINE_YEAR_END = "年底"
LIST_EMPTY = "没有找到{what}的措施（{where}）。"
LIST_WHAT_DEADLINE = "完成时限{phrase}"
LIST_WHAT_BOTH = "{unit}{role}、完成时限{phrase}"
LIST_OLDER = "{year}年的计划另有 {n} 项，问“{short}年的呢”可查看。"
LIST_COLLECTIVE = "另有 {n} 项写的是“{names}”（含{unit}所在的镇街），可问“{example}”查看。"
NO_MORE = "没有更多了。"
NO_PLAN = "没有收录{places}的计划，已收录：{editions}。"
NO_PLAN_ASIDE = "另：没有收录{places}的计划（已收录：{editions}），这里只答已收录的。"
OLDER_ONLY = "（{newest}年的计划没有写这一条，以下出自{year}年的计划）"
OLDER_PLANS = "（{years}年计划也有相关内容，问“{short}年的呢”可查看）"
MORE_PAGE = "（续）第 {start}–{end} 项，共 {n} 项"
DEADLINE_NONE_TEXT = "未写完成时限"

ATTRIBUTE_VALUE = "{field}：{value}"
ATTRIBUTE_EMPTY = "{field}：未列明"
ATTRIBUTE_NOT_PRINTED = "没有找到{fields}：计划里这条措施没有写明。"
# "河长制那条 水务局牵头吗": after the field's printed line, whether the unit asked about holds it
ROLE_CHECK_YES = "是，{unit}是这条措施的{field}。"
ROLE_CHECK_NO = "不是，{unit}不是这条措施的{field}。"
ROLE_CHECK_NO_OTHER = "不是，{unit}不是这条措施的{field}，是{other}。"
MEASURE_QUOTE = "措施：“{text}”"
MEASURE_LINE = "{text}（{units}{deadline}）"
MEASURE_LEAD = "牵头：{units}"
MEASURE_DEADLINE = "时限：{deadline}"

INDICATOR_VALUE = "{entity}的{indicator}：{value}"
INDICATOR_STATED = "{issuer}计划中的措施：{text}"  # the row's own plan states the same target
INDICATOR_TABLE = "《{title}》{table}"
COMPARE_ITEM = "{who}：{text}"
COMPARE_MISSING = "{who}：计划中没有找到相关内容"
COMPARE_FIELDS = "结论：{parts}。"  # the asked columns of each side's measure, the answer first
COMPARE_FIELD_SAME = "{field}一样，都是{value}"
COMPARE_FIELD_DIFFER = "{field}不同（{values}）"

CITE = "《{title}》（{issuer}{year}）{place}"
CITE_ITEM = "第{n}项"

# Rendering and platform fallbacks
MORE_HINT = "还有{n}项，回复“更多”查看"
SOURCE_PREFIX = "来源："
DEFAULT_TITLE = "政策问答"
BOT_WELCOME = "你好！我可以回答行动计划里写了什么，并注明出处。在群里@我或直接发问题，例如：区水务局牵头哪些措施？6月底前要完成哪些任务？渣土车归谁管？"
UNSUPPORTED_MESSAGE = "目前只能回答文字提问，请直接输入问题，例如“大兴区2026年空气质量目标是什么？”"
ERROR_MESSAGE = "抱歉，暂时无法回答，请稍后再试。"

# Compare and superlative answers over numbers (bot/compare.py)
COMPARE_VALUE = "{who}：{value}"
COMPARE_NO_NUMBER = "{who}：计划中没有写明{metric}的目标数值"
COMPARE_NO_PLAN = "{who}：没有收录{who}的计划"
COMPARE_NONE = "计划中没有找到{metric}的目标数值。"
COMPARE_NO_NUMBER_QUOTE = "{who}：没有写明{metric}的具体数值，计划写的是“{text}”"
CONCLUSION = "结论："  # how every numbers conclusion starts
COMPARE_SAME = "结论：一样，都是{value}。"
COMPARE_NOT_SAME = "结论：不一样，"  # 一样吗 asked, the values differ: then which side and by how much
COMPARE_STRICTER = "结论：{who}更严（{pair}，{way}），相差{diff}。"
COMPARE_LOOSER = "结论：{who}更宽松（{pair}，{way}），相差{diff}。"  # 哪个宽松: the side asked for
COMPARE_HIGHER = "结论：{who}更高（{pair}），相差{diff}。"
COMPARE_MORE = "结论：{who}更多（{pair}），相差{diff}。"
COMPARE_ASKED = "结论：{who}更{word}（{pair}），相差{diff}{note}。"  # 谁高 / 哪个少: the side asked for
STRICT_NOTE = "；{way}，{who}更严"
COMPARE_RANGE = "结论：最低的是{lo}（{lo_v}{unit}），最高的是{hi}（{hi_v}{unit}）{note}。"
RANGE_STRICT = "；{way}，{who}最严"
COMPARE_UNITS_DIFFER = "两边的单位不同，无法直接比较数值。"
BETTER_WORDS = {"lower": "越低越严", "higher": "越高越严"}
DIFF_POINTS = "{d}个百分点"
SET_WORDS = {"district": "各区", "town": "各镇街", "street": "各街道"}
SUPERLATIVE_WORDS = {"min": "最低", "max": "最高", "strictest": "最严", "loosest": "最宽松"}
SUPERLATIVE_HEAD = "{set}{metric}目标{word}的是{who}：{value}"
EACH_HEAD = "{set}{metric}目标（{n} 个）："
EQUALS_HEAD = "{set}{metric}目标是{value}的有 {n} 个：{who}"
EQUALS_NONE = "{set}{metric}目标没有是{value}的。"
SUPERLATIVE_RANGE = "（共 {n} 个有数值，从 {lo} 到 {hi}{unit}）"
SUPERLATIVE_NONE = "计划中没有找到{set}{metric}的目标数值。"
SUPERLATIVE_TEXT_ONLY = "{set}{metric}没有具体数值，计划中写的是：{values}。"
TIES_MORE = "等 {n} 个（并列）"
RANK_HEAD = "{who}{metric}目标{value}，在{set}（{n} 个有数值）中{pos}{ties}{note}"
RANK_POS = {"max": "最高", "min": "最低"}
AGGREGATE_SUM = "{set}{metric}目标合计 {value}（{n} 个有数值相加）"
AGGREGATE_MEAN = "{set}{metric}目标平均 {value}（{n} 个有数值的算术平均）"
RANK_MIDDLE = "排第 {n} 高"
RANK_TIES = "（与{who}并列）"
RANK_STRICT = "；{way}，即最严"
RANK_LOOSE = "；{way}，即最宽松"
RANK_ALL_SAME = "{who}{metric}目标{value}，{set}（{n} 个有数值）都一样"
SUPERLATIVE_ALL_SAME = "{set}{metric}目标都一样（{n} 个都是{value}），没有最高或最低。"

# deadline digests pushed to group robots (planbot remind)
DIGEST_TITLE = "{unit}：{soon}项即将到期，{late}项已逾期"
DIGEST_WINDOW = "（{today}起{days}天内到期的措施，及本年度已过期限的措施）"
DIGEST_SOON = "即将到期："
DIGEST_LATE = "已逾期："

# the deadline chart page (/chart)
CHART_PAGE_TITLE = "完成时限分布"
CHART_TITLE = "{scope}各月到期的措施数"
CHART_BAR = "{label}：{n}项"
CHART_MONTH = "{year}年{month}月"
CHART_NO_DATE = "长期/未定"
CHART_LIST = "{label}：共{n}项"
CHART_EMPTY = "这个范围内没有措施。"
CHART_UNKNOWN_UNIT = "没有找到单位“{unit}”，请换个名称（例如“区水务局”）。"
CHART_ALL_ISSUERS = "全部"
CHART_ALL_YEARS = "全部年份"
CHART_ISSUER = "发文单位"
CHART_YEAR = "年份"
CHART_UNIT = "单位（牵头或主责）"
CHART_UNIT_HINT = "例如 区水务局"
CHART_SHOW = "查看"
CHART_BACK = "← 返回问答"
CHART_PLACE = "{plan} {attachment} 第{n}项"

# 当前设置, and the 台账 download ("导出我们的台账")
SETTINGS = "当前设置：\n· 本群默认计划：{group}\n· 您的单位：{me}\n修改：“本群是门头沟区2026”“设置 区：大兴 年份：2026”“我是区水务局的”。"
SETTINGS_NONE = "未设置"
SETTINGS_STATELESS = "这里不保存设置；在钉钉、企业微信或网页中说“我是区水务局的”“本群是大兴区2026”即可记住。"
EXPORT_WHICH_UNIT = "导出哪个单位的台账？例如“导出区水务局的台账”，或先说“我是区水务局的”。"
EXPORT_READY = "已生成{unit}{role}的台账：共{n}项（{where}），每项一行，含完成时限和牵头、主责、协办单位。"
EXPORT_EMPTY = "{where}中没有{unit}{role}的措施，未生成台账。"
EXPORT_LINK = "下载台账（Excel，{minutes}分钟内有效）"
DOWNLOAD_GONE = "下载链接无效或已过期，请在聊天中重新说“导出我们的台账”。"
