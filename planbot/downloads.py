"""Download links for what the bot made in a chat ("导出我们的台账"): unguessable, expiring, each
for exactly one export.

The bot answers an export with the ids it listed (`payload["export"]`); this wraps the app's
answer so such a reply carries a link, and serves the workbook for it. The token's record lives
in the state store (SQLite or Redis), so the link works after a restart and on any replica.
"""
from __future__ import annotations

import asyncio
import re
import secrets
from collections.abc import Callable
from urllib.parse import quote

from aiohttp import web

from planbot.adapters.http import Answer, log_request
from planbot.bot import messages as msg
from planbot.bot.kv import KV
from planbot.bot.types import Link, Message, Reply
from planbot.export import ledger_bytes

TOKEN = re.compile(r"[A-Za-z0-9_-]{32}")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Downloads:
    def __init__(self, kv: KV, records: Callable[[], object], public_url: str | None, ttl_s: float = 3600) -> None:
        self.kv, self.records, self.ttl_s = kv, records, ttl_s
        self.base = (public_url or "").rstrip("/")

    def link(self, export: dict) -> Link:
        token = secrets.token_urlsafe(24)  # 32 characters, 192 bits
        self.kv.set_json(f"download:{token}", export, self.ttl_s)
        return Link(label=msg.EXPORT_LINK.format(minutes=round(self.ttl_s / 60)), url=f"{self.base}/downloads/{token}.xlsx")

    def wrap(self, answer: Answer) -> Answer:
        """`answer`, with a link added to every reply that made an export."""

        async def answer_with_links(message: Message) -> Reply:
            reply = await answer(message)
            export = reply.payload.get("export")
            if export:
                reply = reply.model_copy(update={"links": [*reply.links, self.link(export)]})
            return reply

        return answer_with_links

    async def serve(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        export = self.kv.get_json(f"download:{token}") if TOKEN.fullmatch(token) else None
        bot = self.records()
        rows = [bot.by_id[i] for i in export.get("ids", []) if i in bot.by_id] if isinstance(export, dict) else []
        if not rows:  # guessed, expired, or the plans it listed are gone
            log_request("download", "rejected:404")
            return web.Response(status=404, text=msg.DOWNLOAD_GONE, content_type="text/plain")
        data = await asyncio.get_running_loop().run_in_executor(None, ledger_bytes, rows)
        name = quote(f"{export.get('unit') or ''}台账.xlsx")
        log_request("download", "served", rows=len(rows))
        return web.Response(body=data, content_type=XLSX, headers={
            "Content-Disposition": f"attachment; filename=\"ledger.xlsx\"; filename*=UTF-8''{name}",
            "Cache-Control": "no-store",
        })


def add_download_routes(app: web.Application, downloads: Downloads) -> None:
    app.router.add_get("/downloads/{token}.xlsx", downloads.serve)
