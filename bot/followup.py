"""Follow-ups: a short message that only makes sense after the last one.

Staff ask a question, then change one thing ("那门头沟呢", "21年的呢", "那配合的呢", "9月底前的呢"),
point at an item of the answer ("第3项谁配合", "这条什么时候完成"), or bind a group chat to a
plan ("本群是大兴区2026"), or take back what it asked ("不对，我问的是门头沟"). `read` decides which, from the parsed message (`parse_query` already
found its place, year, unit, role and deadline) and the remembered question; it is pure: the
caller passes the parser and the ingested editions in a `Context`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from planbot.retrieval.query import CITY, Query, asks_comparison
from planbot.index.units import UnitMention, fold

_SEND = r"(?:也|再)?(?:发|列|查|来|给我?|问)(?:一下|下|一份|出来)"  # "门头沟的也发一下" / "密云也问一下"
# "只看牵头的" / "其中长期实施的" / "这里面年底前的" / "what about Miyun?" / "same for Mentougou" / "just lead": words that open a follow-up narrowing or
# moving the last question
# "同样的问题问密云" / "一样的问题，门头沟呢" / "same question for Miyun": the last question asked again, one slot moved
_SAME_QUESTION = r"(?:同样|一样|相同|同一个?)的?问题(?:再|也)?(?:问一?下|问问|问)?|(?:同样|一样)(?:再|也)?问(?:一?下|问)?|(?i:same question)"
_OPENERS = (_SAME_QUESTION + r"|那么?|要是|如果是?|假如|(?:换|改)(?:成|到|为|一下|个)?|再看看?|看看|看一?下|"
            r"(?:只|仅|光|就)(?:看|要|查|列|说)|其中|这其中|这些(?:里面?|当中|中)?|这?(?:里面|里头)|这?当中|"
            r"(?i:what about|how about|(?:and |the )?same (?:for|in|with|goes for)|\bonly|\bjust|\band)\b")
# an edition of the plan named by its age ("老版的", "最新的计划", "the old plan"): read by
# _EDITION below, and left over as filler once read
_OLDER, _NEWER = r"老|旧|早|之前|以前|上一?", r"新|最新|现行|最近"
_OLDER_EN, _NEWER_EN = r"old|older|earlier|previous", r"new|newer|newest|latest|current"
_PLAN_NOUN = r"(?:的|那|一)?(?:版|[个份]?(?:计划|方案))"  # 老方案 / 之前那个方案: staff call a plan either
# what is left of a follow-up once its slot words are gone: only these may remain
# "密云那边呢", "大兴这块儿呢": there/here after a place; tried before the openers, whose 那 would
# leave the 边 behind as a topic
# "哪些" / "哪几条" / "哪几项": which of the measures, asked (持续推进的有哪几条)
_WHICH_OF = r"哪(?:些|几?[条项个])"
_DEICTIC = r"(?:那|这)(?:边儿?|里(?![面头])|儿|块儿?|头|片儿?)"  # not 这里面 (among these, an opener)
# "北京市层面呢" / "21年那个计划里呢": the level named, and "那个" before the plan noun, are no topic
_LEVEL_WORD = r"(?:这个?|那个?)?(?:层面|层级|级别)上?|(?:那|这)(?:个|份)(?=计划|方案|版)"
# "密云也要吗" / "门头沟有这个要求吗" / "大兴也是这样吗": the same asked of another place, yes or no
_TOO = r"也?(?:要|需要|得|有|是|搞|做)(?:这个|这条|这项|这样|一样|类似的?)?(?:要求|规定|措施|安排)?(?:吗|么|不|没有?)"
# "那扬尘方面呢" / "噪声领域呢": the field named with an aspect word
_ASPECT = r"方面|领域|板块|这一块"
_FILLER = re.compile(_DEICTIC + "|" + _LEVEL_WORD + "|" + _OPENERS + "|" + _TOO + r"(?=[\s?？!！。]*$)|" + _ASPECT + r"|单位|部门|计划|方案|"
                     r"年度|版本?|(?:" + _OLDER + "|" + _NEWER + ")(?:" + _PLAN_NOUN + r")?|(?i:\b(?:" + _OLDER_EN + "|" + _NEWER_EN + r")\b)|里面?|情况|怎么样|如何|咋样|(?:咋|怎么)(?:弄|整|搞|办|做|管|治|规定|要求|说|写)|(?:什么|啥)?要求|又|也|是|的|呢|咧|嘞|吧|啊|呀|哈|哦|噢|啦|嘛|哟|"
                     r"(?:要|需要|得)?(?:完成|到期|[干做弄搞办]完|交(?:差|活儿?)?(?=的|呢|$))|(?:完成)?(?:时限|期限)(?:为|是)?|都?有(?:" + _WHICH_OF + r"|啥|什么|没有|吗|么)|"
                     + _WHICH_OF + r"|任务|措施|工作|作为|担任|充当|当(?:作|成)?(?=单位|部门|的|[\s?？]*$)|它|" + _SEND + r"|有?(?:几|多少)(?:条|项|个)?|"
                     r"或者|还是|都要|都算|把|将|->|→|[和与及或跟+＋&/]|(?i:\b(?:the|ones?|plans?|it|they|we|us|or|in|for|of|on|at|then|instead|there|please|which|does|do)\b)|[\s,，.。!！?？、~～]")
_OPENER = re.compile(r"^(?:" + _OPENERS + ")")
_CLOSER = re.compile(r"(?:呢|咧|嘞|的|怎么样|如何|咋样|有没有|有吗|有么|" + _TOO + r"|(?:咋|怎么)(?:说|写|讲|要求|规定)|" + _SEND + r")[\s?？!！。]*$|呢[?？!！,，。\s]")  # 密云的呢？有几项
_OWN_OBJECT = re.compile(r"任务|措施|工作|事项|事情|内容")
_ROLE_WORD = re.compile(r"牵头|主责|责任|配合|协办|协助|辅助|负责|参与|主办|"
                        r"(?i:\b(?:leads?|leading|led|responsible|in charge|assists?|assisting|supports?|involved)\b)")
_SWAP = re.compile(r"(?:改|换|变)(?:成|为|到)|->|→")
_PLACE_SUFFIX = re.compile(r"(?:区|县|市|镇|乡|街道|地区)$")
_DISTRICT = re.compile(r"[区县]$")
_LEVEL = re.compile(r"^[区市]")
CONTENT_CHARS = 12  # "那道路扬尘呢" / "今年建筑垃圾管理与服务平台呢": a new topic this short (a measure's name) keeps the rest of the question
CONTENT_INTENTS = ("topic", "attribute", "indicator")  # where "道路扬尘呢" alone also means "the same, about that"
VALUE_INTENTS = ("indicator", "compare")  # answers that give a target's value: "21年定的多少" / "差多少" ask it again
# "定的多少" / "要到多少" / "是几" / "目标值呢": how a value is asked again once one was answered
_VALUE_AGAIN = re.compile(r"(?:规定|要求|达到|控制在|定|是|要到?|得|为)?(?:的|了|为|在|成)?(?:多少|几)(?:个百分点|[个家项块处条天%])?"
                          r"|目标值?|指标|数值")
# how a comparison is asked with no metric named ("跟清水镇差多少", "比房山多几块", "哪个区最多", "那跟门头沟比
# 谁更严", "在门头沟各镇街里算低吗", "全市排第几"): once these and the places are gone nothing may remain
_COMPARING = re.compile(r"(?:跟|和|与|同)?比(?:一比|较)?|相比|对比|相差|差(?:距|值|别)?|[高低多少]出|"
                        r"(?:谁|哪个|哪一个|哪边|哪家|哪)?的?(?:更|最)?(?:严格?|宽松|松|高|低|多|少|大|小)|"
                        r"算(?:是)?(?:比较|很)?|排(?:在)?第?几|排名|排老几|名次|靠前|靠后|(?:什么|啥)水平|"
                        r"(?:在|于)?(?:全市|全北京|北京市?|全区)(?:里面?|中|范围内)?|"
                        r"(?:在|于)?(?:各个?|所有的?|这几个|[两三四五六七八九\d]个)?"
                        r"(?:区|镇街|镇|街道|乡镇|属地)(?:里面?|中|之中|当中)?|谁|哪个|哪一个|吗|么|不")

_BIND = re.compile(r"^(?:本群组?|此群|该群|这个群组?|我们群|咱们?群|群里)"
                   r"(?:是|属于|为|归|就是|都是|设为|设置为|改为|改成|换成)?|^(?:设置|设定)\s*|"
                   r"^(?i:this\s+(?:group|chat)(?:\s+(?:is\s+for|is|belongs\s+to|covers))?)\s*")  # this group is Miyun
_BIND_WORDS = re.compile(r"群|范围|默认|年份|区|[:：]")
_ORDINAL = r"(\d{1,3}|[一二两三四五六七八九十]{1,3})"
# 详细说说第3条 / 发我第3条 / 把第3条贴一下
_PASTE = r"(?:发|贴|复制|转发?|粘贴|拷贝?)(?:给|到|一|我|下|过来|出来|群里|份|看看|来)*"
_TELL = (r"(?:请|麻烦|帮我|帮忙|给我)?再?(?:(?:详细|具体)?(?:说说|讲讲|说一?下|讲一?下|展开(?:说说|讲讲)?|介绍一?下|看看|看一?下|查一?下|"
         + _PASTE + r"))?把?")
# 下一条 / 上一项: the item after (before) the one talked about; 这条 / 它 / 刚才那条: that item itself
_ITEM = re.compile(r"^(?:那么?)?" + _TELL + r"(?:(?:倒数)?第\s*" + _ORDINAL + r"\s*(?:项|条|个|点|跳|调|向|像)|(?:这|那|该)一?(?:条|项)|这个(?![月周季年星区镇街])"
                   r"|它(?!担任|充当|作为|当|(?:牵头|主责|责任|配合|协办|协助|参与|负责)(?:单位|部门)?的)|上面(?:那|这)?一?(?:条|项|个)|(?:刚才|上面|前面)(?:说|讲|提|发)?到?的?(?:那|这)一?(?:条|项|个)|最后(?:一|那一?|这一?)(?:条|项|个)"
                   r"|(?P<step>[上下])(?:一?[条项]|一个(?![月周季年星区镇街])))")
_STEPS = {"下": 1, "上": -1}
# "who assists no. 2?" / "the 3rd one, when is it due" / "item 4 deadline" / "last one, who leads": an item of
# the list named in English, anywhere in the message (the rest must be asking words)
_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                "ninth": 9, "tenth": 10}
_ITEM_EN = re.compile(r"(?i)(?:\b(?:no\.|number|item)\s*|#\s*)(\d{1,3})\b|\b(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)\s+(?:one|item)\b|"
                      r"\b(?:the\s+)?(" + "|".join(_EN_ORDINALS) + r"|last)\s+(?:one|item)\b")
_DETAIL = re.compile(r"(?:的|是|呢|具体|详细|内容|全文|原文|完整|详情|全部|说的?什么|讲的?什么|说[的了]?啥|讲[的了]?啥|写的?什么|是什么|"
                     r"是啥|写的?啥|写了(?:什么|啥)|再|一?点|一?些|版|(?:再|给我|请)?(?:说说|讲讲|展开说?|介绍(?:一下)?|看看|看下)|" + _PASTE
                     + r"|[\s,，?？!！。])*")  # 第3条原文发我下 / 详细点 / 完整版
# "什么时候完成" / "那时限呢" / "牵头单位是谁" after an answer: nothing but the asking words of a field
_ASKING = re.compile(r"什么时候|啥时候|何时|哪天|几时|什么时间|啥时间|完成|时限|期限|截止|到期|时间节点|时间|日期|节点|"
                     r"谁|哪个|哪些|哪家|哪几个|什么|啥|单位|部门|机构|分别|都有|包括|有没有|有|由|归|来着|来|在|主要|具体|需要|要求|要|得|吗|"
                     # 麻烦问下这个谁负责 / 请问那个完成时限 / 谁牵头来着: asking politely, or again
                     r"请问|麻烦|(?:想|再)?问(?:一?下|问)|那个|那条|那项|"
                     # the measure pointed at: 这事归谁管 / 这件事谁负责 / 此项啥时候完
                     r"这(?:个|件)?事(?:情|儿)?|这条|这项|这个|此(?:事|项|条)|该(?:事|项|条)|它|其|"
                     r"(?:截止)?到|"  # 截止到啥时候 / 要到什么时候
                     r"还|一起|一块儿?|一道|一同|合作|协同|[跟和与同]|[干做搞办弄]|"  # 还有谁一起 / 跟哪些单位一块儿干
                     # "who is in charge?" / "when is it due?" / "what's the deadline": the same, in English
                     # "who leads this?" / "when is that one due": the measure pointed at, in English
                     # not \b: "deadline呢" has no word boundary between the English and the Chinese
                     r"(?i:(?<![a-z])(?:who|whom|which|what|when|is|are|was|were|do|does|did|will|be|has|have|"
                     r"this|that|these|those|one|it|"
                     r"due|deadline|date|done|finished|completed|units?|departments?|agenc(?:y|ies))(?![a-z])|'s(?![a-z]))")
_AGAIN = re.compile(r"[的呢吧啊\s?？]*")
_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class Context:
    editions: Collection[tuple[str, int]]  # the ingested (issuer, year) pairs
    parse: Callable[[str, dict[str, Any]], Query]  # parse_query with the bot's units, day and issuers
    # a district typed by sound written right (蜜云 -> 密云), a town's common stem in the district
    # asked about (龙泉 -> 龙泉镇); the text is kept where there is none
    respell: Callable[[str, str | None], str] = lambda text, district: text
    # the same, dictionary words too (大型 -> 大兴): only where a place is what changes
    respell_words: Callable[[str], str] = lambda text: text

    @property
    def issuers(self) -> set[str]:
        return {issuer for issuer, _ in self.editions}


@dataclass(frozen=True)
class Reask:
    """The remembered question with the slots the follow-up changed."""

    query: Query
    changed: tuple[str, ...]


LAST = -1  # "最后一条": the last item the user has seen; -n: "倒数第n条", counted back from it


@dataclass(frozen=True)
class ItemAsk:
    """A question about the n-th item of the last answer (1-based, as numbered on screen; LAST:
    "最后一条"); None: a field asked after a list without saying which item ("谁配合"), which is
    the item talked about if one was; `relative`: an item named by where it stands from the one
    talked about (这条 0, 下一条 +1, 上一条 -1; `number` is what it means when none was)."""

    number: int | None
    fields: tuple[str, ...]  # () = the whole measure
    again: bool = False  # "那第4项呢": what was asked of the item before, else the whole measure
    relative: int | None = None
    checked: UnitMention | None = None  # "是住建委牵头吗": the unit whose role in the item is asked yes or no


@dataclass(frozen=True)
class BindScope:
    issuer: str | None
    year: int | None
    missing: tuple[str, ...]  # places named that have no plan


@dataclass(frozen=True)
class NeedsContext:
    """A follow-up with nothing before it."""


@dataclass(frozen=True)
class Similar:
    """"还有类似的吗": the last content question's measures ranked after those shown."""


