"""Make a reply's text inert before it is rendered as DingTalk or WeCom markdown.

A reply's title, paragraphs, list lines and citation labels are plain text, and some of it is
the user's own words echoed back ("没有找到与“…”相关的内容"). Rendered as markdown, `[登录](http://…)`
would become a live link and `![](http://…)` an image the client fetches. Neither platform
documents backslash escapes, so the characters that start markup are swapped for their
full-width forms, which read the same to a person and mean nothing to a markdown renderer;
a URL scheme loses its "//" so a bare address is not auto-linked either.
"""
from __future__ import annotations

import re

from planbot.bot.types import Citation, Reply

_MARKUP = str.maketrans({
    "[": "［", "]": "］", "<": "＜", ">": "＞", "`": "｀", "*": "＊", "_": "＿",
    "#": "＃", "!": "！", "|": "｜", "~": "～", "\\": "＼",
})
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*):/+")


def inert(text: str) -> str:
    """`text` as markdown that renders as the same words and nothing else (no link, image, markup)."""
    return _SCHEME.sub(lambda m: m.group(1) + "：", text).translate(_MARKUP)


def inert_reply(reply: Reply) -> Reply:
    """A copy of `reply` whose every text field is `inert`, for the markdown renderers."""
    return reply.model_copy(update={
        "title": inert(reply.title),
        "blocks": [inert(block) for block in reply.blocks],
        "items": [inert(item) for item in reply.items],
        "citations": [Citation(doc=c.doc, label=inert(c.label)) for c in reply.citations],
    })
