"""/admin/plans over real HTTP: the token first, sizes before bodies, bad documents refused with a
clear message while the old index keeps serving, uploads and removals live at once.

The bot is the real one without dense vectors (BM25 and filters), to keep the suite fast: what is
tested here is the upload path, not retrieval quality.
"""
from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from planbot.app import create_app
from planbot.config import Settings
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.index.store import ingest
from planbot.live import live_bot
from plandocs import build_docx

PLANS = bundled_plans_dir()
CATALOG = load_catalog(PLANS)
AUTH = {"Authorization": "Bearer s3cret-admin"}


def plan(prefix: str) -> Path:
    return next(PLANS.glob(f"{prefix}_*.txt"))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    ingest([plan("002"), plan("004")], home / "planbot.db", CATALOG)
    return home


@pytest.fixture
async def admin(aiohttp_client, home: Path):
    settings = Settings(home=home, admin_token="s3cret-admin", max_upload_mb=1)
    client = await aiohttp_client(create_app(settings, live_bot(settings, dense=False)))
    client.home = home
    return client


def form(name: str, data: bytes, **fields: str) -> aiohttp.FormData:
    body = aiohttp.FormData()
    for key, value in fields.items():
        body.add_field(key, value)
    body.add_field("file", data, filename=name, content_type="application/octet-stream")
    return body


async def version(client) -> int:
    return (await (await client.get("/healthz")).json())["index"]["version"]


async def test_no_admin_routes_without_a_token(aiohttp_client, home: Path) -> None:
    settings = Settings(home=home)
    client = await aiohttp_client(create_app(settings, live_bot(settings, dense=False)))
    response = await client.post("/admin/plans", data=b"x")
    assert response.status in (404, 405)


async def test_upload_form_page(admin) -> None:
    response = await admin.get("/admin")
    html = await response.text()
    assert response.status == 200 and 'id="upload"' in html and 'type="file"' in html
    assert (await admin.get("/static/admin.js")).status == 200


async def test_token_is_checked_first(admin) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-admin"}):
        response = await admin.post("/admin/plans", data=form("x.docx", b"x"), headers=headers)
        assert response.status == 401
        assert (await response.json())["error"] == "unauthorized"
    assert (await admin.get("/admin/plans")).status == 401


async def test_oversized_upload_is_refused_before_the_body_is_read(admin) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", admin.server.port)
    writer.write(b"POST /admin/plans?name=big.pdf HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer s3cret-admin\r\n"
                 b"Content-Type: application/pdf\r\nContent-Length: 209715200\r\n\r\n")  # 200 MB announced, none sent
    await writer.drain()
    status = await asyncio.wait_for(reader.readline(), timeout=10)
    assert status.startswith(b"HTTP/1.1 413")
    writer.close()

    async def stream():  # no Content-Length: refused while streaming, past the 1 MB limit
        for _ in range(40):
            yield b"\0" * 64 * 1024

    response = await admin.post("/admin/plans?name=big.pdf", data=stream(), headers=AUTH)
    assert response.status == 413


async def test_bad_documents_are_refused_and_the_old_index_keeps_serving(admin, tmp_path: Path) -> None:
    before = await version(admin)
    scanned_pdf = _scanned_pdf(tmp_path / "scan.pdf").read_bytes()
    cases = [
        ("broken.docx", b"PK\x03\x04 not really a zip", 422, "broken.docx: not a readable .docx"),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, 422, "password-protected"),
        ("scan.pdf", scanned_pdf, 422, "需要先OCR"),
        ("plan.exe", b"MZ", 400, "file name ending in"),
        ("../escape.docx", b"x", 400, "file name"),
    ]
    for name, data, status, words in cases:
        response = await admin.post("/admin/plans", data=form(name, data), headers=AUTH)
        assert response.status == status, name
        assert words in (await response.json())["detail"]
    duplicate = build_docx(parse_file(plan("002"), CATALOG), tmp_path / "miyun.docx").read_bytes()
    response = await admin.post("/admin/plans", data=form("miyun.docx", duplicate), headers=AUTH)
    assert response.status == 409
    assert "002_2d0824e80faf244c.txt" in (await response.json())["detail"]
    assert await version(admin) == before
    answer = await (await admin.post("/api/ask", json={"q": "区水务局牵头哪些措施？", "scope": {"issuer": "密云区", "year": 2026}})).json()
    assert not answer["abstained"] and answer["measures"]
    uploads = admin.home / "uploads"
    assert not uploads.exists() or list(uploads.iterdir()) == []  # nothing half-kept


def _scanned_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.rect(50, 50, 400, 600, fill=1)
    page.showPage()
    page.save()
    return path


async def test_dry_run_upload_and_remove(admin, tmp_path: Path) -> None:
    text = parse_file(plan("003"), CATALOG)
    docx = build_docx(text, tmp_path / "beijing.docx").read_bytes()
    before = await version(admin)
    response = await admin.post("/admin/plans", data=form("beijing.docx", docx, issuer="北京市", dry_run="1"), headers=AUTH)
    body = await response.json()
    assert response.status == 200 and body["status"] == "dry_run"
    assert body["plans"][0]["measures"] == 61 and len(body["plans"][0]["samples"]) == 5
    assert "61 measures" in body["text"] and "rows not read: 0" in body["text"]
    assert await version(admin) == before

    response = await admin.post("/admin/plans", data=form("beijing.docx", docx, issuer="北京市"), headers=AUTH)
    body = await response.json()
    assert response.status == 200 and body["status"] == "indexed" and body["version"] == before + 1
    answer = await (await admin.post("/api/ask", json={"q": "市发展改革委牵头哪些措施？", "scope": {"issuer": "北京市", "year": 2026}})).json()
    assert {m["doc"] for m in answer["measures"]} == {"beijing.docx"}
    listing = await (await admin.get("/admin/plans", headers=AUTH)).json()
    assert {"doc": "beijing.docx", "issuer": "北京市", "year": 2026, "title": "深化多元协同共治2026年行动计划",
            "measures": 61} in listing["plans"]

    response = await admin.delete("/admin/plans/beijing.docx", headers=AUTH)
    assert response.status == 200 and (await response.json())["version"] == before + 2
    answer = await (await admin.post("/api/ask", json={"q": "市发展改革委牵头哪些措施？", "scope": {"issuer": "北京市", "year": 2026}})).json()
    assert not any(m["doc"] == "beijing.docx" for m in answer["measures"])
    assert (await admin.delete("/admin/plans/beijing.docx", headers=AUTH)).status == 404
