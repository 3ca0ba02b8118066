"""Places a question names: Beijing's districts and their towns and streets, from a gazetteer.

The gazetteer (`places.toml`, plus a deployer's files) is data; this module only reads it and
finds its names in text: Chinese names and short forms (大兴, 门头沟区, 魏善庄镇, 魏善庄, 经开区)
and their pinyin for English questions (Daxing, Mentougou district, Beijing).  Which district
has a plan is not known here: that comes from the index (the question parser is given it).
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .units import fold, syllables

FORMS = {  # the other printed forms of a place's full name
    "镇": ("人民政府", "政府"),
    "乡": ("人民政府", "政府"),
    "街道": ("办事处", "办"),
    "地区": ("办事处",),
}
_SUFFIXES = ("街道", "地区", "镇", "乡", "区", "县", "市")
_ENGLISH_KIND = r"(?:[\s-]*(?:district|county|town(?:ship)?|sub-?district|street|area|city|qu|zhen|xiang|jiedao))?"
# A place's stem is read alone (魏善庄, 雁翅) from this many characters on: a town's name is a
# proper name, a street's two-character stem is often a word (光明, 胜利, 新村).  A stem that
# is a district's short form (延庆镇 -> 延庆) means the district.
MIN_BARE = {"镇": 2, "乡": 2}
# an ignored stem in a list of places: what may join it to the next place, and what may follow it
_LISTED = re.compile(r"\s*(?:[和跟与及同、/,，]|以及|还有)\s*")
_STEM_ENDS = r"[^\u4e00-\u9fff]|[的和跟与及同两这那呢吗哪谁各都分比相差]|$"


@dataclass(frozen=True)
class Place:
    """A named place: `kind` 市/区/镇/乡/街道/地区; `district` its district (itself for a
    district, None for the city)."""

    name: str
    kind: str
    district: str | None


@dataclass(frozen=True)
class PlaceMention:
    """Words in a text that name a place.  `places` has several entries only for a name two
    districts share (八里庄街道)."""

    text: str
    start: int
    end: int
    places: tuple[Place, ...]

    @property
    def place(self) -> Place:
        return self.places[0]


@dataclass(eq=False)  # hashed by identity: one per process, cached
class Gazetteer:
    """Every place name and short form, and where each is."""

    city: Place
    names: dict[str, tuple[Place, ...]] = field(default_factory=dict)  # folded surface word -> places
    not_before: tuple[str, ...] = ()
    ignore: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._index()

    # ------------------------------------------------------------------ building

    @classmethod
    def from_tables(cls, tables: Sequence[dict[str, Any]]) -> Gazetteer:
        city_name = next((t["city"]["name"] for t in tables if "city" in t), "北京市")
        g = cls(city=Place(city_name, "市", None))
        not_before: list[str] = []
        ignore: set[str] = set()
        for t in tables:
            not_before += t.get("names", {}).get("not_before", [])
            ignore.update(t.get("bare", {}).get("ignore", []))
        g.not_before, g.ignore = tuple(dict.fromkeys(not_before)), frozenset(ignore)
        for t in tables:
            g._add_table(t)
        g._index()
        return g

    def _add(self, word: str, place: Place) -> None:
        word = fold(word)
        if len(word) >= 2 and place not in self.names.get(word, ()):
            self.names[word] = (*self.names.get(word, ()), place)

    def _add_table(self, t: dict[str, Any]) -> None:
        for alias in [t.get("city", {}).get("name", "")] + t.get("city", {}).get("aliases", []):
            if alias:
                self._add(alias, self.city)
        districts = t.get("districts", {})
        for name in districts.get("names", []):
            self.add_district(name)
        for alias, name in districts.get("aliases", {}).items():
            self._add(alias, Place(name, "区", name))
        for district, kinds in t.get("places", {}).items():
            for kind, names in kinds.items():
                for name in names:
                    place = Place(name, kind, district)
                    self._add(name, place)
                    for suffix in FORMS.get(kind, ()):
                        self._add(name + suffix, place)
                    stem = name[: -len(kind)] if name.endswith(kind) else name
                    if len(stem) >= MIN_BARE.get(kind, 3) and stem not in self.ignore \
                            and not any(p.kind == "区" for p in self.names.get(stem, ())):
                        self._add(stem, place)

    def add_district(self, name: str) -> None:
        """A district (or any issuer named like one): X区 is also known as X."""
        place = Place(name, "区", name)
        self._add(name, place)
        short = re.sub(r"(?:新区|区|县)$", "", name)
        if short != name and 2 <= len(short) <= 3:
            self._add(short, place)

    def _index(self) -> None:
        self._by_first: dict[str, list[int]] = {}
        for word in self.names:
            self._by_first.setdefault(word[0], []).append(len(word))
        for lengths in self._by_first.values():
            lengths.sort(reverse=True)
        pinyin: dict[str, tuple[Place, ...]] = {}
        for word, places in self.names.items():
            stem = _stem(word)
            if re.fullmatch(r"[\u4e00-\u9fff]{2,}", stem):
                key = "".join(syllables(stem))
                pinyin[key] = tuple(dict.fromkeys((*pinyin.get(key, ()), *places)))
        # Haidian is the district, not 海淀街道: where a spelling names both, the district wins
        self._pinyin = {k: tuple(p for p in ps if p.kind in ("区", "市")) or ps for k, ps in pinyin.items()}
        # the ignored stems of towns and streets (one place each): read only in a list of places
        common: dict[str, list[Place]] = {}
        for word, places in self.names.items():
            for p in places:
                if p.kind not in ("区", "市") and word == p.name and word.endswith(p.kind) \
                        and (stem := word[: -len(p.kind)]) in self.ignore:
                    common.setdefault(stem, []).append(p)
        self._common = {stem: ps[0] for stem, ps in common.items() if len(ps) == 1 and stem not in self.names}
        spellings = sorted(pinyin, key=len, reverse=True)
        self._latin = re.compile(
            r"(?<![a-z])(" + "|".join(map(re.escape, spellings)) + r")" + _ENGLISH_KIND + r"(?![a-z])", re.I
        ) if spellings else None

    def respell(self, text: str, is_word: Callable[[str], bool] = lambda word: False, district: str | None = None) -> str:
        """The text with a district name typed by sound (蜜云, 门头钩: the same pinyin, another
        character) written as the gazetteer has it.  A place name or a dictionary word (`is_word`:
        大型 sounds like 大兴, 评估 like 平谷) is left alone.  Within `district`, a town's stem that
        is too common a word to read anywhere (龙泉, 清水) is that town when nothing follows it
        (short follow-ups, where that is the likely reading); every question is read with no district."""
        t = fold(text)
        for stem, name in self._common_stems(district).items():
            t = re.sub(re.escape(stem) + r"(?=[的呢吗嘛\s?？!！。]*$)", name, t)
        sounds = self._district_sounds()
        out, i = [], 0
        while i < len(t):
            for length in sorted({len(k) for k in sounds}, reverse=True):
                word = t[i:i + length]
                if len(word) == length and re.fullmatch(r"[\u4e00-\u9fff]+", word) and word not in self.names \
                        and not is_word(word) and (name := self._sounds_like(word)) is not None:
                    out.append(name)
                    i += length
                    break
            else:
                out.append(t[i])
                i += 1
        return "".join(out)

    def _common_stems(self, district: str | None) -> dict[str, str]:
        """The `ignore`d stems of the towns and streets of one district -> their names."""
        return {name[: -len(p.kind)]: name for name, places in self.names.items() for p in places
                if district and p.district == district and p.kind != "区" and name.endswith(p.kind)
                and name[: -len(p.kind)] in self.ignore}

    def _district_sounds(self, hear: Callable[[str], tuple[str, ...]] = syllables) -> dict[tuple[str, ...], str]:
        """pinyin syllables (as `hear` hears them) -> the district name or short form that sounds so
        (one per sound)."""
        cache = self.__dict__.setdefault("_sounds", {})
        if hear not in cache:
            found: dict[tuple[str, ...], set[str]] = {}
            for word, places in self.names.items():
                if re.fullmatch(r"[\u4e00-\u9fff]{2,}", word) and any(p.kind == "区" for p in places):
                    found.setdefault(hear(word), set()).add(word)
            cache[hear] = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
        return cache[hear]

    def _sounds_like(self, word: str) -> str | None:
        """The district `word` is typed for by sound: the same pinyin (蜜云), else the same pinyin
        with front and back nasals merged (大心 for 大兴: in/ing)."""
        return self._district_sounds().get(syllables(word)) or self._district_sounds(fuzzy_syllables).get(fuzzy_syllables(word))

    def with_districts(self, names: Iterable[str]) -> Gazetteer:
        """This gazetteer plus more district-level names (the issuers of the ingested plans, so a
        plan for a place the file lacks is still found by its name)."""
        extra = [n for n in names if fold(n) not in self.names]
        if not extra:
            return self
        g = Gazetteer(city=self.city, names=dict(self.names), not_before=self.not_before, ignore=self.ignore)
        for name in extra:
            g.add_district(name)
        g._index()
        return g

    # ------------------------------------------------------------------ lookups

    @property
    def districts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.name for ps in self.names.values() for p in ps if p.kind == "区"))

    def lookup(self, word: str) -> tuple[Place, ...]:
        """The places a word names exactly (魏善庄镇, 大兴, 经开区); () for none."""
        return self.names.get(fold(word), ())

    def find(self, text: str) -> list[PlaceMention]:
        """Places named in a text, longest name first, in text order, not overlapping.

        A name followed by a word in `not_before` (密云水库, 大兴机场, 门头沟园) names something
        else there and is skipped.  Latin words are matched by pinyin (Daxing, Mentougou district).
        """
        t = fold(text)
        found: list[PlaceMention] = []
        i, n = 0, len(t)
        while i < n:
            hit = next((length for length in self._by_first.get(t[i], ())
                        if t[i:i + length] in self.names and not t.startswith(self.not_before, i + length)), None)
            if hit is None:
                i += 1
                continue
            found.append(PlaceMention(t[i:i + hit], i, i + hit, self.names[t[i:i + hit]]))
            i += hit
        found += self._listed_stems(t, found)
        if self._latin is not None and re.search(r"[A-Za-z]", t):
            for m in self._latin.finditer(t):
                found.append(PlaceMention(m[0], m.start(), m.end(), self._pinyin[m[1].lower()]))
        return sorted(found, key=lambda p: p.start)

    def _listed_stems(self, t: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """`ignore`d stems (清水, 龙泉: ordinary words) listed with a town or street of the same
        district (斋堂和清水, 清水、斋堂两个镇) are that place: the list says what they are."""
        added: list[PlaceMention] = []
        while True:
            near = [p for p in found + added if p.place.kind not in ("区", "市")]
            new = [PlaceMention(m[1], m.start(1), m.end(1), (place,))
                   for stem, place in self._common.items() for m in re.finditer(rf"({re.escape(stem)})(?={_STEM_ENDS})", t)
                   if not any(p.start < m.end(1) and m.start(1) < p.end for p in found + added)
                   and any(p.place.district == place.district and (_LISTED.fullmatch(t[p.end:m.start(1)])
                                                                   or _LISTED.fullmatch(t[m.end(1):p.start]))
                           for p in near)]
            if not new:
                return added
            added += new


# the sounds a pinyin keyboard's 模糊音 setting merges and staff who type by ear confuse: front and
# back nasals (in/ing, en/eng, an/ang).  Not z/zh, c/ch, s/sh: merged, they read everyday
# two-character fragments as districts (three questions of the eval set lost their answer)
_FUZZY = ((re.compile(r"ng$"), "n"),)


def fuzzy_syllables(text: str) -> tuple[str, ...]:
    """`syllables` with the fuzzy sounds merged: 大心 and 大兴 sound alike (da-xin)."""
    out = []
    for s in syllables(text):
        for rx, to in _FUZZY:
            s = rx.sub(to, s)
        out.append(s)
    return tuple(out)


def _stem(word: str) -> str:
    for forms in FORMS.values():
        for form in forms:
            if word.endswith(form) and len(word) > len(form) + 2:
                word = word[: -len(form)]
                break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def load_tables(extra: Sequence[str | Path] = ()) -> list[dict[str, Any]]:
    """The bundled gazetteer followed by the deployer's files, parsed."""
    bundled = resources.files("planbot.index") / "places.toml"
    return [tomllib.loads(bundled.read_text(encoding="utf-8"))] + [
        tomllib.loads(Path(p).read_text(encoding="utf-8")) for p in extra
    ]


@lru_cache(maxsize=8)
def load(extra: tuple[str | Path, ...] = ()) -> Gazetteer:
    """The gazetteer (bundled + deployer files), built once per process."""
    return Gazetteer.from_tables(load_tables(extra))
