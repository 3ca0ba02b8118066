"""`planbot export`: the 台账 workbook, read back with openpyxl, against the bot's own lists."""
from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from planbot.cli import main
from planbot.export import COLUMNS, LedgerQuery, NothingToExport, UnknownUnit, ledger_rows, write_ledger


@pytest.fixture
def run(indexed_home, monkeypatch):
    monkeypatch.setenv("PLANBOT_HOME", str(indexed_home))

    def run(*args: str):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return run


def sheet_ids(path) -> tuple[list[str], list[str]]:
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    return list(rows[0]), [r[0] for r in rows[1:]]


def test_unit_ledger_equals_the_bots_complete_list(run, real_bot, tmp_path):
    out = tmp_path / "t.xlsx"
    result = run("export", "--unit", "区水务局", "--issuer", "大兴区", "--year", "2026", "-o", str(out))
    assert result.exit_code == 0, result.output
    header, ids = sheet_ids(out)
    asked = real_bot.ask("区水务局牵头哪些措施", {"issuer": "大兴区", "year": 2026})
    assert ids == [m["id"] for m in asked["measures"]] and len(ids) > 10
    assert header == [name for name, _, _ in COLUMNS]
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == sheet.dimensions
    assert sheet.column_dimensions["G"].width >= 40 and sheet["G2"].alignment.wrap_text


def test_due_before_keeps_exactly_the_measures_due_by_then(run, real_bot, tmp_path):
    out = tmp_path / "half.xlsx"
    assert run("export", "--issuer", "门头沟区", "--due-before", "2026-06-30", "-o", str(out)).exit_code == 0
    _, ids = sheet_ids(out)
    by_id = {m.id: m for m in real_bot.measures}
    expected = [m.id for m in real_bot.measures if m.issuer == "门头沟区" and m.due and m.due <= date(2026, 6, 30)]
    assert ids == expected and all(by_id[i].deadline for i in ids)


def test_no_rows_is_a_clear_error_and_no_file(run, tmp_path):
    out = tmp_path / "none.xlsx"
    result = run("export", "--unit", "区水务局", "--issuer", "大兴区", "--year", "2030", "-o", str(out))
    assert result.exit_code != 0 and "没有符合条件的措施" in result.output and not out.exists()


def test_unknown_unit_is_named(real_bot):
    with pytest.raises(UnknownUnit, match="宇宙管理局"):
        ledger_rows(real_bot.measures, real_bot.units, LedgerQuery(unit="宇宙管理局"))


def test_an_empty_ledger_is_never_written(tmp_path):
    with pytest.raises(NothingToExport):
        write_ledger([], tmp_path / "x.xlsx")
    assert list(tmp_path.iterdir()) == []
