"""Render a `Reply` for a platform, and split it to fit that platform's byte limit.

One renderer, three styles: the DingTalk markdown subset (no tables), WeCom app markdown (no
lists: numbers stay plain text), and plain text for the CLI, the web page and fallbacks. Each
style only changes how a title, a paragraph break, a list line and a citation look, so all
three say the same thing.
"""
from __future__ import annotations

from dataclasses import dataclass

from .messages import DEFAULT_TITLE, MORE_HINT, SOURCE_PREFIX
from .types import Reply

DINGTALK_BODY_LIMIT = 20_000  # bytes per webhook body
DINGTALK_TEXT_LIMIT = 18_000  # leaves room for the JSON envelope, title and escaping
WECOM_MARKDOWN_LIMIT = 2_048  # bytes of markdown.content (text.content too)
TITLE_CHARS = 30  # notification preview length


@dataclass(frozen=True)
class _Style:
    heading: str  # prefix of the title line
    paragraph: str  # between paragraphs
    line: str  # between list lines
    quote: str  # prefix of a citation line
    cite_sep: str  # between citation lines
    bold: str  # wraps the "more" hint


_STYLES = {
    # DingTalk needs a blank line to start a paragraph (consecutive "> " lines would merge into
    # one); list lines keep single newlines.
    "dingtalk": _Style(heading="### ", paragraph="\n\n", line="\n", quote="> ", cite_sep="\n\n", bold="**"),
    # WeCom renders every newline; a blank line would just waste bubble height.
    "wecom": _Style(heading="### ", paragraph="\n", line="\n", quote="> ", cite_sep="\n", bold="**"),
    "text": _Style(heading="", paragraph="\n\n", line="\n", quote="", cite_sep="\n", bold=""),
}


def render(reply: Reply, style: str) -> str:
    """The reply as one string in `style` ("dingtalk", "wecom" or "text")."""
    s = _STYLES[style]
    sections: list[str] = []
    if reply.title:
        sections.append(f"{s.heading}{reply.title}")
    sections.extend(block for block in reply.blocks if block)
    if reply.items:
        sections.append(s.line.join(f"{n}. {item}" for n, item in enumerate(reply.items, reply.start)))
    if reply.more > 0:
        sections.append(f"{s.bold}{MORE_HINT.format(n=reply.more)}{s.bold}")
    for link in reply.links:
        sections.append(f"{link.label}：{link.url}" if style == "text" else f"[{link.label}]({link.url})")
    if reply.citations:
        labels = dict.fromkeys(c.label for c in reply.citations)  # two measures of one section cite alike
        sections.append(s.cite_sep.join(f"{s.quote}{SOURCE_PREFIX}{label}" for label in labels))
    return s.paragraph.join(sections)


def title(reply: Reply) -> str:
    """A short title for notifications (DingTalk markdown requires one): the first line said."""
    for text in (reply.title, *reply.blocks, *reply.items):
        if text.strip():
            return text.strip().split("\n", 1)[0].strip()[:TITLE_CHARS]
    return DEFAULT_TITLE


def split_by_bytes(text: str, limit: int) -> list[str]:
    """Chunks of at most `limit` UTF-8 bytes, cut at line breaks where possible.

    A line longer than `limit` is cut between characters, never inside one. Newlines at a cut
    are dropped (each chunk becomes its own message), so no chunk starts or ends with one.
    """
    if limit < 4:
        raise ValueError("limit must hold any UTF-8 character (4 bytes)")
    chunks: list[str] = []
    current: list[str] = []
    size = 0  # bytes of "\n".join(current)
    for line in text.split("\n"):
        cost = len(line.encode()) + (1 if current else 0)
        if size + cost <= limit:
            current.append(line)
            size += cost
            continue
        chunks.append("\n".join(current))
        pieces = _cut_line(line, limit)
        chunks.extend(pieces[:-1])
        current, size = [pieces[-1]], len(pieces[-1].encode())
    chunks.append("\n".join(current))
    return [chunk.strip("\n") for chunk in chunks if chunk.strip("\n")]


def _cut_line(line: str, limit: int) -> list[str]:
    """`line` in pieces of at most `limit` bytes, cut between characters."""
    pieces: list[str] = []
    start, size = 0, 0
    for i, char in enumerate(line):
        width = len(char.encode())
        if size + width > limit:
            pieces.append(line[start:i])
            start, size = i, 0
        size += width
    pieces.append(line[start:])
    return pieces


def answer_object(reply: Reply, qid: str | None = None) -> dict:
    """The `planbot ask --json` object: the text as the user sees it, and the complete sources."""
    return {
        "id": qid,
        "text": render(reply, "text"),
        "abstained": reply.abstained,
        "intent": reply.intent,
        "measures": reply.payload.get("measures", []),
        "indicators": reply.payload.get("indicators", []),
    }
