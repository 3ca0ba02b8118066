"""Query understanding: what a chat message asks, as typed slots, and the intent one rule table names.

`parse_query` is pure (text, scope, today, the unit directory and the issuers that have plans in;
a frozen `Query` out), so every rule here is tested alone.  The slots are read first (places,
years, units and role, deadline, fields asked, indicator terms…); then `INTENT_RULES`, one ordered
table of (name, intent, predicate over the slots), names the intent: the first rule that holds
wins, topic is the fallback.  It never guesses: an unknown unit, an impossible date or a place
without a plan is reported as such (`unknown_units`, `invalid_deadline`, `missing_places`) for
the bot to say so.

Role words, as decided for this product:
  牵头 -> lead; 主责 / 责任单位 -> responsible; 配合 / 协办 / 协助 -> assist;
  负责 -> main (lead or responsible: "X负责哪些" asks for X's own duties, whichever of the two
  columns a plan prints them in; 负责牵头 / 牵头负责 stay lead);
  参与 / 涉及 / 有关 / 相关, or no role word at all ("X有哪些任务") -> any.
  English the same way: lead(s) -> lead; responsible / in charge -> main; assist / support ->
  assist; involved / take part -> any ("which measures does the water bureau lead").
Deadline phrases: index.deadlines, the one grammar shared with ingest.
Places: index.places (the gazetteer); which of them have a plan is the caller's `issuers`.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from datetime import date
from functools import cached_property, lru_cache
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from planbot.index import places as gazetteer
from planbot.index.metrics import default_metrics
from planbot.index.deadlines import DEADLINE_AHEAD, DeadlineFilter, Reading, cn_number, normalize_label, read_deadline
from planbot.index.units import UnitDirectory, UnitMention, fold, syllables
from planbot.retrieval.asks import of_office
from planbot.retrieval.tokenize import is_dictionary_word

__all__ = ["CITY", "DeadlineFilter", "INTENT_RULES", "Query", "asks_comparison", "clean_text", "normalize_label", "parse_query",
           "strip_mentions"]

Intent = Literal["topic", "attribute", "dept_list", "deadline_list", "indicator", "compare",
                 "help", "smalltalk", "unclear", "more", "set_unit", "empty", "settings", "export"]
Role = Literal["lead", "responsible", "assist", "main", "any"]
AttributeField = Literal["lead", "responsible", "assist", "main", "any", "deadline"]

CITY = "北京市"
MAX_CHARS = 2000  # a longer message is a paste; its head says what is asked
BOT_NAMES = ("机器人", "planbot", "小助手", "助手", "bot")
CONVERSATION = ("empty", "help", "smalltalk", "unclear", "more", "settings")  # answered without reading the slots

_MENTION = re.compile(r"^\s*@(?:" + "|".join(BOT_NAMES) + r")\s*|^\s*@\S*(?:\s+|$)", re.I)
_BOT_PREFIX = re.compile(r"^\s*(?:" + "|".join(BOT_NAMES) + r")\s*[,，:：]\s*", re.I)
_BOT_MENTION = re.compile(r"@(?:" + "|".join(BOT_NAMES) + ")", re.I)
_DROPPED = {"So", "Sk", "Cs", "Co", "Cf", "Cn", "Cc", "Mn", "Me"}  # emoji, modifiers, controls, variation selectors
_URL = re.compile(r"(?:https?://|www\.)[^\s)）\]]+", re.I)  # a pasted link: no topic words, only digits and dots
_PUNCT = re.compile(r"[\s,，.。!！?？~～、;；:：…()（）“”\"'‘’\-—]+")

_GREETING = re.compile(r"你好|您好|hi|hello|hey|嗨|哈喽|在吗|在不在|机器人|小助手", re.I)
_HELP = re.compile(r"^(?:帮助|help|菜单|功能|使用说明|说明|怎么用|如何使用|你能做什么|你会什么|能做什么|你能干啥|能干啥|"
                   r"能干什么|你能干什么|会干啥|能问什么|可以问什么|都能问啥|有什么功能|有啥功能)+$", re.I)
_CHAT_WORDS = (r"谢谢你?|感谢|多谢|谢了|谢啦|辛苦了?|好的|好滴|收到|明白了?|了解|知道了|ok|okay|thx|thanks|"
               r"thank you|哈+|呵+|嘿+|嗯+|哦+|噢+|你是谁|你叫什么名?字?|你是什么|你是机器人吗|再见|拜拜|bye|"
               r"晚安|早上好|早安|早|晚上好|午安|中午好|下午好|牛|厉害|赞|不错|棒|你好|您好|hi|hello|"
               # 谢谢啦 / 好嘞 / 多谢各位老师: particles and the people thanked
               r"好嘞|好哒|好吧|好|行|妥|啦|呀|啊|吧|嘛|哟|喔|了|哒|嘞|大家|各位|老师|领导|同事们?")
_SMALLTALK = re.compile(r"^(?:" + _CHAT_WORDS + r")+$", re.I)
# Noise, not a message: laughter or a filler sound alone (哈哈哈, 呵呵, 啊啊啊, 呃, hhh) thanks,
# greets and asks nothing, so it is not answered "不客气"; nor is one character typed over and
# over (水水水水, aaaa) a question about the plan word it happens to be.  Thanks or assent said over
# and over (谢谢谢谢, 嗯嗯嗯, 好好好) stays chat; 666 / 2333 are praise and laughter in digits, left alone.
_NOISE_SOUNDS = re.compile(r"^(?:哈|呵|嘿|嘻|啊|呃|额|唉|哎|诶|h)+$", re.I)
_QUESTION_MARKS = re.compile(r"^[\s?？]+$")
# "谢谢，那密云呢" / "好的，谁牵头" / "收到! 还有吗": thanks or a greeting set off by a mark before the
# question; the question is what follows
_CHAT_OPENER = re.compile(r"^(?:(?:" + _CHAT_WORDS + r")++[\s,，.。!！~～、]++)++(?=\S)", re.I)  # possessive: no backtracking
# "别的措施呢" / "还有其他的吗" / "其他工作有没有" / "还有啥措施": other ones of what was just answered,
# named by an "other" word and at most a noun for measures and an asking end (a noun of its own,
# "还有别的车吗", is a new topic)
_MEASURE_NOUN = r"(?:措施|任务|工作|内容|办法|举措|做法|安排|要求|事项)?"
_ASK_END = r"(?:呢|吗|么|嘛|没有?|有吗|有么|有没有|有哪些|有啥|还有吗|还有没有|还有呢|还有啥|是啥|是什么)?"
_OTHER_ONES = (r"(?:那么?)?(?:还有(?:没有)?|有没有)?(?:别的|其他|其它|其余|另外)的?" + _MEASURE_NOUN + _ASK_END
               + r"|(?:那么?)?还有(?:啥|什么|哪些)" + _MEASURE_NOUN + _ASK_END)
_MORE = re.compile(r"^(?:更多|再来点|再多点|再来几[条项个]|再来一些|下一页|下页|下一批|还有吗|还有呢|还有没有|继续|接着说?|后面的|剩下的|"
                   + _OTHER_ONES + r"|全部|看全部|全部列出|more|next)$", re.I)

_SELF_INTRO = re.compile(r"(?:^|[,，。!！?？;；\s])(?:我|俺|本人|我们|咱们|咱)(?:这边|这里)?(?:是|在|来自|属于|就是)(?:一名|一个)?")
_SELF_REF = re.compile(r"我们(?!区)|咱们(?!区)|俺们(?!区)|我单位|本单位|我局|本局|我委|本委|我这边|我们这边|咱(?![们区])|"
                       r"(?:我|俺|咱)(?:们)?(?:单位|部门|科室)|"
                       r"我的(?=任务|工作|措施|活|事|台账|清单)")
_SETTINGS = re.compile(r"^(?:查看|显示|看看|看下)?(?:当前|现在|目前|本群|我的)?的?(?:设置|绑定|配置|范围)(?:是什么|是啥|有哪些)?$")
# 要一份台账 asks for the file; 要不要建台账 / 要建立台账吗 ask whether a measure keeps one (the plans print
# 建立…台账), so neither 要不要 nor a ledger being built (建/立/编/做 台账) is a download
_EXPORT = re.compile(r"导出|下载|(?:生成|给我|发我|(?<!不)要(?!不))[^,，。]{0,6}?(?<![建立编做])(?:excel|表格|xlsx|台账)", re.I)
_COMMAND = re.compile(r"导出|下载")
_LEDGER = re.compile(r"台账|清单|表格|excel|xlsx|列表", re.I)

_UNIT_NOUN = r"(?:单位|部门|机构|局|委|口子|科室|处室)"  # 哪个口子管: staff's word for a department
_WHICH_ONES = r"哪(?:些|几?[个家])?"  # 协办单位是哪些 / 牵头的是哪个 / 协办有哪几家: the whole asking word
_ATTR_UNIT = re.compile(
    r"(?:由|是|归|属于)?(?:谁|(?:哪个|哪些|哪家|哪几个|哪几家|什么|啥)" + _UNIT_NOUN + r"|哪几?家|哪些(?=一起|一块|一同|一道|共同))"
    r"(?:来|去|在|是|主要|具体|一起|一块儿?|一同|一道|共同)?"
    r"(?P<v1>牵头|挑头|领头|带头|[牵挑领带]的头|挂帅|打头|领衔|主责|负责|配合|协办|协助|帮忙|帮着|打下手|辅助|参与|主导|管(?![理控护网道廊线委执])|查(?![处询看找])|抓|落实|执行|推动|推进|组织实施|组织|实施|统筹|"
    r"跟进|盯|督(?:着?办|促|查|导)?|监督|承担|清理|清(?![单楚查])|处理|治理|整治|监管|巡查|维护|[干做搞办弄](?![完好成]))"
    r"|(?P<v2>牵头|主责|责任|协办|配合|负责|参与)的?(?:单位|部门|局|委)(?:(?:是|有|都有|为|包括|分别是|写的是?|叫)(?:谁|" + _WHICH_ONES + r"|啥|什么|[?？]|$)|(?:咋|怎么)写)"
    r"|(?P<v5>牵头|主责|协办|配合|负责)(?:的?\s*[又都还也]?(?:是|为)(?:谁|" + _WHICH_ONES + r")|的\s*[又都还也]?谁|[又都还也]谁)"  # 协办的都谁
    # 协办有哪些 / 负责的有哪些单位 / 协办的又有谁 / 牵头几家 (of a measure; 城管委配合有哪些 is a list)
    r"|(?P<v6>牵头|主责|协办|配合|负责)(?:单位|部门|的)?\s*(?:[都又还也]?有(?:谁|" + _WHICH_ONES + r"|啥)|(?:是|有|共)?几家)"
    r"|(?P<v3>牵头|主责|责任|协办|配合|负责)(?:单位|部门)(?:呢|[?？]|$|(?=[和、及与跟,，\s]|是否|一样|一致|相同|不同|有(?:什么|啥|何)?(?:不同|区别)|变了|分别|各是))"
    # 全电工地 牵头？ / 节水型社会 主责呢 / 牵头的呢 / 货运通道 牵头 责任 / 谁牵头？配合的呢？时限？: a bare
    # role word asked of what comes before (a question mark or 呢 after it, or another field word; not
    # the end: 水务局和园林局一起牵头 is a list; 牵头的 only before 呢)
    r"|(?P<v7>牵头|主责|协办|配合|责任)(?:(?:单位|部门)?(?:呢|(?=[?？]|[,，、\s]+(?:牵头|主责|责任|协办|配合|时限|完成时限|截止|什么时|啥时)))|的呢)"
    # 还有谁 / 跟谁一起 / 还有哪些单位: the other units on a measure, whatever their column
    r"|(?P<v8>还有(?:谁|哪(?:个|些|几)(?:个|家)?(?:单位|部门)|什么单位|啥单位)|(?:跟|和|与|同)(?:谁|哪(?:个|些|几)?家?(?:单位|部门))(?:一起|一块儿?|一道|一同|合作|协同)|谁(?:一起|一块儿?|一道|一同))"
    # 由哪些责任单位落实 / 哪个牵头单位负责 / 有什么协办单位: "which <role> unit" asks that role of the measure
    r"|(?:由|是|归)?(?:哪个|哪些|哪家|哪几个|哪几家|什么|啥)(?P<v9>牵头|主责|责任|协办|配合)(?:单位|部门)"
    r"|(?P<v4>归谁|由谁|找谁|谁家?的(?:事|活)|(?:归|属于)(?:哪个|哪家)(?:单位|部门|机构|局|委)管?|(?:是|属于|归)?(?:哪个|哪家)(?:单位|部门|机构|局|委)的(?:事|活|任务|工作|职责)儿?|(?:哪个|哪家)(?:单位|部门)(?=[的呢啊呀吧□\s?？]*(?:$|\s[\u4e00-\u9fff]{2,4}[?？]?$)))"  # 名录 哪个部门 (密云)
)
_VERB_FIELD: dict[str, AttributeField] = {"牵头": "lead", "挑头": "lead", "领头": "lead", "带头": "lead", "挂帅": "lead", "打头": "lead", "领衔": "lead", "主导": "lead",
               "帮忙": "assist", "帮着": "assist", "打下手": "assist", "辅助": "assist", "主责": "responsible", "责任": "responsible", "配合": "assist", "协办": "assist",
               "协助": "assist", "参与": "any"}
# what any owner does (负责, 落实, 组织实施, 推动): asked of a measure, they name its role, not its topic
_ROLE_DEEDS = frozenset({"负责", "牵的头", "挑的头", "领的头", "带的头", "落实", "执行", "推动", "推进", "组织实施",
                         "组织", "实施", "统筹", "跟进", "承担"})
_DUE_ASK = re.compile(r"完成|到期|截止|要做|要干|[做干弄搞办]完|完工|(?i:\b(?:due|done|finish(?:ed)?|complete[ds]?)\b)")
# a question about what happens around a deadline (6月底前没完成会怎么追责), not a list of what is due
_HOW_ASK = re.compile(r"怎么(?!这么)|如何|咋|怎样|会不会|能否|可以.{0,4}吗|(?i:\b(?:how(?! many\b)|why)\b)")
_YES_NO = re.compile(r"吗|是否|有没有|能不能|可不可以|[^什]么[?？]?$")
# 扬尘方面 / 关于噪声 / 污水相关的: the topic a deadline list is narrowed to
_LIST_TOPIC = re.compile(r"(?:关于|涉及)\s*([^\s□，,。?？、的\d]{2,8})|([^\s□，,。?？、的\d]{2,8}?)(?:方面|相关|领域|这一?块)的?")
# 9月份到期的有没有 / 有没有长期实施的: whether there are any is asked by listing them
_ANY_ASK = re.compile(r"的\s*(?:还|都|也)?有(?:没有|吗|么)[\s?？]*$|有没有[^，,。？?]*的")
_DUE_ASKED = re.compile(r"(?:几|哪个)月份?(?:底|末|中|初|上旬|中旬|下旬)?(?:之?前|以前)?|几号(?:之?前|以前)?")
# 时[限线]: 时限 with 限 typed by its sound (完成时线是啥)
_ATTR_DEADLINE = re.compile(r"(?:最晚|最迟)(?=哪|啥|什么|几|何|多会)|交差|交活|完事儿?(?=[吗呢啊?？\s]|$)|什么时[候侯]|啥时[候侯]|何时|哪天|几时|多久(?=能|可以|要|需要|才|完成|[做干弄搞办建]完|建成|到期)|完成时[限线]|完成时间|完成日期|时[限线]|截止(?:时间|日期)?|期限|时间节点|什么时间|啥时间|"
                            r"到什么时[候侯]|几月份?(?:要|能|得|才|需要)?(?:完成|前|底|[做干弄搞办整]完|搞定|完工)|几号|啥时|多会儿?|哪个月")
_ENGLISH_FIELDS: tuple[tuple[re.Pattern, AttributeField], ...] = (
    (re.compile(r"\bwho\b[^?.]*?\b(?:leads?|leading|takes? the lead)\b"
                r"|\b(?:lead|leading) (?:units?|departments?|agency|agencies|bureaus?)\b", re.I), "lead"),
    (re.compile(r"\bwho\b[^?.]*?\bresponsible\b", re.I), "responsible"),  # the 责任单位 column, by its name
    (re.compile(r"\bwho\b[^?.]*?\b(?:in charge|handles?|manages?)\b"
                r"|\bwhich (?:department|unit|agency|bureau|office)s?\b", re.I), "main"),
    (re.compile(r"\bwho\b[^?.]*?\b(?:assists?|supports?|cooperates?|helps?|co-?organi[sz]es?|collaborates?)\b"
                r"|\b(?:assisting|supporting|cooperating|co-?organi[sz]ing|collaborating) (?:units?|departments?|agency|agencies|bureaus?)\b"
                r"|\bco-?organi[sz]ers?\b", re.I), "assist"),
    # not \b: "deadline是啥" has no word boundary between the English and the Chinese
    (re.compile(r"(?<![A-Za-z])(?:when|deadline|due date|by what date)(?![A-Za-z])", re.I), "deadline"),
)
_LIST_ASK = re.compile(r"哪些|哪几|有啥|有什么|都有|什么任务|啥任务|什么活|啥活|什么事|啥事|什么工作|啥工作|什么措施|"
                       r"干啥|干什么|做啥|做什么|负责什么|负责啥|牵头什么|牵头啥|配合什么|配合啥|清单|列表|列一下|列出|"
                       r"汇总|多少项|多少条|几项|几条|多不多|台账|分工|任务|措施|要完成什么|要完成啥|要干|要做|活儿?|管什么|管啥|"
                       r"(?i:\b(?:measures?|tasks?|actions|list)\b)")
_ROLE_WORDS = (("lead", re.compile(r"牵头|挑头|领头|带头|[牵挑领带]的头|挂帅|领衔|打头|(?i:\b(?:leads?|leading|led)\b)")),
               ("responsible", re.compile(r"主责|责任单位|责任部门|主要责任")),
               ("main", re.compile(r"负责|主抓|管的|(?i:\b(?:responsible|in charge|handles?|manages?)\b)")),
               # co-organizer / collaborating: how 协办单位 is put in English
               ("assist", re.compile(r"配合|协办|协助|辅助|打下手|帮忙|帮着|(?i:\b(?:assists?|assisting|supports?|supporting|"
                                     r"cooperates?|cooperating|co-?organi[sz](?:es?|ing|ers?)|collaborat(?:es?|ing))\b)")),
               ("any", re.compile(r"参与|涉及|有关|相关|参加|关联|管(?:什么|啥|哪些)|(?i:\b(?:involved|participates?|takes? part)\b)")))
_ROLE_WORDS_RX = re.compile("|".join(rx.pattern for _, rx in _ROLE_WORDS))
# what staff ask right after a unit typed without its ending (商务|牵头的, 应急|有啥活, 园林|长期实施的,
# 财政|6月底前的): a role, the work a unit is given, or a deadline (any the deadline grammar reads), so a
# stem elsewhere (应急减排, 交通噪声) stays a topic word, and so does one before a bare 有哪些 / 措施
# (交通有哪些措施 asks about traffic, not the 交通局)
_STEM_FOLLOWS = re.compile(r"[\s的]*(?:都|也|还|又|就|这边|那边|这块|那块)?\s*(?:"
                           r"牵头|挑头|领头|带头|打头|主责|责任单位|负责|配合|协办|协助|打下手|帮忙|参与|参加|涉及|"
                           r"管(?:什么|啥|哪些)|有(?:啥|什么|哪些)(?:活|任务|工作|事)|干啥|干什么|做啥|要干|要做|的?活|"
                           r"(?:要|得|在)?(?:" + DEADLINE_AHEAD.pattern + r"))")
# "民政局牵头吗 / 是不是城管委负责 / 财政局是协办单位不 / 责任单位是不是教委 / was the water authority in
# charge of …": whether one named unit (blanked) holds a role in the measure the rest names, asked yes
# or no; the role word right after the unit (or a column's name right before it)
_CHECK_ROLES = "|".join(rx.pattern for role, rx in _ROLE_WORDS if role != "any") + "|参与|参加"
_ROLE_CHECK = re.compile(
    r"(?:是不是|是否)?\s*(?:由|归|是)?(?P<u1>□+)\s*(?:是不是|是否|是|来|在|也|还)?\s*(?P<r1>" + _CHECK_ROLES + r")(?:单位|部门)?的?"
    r"|(?P<r2>牵头|主责|责任|协办|配合)(?:单位|部门)\s*(?:是不是|是否|是|为|有没有|有)\s*(?P<u2>□+)"
    r"|(?i:^(?:was|is|were|are|does|did|do)\s+(?:the\s+)?(?P<u3>□+)\s+(?P<r3>" + _CHECK_ROLES + r"))"
    # 住建委是全电工地示范的牵头单位吗: the measure named between the unit and its column
    r"|(?P<u4>□+)\s*(?:是不是|是否|是)(?P<mid>[^□?？,，。]{2,24}?)的(?P<r4>牵头|主责|责任|协办|配合)(?:单位|部门)")
# the yes / no asked (吗, 是不是, …吧, …不 at the end; an English question opening with its verb)
_YES_NO_ASK = re.compile(r"吗|(?<!什)么|是不是|是否|对吧|对不对|对不|[吧嘛不没](?=[\s?？!！。]*$)|没有(?=[\s?？]*$)"
                         r"|(?i:^(?:was|is|were|are|does|did|do)\b)")
# which units / which measures: a list asked, not a yes or no
_WHICH_ASK = re.compile(r"哪|谁|有啥|有什么|都有|多少|几[项条个家]|清单|列表|(?i:\b(?:which|who|what)\b)")
# a unit (blanked) right before, maybe with role words between (水务局负责|牵头的有哪些, 水务局牵头或|配合的)
# 环保局牵头 协办的是谁: a unit said with its own role, then who holds another role (谁 asks for units,
# never for a unit's measures)
_OTHER_ROLE_WHO = re.compile(r"□[\s的]*(?P<own>牵头|主责|配合|协办)[\s,，、]+(?!(?P=own))(?:牵头|主责|配合|协办)[^□]*谁[\s?？]*$")
_UNIT_BEFORE = re.compile(r"□[\s的]*(?:这边|那边|这块|那块)?[\s的]*(?:(?:" + _ROLE_WORDS_RX.pattern + r")(?:单位|部门)?[\s的和或者及与跟、/]*)*$")
_FILLER = re.compile(r"承担|职责|作为|重点(?=任务|工作)|事项|列举|列出|罗列|梳理|汇总|统计|这边|那边|这块|那块|我们|咱们|这份|那份|计划里|计划中|行动计划|计划|方案|文件|里面|一下|发我|给我|"
                     r"帮我|请问|麻烦|想问|想知道|今年|目前|现在|具体|主要|一共|总共|全部|所有|工作|任务|措施|清单|列表|"
                     r"出来|单位|部门|完成|到期|内容|都|还|要|需要|有|是|的|了|呢|吗|吧|啊|呀|哦|嘛|在|里|中|和|与|及|跟|"
                     r"哪|些|个|什么|啥|多少|几|谁|项|条|份|做|干|活|事|列|发|请|看|查|问|下")
_COMPARE = re.compile(r"一样吗|一样么|一样不|一不一样|是不是一样|是否一样|是否一致|一致吗|是否相同|相同吗|区别|差别|差异|异同|对比|比较|相比|比一比|有什么不同|"
                      r"有何不同|有啥不同|哪些不同|不同之处|不同点|有什么变化|有何变化|变化大吗")
_INDICATOR_ASK = re.compile(r"(?i:\btarget|\bgoal|\bhow (?:much|many|high|low))|多少|(?<!哪)几(?![月号时点天])|(?:超过|多于|少于|高于|低于)几天|什么水平|啥水平|目标|指标|控制在|达到|不高于|不低于|要求|数值")
# "有啥要求 / 怎么要求的": what a measure requires (content), not a target value, unless a metric is named
_REQUIREMENTS_ASK = re.compile(r"(?:什么|啥|哪些|怎么|咋|如何|怎样)(?:样的?)?要求的?|要求(?:是|有)?(?:什么|啥|哪些)|具体要求")
_EACH_ITEM = re.compile(r"分别|各自|每项|每条|各项|都")
_COUNT_OF_MEASURES = re.compile(r"(?:几|多少)(?:项|条|件|个?任务|个?措施)|(?:措施|任务)的?(?:总数|总量|条数|项数)|(?i:\bhow many (?:measures|tasks|actions)\b)")
_METRIC = re.compile(r"率|比例|比率|占比|浓度|减排量|天数|降尘|水量")
_TERMS = (  # indicator words that are no metric themselves (metrics: index/metrics.toml)
    (re.compile(r"目标值"), "目标值"),
    (re.compile(r"目标(?!值)"), "目标"),
    (re.compile(r"指标"), "指标"),
    (re.compile(r"浓度"), "浓度"),
    (re.compile(r"达标率"), "达标率"),
)
_TERMS_RX = re.compile("|".join(rx.pattern for rx, _ in _TERMS), re.I)
_ENDS_WITH_METRIC = re.compile(r"(?:" + _METRIC.pattern + r")(?:目标|指标)?(?:值)?[\s?？。]*$")
_POLLUTION_TERMS = {"PM2.5", "PM10", "TSP", "VOCs", "NOx", "COD", "TP", "SO2", "NO2", "O3", "氨氮",
                    "优良天数比率", "优良天数", "重污染天数", "降尘", "碳排放"}
_PLANS = (
    (r"(?:污染防治)?攻坚", ("污染防治攻坚",)),
    (r"绿色低碳(?:转型)?|低碳转型", ("绿色低碳转型",)),
    (r"(?:多元协同|协同多元|协同)?共治", ("多元协同共治", "协同多元共治")),
    (r"大气(?:污染防治)?", ("大气污染防治",)),
    (r"水污染(?:防治)?", ("水污染防治",)),
    (r"土壤(?:污染防治)?", ("土壤污染防治",)),
)
_KIND_LIST = re.compile(r"((?:[\u4e00-\u9fff]{1,4}[、和及与])+[\u4e00-\u9fff]{1,4}?)(污染防治)")
_PLAN_SUFFIX = r"(?:的)?(?:\d{4}年)?(?:行动)?(?:计划|方案|附件|那个附件|那份|那部分|部分|篇|文件)"
# the rest of a plan's title before its kind (持续|污染防治攻坚…计划), and a title with no kind
_TITLE_HEAD = r"[^\s□，,。?？、:：]{0,6}?"
_ANY_TITLE = re.compile(r"《?[^\s□，,。?？、:：《]{2,12}?(?:\d{4}年)?行动计划》?")
_ATTACHMENT = re.compile(r"附件\s*(\d{1,2}|[一二三四五六七八九十]{1,2})")
_NUM = r"(\d{1,3}|[一二三四五六七八九十]{1,3})"
# a measure cited by its place in the plan, as officials write it: 附件2第27项 / 计划第13项 / 》第8项 /
# 第二部分第3项 / 序号12.  A bare "第3项…" opening a message is a follow-up (bot/followup.py), not this.
# a plan cited by its title (《美丽大兴建设2026年行动计划》): which plan, not what the question is about
_TITLE = re.compile(r"《[^《》]{0,40}(?:计划|方案)[^《》]{0,12}》")
_PART = re.compile(r"第\s*" + _NUM + r"\s*(?:部分|大项|章)")
_ITEM_NO = re.compile(r"(?:(?:附件\s*\w{1,2}|计划|方案|》|部分|大项|章)[中里的]{0,2}\s*(第\s*" + _NUM + r"\s*(?:项|条|号任务))"
                      r"|(序号\s*(\d{1,3})))")
_CITY_WORDS = re.compile(r"北京市|全市|本市|市级(?:计划|方案|文件|层面|(?=的?[呢吗]?[?？]?$))|(?<!城)市里|北京(?!经济|城市|亦庄)")
_OUR_DISTRICT = re.compile(r"咱区|咱们区|我们区|我区|本区|(?:^|(?<=[在,。\s]))区里")
# "牵头和配合单位分别是谁": two roles asked at once
# "牵头或参与的": a named role or any part at all (a named role alone narrows 参与: 作为协办单位参与)
_ROLE_EITHER = re.compile(r"(?:牵头|主责|负责|配合|协办|协助)(?:单位|部门)?(?:和|或者?|及|与|跟|、|/)(?:参与|涉及|参加)"
                          r"|(?:参与|涉及|参加)(?:单位|部门)?(?:和|或者?|及|与|跟|、|/)(?:牵头|主责|负责|配合|协办|协助)")
_EITHER_UNITS = re.compile(r"或|还是|任一|任何一个|之一")
_EACH_UNIT = re.compile(r"\s*(?:的|都)?(?:分别|各自|各(?![区镇街乡])|每个|每家|\beach\b|\brespectively\b)", re.I)
_ROLE_PAIR = re.compile(r"(牵头|主责|责任|协办|配合)(?:单位|部门|的)?(?:[和、及与跟/+]|\s+)(牵头|主责|责任|协办|配合)"
                        r"(?:单位|部门|(?=的?(?:都|分别|各)?(?:是|有|为)?(?:谁|哪|[?？]|$)))")
# "各区的PM2.5目标 / 各区都 / 各区分别 / 各区计划里" mean every district; elsewhere (各区牵头的, 各区有哪些任务)
# 各区 is the unit the city plan prints as 各区政府
# 各区三季度到期的 / 各区 6到9月的: a deadline said right after 各区, with no role word after it, asks
# what falls due across the districts' plans (各区 年底前牵头的 still names the unit)
_EVERY_DISTRICT_DUE = re.compile(r"\s*(?:" + DEADLINE_AHEAD.pattern + r")(?!.*(?:牵头|主责|负责|配合|协办|协助|参与|责任))")
_EVERY_DISTRICT = re.compile(r"\s*(?:的|都|分别|之间|各自|间|(?:行动)?(?:计划|方案|文件)|[A-Za-z]|浓度|达标率|(?:" + default_metrics().pattern + r"))", re.I)


class Query(BaseModel):
    """One message, understood.

    `content`: the words to search with (the text less the issuer and year words, which the
    filters handle).  `issuer`/`year`: the plan to answer from (text first, else the chat's
    scope); `issuers`/`years` list only what the text itself names (so `years == ()` means the
    year, if any, came from the scope; two of either make a comparison).  `issuers` holds only
    issuers with a plan; a place named whose issuer has none is in `missing_places` (its
    district, or 北京市), and when the text names no place with a plan `issuer` is that missing
    place, so a caller that checks the issuer against the index also refuses to widen.  In an
    indicator question a district is a table row (`entity`), never missing.
    `units` are the known units named (already narrowed to the issuer's level); `unknown_units`
    the unit-like words not in any plan, reported only where the unit is what is asked about
    (list and self-introduction intents), so the bot answers "没有找到这个单位" there and treats
    them as topic words elsewhere.  `self_unit` is set by "我是区水务局的"; `self_reference` by "我们负责什么"
    (use the remembered unit).  `deadline` filters list questions; for a topic question it is only
    a hint.  `plan_words`: the question names a plan ("水污染防治计划"); keep measures whose plan
    title or attachment contains any of them.  `entity`: the place the question is about (the
    town if one is named, else the district; indicator tables have one row each).
    `attribute_field` is `fields[0]`; `fields` lists every attribute asked, in the order asked
    (attribute and compare questions only).
    """

    model_config = ConfigDict(frozen=True)

    text: str
    intent: Intent
    content: str = ""
    issuer: str | None = None
    issuers: tuple[str, ...] = ()
    year: int | None = None
    years: tuple[int, ...] = ()
    attachment: str | None = None
    # a measure cited by position: 第N部分 (the section's ordinal) and 第N项 (the 序号 column)
    part: int | None = None
    item: int | None = None
    plan_words: tuple[str, ...] = ()
    units: tuple[UnitMention, ...] = ()
    unknown_units: tuple[UnitMention, ...] = ()
    self_unit: UnitMention | None = None
    self_reference: bool = False
    role: Role | None = None
    attribute_field: AttributeField | None = None
    deadline: DeadlineFilter | None = None
    invalid_deadline: str | None = None
    indicator_terms: tuple[str, ...] = ()
    entity: str | None = None
    truncated: bool = False
    # places named (districts, towns) whose issuer has no ingested plan: answered as such, never
    # widened to the other plans
    missing_places: tuple[str, ...] = ()
    # every attribute asked, in order ("谁牵头、什么时候完成" -> lead, deadline)
    fields: tuple[AttributeField, ...] = ()
    # "哪个区PM2.5目标最低 / 最严": the direction asked for over several sides
    superlative: Literal["max", "min", "strictest", "loosest"] | None = None
    difference: bool = False  # "差多少 / 相差 / 高多少": the gap between two sides' values
    # "三个区时限一样吗 / 各区有何不同": every district with a plan is a side (compare only, not
    # a superlative)
    all_districts: bool = False
    # "哪些区PM2.5目标是26": the value a set's members must have (compare only)
    equals: float | None = None
    # "门头沟各镇街PM2.5目标分别多少": every member of a set with its value (compare only)
    each: bool = False
    # "大兴PM2.5目标在各区里算高吗": where one place's value stands in its set (compare only)
    rank: bool = False
    # "密云这个计划一共多少项措施": every measure of the plan(s) asked, counted (dept_list, no unit)
    total: bool = False
    # two or more units in a list question: "all" = measures naming every one of them (水务局和园林局
    # 一起牵头的), "any" = naming at least one (水务局或园林局牵头的), "each" = each unit's own
    # list, counted apart (交通局和城管委分别牵头几项)
    units_join: Literal["all", "any", "each"] = "all"
    # the chat's own district (its scope) in a comparison: the other side of "和密云比" (compare only)
    home: str | None = None
    # "扬尘方面6月底前的": a deadline list narrowed to measures about that word (deadline_list only)
    list_topic: str | None = None
    # "河长制那条 水务局牵头吗": the unit whose role in the measure is asked yes or no (attribute:
    # `fields` starts with the role asked of it); on a unit's list, "住建委牵头吗" naming no measure
    # (`role` is the role asked), which after an answer asks it of the measure shown
    checked_unit: UnitMention | None = None

    @property
    def more(self) -> bool:
        """"更多" / "下一页": continue the last list."""
        return self.intent == "more"


# "谁负责*": chat users resend a mistyped message with * before or after it; the mark means nothing
_TYPO_MARK = re.compile(r"^\*+|\*+$")


def clean_text(text: str) -> str:
    """The question as the rest of the pipeline sees it.

    Width and traditional characters folded (index.units.fold), leading @mentions and bot names
    removed, emoji and other symbols dropped, whitespace collapsed.  Chinese punctuation keeps
    its meaning (，→, and ？→? fold; 。、“” stay).
    """
    t = strip_mentions(fold(text))
    t = "".join(" " if unicodedata.category(ch) in _DROPPED else ch for ch in t)
    return _TYPO_MARK.sub("", re.sub(r"\s+", " ", t).strip()).strip()


def strip_mentions(text: str) -> str:
    """Remove a leading @机器人 / @anyone / "机器人：" and any @机器人 later in the message."""
    while m := _MENTION.match(text) or _BOT_PREFIX.match(text):
        text = text[m.end():]
    return _BOT_MENTION.sub(" ", text)


class _Place(NamedTuple):
    """A place the text names: `district` is the issuer it stands for (北京市 for the city),
    None for 咱区 in a chat with no district scope; `town` its own name for a town or street;
    `ours` for 咱区 / 本区 (the chat's district: a plan, not an indicator row)."""

    start: int
    end: int
    district: str | None
    town: str | None = None
    ours: bool = False


class _Slots:
    """What one message says, read on demand (the conversation rules need only `bare`)."""

    def __init__(self, raw: str, scope: Any, today: date, units: UnitDirectory, issuers: Collection[str],
                 places: gazetteer.Gazetteer | None) -> None:
        self.raw = raw
        self.truncated = len(raw) > MAX_CHARS
        self.scope_issuer, self.scope_year = _scope(scope)
        self.today, self.units = today, units
        self.plan_issuers = frozenset(issuers)
        self.gazetteer = _with_issuers(places or gazetteer.load(), self.plan_issuers - {CITY})
        # 蜜云, 门头钩: a district typed by its sound is that district (a dictionary word never is)
        self.text = self.gazetteer.respell(_CHAT_OPENER.sub("", clean_text(raw[:MAX_CHARS])), is_dictionary_word)
        self.bare = _PUNCT.sub("", self.text)

    # ------------------------------------------------------------------ chat
    @cached_property
    def rest(self) -> str:
        """The raw message less mentions: is anything there at all (a lone emoji, a lone "?")?"""
        return strip_mentions(fold(self.raw[:MAX_CHARS]))

    @property
    def emoji(self) -> bool:
        return any(unicodedata.category(ch) == "So" for ch in self.rest)

    # ------------------------------------------------------------------ units
    @cached_property
    def mentions(self) -> list[UnitMention]:
        """Units named; a town named by its stem (斋堂 for 斋堂镇) is the unit the plans print.
        A command verb is no part of a name ("导出区水务局的台账" is not a unit "导出区水务局"), nor is
        an unknown name a metric spells (零排放车队: a thing the plans count, not a unit)."""
        t, units = _blank(self.text, [m.span() for m in _COMMAND.finditer(self.text)], " "), self.units
        metrics = default_metrics().spans(t)
        # 大兴商务牵头的: a unit typed without its 局; in the city's plan, 通州牵头的 (its government)
        stems = units.stem_mentions(t, _STEM_FOLLOWS, self.plan_issuers if self.scope_issuer == CITY else None)
        t = _blank(t, [(m.start, m.end) for m in stems], " ")
        found = stems + [m for m in units.find_mentions(t) if (m.text != "各区" or not (_EVERY_DISTRICT.match(t, m.end) or (
                     self.scope_issuer != CITY and _EVERY_DISTRICT_DUE.match(t, m.end))))
                 and not any(s <= m.start and m.end <= e for s, e in self.rank_set)  # 在各镇街里排第几: a set
                 and (m.known or not any(s <= m.start and m.end <= e for s, e in metrics))]
        rest = _blank(t, [(m.start, m.end) for m in found])
        found += [units.mention(p.text, p.start, p.end, [units.canonical(p.place.name)])
                  for p in self.gazetteer.find(rest) if p.place.kind not in ("区", "市") and units.is_known(p.place.name)]
        return sorted(found, key=lambda m: m.start)

    @cached_property
    def blanked(self) -> str:
        return _respell_roles(_blank(self.text, [(m.start, m.end) for m in self.mentions]))

    @property
    def has_unit(self) -> bool:
        return bool(self.mentions)

    # ------------------------------------------------------------------ places
    @cached_property
    def places(self) -> list[_Place]:
        """Districts, towns, the city and 咱区, in text order (unit names are not places here, nor
        the set a rank is asked in); a district typed by sound right before a unit name (蜜云商务局,
        门头钩卫健委) too."""
        found = _read_places(_blank(self.blanked, self.rank_set), self.gazetteer, self.scope_issuer, self.plan_issuers)
        # read on the blanked text (unit names are no places), a name is still followed by what
        # the message typed: 密云 before 水库 names the reservoir even when a misread unit name
        # (水库官厅 of 密云水库官厅水库) was blanked after it
        typed = fold(self.text)
        found = [p for p in found if p.ours or not typed.startswith(self.gazetteer.not_before, p.end)]
        for m in (m for m in self.mentions if m.known):
            for start in range(max(0, m.start - 4), m.start - 1):
                name = self.units.sounds_like_place(self.text[start:m.start])
                places = self.gazetteer.lookup(name or "")
                if places and places[0].kind == "区" and not any(p.start < m.start and start < p.end for p in found):
                    found.append(_Place(start, m.start, places[0].name))
                    break
        return sorted(found, key=lambda p: p.start)

    @cached_property
    def rank_set(self) -> list[tuple[int, int]]:
        """在全市 / 在各区里 when a rank is asked (算高吗, 排第几), or an extreme of a set of places
        (全市哪个区最多): the set a place is ranked in, not a side."""
        if not (_RANK_ASK.search(self.text) or _superlative(self.text) and _SET_ASK.search(self.text)):
            return []
        return [m.span() for m in _RANK_SET.finditer(self.text)]

    @cached_property
    def named(self) -> list[str]:
        """Issuers the text names as places (districts, the city, 咱区), in order."""
        return list(dict.fromkeys(p.district for p in self.places if p.town is None and p.district))

    @cached_property
    def towns(self) -> list[tuple[str, str]]:
        """(town, district) named: from the gazetteer, and unit names that are places (中关村密云园)."""
        unit_places = [(m.start, m.keys[0], m.district) for m in self.mentions
                       if m.known and m.district and self.units.level(m.keys[0]) != "市"]
        found = [(p.start, p.town, p.district) for p in self.places if p.town] + unit_places
        return [(town, district) for _, town, district in sorted(found)]

    @cached_property
    def text_issuers(self) -> list[str]:
        return [i for i in self.named if i in self.plan_issuers]

    @cached_property
    def missing(self) -> list[str]:
        """Districts (or the city) named, directly or by a town, that have no plan.  Next to a
        place with a plan, one is a second side only when joined to it (大兴和海淀, 跟朝阳比) or
        compared; else it is what that plan says of it (市里对朝阳区…有啥要求, 门头沟与下游石景山区协同)."""
        named = self.named + [d for _, d in self.towns]
        missing = [d for d in dict.fromkeys(named) if d not in self.plan_issuers]
        if not self.text_issuers and self.scope_issuer == CITY and CITY in self.plan_issuers \
                and not _COMPARE.search(self.blanked):
            return []  # a chat on the city's plan: 海淀顺义美丽乡村… asks what that plan says of them
        if not self.text_issuers or _COMPARE.search(self.blanked):
            return missing
        ours = [p for p in self.places if p.district in self.plan_issuers]
        return [d for d in missing if any(
            _JOINED.fullmatch(self.blanked[min(a.end, b.end):max(a.start, b.start)])
            for a in self.places if a.district == d for b in ours)]

    @cached_property
    def issuer_spans(self) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p in self.places if p.town is None and p.district in self.plan_issuers]

    @cached_property
    def place_spans(self) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p in self.places]

    @cached_property
    def entity(self) -> str | None:
        if self.towns:
            return self.towns[0][0]
        return next((p.district for p in self.places if p.district not in (None, CITY) and not p.ours), None)

    @property
    def two_places(self) -> bool:
        """Two plans named, or one with a plan and one without (outside indicator tables)."""
        return len(self.text_issuers) > 1 or bool(self.text_issuers and self.missing and not self.indicator_asked)

    # ------------------------------------------------------------------ years, deadline
    @cached_property
    def year_reading(self) -> tuple[list[int], list[tuple[int, int]]]:
        return _years(self.blanked, self.today)

    @property
    def years(self) -> list[int]:
        return self.year_reading[0]

    @cached_property
    def due_asked_spans(self) -> list[tuple[int, int]]:
        """几月底前 / 几号之前: the deadline asked of a measure, neither a deadline filter nor a topic word."""
        return [m.span() for m in _DUE_ASKED.finditer(self.blanked)]

    @cached_property
    def deadline(self) -> Reading:
        year = self.years[0] if len(self.years) == 1 else self.scope_year or self.today.year
        return read_deadline(_blank(self.blanked, self.due_asked_spans, " "), self.today, year)

    # ------------------------------------------------------------------ what is asked
    @cached_property
    def intro(self) -> tuple[UnitMention | None, str | None, int]:
        return _self_intro(self.text, self.mentions, self.gazetteer)

    @property
    def introduced(self) -> bool:
        return self.intro[0] is not None or self.intro[1] is not None

    @cached_property
    def role(self) -> Role | None:
        return _role(self.blanked)

    @cached_property
    def list_ask(self) -> bool:
        """A list asked, outside the self-introduction (before it too: "我们局都要干啥 我是…的")."""
        if not self.introduced:
            return bool(_LIST_ASK.search(self.blanked))
        end = self.intro[2]
        start = max((m.start() for m in _SELF_INTRO.finditer(self.text) if m.start() < end), default=0)
        return bool(_LIST_ASK.search(self.blanked[:start]) or _LIST_ASK.search(self.blanked[end:]))

    @cached_property
    def self_reference(self) -> bool:
        return not self.has_unit and bool(_SELF_REF.search(self.blanked))

    @cached_property
    def fields(self) -> tuple[AttributeField, ...]:
        return _fields(self.blanked)

    @property
    def unit_asked(self) -> bool:
        """谁牵头 / 哪个部门配合 / 牵头单位是谁."""
        return any(f != "deadline" for f in self.fields)

    @cached_property
    def role_asked(self) -> tuple[UnitMention, Role, list[tuple[int, int]]] | None:
        """"水务局牵头吗" / "是不是城管委负责": (the unit named, the role asked of it, the spans that
        ask it) when a known unit's role is asked yes or no, no list or other unit asked."""
        b = self.blanked
        m = _ROLE_CHECK.search(b)
        asks = [a.span() for a in _YES_NO_ASK.finditer(b)]
        if m is None or not asks or _WHICH_ASK.search(b) or "deadline" in self.fields:
            return None
        start = next(m.start(g) for g in ("u1", "u2", "u3", "u4") if m[g])
        unit = next((u for u in self.mentions if u.start == start and u.known), None)
        role = _role(m["r1"] or m["r3"] or m[0])  # 责任 names its role with 单位
        if unit is None or role is None or role == "any" and not (m["r1"] or m["r3"]):
            return None
        spans = ([(m.start(), m.start("mid")), (m.end("mid"), m.end())] if m["mid"] else [m.span()]) + asks
        return unit, role, spans

    @cached_property
    def role_check(self) -> tuple[UnitMention, Role, list[tuple[int, int]]] | None:
        """"河长制那条 水务局牵头吗": the role asked of a unit (`role_asked`) in one measure, when
        words naming the measure remain."""
        if (check := self.role_asked) is None:
            return None
        rest = _blank(self.blanked, check[2] + self.issuer_spans + self.year_reading[1] + self.place_spans)
        if _content_chars(rest) < 2 and not re.search(r"[A-Za-z]{4,}", rest):
            return None  # 住建委牵头吗 alone: no measure named (a follow-up asks it of the one shown)
        return check

    @cached_property
    def list_topic(self) -> str | None:
        """扬尘方面 / 关于噪声: a topic word said with a deadline (places and the deadline blanked)."""
        d = self.deadline
        if not d.filter:
            return None
        m = _LIST_TOPIC.search(_blank(self.blanked, self.issuer_spans + list(d.spans)))
        return (m[1] or m[2]) if m else None

    @property
    def deadline_list(self) -> bool:
        """A deadline and a list, a unit or a due word (6月底前要完成什么); or a deadline with
        (almost) nothing else ("长期实施的", "按时间节点推进的")."""
        d = self.deadline
        bare = _content_chars(_blank(self.blanked, self.issuer_spans + self.year_reading[1] + list(d.spans)
                                             + self.position[2])) < 4
        return bool(d.filter or d.invalid) and bool(
            self.list_ask or self.has_unit or _DUE_ASK.search(self.blanked) or bare or self.list_topic) \
            and (not _YES_NO.search(self.blanked) or _ANY_ASK.search(self.blanked)) \
            and not _HOW_ASK.search(self.blanked)

    @cached_property
    def terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*default_metrics().terms(self.text), *(t for rx, t in _TERMS if rx.search(self.text))]))

    @cached_property
    def indicator_asked(self) -> bool:
        """A target value (…目标是多少), or a bare "朝阳区PM2.5" / "怀柔 道路比例": a place and a
        metric, nothing else, or a noun phrase ending in one."""
        b, entity = self.blanked, self.entity
        if self.has_unit and (_COUNT_OF_MEASURES.search(b) or self.role and self.dept_list) and not self.terms:
            return False  # 经信局牵头的有几条 / 住建委牵头的有多少: how many measures, not a target
        asked = b if self.terms or _METRIC.search(b) else _REQUIREMENTS_ASK.sub("□", b)
        if _INDICATOR_ASK.search(asked) and (entity or any(t in _POLLUTION_TERMS for t in self.terms) or _METRIC.search(b)):
            return True
        rest = _TERMS_RX.sub("", default_metrics().without(_blank(b, self.place_spans)))
        if not entity or re.search(r"[A-Za-z]{3,}", rest):
            return False  # an English sentence is more than a place and a metric
        # nothing but the place and the metric: 门头沟的vocs治理 asks how VOCs are handled (治理), not a value
        return bool(self.terms and _content_chars(rest) == 0 or _ENDS_WITH_METRIC.search(b))

    @cached_property
    def attachment(self) -> tuple[str | None, list[tuple[int, int]]]:
        return _attachment(self.blanked)

    @cached_property
    def position(self) -> tuple[int | None, int | None, list[tuple[int, int]]]:
        return _position(self.blanked)

    @cached_property
    def plan_words(self) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
        return _plan_words(self.blanked)

    @cached_property
    def superlative(self) -> Literal["max", "min", "strictest", "loosest"] | None:
        return _superlative(self.blanked)

    @cached_property
    def equals(self) -> float | None:
        """哪几个区PM2.5目标是26 / 哪些镇街定为27: a set asked, a metric and the value its members have."""
        if not (self.terms and self.set_asked):
            return None
        m = _EQUALS.search(default_metrics().without(self.blanked))
        return float(m[1]) if m else None

    @cached_property
    def set_asked(self) -> bool:
        """哪些区 / 的镇街有哪些: a set of places asked; read on the text too, as 镇街 alone is
        also a unit's name and blanked with the units."""
        return bool(_SET_ASK.search(self.blanked) or _SET_ASK.search(self.text))

    @cached_property
    def each(self) -> bool:
        """各区 / 各镇街的PM2.5目标(分别多少): a metric asked of every member of a set, no extreme."""
        return bool(self.terms and _EACH.search(self.text) and not self.superlative and not _COMPARE.search(self.blanked))

    @property
    def rank(self) -> bool:
        """One place, a set it is ranked in and a rank asked: 密云的绿色企业比例在全市算高吗."""
        if not _RANK_ASK.search(self.text):
            return False
        if self.towns:  # 清水镇在门头沟算低吗: a town among its district's towns; the district says where
            return len({t for t, _ in self.towns}) == 1 and set(self.named) <= {self.towns[0][1]}
        return bool(self.rank_set or _PEERS_IMPLIED.search(self.text)) and len(set(self.named)) == 1

    @cached_property
    def plan_total(self) -> bool:
        """大兴这个计划一共多少项措施 / 共治计划总共几条: how many measures a plan has, nothing
        else asked (no unit, metric, deadline or topic word)."""
        if self.has_unit or self.self_reference or self.terms or self.deadline.filter \
                or not _COUNT_OF_MEASURES.search(self.blanked):
            return False
        spans = self.place_spans + self.year_reading[1] + self.attachment[1] + self.plan_words[1]
        return _content_chars(_TOTAL_WORDS.sub("", _blank(self.blanked, spans))) == 0

    @property
    def compares_values(self) -> bool:
        """哪个区PM2.5目标最低 / 通州和大兴的PM2.5目标 / 比门头沟高多少: one value per side."""
        named = {*self.named, *(t for t, _ in self.towns)}
        return bool(self.superlative and (self.terms or self.set_asked)
                    or self.terms and (len(named) > 1 or _VERSUS.search(self.blanked) or _EVERY_SIDE.search(self.text))
                    # 大兴跟朝阳差多少家 / 房山和平谷哪个少: any quantity
                    or len(named) > 1 and (_difference(self.blanked) or bool(_VERSUS.search(self.blanked)))
                    or self.equals is not None or self.each)

    @property
    def dept_list(self) -> bool:
        """A unit (or 我们) and its list, with (almost) no topic words left.  A unit named with no list
        or role asked and nothing else left is its list, unless a fact about the office itself is
        asked in words not counted here (the phone number of the water authority: asks.toml)."""
        spans = self.issuer_spans + self.year_reading[1] + list(self.deadline.spans) + self.attachment[1] \
            + self.plan_words[1] + self.position[2]
        rest = _content_chars(_blank(self.blanked, spans))
        return (self.has_unit or self.self_reference) and (bool(self.list_ask or self.role) and rest < 4
                                                                   or rest == 0 and not of_office(self.text))


    @property
    def list_with_due(self) -> bool:
        """A unit's list asked in words (哪些, 都有啥) with when its items are due: no other topic."""
        if not (self.has_unit and self.list_ask and self.fields == ("deadline",)):
            return False
        due = [m.span() for m in _ATTR_DEADLINE.finditer(self.blanked)] + [m.span() for m in _EACH_ITEM.finditer(self.blanked)]
        return _content_chars(_blank(self.blanked, self.issuer_spans + self.year_reading[1] + due)) == 0


