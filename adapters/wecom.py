"""WeCom (企业微信) self-built app: the callback route and the message/send client.

WeCom waits 5 s for the callback answer and retries 3 times, and a passive reply can only be
plain text. So the route answers an empty 200 at once, drops retries by MsgId, and sends the
markdown reply through the API in a background task.
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from aiohttp import web

from planbot.bot.kv import KV, MemoryKV
from planbot.bot.render import WECOM_MARKDOWN_LIMIT, render, split_by_bytes
from planbot.bot.types import Message
from planbot.config import Settings

from .http import (
    BODY_REFUSALS,
    Answer,
    Delivery,
    DeliveryError,
    SeenSet,
    answer_safely,
    log_answered,
    log_request,
    read_body,
    reject,
)
from .markdown import inert_reply
from .wecom_crypto import (
    MalformedMessage,
    WeComCrypto,
    WeComCryptoError,
    check_query_shape,
    check_timestamp,
    parse_xml,
)

PLATFORM = "wecom"
# Malformed input is the sender's mistake (400); anything unauthenticated is 401.
REFUSALS = {MalformedMessage: 400, WeComCryptoError: 401, **BODY_REFUSALS}
TOKEN_EXPIRED = {40014, 42001}  # invalid / expired access_token: refresh once and resend
TOKEN_MARGIN_S = 300  # refresh this long before WeCom's expires_in runs out


def to_message(fields: dict[str, str]) -> Message | None:
    """The question in a decrypted message, or None for anything but text (image, voice, event…)."""
    if fields.get("MsgType") != "text":
        return None
    sender = fields["FromUserName"]
    return Message(text=fields.get("Content", "").strip(), platform=PLATFORM, chat_id=sender, user_id=sender)


def wants_reply(fields: dict[str, str]) -> bool:
    """Messages a person sent (text, image, voice… each with a MsgId) get a reply, at most one per
    MsgId; events (enter_agent, subscribe, menu clicks) have no MsgId and get none."""
    return fields.get("MsgType") != "event" and bool(fields.get("MsgId"))


class AccessToken:
    """The app's access_token (valid `expires_in`, 7200 s), cached and refreshed early."""

    def __init__(
        self, delivery: Delivery, api_base: str, corp_id: str, secret: str, clock: Callable[[], float]
    ) -> None:
        self._delivery = delivery
        self._url = f"{api_base}/cgi-bin/gettoken"
        self._params = {"corpid": corp_id, "corpsecret": secret}
        self._clock = clock
        self._token = ""
        self._refresh_at = 0.0
        self._lock = asyncio.Lock()  # one gettoken at a time, however many chats need a token

    async def get(self) -> str:
        async with self._lock:
            if not self._token or self._clock() >= self._refresh_at:
                data = await self._delivery.request_json("GET", self._url, params=self._params)
                token, expires_in = data.get("access_token"), data.get("expires_in")
                if not isinstance(expires_in, int) or isinstance(expires_in, bool):
                    expires_in = 7200
                if data.get("errcode", 0) != 0 or not isinstance(token, str) or not token:
                    raise DeliveryError(f"gettoken refused: errcode {data.get('errcode')}")
                self._token = token
                self._refresh_at = self._clock() + max(expires_in - TOKEN_MARGIN_S, 0)
            return self._token

    def invalidate(self, token: str) -> None:
        """Forget `token` (WeCom said it is invalid), unless another call already replaced it."""
        if token == self._token:
            self._token = ""


class WeComSender:
    """Sends markdown to one user through `message/send`, refreshing the token once if WeCom asks."""

    def __init__(self, delivery: Delivery, tokens: AccessToken, api_base: str, agent_id: int) -> None:
        self._delivery = delivery
        self._tokens = tokens
        self._url = f"{api_base}/cgi-bin/message/send"
        self._agent_id = agent_id

    async def send_markdown(self, to_user: str, content: str) -> None:
        payload = {
            "touser": to_user, "msgtype": "markdown", "agentid": self._agent_id, "markdown": {"content": content}
        }
        token = await self._tokens.get()
        data = await self._delivery.request_json("POST", self._url, params={"access_token": token}, json=payload)
        if data.get("errcode") in TOKEN_EXPIRED:
            self._tokens.invalidate(token)
            token = await self._tokens.get()
            data = await self._delivery.request_json("POST", self._url, params={"access_token": token}, json=payload)
        if data.get("errcode", 0) != 0:
            raise DeliveryError(f"message/send refused: errcode {data.get('errcode')}")


