"""bot/kv.py: the same contract from the in-memory, SQLite and Redis stores; Redis is a real
`redis-server` started here on a free loopback port (skipped, saying why, when it is not installed)."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest

from planbot.bot.kv import MemoryKV, RedisKV, SqliteKV


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory) -> Iterator[str]:
    """A throwaway redis-server (no persistence) for this test run."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server; .ci/run does)")
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("redis-server did not start")
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["memory", "sqlite", "redis"])
def kv(request, tmp_path):
    if request.param == "memory":
        return MemoryKV()
    if request.param == "sqlite":
        return SqliteKV(tmp_path / "state.db")
    store = RedisKV(request.getfixturevalue("redis_url"), prefix=f"test-{time.monotonic_ns()}:")
    return store


def test_add_once_is_true_only_the_first_time(kv):
    assert kv.add_once("wecom:4561255354251345929", 60) is True
    assert kv.add_once("wecom:4561255354251345929", 60) is False
    assert kv.add_once("wecom:another", 60) is True


def test_json_round_trip(kv):
    assert kv.get_json("conv:dingtalk:cid:staff") is None
    value = {"unit": "区水务局", "pending": ["000#001", "000#002"], "offset": 5}
    kv.set_json("conv:dingtalk:cid:staff", value, 60)
    assert kv.get_json("conv:dingtalk:cid:staff") == value
    kv.set_json("conv:dingtalk:cid:staff", {"unit": None}, 60)
    assert kv.get_json("conv:dingtalk:cid:staff") == {"unit": None}


def test_expiry_with_an_injected_clock(tmp_path):
    for make in (lambda c: MemoryKV(clock=c), lambda c: SqliteKV(tmp_path / "clock.db", clock=c)):
        clock = Clock()
        kv = make(clock)
        assert kv.add_once("k", 10)
        kv.set_json("j", [1], 10)
        clock.now += 9
        assert not kv.add_once("k", 10) and kv.get_json("j") == [1]
        clock.now += 2
        assert kv.add_once("k", 10) and kv.get_json("j") is None


def test_redis_expires_on_its_own_clock(redis_url):
    kv = RedisKV(redis_url, prefix="expiry:")
    assert kv.add_once("k", 0.2)
    assert not kv.add_once("k", 0.2)
    time.sleep(0.35)
    assert kv.add_once("k", 0.2)


def test_sqlite_survives_a_restart_and_is_its_own_file(tmp_path):
    path = tmp_path / "state.db"
    first = SqliteKV(path)
    assert first.add_once("seen:wecom:1", 3600)
    first.set_json("conv", {"unit": "区城管委"}, 3600)
    first.close()
    again = SqliteKV(path)
    assert again.add_once("seen:wecom:1", 3600) is False
    assert again.get_json("conv") == {"unit": "区城管委"}
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".db"] == ["state.db"]


def test_memory_is_bounded():
    kv = MemoryKV(max_entries=3)
    for n in range(10):
        assert kv.add_once(str(n), 60)
    assert sum(kv.get_json(str(n)) is not None for n in range(10)) == 3
    assert kv.get_json("9") is True  # the newest stay
