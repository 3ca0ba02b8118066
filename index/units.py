"""Unit names: clean a printed name, group the names staff use for one unit, find units in a question.

Records keep unit names as printed (conventions.md); the alias table (`unit_aliases.toml`, plus
an optional deployer file) is applied only here, at matching time, so a better table never needs
a re-ingest.  Aliases are per name: 区生态环境局 is printed by several districts, and telling them
apart is the issuer filter's job, not this module's.

Mistyped names (城官委, 区生态环竟局, 区水物局) are matched tolerantly, but only where no exact
name or alias matches: a homophone or a one-character slip of one unit, clearly closer than any
other unit, is taken; a near miss that could be two units only yields suggestions to ask about.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from .models import Measure

LEVELS = ("区", "市")
PLACE_FORMS = {  # the other printed forms of a place's name (X镇 -> X镇人民政府 …)
    "镇": ("人民政府", "政府"),
    "街道": ("办事处", "办"),
    "地区": ("办事处",),
}

_EMPTY = re.compile(r"[—\-－–_/]*|无")
_ETC = ("等相关部门", "等有关部门", "等相关单位", "等有关单位", "等部门", "等单位", "等")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Characters that end a unit name's left edge in running text (question words, particles…).
_STOP = set("的是我你他她它们在问请和与跟及或给让找这那个咱有哪些啥什么吗呢吧啊了说看查把被对向从由为于就都也还想要能会该"
            "下上里各每本其此并且而以年月日天前后今明去内外由归谁比较")  # 比|较: X比Y, a comparison
# Verbs that glue onto a unit name in running text (配合环保局, 问下水务局) and are not part of it.
_GLUE = ("牵头", "负责", "配合", "协助", "协办", "参与", "涉及", "主责", "属于", "来自", "就是", "联系", "需要",
         "关于", "请问", "问下", "查下", "查询", "咨询", "看看", "还有", "以及", "或者", "包括", "除了", "比如",
         "例如", "通知", "告诉", "提醒", "咱们", "我们", "列出", "列举", "罗列", "梳理", "汇总", "统计", "整理",
         "盘点", "查看", "显示", "承担", "根据", "依据", "按照", "对于", "由于",
         "换成", "改成", "换为", "改为", "换到", "如果是", "要是", "假如")
# the endings staff drop from a generic unit's name (大兴商务 for 区商务局, 公安 for 公安分局); 办
# is not one (政府办 without it is the government itself)
_ENDINGS = ("委员会", "分局", "局", "委")
# committee names as printed (short) and as written in full (long): 委 / 委员会, 管委会 / 管理委员会
_LONG_FORMS = (("管委会", "管理委员会"), ("党工委", None), ("委", "委员会"))  # None: no long form
# A plan named right before a unit ends the unit's left edge (行动计划中|区水务局, 《…》中|区交通局):
# no unit's name holds 计划, 方案 or a title's closing mark.
_DOCUMENT = re.compile(r"(?:计划|方案|文件|附件\w?|》)[中里内的]?")
_UNIT_LIKE = re.compile(
    r"([\u4e00-\u9fff]{1,12}?)"
    r"(办公室|办事处|(?<=管[\u4e00-\u9fff])处|管委会|委员会|支队|大队|队(?!伍)|厅|(?<![督承主协代包举创开兴帮领交转查申合联快通即首经着了过])办(?![理法公事好完成])|中心(?!城区)|公司|集团|政府|分局|局(?![长部面势限])|委(?![托派婉屈]))"
)

# A name whose last character is typed by its sound (交通句, 区教伟, 规自分句): read only when the
# whole word then mistypes one known unit, so 数据 / 一句 never become unknown units
_RUNS_ON = re.compile(r"[\u4e00-\u9fff][局委句据伟]")  # the ending a stem runs into (市场监管|理局)
# Words that start with a sound a unit's ending has (委/局) and are not that ending (城管|为什么)
_WORDS_NOT_AN_ENDING = ("为什么", "为啥", "为何", "为了", "未来", "位于", "举办", "举报", "据说", "据悉", "具体", "居民")
_UNIT_SOUNDALIKE = re.compile(r"([\u4e00-\u9fff]{1,12}?)([句剧据举菊桔伟维威微尾])")

# Traditional -> simplified for the characters this domain's questions use.  Only characters
# that are never simplified forms themselves, so folding cannot change a simplified text.
_TRAD = (
    "環环區区務务業业農农發发園园綠绿衛卫設设築筑質质氣气測测監监場场門门頭头溝沟雲云興兴長长專专東东車车運运"
    "輸输節节體体態态動动點点時时間间麼么誰谁負负責责牽牵協协辦办應应關关計计劃划資资規规經经濟济財财統统術术"
    "電电濕湿汙污塵尘聲声廢废無无類类劑剂廠厂標标達达數数優优項项總总減减個个們们這这裡里裏里嗎吗會会際际縣县"
    "鎮镇處处員员執执稅税啟启啓启開开進进團团隊队網网訊讯連连續续實实現现級级爭争緊紧該该說说請请問问還还幾几"
    "臺台檢检驗验醫医療疗藥药護护險险報报擴扩條条織织構构機机內内層层傳传導导將将對对從从與与為为於于並并產产"
    "熱热災灾紅红黃黄藍蓝淨净潔洁凈净鄉乡莊庄寧宁義义陽阳懷怀順顺豐丰風风預预異异濃浓顆颗細细揮挥棄弃礦矿壩坝"
    "庫库飲饮圍围復复損损賠赔償偿審审證证許许訂订約约談谈單单價价貨货載载駕驾線线維维養养綜综備备戶户廚厨飯饭"
    "燒烧紙纸墳坟掃扫噸吨畝亩萬万億亿兩两週周書书記记銷销費费補补貼贴獎奖勵励擔担幫帮謝谢話话題题後后雜杂亂乱"
    "邊边樣样幹干號号碼码聯联絡络郵邮頁页轉转遷迁擾扰葉叶溫温燈灯罰罚屬属參参與与產产狀状況况嗎吗啥啥壤壤鄰邻"
)
_TRAD_MAP = {t: s for t, s in zip(_TRAD[0::2], _TRAD[1::2]) if t != s}


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch < "\x80":
        return ch
    n = unicodedata.normalize("NFKC", ch)
    n = n if len(n) == 1 else ch
    return _TRAD_MAP.get(n, n)


def fold(text: str) -> str:
    """Full-width -> half-width, compatibility forms -> plain, traditional -> simplified.

    One character in, one character out, so offsets into the folded text are offsets into
    the original (mention spans stay valid).  Case is left alone.
    """
    return "".join(map(_fold_char, text))


def clean_unit(name: str) -> str | None:
    """One printed unit name for storage; None when the cell means "no unit".

    Spaces go (PDF cells wrap names); ——/--/—/empty mean none; a trailing 等部门/等单位/等 is
    dropped (区城管执法局等部门 -> 区城管执法局).  A name that is nothing but 等部门 is None.
    """
    n = re.sub(r"\s+", "", name).strip("、，,；;。")
    for tail in _ETC:
        if n.endswith(tail):
            n = n[: -len(tail)]
            break
    return None if _EMPTY.fullmatch(n) else n


class UnitMention(BaseModel):
    """A unit named in a question.  `names` are the printed names a record list is matched against.

    `keys` are the alias groups the words can mean: one normally, several when the words are
    ambiguous (城管局, or a bare 生态环境局 before the issuer narrows it), none when the unit
    is unknown.  `collectives` are the collective entries (各镇街 …) that cover this unit; they
    are never part of `names`, so a caller lists them separately.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int
    keys: tuple[str, ...] = ()
    names: frozenset[str] = frozenset()
    collectives: frozenset[str] = frozenset()
    district: str | None = None
    known: bool = True
    ambiguous: bool = False  # two different units at one level (城管局): worth asking which
    corrected: str | None = None  # the known name a mistyped mention was matched to (城官委 -> 城管委)
    suggestions: tuple[str, ...] = ()  # an unknown mention's near misses, to ask "是指…吗？"

    @property
    def label(self) -> str:
        """How to call the unit in an answer."""
        return self.keys[0] if self.keys else self.text


