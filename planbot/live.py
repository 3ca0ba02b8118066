"""The live index: `planbot serve` picks up a newly published index without a restart.

Every writer (`planbot ingest`/`remove`, an upload) publishes a new index file by renaming it
into place, so a changed (inode, mtime, size) of the index path means a new version. The holder
loads the new bot off the event loop while the old one keeps answering, then swaps one reference:
a question already running keeps the bot it started with and finishes on the old index, the next
one gets the new. Conversation state (scopes, "更多" pages) carries over. A load that fails (a
half-copied file placed by hand, say) is logged and the old bot keeps serving.
"""
from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timezone
from pathlib import Path

from aiohttp import web

from planbot.bot.types import Message, Reply
from planbot.index.store import index_version

log = logging.getLogger(__name__)

WATCH_INTERVAL_S = 0.25


def file_signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class LiveBot:
    """Holds the current bot for the app (`handle`, `health`) and swaps in each new index.

    `load(previous)` builds a bot over the index file as it is now (`previous` lends its loaded
    model and conversations); it runs in a thread, never on the event loop.
    """

    def __init__(self, db_path: Path, load: Callable[[object | None], object], bot: object | None = None) -> None:
        self.db_path = db_path
        self._load = load
        self._reload_lock = threading.Lock()
        self._signature = file_signature(db_path)
        self.version = index_version(db_path)
        self.loaded_at = datetime.now(timezone.utc)
        self.bot = bot if bot is not None else load(None)

    def handle(self, message: Message) -> Reply:
        bot = self.bot  # one read: the whole question runs on this index even if a swap happens now
        return bot.handle(message)

    def health(self) -> dict:
        bot = self.bot
        editions = sorted({(p.issuer, p.year) for p in bot.plans if p.issuer}, key=lambda e: (e[0], -(e[1] or 0)))
        return {**bot.health(), "editions": [list(e) for e in editions],
                "index": {"version": self.version, "loaded_at": self.loaded_at.isoformat(timespec="seconds")}}

    def changed(self) -> bool:
        return file_signature(self.db_path) != self._signature

    def reload(self, force: bool = False) -> bool:
        """Load and swap in the published index if it changed (or `force`); True if swapped.

        One reload at a time; a caller that arrives during one waits and then finds nothing new.
        """
        with self._reload_lock:
            signature = file_signature(self.db_path)
            if signature is None or (signature == self._signature and not force):
                return False
            version = index_version(self.db_path)
            started = time.monotonic()
            try:
                bot = self._load(self.bot)
            except Exception:
                log.exception("new index at %s could not be loaded; still serving version %s", self.db_path, self.version)
                self._signature = signature  # do not retry the same broken file every poll
                return False
            self.bot, self.version, self._signature = bot, version, signature
            self.loaded_at = datetime.now(timezone.utc)
            log.info("index version %s swapped in (%.1f s to load)", version, time.monotonic() - started)
            return True

    async def reload_async(self, force: bool = False) -> bool:
        return await asyncio.get_running_loop().run_in_executor(None, self.reload, force)

    async def watching(self, _app: web.Application, interval_s: float = WATCH_INTERVAL_S) -> AsyncIterator[None]:
        """aiohttp cleanup context: poll the index path for the app's lifetime."""

        async def watch() -> None:
            while True:
                await asyncio.sleep(interval_s)
                if self.changed():
                    await self.reload_async()

        task = asyncio.get_running_loop().create_task(watch())
        yield
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass


def live_bot(settings, dense: bool = True, encoder=None) -> LiveBot:
    """The LiveBot `planbot serve` runs: each new index loaded with the model loaded first."""
    from planbot.runtime import load_bot

    loaded = {"encoder": encoder}  # the model, loaded once and lent to every later index

    def load(previous):
        bot = load_bot(settings, dense=dense, encoder=loaded["encoder"])
        bot.retriever.prepare()
        loaded["encoder"] = bot.retriever.encoder or loaded["encoder"]
        if previous is not None:
            bot.conversations = previous.conversations
        return bot

    return LiveBot(settings.db_path, load)
