"""The aiohttp application: the web page and API, and the chat platforms' callbacks, in one process.

This is the composition root for HTTP: the only module that sees both the bot and the adapters.
Adapters reach the bot only through an async `answer` callable, which runs it off the event loop.
"""
from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator
from typing import Protocol

from aiohttp import web

from planbot.adapters.chart import add_chart_routes
from planbot.adapters.dingtalk import add_dingtalk_routes, run_dingtalk_stream
from planbot.adapters.guard import GUARD, ConnectionGuard
from planbot.adapters.http import MAX_BODY, Answer, Busy
from planbot.adapters.web import add_web_routes
from planbot.adapters.wecom import add_wecom_routes
from planbot.adapters.wecom_bot import add_wecom_bot_routes
from planbot.adapters.wecom_bot_ws import run_wecom_bot_ws
from planbot.bot.kv import KV, MemoryKV, RedisKV, SqliteKV
from planbot.bot.types import Message, Reply
from planbot.config import Settings
from planbot.downloads import Downloads, add_download_routes
from planbot.live import LiveBot
from planbot.workqueue import OverBudget, QueueFull, WorkQueue

log = logging.getLogger("planbot.app")
SERVER_NAME = "planbot"  # the Server header: no Python or aiohttp version for scanners to match
LINGER_S = 1.0  # after answering early, how long aiohttp may drain a body nobody will read


class BotLike(Protocol):
    """What the app needs from `planbot.bot.service.Bot` (tests pass a stand-in)."""

    def handle(self, message: Message) -> Reply: ...

    def health(self) -> dict: ...


def make_answer(bot: BotLike, queue: WorkQueue) -> Answer:
    """`bot.handle` as a coroutine that runs on `queue`'s workers, off the event loop; a full
    queue or a spent time budget is the adapters' `Busy`."""

    async def answer(message: Message) -> Reply:
        try:
            return await queue.run(bot.handle, message)
        except QueueFull as exc:
            raise Busy("queue full", exc.retry_after_s) from None
        except OverBudget:
            raise Busy("over budget", queue.retry_after_s) from None

    return answer


def make_queue(settings: Settings) -> WorkQueue:
    return WorkQueue(settings.workers, settings.queue_depth, settings.question_budget_s)


def make_kv(settings: Settings) -> KV:
    """Where dedup records (and conversations) live: Redis when configured, else SQLite beside the
    index (survives restarts), or memory (`PLANBOT_STATE=memory`)."""
    if settings.state == "redis" or settings.redis_url:
        if not settings.redis_url:
            raise ValueError("PLANBOT_STATE=redis needs PLANBOT_REDIS_URL")
        return RedisKV(settings.redis_url)
    if settings.state == "memory":
        return MemoryKV()
    if settings.state == "sqlite":
        return SqliteKV(settings.state_path)
    raise ValueError(f"PLANBOT_STATE must be sqlite, memory or redis, not {settings.state!r}")


def make_guard(settings: Settings) -> ConnectionGuard:
    return ConnectionGuard(settings.max_connections, settings.max_stranger_bodies, settings.body_timeout_s)


def wecom_wanted(settings: Settings) -> bool:
    """Any WeCom setting present means WeCom is wanted; the adapter then refuses to start
    unless all of them are (a half-configured platform should fail loudly, not go silent)."""
    fields = (settings.wecom_token, settings.wecom_aes_key, settings.wecom_corp_id, settings.wecom_secret, settings.wecom_agent_id)
    return any(value is not None for value in fields)


