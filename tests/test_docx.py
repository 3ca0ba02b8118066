"""Word plans: each sample plan rebuilt as a .docx (real merged cells, repeated headers, Word list
numbering) ingests to the same records as its text dump; bad documents are refused by name."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from planbot.index.parse import DocumentError, bundled_plans_dir, load_catalog, parse_file
from planbot.index.metadata import detect_issuer
from planbot.index.rows import header_role
from plandocs import build_docx, comparable

PLANS = bundled_plans_dir()
CATALOG = load_catalog(PLANS)
# Each plan's table printed with other wordings of the same columns (index/headers.toml).
HEADERS = {
    "000": {"deadline": "完成时间", "assist": "配合单位"},
    "001": {"lead": "牵头部门", "text": "主要措施"},
    "002": {"lead": "牵头部门", "responsible": "主责单位", "text": "具体措施"},
    "003": {"lead": "牵头部门", "responsible": "主责单位", "deadline": "时间节点", "assist": "参与单位"},
    "004": {},
}


def text_plan(prefix: str):
    path = next(PLANS.glob(f"{prefix}_*.txt"))
    return path, parse_file(path, CATALOG)


@pytest.mark.parametrize("prefix", sorted(HEADERS))
def test_docx_round_trip_gives_the_text_records(prefix: str, tmp_path: Path) -> None:
    path, text = text_plan(prefix)
    target = build_docx(text, tmp_path / f"{path.stem}.docx", headers=HEADERS[prefix], repeat_every=40)
    xml = zipfile.ZipFile(target).read("word/document.xml").decode()
    if text.plan.layout == "paragraphs":
        assert "<w:numPr>" in xml  # numbers come from Word's list numbering, not the text
    else:
        assert 'w:vMerge w:val="continue"' in xml and "w:gridSpan" in xml and "w:tblHeader" in xml
    parsed = parse_file(target, issuer=text.plan.issuer, year=text.plan.year)
    measures, indicators, plan = comparable(parsed)
    want_measures, want_indicators, want_plan = comparable(text)
    assert len(measures) == len(want_measures) and len(indicators) == len(want_indicators)
    assert measures == want_measures
    assert indicators == want_indicators
    assert plan == want_plan
    assert parsed.skipped == []
    assert parsed.plan.layout.startswith("docx_")


def test_docx_metadata_comes_from_the_cover_letter(tmp_path: Path) -> None:
    path, text = text_plan("001")
    cover = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()[:41] if line.strip()]
    target = build_docx(text, tmp_path / "new_plan.docx", prose=cover)
    plan = parse_file(target).plan  # no catalog entry, no --issuer: all from the document
    assert (plan.issuer, plan.year) == ("门头沟区", 2026)
    assert plan.doc_number == "门政办发〔2026〕1号"
    assert plan.title == "美丽门头沟建设2026年行动计划"
    assert plan.issued.isoformat() == "2026-03-31"
    assert len(plan.attachments) == 5


def _table_doc(path: Path, header: list[str], row: list[str]) -> Path:
    document = docx.Document()
    document.add_paragraph("某区2027年行动计划")
    table = document.add_table(rows=2, cols=len(header))
    for c, (h, v) in enumerate(zip(header, row)):
        table.cell(0, c).text, table.cell(1, c).text = h, v
    document.save(path)
    return path


def test_header_variants_not_in_the_samples(tmp_path: Path) -> None:
    header = ["编号", "主要任务", "工作举措", "完成期限（2027年）", "牵头责任单位", "落实单位", "协助单位", "备注"]
    row = ["1", "治理扬尘", "开展道路扬尘专项检查。", "6月底前", "区城管委", "各镇街", "区交通局", "无"]
    m = parse_file(_table_doc(tmp_path / "x.docx", header, row)).measures[0]
    assert (m.task_no, m.task, m.text, m.deadline) == ("1", "治理扬尘", "开展道路扬尘专项检查。", "6月底前")
    assert (m.lead, m.responsible, m.assist) == (["区城管委"], ["各镇街"], ["区交通局"])
    assert (m.issuer, m.year) == ("某区", 2027)


def test_tables_continued_across_pages(tmp_path: Path) -> None:
    """A table carried on after a page break without its header, a heading typed between the two,
    and a row Word split over the break (its second part has only the rest of the measure)."""
    document = docx.Document()
    document.add_paragraph("附件2")
    document.add_paragraph("某区2027年水污染防治行动计划")
    document.add_paragraph("一、保障饮用水安全")
    first = document.add_table(rows=3, cols=5)
    for r, row in enumerate([["序号", "重点任务", "工作措施", "完成时限", "牵头单位"],
                             ["1", "水源保护", "划定水源保护区。", "6月底前", "区水务局"],
                             ["", "", "开展水源地巡查，每季度", "年底前", "区生态环境局"]]):
        for c, value in enumerate(row):
            first.cell(r, c).text = value
    document.add_paragraph("（二）黑臭水体治理")
    second = document.add_table(rows=2, cols=5)
    for r, row in enumerate([["", "", "不少于一次。", "", ""],
                             ["2", "黑臭水体", "完成黑臭水体排查。", "9月底前", "区水务局\n各镇街"]]):
        for c, value in enumerate(row):
            second.cell(r, c).text = value
    path = tmp_path / "continued.docx"
    document.save(path)
    measures = parse_file(path).measures
    assert [(m.attachment, m.section, m.subsection, m.task_no, m.task) for m in measures] == [
        ("附件2", "一、保障饮用水安全", None, "1", "水源保护"),
        ("附件2", "一、保障饮用水安全", None, "1", "水源保护"),
        ("附件2", "一、保障饮用水安全", "（二）黑臭水体治理", "2", "黑臭水体"),
    ]
    assert measures[1].text == "开展水源地巡查，每季度不少于一次。"
    assert measures[2].lead == ["区水务局", "各镇街"] and measures[0].plan_title == "某区2027年水污染防治行动计划"
    assert (measures[0].issuer, measures[0].year) == ("某区", 2027)


def test_unmappable_header_is_refused_naming_the_columns(tmp_path: Path) -> None:
    path = _table_doc(tmp_path / "odd.docx", ["编码", "事项", "说明"], ["1", "治理扬尘", "检查"])
    with pytest.raises(DocumentError, match=r"odd\.docx.*编码 / 事项 / 说明.*headers\.toml"):
        parse_file(path)


def test_encrypted_and_corrupt_docx_are_refused(tmp_path: Path) -> None:
    encrypted = tmp_path / "locked.docx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # what Word writes with a password
    with pytest.raises(DocumentError, match="locked.docx: password-protected"):
        parse_file(encrypted)
    _path, text = text_plan("003")
    good = build_docx(text, tmp_path / "good.docx")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DocumentError, match="broken.docx: not a readable .docx"):
        parse_file(broken)
    cut_xml = tmp_path / "cut.docx"  # a valid zip whose document.xml was cut short
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(cut_xml, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    with pytest.raises(DocumentError, match="cut.docx: not a readable .docx"):
        parse_file(cut_xml)
    not_docx = tmp_path / "zip.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    not_docx.write_bytes(buf.getvalue())
    with pytest.raises(DocumentError, match="zip.docx: not a readable .docx"):
        parse_file(not_docx)


@pytest.mark.parametrize("head,issuer", [
    ("北京市门头沟区人民政府办公室文件\n门政办发〔2026〕1号", "门头沟区"),
    ("大兴区2021年大气、水、土壤污染防治行动计划", "大兴区"),
    ("北京经济技术开发区2026年生态环境保护行动计划", "北京经济技术开发区"),
    ("通政办发〔2027〕3号\n关于印发2027年行动计划的通知", "通州区"),  # the 文号 (index/issuers.toml)
    ("全区大气污染防治行动计划\n本市各区要落实", "北京市"),  # 全区 is no place; 本市 is the city
    ("深化多元协同共治2026年行动计划", None),
])
def test_issuer_from_the_document(head: str, issuer: str | None) -> None:
    assert detect_issuer(head) == issuer


@pytest.mark.parametrize("printed,role", [
    ("序号", "task_no"), ("完成时限（2026年）", "deadline"), ("牵 头 单 位", "lead"), ("区级牵头单位", "lead"),
    ("配合部门", "assist"), ("主责部门", "responsible"), ("时间节点", "deadline"), ("备注", None), ("", None),
])
def test_header_roles_come_from_the_table(printed: str, role: str | None) -> None:
    assert header_role(printed) == role


def test_cli_dry_run_then_ingest_then_remove(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from planbot.cli import main

    monkeypatch.setenv("PLANBOT_HOME", str(tmp_path / "home"))
    path, text = text_plan("001")
    cover = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()[:41] if line.strip()]
    docx_path = build_docx(text, tmp_path / "mentougou.docx", prose=cover)
    db_path = tmp_path / "home" / "planbot.db"

    dry = CliRunner().invoke(main, ["ingest", "--dry-run", str(docx_path)])
    assert dry.exit_code == 0, dry.output
    assert "mentougou.docx: 门头沟区 2026  《美丽门头沟建设2026年行动计划》  门政办发〔2026〕1号" in dry.output
    per_attachment = {}
    for m in text.measures:
        per_attachment[(m.attachment, m.plan_title)] = per_attachment.get((m.attachment, m.plan_title), 0) + 1
    for (attachment, title), n in per_attachment.items():
        assert f"  {attachment} {title}: {n} measures\n" in dry.output
    assert "附件4 2026年市级下达各区生态环境保护有关指标和重点任务计划: 442 indicators" in dry.output
    assert dry.output.count("    mentougou#") == 5 and "rows not read: 0" in dry.output
    assert not db_path.exists()

    done = CliRunner().invoke(main, ["ingest", "--no-embed", str(docx_path)])
    assert done.exit_code == 0 and "(version 1)" in done.output
    again = CliRunner().invoke(main, ["ingest", "--no-embed", str(build_docx(text, tmp_path / "copy.docx"))])
    assert again.exit_code != 0 and "duplicates the indexed plan mentougou.docx" in again.output
    gone = CliRunner().invoke(main, ["remove", "mentougou"])
    assert gone.exit_code == 0 and "removed mentougou.docx" in gone.output and "(version 2)" in gone.output
