"""Imports go one way only: adapters -> bot -> retrieval -> index (conventions.md)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["adapters", "bot", "retrieval", "index"]
# what each layer may import from the others; planbot.config is a leaf (settings only)
ALLOWED = {
    "index": set(),
    "retrieval": {"index"},
    "bot": {"retrieval", "index"},
    "adapters": {"bot", "planbot.config"},
}


def imported_layers(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:  # relative: stays inside its own package
                if node.level > 1 and node.module:
                    found.add(node.module.split(".")[0])
                continue
            names = [node.module or ""]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "planbot" and len(parts) > 1 and parts[1] in ORDER:
                found.add(parts[1])
            elif parts[0] == "planbot" and len(parts) > 1:
                found.add("planbot." + parts[1])
    return found


@pytest.mark.parametrize("layer", ORDER)
def test_layer_imports_only_downwards(layer):
    for path in sorted((ROOT / layer).rglob("*.py")):
        used = imported_layers(path) - {layer}
        wrong = {u for u in used if u not in ALLOWED[layer]}
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


def test_the_checker_sees_wrong_way_imports(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("from planbot.adapters.web import add_web_routes\nimport planbot.bot.service\n")
    assert imported_layers(bad) == {"adapters", "bot"}
