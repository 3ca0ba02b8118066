"""End to end with the real bot: a signed DingTalk callback and an encrypted WeCom message get a
cited answer from the real pipeline, delivered to a local fake platform over real HTTP."""
from __future__ import annotations

import pytest

from test_platform_routes import QUESTION, ding_headers, ding_payload, platform, start, wecom_request  # noqa: F401

pytestmark = pytest.mark.usefixtures("platform")


@pytest.fixture
def bot(real_answer):
    """`start` wires the `bot` fixture into both adapters: here, the real bot."""
    return real_answer


async def test_dingtalk_question_gets_a_cited_answer_from_the_real_bot(start, platform, real_bot):
    service = await start()
    payload = ding_payload(platform.hook(), text=" 区水务局牵头哪些措施？")
    response = await service.client.post("/dingtalk/callback", json=payload, headers=ding_headers())
    assert response.status == 200
    await service.settle()
    [call] = platform.to("/hook/chat")
    text = call.json["markdown"]["text"]
    assert "区水务局牵头的措施共" in text and "《" in text
    assert call.json["at"] == {"atUserIds": ["staff-42"]}


async def test_wecom_message_sent_once_with_the_real_answer(start, platform, real_bot):
    service = await start()
    query, body = wecom_request(content="渣土车归谁管？", msg_id="9001")
    for _ in range(3):  # the platform's retries
        assert (await service.client.post("/wecom/callback", params=query, data=body)).status == 200
    await service.settle()
    [send] = platform.to("/cgi-bin/message/send")
    content = send.json["markdown"]["content"]
    assert "渣土车" in content and "《" in content
    assert len(content.encode()) <= 2048


# Issue 10, finding 5: the user's words echoed in a reply must not become a link or an image.
LINK = "[登录](http://ev.il/x)"
IMAGE = "![](http://127.0.0.1:9/p)"


def assert_inert(markdown: str) -> None:
    assert "登录" in markdown or "127.0.0.1" in markdown  # the words are still shown...
    assert "](" not in markdown and "[登录]" not in markdown  # ...but no link or image syntax
    assert "http://" not in markdown  # nor a bare address to auto-link


@pytest.mark.parametrize("question", [LINK, IMAGE, f"{LINK}在哪里申请？"])
async def test_dingtalk_echoed_markdown_is_inert(start, platform, question):
    service = await start()
    response = await service.client.post(
        "/dingtalk/callback", json=ding_payload(platform.hook(), text=" " + question), headers=ding_headers()
    )
    assert response.status == 200
    await service.settle()
    [call] = platform.to("/hook/chat")
    assert_inert(call.json["markdown"]["text"])
    assert "](" not in call.json["markdown"]["title"]


@pytest.mark.parametrize("question", [LINK, IMAGE])
async def test_wecom_echoed_markdown_is_inert(start, platform, question):
    service = await start()
    query, body = wecom_request(content=question, msg_id="9100")
    assert (await service.client.post("/wecom/callback", params=query, data=body)).status == 200
    await service.settle()
    [send] = platform.to("/cgi-bin/message/send")
    assert_inert(send.json["markdown"]["content"])