Move = Reask | ItemAsk | BindScope | NeedsContext | Similar


def read(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """What the message does to the conversation, or None for a question of its own: the first
    rule of MOVES that recognizes it."""
    return next((move for rule in MOVES if (move := rule(q, last, ctx)) is not None), None)


_YES = re.compile(r"^(?:是的?|对的?|对呀|没错|嗯+|就是它?|是它|yes|yep|对对)[\s,，.。!！?？]*$", re.I)
_WHICH = re.compile(r"^(?:是|就是|要)?第\s*" + _ORDINAL + r"\s*个[的呢吧\s,，.。!！?？]*$")


def _confirm(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"是的" / "第2个" / "区水务局" after the bot asked "是指…吗？" about a mistyped unit: the
    question asked before, about the unit confirmed."""
    if last is None or last.units or not last.unknown_units or not (near := last.unknown_units[0].suggestions):
        return None
    if _YES.match(q.text):
        if len(near) != 1:
            return None
        name = near[0]
    elif m := _WHICH.match(q.text):
        if not 1 <= ordinal(m[1]) <= len(near):
            return None
        name = near[ordinal(m[1]) - 1]
    elif len(q.units) == 1 and not _ROLE_WORD.search(q.text) and not q.deadline and not _residual(q, ctx):
        name = q.units[0].text
    else:
        return None
    units = ctx.parse(name, {"issuer": last.issuer, "year": last.year}).units
    return Reask(last.model_copy(update={"units": units, "unknown_units": ()}), ("unit",)) if units else None


def _bind(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"本群是大兴区2026" / "设置 区：门头沟": a place or a year and nothing else."""
    missing = missing_places(q, ctx.issuers)
    if not _BIND.match(q.text) or not (q.issuers or q.years or missing):
        return None
    if _BIND_WORDS.sub("", _residual(q, ctx, _BIND.sub("", q.content))):
        return None
    return BindScope(q.issuers[0] if len(q.issuers) == 1 else None, q.years[0] if len(q.years) == 1 else None, missing)


# "不对，" / "不是，" / "搞错了" / "不好意思" / "sorry,": a message taking back the one before opens with these
_UNSAY = re.compile(r"^(?:(?:不对|不是(?=[\s,，.。!！~～、])|错了|(?:搞|弄|说|打|写|问|看|发)错了?|不好意思|抱歉|对不起|(?:更正|纠正|改正)一下|更正|纠正|"
                    r"(?i:sorry|oops|my bad))[\s,，.。!！~～、]*)+")
# "我问的是门头沟" / "应该是" / "我是说": what the asker meant instead (a bare "是…" only after "不对")
_MEANT = re.compile(r"^(?:我|俺)(?:想|是|本来|其实)?(?:问|说|查|要|指|找)的?(?:是|其实是)?|^(?:想|本来)?(?:问|说|指)的是|"
                    r"^(?:而是|应该是|其实是|我的意思是)|^(?i:i\s+mean(?:t)?)\b")
_BARE_MEANT = re.compile(r"^是")
# "不是大兴，是密云" / "是密云不是大兴": what was meant, the part taken back dropped
_INSTEAD = (re.compile(r"^不是[^，,；;。!！?？\s]+?(?:[，,；;。\s]+(?:而|应该)?是?|(?:而|应该)?是)(?P<meant>.+)$"),
            re.compile(r"^(?:就|而|应该)?是(?P<meant>.+?)[，,；;\s]*而?不是[^，,；;。!！?？\s]+$"))


_PARTICLES = re.compile(r"[的呢吧啊哈\s?？!！。]")  # what a correction may end with, or be made of alone
_TRAILING = re.compile(_PARTICLES.pattern + "*$")


def _correction(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"不对，我问的是门头沟" / "搞错了，是21年的" / "不是大兴，是密云": the last question with what
    was meant instead, read as the follow-up (or the question) the rest of the message is."""
    if last is None:
        return None
    text = q.text.strip()
    rest = _UNSAY.sub("", text)
    unsaid = rest != text
    rest = rest.strip()
    instead = next((m["meant"] for rx in _INSTEAD if (m := rx.match(rest))), None)
    meant = instead or _MEANT.sub("", rest)
    said = meant != rest  # "我问的是…" / "不是X，是Y": what was meant is said
    meant = (_BARE_MEANT.sub("", meant) if unsaid else meant).strip(" ,，.。!！~～、")
    if not (unsaid or said) or not _PARTICLES.sub("", meant):
        return None
    scope = {"issuer": last.issuer, "year": last.year}
    move = read(ctx.parse(_TRAILING.sub("", meant) + "呢", scope), last, ctx)
    if isinstance(move, (Reask, ItemAsk)):
        return move
    return Reask(ctx.parse(meant, scope), ("content",)) if said else None


def _item(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"第3项谁配合" / "这条什么时候完成" / "第2条的具体内容": an item and a field (or nothing more)."""
    if not (m := _ITEM.match(q.text)):
        return None
    rest = q.text[m.end():]
    asked = _fields(q) if q.intent == "attribute" else _checked_role(q) or _bare_role(q, rest) or (
        () if _DETAIL.fullmatch(rest) else None)
    if asked is None:
        return None
    number = (-ordinal(m[1]) if "倒数" in m[0] else ordinal(m[1])) if m[1] else LAST if "最后" in m[0] else 1 + _STEPS.get(m["step"], 0)
    relative = None if m[1] or "最后" in m[0] else _STEPS.get(m["step"], 0)
    told = re.match(r"^(?:那么?)?" + _TELL, q.text)[0].lstrip("那么")  # "详细说说第3条": the whole item
    again = not asked and not told and _AGAIN.fullmatch(q.text[m.end():]) is not None
    return ItemAsk(number, asked, again, relative, q.checked_unit if asked else None) if last is not None else NeedsContext()


# "第4项协办" / "第一个的协办单位有几个": a role column named after the item, with no asking word the
# parser reads as a field
_BARE_ROLE = re.compile(r"[的\s]*(?:牵头|主责|责任|配合|协办|协助)(?:单位|部门)?(?:是|有|共)?(?:几[个家]|多少个?|哪些|哪几个|谁)?"
                        r"[的呢吗啊呀\s?？]*")


def _bare_role(q: Query, rest: str) -> tuple[str, ...]:
    return (q.role,) if q.role in ("lead", "responsible", "assist") and _BARE_ROLE.fullmatch(rest) else ()


def _item_en(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"who assists no. 2?" / "the 3rd one, when is it due": an item named in English and a field."""
    if q.intent != "attribute" or not (asked := _fields(q)) or not (m := _ITEM_EN.search(q.text)):
        return None
    if _residual(q, ctx, _ASKING.sub("", _ITEM_EN.sub("", q.content))):
        return None
    word = (m[3] or "").lower()
    number = int(m[1] or m[2]) if (m[1] or m[2]) else LAST if word == "last" else _EN_ORDINALS[word]
    return ItemAsk(number, asked) if last is not None else NeedsContext()


def _checked_role(q: Query) -> tuple[str, ...]:
    """"是住建委牵头吗" naming no measure (read alone, that unit's list): the role asked of the unit."""
    return (q.role,) if q.intent == "dept_list" and q.checked_unit is not None and q.role else ()


def _role_checked(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"是住建委牵头吗" / "生态环境局是协办吗" right after an answer: that field of the measure it
    showed (after a list, of the item talked about), the unit named checked against it."""
    if last is None or not (asked := _checked_role(q)):
        return None
    return ItemAsk(None if last.intent in ("dept_list", "deadline_list") else 1, asked, relative=0, checked=q.checked_unit)


# "具体说说" / "详细点" / "展开讲讲" / "再介绍一下" with nothing else: tell more of what was just shown
_TELL_MORE = re.compile(r"(?:那么?)?(?:请|麻烦|帮我|帮忙|给我|能不能|能否|能|可以)?再?(?:(?:详细|具体|仔细)(?:一?点|一?些)?"
                        r"(?:地|的)?(?:说说|讲讲|说一?下|讲一?下|展开(?:说说|讲讲)?|介绍一?下|解释一?下)?|展开(?:说说|讲讲)?|细说|"
                        r"(?:说说|讲讲|介绍一?下|解释一?下)(?:详情|细节|具体内容)?)[吗吧呗呀啊哈呢嘛\s,，.。!！?？~]*")
# "出处是哪" / "这是哪个文件里的" / "第几项？" / "原文怎么写的": where the measure just shown comes from,
# answered by showing it again in full with its source line
_WHERE_FROM = re.compile(r"(?:那么?)?(?:这|那|该|上面)?(?:条|项|个)?(?:是|在)?(?:(?:出处|来源|出自)(?:是|在)?(?:哪|哪里|哪儿|什么|啥)?(?:个文件)?|"
                         r"(?:出自|来自|在)?哪(?:个|份|一?个)(?:文件|计划|方案|文)(?:里|中|上)?(?:的|面的)?|第几(?:项|条)|"
                         r"原文(?:是)?(?:怎么|咋)?(?:写|说)的?)[吗吧呀啊呢嘛\s,，.。!！?？~]*")


# "还有类似的吗" / "相关的还有哪些" / "同类的呢": other measures on the topic just answered
_SIMILAR = re.compile(r"(?:那么?)?(?:还有(?:没有)?(?:其他|其它|别的)?(?:类似|相关|相似|同类)的?(?:措施|内容|任务|工作)?"
                      r"(?:吗|么|没有?|呢|哪些|啥|什么)?|(?:其他|其它|别的)?(?:类似|相关|相似|同类)的?(?:措施|内容|任务|工作)?"
                      r"(?:还有(?:吗|么|没有?|呢|哪些|啥|什么)?|有(?:吗|哪些|啥|什么)|呢))[吧啊\s,，.。!！?？~]*")


def _similar(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"还有类似的吗" right after a content answer: the same question's next-ranked measures
    ("更多" pages a list; a topic answer shows only its best, so this asks past them)."""
    if not _SIMILAR.fullmatch(q.text.strip()):
        return None
    if last is None:
        return NeedsContext()
    return Similar() if last.intent in CONTENT_INTENTS else None


def _tell_more(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"具体说说" right after a content answer: the measure it showed first (or the item talked about),
    in full (after a list it says no item; read on as a question of its own)."""
    text = q.text.strip()
    if not (_TELL_MORE.fullmatch(text) or _WHERE_FROM.fullmatch(text)) or (
            last is not None and last.intent not in CONTENT_INTENTS):
        return None
    return ItemAsk(1, (), relative=0) if last is not None else NeedsContext()


_ROLE_OF_LIST = re.compile(r"(?:牵头|主责|责任|配合|协办|协助|辅助|参与|负责)(?:单位|部门)?的")  # 它当责任单位的有哪些


def _list_role(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"那配合的有哪些" / "主责的是哪些" / "协办的有几条" right after a list: that list for the role ("谁配合",
    with no "…的", asks about an item of it)."""
    if last is None or last.intent not in ("dept_list", "deadline_list") or q.intent not in ("attribute", "dept_list"):
        return None
    # "协办的有几条" reads as a list of its own (no unit named): the role is what it asks of the last list
    asked = _fields(q) if q.intent == "attribute" else ((q.role,) if q.role not in (None, "any") and not q.self_reference else ())
    if len(asked) != 1 or asked[0] == "deadline" or not _ROLE_OF_LIST.search(q.text) or q.units or q.issuers or q.years:
        return None
    if _residual(q, ctx, re.sub(r"[那哪]?些", "", _ASKING.sub("", _ROLE_WORD.sub("", q.content)))):  # 协办: no 办 asked
        return None
    return Reask(last.model_copy(update={"role": asked[0]}), ("role",))


# "一共几项" / "总共有多少条" / "其中有几个": a count and nothing else
_COUNT_ONLY = re.compile(r"(?:那|这些|其中|上面|刚才|以上)?(?:的|里面?|中)?(?:一共|总共|共|合计|总计|加起来|全部)?(?:是|有)?"
                         r"(?:几|多少)(?:条|项|个)(?:措施|任务|事项)?(?:啊|呢|呀|吧|哈)?[?？。!！\s]*")


def _list_count(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"一共几项" right after a list: how many that list has (its title says), not the whole plan's total."""
    if last is None or last.intent not in ("dept_list", "deadline_list") or not _COUNT_ONLY.fullmatch(q.text.strip()):
        return None
    return Reask(last, ())


# "有配合单位吗" / "这个有协办单位没" / "有没有主责部门" after a content answer: whether a role is filled,
# asked yes or no; the answer is that field (the parser reads a role with no asking word as a topic)
_HAS = re.compile(r"有(?:没有?|吗|么)?")


def _role_asked_yes_no(q: Query, ctx: Context) -> tuple[str, ...]:
    if q.intent != "topic" or q.role in (None, "any") or q.units or not _HAS.search(q.text):
        return ()
    rest = _ASKING.sub("", _ROLE_WORD.sub("", q.content))  # 协办 before 办 is read as asking
    return () if _residual(q, ctx, re.sub(r"没有?|[吗么]", "", rest)) else (q.role,)


def _field(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"什么时候完成" / "那时限呢" / "有配合单位吗" after a content answer: that field of the measure it
    showed first; after a list it names no item (the bot asks which); either way, of the item talked
    about if one was."""
    if (last is None or last.intent in CONTENT_INTENTS) and (yes_no := _role_asked_yes_no(q, ctx)):  # after a list: its own rules
        return ItemAsk(1, yes_no, relative=0) if last is not None else NeedsContext()
    if q.intent != "attribute" or not _fields(q) or _residual(q, ctx, _ASKING.sub("", q.content)) or _moved_field(q, last):
        return None
    if q.deadline is not None and q.deadline.kind == "label":  # "“深入推进农村环境整治”这条谁负责": a quoted measure
        return None
    if last is None:
        return NeedsContext()
    return ItemAsk(None if last.intent in ("dept_list", "deadline_list") else 1, _fields(q), relative=0)


def _slots(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"那门头沟呢" / "21年的呢" / "那配合的呢" / "21年定的多少" (after a value): slot words and fillers
    only; each slot rule applied."""
    again = _value_again(q, last)
    if not (_OPENER.search(q.text) or _CLOSER.search(q.text) or _SWAP.search(q.text) or _narrows_unit_list(q, last)
            or _bare_move(q, last) or _moved_field(q, last) or again):
        return None
    slots = [name for name, named, _ in SLOT_RULES if named(q, ctx)]
    rest = _residual(q, ctx, asking=(_VALUE_AGAIN,) if again else ())
    if not slots or _OPENER.sub("", rest):  # "换密云的": 换 opens, it is no topic
        return None
    if last is None:  # "那门头沟呢" out of the blue; "区水务局牵头的" is a question of its own
        return NeedsContext() if q.intent == "topic" else None
    update = _changes(slots, q, last, ctx)
    if (asked := _fields(q)) and q.intent == "attribute" and last.intent not in ("dept_list", "deadline_list"):
        update |= {"intent": "attribute", "fields": asked, "attribute_field": asked[0]}  # 那门头沟啥时候完成: what it asks now
    return Reask(last.model_copy(update=update), tuple(slots))


def _value_again(q: Query, last: Query | None) -> bool:
    """"21年定的多少" / "门头沟是多少" right after a target's value: the same value asked of another
    plan or place (a question naming its own metric is a question of its own)."""
    return (last is not None and last.intent in VALUE_INTENTS and not q.indicator_terms and not q.fields
            and _VALUE_AGAIN.search(q.text) is not None)


def _compare_last(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"跟清水镇差多少" / "比房山多几块" / "哪个区最多" / "那跟门头沟比 谁更严" / "在全市算少吗" right
    after a target's value: that metric compared, the two messages read as the one question they
    make together (斋堂镇PM2.5目标值 跟清水镇差多少)."""
    if last is None or last.intent not in VALUE_INTENTS or q.indicator_terms or q.fields or not asks_comparison(q.text):
        return None
    if _residual(q, ctx, asking=(_VALUE_AGAIN, _COMPARING)):
        return None
    joined = ctx.parse(f"{_as_asked(last)} {q.text}", {"issuer": last.issuer, "year": last.year})
    return Reask(joined, ("compare",)) if joined.intent == "compare" else None


def _as_asked(last: Query) -> str:
    """The remembered question as one sentence again: a place or year a follow-up moved it to is
    in its slots, not in its text ("那延庆呢" after 门头沟PM2.5目标多少 left 延庆 out of the text)."""
    said = fold(last.text)
    head = [w for w in (last.entity,) if w and _PLACE_SUFFIX.sub("", w) not in said]
    if len(last.years) == 1 and str(last.years[0]) not in said and f"{last.years[0] % 100:02d}年" not in said:
        head.append(f"{last.years[0]}年")
    return "".join(head) + last.text


def _narrows_unit_list(q: Query, last: Query | None) -> bool:
    """"9月底前的有哪些" right after a unit's list, without 那 or 呢: a deadline and nothing else
    (no unit, role, place or year) keeps that unit.  A question naming its own object
    ("这个月要完成哪些任务") is a question of its own."""
    return (last is not None and not _OWN_OBJECT.search(q.text) and last.intent in ("dept_list", "deadline_list") and bool(last.units)
            and q.intent == "deadline_list" and q.deadline is not None
            and not (q.units or q.unknown_units or q.role or q.issuers or q.years or q.self_reference))


def _moved_field(q: Query, last: Query | None) -> bool:
    """"21年谁配合" / "门头沟啥时候完成" right after a content answer: that measure's question asked
    of another plan (a field alone, "谁配合", asks about the measure shown)."""
    return (last is not None and last.intent in CONTENT_INTENTS and q.intent == "attribute" and bool(_fields(q))
            and bool(q.issuers or q.years or q.missing_places) and not q.units)


def _bare_move(q: Query, last: Query | None) -> bool:
    """"住建委" / "门头沟" / "2021" / "作为协办单位的有哪些" alone right after a list: the same list
    for that unit, place, year or role (after a content answer a unit or a role is a question of
    its own; a place or a year alone, "密云？" / "in Miyun?" / "21年？", asks the same there)."""
    if last is not None and last.intent in CONTENT_INTENTS:
        return (q.intent == "topic" and not (q.units or q.unknown_units or q.role or q.deadline)
                and bool(q.issuers or q.missing_places or len(q.years) == 1))
    bare_unit = q.intent == "dept_list" and len(q.units) == 1 and not _ROLE_WORD.search(q.text)  # a unit alone asks its list
    return (last is not None and last.intent in ("dept_list", "deadline_list") and (q.intent == "topic" or bare_unit)
            and bool(q.units or q.issuers or q.missing_places or len(q.years) == 1 or q.role))


def _changes(slots: Collection[str], q: Query, last: Query, ctx: Context) -> dict[str, Any]:
    """Each named slot's rule applied in SLOT_RULES order, on the question as changed so far."""
    update: dict[str, Any] = {}
    for name, _, change in SLOT_RULES:
        if name in slots:
            update.update(change(q, last.model_copy(update=update), ctx))
    return update


def _misspelled_place(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"蜜云呢" / "那门头钩的呢" / "龙泉呢" (after a 门头沟 question): a district typed by sound or a
    town by its common stem; read again spelled right, and kept only when that place is all it
    changes (before "那道路扬尘呢" reads it as new words).  After a question that named its place
    (门头沟扬尘怎么管控), a dictionary word sounding like a district (那大型呢) is that district too:
    the next place is what such a follow-up asks."""
    if last is None:
        return None
    spelled = ctx.respell(q.text, last.issuer)
    if fold(spelled) == fold(q.text) and last.issuers:
        spelled = ctx.respell_words(q.text)
    if fold(spelled) == fold(q.text):
        return None
    again = read(ctx.parse(spelled, {"issuer": last.issuer, "year": last.year}), last, ctx)
    return again if isinstance(again, Reask) and again.changed in (("place",), ("unit",)) else None


_STEM_SUFFIXES = ("局", "委", "中心")  # what staff drop from a department's name: 园林(局), 商务(局), 住建(委)


def _unit_stem(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"园林的呢" / "那商务的呢" right after a unit's list: a unit named by its stem alone, when the
    stem with one ending is exactly one known unit of the remembered plan."""
    if (last is None or last.intent not in ("dept_list", "deadline_list") or not last.units or q.intent != "topic"
            or q.units or q.issuers or q.years or not (_OPENER.search(q.text) or _CLOSER.search(q.text))):
        return None
    stem = _residual(q, ctx)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", stem):
        return None
    scope = {"issuer": last.issuer, "year": last.year}
    for suffix in _STEM_SUFFIXES:
        units = ctx.parse(stem + suffix, scope).units
        if len(units) == 1 and units[0].known and units[0].text == stem + suffix:
            return Reask(last.model_copy(update={"units": units, "unknown_units": (), "self_reference": False}), ("unit",))
    return None


def _new_words(q: Query, last: Query | None, ctx: Context) -> Move | None:
    """"那道路扬尘呢" / "扬尘那块咋样" (or "道路扬尘呢" after a content question): the same question about other
    words, in another place or year when it names one ("那密云的优良天数呢")."""
    if last is None or q.intent != "topic" or not re.search(r"(?:呢|怎么样|咋样|如何)[\s?？]*$|^那(?![个些边里])", q.text):
        return None
    slots = [name for name, named, _ in SLOT_RULES if named(q, ctx)]
    if set(slots) - {"place", "year"}:
        return None
    rest = _residual(q, ctx)
    if not 0 < len(rest) <= CONTENT_CHARS or not (_OPENER.search(q.text) or last.intent in CONTENT_INTENTS):
        return None
    intent = last.intent if last.intent in CONTENT_INTENTS else "topic"
    moved = last.model_copy(update=_changes(slots, q, last, ctx))
    return Reask(moved.model_copy(update={
        "intent": intent, "content": rest, "text": rest, "units": (), "deadline": None,
        "indicator_terms": q.indicator_terms, "entity": moved.entity if intent == "indicator" else None,
    }), (*slots, "content"))


def ordinal(word: str) -> int:
    """3 / 三 / 十二 -> the number."""
    if word.isdigit():
        return int(word)
    if "十" in word:
        head, _, tail = word.partition("十")
        return (_CN.get(head, 1) if head else 1) * 10 + _CN.get(tail, 0)
    return _CN.get(word, 0)


def missing_places(q: Query, issuers: Collection[str]) -> tuple[str, ...]:
    """Places a follow-up names whose issuer has no plan ("那海淀呢"): the parser's, or else a
    district it named only as an indicator-table row (`entity`) that no ingested plan issues."""
    if q.missing_places:
        return q.missing_places
    if q.entity and not q.issuers and _DISTRICT.search(q.entity) and q.entity not in issuers:
        return (q.entity,)
    return ()


def _fields(q: Query) -> tuple[str, ...]:
    return tuple(q.fields) or ((q.attribute_field,) if q.attribute_field else ())


def _residual(q: Query, ctx: Context, content: str | None = None, asking: tuple[re.Pattern, ...] = ()) -> str:
    """The follow-up's words that are not a slot (issuer and year words are already out of content),
    nor the `asking` words (read once the unit and place names are out: 镇 of 清水镇 is a name)."""
    rest = q.content if content is None else content
    for word in [u.text for u in q.units + q.unknown_units] + ([q.deadline.phrase] if q.deadline else []):
        rest = rest.replace(word, "")
    rest = _without_places(rest, missing_places(q, ctx.issuers))
    for rx in asking:
        rest = rx.sub("", rest)
    rest = _FILLER.sub("", _ROLE_WORD.sub("", rest))
    return rest


# ---------------------------------------------------------------------------- slot rules
# (slot, does the follow-up name it, the update to the remembered question); applied in order,
# each on the question as changed so far (a new place first, then a year, then the rest).

def _place(q: Query, last: Query, ctx: Context) -> dict[str, Any]:
    missing = missing_places(q, ctx.issuers)
    if missing:
        return {"missing_places": missing, "issuers": q.issuers, "entity": q.entity}
    issuer = q.issuers[0]
    year = last.year if (issuer, last.year) in ctx.editions else None
    scope = {"issuer": issuer, "year": year}
    units = tuple(u for m in last.units for u in _unit_in(m.text, scope, _level_changed(m.text, last.issuer, issuer), ctx))
    return {"issuer": issuer, "issuers": (issuer,), "entity": q.entity or (issuer if last.entity else None),
            "year": year, "years": (year,) if year else (), "units": units, "missing_places": (),
            "deadline": _deadline_for(last, scope, ctx),
            "content": _without_places(last.content, left := _places_left(last, issuer)), "text": _without_places(last.text, left)}


def _places_left(last: Query, issuer: str) -> tuple[str, ...]:
    """The places the remembered question named that the follow-up moved away from: "大兴黑臭水体咋治"
    then "密云那边呢" searches 密云 for 黑臭水体, not for 大兴 (a district's name is no content word there)."""
    return (*last.missing_places, *(i for i in last.issuers if i != issuer and _DISTRICT.search(i)))


def _without_places(text: str, places: Collection[str]) -> str:
    """"海淀区扬尘谁牵头" then "那大兴呢": the place without a plan is no word to search for."""
    for place in places:
        for form in (place, _PLACE_SUFFIX.sub("", place)):
            if form:
                text = text.replace(form, "")
    return text.strip()


def _year(q: Query, last: Query, ctx: Context) -> dict[str, Any]:
    year = q.years[0]
    return {"year": year, "years": (year,),
            "deadline": _deadline_for(last, {"issuer": last.issuer, "year": year}, ctx)}


def _unit(q: Query, last: Query, ctx: Context) -> dict[str, Any]:
    """Another unit; a town or street of another district ("那大峪街道呢") moves to that plan."""
    named = _becomes(q, q.units)
    new = named or _becomes(q, q.unknown_units)
    place = {}
    issuer = q.issuer or (CITY if any(_of_plan(u, CITY) for u in new) else None)  # 市发改委 asked in no set scope
    if issuer and issuer != last.issuer and any(_of_plan(u, issuer) for u in new) and not q.issuers:
        year = q.year if q.issuer else (last.year if (CITY, last.year) in ctx.editions else None)
        place = {"issuer": issuer, "issuers": (issuer,), "year": year}
    elif named and q.issuer != last.issuer:  # read in the remembered plan ("城管委" there is its 区城管委)
        new = tuple(u for m in named for u in ctx.parse(m.text, {"issuer": last.issuer, "year": last.year}).units) or new
    if last.intent in ("dept_list", "deadline_list"):
        return {**place, "units": new, "unknown_units": q.unknown_units, "self_reference": False}
    old = last.units[0].text if last.units else ""
    content = last.content.replace(old, new[0].text) if old and old in last.content else new[0].text + last.content
    entity = q.entity if last.intent == "indicator" and q.entity else last.entity
    return {**place, "units": new, "unknown_units": (), "content": content, "text": content, "entity": entity}


def _of_plan(unit: UnitMention, issuer: str) -> bool:
    """A unit that belongs to that plan's level or place: a town of that district, or a 市 unit
    (市发改委) of the city's plan, asked after a district's list ("那市发改委呢")."""
    return unit.district == issuer or (issuer == CITY and unit.district is None and unit.label.startswith("市"))


def _becomes(q: Query, units: tuple) -> tuple:
    """"住建委改成城管委": of two units around a change word, the one it becomes."""
    if len(units) > 1 and (swap := _SWAP.search(q.text)):
        return tuple(u for u in units if q.text.find(u.text, swap.end()) >= 0) or units
    return units


def _role(q: Query, last: Query, ctx: Context) -> dict[str, Any]:
    role = q.role or "any"
    if last.intent in ("dept_list", "deadline_list"):
        # "年底前的有哪些" then "只看牵头的": a role asks of a unit; with none named, the asker's own
        mine = {"self_reference": True} if not (last.units or last.unknown_units or q.units or q.unknown_units) else {}
        return {"role": role, **mine}
    return {"intent": "attribute", "attribute_field": role, "fields": (role,)}


def _deadline(q: Query, last: Query, ctx: Context) -> dict[str, Any]:
    deadline = ctx.parse(q.deadline.phrase, {"issuer": last.issuer, "year": last.year}).deadline or q.deadline
    role = last.role or ("any" if last.units or last.self_reference else None)
    return {"intent": "deadline_list", "deadline": deadline, "role": role}


def _level_changed(unit: str, old: str | None, new: str) -> bool:
    """From the city's plan to a district's or back; with no plan remembered ("市生态环境局牵头
    哪些" asked of all plans) the unit's own 市/区 prefix says which level it was."""
    if old is not None:
        return (new == CITY) != (old == CITY)
    return bool(_LEVEL.match(unit)) and (unit[0] == "市") != (new == CITY)


def _unit_in(text: str, scope: dict[str, Any], level_changed: bool, ctx: Context):
    """The unit named in `text` as the new plan calls it: from a district's plan to the city's,
    区水务局 is asked as 水务局 so the city plan's 市水务局 answers (and back)."""
    if level_changed and (bare := _LEVEL.sub("", text)) != text:
        found = [u for u in ctx.parse(bare, scope).units if u.known]
        if found:
            return found
    return ctx.parse(text, scope).units


def _deadline_for(last: Query, scope: dict[str, Any], ctx: Context):
    """The remembered deadline read again for another plan year (年底前 of 2021 is 2021-12-31)."""
    if last.deadline is None or last.deadline.kind not in ("by", "within"):
        return last.deadline
    return ctx.parse(last.deadline.phrase, scope).deadline or last.deadline


# "老版的呢" / "新版呢" / "the old plan": an edition of the plan asked, by age rather than by year
_EDITION = (("old", re.compile(r"老版|旧版|(?:" + _OLDER + ")" + _PLAN_NOUN + r"|(?i:\b(?:" + _OLDER_EN + r")\b)")),
            ("new", re.compile(r"新版|最新|现行|(?:新|最近)" + _PLAN_NOUN + r"|(?i:\b(?:" + _NEWER_EN + r")\b)")))


def _edition_of(q: Query) -> str | None:
    return next((age for age, rx in _EDITION if rx.search(q.text)), None) if not q.years else None


def _edition(q: Query, last: Query, ctx: Context) -> dict[str, Any]:
    """The remembered plan's older (or newest) edition of the same issuer; nothing when it has none."""
    years = sorted(y for i, y in ctx.editions if i == last.issuer)
    if _edition_of(q) == "old":
        years = [y for y in years if y < last.year] if last.year else years[:1]  # the one before, else the oldest
    pick = years[-1] if years else None
    if pick is None or pick == last.year:
        return {}
    return _year(q.model_copy(update={"years": (pick,)}), last, ctx)


SLOT_RULES: tuple[tuple[str, Callable[[Query, Context], bool], Callable[[Query, Query, Context], dict[str, Any]]], ...] = (
    # one place: a follow-up naming two ("门头沟和密云呢") is no list of one plan
    ("place", lambda q, ctx: len(q.issuers) + len(missing_places(q, ctx.issuers)) == 1, _place),
    ("year", lambda q, ctx: len(q.years) == 1, _year),
    ("edition", lambda q, ctx: _edition_of(q) is not None, _edition),
    ("unit", lambda q, ctx: bool(q.units or q.unknown_units), _unit),
    ("role", lambda q, ctx: q.role not in (None, "any") or (q.role == "any" and _ROLE_WORD.search(q.text) is not None), _role),
    ("deadline", lambda q, ctx: q.deadline is not None, _deadline),
)

MOVES: tuple[Callable[[Query, Query | None, Context], Move | None], ...] = (
    _confirm, _bind, _correction, _item, _item_en, _role_checked, _tell_more, _similar, _compare_last, _slots, _list_role, _list_count, _field, _misspelled_place, _unit_stem, _new_words)
