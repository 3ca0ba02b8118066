"""Plan metadata printed in a document: issuer, year, title, 文号, date of issue.

Used when catalog.json and the command line say nothing. The issuer comes from, in order: an
issuing government named in full (北京市门头沟区人民政府), a district or county at the start of the
title (大兴区2021年…), the 文号's abbreviation (index/issuers.toml), the city for a plan that
speaks of 本市/市级.
"""
from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

HAN = r"[\u4e00-\u9fff]"
GOVERNMENT = re.compile(rf"({HAN}{{1,6}}市)?({HAN}{{1,4}}[区县])人民政府")
TITLE_PLACE = re.compile(rf"^(?:{HAN}{{1,6}}市)?({HAN}{{1,8}}[区县])(?=\d{{4}}\s*年|{HAN}{{2,}}(?:计划|方案))", re.M)
DOC_NUMBER = re.compile(rf"({HAN}{{1,6}})〔(\d{{4}})〕\d+号")
YEAR = re.compile(r"(20\d{2})\s*年")
ISSUED = re.compile(r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$", re.M)
TITLE = re.compile(r"行动计划|工作方案|实施方案|方案|要点")
CITY_WORDS = ("本市", "市级", "全市")
NOT_PLACES = {"全区", "本区", "各区", "该区", "城区", "郊区", "辖区", "园区", "社区", "景区", "示范区", "先行区", "保护区", "功能区"}


def _table() -> dict:
    return tomllib.loads((Path(__file__).parent / "issuers.toml").read_text(encoding="utf-8"))


ISSUERS = _table()


def detect_issuer(text: str) -> str | None:
    for m in (*GOVERNMENT.finditer(text), *TITLE_PLACE.finditer(text)):
        place = m[m.lastindex]
        if place not in NOT_PLACES and not place.endswith(tuple(NOT_PLACES)):
            return place
    number = DOC_NUMBER.search(text)
    if number:
        prefixes = sorted(ISSUERS["docno"], key=len, reverse=True)
        hit = next((p for p in prefixes if number[1].startswith(p)), None)
        if hit:
            return ISSUERS["docno"][hit]
    city = ISSUERS.get("city")
    if city and (city in text or any(w in text for w in CITY_WORDS)):
        return city
    return None


def detect_year(text: str) -> int | None:
    m = YEAR.search(text)
    return int(m[1]) if m else None


def doc_number(text: str) -> str | None:
    m = DOC_NUMBER.search(text)
    return m[0] if m else None


def issued(text: str) -> date | None:
    m = ISSUED.search(text)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def detect_title(prose: list[str], attachments: list[str | None]) -> str | None:
    """The first line naming a plan, with a 《…》 inside a cover letter's 关于印发《…》的通知 taken out."""
    joined = "".join(line.strip() for line in prose[:40])
    quoted = next((q for q in re.findall(r"《([^》]{4,60})》", joined) if TITLE.search(q)), None)
    if quoted:
        return re.sub(r"\s+", "", quoted)
    for line in prose:
        if TITLE.search(line) and len(line) < 60 and not line.rstrip().endswith(("。", "：")):
            return re.sub(r"\s+", "", line)
    return next((a for a in attachments if a), None)