def create_app(
    settings: Settings, bot: BotLike, *, dingtalk_stream: bool = False, wecom_bot_ws: bool = False,
    kv: KV | None = None,
) -> web.Application:
    """The app with `/`, `/api/ask`, `/healthz`, and each chat platform whose settings are present;
    with `dingtalk_stream`, DingTalk Stream mode runs alongside for as long as the app does, and
    with `wecom_bot_ws` the WeCom AI bot's long connection.

    Bodies over 1 MiB are refused with 413 before a handler sees them in full. Request bodies are
    not decompressed: no platform sends compressed callbacks, and aiohttp drops the connection
    (losing our 4xx) when a body fails to decompress. The keep-alive timer doubles as the
    deadline for a request's headers (see adapters/guard.py). Raises ValueError when a platform
    is only partly configured.
    """
    if dingtalk_stream and None in (settings.dingtalk_client_id, settings.dingtalk_app_secret):
        raise ValueError("DingTalk Stream mode needs PLANBOT_DINGTALK_CLIENT_ID and PLANBOT_DINGTALK_APP_SECRET")
    if wecom_bot_ws and None in (settings.wecom_bot_id, settings.wecom_bot_secret):
        raise ValueError("WeCom AI bot long connection needs PLANBOT_WECOM_BOT_ID and PLANBOT_WECOM_BOT_SECRET")
    guard = make_guard(settings)
    handler_args = {"auto_decompress": False, "keepalive_timeout": settings.header_timeout_s, "lingering_time": LINGER_S}
    app = web.Application(client_max_size=MAX_BODY, handler_args=handler_args, middlewares=[guard.middleware])
    app[GUARD] = guard
    app.on_response_prepare.append(_name_server)
    queue = make_queue(settings)
    kv = kv or make_kv(settings)

    def records():
        """The bot whose records answer now (a LiveBot's current index)."""
        return bot.bot if isinstance(bot, LiveBot) else bot

    downloads = Downloads(kv, records, settings.public_url)
    answer = downloads.wrap(make_answer(bot, queue))
    add_download_routes(app, downloads)

    platforms = {
        "dingtalk": settings.dingtalk_app_secret is not None,
        "dingtalk_stream": dingtalk_stream,
        "wecom": wecom_wanted(settings),
        "wecom_bot": settings.wecom_bot_token is not None or settings.wecom_bot_aes_key is not None,
        "wecom_bot_ws": wecom_bot_ws,
    }
    if platforms["dingtalk"]:
        add_dingtalk_routes(app, settings, answer, kv=kv)
    if platforms["wecom"]:
        add_wecom_routes(app, settings, answer, kv=kv)
    if platforms["wecom_bot"]:
        add_wecom_bot_routes(app, settings, answer, kv=kv)
    if dingtalk_stream:

        async def stream_while_serving(_app: web.Application) -> AsyncIterator[None]:
            task = asyncio.get_running_loop().create_task(run_dingtalk_stream(settings, answer, kv=kv))
            yield
            for _attempt in range(2):  # the DingTalk SDK swallows the first cancellation
                task.cancel()
                done, _pending = await asyncio.wait({task}, timeout=5)
                if done:
                    break

        app.cleanup_ctx.append(stream_while_serving)
    if wecom_bot_ws:

        async def long_connection_while_serving(_app: web.Application) -> AsyncIterator[None]:
            task = asyncio.get_running_loop().create_task(run_wecom_bot_ws(settings, answer, kv))
            yield
            task.cancel()
            await asyncio.wait({task}, timeout=5)

        app.cleanup_ctx.append(long_connection_while_serving)

    if settings.reminders:
        from planbot.remind import Reminders  # APScheduler only where reminders are configured

        reminders = Reminders(settings, records=lambda: (records().measures, records().units))

        async def schedule_while_serving(_app: web.Application) -> AsyncIterator[None]:
            reminders.start()
            yield
            await reminders.stop()

        app.cleanup_ctx.append(schedule_while_serving)

    if hasattr(records(), "measures"):  # the real bot (tests may pass a stand-in without records)
        from planbot.bot.chart import deadline_chart, month_list

        add_chart_routes(
            app,
            chart=lambda issuer, year, unit: deadline_chart(records().measures, records().units, issuer, year, unit).as_dict(),
            listing=lambda issuer, year, unit, month: month_list(records().measures, records().units, issuer, year, unit, month),
            editions=lambda: sorted({(p.issuer, p.year) for p in records().plans if p.issuer and p.year}),
        )

    if isinstance(bot, LiveBot):  # serve swaps in each new index; uploads need one to swap into
        app.cleanup_ctx.append(bot.watching)
        if settings.admin_token is not None:
            from planbot.admin import add_admin_routes

            add_admin_routes(app, settings, bot)
    token = settings.api_token.get_secret_value() if settings.api_token else None
    add_web_routes(app, answer=answer, health=lambda: {**bot.health(), "platforms": platforms}, api_token=token)

    async def stop_queue(_app: web.Application) -> None:
        queue.shutdown()
        close = getattr(kv, "close", None)
        if close is not None:
            close()

    app.on_cleanup.append(stop_queue)
    return app


async def _name_server(_request: web.Request, response: web.StreamResponse) -> None:
    response.headers["Server"] = SERVER_NAME


async def start_server(app: web.Application, host: str, port: int) -> web.AppRunner:
    """Serve `app` on host:port, its guard following every connection; `runner.cleanup()` stops.

    aiohttp's access log is off: each adapter logs its own line per request, and the access log
    would print query strings (WeCom's signature parameters) verbatim. A handler whose client
    disconnects is cancelled, so its question leaves the work queue.
    """
    runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
    await runner.setup()
    app[GUARD].attach(runner.server)
    await web.TCPSite(runner, host, port).start()
    return runner


def run(
    settings: Settings, bot: BotLike, host: str | None = None, port: int | None = None, *, dingtalk_stream: bool = False,
    wecom_bot_ws: bool = False,
) -> None:
    """Serve until SIGINT/SIGTERM (what `planbot serve` calls)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    kv = make_kv(settings)
    current = bot.bot if isinstance(bot, LiveBot) else bot
    if getattr(current, "conversations", None) is not None:  # kept by every index swapped in later
        current.conversations.backend = kv  # bindings and pages survive a restart, as dedup does
    app = create_app(settings, bot, dingtalk_stream=dingtalk_stream, wecom_bot_ws=wecom_bot_ws, kv=kv)
    asyncio.run(_serve_until_signalled(app, settings.host if host is None else host, settings.port if port is None else port))


async def _serve_until_signalled(app: web.Application, host: str, port: int) -> None:
    runner = await start_server(app, host, port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    log.info("serving on http://%s:%d", host, port)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