def _not_typed(s: _Slots) -> bool:
    return not s.bare


def _noise(s: _Slots) -> bool:
    """Laughter or a filler sound alone, or one character (not a digit) typed three times or
    more that is no word of thanks or assent: see _NOISE_SOUNDS."""
    b = s.bare
    return bool(_NOISE_SOUNDS.match(b)) or (len(b) >= 3 and len(set(b)) == 1 and not b.isdigit()
                                             and not _SMALLTALK.match(b))


# The intent, by the first rule that holds (topic when none does).  Order is meaning: a
# self-introduction before anything else it contains, a comparison before the attribute its
# sides ask for, "谁牵头" before a deadline list, a deadline list before "什么时候完成".
INTENT_RULES: tuple[tuple[str, Intent, Callable[[_Slots], bool]], ...] = (
    ("nothing but a mention or spaces", "empty", lambda s: _not_typed(s) and not s.rest.strip()),
    ("a lone emoji", "smalltalk", lambda s: _not_typed(s) and s.emoji),
    ("a lone question mark (what can I ask?)", "help", lambda s: _not_typed(s) and bool(_QUESTION_MARKS.match(s.rest))),
    ("other punctuation alone (……, ～～～): nothing asked", "unclear", _not_typed),
    ("更多 / 下一页", "more", lambda s: bool(_MORE.match(s.bare))),
    ("laughter, a filler sound or one character over and over (哈哈哈, 啊啊啊, 水水水水)", "unclear", _noise),
    ("thanks and chat (a greeting alone gets help)", "smalltalk",
     lambda s: bool(_SMALLTALK.match(s.bare) and _GREETING.sub("", s.bare))),
    ("帮助 / 你能做什么", "help", lambda s: bool(_HELP.match(_GREETING.sub("", s.bare) or "帮助"))),
    ("当前设置", "settings", lambda s: bool(_SETTINGS.match(s.bare))),
    ("导出我们的台账", "export", lambda s: bool(_EXPORT.search(s.text) and _LEDGER.search(s.text))),
    ("我是区水务局的 / 我是大兴区的", "set_unit", lambda s: s.introduced and not s.list_ask and s.role is None),
    ("a unit's list in two places, no comparison asked (a place without a plan is noted by the bot)", "dept_list",
     lambda s: s.two_places and s.dept_list and len(s.years) < 2 and not s.deadline.filter
     and not _COMPARE.search(s.blanked)),
    ("how many measures a plan has (each plan's when two are named)", "dept_list", lambda s: s.plan_total),
    ("two places or two years, or a comparison word", "compare",
     lambda s: s.two_places or len(s.years) > 1 or bool(_COMPARE.search(s.blanked))),
    ("河长制那条 水务局牵头吗: a named unit's role in one measure, yes or no", "attribute",
     lambda s: s.role_check is not None),
    ("谁牵头 / 哪个部门配合", "attribute", lambda s: s.unit_asked),
    ("a deadline and a list (6月底前要完成什么)", "deadline_list", lambda s: s.deadline_list),
    ("a unit's list and when each is due (水务局牵头的有哪些 分别啥时候完成): the list shows it",
     "dept_list", lambda s: s.list_with_due),
    ("什么时候完成", "attribute", lambda s: "deadline" in s.fields),
    ("where one place's value stands in a set", "compare", lambda s: s.rank),
    ("a metric's value per side, or the extreme side", "compare", lambda s: s.compares_values),
    ("a target value", "indicator", lambda s: s.indicator_asked),
    ("a unit and its list", "dept_list", lambda s: s.dept_list),
)


