"""WeCom 智能机器人, long-connection mode: no public URL needed, like DingTalk Stream.

WeCom's own SDK (`wecom-aibot-python-sdk`, package `aibot`) keeps the WebSocket: it subscribes
with the bot id and secret, sends heartbeats and reconnects with backoff. This module only maps
its frames to the same `Inbound` as the HTTP callbacks and answers each once, as a finished
stream (or the welcome for enter_chat).
"""
from __future__ import annotations

import asyncio
import logging
import secrets

from aibot import WSClient, WSClientOptions

from planbot.bot.kv import KV, MemoryKV
from planbot.bot.messages import BOT_WELCOME
from planbot.bot.render import render
from planbot.config import Settings

from .http import Answer, SeenSet, answer_safely, log_request
from .markdown import inert_reply
from .wecom_bot import PLATFORM, inbound_from, stream_reply, to_message
from .wecom_crypto import MalformedMessage

log = logging.getLogger("planbot.adapters")
MESSAGE_EVENTS = ("message.text", "message.mixed", "message.image", "message.voice", "message.file")


def make_client(settings: Settings, answer: Answer, kv: KV | None = None) -> WSClient:
    """A WSClient whose handlers answer through `answer`; connect it with `await client.connect()`."""
    if settings.wecom_bot_id is None or settings.wecom_bot_secret is None:
        raise ValueError("WeCom AI bot long connection needs PLANBOT_WECOM_BOT_ID and PLANBOT_WECOM_BOT_SECRET")
    options = WSClientOptions(
        bot_id=settings.wecom_bot_id, secret=settings.wecom_bot_secret.get_secret_value(),
        max_reconnect_attempts=-1, ws_url=settings.wecom_bot_ws_url or "", logger=_SdkLogger(),
    )
    client = WSClient(options)
    seen = SeenSet(kv or MemoryKV(), f"seen:{PLATFORM}")

    async def on_message(frame: dict) -> None:
        try:
            inbound = inbound_from(frame.get("body"))
        except MalformedMessage as exc:
            log_request(PLATFORM, "rejected:frame", reason=type(exc).__name__, level=logging.WARNING)
            return
        if not seen.first_time(inbound.msgid or secrets.token_hex(8)):
            log_request(PLATFORM, "duplicate", chat=inbound.chat_id)
            return
        reply = await answer_safely(answer, to_message(inbound))
        stream = stream_reply(render(inert_reply(reply), "wecom"))["stream"]
        await client.reply_stream(frame, stream["id"], stream["content"], True)
        log_request(PLATFORM, "replied", chat=inbound.chat_id, intent=reply.intent or "-")

    async def on_enter_chat(frame: dict) -> None:
        await client.reply_welcome(frame, {"msgtype": "text", "text": {"content": BOT_WELCOME}})
        log_request(PLATFORM, "welcome")

    def on_error(error: Exception) -> None:  # pyee raises on an "error" nobody handles
        log.warning("platform=%s connection error: %s", PLATFORM, type(error).__name__)

    for event in MESSAGE_EVENTS:
        client.on(event, on_message)
    client.on("event.enter_chat", on_enter_chat)
    client.on("error", on_error)
    return client


async def run_wecom_bot_ws(settings: Settings, answer: Answer, kv: KV | None = None) -> None:
    """Hold the long connection until cancelled (what `planbot serve --wecom-bot-ws` runs)."""
    client = make_client(settings, answer, kv)
    await client.connect()
    try:
        await keep_connected(client)
    finally:
        client.disconnect()


async def keep_connected(client: WSClient, check_s: float = 10.0, down_s: float = 60.0) -> None:
    """Restart the connection once it has been down longer than the SDK's own backoff (30 s).

    The SDK reconnects after a dropped connection, but not after the server closes it cleanly
    (its receive loop then just ends), which would leave the bot deaf until a restart.
    """
    loop = asyncio.get_running_loop()
    down_since: float | None = None
    while True:
        await asyncio.sleep(check_s)
        if client.is_connected:
            down_since = None
            continue
        down_since = down_since or loop.time()
        if loop.time() - down_since >= down_s:
            log.warning("platform=%s connection down for %.0f s: reconnecting", PLATFORM, loop.time() - down_since)
            client.disconnect()
            await client.connect()
            down_since = None


class _SdkLogger:
    """The SDK's log lines into ours; its debug lines carry message bodies, so they are dropped."""

    def debug(self, *_args) -> None:
        pass

    def info(self, message: str, *_args) -> None:
        log.info("platform=%s sdk: %s", PLATFORM, message)

    def warn(self, message: str, *_args) -> None:
        log.warning("platform=%s sdk: %s", PLATFORM, message[:200])

    warning = warn

    def error(self, message: str, *_args) -> None:
        log.error("platform=%s sdk: %s", PLATFORM, message[:200])
