"""Query understanding: what a chat message asks, as fields the retriever and the bot can act on.

`parse_query` is pure (text, scope, today and the unit directory in; a frozen `Query` out) so every
rule here is tested alone.  It never guesses: an unknown unit or an impossible date is reported
as such (`unknown_units`, `invalid_deadline`) for the bot to say so.

Role words, as decided for this product:
  牵头 -> lead; 主责 / 责任单位 -> responsible; 配合 / 协办 / 协助 -> assist;
  负责 -> main (lead or responsible: "X负责哪些" asks for X's own duties, whichever of the two
  columns a plan prints them in; 负责牵头 / 牵头负责 stay lead);
  参与 / 涉及 / 有关 / 相关, or no role word at all ("X有哪些任务") -> any.
Deadlines: 6月底前 / 上半年 / 年底前 -> due on or before that day of the plan year ("by");
  三季度 / 9月份 / 下个月 / 30天内 -> due inside that period ("within"); 三季度末前 -> by Sep 30;
  X月前 -> before month X starts (by the end of month X-1); 长期实施 / 持续推进 / a quoted
  完成时限 -> the printed label ("label"; quoted = the whole cell, unquoted = contained).
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Collection
from datetime import date, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from planbot.index.metrics import default_metrics
from planbot.index.models import Measure
from planbot.index.units import UnitDirectory, UnitMention, fold

Intent = Literal["topic", "attribute", "dept_list", "deadline_list", "indicator", "compare",
                 "help", "smalltalk", "more", "set_unit", "empty"]
Role = Literal["lead", "responsible", "assist", "main", "any"]
AttributeField = Literal["lead", "responsible", "assist", "main", "any", "deadline"]

DEFAULT_ISSUERS = ("大兴区", "门头沟区", "密云区", "北京市")
CITY = "北京市"
MAX_CHARS = 2000  # a longer message is a paste; its head says what is asked
BOT_NAMES = ("机器人", "planbot", "小助手", "助手", "bot")

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_NUM = r"(\d{1,3}|[一二两三四五六七八九十]{1,3})"
_QUOTED = re.compile(r"[“\"「『‘']([^”\"」』’']{1,30})[”\"」』’']")
_LOOKS_LIKE_DEADLINE = re.compile(r"\d\s*月|年底|年末|实施|推进|\d日|季度|半年|时间节点|长期|持续")

_MENTION = re.compile(r"^\s*@(?:" + "|".join(BOT_NAMES) + r")\s*|^\s*@\S*(?:\s+|$)", re.I)
_BOT_PREFIX = re.compile(r"^\s*(?:" + "|".join(BOT_NAMES) + r")\s*[,，:：]\s*", re.I)
_BOT_MENTION = re.compile(r"@(?:" + "|".join(BOT_NAMES) + ")", re.I)
_DROPPED = {"So", "Sk", "Cs", "Co", "Cf", "Cn", "Cc", "Mn", "Me"}  # emoji, modifiers, controls, variation selectors
_PUNCT = re.compile(r"[\s,，.。!！?？~～、;；:：…()（）“”\"'‘’\-—]+")

_GREETING = re.compile(r"你好|您好|hi|hello|hey|嗨|哈喽|在吗|在不在|机器人|小助手", re.I)
_HELP = re.compile(r"^(?:帮助|help|菜单|功能|使用说明|说明|怎么用|如何使用|你能做什么|你会什么|能做什么|你能干啥|能干啥|"
                   r"能干什么|你能干什么|会干啥|能问什么|可以问什么|都能问啥|有什么功能|有啥功能)+$", re.I)
_SMALLTALK = re.compile(r"^(?:谢谢你?|感谢|多谢|谢了|谢啦|辛苦了?|好的|好滴|收到|明白了?|了解|知道了|ok|okay|thx|thanks|"
                        r"thank you|哈+|呵+|嘿+|嗯+|哦+|噢+|你是谁|你叫什么名?字?|你是什么|你是机器人吗|再见|拜拜|bye|"
                        r"晚安|早上好|早安|早|晚上好|午安|中午好|下午好|牛|厉害|赞|不错|棒|你好|您好|hi|hello)+$", re.I)
_MORE = re.compile(r"^(?:更多|再来点|再多点|下一页|下页|下一批|还有吗|还有呢|还有没有|继续|接着说?|后面的|剩下的|其余的|"
                   r"全部|看全部|全部列出|more|next)$", re.I)

_SELF_INTRO = re.compile(r"(?:^|[,，。!！?？;；\s])(?:我|俺|本人|我们|咱们|咱)(?:这边|这里)?(?:是|在|来自|属于|就是)(?:一名|一个)?")
_SELF_REF = re.compile(r"我们(?!区)|咱们(?!区)|我单位|本单位|我局|本局|我委|本委|我这边|我们这边|咱(?![们区])")

_ATTR_UNIT = re.compile(
    r"(?:谁|(?:哪个|哪些|哪家|哪几个|哪几家|什么|啥)(?:单位|部门|机构|局|委))(?:来|去|在|是|主要)?"
    r"(?P<v1>牵头|主责|负责|配合|协办|协助|参与|管(?![理控护网道廊线委执])|查(?![处询看找])|抓|落实|执行)"
    r"|(?P<v2>牵头|主责|责任|协办|配合|负责|参与)的?(?:单位|部门)(?:是|有|都有|为|包括|分别是)(?:谁|哪|啥|什么)"
    r"|(?P<v5>牵头|主责|协办|配合|负责)的(?:是|为)(?:谁|哪)"
    r"|(?P<v3>牵头|主责|责任|协办|配合|负责)(?:单位|部门)(?:呢|[?？]|$)"
    r"|(?P<v4>归谁|由谁|找谁|谁的事|哪个部门的事)"
)
_VERB_FIELD = {"牵头": "lead", "主责": "responsible", "责任": "responsible", "配合": "assist", "协办": "assist",
               "协助": "assist", "参与": "any"}
_DUE_ASK = re.compile(r"完成|到期|截止|要做|要干")
_YES_NO = re.compile(r"吗|是否|有没有|能不能|可不可以|[^什]么[?？]?$")
_ATTR_DEADLINE = re.compile(r"什么时候|啥时候|何时|哪天|几时|多久|完成时限|时限|截止|期限|时间节点|什么时间|啥时间|"
                            r"到什么时候|几月份?(?:完成|前|底)")
_LIST_ASK = re.compile(r"哪些|哪几|有啥|有什么|都有|什么任务|啥任务|什么活|啥活|什么事|啥事|什么工作|啥工作|什么措施|"
                       r"干啥|干什么|做啥|做什么|负责什么|负责啥|牵头什么|牵头啥|配合什么|配合啥|清单|列表|列一下|列出|"
                       r"汇总|多少项|多少条|几项|几条|任务|措施|要完成什么|要完成啥|要干|要做|活儿?|管什么|管啥")
_ROLE_WORDS = (("lead", re.compile(r"牵头")), ("responsible", re.compile(r"主责|责任单位|责任部门|主要责任")),
               ("main", re.compile(r"负责|管(?:什么|啥|哪些)")), ("assist", re.compile(r"配合|协办|协助|辅助")),
               ("any", re.compile(r"参与|涉及|有关|相关|参加|关联")))
_ROLE_WORDS_RX = re.compile("|".join(rx.pattern for _, rx in _ROLE_WORDS))
_FILLER = re.compile(r"这边|那边|这块|那块|我们|咱们|这份|那份|计划里|计划中|行动计划|计划|方案|文件|里面|一下|发我|给我|"
                     r"帮我|请问|麻烦|想问|想知道|今年|目前|现在|具体|主要|一共|总共|全部|所有|工作|任务|措施|清单|列表|"
                     r"出来|单位|部门|完成|到期|内容|都|还|要|需要|有|是|的|了|呢|吗|吧|啊|呀|哦|嘛|在|里|中|和|与|及|跟|"
                     r"哪|些|个|什么|啥|多少|几|谁|项|条|份|做|干|活|事|列|发|请|看|查|问|下")
_COMPARE = re.compile(r"一样吗|一样不|是否一样|是否一致|一致吗|区别|差别|差异|异同|对比|比较|相比|比一比|有什么不同|"
                      r"有何不同|有啥不同|哪些不同|不同之处|不同点|有什么变化|有何变化|变化大吗")
_INDICATOR_ASK = re.compile(r"多少|几|什么水平|啥水平|目标|指标|控制在|达到|不高于|不低于|要求|数值")
_METRIC = re.compile(r"率|比例|比率|浓度|减排量|天数|降尘")
_TERMS = (  # indicator words that are no metric themselves (metrics: index/metrics.toml)
    (re.compile(r"目标值"), "目标值"),
    (re.compile(r"目标(?!值)"), "目标"),
    (re.compile(r"指标"), "指标"),
    (re.compile(r"浓度"), "浓度"),
    (re.compile(r"达标率"), "达标率"),
)
_POLLUTION_TERMS = {"PM2.5", "PM10", "TSP", "VOCs", "NOx", "COD", "TP", "SO2", "NO2", "O3", "氨氮",
                    "优良天数比率", "优良天数", "重污染天数", "降尘", "碳排放"}
_PLANS = (
    (r"污染防治攻坚", ("污染防治攻坚",)),
    (r"绿色低碳(?:转型)?", ("绿色低碳转型",)),
    (r"(?:多元协同|协同多元|协同)共治", ("多元协同共治", "协同多元共治")),
    (r"大气(?:污染防治)?", ("大气污染防治",)),
    (r"水污染(?:防治)?", ("水污染防治",)),
    (r"土壤(?:污染防治)?", ("土壤污染防治",)),
)
_PLAN_SUFFIX = r"(?:的)?(?:\d{4}年)?(?:行动)?(?:计划|方案|附件|那个附件|那份|那部分|部分|篇|文件)"
_ATTACHMENT = re.compile(r"附件\s*(\d{1,2}|[一二三四五六七八九十]{1,2})")
_CITY_WORDS = r"北京市|全市|本市|市级(?:计划|方案|文件|层面)|(?<!城)市里|北京(?!经济|城市|亦庄)"
_NOT_ISSUER_AFTER = r"(?!水库|机场|国际机场|新城|园|片区)"


class DeadlineFilter(BaseModel):
    """Which 完成时限 a question asks for.

    by: due on or before `end` (and not before `start`, the plan year's first day, so an older
    plan's year-end does not count as "before June"); within: due between `start` and `end`;
    label: the printed 完成时限 text (`exact` = the whole cell, else contained in it);
    none: no 完成时限 printed at all ("没写时限的").
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["by", "within", "label", "none"]
    phrase: str  # the question's words, for the answer ("6月底前")
    start: date | None = None
    end: date | None = None
    label: str | None = None
    exact: bool = True

    def matches(self, m: Measure) -> bool:
        """Does the measure's printed 完成时限 (label) or its `due` date (by / within) pass?"""
        if self.kind == "none":
            return not (m.deadline or "").strip()
        if self.kind == "label":
            printed = normalize_label(m.deadline or "")
            return printed == self.label if self.exact else bool(self.label) and self.label in printed
        if m.due is None:
            return False
        return (self.start is None or m.due >= self.start) and (self.end is None or m.due <= self.end)


class Query(BaseModel):
    """One message, understood.

    `content`: the words to search with (the text less the issuer and year words, which the
    filters handle).  `issuer`/`year`: the plan to answer from (text first, else the chat's
    scope); `issuers`/`years` list what the text itself names (two of either make a comparison).
    `units` are the known units named (already narrowed to the issuer's level); `unknown_units`
    the unit-like words not in any plan, reported only where the unit is what is asked about
    (list and self-introduction intents), so the bot answers "没有找到这个单位" there and treats
    them as topic words elsewhere.  `self_unit` is set by "我是区水务局的"; `self_reference` by "我们负责什么"
    (use the remembered unit).  `deadline` filters list questions; for a topic question it is only
    a hint.  `plan_words`: the question names a plan ("水污染防治计划"); keep measures whose plan
    title or attachment contains any of them.  `entity`: the district or town the question is
    about (indicator tables have one row each).
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

    @property
    def more(self) -> bool:
        """"更多" / "下一页": continue the last list."""
        return self.intent == "more"


def normalize_label(text: str) -> str:
    """A printed or typed 完成时限 in one spelling: no spaces, ASCII digits and hyphen."""
    return re.sub(r"[—–－~～至到]", "-", re.sub(r"\s+", "", fold(text)))


def clean_text(text: str) -> str:
    """The question as the rest of the pipeline sees it.

    Width and traditional characters folded (index.units.fold), leading @mentions and bot names
    removed, emoji and other symbols dropped, whitespace collapsed.  Chinese punctuation keeps
    its meaning (，→, and ？→? fold; 。、“” stay).
    """
    t = strip_mentions(fold(text))
    t = "".join(" " if unicodedata.category(ch) in _DROPPED else ch for ch in t)
    return re.sub(r"\s+", " ", t).strip()


def strip_mentions(text: str) -> str:
    """Remove a leading @机器人 / @anyone / "机器人：" and any @机器人 later in the message."""
    while m := _MENTION.match(text) or _BOT_PREFIX.match(text):
        text = text[m.end():]
    return _BOT_MENTION.sub(" ", text)


def parse_query(text: str | None, scope: Any, today: date, units: UnitDirectory,
                *, issuers: Collection[str] = DEFAULT_ISSUERS) -> Query:
    """Understand one chat message.

    scope: what the chat already knows (a Scope, a dict with issuer/year, or None).
    issuers: the issuers that have plans (the bot passes those of the ingested plans); a district
    outside them (通州) is only an indicator-table `entity`, never a plan filter.
    """
    raw = text or ""
    truncated = len(raw) > MAX_CHARS
    t = clean_text(raw[:MAX_CHARS])
    scope_issuer, scope_year = _scope(scope)
    base = dict(text=t, issuer=scope_issuer, year=scope_year, truncated=truncated)
    bare = _PUNCT.sub("", t)
    if not bare:  # a lone emoji is chat; a lone "?" asks for help; nothing at all is empty
        rest = strip_mentions(fold(raw[:MAX_CHARS]))
        emoji = any(unicodedata.category(ch) == "So" for ch in rest)
        return Query(**base, intent="smalltalk" if emoji else "help" if rest.strip() else "empty")
    if _MORE.match(bare):
        return Query(**base, intent="more")
    if _SMALLTALK.match(bare) and _GREETING.sub("", bare):  # greetings alone get the help text
        return Query(**base, intent="smalltalk")
    if _HELP.match(_GREETING.sub("", bare) or "帮助"):
        return Query(**base, intent="help")

    mentions = units.find_mentions(t)
    unit_spans = [(m.start, m.end) for m in mentions]
    blanked = _blank(t, unit_spans)

    text_issuers, issuer_spans = _issuers(blanked, units, issuers, scope_issuer)
    years, year_spans = _years(blanked, today)
    deadline_year = years[0] if len(years) == 1 else scope_year or today.year
    deadline, invalid, deadline_spans = _deadline(blanked, today, deadline_year)

    # towns, streets, parks (a district government is named by the city plan: level 市)
    places = [m for m in mentions if m.known and m.district and units.level(m.keys[0]) != "市"]
    districts = _districts(blanked, units)
    entity = districts[0] if districts else (places[0].keys[0] if places else None)

    issuer = scope_issuer
    if len(text_issuers) == 1:
        issuer = text_issuers[0]
    elif len(text_issuers) > 1:
        issuer = None
    elif places and places[0].district in issuers:
        issuer = places[0].district
    elif (CITY in issuers and issuer not in (None, CITY)
          and any(m.keys and all(units.level(k) == "市" for k in m.keys) for m in mentions)):
        issuer = CITY  # 市生态环境局… named in a district chat: the city plan
    year = years[0] if len(years) == 1 else (None if years else scope_year)

    level = "市" if issuer == CITY else "区" if issuer else None
    known = [units.narrow(m, level) if level else m for m in mentions if m.known]
    unknown = tuple(m for m in mentions if not m.known)
    self_unit, self_issuer, intro_end = _self_intro(t, mentions, units, issuers)
    if self_unit is not None and self_unit.known and level:
        self_unit = units.narrow(self_unit, level)

    role = _role(blanked)
    terms = tuple(dict.fromkeys([*default_metrics().terms(t), *(term for rx, term in _TERMS if rx.search(t))]))
    attachment, attachment_spans = _attachment(blanked)
    plan_words, plan_spans = _plan_words(blanked)
    content = _blank(t, issuer_spans + year_spans, "").strip(" ,.!?;:、。")
    common = dict(
        base, content=content, issuer=issuer, issuers=tuple(text_issuers), year=year, years=tuple(years),
        attachment=attachment, plan_words=plan_words, units=tuple(known),
        self_unit=self_unit, deadline=deadline, invalid_deadline=invalid, indicator_terms=terms, entity=entity,
    )
    has_unit = bool(mentions)
    self_reference = not has_unit and bool(_SELF_REF.search(blanked))
    after_intro = blanked[intro_end:] if self_unit is not None or self_issuer else blanked
    list_ask = bool(_LIST_ASK.search(after_intro))

    field: AttributeField | None = None
    if (self_unit is not None or self_issuer) and not list_ask and role is None:
        intent: Intent = "set_unit"
    elif len(text_issuers) > 1 or len(years) > 1 or _COMPARE.search(blanked):
        intent = "compare"
    elif m := _ATTR_UNIT.search(blanked):
        intent, field = "attribute", _VERB_FIELD.get(next(v for v in m.groups() if v), "main")
    elif (deadline or invalid) and (list_ask or has_unit or _DUE_ASK.search(blanked)) and not _YES_NO.search(blanked):
        intent, role = "deadline_list", role or ("any" if has_unit or self_reference else None)
    elif _ATTR_DEADLINE.search(blanked):
        intent, field = "attribute", "deadline"
    elif _INDICATOR_ASK.search(blanked) and (
        entity or any(term in _POLLUTION_TERMS for term in terms) or _METRIC.search(blanked)
    ) or (entity and terms and _content_chars(_blank(blanked, issuer_spans)) <= len(entity)):
        intent = "indicator"  # ...or a bare "朝阳区PM2.5": a place and a metric, nothing else
    elif (has_unit or self_reference) and (list_ask or role) and _content_chars(
        _blank(blanked, issuer_spans + year_spans + deadline_spans + attachment_spans + plan_spans)
    ) < 4:
        intent, role = "dept_list", role or "any"
    else:
        intent = "topic"
    superlative = _superlative(blanked)
    named = {*districts, *(p.keys[0] for p in places)}
    if intent in ("topic", "indicator") and (superlative and (terms or _SET_ASK.search(blanked))
                                             or terms and (len(named) > 1 or _VERSUS.search(blanked))):
        intent = "compare"  # 哪个区PM2.5目标最低 / 通州和大兴的PM2.5目标: one value per side
    if intent not in ("dept_list", "deadline_list", "set_unit"):
        unknown = ()  # an unknown unit matters where it is what is asked about; elsewhere it is a topic word
    return Query(**common, intent=intent, role=role, attribute_field=field, unknown_units=unknown,
                 self_reference=self_reference, superlative=superlative, difference=_difference(blanked))


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


def _issuers(text: str, units: UnitDirectory, issuers: Collection[str], scope_issuer: str | None):
    """Issuers the text names, in order, and where (大兴, 门头沟区, 全市, 咱区 = the chat's own)."""
    names = sorted((w for w, d in units.districts.items() if d in issuers), key=len, reverse=True)
    parts = [_CITY_WORDS] if CITY in issuers else []
    if names:
        parts.append("(?:" + "|".join(map(re.escape, names)) + ")" + _NOT_ISSUER_AFTER)
    parts.append(r"咱区|咱们区|我们区|我区|本区|(?:^|(?<=[在,。\s]))区里")
    pattern = re.compile(r"(?:北京市)?(" + "|".join(f"(?:{p})" for p in parts) + ")")
    found, spans = [], []
    for m in pattern.finditer(text):
        word = m[1]
        if re.fullmatch(_CITY_WORDS, word):
            issuer = CITY
        elif word in units.districts:
            issuer = units.districts[word]
        else:
            issuer = scope_issuer if scope_issuer and scope_issuer != CITY else None
        if issuer and issuer not in found:
            found.append(issuer)
        spans.append(m.span())
    return found, spans


def _districts(text: str, units: UnitDirectory) -> list[str]:
    """Beijing districts named (indicator rows), in order: 通州区, 朝阳, 经开区 …"""
    names = sorted(units.districts, key=len, reverse=True)
    rx = re.compile("(?:" + "|".join(map(re.escape, names)) + ")" + _NOT_ISSUER_AFTER)
    return list(dict.fromkeys(units.districts[m[0]] for m in rx.finditer(text)))


def _years(text: str, today: date) -> tuple[list[int], list[tuple[int, int]]]:
    """Plan years named: 2021年, 21年, 二〇二一年, 今年/去年/明年.  Years after next year are targets, not plans."""
    found: list[tuple[int, int, int]] = []
    for m in re.finditer(r"(?<![0-9A-Za-z.])(20[1-3]\d)\s*年?(?!\d)", text):
        found.append((m.start(), int(m[1]), m.end()))
    for m in re.finditer(r"(?<![0-9A-Za-z.])(\d{2})\s*年(?!代)", text):
        found.append((m.start(), 2000 + int(m[1]), m.end()))
    for m in re.finditer(r"二[〇零○]([〇零○一二三四五六七八九]{2})年", text):
        found.append((m.start(), 2000 + 10 * _CN_DIGITS[m[1][0]] + _CN_DIGITS[m[1][1]], m.end()))
    for word, delta in (("今年", 0), ("本年度", 0), ("本年", 0), ("去年", -1), ("明年", 1), ("前年", -2)):
        for m in re.finditer(word, text):
            found.append((m.start(), today.year + delta, m.end()))
    years = [y for _, y, _ in sorted(found) if 2000 <= y <= today.year + 1]
    return list(dict.fromkeys(years)), [(s, e) for s, y, e in found if 2000 <= y <= today.year + 1]


def _cn_number(s: str) -> int:
    if s.isdigit():
        return int(s)
    if "十" in s:
        head, _, tail = s.partition("十")
        return (_CN_DIGITS.get(head, 1) if head else 1) * 10 + (_CN_DIGITS.get(tail, 0) if tail else 0)
    return _CN_DIGITS.get(s, 0)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _deadline(text: str, today: date, year: int):
    """(filter, invalid words, spans) for the first deadline phrase in the text."""
    def by(end: date, m: re.Match, start: date | None = None):
        return DeadlineFilter(kind="by", phrase=m[0], start=start or date(end.year, 1, 1), end=end), None, [m.span()]

    def within(start: date, end: date, m: re.Match):
        return DeadlineFilter(kind="within", phrase=m[0], start=start, end=end), None, [m.span()]

    def label(value: str, m: re.Match, exact: bool):
        return DeadlineFilter(kind="label", phrase=m[0], label=normalize_label(value), exact=exact), None, [m.span()]

    def invalid(m: re.Match):
        return None, m[0], [m.span()]

    for m in _QUOTED.finditer(text):
        if _LOOKS_LIKE_DEADLINE.search(m[1]):
            return label(m[1], m, True)
    if m := re.search(r"(?:\d{4}年\d{1,2}月\d{1,2}日)?并?长期实施|持续推进|持续实施|长期坚持|按时间节点", text):
        return label(m[0], m, m[0][0].isdigit())
    if m := re.search(r"(?<!\d)(\d{1,2})\s*[-—–~]\s*(\d{1,2})\s*月", text):
        a, b = int(m[1]), int(m[2])
        return label(f"{a}-{b}月", m, True) if 1 <= a <= b <= 12 else invalid(m)
    if m := re.search(_NUM + r"\s*月?份?\s*(?:到|至)\s*" + _NUM + r"\s*月份?", text):
        a, b = _cn_number(m[1]), _cn_number(m[2])
        return within(date(year, a, 1), _month_end(year, b), m) if 1 <= a <= b <= 12 else invalid(m)
    if m := re.search(_NUM + r"\s*(个)?\s*(天|日|周|星期|个月|月)\s*(?:内|之内|以内)", text):
        n, unit = _cn_number(m[1]), m[3]
        end = _add_months(today, n) if "月" in unit else today + timedelta(days=n * (7 if unit in ("周", "星期") else 1))
        return within(today, end, m)
    if m := re.search(r"近期|最近|快到期|即将到期|马上到期", text):
        return within(today, today + timedelta(days=30), m)
    if m := re.search(r"(本月|这个月|当月|这月|下个月|下月)(?:底|末)?(?:前|之前|内|之内)?", text):
        nxt = m[1] in ("下个月", "下月")  # 下个月 = inside next month; 下个月底前 = from now to its end
        first = _add_months(today.replace(day=1), 1 if nxt else 0)
        return within(today if nxt and m[0].endswith("前") else first, _month_end(first.year, first.month), m)
    if m := re.search(r"(本周|这周|这个星期|下周|下个星期)", text):
        start = today - timedelta(days=today.weekday()) + timedelta(days=7 if m[1].startswith("下") else 0)
        return within(start, start + timedelta(days=6), m)
    if m := re.search(r"(?:(\d{4})\s*年)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]", text):
        try:
            return by(date(int(m[1] or year), int(m[2]), int(m[3])), m)
        except ValueError:
            return invalid(m)
    if m := re.search(r"(?:(\d{4})\s*年)?" + _NUM + r"\s*月(份)?(底|末|中旬|上旬|下旬|初)?(前|之前|以前)?", text):
        y, month, part, before = int(m[1] or year), _cn_number(m[2]), m[4], m[5]
        if not 1 <= month <= 12:
            return invalid(m)
        if part in ("底", "末", "下旬"):
            return by(_month_end(y, month), m)
        if part in ("上旬", "初", "中旬"):
            return by(date(y, month, 20 if part == "中旬" else 10), m)
        if before:  # 9月前: before September starts
            return by(date(y, month, 1) - timedelta(days=1), m, date(y, 1, 1))
        return within(date(y, month, 1), _month_end(y, month), m)
    if m := re.search(r"第?([一二三四五六七八九\d])\s*季度(末|底|结束)?(前|之前|以前)?|(?<![a-zA-Z])[qQ](\d)(?!\d)", text):
        q = _cn_number(m[1] or m[4])
        if not 1 <= q <= 4:
            return invalid(m)
        if m[2] or m[3]:
            return by(_month_end(year, q * 3), m)
        return within(date(year, q * 3 - 2, 1), _month_end(year, q * 3), m)
    if m := re.search(r"上半年|下半年", text):
        if m[0] == "上半年":
            return by(date(year, 6, 30), m)
        return within(date(year, 7, 1), date(year, 12, 31), m)
    if m := re.search(r"(?:(\d{4})\s*)?(?:今年|本年度?)?(?:年底|年末|年内|全年|今年内)(?:前|之前|以前)?", text):
        return by(date(int(m[1] or year), 12, 31), m)
    return None, None, []


def _self_intro(text: str, mentions: list[UnitMention], units: UnitDirectory, issuers: Collection[str]):
    """("我是区水务局的" -> that unit, "我是大兴区的" -> that issuer, where the introduction ends)."""
    for m in _SELF_INTRO.finditer(text):
        for mention in mentions:
            gap = text[m.end():mention.start]
            if mention.start >= m.end() and _only_places(gap, units):
                return mention, None, mention.end
        if d := re.match("|".join(sorted(map(re.escape, units.districts), key=len, reverse=True)), text[m.end():]):
            district = units.districts[d[0]]
            if district in issuers:
                return None, district, m.end() + d.end()
    return None, None, 0


def _only_places(gap: str, units: UnitDirectory) -> bool:
    """A gap like 大兴区 / 北京市 / '' between 我是 and a unit name."""
    rest = gap
    for w in sorted([*units.districts, "北京市", "北京", "区", "市"], key=len, reverse=True):
        rest = rest.replace(w, "")
    return not rest.strip()


def _role(text: str) -> Role | None:
    roles = {role for role, rx in _ROLE_WORDS if rx.search(text)}
    if "lead" in roles:
        roles.discard("main")  # 负责牵头 / 牵头负责
    if roles == {"lead", "responsible"}:
        return "main"
    if len(roles) > 1:
        return "any"
    return next(iter(roles), None)


def _attachment(text: str) -> tuple[str | None, list[tuple[int, int]]]:
    m = _ATTACHMENT.search(text)
    return (f"附件{_cn_number(m[1])}", [m.span()]) if m else (None, [])


def _plan_words(text: str) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    for rx, keywords in _PLANS:
        if m := re.search(rx + _PLAN_SUFFIX, text):
            return keywords, [m.span()]
    return (), []


_SUPERLATIVES = (  # first match wins: 最严 before 最低 (最严格的最低值 is still "strictest")
    ("strictest", re.compile(r"最严|最高要求|最苛刻|最紧|strictest|most stringent", re.I)),
    ("loosest", re.compile(r"最宽松?|最松|loosest|most lenient", re.I)),
    ("max", re.compile(r"最高|最大(?!限度|程度|化)|最多|排名?第一|highest|largest|the most\b|maximum", re.I)),
    ("min", re.compile(r"最低|最小(?!化)|最少|lowest|smallest|fewest|the least\b|minimum", re.I)),
)
_SET_ASK = re.compile(r"(?:哪个|哪些|哪几个|哪一个|哪|谁|各)(?:区|镇街|镇|街道|乡镇|乡|属地|地区)")
_VERSUS = re.compile(r"哪个更?(?:严|低|高|宽松|多|少|好)|更(?:严|低|高|宽松)|(?:和|跟|与|同).{1,8}比(?![率例重较])|"
                     r"(?<![对相])比(?![率例重较])[^,?。]{1,8}(?:高|低|严|松|宽|多(?!少)|少)|"
                     r"差多少|相差|差距|高多少|低多少")
_DIFFERENCE = re.compile(r"差多少|差几|相差|差距|差值|差了|差异多大|高多少|低多少|多多少|少多少|高出|低出|多出|少了多少|"
                         r"高了多少|低了多少|差别多大|difference|how much (?:higher|lower|more|less)|\bgap\b", re.I)


def _superlative(text: str) -> Literal["max", "min", "strictest", "loosest"] | None:
    """最严 / 最宽松 / 最高 / 最低 (最大限度, 最小化 are manner words, not superlatives)."""
    return next((kind for kind, rx in _SUPERLATIVES if rx.search(text)), None)


def _difference(text: str) -> bool:
    """差多少 / 相差 / 高多少: the question asks for the gap between two values."""
    return bool(_DIFFERENCE.search(text))
