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
def ingest(paths: tuple[Path, ...], issuer: str | None, year: int | None, no_embed: bool) -> None:
    """Parse plan files into the index (default: the bundled sample plans).

    \b
    Examples:
      planbot ingest
      planbot ingest plans/ new_plan.txt --issuer 通州区 --year 2026
    """
    settings = _settings()
    sources = list(paths) or [bundled_plans_dir()]
    catalog: dict[str, dict] = {}
    for src in sources:
        catalog.update(load_catalog(src if src.is_dir() else src.parent))
    embed = None
    if not no_embed:
        from planbot.retrieval.embedding import Embedder

        embedder = Embedder.load(settings.embed_model, settings.models_dir, threads=max(settings.embed_threads, 2))
        embed = (embedder.name, lambda texts: embedder.encode_passages(texts, show_progress=True))
    try:
        report = ingest_files(
            plan_files(sources), settings.db_path, catalog, issuer=issuer, year=year, embed=embed,
            progress=lambda msg: log.info(msg),
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
