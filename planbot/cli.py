"""The `planbot` command: a thin click layer over the Python API."""
from __future__ import annotations

import difflib
import json
import logging
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import click
import sqlite_utils

from planbot.config import Settings
from planbot.index.parse import DocumentError, bundled_plans_dir, load_catalog
from planbot.index.store import IndexLocked, IndexUnreadable, check_index, load_indicators, load_measures, load_plans, plan_files, summary
from planbot.index.store import ingest as ingest_files
from planbot.index.store import remove as remove_plans

log = logging.getLogger("planbot")


def _settings() -> Settings:
    return Settings()


def _checked_index(settings: Settings) -> None:
    """A clear error, not a traceback, for a missing, empty or damaged index."""
    if not settings.db_path.exists():
        raise click.ClickException(f"no index at {settings.db_path}: run `planbot ingest` first")
    try:
        check_index(settings.db_path)
    except IndexUnreadable as e:
        raise click.ClickException(str(e)) from None


def _open_db(settings: Settings) -> sqlite_utils.Database:
    _checked_index(settings)
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
@click.option("--dry-run", is_flag=True, help="Print what would be indexed; change nothing.")
@click.option("--replace", multiple=True, metavar="PLAN", help="An indexed plan the new file supersedes (removed in the same step).")
@click.option("--rebuild-model", is_flag=True, help="Convert the embedding model again (a damaged or stale model folder).")
def ingest(paths: tuple[Path, ...], issuer: str | None, year: int | None, no_embed: bool, dry_run: bool,
           replace: tuple[str, ...], rebuild_model: bool) -> None:
    """Parse plan files (.txt, .docx, .pdf) into the index (default: the bundled sample plans).

    A running `planbot serve` on the same data directory picks the new index up by itself.

    \b
    Examples:
      planbot ingest
      planbot ingest plans/ new_plan.docx --issuer 通州区 --year 2026
      planbot ingest --dry-run 2027年行动计划.pdf
      planbot ingest new_version.docx --replace old_version.docx
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
    if not no_embed and not dry_run:
        try:  # passages in batches, one thread per core
            embedder = load_embedder(settings, threads=cores(), rebuild=rebuild_model)
        except ModelFolderError as e:
            raise click.ClickException(str(e)) from None
        embed = (embedder.name, embedder.encode_passages)
    try:
        report = ingest_files(
            plan_files(sources), settings.db_path, catalog, issuer=issuer, year=year, embed=embed,
            analyze=(prepared.VERSION, prepared.analyze), progress=lambda msg: log.info(msg),
            dry_run=dry_run, replace=replace,
        )
    except (DocumentError, IndexLocked, IndexUnreadable, OSError) as e:
        log.error("ingest failed, index unchanged: %s", e)
        raise click.ClickException(f"{e} (the index was not changed)") from None
    if dry_run:
        from planbot.admin import format_summary

        for doc in report.documents:
            click.echo(format_summary(summary(doc)))
        click.echo(f"dry run: {len(report.parsed)} file(s) would be indexed, {len(report.unchanged)} unchanged; "
                   f"nothing was written")
        return
    db = sqlite_utils.Database(settings.db_path)
    click.echo(
        f"indexed {len(report.parsed)} file(s), {len(report.unchanged)} unchanged; "
        f"{db['measures'].count} measures, {db['indicators'].count} indicator values, "
        f"{report.embedded} new vectors -> {settings.db_path} (version {report.version})"
    )


@main.command()
@click.argument("plans", nargs=-1, required=True)
def remove(plans: tuple[str, ...]) -> None:
    """Remove plans from the index (by file name, with or without its suffix).

    \b
    Example:
      planbot remove 003_ee892fc6c9fd672b.txt
    """
    settings = _settings()
    try:
        docs, version = remove_plans(plans, settings.db_path)
    except (DocumentError, IndexLocked) as e:
        raise click.ClickException(f"{e} (the index was not changed)") from None
    click.echo(f"removed {', '.join(docs)} -> {settings.db_path} (version {version})")


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


@main.command("export")
@click.option("--unit", help="Only this unit's measures (any alias: 水务局, 区水务局 …).")
@click.option("--role", type=click.Choice(["lead", "responsible", "assist", "main", "any"]), default="lead",
              show_default=True, help="The unit's column: lead = 牵头 (as “X牵头哪些”), main = 牵头 or 主责, any = also 协办.")
@click.option("--issuer", help="Only this issuer's plans, e.g. 大兴区.")
@click.option("--year", type=int, help="Only plans of this year.")
@click.option("--due-before", type=click.DateTime(["%Y-%m-%d"]), help="Only measures due on or before this date.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="The .xlsx file to write.")
def export(unit: str | None, role: str, issuer: str | None, year: int | None, due_before, output: Path) -> None:
    """Write the 台账 (one row per measure) as an Excel workbook.

    \b
    Examples:
      planbot export --unit 区水务局 --issuer 大兴区 --year 2026 -o 水务局台账.xlsx
      planbot export --issuer 门头沟区 --due-before 2026-06-30 -o 上半年.xlsx
    """
    from planbot.export import LedgerQuery, NothingToExport, UnknownUnit, ledger_rows, write_ledger
    from planbot.index.units import UnitDirectory

    measures = load_measures(_open_db(_settings()))
    query = LedgerQuery(unit=unit, role=role, issuer=issuer, year=year, due_before=due_before.date() if due_before else None)
    try:
        rows = ledger_rows(measures, UnitDirectory.from_measures(measures), query)
        write_ledger(rows, output)
    except (NothingToExport, UnknownUnit) as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"{len(rows)} measures -> {output}")


@main.command()
@click.option("--dry-run", is_flag=True, help="Print the digests instead of pushing them.")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), help="The day to remind as of (default: today).")
@click.option("--days", type=int, help="Due within this many days (default: each reminder's own, else 14).")
@click.option("--target", "targets", multiple=True, help="Only these configured reminders (by name).")
@click.option("--unit", "units", multiple=True, help="Ad hoc (no reminder configured): only these units.")
@click.option("--issuer", help="Ad hoc: only this issuer's plans.")
@click.option("--year", type=int, help="Ad hoc: only plans of this year.")
@click.option("--json", "as_json", is_flag=True, help="With --dry-run: one JSON object per digest.")
def remind(dry_run: bool, today, days: int | None, targets: tuple[str, ...], units: tuple[str, ...],
           issuer: str | None, year: int | None, as_json: bool) -> None:
    """Push deadline digests (due soon, overdue; per unit, cited) to the configured group robots.

    \b
    Reminders are [[reminders]] tables in planbot.toml (name, kind = dingtalk|wecom, webhook,
    secret, units, issuer, year, days, cron). Examples:
      planbot remind --dry-run --today 2026-06-20 --issuer 大兴区 --year 2026
      planbot remind --target 大兴区水务
    """
    import asyncio
    from datetime import date

    from planbot.config import ReminderTarget
    from planbot.index.units import UnitDirectory
    from planbot.remind import RobotPusher, digests_for, push_all

    settings = _settings()
    chosen = [t for t in settings.reminders if not targets or t.name in targets]
    if targets and len(chosen) < len(set(targets)):
        raise click.ClickException(f"no such reminder: {', '.join(sorted(set(targets) - {t.name for t in chosen}))}")
    if not chosen:
        if not dry_run:
            raise click.ClickException("no reminders configured ([[reminders]] in planbot.toml); try --dry-run")
        chosen = [ReminderTarget(name="ad-hoc", kind="dingtalk", webhook="-", units=list(units), issuer=issuer, year=year)]
    if days is not None:
        chosen = [t.model_copy(update={"days": days}) for t in chosen]
    measures = load_measures(_open_db(settings))
    directory = UnitDirectory.from_measures(measures)
    day = today.date() if today else date.today()
    plan = [(t, digests_for(t, measures, directory, day)) for t in chosen]
    if dry_run:
        for target, messages in plan:
            for m in messages:
                if as_json:
                    click.echo(json.dumps({"target": target.name, "unit": m.unit, "due_soon": m.due_soon,
                                           "overdue": m.overdue, "text": m.text}, ensure_ascii=False))
                else:
                    click.echo(f"== {target.name} ==\n{m.text}\n")
            if not messages and not as_json:
                click.echo(f"== {target.name} == nothing due")
        return

    async def push() -> int:
        pusher = RobotPusher()
        try:
            return sum([len(await push_all(pusher, t, messages)) for t, messages in plan])
        finally:
            await pusher.close()

    failed = asyncio.run(push())
    if failed:
        raise click.ClickException(f"{failed} digest(s) could not be pushed (see the log)")
    click.echo(f"pushed {sum(len(m) for _, m in plan)} digest(s)")


@main.command()
@click.option("--csv", "csv_file", type=click.File("r", encoding="utf-8-sig"), required=True,
              help="Rows of platform,user_id,unit[,issuer] (a header row is allowed).")
def bind(csv_file) -> None:
    """Preload who is who: each platform user's unit (and plan), as if they had said “我是…的”.

    \b
    Example (platform is dingtalk, wecom, wecom_bot or web):
      planbot bind --csv staff.csv
      # staff.csv:  platform,user_id,unit,issuer
      #             dingtalk,manager4220,区水务局,大兴区
    """
    import csv

    from planbot.app import make_kv
    from planbot.bot.state import ConversationStore, Identity
    from planbot.index.units import UnitDirectory

    settings = _settings()
    measures = load_measures(_open_db(settings))
    units = UnitDirectory.from_measures(measures)
    issuers = {m.issuer for m in measures if m.issuer}
    rows, problems = [], []
    for n, row in enumerate(csv.reader(csv_file), 1):
        cells = [c.strip() for c in row]
        if not any(cells) or (n == 1 and cells[:2] == ["platform", "user_id"]):
            continue
        if len(cells) < 3 or not all(cells[:3]):
            problems.append(f"line {n}: need platform,user_id,unit")
            continue
        platform, user, unit, issuer = (cells + [""])[:4]
        known = [m for m in units.find_mentions(unit) if m.known]
        if not known or known[0].ambiguous or (known[0].start, known[0].end) != (0, len(unit)):
            close = difflib.get_close_matches(unit, sorted(units.printed()), n=3, cutoff=0.4)
            problems.append(f"line {n}: unit “{unit}” " + (f"is not one name; did you mean {'、'.join(close)}?" if close
                                                           else "is not in any plan"))
            continue
        if issuer and issuer not in issuers:
            problems.append(f"line {n}: no plan of “{issuer}” is indexed ({'、'.join(sorted(issuers))})")
            continue
        rows.append(((platform, user), Identity(unit=known[0].label, issuer=issuer or None)))
    if problems:
        raise click.ClickException("nothing bound:\n" + "\n".join(problems))
    store = ConversationStore(backend=make_kv(settings))
    for key, identity in rows:
        store.bind_identity(key, identity)
    click.echo(f"bound {len(rows)} user(s) -> {settings.state if settings.redis_url is None else 'redis'} state store")


def _bot(dense: bool = True):
    from planbot.retrieval.encoder import ModelFolderError
    from planbot.runtime import IndexMissing, load_bot

    settings = _settings()
    _checked_index(settings)
    try:
        return load_bot(settings, dense=dense)
    except (IndexMissing, ModelFolderError) as e:
        raise click.ClickException(str(e)) from None
    except sqlite3.DatabaseError as e:  # damage past the schema page
        raise click.ClickException(str(IndexUnreadable(settings.db_path, f"SQLite says: {e}"))) from None


@main.command()
@click.argument("question", required=False)
@click.option("--issuer", help="Scope: the chat's district (大兴区, 门头沟区, 密云区, 北京市).")
@click.option("--year", type=int, help="Scope: the plan year (2026, 2021).")
@click.option("--json", "as_json", is_flag=True, help="Print the answer object (complete lists included).")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8"),
              help='Batch: a file (or - for stdin) of {"id","q","scope"} lines; prints one answer object per line. '
                   'Lines with the same "session" are one conversation (follow-ups, 更多); a line with "turns" '
                   '(the eval layout) is one conversation, answered at its last turn.')
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
        from planbot.evaluate import run_answers  # noqa: PLC0415 (the eval runner, only for batches)

        for n, line in enumerate(jsonl, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if "turns" in item:  # a conversation as an eval file holds it: so that file can be fed as it is
                    answer = run_answers(bot, [item])[item["id"]]
                else:
                    answer = bot.ask(item["q"], item.get("scope") or {}, item.get("id"), session=item.get("session"))
            except (ValueError, KeyError, TypeError) as e:
                answer = {"id": None, "error": f"line {n}: {e}"}
            click.echo(json.dumps(answer, ensure_ascii=False))
        return
    answer = bot.ask(question, {"issuer": issuer, "year": year})
    click.echo(json.dumps(answer, ensure_ascii=False, indent=1) if as_json else answer["text"])


@main.command("eval")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", "which", type=click.Choice(["heldout", "calib", "all"]), default="all", show_default=True,
              help="Which half of a split set to score (calib = used for fitting, heldout = reported).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable figures instead of tables.")
@click.option("--fail-under", type=float, help="Exit 1 when an overall score reported is below this.")
@click.option("--wrong", "show_wrong", is_flag=True, help="Also list the ids of the questions not answered correctly.")
@click.option("--no-modes", is_flag=True, help="Skip the BM25-only / dense-only / fused comparison.")
def evaluate(file: Path | None, which: str, as_json: bool, fail_under: float | None, show_wrong: bool,
             no_modes: bool) -> None:
    """Score the bot on a question file and print a table per question type, split and style.

    \b
    Examples:
      planbot eval                                  # the project's tests/eval/questions.jsonl
      planbot eval --split heldout --json
      planbot eval ../shared/eval/dev.jsonl
    """
    from planbot.evaluate import (format_modes, format_summary, load_questions, project_questions_file,
                                  rank_scores, run_answers, split_sets, summarize)

    path = file or project_questions_file()
    if not path.is_file():
        raise click.ClickException(f"no question file at {path} (the project set lives in tests/eval/ of a source "
                                   "checkout); give a FILE")
    try:
        questions = load_questions(path)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    bot = _bot()
    sets = split_sets(questions, which)
    asked = [q for qs in sets.values() for q in qs]
    answers = run_answers(bot, asked)
    summaries = {name: summarize(qs, answers, bot.units.names_for) for name, qs in sets.items()}
    modes = None
    topic = [q for q in asked if q["type"] == "topic" and "turns" not in q]
    if not no_modes and topic:
        modes = {}
        for mode in ("bm25", "dense", "fused"):
            figures = [rank_scores(bot.rank_measures(q["q"], q.get("scope") or {}, mode), q["gold"]) for q in topic]
            modes[mode] = tuple(sum(x) / len(figures) for x in zip(*figures))
    if as_json:
        click.echo(json.dumps({"file": str(path), "sets": summaries, "modes": modes}, ensure_ascii=False, indent=1))
    else:
        click.echo(f"{path}: {len(asked)} questions")
        for name, s in summaries.items():
            click.echo("\n" + format_summary(name, s))
            if show_wrong:
                click.echo("wrong: " + " ".join(s["wrong"]))
        if modes:
            click.echo("\n" + format_modes(modes))
    low = {n: s["overall"] for n, s in summaries.items() if fail_under is not None and s["overall"] < fail_under}
    if low:
        raise click.ClickException(f"overall below {fail_under}: " + ", ".join(f"{n} {v:.3f}" for n, v in low.items()))


@main.command()
@click.option("--host", help="Address to listen on (default 127.0.0.1, or PLANBOT_HOST).")
@click.option("--port", type=int, help="Port (default 8080, or PLANBOT_PORT).")
@click.option("--dingtalk-stream", is_flag=True, help="Also receive DingTalk messages in Stream mode (no public URL needed).")
@click.option("--wecom-bot-ws", is_flag=True, help="Also receive WeCom AI-bot messages over its long connection (no public URL needed).")
def serve(host: str | None, port: int | None, dingtalk_stream: bool, wecom_bot_ws: bool) -> None:
    """Run the web chat page, the JSON API and the DingTalk/WeCom callbacks.

    A new index published in the data directory (`planbot ingest`, `planbot remove`, an upload to
    /admin/plans when PLANBOT_ADMIN_TOKEN is set) is swapped in while serving.

    \b
    Examples:
      planbot serve
      PLANBOT_DINGTALK_APP_SECRET=... planbot serve --host 0.0.0.0 --port 8080
    """
    from planbot.app import run
    from planbot.live import live_bot
    from planbot.runtime import IndexMissing

    settings = _settings()
    _checked_index(settings)
    try:
        bot = live_bot(settings)
    except IndexMissing as e:
        raise click.ClickException(str(e)) from None
    except sqlite3.DatabaseError as e:  # damage past the schema page
        raise click.ClickException(str(IndexUnreadable(settings.db_path, f"SQLite says: {e}"))) from None
    run(settings, bot, host=host, port=port, dingtalk_stream=dingtalk_stream, wecom_bot_ws=wecom_bot_ws)