def parse_query(text: str | None, scope: Any, today: date, units: UnitDirectory, *, issuers: Collection[str],
                places: gazetteer.Gazetteer | None = None) -> Query:
    """Understand one chat message.

    scope: what the chat already knows (a Scope, a dict with issuer/year, or None).
    issuers: the issuers that have plans (the bot passes those of the ingested plans): naming
    one selects its plan; naming another place is a missing plan (or, in an indicator question,
    a table row).  places: the gazetteer (default: the bundled one).
    """
    s = _Slots(text or "", scope, today, units, issuers, places)
    intent: Intent = next((i for _, i, rule in INTENT_RULES if rule(s)), "topic")
    base = dict(text=s.text, issuer=s.scope_issuer, year=s.scope_year, truncated=s.truncated)
    if intent in CONVERSATION:
        return Query(**base, intent=intent)

    missing = s.missing if intent != "indicator" else []
    issuer = _issuer(s, missing)
    years = s.years
    level = "市" if issuer == CITY else "区" if issuer else None
    district = issuer if level == "区" else None
    known = [units.narrow(m, level, district) if level else m for m in s.mentions if m.known]
    self_unit = s.intro[0]
    if self_unit is not None and self_unit.known and level:
        self_unit = units.narrow(self_unit, level, district)

    role, field = s.role, None
    fields = s.fields if intent in ("attribute", "compare") else ()
    checked = None
    if intent == "attribute" and (check := s.role_check):
        checked = units.narrow(check[0], level, district) if level else check[0]
        fields = tuple(dict.fromkeys((check[1], *(f for f in fields if f not in ("main", "any") or f == check[1]))))
    elif intent == "dept_list" and (check := s.role_asked):  # 住建委牵头吗 with no measure named
        checked = units.narrow(check[0], level, district) if level else check[0]
    if intent == "attribute":
        field = fields[0]
    elif intent == "deadline_list":
        role = role or ("any" if s.has_unit or s.self_reference else None)
    elif intent == "dept_list":
        role = role or "any"
    # an unknown unit matters where it is what is asked about; elsewhere it is a topic word
    unknown = tuple(m for m in s.mentions if not m.known) if intent in ("dept_list", "deadline_list", "set_unit", "export") else ()
    return Query(
        **base | dict(issuer=issuer, year=years[0] if len(years) == 1 else (None if years else s.scope_year)),
        intent=intent, content=_URL.sub(" ", _blank(s.text, s.issuer_spans + s.year_reading[1] + s.due_asked_spans
                                                  + _asking_spans(s, intent), "")
                                        ).strip(" ,.!?;:、。"),
        issuers=tuple(s.text_issuers), years=tuple(years), attachment=s.attachment[0],
        part=s.position[0], item=s.position[1],
        plan_words=s.plan_words[0], units=tuple(known), unknown_units=unknown, self_unit=self_unit,
        self_reference=s.self_reference, role=role, attribute_field=field, fields=fields, checked_unit=checked,
        deadline=s.deadline.filter, invalid_deadline=s.deadline.invalid, indicator_terms=s.terms,
        entity=s.entity, missing_places=tuple(missing), superlative=s.superlative, difference=_difference(s.blanked),
        # 各区…最高 / 各区…是26 / 各区…分别多少 range over the table's districts instead
        all_districts=intent == "compare" and not (s.superlative or s.each or s.rank or s.equals is not None)
        and len(s.text_issuers) < 2 and bool(_EVERY_SIDE.search(s.text)),
        units_join=_units_join(s.text, known), equals=s.equals if intent == "compare" else None,
        each=intent == "compare" and s.each and s.equals is None and not s.rank,
        rank=intent == "compare" and s.rank, total=intent == "dept_list" and s.plan_total,
        list_topic=s.list_topic if intent == "deadline_list" else None,
        home=s.scope_issuer if intent == "compare" and s.scope_issuer != CITY else None,
    )


