"""Every user-facing Chinese string of the bot, in one place."""

HELP = (
    "我可以回答行动计划里写了什么，并注明出处。可以这样问：\n"
    "· 区水务局牵头哪些措施？\n"
    "· 6月底前要完成哪些任务？\n"
    "· 渣土车归谁管？\n"
    "· 门头沟PM2.5目标是多少？\n"
    "· 大兴和门头沟的全电工地分别谁牵头？\n"
    "列表较长时回复“更多”翻页；说“我是区水务局的”，之后问“我们牵头哪些”即可。"
)
SMALLTALK = "不客气！有关行动计划的问题随时问我，例如“区城管委9月底前要完成什么？”"
EMPTY = "请直接输入问题，例如“区水务局牵头哪些措施？”"
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

ROLE_WORDS = {"lead": "牵头", "responsible": "主责/责任", "assist": "协办", "main": "牵头或主责", "any": "参与"}
FIELD_WORDS = {"lead": "牵头单位", "responsible": "责任单位/主责单位", "assist": "协办单位", "deadline": "完成时限"}
LIST_HEAD_UNIT = "{unit}{role}的措施共 {n} 项"
LIST_HEAD_DEADLINE = "完成时限{phrase}的措施共 {n} 项"
LIST_HEAD_BOTH = "{unit}{role}、完成时限{phrase}的措施共 {n} 项"
LIST_SCOPE = "（{where}）"
LIST_EMPTY = "没有找到{what}的措施（{where}）。"
LIST_COLLECTIVE = "另有 {n} 项写的是“{names}”（含{unit}所在的镇街），可问“{example}”查看。"
NO_MORE = "没有更多了。"
MORE_PAGE = "（续）第 {start}–{end} 项，共 {n} 项"
DEADLINE_NONE_TEXT = "未写完成时限"

ATTRIBUTE_VALUE = "{field}：{value}"
ATTRIBUTE_EMPTY = "{field}：未列明"
MEASURE_QUOTE = "措施：“{text}”"
MEASURE_LINE = "{text}（{units}{deadline}）"
MEASURE_LEAD = "牵头：{units}"
MEASURE_DEADLINE = "时限：{deadline}"

INDICATOR_VALUE = "{entity}的{indicator}：{value}"
INDICATOR_TABLE = "《{title}》{table}"
COMPARE_ITEM = "{who}：{text}"
COMPARE_MISSING = "{who}：计划中没有找到相关内容"

CITE = "《{title}》（{issuer}{year}）{place}"
CITE_ITEM = "第{n}项"

# Rendering and platform fallbacks
MORE_HINT = "还有{n}项，回复“更多”查看"
SOURCE_PREFIX = "来源："
DEFAULT_TITLE = "政策问答"
UNSUPPORTED_MESSAGE = "目前只能回答文字提问，请直接输入问题，例如“大兴区2026年空气质量目标是什么？”"
ERROR_MESSAGE = "抱歉，暂时无法回答，请稍后再试。"
