"""Platform-neutral message and reply: what adapters translate to and from."""
from __future__ import annotations

from pydantic import BaseModel, Field


class Scope(BaseModel):
    """What a chat already knows before the question (e.g. a 大兴区 group chat)."""

    issuer: str | None = None
    year: int | None = None


class Message(BaseModel):
    """One incoming question, whatever platform it came from."""

    text: str
    platform: str = "cli"  # cli | web | api | dingtalk | wecom
    chat_id: str = ""
    user_id: str = ""
    user_name: str = ""
    is_group: bool = False
    scope: Scope = Field(default_factory=Scope)


class Citation(BaseModel):
    """Where an answer comes from, as a person could look it up in the document."""

    doc: str
    label: str  # 《plan title》(issuer year) 附件N · section · 第N项


class Link(BaseModel):
    """A link the app made (a download), rendered as a link on every platform."""

    label: str
    url: str


class Reply(BaseModel):
    """One answer. Adapters render it (markdown, plain text) within their byte limits.

    `blocks` are paragraphs in reading order; `items` list lines (one per measure) shown
    after them, numbered from `start` (a "更多" page goes on where the last one stopped);
    `more` says how many list items did not fit on this page. `refs` are the ids of the
    measures the user can point at ("第3项谁配合"), in the order numbered.
    `payload` is the machine-readable answer (`planbot ask --json` shape).
    """

    title: str = ""
    blocks: list[str] = Field(default_factory=list)
    items: list[str] = Field(default_factory=list)
    start: int = 1
    more: int = 0
    refs: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    abstained: bool = False
    intent: str = ""
    payload: dict = Field(default_factory=dict)
    links: list[Link] = Field(default_factory=list)  # built by the app (downloads), never from user text
