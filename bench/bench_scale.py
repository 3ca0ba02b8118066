"""planbot on a synthetic corpus of 100k measures made by varying the real ones.

    python bench/bench_scale.py [--measures 100000] [--repeat 5] [--embed-sample 1000]

Each synthetic plan is a real one re-issued by another district and year, with its numbers
changed, so vocabulary, lengths and unit lists stay realistic. Prints: store write time and DB
size, bot start-up (BM25 + tokenizer + unit directory), ask p50/p95 per intent, peak RSS.

Embedding 100k passages on two CPU cores takes over an hour, so passage vectors are measured on
a sample (`--embed-sample`, throughput printed and extrapolated) and each synthetic measure
reuses its source measure's real vector: the dense search still scores a 100k x 384 matrix.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import sqlite_utils

from planbot.bot.service import Bot
from planbot.config import Settings
from planbot.index.deadlines import parse_due
from planbot.index.models import ParsedDocument
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.index.store import load_indicators, load_measures, load_plans, passage_text, write_document
from planbot.retrieval.embedding import Embedder

from stats import peak_rss_mb, pct  # bench/stats.py

DISTRICTS = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区",
             "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区"]
QUESTIONS = [
    ("区水务局牵头哪些措施？", "dept_list"), ("城管委有哪些任务", "dept_list"), ("9月底前要完成什么", "deadline_list"),
    ("区城管委年底前要完成哪些", "deadline_list"), ("基坑气膜推广谁牵头？", "attribute"),
    ("渣土车归谁管？", "topic"), ("餐饮油烟怎么治理", "topic"), ("河长制有什么要求", "topic"),
    ("大兴和门头沟的全电工地分别谁牵头", "compare"), ("中午食堂几点开饭？", "none"),
]



def vary_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: str(max(1, int(m[0]) + rng.randint(-3, 3))), text)


def synthetic_documents(base: list[ParsedDocument], target: int, rng: random.Random):
    """Yield (document, source index per measure) until `target` measures are made."""
    made, n = 0, 0
    while made < target:
        for doc in base:
            if made >= target or not doc.measures:
                break
            n += 1
            issuer, year = rng.choice(DISTRICTS), rng.randint(2021, 2030)
            name = f"{n:05d}_synthetic.txt"
            plan = doc.plan.model_copy(update={"doc": name, "issuer": issuer, "year": year, "sha256": f"{n:064x}"})
            take = doc.measures[: target - made]
            measures = [
                m.model_copy(update={"id": f"{n:05d}#{k:03d}", "doc": name, "issuer": issuer, "year": year,
                                     "text": vary_numbers(m.text, rng), "due": parse_due(m.deadline, year)})
                for k, m in enumerate(take, 1)
            ]
            made += len(measures)
            yield ParsedDocument(plan=plan, measures=measures), [m.id for m in take]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--measures", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--embed-sample", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(7)
    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    base = [parse_file(p, catalog) for p in sorted(plans.glob("*.txt"))]
    base_measures = {m.id: m for d in base for m in d.measures}

    embedder = Embedder.load(None, Settings().models_dir, threads=2)
    base_vectors = dict(zip(base_measures, embedder.encode_passages([passage_text(m) for m in base_measures.values()])))
    sample = [passage_text(m) for m in list(base_measures.values())[: args.embed_sample]]
    sample = (sample * (args.embed_sample // max(len(sample), 1) + 1))[: args.embed_sample]
    start = time.perf_counter()
    embedder.encode_passages(sample)
    per_s = len(sample) / (time.perf_counter() - start)

    home = Path(tempfile.mkdtemp(prefix="planbot-scale-"))
    try:
        db_path = home / "planbot.db"
        db = sqlite_utils.Database(db_path)
        source_of: dict[str, str] = {}
        start = time.perf_counter()
        for doc, sources in synthetic_documents(base, args.measures, rng):
            write_document(db, doc)
            source_of.update(zip((m.id for m in doc.measures), sources))
        write_s = time.perf_counter() - start
        db.close()
        size_mb = db_path.stat().st_size / 1e6

        start = time.perf_counter()
        db = sqlite_utils.Database(db_path)
        measures = load_measures(db)
        load_s = time.perf_counter() - start
        vectors = np.stack([base_vectors[source_of[m.id]] for m in measures])
        start = time.perf_counter()
        bot = Bot(measures, load_indicators(db), load_plans(db), vectors=vectors, encoder=embedder, model_name=embedder.name)
        build_s = time.perf_counter() - start

        print(f"synthetic corpus: {len(measures):,} measures in {len(load_plans(db)):,} plans")
        print(f"  store write            {write_s:8.1f} s   DB size {size_mb:,.0f} MB")
        print(f"  load records           {load_s:8.1f} s")
        print(f"  bot start (BM25 etc.)  {build_s:8.1f} s")
        print(f"  passage embedding      {per_s:8.1f} /s on this CPU -> {len(measures) / per_s / 60:,.0f} min for the corpus")
        editions = statistics.mode((m.issuer, m.year) for m in measures)
        scope = {"issuer": editions[0], "year": editions[1]}  # the busiest synthetic edition
        print(f"  questions asked in a {scope['issuer']} {scope['year']} chat "
              f"({sum((m.issuer, m.year) == editions for m in measures):,} measures in scope)")
        for q, _ in QUESTIONS:
            bot.ask(q, scope)
        rows = []
        for q, kind in QUESTIONS:
            times = []
            for _ in range(args.repeat):
                bot.retriever.query_vector.cache_clear()
                t = time.perf_counter()
                answer = bot.ask(q, scope)
                times.append((time.perf_counter() - t) * 1000)
            rows.append((kind, q, answer["intent"], len(answer["measures"]), statistics.median(times), pct(times, 0.95)))
        print(f"\n  {'kind':<14}{'intent':<14}{'results':>8}{'p50 ms':>10}{'p95 ms':>10}  question")
        for kind, q, intent, n, p50, p95 in rows:
            print(f"  {kind:<14}{intent:<14}{n:>8}{p50:>10.1f}{p95:>10.1f}  {q}")
        print(f"\npeak RSS {peak_rss_mb():,.0f} MB")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
