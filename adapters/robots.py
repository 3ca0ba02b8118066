"""Pushing to group robots: DingTalk custom robots (webhook + `sign`) and WeCom group robots.

Both allow 20 messages a minute per robot; a push waits for its turn rather than being refused.
A long text is split under each platform's size limit. A failed push raises PushFailed, and the
caller decides when to try again (a webhook that may have delivered is not retried here).
"""
from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote_plus

from planbot.bot.render import DINGTALK_TEXT_LIMIT, split_by_bytes

from .http import Delivery, DeliveryError, Retry

WECOM_ROBOT_LIMIT = 4096  # bytes of a group robot's markdown.content
PER_MINUTE = 20  # both platforms' published limit per robot


class PushFailed(Exception):
    """The robot did not take the message (network, HTTP error or a non-zero errcode)."""


@dataclass(frozen=True)
class Robot:
    kind: Literal["dingtalk", "wecom"]
    webhook: str  # carries the robot's access token: never logged
    secret: str | None = None  # DingTalk 加签 secret


def dingtalk_signed_url(webhook: str, secret: str, now_ms: int) -> str:
    """The webhook with DingTalk's `timestamp` and `sign` (HMAC-SHA256 of "timestamp\\nsecret")."""
    digest = hmac.new(secret.encode(), f"{now_ms}\n{secret}".encode(), hashlib.sha256).digest()
    sep = "&" if "?" in webhook else "?"
    return f"{webhook}{sep}timestamp={now_ms}&sign={quote_plus(base64.b64encode(digest).decode())}"


class RateLimit:
    """At most `limit` sends per `window_s` per key; `wait` sleeps until a send is allowed."""

    def __init__(self, limit: int = PER_MINUTE, window_s: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.limit, self.window_s, self.clock = limit, window_s, clock
        self._sent: dict[str, deque[float]] = {}
        self._lock = asyncio.Lock()

    async def wait(self, key: str) -> None:
        async with self._lock:
            sent = self._sent.setdefault(key, deque())
            while True:
                now = self.clock()
                while sent and now - sent[0] >= self.window_s:
                    sent.popleft()
                if len(sent) < self.limit:
                    sent.append(now)
                    return
                await asyncio.sleep(self.window_s - (now - sent[0]))


class RobotPusher:
    """Posts markdown to robots, split and paced; one Delivery (connection pool) for all of them."""

    def __init__(self, delivery: Delivery | None = None, limit: RateLimit | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.delivery = delivery or Delivery("robot", retry=Retry(attempts=1))
        self.limit = limit or RateLimit()
        self.clock = clock

    async def push(self, robot: Robot, title: str, text: str) -> int:
        """Send `text` (markdown) in as many messages as its size needs; returns how many."""
        chunks = split_by_bytes(text, DINGTALK_TEXT_LIMIT if robot.kind == "dingtalk" else WECOM_ROBOT_LIMIT)
        for chunk in chunks:
            await self.limit.wait(robot.webhook)
            if robot.kind == "dingtalk":
                url = dingtalk_signed_url(robot.webhook, robot.secret, int(self.clock() * 1000)) if robot.secret else robot.webhook
                body = {"msgtype": "markdown", "markdown": {"title": title, "text": chunk}}
            else:
                url, body = robot.webhook, {"msgtype": "markdown", "markdown": {"content": chunk}}
            try:
                answer = await self.delivery.request_json("POST", url, json=body)
            except DeliveryError as exc:
                raise PushFailed(str(exc)) from None
            if answer.get("errcode", 0) != 0:
                raise PushFailed(f"robot refused: errcode {answer.get('errcode')}")
        return len(chunks)

    async def close(self) -> None:
        await self.delivery.close()
