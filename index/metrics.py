"""The metric vocabulary (metrics.toml): which quantity a phrase names, and which way is strict.

Shared by ingest (a stated target's metric), query understanding (a question's indicator terms)
and answers (comparing sides, superlatives), so a question's 细颗粒物 and a plan's PM2.5年均浓度
meet as "PM2.5".  Matching is on folded, lower-cased text; spacing inside a name does not matter.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .units import fold

Better = Literal["lower", "higher"]


class Metric(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    aliases: tuple[str, ...]
    better: Better | None = None
    qualifier: bool = False


def squeeze(text: str) -> str:
    """The form aliases are kept in: folded, lower case, no whitespace."""
    return re.sub(r"\s+", "", fold(text)).lower()


def _pattern(alias: str) -> str:
    """An alias matched with any spacing inside (pm 2.5); an ASCII one never inside an ASCII word."""
    spaced = r"\s*".join(map(re.escape, alias))
    return rf"(?<![a-z]){spaced}(?![a-z])" if re.fullmatch(r"[a-z0-9.]+", alias) else spaced


class Metrics:
    """The table, with one longest-first matcher over every alias."""

    def __init__(self, extra: Sequence[str | Path] = ()) -> None:
        tables = [tomllib.loads(resources.files(__package__).joinpath("metrics.toml").read_text("utf-8"))]
        tables += [tomllib.loads(Path(p).read_text("utf-8")) for p in extra]
        self.metrics = [Metric(**entry) for t in tables for entry in t.get("metric", [])]
        self.order = {m.name: n for n, m in enumerate(self.metrics)}
        self._by_alias = {squeeze(a): m for m in self.metrics for a in (*m.aliases, m.name)}
        words = sorted(self._by_alias, key=len, reverse=True)
        self._rx = re.compile("|".join(map(_pattern, words)))

    def found(self, text: str) -> list[Metric]:
        """Entries named in the text (qualifiers too), in table order, each once."""
        found = (self._by_alias[squeeze(m[0])] for m in self._rx.finditer(fold(text).lower()))
        hits = {m.name: m for m in found}
        return sorted(hits.values(), key=lambda m: self.order[m.name])

    @property
    def pattern(self) -> str:
        """One regex over every alias (match it on folded text, case-insensitively)."""
        return self._rx.pattern

    def without(self, text: str, names: Collection[str] | None = None) -> str:
        """The text (folded, lower case) with every metric name taken out, or only the names
        of the metrics in `names` (细颗粒物 when PM2.5 is given)."""
        if names is None:
            return self._rx.sub("", fold(text).lower())
        return self._rx.sub(lambda m: "" if self._by_alias[squeeze(m[0])].name in names else m[0], fold(text).lower())

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """Where metrics are named in already folded text (a span in it, unlike `found`)."""
        return [m.span() for m in self._rx.finditer(folded.lower())]

    def terms(self, text: str) -> list[str]:
        """The metrics a question names (no qualifiers), in table order: its indicator terms."""
        return [m.name for m in self.found(text) if not m.qualifier]

    def key(self, text: str) -> str | None:
        """The metric a phrase names, qualifiers included (货车新能源化率), or None."""
        found = self.found(text)
        if not any(not m.qualifier for m in found):
            return None
        return "".join(m.name for m in found)

    def better(self, key: str | None) -> Better | None:
        """Which way is strict for a metric key: that of its last entry that says so."""
        found = self.found(key or "")
        return next((m.better for m in reversed(found) if m.better), None)


@lru_cache(maxsize=1)
def default_metrics() -> Metrics:
    return Metrics()
