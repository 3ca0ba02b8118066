"""What kind of information a question asks for, and whether a measure states it.

Action plans state measures, owners and deadlines.  A question asking for a phone number, an
address, a fee, an office procedure or opening hours matches some measure loosely by its topic
(扬尘罚款多少钱 → a 扬尘 measure) yet that measure does not answer it.  The kinds and how a
measure would state each live in `asks.toml`, which deployers extend.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class AskKind:
    name: str
    asks: re.Pattern[str]
    states: re.Pattern[str]
    of_office: bool = False  # asked of a unit alone (水务局电话, the water authority's phone), a fact about the office, not its list
    reading: bool = False  # asks a measured value (今天PM2.5多少), which no cell of a target table holds


@lru_cache(maxsize=1)
def ask_kinds() -> tuple[AskKind, ...]:
    text = (resources.files("planbot.retrieval") / "asks.toml").read_text(encoding="utf-8")
    return tuple(AskKind(k["name"], re.compile(k["asks"]), re.compile(k["states"]), k.get("of_office", False),
                         k.get("reading", False))
                 for k in tomllib.loads(text)["kind"])


@lru_cache(maxsize=512)
def asked(question: str) -> tuple[AskKind, ...]:
    """The kinds of information the question asks for (none for most questions).  Cached: query
    parsing, ranking and the answer checks each ask it of the same question."""
    return tuple(k for k in ask_kinds() if k.asks.search(question))


def of_office(question: str) -> bool:
    """Does the question ask a fact about an office itself (its phone, address, hours, head)?"""
    return any(k.of_office for k in asked(question))


def asks_reading(question: str) -> bool:
    """Does the question ask for a reading (今天PM2.5多少, 大兴PM2.5实际多少) rather than a target?"""
    return any(k.reading for k in asked(question))


def reading_unstated(question: str, text: str) -> bool:
    """Does the question ask for a reading that the measure text does not state?  A plan's target
    (PM2.5年均浓度不高于30) is no answer to 现在PM2.5实际多少, however close its words."""
    return unstated(tuple(k for k in asked(question) if k.reading), text)


def unstated(kinds: tuple[AskKind, ...], text: str) -> bool:
    """Does the measure text leave out some kind asked?"""
    return any(not k.states.search(text) for k in kinds)
