"""Plan administration over HTTP: upload (`POST /admin/plans`), list, remove; mounted only when
PLANBOT_ADMIN_TOKEN is set, every request checked against it before anything else.

An upload goes through the same `index.store.ingest` as the CLI (same parsers, writer lock,
duplicate check, atomic publish), then the live bot swaps the new index in before the answer, so
"indexed" means "answerable now". The body is refused with 413 from its Content-Length, or while
streaming, as soon as it passes the limit; a refused or failed upload leaves the index as it was.
Uploaded documents are kept in `$PLANBOT_HOME/uploads/` (a later re-ingest finds them there).
"""
from __future__ import annotations

import asyncio
import hmac
import logging
import shutil
import tempfile
from pathlib import Path

from aiohttp import web

from planbot.adapters.web import PAGE_HEADERS, STATIC_DIR
from planbot.config import Settings
from planbot.index.parse import SUFFIXES, DocumentError
from planbot.index.store import DuplicatePlan, IndexLocked, ingest, remove, summary
from planbot.live import LiveBot

log = logging.getLogger(__name__)
LOCK_WAIT_S = 60.0


def format_summary(info: dict) -> str:
    """A dry-run summary (index.store.summary) as lines for a person (CLI and upload form)."""
    head = f"{info['issuer'] or 'issuer ? (--issuer)'} {info['year'] or 'year ? (--year)'}"
    lines = [f"{info['doc']}: {head}  《{info['title'] or '?'}》  {info['doc_number'] or ''}  [{info['layout']}]",
             f"  {info['measures']} measures, {info['indicators']} indicator values"]
    for part in info["attachments"]:
        counts = ", ".join(f"{part[k]} {k}" for k in ("measures", "indicators") if part[k])
        lines.append(f"  {part['attachment'] or '(no attachment)'} {part['title'] or ''}: {counts}")
    lines.append("  sample rows:")
    for m in info["samples"]:
        units = "、".join(m["lead"] or m["responsible"]) or "-"
        text = m["text"].replace("\n", " ")
        lines.append(f"    {m['id']}  {m['section'] or ''} 第{m['task_no'] or '?'}项  {text[:50]}  "
                     f"[{m['deadline'] or '-'}; {units}]")
    lines.append(f"  rows not read: {len(info['skipped'])}")
    lines.extend(f"    {s}" for s in info["skipped"][:20])
    return "\n".join(lines)


class Refused(Exception):
    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail

    def response(self) -> web.Response:
        headers = {"WWW-Authenticate": 'Bearer realm="planbot-admin"'} if self.status == 401 else None
        return web.json_response({"error": self.code, "detail": self.detail}, status=self.status, headers=headers,
                                 dumps=_dumps)


def _dumps(data) -> str:
    import json

    return json.dumps(data, ensure_ascii=False)


def _authorized(request: web.Request, token: str) -> bool:
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode("utf-8", "replace"), token.encode())


def upload_name(raw: str | None) -> str:
    """The file name to index an upload under: a plain name with a plan suffix, nothing else."""
    name = (raw or "").strip()
    if not name or Path(name).name != name or name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
        raise Refused(400, "bad_name", f"need a file name ending in {', '.join(SUFFIXES)} (got {name!r})")
    return name


async def _bounded(read_chunk, limit: int) -> bytes:
    chunks, size = [], 0
    while chunk := await read_chunk():
        size += len(chunk)
        if size > limit:
            raise Refused(413, "too_large", f"upload over {limit // 2**20} MB")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_upload(request: web.Request, limit: int) -> tuple[str, bytes, dict[str, str]]:
    """(file name, bytes, form fields) from a multipart form (field `file`) or a raw body with
    `?name=`; options may come as form fields or query parameters."""
    fields = dict(request.query)
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        name, data = None, None
        while (part := await reader.next()) is not None:
            if part.name == "file":
                name = part.filename
                data = await _bounded(lambda: part.read_chunk(64 * 1024), limit)
            elif part.name:
                fields[part.name] = (await _bounded(lambda: part.read_chunk(1024), 4096)).decode("utf-8", "replace")
        if data is None:
            raise Refused(400, "no_file", "the form has no `file` field")
    else:
        name = fields.get("name")
        data = await _bounded(lambda: request.content.read(64 * 1024), limit)
    return upload_name(name), data, fields