def _units_join(text: str, known: list[UnitMention]) -> Literal["all", "any", "each"]:
    """"any" when 或 / 或者 / 还是 / 任一 joins the first two units named, "each" when 分别 / 各
    follows them, else "all"."""
    if len(known) < 2:
        return "all"
    between = text[known[0].end:known[1].start] + text[known[1].end:known[1].end + 6]
    if _EITHER_UNITS.search(between):
        return "any"
    return "each" if _EACH_UNIT.match(text, known[-1].end) else "all"


def _asking_span(m: re.Match) -> tuple[int, int]:
    """How an attribute is asked; of 谁来督办 / 谁来整治 only 谁来: a deed of two characters or
    more that names no role (督办, 整治, 巡查) is what the measure is about, and searched."""
    deed = m.groupdict().get("v1")
    if deed and len(deed) >= 2 and deed not in _VERB_FIELD and deed not in _ROLE_DEEDS:
        return m.start(), m.start("v1")
    return m.span()


def _asking_spans(s: _Slots, intent: Intent) -> list[tuple[int, int]]:
    """A comparison's own words (its sides, 一样吗, 差多少, 三个区, 时限), and an attribute's (谁牵头,
    哪个口子管, 谁推动, 是哪个局的活, 牵头几家, 啥时候): how it asks, not what it is about, so they
    are not searched for (牵头几家 asks no number of the measure's text; jieba glues 谁来管 into
    one word no measure prints)."""
    if intent == "attribute":
        return [_asking_span(m) for rx in (_ATTR_UNIT, _ROLE_PAIR, _ATTR_DEADLINE) for m in rx.finditer(s.blanked)] \
            + (s.role_check[2] if s.role_check else [])
    if intent != "compare":
        return []
    return s.place_spans + [m.span() for rx in (_COMPARE, _DIFFERENCE, _EVERY_SIDE, _ATTR_DEADLINE)
                            for m in rx.finditer(s.text)]