def _load_tables(extra: Sequence[str | Path]) -> list[dict[str, Any]]:
    """The bundled alias table followed by the deployer's files, parsed."""
    bundled = resources.files("planbot.index") / "unit_aliases.toml"
    tables = [tomllib.loads(bundled.read_text(encoding="utf-8"))]
    tables += [tomllib.loads(Path(p).read_text(encoding="utf-8")) for p in extra]
    return tables


class UnitDirectory:
    """Every unit name known from the records and the alias table, and how they group.

    Built from the printed names of the records (any order, duplicates fine) and the alias
    tables; afterwards read-only.  A "key" is a group's canonical name: the first name the
    table gives it (区生态环境局), or the printed name for a unit the table does not know.
    """

    def __init__(self, printed: Iterable[str], extra_aliases: Sequence[str | Path] = ()) -> None:
        self._parent: dict[str, str] = {}
        self._order: dict[str, int] = {}
        self._level: dict[str, str | None] = {}
        self._place: dict[str, tuple[str, str]] = {}  # name -> (district, kind)
        self._covers: dict[str, set[str]] = {}  # collective name -> kinds of place
        self._every: dict[str, bool] = {}  # collective name -> all of its kind (各镇), not some (相关镇)
        self._bare: dict[str, set[str]] = {}  # unprefixed generic name -> its 区/市 names
        self._ambiguous: dict[str, list[str]] = {}
        self._generic: set[str] = set()
        self._literal: set[str] = set()
        self._ignore: set[str] = set()
        self._english: dict[str, str] = {}  # English name (lower case) -> a name of the tables above
        self.districts: dict[str, str] = {}  # name or alias (大兴, 经开区) -> district
        self.places: dict[str, str] = {}  # town / street / 地区 / 园区 -> district
        for table in _load_tables(extra_aliases):
            self._add_table(table)
        self._printed: set[str] = set()
        for name in printed:
            if name and name.strip():
                self._add_printed(name)
        self._add_long_forms()
        self._finish()

    @classmethod
    def from_measures(cls, measures: Iterable[Measure], extra_aliases: Sequence[str | Path] = ()) -> UnitDirectory:
        return cls((u for m in measures for u in (*m.lead, *m.responsible, *m.assist)), extra_aliases)

    # ------------------------------------------------------------------ building

    def _add(self, name: str, level: str | None = None) -> str:
        if name not in self._parent:
            self._parent[name] = name
            self._order[name] = len(self._order)
            self._level[name] = level
        return name

    def _find(self, name: str) -> str:
        root = name
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[name] != root:
            self._parent[name], name = root, self._parent[name]
        return root

    def _union(self, names: Iterable[str], level: str | None = None) -> None:
        names = [self._add(n, level) for n in names]
        for other in names[1:]:
            a, b = self._find(names[0]), self._find(other)
            if a != b:
                first, second = sorted((a, b), key=self._order.__getitem__)
                self._parent[second] = first

    def _add_table(self, table: dict[str, Any]) -> None:
        for group in table.get("generic", []):
            self._generic.update(group["names"])
            for level in LEVELS:
                self._union([level + n for n in group["names"]], level)
                for n in group["names"]:
                    self._bare.setdefault(n, set()).add(level + group["names"][0])
        for group in table.get("literal", []):
            self._union(group["names"], group.get("level"))
            self._literal.update(group["names"])
        for group in table.get("collective", []):
            self._union(group["names"])
            for n in group["names"]:
                self._covers.setdefault(n, set()).update(group["covers"])
                self._every[n] = group.get("every", True)
        for word, targets in table.get("ambiguous", {}).items():
            self._ambiguous.setdefault(word, []).extend(targets)
        districts = table.get("districts", {})
        for d in districts.get("names", []):
            self.districts[d] = d
            if d.endswith("区") and 3 <= len(d) <= 4:
                self.districts[d[:-1]] = d
            self._add_place(d, "区", d)  # as a unit: 大兴区政府 / 大兴区人民政府
        self.districts.update(districts.get("aliases", {}))
        for district, kinds in table.get("places", {}).items():
            for kind, names in kinds.items():
                for n in names:
                    self._add_place(n, kind, district)
        self._ignore.update(table.get("unknown", {}).get("ignore", []))
        for name, target in table.get("english", {}).items():
            for variant in _english_variants(name.lower()):
                self._english.setdefault(variant, target)
            self._english[name.lower()] = target

    def _add_place(self, name: str, kind: str, district: str) -> None:
        if kind == "区":  # a district is a unit only as its government, named by the city plan
            forms = [name + "政府", name + "人民政府"]
            for f in forms:
                self._add(f, "市")
        else:
            forms = [name] + [name + suffix for suffix in PLACE_FORMS.get(kind, ())]
            self.places[name] = district
        self._union(forms)
        for f in forms:
            self._place[f] = (district, kind)

    def _add_printed(self, name: str) -> None:
        self._printed.add(name)
        if name in self._parent:
            return
        if name in self._generic:  # printed without prefix: a district plan's own bureau
            self._union([name, "区" + name], "区")
            return
        self._add(name, name[0] if name[0] in LEVELS and len(name) >= 3 else None)
        rest = name[1:]
        if name[0] in LEVELS and len(rest) >= 2 and rest not in ("政府", "人民政府"):
            self._bare.setdefault(rest, set()).add(name)

    def _add_long_forms(self) -> None:
        """The formal full form of every name that abbreviates a committee (区城市管理委 ->
        区城市管理委员会, 经开区管委会 -> 经开区管理委员会), as an official writes it."""
        for name in list(self._parent):
            for short, full in _LONG_FORMS:
                if name.endswith(short) and len(name) > len(short) + 1:
                    if full:
                        self._union([name, name[: -len(short)] + full], self._level[name])
                    break

    def _finish(self) -> None:
        """Freeze the groups into lookup tables: surface word -> group roots, root -> facts."""
        self._members: dict[str, list[str]] = {}
        for name in sorted(self._parent, key=self._order.__getitem__):
            self._members.setdefault(self._find(name), []).append(name)
        self._root_level = {
            root: (levels.pop() if len(levels := {self._level[n] for n in names}) == 1 else None)
            for root, names in self._members.items()
        }
        self._printed_of = {
            root: frozenset(n for n in names if n in self._printed) for root, names in self._members.items()
        }
        surface: dict[str, set[str]] = {}
        for bare, targets in self._bare.items():
            surface.setdefault(fold(bare), set()).update(self._find(t) for t in targets)
        for name in self._parent:
            surface[fold(name)] = {self._find(name)}
        for word, targets in self._ambiguous.items():
            surface[fold(word)] = set().union(*(self._resolve(t) for t in targets))
        self._surface = {k: frozenset(v) for k, v in surface.items() if len(k) >= 2 and v}
        self._stems = frozenset(fold(level + n) for n in self._generic for level in ("", *LEVELS)
                                if not _UNIT_LIKE.fullmatch(n)) \
            | frozenset(fold(w) for w in self._ambiguous if not _UNIT_LIKE.fullmatch(w))  # 市场监管, 区住建, 规自: no unit ending
        self._by_first: dict[str, list[int]] = {}
        for word in self._surface:
            self._by_first.setdefault(word[0], []).append(len(word))
        for lengths in self._by_first.values():
            lengths.sort(reverse=True)
        self._english_roots = {name: frozenset(self._resolve(target)) for name, target in self._english.items()}
        names = sorted((n for n, roots in self._english_roots.items() if roots), key=len, reverse=True)
        self._english_rx = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")s?\b", re.I) if names else None
        self._place_words = sorted({fold(w) for w in (*self.districts, *self.places, "北京", "北京市", "全市", "全区",
                                                         "本市", "本区", "我区", "咱区", "市级", "区级", "区", "市")},
                                   key=len, reverse=True)
        self._place_set = frozenset(self._place_words)
        self._place_names = tuple(w for w in self._place_words if len(w) >= 2)  # 门头沟, 大兴区; not a bare 区/市
        sounds: dict[tuple[str, ...], set[str]] = {}
        for w in self._place_names:
            if _CJK.match(w):
                sounds.setdefault(syllables(w), set()).add(self.districts.get(w) or w)
        # a place typed by sound (蜜云, 门头钩, 大星): one place per sound, or none
        self._place_sounds = {k: v.pop() for k, v in sounds.items() if len(v) == 1}
        self._place_sound_lengths = sorted({len(k) for k in self._place_sounds}, reverse=True)

    def _resolve(self, word: str) -> set[str]:
        """Roots a name, bare word or [ambiguous] word stands for (used for [ambiguous] and [english] targets)."""
        if word in self._parent:
            return {self._find(word)}
        if word in self._ambiguous and word not in self._bare:
            return set().union(*(self._resolve(t) for t in self._ambiguous[word] if t != word))
        return {self._find(t) for t in self._bare.get(word, ())}

    def _roots(self, name: str) -> list[str]:
        roots = self._surface.get(fold(name), frozenset())
        if name in self._parent:
            roots = frozenset({self._find(name)})
        return self._ranked(roots)

    def _ranked(self, roots: Iterable[str]) -> list[str]:
        """District groups first (4 of the 5 sample plans are district plans), then table order."""
        return sorted(roots, key=lambda r: (self._root_level[r] != "区", self._order[r]))

    # ------------------------------------------------------------------ queries by name

    def level(self, key: str) -> str | None:
        """The plan level that names this group: 区 (区水务局), 市 (市水务局, 通州区政府), else None."""
        return self._root_level.get(key)

    def printed(self) -> frozenset[str]:
        """The unit names the records print (the tokenizer's dictionary uses them)."""
        return frozenset(self._printed)

    def surface_words(self) -> frozenset[str]:
        """Every name and alias a question may use for a unit (folded): the tokenizer keeps them whole."""
        return frozenset(self._surface)

    def is_known(self, name: str) -> bool:
        return bool(self._roots(name))

    def canonical(self, name: str) -> str:
        """The group key of a name (区住建委 -> 区住房城乡建设委); an unknown name is returned as is.

        A bare name that means a unit at either level (生态环境局) gets the district one: callers
        filter by issuer anyway, and 4 of the 5 sample plans are district plans.
        """
        roots = self._roots(name)
        return roots[0] if roots else name

    def names_for(self, name: str, expand_collectives: bool = False) -> set[str]:
        """Every printed name in the same alias group(s), the name itself included.

        With expand_collectives, also the collectives that cover it (魏善庄镇 -> 各镇人民政府 …);
        off by default because a unit's own list does not include collective entries.
        """
        names = {name}
        for root in self._roots(name):
            names |= self._printed_of[root]
        if expand_collectives:
            names |= self.collectives_for(name)
        return names

    def matches(self, query_unit: str, printed_name: str, expand_collectives: bool = False) -> bool:
        """Does a record's printed unit name mean the unit the user asked about?"""
        if query_unit == printed_name or set(self._roots(query_unit)) & set(self._roots(printed_name)):
            return True
        return expand_collectives and printed_name in self.collectives_for(query_unit)

    def collectives_for(self, name: str) -> set[str]:
        """Collective names (printed or from the table) whose members include this unit."""
        kinds = {self._place[m][1] for root in self._roots(name) for m in self._members[root] if m in self._place}
        return {n for n, covers in self._covers.items() if covers & kinds}

    def _kin(self, root: str) -> set[str]:
        """Printed collectives addressed to some of the same places, all of them or some as the
        asked one: 各镇街 in a plan printing 各镇人民政府 and 各街道办事处, and the reverse."""
        if not (covers := self._covers.get(root)):
            return set()
        return {n for n, kinds in self._covers.items()
                if n in self._printed and kinds & covers and self._every[n] == self._every[root]}

    def _root_district(self, root: str) -> str | None:
        return next((self._place[m][0] for m in self._members[root] if m in self._place), None)

    def district_of(self, name: str) -> str | None:
        """The district of a town, street, park or district government."""
        for root in self._roots(name):
            for m in self._members[root]:
                if m in self._place:
                    return self._place[m][0]
        return None

    # ------------------------------------------------------------------ mentions in text

    def mention(self, text: str, start: int, end: int, roots: Iterable[str]) -> UnitMention:
        """A mention of the given groups (also used to narrow a mention to fewer groups)."""
        roots = list(roots)
        if any(self._printed_of[r] for r in roots):  # 市城管执法局 is in no plan: drop it
            roots = [r for r in roots if self._printed_of[r]]
        levels = [self._root_level[r] for r in roots]
        names = frozenset().union(*(self._printed_of[r] | self._kin(r) for r in roots)) if roots else frozenset()
        district = next((self._place[m][0] for r in roots for m in self._members[r] if m in self._place), None)
        return UnitMention(
            text=text, start=start, end=end, keys=tuple(roots), names=names,
            collectives=frozenset(c for r in roots for c in self.collectives_for(r)), district=district,
            ambiguous=len(levels) != len(set(levels)) or (None in levels and len(levels) > 1),
        )

    def narrow(self, mention: UnitMention, level: str, district: str | None = None) -> UnitMention:
        """Keep the groups of one level (区 for a district plan, 市 for the city plan) when that leaves any,
        and of them those of the plan's `district` or of none (中关村园区 in 密云区's plan: 中关村密云园)."""
        keep = [k for k in mention.keys if self._root_level[k] in (level, None)] or list(mention.keys)
        if district:
            keep = [k for k in keep if self._root_district(k) in (district, None)] or keep
        if not mention.known or not keep or len(keep) == len(mention.keys):
            return mention
        return self.mention(mention.text, mention.start, mention.end, keep)

    def find_mentions(self, text: str) -> list[UnitMention]:
        """Units named in a question, longest match first, in text order.

        Known names, aliases and bare names (水务局 for 区水务局/市水务局) are found with or
        without a place in front (大兴区环保局, 门头沟住建委); English names from the table's
        [english] section ("the water bureau").  Words that look like a unit but
        are not in the directory (火星局, 火星环保局) come back with known=False, so the bot can
        say it does not know the unit instead of answering for a different one.
        """
        t = fold(text)
        found: list[UnitMention] = []
        i, n, covered = 0, len(t), 0
        while i < n:
            length = self._longest(t, i)
            if length and self._stem_cut(t, i, length):
                length = 0
            if not length:
                i += 1
                continue
            # 门头沟区政府|办公室: a place, then a longer name reaching further (区政府办公室)
            j = next((j for j in range(i + 1, i + length) if t[i:j] in self._place_set
                      and j + self._longest(t, j) > i + length), None)
            if j is not None:
                i, length = j, self._longest(t, j)
            stem = self._foreign_prefix(t[covered:i])
            if stem:
                start = i - len(stem)
                found.append(self._tolerant(UnitMention(text=t[start:i + length], start=start, end=i + length,
                                                        known=False)))
            else:
                found.append(self._glued_slip(t, covered, i, length)
                             or self.mention(t[i:i + length], i, i + length, self._roots(t[i:i + length])))
            i = covered = i + length
        found += self._english_mentions(t, found)
        return self._join_slips(t, sorted(found + [m if m.known else self._tolerant(m) for m in self._unknown(t, found)],
                                          key=lambda m: m.start))

    def place_head(self, text: str) -> int:
        """Length of the place name (大兴, 门头沟区) or its homophone (蜜云, 门头钩) that `text`
        starts with, else 0: before a unit name it says where the unit is, it is not part of it."""
        if place := next((w for w in self._place_names if text.startswith(w)), None):
            return len(place)
        return next((n for n in self._place_sound_lengths
                     if len(text) >= n and _CJK.match(text[n - 1]) and syllables(text[:n]) in self._place_sounds), 0)

    def sounds_like_place(self, word: str) -> str | None:
        """The district or town a word names by sound (蜜云 -> 密云区), else None."""
        return self._place_sounds.get(syllables(word))

    def _stem_cut(self, t: str, i: int, length: int) -> bool:
        """A name typed by its stem (市场监管) that runs on into a unit's ending (市场监管|理局): a
        longer name mistyped, left to the fuzzy match rather than cut at the stem."""
        return t[i:i + length] in self._stems and bool(_RUNS_ON.match(t, i + length))

    @cached_property
    def _bare_stems(self) -> dict[str, tuple[str, ...]]:
        """Generic names without their ending (商务 for 商务局, 园林绿化 for 园林绿化局, 公安 for
        公安分局) -> the units they stand for.  Not a stem that is itself a name (水务), a place, a
        verb glued to names (统计), one character, or the start of another unit's own name (邮政|公司)."""
        literal = [fold(n) for n in self._literal]
        out: dict[str, set[str]] = {}
        for n in self._generic:
            ending = next((e for e in _ENDINGS if n.endswith(e)), None)
            stem = fold(n[: -len(ending)]) if ending else ""
            if len(stem) < 2 or stem in self._surface or stem in self._place_set or stem in _GLUE \
                    or any(w.startswith(stem) for w in literal):
                continue
            out.setdefault(stem, set()).update(self._find(t) for t in self._bare.get(n, ()))
        return {stem: tuple(self._ranked(roots)) for stem, roots in out.items() if roots}

    @cached_property
    def _district_units(self) -> dict[str, tuple[str, ...]]:
        """A district's word (通州, 经开区, 亦庄) -> the unit a plan prints for it: its government
        (通州区政府) or its 管委会 (北京经济技术开发区管委会)."""
        out: dict[str, tuple[str, ...]] = {}
        for word, district in self.districts.items():
            roots = {self._find(district + s) for s in ("政府", "人民政府", "管委会") if district + s in self._printed}
            if roots and len(word) >= 2:
                out[fold(word)] = tuple(self._ranked(roots))
        return out

    def stem_mentions(self, text: str, follows: re.Pattern, districts: Collection[str] | None = None) -> list[UnitMention]:
        """Units typed without their ending (大兴商务牵头的, 门头沟财政配合的, 密云园林绿化主责的): a
        stem counts only as a word of its own (after a place, a particle or a space) with what
        staff ask of a unit right after it (`follows`: a role or a list), so 应急减排 or 交通噪声
        stay topics.  In a chat on the city's plan, which gives districts tasks, a district said so
        (通州牵头的, 经开区主责哪些) is its government or 管委会, except the `districts` given (those
        with a plan of their own: 大兴牵头的 may mean 大兴's plan)."""
        t = fold(text)
        out: list[UnitMention] = []
        table = self._bare_stems
        if districts is not None:
            table = table | {w: roots for w, roots in self._district_units.items()
                             if self.districts.get(w, w) not in districts}
        stems = sorted(table, key=len, reverse=True)
        i = 0
        while i < len(t):
            stem = next((s for s in stems if t.startswith(s, i) and follows.match(t, i + len(s))
                         and (i == 0 or not _CJK.match(t[i - 1]) or t[i - 1] in _STOP
                              or any(t.endswith(w, 0, i) for w in self._place_words))), None)
            if stem is None:
                i += 1
                continue
            out.append(self.mention(t[i:i + len(stem)], i, i + len(stem), table[stem]))
            i += len(stem)
        return out

    def _longest(self, t: str, i: int) -> int:
        """Length of the longest known name starting at t[i] (0 when none)."""
        return next((length for length in self._by_first.get(t[i], ())
                     if i + length <= len(t) and t[i:i + length] in self._surface), 0)

    def _english_mentions(self, t: str, found: list[UnitMention]) -> list[UnitMention]:
        """Units an English question names ("the water bureau"), whole words in any case."""
        if self._english_rx is None:
            return []
        out = []
        for m in self._english_rx.finditer(t):
            if not any(f.start < m.end() and m.start() < f.end for f in found):
                name = m[0].lower()
                roots = self._english_roots.get(name) or self._english_roots[name[:-1]]  # a plural
                out.append(self.mention(m[0], m.start(), m.end(), self._ranked(roots)))
        return out

    def _join_slips(self, t: str, found: list[UnitMention]) -> list[UnitMention]:
        """A known name cut short by a slip (区城管|执发局): the two together, when they mistype one unit;
        a short name followed by its ending typed by sound (城管|为, 住建|伟): the ending taken in."""
        out: list[UnitMention] = []
        for k, m in enumerate(found):
            if m.known and not m.corrected and (k + 1 == len(found) or found[k + 1].start > m.end):
                m = self._sounded_ending(t, m)
            if out and not m.known and out[-1].known and out[-1].end == m.start and not out[-1].corrected:
                joined = self._tolerant(UnitMention(text=t[out[-1].start:m.end], start=out[-1].start, end=m.end,
                                                    known=False))
                if joined.known:
                    out[-1] = joined
                    continue
            out.append(m)
        return out

    def _sounded_ending(self, t: str, m: UnitMention) -> UnitMention:
        """`m` and the character after it, when together they sound like a longer name of the same unit
        and of no other (城管为 = 城管委: the 为 is the name's ending, not 为牵头)."""
        word = t[m.start:m.end + 1]
        if len(word) == m.end - m.start or not _CJK.match(word[-1]) or word in self._surface \
                or t.startswith(_WORDS_NOT_AN_ENDING, m.end):
            return m
        roots = self._by_sound.get(syllables(word), set())
        if not roots or roots != set(m.keys):
            return m
        spelt = next(w for w in self._fuzzy[0] if syllables(w) == syllables(word) and self._surface[w] & roots)
        return self.mention(word, m.start, m.end + 1, m.keys).model_copy(update={"corrected": spelt})

    @cached_property
    def _by_sound(self) -> dict[tuple[str, ...], set[str]]:
        """The toneless pinyin of every surface word (len ≥ 3) -> the units it names."""
        out: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for w, sound in zip(*self._fuzzy, strict=True):
            out[sound] |= set(self._surface[w])
        return dict(out)

    def _glued_slip(self, t: str, covered: int, i: int, length: int) -> UnitMention | None:
        """A mistyped first character that leaves a shorter known name (卫|建委 is 卫健委 misspelt, not
        住建委): the character and the name together, when they mistype a different unit."""
        if i <= covered or not _CJK.match(t[i - 1]) or t[i - 1] in _STOP:
            return None
        whole = self._tolerant(UnitMention(text=t[i - 1:i + length], start=i - 1, end=i + length, known=False))
        if whole.known and set(whole.keys) != set(self._roots(t[i:i + length])):
            return whole
        return None

    def _after_heads(self, stem: str, words: Collection[str] = ()) -> str:
        """`stem` without the places (门头沟, 蜜云 typed by sound) and `words` it starts with, one
        after another: they say where the unit is or what it does, they are not its name."""
        while head := next((len(w) for w in words if stem.startswith(w)), 0) or self.place_head(stem):
            stem = stem[head:]
        return stem

    def _foreign_prefix(self, before: str) -> str:
        """Two or more unrecognised characters glued to a known name (火星|环保局), else ''."""
        stem = ""
        before = before[-12:]
        for m in _DOCUMENT.finditer(before):
            before = " " * m.end() + before[m.end():]
        for ch in reversed(before):
            if not _CJK.match(ch) or ch in _STOP:
                break
            stem = ch + stem
        stem = self._after_heads(stem)  # 门头沟|卫|建委, 门头钩|卫|建委: the place is not part of the name
        changed = True
        while stem and changed:
            changed = False
            for w in (*self._place_words, *_GLUE):
                if stem.endswith(w):
                    stem, changed = stem[: -len(w)], True
                    break
        return stem if len(stem) >= 2 else ""

    def _unknown(self, t: str, known: list[UnitMention]) -> list[UnitMention]:
        """Unit-looking words (…局, …中心, …公司) outside the known mentions, minus the ignore list.

        A word cut at a particle (…|里|处) is also tried whole: a slip by sound can type a particle
        (百花山管里处 for 管理处), and the whole word is taken when it mistypes one known unit."""
        out: list[UnitMention] = []
        spans = [(m.start, m.end) for m in known]
        for m in (*_UNIT_LIKE.finditer(t), *_UNIT_SOUNDALIKE.finditer(t)):
            stem = m[1]
            if cut := list(_DOCUMENT.finditer(stem)):
                stem = stem[cut[-1].end():]
            stops = [k for k, ch in enumerate(stem) if ch in _STOP]
            mention = self._unknown_at(t, m, stem[stops[-1] + 1:] if stops else stem, spans)
            if stops:  # the last particle may be a slip by sound inside the name (管里处)
                whole = self._unknown_at(t, m, stem[stops[-2] + 1:] if len(stops) > 1 else stem, spans)
                if whole is not None and self._sounds_like_a_name(whole.text) and (whole := self._tolerant(whole)).known:
                    mention = whole
            if m.re is _UNIT_SOUNDALIKE and mention is not None:
                if not self._sounds_like_a_name(mention.text):
                    continue  # 尾气, 数据, 举措: no name sounds so (a quick test before the fuzzy one)
                mention = self._tolerant(mention)  # 交通句, 区教伟: only as the unit it mistypes
                if not mention.known or any(o.start < mention.end and mention.start < o.end for o in out):
                    continue
            if mention is not None:
                out.append(mention)
        return out

    def _unknown_at(self, t: str, m: re.Match, stem: str, spans: list[tuple[int, int]]) -> UnitMention | None:
        """The unknown word of match `m` from `stem` on (glue verbs and places dropped), or None."""
        stem = self._after_heads(stem, _GLUE)  # 配合|…, 门头沟|城官委, 蜜云|城官委: the unit is what follows
        start = max([m.end(1) - len(stem)] + [e for s, e in spans if m.start() < e <= m.end(1)])
        stem = t[start:m.end(1)]
        word = stem + m[2]
        if len(stem) < 2 or any(word.endswith(w) for w in self._ignore):
            return None
        if any(s < m.end() and start < e for s, e in spans):
            return None
        return UnitMention(text=word, start=start, end=m.end(), known=False)

    # ------------------------------------------------------------------ mistyped names

    @cached_property
    def _fuzzy(self) -> tuple[list[str], list[tuple[str, ...]]]:
        """Every surface word (len ≥ 3) and its toneless pinyin, built on the first unknown mention."""
        words = sorted(w for w in self._surface if len(w) >= 3)
        return words, [syllables(w) for w in words]

    def _shortened(self, mention: UnitMention) -> UnitMention:
        """An unknown name that is the tail of known names (综合执法大队 for 密云水库综合执法大队):
        the one unit it shortens, when it is one and the tail is long (4+); else those units as
        suggestions (执法大队: 城管执法大队 or 密云水库综合执法大队?)."""
        text = mention.text
        if len(text) < 3:
            return mention
        roots = self._ranked({r for w, rs in self._surface.items() if len(w) > len(text) and w.endswith(text)
                              for r in rs if self._printed_of[r]})
        if len(roots) == 1 and len(text) >= 4:
            taken = self.mention(text, mention.start, mention.end, roots)
            return taken.model_copy(update={"corrected": roots[0]})
        return mention.model_copy(update={"suggestions": tuple(roots[:3])}) if roots else mention

    @cached_property
    def _name_sounds(self) -> frozenset[tuple[str, ...]]:
        return frozenset(self._fuzzy[1])

    def _sounds_like_a_name(self, word: str) -> bool:
        """Does the word, or its tail of 3+ characters, sound like a known name?"""
        sound = syllables(word)
        return any(sound[i:] in self._name_sounds for i in range(len(sound) - 2))

    def _tolerant(self, mention: UnitMention) -> UnitMention:
        """An unknown mention matched to a known name it mistypes, or given suggestions, or left as is.

        A word's distance is the fewest characters to change, add, drop or swap, counted on the
        characters or on their sound (a homophone costs nothing).  Taken: a homophone, or one slip
        in a name of four or more characters besides its 区/市, when every other unit is further away
        (区体育局 is not 区教育局).  Otherwise
        the units within one slip (two in a name of six or more) are suggestions, closest first.
        """
        from rapidfuzz import process
        from rapidfuzz.distance import OSA as Levenshtein  # Levenshtein plus a swap of two neighbours

        words, sounds = self._fuzzy
        text, sound = mention.text, syllables(mention.text)
        limit = 2 if len(text) >= 6 else 1
        near = {n for _, _, n in process.extract(text, words, scorer=Levenshtein.distance, score_cutoff=limit,
                                                 limit=None)}
        near |= {n for _, _, n in process.extract(sound, sounds, scorer=Levenshtein.distance, score_cutoff=limit,
                                                  limit=None)}
        # unit group -> (distance, with tones, by characters, -length, word)
        best: dict[frozenset[str], tuple[int, int, int, int, str]] = {}
        for n in near:
            by_char, by_sound = Levenshtein.distance(text, words[n]), Levenshtein.distance(sound, sounds[n])
            by_tone = min(by_char, Levenshtein.distance(toned(text), toned(words[n])))
            score = (min(by_char, by_sound), by_tone, by_char, -len(words[n]), words[n])  # of one unit, its longest name
            best[self._surface[words[n]]] = min(best.get(self._surface[words[n]], score), score)
        if not best:
            return self._shortened(mention)
        ranked = sorted(best.values())
        distance, _, by_char, _, word = ranked[0]
        # one unit nearest; or, among names that sound alike, the one alike in tones too (水物局 is
        # 水务局 shui3wu4, not 税务局 shui4wu4)
        clear = len(ranked) == 1 or ranked[1][0] > distance or (distance == 0 and ranked[1][1] > ranked[0][1])
        core = word[1:] if word[0] in LEVELS and word[1:] in self._surface else word  # 区|教育局: 3, not 4
        if clear and (distance == 0 or (by_char == 1 and len(core) >= 4)):
            taken = self.mention(mention.text, mention.start, mention.end, self._roots(word))
            return taken.model_copy(update={"corrected": word})
        roots = list(dict.fromkeys(self._roots(w)[0] for *_, w in ranked))
        printed = [r for r in roots if self._printed_of[r]]  # a unit some plan names, if any is near
        return mention.model_copy(update={"suggestions": tuple(printed or roots)[:3]})


# Words English writers swap in a unit's name: a commission is also called a committee, a
# bureau a department, and centre / center are one word
_ENGLISH_SWAPS = (("commission", "committee"), ("bureau", "department"), ("centre", "center"))


def _english_variants(name: str) -> set[str]:
    """The other ways an English unit name is written (urban management committee, water department)."""
    out = {name}
    for a, b in _ENGLISH_SWAPS:
        out |= {v.replace(a, b) for v in out} | {v.replace(b, a) for v in out}
    return out - {name}


@lru_cache(maxsize=4096)
def toned(text: str) -> tuple[str, ...]:
    """Pinyin with tone numbers, one item per character: tells 水务 (shui3 wu4) from 税务 (shui4 wu4)
    where `syllables` hears them alike."""
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(text, style=Style.TONE3, errors=lambda chars: list(chars)))


@lru_cache(maxsize=4096)
def syllables(text: str) -> tuple[str, ...]:
    """Toneless pinyin, one item per character, other characters as they are (homophones: 管/官,
    境/竟, 务/物): how every typo-by-sound rule (units, places, role words, content words) hears text."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(text, errors=lambda chars: list(chars)))