def add_admin_routes(app: web.Application, settings: Settings, live: LiveBot) -> None:
    """Mount `/admin` (the upload form), `/admin/plans` (GET list, POST upload) and
    `/admin/plans/{name}` (DELETE)."""
    token = settings.admin_token.get_secret_value()
    limit = settings.max_upload_mb * 2**20
    uploads = settings.home / "uploads"

    @web.middleware
    async def guard(request: web.Request, handler):
        if not request.path.startswith("/admin/"):
            return await handler(request)
        if not _authorized(request, token):
            log.warning("admin request refused: missing or wrong token")
            return Refused(401, "unauthorized", "missing or wrong bearer token (PLANBOT_ADMIN_TOKEN)").response()
        if request.method == "POST" and request.content_length is not None and request.content_length > limit:
            return Refused(413, "too_large", f"upload over {limit // 2**20} MB").response()
        try:
            return await handler(request)
        except Refused as e:
            return e.response()

    def run_ingest(path: Path, fields: dict[str, str], dry_run: bool):
        encoder = getattr(live.bot.retriever, "encoder", None)
        embed = (encoder.name, encoder.encode_passages) if encoder is not None and not dry_run else None
        year = fields.get("year") or None
        return ingest([path], settings.db_path, issuer=fields.get("issuer") or None,
                      year=int(year) if year and year.isdigit() else None, embed=embed, dry_run=dry_run,
                      replace=[r for r in fields.get("replace", "").split(",") if r], lock_wait_s=LOCK_WAIT_S)

    async def upload(request: web.Request) -> web.Response:
        name, data, fields = await read_upload(request, limit)
        dry_run = fields.get("dry_run", "").lower() in ("1", "true", "yes", "on")
        uploads.mkdir(parents=True, exist_ok=True)
        incoming = Path(tempfile.mkdtemp(prefix=".incoming-", dir=uploads))
        try:
            path = incoming / name
            path.write_bytes(data)
            loop = asyncio.get_running_loop()
            try:
                report = await loop.run_in_executor(None, run_ingest, path, fields, dry_run)
            except DuplicatePlan as e:
                raise Refused(409, "duplicate", str(e)) from None
            except IndexLocked as e:
                raise Refused(409, "busy", str(e)) from None
            except DocumentError as e:
                raise Refused(422, "rejected", f"{e} (the index was not changed)") from None
            if not dry_run and report.parsed:
                path.replace(uploads / name)
                await live.reload_async()
        finally:
            shutil.rmtree(incoming, ignore_errors=True)
        infos = [summary(doc) for doc in report.documents]
        status = "dry_run" if dry_run else ("indexed" if report.parsed else "unchanged")
        log.info("admin upload %s: %s", name, status)
        return web.json_response({
            "status": status, "version": live.version if not dry_run else None, "plans": infos,
            "text": "\n".join(format_summary(i) for i in infos) or f"{name}: unchanged (already indexed)",
        }, dumps=_dumps)

    async def listing(request: web.Request) -> web.Response:
        bot = live.bot
        counts: dict[str, int] = {}
        for m in bot.measures:
            counts[m.doc] = counts.get(m.doc, 0) + 1
        return web.json_response({"version": live.version, "plans": [
            {"doc": p.doc, "issuer": p.issuer, "year": p.year, "title": p.title, "measures": counts.get(p.doc, 0)}
            for p in bot.plans]}, dumps=_dumps)

    async def delete(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        loop = asyncio.get_running_loop()
        try:
            docs, version = await loop.run_in_executor(None, lambda: remove([name], settings.db_path, LOCK_WAIT_S))
        except IndexLocked as e:
            raise Refused(409, "busy", str(e)) from None
        except DocumentError as e:
            raise Refused(404, "not_found", str(e)) from None
        for doc in docs:
            (uploads / doc).unlink(missing_ok=True)
        await live.reload_async()
        return web.json_response({"status": "removed", "removed": docs, "version": live.version}, dumps=_dumps)

    async def page(request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC_DIR / "admin.html", headers=PAGE_HEADERS)

    app.middlewares.append(guard)
    app.router.add_get("/admin", page)  # the upload form; what it posts carries the token
    app.router.add_get("/admin/plans", listing)
    app.router.add_post("/admin/plans", upload)
    app.router.add_delete("/admin/plans/{name}", delete)

