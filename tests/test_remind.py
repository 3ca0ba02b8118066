"""Deadline reminders: digests recomputed from the records, pushes received by a local fake robot
server that checks DingTalk's sign independently, pacing, splitting, retries and a scheduler
that survives a failing job."""
from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
from collections import defaultdict
from datetime import date, timedelta

import pytest
from aiohttp import web
from click.testing import CliRunner

from planbot.adapters.http import Delivery, Retry
from planbot.adapters.robots import PushFailed, RateLimit, Robot, RobotPusher, dingtalk_signed_url
from planbot.bot.digest import due_digests
from planbot.cli import main
from planbot.config import ReminderTarget, Settings
from planbot.remind import Reminders, digests_for

DING_SECRET = "SEC-robot-secret-DO-NOT-LOG"
TODAY = date(2026, 6, 20)


def expected_digests(measures, units, today: date, days: int, issuer=None, year=None) -> dict[str, tuple[set, set]]:
    """The digests as the issue states them, computed here from the records alone."""
    out: dict[str, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    for m in measures:
        if m.due is None or (issuer and m.issuer != issuer) or (year and m.year != year):
            continue
        for unit in {units.canonical(u) for u in m.lead}:
            if today <= m.due <= today + timedelta(days=days):
                out[unit][0].add(m.id)
            elif m.due < today and m.year == today.year:
                out[unit][1].add(m.id)
    return dict(out)


def test_dry_run_prints_the_digests_the_records_give(indexed_home, real_bot, monkeypatch):
    monkeypatch.setenv("PLANBOT_HOME", str(indexed_home))
    for days, issuer in ((14, None), (120, "门头沟区"), (200, None)):
        args = ["remind", "--dry-run", "--json", "--today", TODAY.isoformat(), "--days", str(days)]
        args += ["--issuer", issuer] if issuer else []
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        got = {d["unit"]: (set(d["due_soon"]), set(d["overdue"])) for d in map(json.loads, result.output.splitlines())}
        assert got == expected_digests(real_bot.measures, real_bot.units, TODAY, days, issuer) and got
    text = CliRunner().invoke(main, ["remind", "--dry-run", "--today", "2026-06-20", "--days", "120"]).output
    assert "即将到期" in text and "《" in text and "第" in text  # each line cited


def test_a_unit_filter_keeps_that_unit_under_any_alias(real_bot):
    target = ReminderTarget(name="t", kind="wecom", webhook="-", units=["水务局"], days=200)
    messages = digests_for(target, real_bot.measures, real_bot.units, TODAY)
    assert [m.unit for m in messages] == [real_bot.units.canonical("区水务局")]


def test_an_older_plans_deadlines_are_not_overdue(real_bot):
    digests = due_digests(real_bot.measures, real_bot.units, TODAY, 10, year=2021)
    assert digests == []


class FakeRobots:
    """DingTalk custom robot and WeCom group robot endpoints, recording what they accept."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict, float]] = []
        self.fail_next = 0
        app = web.Application()
        app.router.add_post("/robot/send", self.dingtalk)
        app.router.add_post("/cgi-bin/webhook/send", self.wecom)
        self.app = app

    async def dingtalk(self, request: web.Request) -> web.Response:
        ts, sign = request.query.get("timestamp", ""), request.query.get("sign", "")
        expected = base64.b64encode(hmac.new(DING_SECRET.encode(), f"{ts}\n{DING_SECRET}".encode(), hashlib.sha256).digest()).decode()
        if sign != expected or abs(time.time() * 1000 - int(ts)) > 3600_000:
            return web.json_response({"errcode": 310000, "errmsg": "sign not match"})
        return await self.accept("dingtalk", request)

    async def wecom(self, request: web.Request) -> web.Response:
        if request.query.get("key") != "robot-key":
            return web.json_response({"errcode": 93000, "errmsg": "invalid webhook url"})
        return await self.accept("wecom", request)

    async def accept(self, kind: str, request: web.Request) -> web.Response:
        if self.fail_next:
            self.fail_next -= 1
            return web.Response(status=500)
        self.received.append((kind, await request.json(), time.monotonic()))
        return web.json_response({"errcode": 0, "errmsg": "ok"})


@pytest.fixture
async def robots(aiohttp_server):
    fake = FakeRobots()
    server = await aiohttp_server(fake.app)
    fake.base = str(server.make_url("")).rstrip("/")
    return fake


def fast_pusher(limit: int = 20, window_s: float = 60.0) -> RobotPusher:
    return RobotPusher(Delivery("robot", retry=Retry(attempts=1, timeout_s=2)), RateLimit(limit, window_s))


async def test_pushes_arrive_signed_and_split(robots, real_bot):
    pusher = fast_pusher()
    ding = Robot("dingtalk", f"{robots.base}/robot/send?access_token=tok", DING_SECRET)
    wecom = Robot("wecom", f"{robots.base}/cgi-bin/webhook/send?key=robot-key")
    long_text = "\n".join(f"- 第{n}项 " + "措施" * 60 for n in range(60))
    assert await pusher.push(ding, "区水务局：1项即将到期", "**区水务局**") == 1
    assert await pusher.push(wecom, "t", long_text) >= 4
    await pusher.close()
    kinds = [k for k, _, _ in robots.received]
    assert kinds[0] == "dingtalk" and set(kinds[1:]) == {"wecom"}
    assert robots.received[0][1]["markdown"] == {"title": "区水务局：1项即将到期", "text": "**区水务局**"}
    assert all(len(b["markdown"]["content"].encode()) <= 4096 for k, b, _ in robots.received[1:])
    assert "".join(b["markdown"]["content"] for _, b, _ in robots.received[1:]).replace("\n", "") == long_text.replace("\n", "")


async def test_a_wrong_secret_or_key_is_a_failed_push(robots):
    pusher = fast_pusher()
    with pytest.raises(PushFailed, match="310000"):
        await pusher.push(Robot("dingtalk", f"{robots.base}/robot/send", "wrong-secret"), "t", "x")
    with pytest.raises(PushFailed, match="93000"):
        await pusher.push(Robot("wecom", f"{robots.base}/cgi-bin/webhook/send?key=nope"), "t", "x")
    await pusher.close()


async def test_pushes_are_paced_per_robot(robots):
    pusher = fast_pusher(limit=3, window_s=0.6)
    robot = Robot("wecom", f"{robots.base}/cgi-bin/webhook/send?key=robot-key")
    await asyncio.gather(*(pusher.push(robot, "t", f"m{n}") for n in range(5)))
    await pusher.close()
    times = sorted(t for _, _, t in robots.received)
    assert len(times) == 5 and times[3] - times[0] >= 0.55  # the 4th waited for the window


def test_signed_url_keeps_the_access_token():
    url = dingtalk_signed_url("https://oapi.dingtalk.com/robot/send?access_token=abc", "SEC1", 1700000000000)
    assert url.startswith("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000&sign=")


async def test_schedule_retries_a_failed_push_later_and_survives_a_crash(robots, real_bot):
    target = ReminderTarget(name="mtg", kind="wecom", webhook=f"{robots.base}/cgi-bin/webhook/send?key=robot-key",
                            issuer="门头沟区", year=2026, days=120)
    settings = Settings(reminders=[target], remind_retry_s=0.2, remind_retries=2)
    calls = {"n": 0}

    def records():
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("index being swapped")  # a crashing job must not stop the schedule
        return real_bot.measures, real_bot.units

    reminders = Reminders(settings, records, pusher=fast_pusher(), today=lambda: TODAY)
    reminders.scheduler.start()
    try:
        await reminders.run(target)  # crashes inside, logged
        assert robots.received == [] and reminders.scheduler.running
        robots.fail_next = 1
        await reminders.run(target)  # first digest fails: retried later
        expected = digests_for(target, real_bot.measures, real_bot.units, TODAY)
        for _ in range(50):
            if len(robots.received) >= len(expected):
                break
            await asyncio.sleep(0.1)
        got = sorted(b["markdown"]["content"] for _, b, _ in robots.received)
        assert got == sorted(m.text for m in expected)
    finally:
        await reminders.stop()
