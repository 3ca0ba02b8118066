"""Conversation state: per (platform, chat, user) who the asker is, the last question and the
last list shown; per (platform, chat) the scope a group was bound to ("本群是门头沟区的").

Records are JSON-serializable primitives kept in a backend with `get_json` / `set_json(key,
value, ttl_s)`: in memory by default (losing it on restart costs a user one repeated sentence),
or any shared store a deployment plugs in (several replicas, restarts).
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import Any, Protocol


LOCK_STRIPES = 64


class Backend(Protocol):
    def get_json(self, key: str) -> Any | None: ...

    def set_json(self, key: str, value: Any, ttl_s: float) -> None: ...


class _Stored:
    """A dataclass kept as JSON in the state store."""

    @classmethod
    def from_json(cls, data: Any):
        """A stored record back; unknown keys (an older or newer version) are ignored."""
        if not isinstance(data, dict):
            return cls()
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def to_json(self) -> dict:
        """Its fields as they are (the backend serializes): dataclasses.asdict deep-copies every
        list, a quarter of a millisecond per message for a long pending list."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class Conversation(_Stored):
    unit: str | None = None  # the asker's own unit, from "我是区水务局的"
    issuer: str | None = None  # the asker's own district, from "我是大兴区的"
    year: int | None = None
    pending: list[str] = field(default_factory=list)  # ids of the last answer, numbered as shown
    offset: int = 0  # how many of `pending` were shown
    heading: str = ""
    last_query: dict | None = None  # the last question's slots (Query.model_dump(mode="json"))
    item_fields: list[str] = field(default_factory=list)  # what "第3项谁配合" asked, for "那第4项呢"
    item: int = 0  # the item last asked about ("第3项谁配合"), for "这条" / "下一条" / a bare "谁配合"; 0: none


@dataclass
class Identity(_Stored):
    """Who a person is ("我是区水务局的", or preloaded by `planbot bind --csv`), kept per
    (platform, user) so it follows them into every chat."""

    unit: str | None = None
    issuer: str | None = None
    year: int | None = None

    @property
    def known(self) -> bool:
        return bool(self.unit or self.issuer)


@dataclass
class ChatScope(_Stored):
    """What a group chat was bound to; every later question there uses it unless it names another."""

    issuer: str | None = None
    year: int | None = None


class MemoryBackend:
    """JSON values in a dict with a per-entry expiry; bounded, thread-safe."""

    def __init__(self, max_entries: int = 10_000, clock: Callable[[], float] = time.monotonic):
        self.max_entries = max_entries
        self.clock = clock
        self._data: dict[str, tuple[float, str]] = {}  # key -> (expires, JSON text)
        self._lock = threading.Lock()

    def get_json(self, key: str) -> Any | None:
        now = self.clock()
        with self._lock:
            entry = self._data.get(key)
            if entry is None or entry[0] < now:
                return None
            return json.loads(entry[1])

    def set_json(self, key: str, value: Any, ttl_s: float) -> None:
        text = json.dumps(value, ensure_ascii=False)  # a copy: callers never share live objects
        now = self.clock()
        with self._lock:
            if key not in self._data and len(self._data) >= self.max_entries:
                self._evict(now)
            self._data[key] = (now + ttl_s, text)

    def _evict(self, now: float) -> None:
        for k in [k for k, (expires, _) in self._data.items() if expires < now]:
            del self._data[k]
        while len(self._data) >= self.max_entries:
            del self._data[min(self._data, key=lambda k: self._data[k][0])]


class ConversationStore:
    """Conversations by (platform, chat, user), renewed at each save; chat scopes by (platform, chat).

    `session` serializes one conversation's messages within a process ("更多" sent twice
    quickly pages on twice); different conversations run in parallel.
    """

    def __init__(self, ttl_s: float = 4 * 3600, max_entries: int = 10_000,
                 clock: Callable[[], float] = time.monotonic, backend: Backend | None = None,
                 scope_ttl_s: float = 365 * 86400):
        self.ttl_s = ttl_s
        self.scope_ttl_s = scope_ttl_s
        self.backend = backend if backend is not None else MemoryBackend(max_entries, clock)
        self._locks = [threading.Lock() for _ in range(LOCK_STRIPES)]

    @contextmanager
    def session(self, key: tuple[str, str, str]) -> Iterator[Conversation]:
        """The conversation for one message: loaded, changed by the caller, saved (even when the
        answer failed half-way, what was changed before is kept)."""
        with self._locks[hash(key) % LOCK_STRIPES]:
            conv = self.get(key)
            try:
                yield conv
            finally:
                self.save(key, conv)

    def get(self, key: tuple[str, str, str]) -> Conversation:
        """The live conversation for `key` (a fresh one if none or expired)."""
        return Conversation.from_json(self.backend.get_json(_key("conv", key)))

    def save(self, key: tuple[str, str, str], conv: Conversation) -> None:
        self.backend.set_json(_key("conv", key), conv.to_json(), self.ttl_s)

    def chat_scope(self, key: tuple[str, str]) -> ChatScope:
        return ChatScope.from_json(self.backend.get_json(_key("chat", key)))

    def bind_chat(self, key: tuple[str, str], scope: ChatScope) -> None:
        self.backend.set_json(_key("chat", key), scope.to_json(), self.scope_ttl_s)

    def identity(self, key: tuple[str, str]) -> Identity:
        return Identity.from_json(self.backend.get_json(_key("user", key)))

    def bind_identity(self, key: tuple[str, str], identity: Identity) -> None:
        self.backend.set_json(_key("user", key), identity.to_json(), self.scope_ttl_s)


def _key(kind: str, parts: tuple[str, ...]) -> str:
    """One string per record; JSON keeps ids containing ':' apart."""
    return f"{kind}:" + json.dumps(list(parts), ensure_ascii=False)