def _issuer(s: _Slots, missing: list[str]) -> str | None:
    """The plan to answer from: the one the text names, else a town's, else a missing place
    (never widened), else the city for a 市 unit named in a district chat, else the scope."""
    if len(s.text_issuers) == 1:
        return s.text_issuers[0]
    if s.text_issuers:
        return None
    if town := next((d for _, d in s.towns if d in s.plan_issuers), None):
        return town
    if missing:
        return missing[0]
    if (CITY in s.plan_issuers and s.scope_issuer not in (None, CITY)
            and any(m.keys and all(s.units.level(k) == "市" for k in m.keys) for m in s.mentions)):
        return CITY  # 市生态环境局… named in a district chat: the city plan
    return s.scope_issuer


@lru_cache(maxsize=16)
def _with_issuers(g: gazetteer.Gazetteer, issuers: frozenset[str]) -> gazetteer.Gazetteer:
    return g.with_districts(sorted(issuers))


def _scope(scope: Any) -> tuple[str | None, int | None]:
    if scope is None:
        return None, None
    get = scope.get if isinstance(scope, dict) else lambda k: getattr(scope, k, None)
    year = get("year")
    return get("issuer") or None, int(year) if year else None


def _blank(text: str, spans: list[tuple[int, int]], fill: str = "□") -> str:
    """The text with the given spans replaced by `fill` per character ("□" keeps the offsets)."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = [fill] * (e - s)
    return "".join(chars)


def _content_chars(text: str) -> int:
    """How many CJK characters are left once list / role / filler words are gone: topic words."""
    rest = _FILLER.sub("", _LIST_ASK.sub("", _ROLE_WORDS_RX.sub("", text)))
    return len(re.findall(r"[\u4e00-\u9fff]", rest))


def _read_places(text: str, g: gazetteer.Gazetteer, scope_issuer: str | None,
                 plan_issuers: Collection[str]) -> list[_Place]:
    """Places named, in order: 全市 / 北京市 (the city), 咱区 (the chat's district), districts and
    towns from the gazetteer (Chinese or pinyin).  北京市门头沟区 is 门头沟区 alone; a street
    name two districts share is the one with a plan, if either has one."""
    found: list[_Place] = []
    for m in _CITY_WORDS.finditer(text):
        found.append(_Place(m.start(), m.end(), CITY))
    for m in _OUR_DISTRICT.finditer(text):
        found.append(_Place(m.start(), m.end(), scope_issuer if scope_issuer != CITY else None, ours=True))
    taken = [(p.start, p.end) for p in found]
    for m in g.find(text):
        if any(s < m.end and m.start < e for s, e in taken):
            continue
        place = next((p for p in m.places if p.district in plan_issuers), m.place)
        if place.kind == "市":
            if re.search(r"[\u4e00-\u9fff]", m.text):
                continue  # Chinese city words are read above, with their context
            found.append(_Place(m.start, m.end, CITY))
        elif place.kind == "区":
            found.append(_Place(m.start, m.end, place.name))
        else:
            found.append(_Place(m.start, m.end, place.district, place.name))
    found.sort(key=lambda p: p.start)
    # a city word right before a district or town only says where that place is
    return [p for n, p in enumerate(found)
            if not (p.district == CITY and n + 1 < len(found) and text[p.end:found[n + 1].start].strip() in ("", "的")
                    and found[n + 1].district != CITY)]


# 去年已经…, 前年就…: a past year before an adverb of completion says when something was done
_DONE_THEN = re.compile(r"\s*(?:已经|已|早就|就已|就|刚刚|刚)")


# A year after next year marked as a target or a deadline (到2030年, 2030年前, 2025-2030年, 2035年远景目标):
# a date a plan aims at, not a plan of that year.
_TARGET_BEFORE = re.compile(r"(?:到|至|截至|截止|[-—－~～])\s*$")
_TARGET_AFTER = re.compile(r"\s*年?\s*(?:前|以前|之前|底前|远景|目标)")


def _years(text: str, today: date) -> tuple[list[int], list[tuple[int, int]]]:
    """Plan years named: 2021年, 21年, 二〇二一年, 今年/去年/明年.  Years after next year are targets,
    not plans, unless written out as 2028年 and unmarked as a target (2028年门头沟还搞全电工地不: a
    plan of 2028 asked, which no plan is, rather than the words of this year's plan); a bare 2030
    may be a count."""
    found: list[tuple[int, int, int]] = []
    for m in re.finditer(r"(?<![0-9A-Za-z.])(20[1-3]\d)\s*年?(?!\d)", text):
        year = int(m[1])
        if year > today.year + 1 and m[0].endswith("年") \
                and not (_TARGET_BEFORE.search(text[:m.start()]) or _TARGET_AFTER.match(text, m.end(1))):
            year = -year  # a later plan year: kept apart from the targets filtered out below
        found.append((m.start(), year, m.end()))
    for m in re.finditer(r"(?<![0-9A-Za-z.])(\d{2})\s*年(?!代)", text):
        found.append((m.start(), 2000 + int(m[1]), m.end()))
    for m in re.finditer(r"二[〇零○]([〇零○一二三四五六七八九]{2})年?", text):
        found.append((m.start(), 2000 + cn_number(m[1][0]) * 10 + cn_number(m[1][1]), m.end()))
    for m in re.finditer(r"(?<![〇零○一二三四五六七八九十百千万第])([一二])([〇零○一二三四五六七八九])年(?![级代])", text):  # 二一年
        found.append((m.start(), 2000 + cn_number(m[1]) * 10 + cn_number(m[2]), m.end()))
    for word, delta in (("今年", 0), ("本年度", 0), ("本年", 0), ("去年", -1), ("明年", 1), ("前年", -2)):
        for m in re.finditer(word, text):
            if delta < 0 and _DONE_THEN.match(text, m.end()):
                continue  # 去年已经整治完的村: when something was done, not a plan asked about
            found.append((m.start(), today.year + delta, m.end()))
    found = [(s, -y if y < 0 else y, e) for s, y, e in found if y < 0 or 2000 <= y <= today.year + 1]
    return list(dict.fromkeys(y for _, y, _ in sorted(found))), [(s, e) for s, _, e in found]


def _fields(text: str) -> tuple[AttributeField, ...]:
    """Every attribute asked, in the order asked: 谁牵头、什么时候完成 -> (lead, deadline)."""
    found: list[tuple[int, AttributeField]] = []
    for m in _ATTR_UNIT.finditer(text):
        if (m["v5"] or m["v3"] or m["v6"] or m["v7"]) and (_UNIT_BEFORE.search(text[:m.start()])
                                                or _SELF_REF.search(text[max(0, m.start() - 4):m.start()])) \
                and not _OTHER_ROLE_WHO.search(text[:m.end()]):
            continue  # 交警支队牵头的是哪些, 城管委责任单位, 我们负责的有哪些: the unit is the subject, its measures are asked
        found.append((m.start(), "any" if m["v8"] else _VERB_FIELD.get(next(v for v in m.groups() if v).replace("的", ""), "main")))
    for m in _ROLE_PAIR.finditer(text):
        if text[:m.start()].rstrip().endswith("□"):
            continue  # 水务局牵头和主责的, 水务局 牵头 配合: the unit is the subject
        found += [(m.start(1), _VERB_FIELD[m[1]]), (m.start(2), _VERB_FIELD[m[2]])]
    for m in _ATTR_DEADLINE.finditer(text):
        found.append((m.start(), "deadline"))
    for rx, name in _ENGLISH_FIELDS:
        found += [(m.start(), name) for m in rx.finditer(text)]
    return tuple(dict.fromkeys(f for _, f in sorted(found)))


def _self_intro(text: str, mentions: list[UnitMention], g: gazetteer.Gazetteer):
    """("我是区水务局的" -> that unit, "我是大兴区的" -> that district, where the introduction ends).

    The district need not have a plan: then it is a missing place like any other."""
    for m in _SELF_INTRO.finditer(text):
        for mention in mentions:
            gap = text[m.end():mention.start]
            if mention.start >= m.end() and _only_places(gap, g):
                return mention, None, mention.end
        first = next(iter(g.find(text[m.end():])), None)
        if first is not None and first.start == 0 and first.place.kind == "区":
            return None, first.place.name, m.end() + first.end
    return None, None, 0


def _only_places(gap: str, g: gazetteer.Gazetteer) -> bool:
    """A gap like 大兴区 / 北京市 / '' between 我是 and a unit name."""
    rest = _blank(gap, [(p.start, p.end) for p in g.find(gap)], "")
    return not re.sub(r"北京市?|区|市", "", rest).strip()


def _role(text: str) -> Role | None:
    roles = {role for role, rx in _ROLE_WORDS if rx.search(text)}
    if "lead" in roles:
        roles.discard("main")  # 负责牵头 / 牵头负责
    if len(roles) > 1 and not _ROLE_EITHER.search(text):
        roles.discard("any")  # 作为协办单位参与: the named role says how it takes part
    if roles == {"lead", "responsible"}:
        return "main"
    if len(roles) > 1:
        return "any"
    return next(iter(roles), None)


# Role words by their sound, for a typed homophone (牵投, 主则, 协半) when no role word is spelt right.
_ROLE_SOUNDS: dict[tuple[str, str], str] = {("qian", "tou"): "牵头", ("zhu", "ze"): "主责", ("xie", "ban"): "协办",
                                            ("pei", "he"): "配合", ("fu", "ze"): "负责"}


# Role words of other documents, read as the plans' column names (主办 / 协办 is the usual pair where the
# plans print 牵头 / 协办); same length, so spans hold.
_ROLE_SYNONYMS = {"主办": "牵头"}
_ROLE_SYNONYM_RX = re.compile("|".join(_ROLE_SYNONYMS))


def _respell_roles(text: str) -> str:
    """主则单位 -> 主责单位: role words typed by their sound, spelt right in place (same length, so
    every span read on the text holds), when the text spells no role word right; 主办 -> 牵头 always."""
    text = _ROLE_SYNONYM_RX.sub(lambda m: _ROLE_SYNONYMS[m[0]], text)
    if _ROLE_WORDS_RX.search(text):
        return text
    sounds = syllables(text)
    chars = list(text)
    for i, pair in enumerate(zip(sounds, sounds[1:])):
        if pair in _ROLE_SOUNDS:
            chars[i:i + 2] = _ROLE_SOUNDS[pair]
    return "".join(chars)


def _attachment(text: str) -> tuple[str | None, list[tuple[int, int]]]:
    m = _ATTACHMENT.search(text)
    return (f"附件{cn_number(m[1])}", [m.span()]) if m else (None, [])


def _position(text: str) -> tuple[int | None, int | None, list[tuple[int, int]]]:
    """(第N部分, 第N项 / 序号N, the spans of these and of a cited plan title): where in a plan
    the question points."""
    part, item = _PART.search(text), _ITEM_NO.search(text)
    spans = [m.span() for m in _TITLE.finditer(text)] + ([part.span()] if part else [])
    if item:
        spans.append(item.span(1) if item[1] else item.span(3))
    return (cn_number(part[1]) if part else None,
            cn_number(item[2] or item[4]) if item else None, spans)


def _plan_words(text: str) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """The plan a question names by its kind (水污染防治计划 -> its keywords).  A list of kinds
    sharing one ending (大气、水、土壤污染防治行动计划) names the whole document: no narrowing."""
    for m in _KIND_LIST.finditer(text):
        if sum(bool(re.match(rx, stem + m[2])) for stem in re.split(r"[、和及与]", m[1]) for rx, _ in _PLANS) > 1:
            return (), [m.span()]
    for rx, keywords in _PLANS:
        if m := re.search(_TITLE_HEAD + rx + _PLAN_SUFFIX, text):
            return keywords, [m.span()]
    if m := _ANY_TITLE.search(text):  # 美丽大兴建设2026年行动计划: the whole document, named by its title
        return (), [m.span()]
    return (), []


_SUPERLATIVES = (  # first match wins: 最严 before 最低 (最严格的最低值 is still "strictest")
    ("strictest", re.compile(r"最严|最高要求|最苛刻|最紧|strictest|most stringent", re.I)),
    ("loosest", re.compile(r"最宽松?|最松|loosest|most lenient", re.I)),
    ("max", re.compile(r"最高|最大(?!限度|程度|化)|最多|排名?第一|highest|largest|the most\b|maximum", re.I)),
    ("min", re.compile(r"最低|最小(?!化)|最少|lowest|smallest|fewest|the least\b|minimum", re.I)),
)
# the sides of a comparison as a set: 三个区 / 各区 / 这几个区 / 所有区 (read on the text: 各区 may be a unit there)
_JOINED = re.compile(r"(?:区|的)?\s*(?:和|跟|与|同|及|以及|还有|或|或者|、|[,，/&+＋]|\s|(?i:and|vs\.?))+\s*", re.I)  # 大兴和海淀, 门头沟、延庆
_EVERY_SIDE = re.compile(r"(?:各个?|每个|所有|全部|这?几个|这?[两三四五六七八九十]个)区(?![县政委])")
_SET_ASK = re.compile(r"(?:哪个|哪些|哪几个|哪一个|哪|谁|各)(?:区|镇街|镇|街道|乡镇|乡|属地|地区)"
                      r"|(?:区|镇街|镇|街道|乡镇|乡|属地|地区)(?:是|为|有)?(?:哪个|哪些|哪几个|哪一个|哪里|谁)"  # …最多的区是哪个
                      r"|的(?:区|镇街|镇|街道|乡镇|乡|属地|地区)(?=$|[\s?？。!！,，]|是|有|呢|吗)")  # …最少的区
_VERSUS = re.compile(r"(?:哪个|谁)的?(?:[^，,。?？\s]{1,10}?(?:要求|目标|指标))?更?(?:严|低|高|宽松|多|少|好)|更(?:严|低|高|宽松)|(?:和|跟|与|同).{1,8}比(?![率例重较])|"
                     r"(?<![对相])比(?![率例重较])[^,?。]{1,8}(?:高|低|严|松|宽|多(?!少)|少)|"
                     r"差多少|相差|差距|高多少|低多少")
_DIFFERENCE = re.compile(r"差多少|差几|[多少高低]几(?![月号时点天年])|相差|差距|差值|差了|差异多大|高多少|低多少|多多少|少多少|高出|低出|多出|少了多少|"
                         r"高了多少|低了多少|差别多大|difference|how much (?:higher|lower|more|less)|\bgap\b", re.I)


_EACH = re.compile(r"(?:各个?|每个|所有)(?:区|镇街|镇|街道|乡镇|乡|属地)(?![县政委办人])")
# a rank asked of one place (算高吗 / 排第几 / 高不高 / 什么水平) and the set it is ranked in
# 大兴是不是最多的 / 门头沟最严吗: one place's superlative asked, its set (its peers) left unsaid
_PEERS_IMPLIED = re.compile(r"是不是[^,，?？]{0,8}最|最(?:高|低|多|少|严|宽松|松)的?(?:吗|么|不|没|嘛)")
_RANK_ASK = re.compile(r"算(?:是)?(?:比较|很|最)?(?:高|低|多|少|严|松|宽松|靠前|靠后|好|差|大|小)|(高|低|多|少|严|松|大|小)不\1|"
                       r"排(?:在)?第?几|排名|排老几|排位|名次|偏(?:高|低|多|少|严|松)|(?:什么|啥|哪个)水平|靠前|靠后|"
                       + _PEERS_IMPLIED.pattern + r"|\brank(?:s|ed|ing)?\b", re.I)
_RANK_SET = re.compile(r"(?:在|于|放在|放到|跟|和|与)?(?:全市|全北京|北京市?|全区|各个?区|所有(?:的)?区|全部(?:的)?区|这?几个区|"
                       r"[两三四五六七八九十\d]+个区|各个?(?:镇街|镇|街道|乡镇)|所有(?:的)?(?:镇街|镇|街道)|全区各镇街|"
                       r"(?:all|other) (?:the )?districts|the city)(?:里面?|中|之中|当中|范围内|比|相比|来看|来说)?", re.I)
# words of a plan-total question that name nothing (这个计划一共…): 这 / 那 / 本 and the total's own words
_TOTAL_WORDS = re.compile(r"这|那|本|该|各自|各|分别|部分|板块|总数|总量|数量|共计|合计|总计|共有|一共|总共|共|加起来|算下来")
_EQUALS = re.compile(r"(?:是|为|等于|定为|定的|定在|目标值?|指标|=)\s*(\d+(?:\.\d+)?)(?![\d.]|\s*年)")


def _superlative(text: str) -> Literal["max", "min", "strictest", "loosest"] | None:
    """最严 / 最宽松 / 最高 / 最低 (最大限度, 最小化 are manner words, not superlatives)."""
    return next((kind for kind, rx in _SUPERLATIVES if rx.search(text)), None)


def _difference(text: str) -> bool:
    """差多少 / 相差 / 高多少: the question asks for the gap between two values."""
    return bool(_DIFFERENCE.search(text))


def asks_comparison(text: str) -> bool:
    """差多少 / 哪个区最多 / 谁更严 / 比房山多几块 / 在全市算少吗: a gap, an extreme, a rank or
    which side is higher is asked, whatever the metric (a follow-up names none: bot/followup.py)."""
    return bool(_superlative(text) or _difference(text) or _RANK_ASK.search(text) or _VERSUS.search(text))
