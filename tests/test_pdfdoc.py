"""PDF plans: the 北京市 plan printed as a PDF (ruled table, and a table without ruling lines) reads
back to the records of its text dump; scans, encrypted and damaged PDFs are refused by name."""
from __future__ import annotations

from pathlib import Path

import pytest

from planbot.index.parse import DocumentError, bundled_plans_dir, load_catalog, parse_file
from plandocs import WQY_ZENHEI, build_pdf, comparable

PLANS = bundled_plans_dir()
HEADERS = {"lead": "牵头部门", "responsible": "主责单位", "assist": "协办单位"}


@pytest.fixture(scope="module")
def beijing():
    return parse_file(next(PLANS.glob("003_*.txt")), load_catalog(PLANS))


@pytest.mark.parametrize("ruled", [True, False], ids=["ruling-lines", "text-positions"])
def test_pdf_round_trip_gives_the_text_records(beijing, ruled: bool, tmp_path: Path) -> None:
    pdf = build_pdf(beijing, tmp_path / "003_ee892fc6c9fd672b.pdf", headers=HEADERS, ruled=ruled)
    parsed = parse_file(pdf, issuer="北京市", year=2026)
    measures, indicators, plan = comparable(parsed)
    want_measures, want_indicators, want_plan = comparable(beijing)
    assert len(measures) == len(want_measures) == 61
    assert measures == want_measures
    assert plan == want_plan
    assert parsed.skipped == []
    assert parsed.plan.title == "深化多元协同共治2026年行动计划"


@pytest.mark.skipif(not WQY_ZENHEI.is_file(), reason="needs Debian fonts-wqy-zenhei (STSong-Light has no ·)")
def test_numbered_paragraph_plan_as_pdf(tmp_path: Path) -> None:
    """The 大兴区 2021 plan (numbered paragraphs, long ones wrapped over lines and pages) as a PDF."""
    text = parse_file(next(PLANS.glob("004_*.txt")), load_catalog(PLANS))
    pdf = build_pdf(text, tmp_path / "004_4390d4d37bef245c.pdf", ttf=WQY_ZENHEI)
    parsed = parse_file(pdf, issuer="大兴区", year=2021)
    assert parsed.plan.layout == "pdf_paragraphs"
    assert comparable(parsed) == comparable(text)


def test_scanned_pdf_is_refused_asking_for_ocr(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    for k in range(40):  # what a scanner leaves: marks, no text layer
        page.rect(50, 50 + 15 * k, 400, 8, fill=1)
    page.showPage()
    page.save()
    with pytest.raises(DocumentError, match="scan.pdf: no text layer.*需要先OCR"):
        parse_file(path)


def test_encrypted_and_damaged_pdfs_are_refused(beijing, tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    locked = tmp_path / "locked.pdf"
    page = canvas.Canvas(str(locked), encrypt=StandardEncryption("secret", canPrint=0))
    page.drawString(100, 700, "plan")
    page.showPage()
    page.save()
    with pytest.raises(DocumentError, match="locked.pdf: password-protected PDF"):
        parse_file(locked)
    good = build_pdf(beijing, tmp_path / "good.pdf")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n" + good.read_bytes()[5000:9000])
    with pytest.raises(DocumentError, match="damaged.pdf: (not a readable PDF|no text layer)"):
        parse_file(damaged)
