"""What retrieval derives from the whole corpus, computed once at ingest and read at start:
the unit names the records print, the tokenizer's dictionary (unit names and the plan
vocabulary the corpus uses) and every measure's BM25 tokens. Cutting the corpus with jieba is
most of a start-up otherwise (and minutes at 100k measures).

`VERSION` names the code and tables the data comes from; data of another version (or missing
measures) is recomputed in memory with a warning, so a stale index answers as a fresh one would.
"""
from __future__ import annotations

import hashlib
import inspect
import logging
from collections.abc import Sequence
from importlib import resources

import jieba
import numpy as np

from planbot.index.models import Measure
from planbot.index.store import SearchData
from planbot.index.units import UnitDirectory

from . import tokenize
from .search import QueryEncoder, Retriever, measure_fields
from .tokenize import Tokenizer

log = logging.getLogger(__name__)


def _version() -> str:
    digest = hashlib.sha256(jieba.__version__.encode())
    for text in (inspect.getsource(tokenize), inspect.getsource(measure_fields)):
        digest.update(text.encode())
    for package, name in (("planbot.retrieval", "domain_words.txt"), ("planbot.retrieval", "stopwords.txt"),
                          ("planbot.index", "unit_aliases.toml")):
        digest.update((resources.files(package) / name).read_bytes())
    return digest.hexdigest()[:16]


VERSION = _version()


def printed_units(measures: Sequence[Measure]) -> list[str]:
    return list(dict.fromkeys(u for m in measures for u in (*m.lead, *m.responsible, *m.assist)))


def analyze(measures: Sequence[Measure]) -> SearchData:
    """At ingest: the data a start reads instead of cutting the corpus."""
    units = UnitDirectory(printed_units(measures))
    tokenizer = Tokenizer(units.surface_words(), corpus="\n".join(m.text for m in measures))
    tokens = {m.id: tokenizer.document_tokens(measure_fields(m)) for m in measures}
    return SearchData(VERSION, printed_units(measures), tokenizer.words, tokens)


def search_parts(
    measures: Sequence[Measure], data: SearchData | None, vectors: np.ndarray | None = None,
    encoder: QueryEncoder | None = None,
) -> tuple[UnitDirectory, Tokenizer, Retriever]:
    """The unit directory, tokenizer and retriever over `measures`, from `data` when it is
    current (else from the measures themselves)."""
    if data is None or data.version != VERSION or any(m.id not in data.tokens for m in measures):
        if data is not None:
            log.warning("the index's search data is from other code or records: recomputing (run `planbot ingest`)")
        data = analyze(measures)
    tokenizer = Tokenizer(words=data.words)
    retriever = Retriever(measures, tokenizer, vectors, encoder, doc_tokens=[data.tokens[m.id] for m in measures])
    return UnitDirectory(data.units), tokenizer, retriever
