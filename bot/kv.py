"""A small key-value store with expiry, for state that must outlive a process or be shared by
replicas: the adapters' "already answered this message" record and the conversations.

Three interchangeable implementations of one interface (`KV`): in memory (tests, one-off runs),
SQLite in its own file (the default: survives restarts on one box; never the index db, which
ingest replaces whole), and Redis (several replicas behind one load balancer).
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol


class KV(Protocol):
    def add_once(self, key: str, ttl_s: float) -> bool:
        """True the first time `key` is added within `ttl_s` seconds; remembers it that long."""

    def get_json(self, key: str) -> Any | None:
        """The value stored under `key`, or None when absent or expired."""

    def set_json(self, key: str, value: Any, ttl_s: float) -> None:
        """Store `value` (anything JSON can hold) under `key` for `ttl_s` seconds."""


class MemoryKV:
    """One process's dict; at most `max_entries` keys (the oldest expiring go first)."""

    def __init__(self, max_entries: int = 100_000, clock: Callable[[], float] = time.time) -> None:
        self._data: dict[str, tuple[float, str]] = {}  # key -> (expires, JSON)
        self._max_entries = max_entries
        self._clock = clock
        self._lock = threading.Lock()

    def add_once(self, key: str, ttl_s: float) -> bool:
        now = self._clock()
        with self._lock:
            found = self._data.get(key)
            if found is not None and found[0] > now:
                return False
            self._put(key, "true", now, ttl_s)
            return True

    def get_json(self, key: str) -> Any | None:
        with self._lock:
            found = self._data.get(key)
        return json.loads(found[1]) if found is not None and found[0] > self._clock() else None

    def set_json(self, key: str, value: Any, ttl_s: float) -> None:
        text = json.dumps(value, ensure_ascii=False)
        with self._lock:
            self._put(key, text, self._clock(), ttl_s)

    def _put(self, key: str, text: str, now: float, ttl_s: float) -> None:
        if key not in self._data and len(self._data) >= self._max_entries:
            for old in [k for k, (expires, _) in self._data.items() if expires <= now]:
                del self._data[old]
            if len(self._data) >= self._max_entries:
                del self._data[min(self._data, key=lambda k: self._data[k][0])]
        self._data[key] = (now + ttl_s, text)


class SqliteKV:
    """A table in its own SQLite file (WAL, so readers never wait for a writer)."""

    PURGE_EVERY = 1000  # writes between sweeps of expired rows

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=5)
        self._conn.execute("pragma journal_mode=wal")
        self._conn.execute("pragma synchronous=normal")
        self._conn.execute("create table if not exists kv (key text primary key, value text not null, expires real not null)")
        self._clock = clock
        self._lock = threading.Lock()
        self._writes = 0

    def add_once(self, key: str, ttl_s: float) -> bool:
        now = self._clock()
        with self._lock:
            self._conn.execute("begin immediate")
            try:
                self._conn.execute("delete from kv where key = ? and expires <= ?", (key, now))
                added = self._conn.execute(
                    "insert or ignore into kv (key, value, expires) values (?, 'true', ?)", (key, now + ttl_s)
                ).rowcount == 1
                self._conn.execute("commit")
            except BaseException:
                self._conn.execute("rollback")
                raise
            self._wrote(now)
        return added

    def get_json(self, key: str) -> Any | None:
        with self._lock:
            row = self._conn.execute("select value from kv where key = ? and expires > ?", (key, self._clock())).fetchone()
        return json.loads(row[0]) if row else None

    def set_json(self, key: str, value: Any, ttl_s: float) -> None:
        now = self._clock()
        with self._lock:
            self._conn.execute(
                "insert or replace into kv (key, value, expires) values (?, ?, ?)",
                (key, json.dumps(value, ensure_ascii=False), now + ttl_s),
            )
            self._wrote(now)

    def _wrote(self, now: float) -> None:
        self._writes += 1
        if self._writes % self.PURGE_EVERY == 0:
            self._conn.execute("delete from kv where expires <= ?", (now,))

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class RedisKV:
    """Keys under `prefix` in Redis, expiring on Redis's own clock (SET NX PX is atomic, so two
    replicas given the same retried message answer it once between them)."""

    def __init__(self, url: str, prefix: str = "planbot:") -> None:
        import redis  # only deployments that use Redis need the client

        self._redis = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self._prefix = prefix

    def add_once(self, key: str, ttl_s: float) -> bool:
        return bool(self._redis.set(self._prefix + key, b"1", nx=True, px=_ms(ttl_s)))

    def get_json(self, key: str) -> Any | None:
        value = self._redis.get(self._prefix + key)
        return None if value is None else json.loads(value)

    def set_json(self, key: str, value: Any, ttl_s: float) -> None:
        self._redis.set(self._prefix + key, json.dumps(value, ensure_ascii=False), px=_ms(ttl_s))

    def close(self) -> None:
        self._redis.close()


def _ms(ttl_s: float) -> int:
    return max(int(ttl_s * 1000), 1)
