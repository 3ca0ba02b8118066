"""planbot on a synthetic corpus of 100k measures made by varying the real ones.

    python bench/bench_scale.py [--measures 100000] [--repeat 5] [--embed-sample 1000]

Each synthetic plan is a real one re-issued by another district and year, with its numbers
changed, so vocabulary, lengths and unit lists stay realistic. The index is built as ingest
builds it (records, vectors, the search data a start reads); then a fresh process starts the
bot from it as `planbot serve` does and asks. Prints: store write and tokenizing time, DB size,
start-up (to a bot ready to answer), ask p50/p95 per intent, and the asking process's peak RSS.

Embedding 100k passages on two CPU cores takes most of an hour, so passage vectors are measured
on a sample (`--embed-sample`, throughput printed and extrapolated) and each synthetic measure
gets its source measure's real vector: the dense search still scores a 100k x 384 matrix. Ingest
embeds only passage texts it has no vector for, so adding a plan to such an index costs that
plan's passages alone.
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

import json
import os
import subprocess
import sys

import sqlite_utils

from planbot.config import Settings
from planbot.index.deadlines import parse_due
from planbot.index.models import ParsedDocument
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.index.store import ensure_schema, load_measures, passage_text, store_search_data, text_hash, write_document
from planbot.retrieval import prepared
from planbot.retrieval.encoder import Embedder, cores

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


def ask_child(home: Path, repeat: int) -> None:
    """In a fresh process: start the bot as `planbot serve` does, ask, print JSON figures."""
    from planbot.runtime import load_bot

    start = time.perf_counter()
    bot = load_bot(Settings(home=home))
    start_s = time.perf_counter() - start
    measures = bot.measures
    edition = statistics.mode((m.issuer, m.year) for m in measures)
    scope = {"issuer": edition[0], "year": edition[1]}  # the busiest synthetic edition
    for q, _ in QUESTIONS:
        bot.ask(q, scope)
    rows, all_ms = [], []
    for q, kind in QUESTIONS:
        times = []
        for _ in range(repeat):
            bot.retriever.query_vector.cache_clear()
            t = time.perf_counter()
            answer = bot.ask(q, scope)
            times.append((time.perf_counter() - t) * 1000)
        all_ms += times
        rows.append((kind, q, answer["intent"], len(answer["measures"]), statistics.median(times), pct(times, 0.95)))
    print(json.dumps({"start_s": start_s, "rows": rows, "p95": pct(all_ms, 0.95), "rss_mb": peak_rss_mb(),
                      "scope": scope, "in_scope": sum((m.issuer, m.year) == edition for m in measures)},
                     ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--measures", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--embed-sample", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="build the index in this folder and keep it (else a temp dir)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return ask_child(args.child, args.repeat)
    rng = random.Random(7)
    plans = bundled_plans_dir()
    catalog = load_catalog(plans)
    base = [parse_file(p, catalog) for p in sorted(plans.glob("*.txt"))]
    base_measures = {m.id: m for d in base for m in d.measures}

    models = Settings().models_dir
    embedder = Embedder.load(None, models, threads=cores())
    base_vectors = dict(zip(base_measures, embedder.encode_passages([passage_text(m) for m in base_measures.values()])))
    sample = [passage_text(m) for m in list(base_measures.values())[: args.embed_sample]]
    sample = (sample * (args.embed_sample // max(len(sample), 1) + 1))[: args.embed_sample]
    start = time.perf_counter()
    embedder.encode_passages(sample)
    per_s = len(sample) / (time.perf_counter() - start)
    model_name = embedder.name
    del embedder

    home = args.keep or Path(tempfile.mkdtemp(prefix="planbot-scale-"))
    home.mkdir(parents=True, exist_ok=True)
    try:
        (home / "models").symlink_to(models.resolve(), target_is_directory=True)
        db_path = home / "planbot.db"
        db = sqlite_utils.Database(db_path)
        ensure_schema(db)
        start = time.perf_counter()
        vectors = {}
        for doc, sources in synthetic_documents(base, args.measures, rng):
            write_document(db, doc)
            for m, source in zip(doc.measures, sources):
                vectors[text_hash(passage_text(m))] = base_vectors[source]
        with db.conn:
            db["vectors"].insert_all(({"model": model_name, "text_hash": h, "dim": v.size,
                                       "vector": v.tobytes()} for h, v in vectors.items()), pk=("model", "text_hash"))
        write_s = time.perf_counter() - start
        start = time.perf_counter()
        measures = load_measures(db)
        store_search_data(db, prepared.analyze(measures))
        tokenize_s = time.perf_counter() - start
        db.close()
        size_mb = db_path.stat().st_size / 1e6
        print(f"synthetic corpus: {len(measures):,} measures")
        print(f"  store write (records + vectors)   {write_s:8.1f} s   DB size {size_mb:,.0f} MB")
        print(f"  ingest's tokenizing (search data) {tokenize_s:8.1f} s")
        print(f"  passage embedding                 {per_s:8.1f} /s on this CPU -> {len(measures) / per_s / 60:,.0f} min "
              f"for a first ingest; later ingests embed changed passages only")
        child = subprocess.run([sys.executable, __file__, "--child", str(home), "--repeat", str(args.repeat)],
                               check=True, capture_output=True, text=True, env={**os.environ, "PLANBOT_HOME": str(home)})
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        print(f"  start (load_bot, fresh process)   {figures['start_s']:8.1f} s")
        print(f"  questions asked in a {figures['scope']['issuer']} {figures['scope']['year']} chat "
              f"({figures['in_scope']:,} measures in scope)")
        print(f"\n  {'kind':<14}{'intent':<14}{'results':>8}{'p50 ms':>10}{'p95 ms':>10}  question")
        for kind, q, intent, n, p50, p95 in figures["rows"]:
            print(f"  {kind:<14}{intent:<14}{n:>8}{p50:>10.1f}{p95:>10.1f}  {q}")
        print(f"\n  ask p95, all questions {figures['p95']:.1f} ms; asking process peak RSS {figures['rss_mb']:,.0f} MB")
    finally:
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