def add_wecom_routes(
    app: web.Application,
    settings: Settings,
    answer: Answer,
    *,
    delivery: Delivery | None = None,
    clock: Callable[[], float] = time.time,
    kv: KV | None = None,
    path: str = "/wecom/callback",
) -> Delivery:
    """Serve URL verification (GET) and messages (POST) at `path`; returns the Delivery."""
    required = {
        "PLANBOT_WECOM_TOKEN": settings.wecom_token,
        "PLANBOT_WECOM_AES_KEY": settings.wecom_aes_key,
        "PLANBOT_WECOM_CORP_ID": settings.wecom_corp_id,
        "PLANBOT_WECOM_SECRET": settings.wecom_secret,
        "PLANBOT_WECOM_AGENT_ID": settings.wecom_agent_id,
    }
    missing = [name for name, value in required.items() if value is None]
    if missing:
        raise ValueError(f"WeCom is not configured: {', '.join(missing)} not set")
    token, aes_key = settings.wecom_token.get_secret_value(), settings.wecom_aes_key.get_secret_value()
    crypto = WeComCrypto(token, aes_key, settings.wecom_corp_id)
    delivery = delivery or Delivery(PLATFORM)
    api_base = settings.wecom_api_base.rstrip("/")
    tokens = AccessToken(delivery, api_base, settings.wecom_corp_id, settings.wecom_secret.get_secret_value(), clock)
    sender = WeComSender(delivery, tokens, api_base, settings.wecom_agent_id)
    seen = SeenSet(kv or MemoryKV(clock=clock), f"seen:{PLATFORM}")

    async def respond(fields: dict[str, str], started: float) -> None:
        reply = await answer_safely(answer, to_message(fields))
        outcome = "sent"
        try:
            for chunk in split_by_bytes(render(inert_reply(reply), "wecom"), WECOM_MARKDOWN_LIMIT):
                await sender.send_markdown(fields["FromUserName"], chunk)
        except DeliveryError:
            outcome = "failed"  # the reason is logged by Delivery or carried in the errcode
        log_answered(PLATFORM, fields["FromUserName"], reply, started, clock, outcome)

    async def callback(request: web.Request) -> web.Response:
        started = clock()
        query = request.query
        try:
            # All that can be checked before the body (the signature covers the body's Encrypt):
            check_timestamp(query.get("timestamp"), started)
            check_query_shape(query.get("msg_signature"), query.get("nonce"))
            body = await read_body(request, trusted=False)
            plain = crypto.decrypt_message(body, query.get("msg_signature"), query["timestamp"], query.get("nonce", ""))
            fields = parse_xml(plain)
            if not fields.get("FromUserName"):
                raise MalformedMessage("no FromUserName")
        except tuple(REFUSALS) as exc:
            return reject(PLATFORM, exc, REFUSALS)
        if not wants_reply(fields):
            log_request(PLATFORM, "ignored", chat=fields["FromUserName"], kind=fields.get("Event") or fields.get("MsgType") or "-")
        elif seen.first_time(fields["MsgId"]):
            delivery.spawn(respond(fields, started))
        else:
            log_request(PLATFORM, "duplicate", chat=fields["FromUserName"])
        return web.Response(text="")

    app.router.add_get(path, url_verifier(PLATFORM, crypto, clock))
    app.router.add_post(path, callback)
    app.on_cleanup.append(delivery.on_cleanup)
    return delivery


def url_verifier(platform: str, crypto: WeComCrypto, clock: Callable[[], float]):
    """The GET handler that answers WeCom's URL verification (the app and the AI bot alike)."""

    async def verify_url(request: web.Request) -> web.Response:
        query = request.query
        try:
            check_timestamp(query.get("timestamp"), clock())
            # Base64 has no spaces: a "+" sent unencoded reads as a space in a query string.
            echostr = query.get("echostr", "").replace(" ", "+")
            echo = crypto.verify_url(query.get("msg_signature"), query["timestamp"], query.get("nonce", ""), echostr)
        except WeComCryptoError as exc:
            return reject(platform, exc, REFUSALS)
        log_request(platform, "url-verified")
        return web.Response(text=echo)

    return verify_url
