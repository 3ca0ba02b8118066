"""Conversation state per (platform, chat, user): who the asker is, and the list being paged.

Kept in memory with a TTL: it only saves typing ("我是区水务局的", "更多"), so losing it on
restart costs a user one repeated sentence, not an answer.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Conversation:
    unit: str | None = None  # the asker's own unit, from "我是区水务局的"
    pending: list[str] = field(default_factory=list)  # ids of the list being paged
    offset: int = 0  # how many of `pending` were shown
    heading: str = ""
    touched: float = 0.0


class ConversationStore:
    def __init__(self, ttl_s: float = 4 * 3600, max_entries: int = 10_000, clock: Callable[[], float] = time.monotonic):
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self.clock = clock
        self._data: dict[tuple[str, str, str], Conversation] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str, str]) -> Conversation:
        """The live conversation for `key` (a fresh one if none or expired); touching renews it."""
        now = self.clock()
        with self._lock:
            conv = self._data.get(key)
            if conv is None or now - conv.touched > self.ttl_s:
                if len(self._data) >= self.max_entries:
                    self._evict(now)
                conv = self._data[key] = Conversation()
            conv.touched = now
            return conv

    def _evict(self, now: float) -> None:
        for k in [k for k, c in self._data.items() if now - c.touched > self.ttl_s]:
            del self._data[k]
        while len(self._data) >= self.max_entries:
            del self._data[min(self._data, key=lambda k: self._data[k].touched)]
