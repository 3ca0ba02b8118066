"""The `planbot` command: a thin click layer over the Python API."""
from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from pathlib import Path

import click
import sqlite_utils

from planbot.config import Settings
from planbot.index.parse import DocumentError, bundled_plans_dir, load_catalog
from planbot.index.store import ingest as ingest_files
from planbot.index.store import load_indicators, load_measures, load_plans, plan_files

log = logging.getLogger("planbot")


def _settings() -> Settings:
    return Settings()


def _open_db(settings: Settings) -> sqlite_utils.Database:
    if not settings.db_path.exists():
        raise click.ClickException(f"no index at {settings.db_path}: run `planbot ingest` first")
    return sqlite_utils.Database(settings.db_path)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log debug details.")
def main(verbose: bool) -> None:
    """planbot: cited answers about action plans (行动计划), from the command line or a chat."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--issuer", help="Issuer of plans not in catalog.json, e.g. 大兴区.")
@click.option("--year", type=int, help="Year of plans not in catalog.json, e.g. 2026.")
@click.option("--no-embed", is_flag=True, help="Skip passage vectors (BM25 and filters still work).")
@click.option("--rebuild-model", is_flag=True, help="Convert the embedding model again (a damaged or stale model folder).")
def ingest(paths: tuple[Path, ...], issuer: str | None, year: int | None, no_embed: bool, rebuild_model: bool) -> None:
    """Parse plan files into the index (default: the bundled sample plans).

    \b
    Examples:
      planbot ingest
      planbot ingest plans/ new_plan.txt --issuer 通州区 --year 2026
      planbot ingest --rebuild-model
    """
    from planbot.retrieval import prepared
    from planbot.retrieval.encoder import ModelFolderError, cores
    from planbot.runtime import load_embedder

    settings = _settings()
    sources = list(paths) or [bundled_plans_dir()]
    catalog: dict[str, dict] = {}
    for src in sources:
        catalog.update(load_catalog(src if src.is_dir() else src.parent))
    embed = None
    if not no_embed:
        try:  # passages in batches, one thread per core
            embedder = load_embedder(settings, threads=cores(), rebuild=rebuild_model)
        except ModelFolderError as e:
            raise click.ClickException(str(e)) from None
        embed = (embedder.name, embedder.encode_passages)
    try:
        report = ingest_files(
            plan_files(sources), settings.db_path, catalog, issuer=issuer, year=year, embed=embed,
            analyze=(prepared.VERSION, prepared.analyze), progress=lambda msg: log.info(msg),
        )
    except (DocumentError, OSError) as e:
        log.error("ingest failed, index unchanged: %s", e)
        raise click.ClickException(f"{e} (the index was not changed)") from None
    db = sqlite_utils.Database(settings.db_path)
    click.echo(
        f"indexed {len(report.parsed)} file(s), {len(report.unchanged)} unchanged; "
        f"{db['measures'].count} measures, {db['indicators'].count} indicator values, "
        f"{report.embedded} new vectors -> {settings.db_path}"
    )


@main.command()
@click.option("--doc", help="Only this plan file.")
def measures(doc: str | None) -> None:
    """Every stored measure, one JSON object per line.

    \b
    Examples:
      planbot measures | wc -l
      planbot measures --doc 002_2d0824e80faf244c.txt | jq .lead
    """
    for m in load_measures(_open_db(_settings())):
        if doc is None or m.doc == doc:
            click.echo(m.model_dump_json())


@main.command()
def indicators() -> None:
    """Every stored indicator value (targets per district or town), one JSON object per line.

    \b
    Example:
      planbot indicators | grep 通州区
    """
    for i in load_indicators(_open_db(_settings())):
        click.echo(i.model_dump_json())


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stats(as_json: bool) -> None:
    """Record counts per plan, attachment and section.

    \b
    Example:
      planbot stats
    """
    db = _open_db(_settings())
    plans = load_plans(db)
    ms = load_measures(db)
    inds = load_indicators(db)
    per_doc = Counter(m.doc for m in ms)
    per_att = Counter((m.doc, m.attachment or "-", m.plan_title or "") for m in ms)
    per_sec = Counter((m.doc, m.attachment or "-", m.section or "-") for m in ms)
    ind_doc = Counter((i.doc, i.table, i.part) for i in inds)
    if as_json:
        click.echo(json.dumps({
            "measures": len(ms), "indicators": len(inds),
            "plans": [{"doc": p.doc, "issuer": p.issuer, "year": p.year, "measures": per_doc[p.doc]} for p in plans],
        }, ensure_ascii=False))
        return
    for p in plans:
        click.echo(f"{p.doc}  {p.issuer} {p.year}  {p.layout}  measures {per_doc[p.doc]}")
        for (doc, att, title), n in per_att.items():
            if doc != p.doc:
                continue
            click.echo(f"  {att} {title}: {n}")
            for (d2, a2, sec), k in per_sec.items():
                if d2 == doc and a2 == att:
                    click.echo(f"    {sec}: {k}")
        for (doc, table, part), n in ind_doc.items():
            if doc == p.doc:
                click.echo(f"  {table} 表{part}: {n} indicator values")
    click.echo(f"all: {len(ms)} measures, {len(inds)} indicator values")


def _bot(dense: bool = True):
    from planbot.retrieval.encoder import ModelFolderError
    from planbot.runtime import IndexMissing, load_bot

    try:
        return load_bot(_settings(), dense=dense)
    except (IndexMissing, ModelFolderError) as e:
        raise click.ClickException(str(e)) from None


@main.command()
@click.argument("question", required=False)
@click.option("--issuer", help="Scope: the chat's district (大兴区, 门头沟区, 密云区, 北京市).")
@click.option("--year", type=int, help="Scope: the plan year (2026, 2021).")
@click.option("--json", "as_json", is_flag=True, help="Print the answer object (complete lists included).")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8"),
              help='Batch: a file (or - for stdin) of {"id","q","scope"} lines; prints one answer object per line.')
@click.option("--no-dense", is_flag=True, help="BM25 only (no embedding model loaded).")
def ask(question: str | None, issuer: str | None, year: int | None, as_json: bool, jsonl, no_dense: bool) -> None:
    """Answer a question with citations, as the chat bot would.

    \b
    Examples:
      planbot ask "区水务局牵头哪些措施？" --issuer 大兴区 --year 2026
      planbot ask "渣土车归谁管？" --json
      planbot ask --jsonl questions.jsonl > answers.jsonl
    """
    if question is None and jsonl is None:
        raise click.UsageError("give a QUESTION or --jsonl FILE")
    bot = _bot(dense=not no_dense)
    if jsonl is not None:
        for n, line in enumerate(jsonl, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                answer = bot.ask(item["q"], item.get("scope") or {}, item.get("id"))
            except (ValueError, KeyError, TypeError) as e:
                answer = {"id": None, "error": f"line {n}: {e}"}
            click.echo(json.dumps(answer, ensure_ascii=False))
        return
    answer = bot.ask(question, {"issuer": issuer, "year": year})
    click.echo(json.dumps(answer, ensure_ascii=False, indent=1) if as_json else answer["text"])


def _default_eval_file() -> Path:
    return Path.cwd().parent / "shared" / "eval" / "dev.jsonl"


@main.command("eval")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--no-modes", is_flag=True, help="Skip the BM25-only / dense-only / fused comparison.")
def evaluate(file: Path | None, no_modes: bool) -> None:
    """Score answers to a question file and print a table per question type.

    \b
    Examples:
      planbot eval                       # ../shared/eval/dev.jsonl
      planbot eval my_questions.jsonl
    """
    from planbot.evaluate import format_table, load_questions, rank_scores, score

    path = file or _default_eval_file()
    if not path.is_file():
        raise click.ClickException(f"no question file at {path}")
    bot = _bot()
    questions = load_questions(path)
    answers = {q["id"]: bot.ask(q["q"], q.get("scope") or {}, q["id"]) for q in questions}
    results = score(questions, answers, bot.units.names_for)
    modes = None
    if not no_modes:
        modes = {}
        topic = [q for q in questions if q["type"] == "topic"]
        for mode in ("bm25", "dense", "fused"):
            figures = [rank_scores(bot.rank_measures(q["q"], q.get("scope") or {}, mode), q["gold"]) for q in topic]
            modes[mode] = tuple(sum(x) / len(figures) for x in zip(*figures)) if figures else (0.0, 0.0)
    click.echo(format_table(results, modes))


@main.command()
@click.option("--host", help="Address to listen on (default 127.0.0.1, or PLANBOT_HOST).")
@click.option("--port", type=int, help="Port (default 8080, or PLANBOT_PORT).")
@click.option("--dingtalk-stream", is_flag=True, help="Also receive DingTalk messages in Stream mode (no public URL needed).")
def serve(host: str | None, port: int | None, dingtalk_stream: bool) -> None:
    """Run the web chat page, the JSON API and the DingTalk/WeCom callbacks.

    \b
    Examples:
      planbot serve
      PLANBOT_DINGTALK_APP_SECRET=... planbot serve --host 0.0.0.0 --port 8080
    """
    from planbot.app import run

    settings = _settings()
    run(settings, _bot(), host=host, port=port, dingtalk_stream=dingtalk_stream)
