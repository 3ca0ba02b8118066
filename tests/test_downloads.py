"""“导出我们的台账” in a chat: the reply carries a link; the link serves exactly the listed rows
as a workbook, once made, for an hour, and nothing for a guessed or expired token."""
from __future__ import annotations

import io

from openpyxl import load_workbook

from planbot.app import create_app
from planbot.bot.kv import MemoryKV
from planbot.bot.messages import NO_MORE
from planbot.bot.render import render
from test_web import make_settings


async def ask(client, text: str, user: str = "staff-1") -> dict:
    resp = await client.post("/api/ask", json={"q": text, "user": user, "scope": {"issuer": "大兴区", "year": 2026}})
    assert resp.status == 200
    return await resp.json()


async def test_export_link_serves_the_listed_rows(aiohttp_client, real_bot, tmp_path):
    clock = {"now": 1000.0}
    kv = MemoryKV(clock=lambda: clock["now"])
    client = await aiohttp_client(create_app(make_settings(tmp_path, public_url="https://bot.example.gov.cn"), real_bot, kv=kv))
    await ask(client, "我是区水务局的")
    data = await ask(client, "导出我们的台账")
    listed = [m["id"] for m in data["measures"]]
    expected = real_bot.ask("区水务局牵头哪些措施", {"issuer": "大兴区", "year": 2026})["measures"]
    assert listed == [m["id"] for m in expected] and listed
    [link] = data["reply"]["links"]
    assert link["url"].startswith("https://bot.example.gov.cn/downloads/") and link["url"] in data["text"]
    path = link["url"].removeprefix("https://bot.example.gov.cn")

    resp = await client.get(path)
    assert resp.status == 200 and "spreadsheetml" in resp.content_type
    assert "filename*=UTF-8''" in resp.headers["Content-Disposition"]
    rows = list(load_workbook(io.BytesIO(await resp.read())).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == listed

    token = path.split("/")[-1].removesuffix(".xlsx")
    guessed = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert (await client.get(f"/downloads/{guessed}.xlsx")).status == 404
    assert (await client.get("/downloads/..%2Fstate.db.xlsx")).status == 404
    clock["now"] += 3601  # an hour later the link is gone
    assert (await client.get(path)).status == 404


async def test_export_names_the_unit_or_asks_which(aiohttp_client, real_bot, tmp_path):
    client = await aiohttp_client(create_app(make_settings(tmp_path), real_bot, kv=MemoryKV()))
    data = await ask(client, "导出台账", user="nobody")
    assert "导出哪个单位" in data["text"] and not data["reply"]["links"]
    data = await ask(client, "把区水务局6月底前的任务导出成excel", user="nobody")
    due = [m for m in data["measures"]]
    assert due and all(m["due"] and m["due"] <= "2026-06-30" for m in due)
    assert data["reply"]["links"][0]["url"].startswith("/downloads/")  # no public URL set: relative


def test_the_link_renders_as_a_link_in_chat_markdown(real_bot):
    from planbot.bot.types import Link, Reply

    reply = Reply(blocks=["已生成"], links=[Link(label="下载台账", url="https://x.example/downloads/t.xlsx")])
    assert "[下载台账](https://x.example/downloads/t.xlsx)" in render(reply, "dingtalk")
    assert "下载台账：https://x.example/downloads/t.xlsx" in render(reply, "text")


async def test_a_group_conversation_over_http_pages_to_the_complete_list(aiohttp_client, real_bot, tmp_path):
    """Bind the chat's plan and the asker's unit, ask 我们牵头哪些, say 更多 to the end: the pages
    together are the complete list, numbered on, over real HTTP with the real bot."""
    client = await aiohttp_client(create_app(make_settings(tmp_path), real_bot, kv=MemoryKV()))

    async def say(text):
        resp = await client.post("/api/ask", json={"q": text, "user": "http-staff-9"})
        return await resp.json()

    await say("本群是门头沟区2026")
    await say("我是区生态环境局的")
    first = await say("我们牵头哪些")
    complete = [m["id"] for m in first["measures"]]
    expected = real_bot.ask("区生态环境局牵头哪些措施", {"issuer": "门头沟区", "year": 2026})["measures"]
    assert complete == [m["id"] for m in expected] and len(complete) > 16
    shown, numbers, page = [], [], first
    while True:
        items = page["reply"]["items"]
        shown += items
        numbers += list(range(page["reply"]["start"], page["reply"]["start"] + len(items)))
        if not page["reply"]["more"]:
            break
        page = await say("更多")
    assert len(shown) == len(complete) and numbers == list(range(1, len(complete) + 1))
    assert (await say("更多"))["text"] == NO_MORE  # nothing pending any more
