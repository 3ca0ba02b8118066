"""The aiohttp application: the web page and API, and the chat platforms' callbacks, in one process.

This is the composition root for HTTP: the only module that sees both the bot and the adapters.
Adapters reach the bot only through an async `answer` callable, which runs it off the event loop.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from aiohttp import web

from planbot.adapters.dingtalk import add_dingtalk_routes, run_dingtalk_stream
from planbot.adapters.http import MAX_BODY, Answer
from planbot.adapters.web import add_web_routes
from planbot.adapters.wecom import add_wecom_routes
from planbot.bot.types import Message, Reply
from planbot.config import Settings
from planbot.live import LiveBot

# bot.handle is CPU-bound (tokenizing, BM25, one embedding); a few threads keep a slow question
# from stalling the event loop without oversubscribing the CPU.
BOT_THREADS = 4


class BotLike(Protocol):
    """What the app needs from `planbot.bot.service.Bot` (tests pass a stand-in)."""

    def handle(self, message: Message) -> Reply: ...

    def health(self) -> dict: ...


def make_answer(bot: BotLike, executor: ThreadPoolExecutor) -> Answer:
    """`bot.handle` as a coroutine that runs in `executor`, off the event loop."""

    async def answer(message: Message) -> Reply:
        return await asyncio.get_running_loop().run_in_executor(executor, bot.handle, message)

    return answer


def wecom_wanted(settings: Settings) -> bool:
    """Any WeCom setting present means WeCom is wanted; the adapter then refuses to start
    unless all of them are (a half-configured platform should fail loudly, not go silent)."""
    fields = (settings.wecom_token, settings.wecom_aes_key, settings.wecom_corp_id, settings.wecom_secret, settings.wecom_agent_id)
    return any(value is not None for value in fields)


def create_app(
    settings: Settings, bot: BotLike, *, threads: int = BOT_THREADS, dingtalk_stream: bool = False
) -> web.Application:
    """The app with `/`, `/api/ask`, `/healthz`, and each chat platform whose settings are present;
    with `dingtalk_stream`, DingTalk Stream mode runs alongside for as long as the app does.

    Bodies over 1 MiB are refused with 413 before a handler sees them in full. Request bodies are
    not decompressed: no platform sends compressed callbacks, and aiohttp drops the connection
    (losing our 4xx) when a body fails to decompress. Raises ValueError when a platform is only
    partly configured.
    """
    if dingtalk_stream and None in (settings.dingtalk_client_id, settings.dingtalk_app_secret):
        raise ValueError("DingTalk Stream mode needs PLANBOT_DINGTALK_CLIENT_ID and PLANBOT_DINGTALK_APP_SECRET")
    app = web.Application(client_max_size=MAX_BODY, handler_args={"auto_decompress": False})
    executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="planbot-bot")
    answer = make_answer(bot, executor)

    platforms = {
        "dingtalk": settings.dingtalk_app_secret is not None,
        "dingtalk_stream": dingtalk_stream,
        "wecom": wecom_wanted(settings),
    }
    if platforms["dingtalk"]:
        add_dingtalk_routes(app, settings, answer)
    if platforms["wecom"]:
        add_wecom_routes(app, settings, answer)
    if dingtalk_stream:

        async def stream_while_serving(_app: web.Application) -> AsyncIterator[None]:
            task = asyncio.get_running_loop().create_task(run_dingtalk_stream(settings, answer))
            yield
            for _attempt in range(2):  # the DingTalk SDK swallows the first cancellation
                task.cancel()
                done, _pending = await asyncio.wait({task}, timeout=5)
                if done:
                    break

        app.cleanup_ctx.append(stream_while_serving)

    if isinstance(bot, LiveBot):  # serve swaps in each new index; uploads need one to swap into
        app.cleanup_ctx.append(bot.watching)
        if settings.admin_token is not None:
            from planbot.admin import add_admin_routes

            add_admin_routes(app, settings, bot)
    token = settings.api_token.get_secret_value() if settings.api_token else None
    add_web_routes(app, answer=answer, health=lambda: {**bot.health(), "platforms": platforms}, api_token=token)

    async def stop_executor(_app: web.Application) -> None:
        executor.shutdown(wait=False, cancel_futures=True)

    app.on_cleanup.append(stop_executor)
    return app


def run(
    settings: Settings, bot: BotLike, host: str | None = None, port: int | None = None, *, dingtalk_stream: bool = False
) -> None:
    """Serve until SIGINT/SIGTERM (what `planbot serve` calls).

    aiohttp's access log is off: each adapter logs its own line per request, and the access log
    would print query strings (WeCom's signature parameters) verbatim.
    """
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    web.run_app(
        create_app(settings, bot, dingtalk_stream=dingtalk_stream),
        host=settings.host if host is None else host,
        port=settings.port if port is None else port,
        access_log=None,
    )
