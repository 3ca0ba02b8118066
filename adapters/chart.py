"""The deadline chart page: `/chart`, server-rendered HTML with an inline SVG bar chart.

People would rather look than read: per month, how many measures of the chosen scope and unit
fall due. Horizontal bars stay legible at 375 px; each bar is a link to its own list, shown
below the chart. No script: the page works wherever the chat page does (same CSP).
"""
from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import urlencode

from aiohttp import web

from planbot.bot import messages as msg

from .web import PAGE_HEADERS

Chart = Callable[[str | None, int | None, str | None], dict]
Listing = Callable[[str | None, int | None, str | None, str], list[dict]]
Editions = Callable[[], list[tuple[str, int]]]

ROW_H, LABEL_W, BAR_W, WIDTH = 30, 84, 200, 340


def month_label(key: str) -> str:
    if key == "none":
        return msg.CHART_NO_DATE
    year, month = key.split("-")
    return msg.CHART_MONTH.format(year=year, month=int(month))


def _query(issuer: str | None, year: int | None, unit: str | None, **extra: str) -> str:
    params = {k: v for k, v in (("issuer", issuer), ("year", year), ("unit", unit), *extra.items()) if v}
    return "/chart?" + urlencode(params)


def chart_svg(data: dict) -> str:
    """The bars as SVG: one linked row per month (label, bar scaled to the largest, count)."""
    bars = data["bars"]
    top = max((b["count"] for b in bars), default=1)
    title = html.escape(msg.CHART_TITLE.format(scope=_scope_text(data)))
    rows = []
    for n, bar in enumerate(bars):
        y = n * ROW_H
        width = max(2, round(BAR_W * bar["count"] / top))
        label = month_label(bar["key"])
        href = html.escape(_query(data["issuer"], data["year"], data["unit"], month=bar["key"]) + "#list")
        aria = html.escape(msg.CHART_BAR.format(label=label, n=bar["count"]))
        rows.append(
            f'<a href="{href}" aria-label="{aria}"><g class="bar">'
            f'<text x="0" y="{y + 19}" class="label">{html.escape(label)}</text>'
            f'<rect x="{LABEL_W}" y="{y + 6}" width="{width}" height="{ROW_H - 12}" rx="3"></rect>'
            f'<text x="{LABEL_W + width + 6}" y="{y + 19}" class="count">{bar["count"]}</text></g></a>'
        )
    height = max(ROW_H, ROW_H * len(bars))
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="group" aria-label="{title}">'
            f"<title>{title}</title>{''.join(rows)}</svg>")


def _scope_text(data: dict) -> str:
    scope = f"{data['issuer'] or msg.CHART_ALL_ISSUERS}{data['year'] or ''}"
    return f"{scope} {data['unit']}" if data["unit"] else scope


def _options(values: list, chosen, all_label: str) -> str:
    out = [f'<option value="">{html.escape(all_label)}</option>']
    for v in values:
        selected = " selected" if str(v) == str(chosen or "") else ""
        out.append(f'<option{selected}>{html.escape(str(v))}</option>')
    return "".join(out)


def _meta(m: dict) -> str:
    """Deadline, units and where the measure is: 6月底前 · 区水务局 · 大兴区2026 附件1 第30项."""
    place = msg.CHART_PLACE.format(plan=f"{m['issuer'] or ''}{m['year'] or ''}", attachment=m["attachment"] or "",
                                   n=m["task_no"] or "")
    return " · ".join([m["deadline"] or msg.CHART_NO_DATE, "、".join(m["lead"] or m["responsible"]), place])


def chart_page(data: dict, editions: list[tuple[str, int]], month: str | None, items: list[dict]) -> str:
    issuers = sorted({i for i, _ in editions})
    years = sorted({y for _, y in editions}, reverse=True)
    unit = html.escape(data["unit"] or "")
    if data["unknown_unit"]:
        body = f'<p class="note">{html.escape(msg.CHART_UNKNOWN_UNIT.format(unit=data["unit"]))}</p>'
    elif not data["bars"]:
        body = f'<p class="note">{html.escape(msg.CHART_EMPTY)}</p>'
    else:
        body = chart_svg(data)
    listing = ""
    if month and not data["unknown_unit"]:
        lines = "".join(f'<li><p>{html.escape(m["text"])}</p><p class="meta">{html.escape(_meta(m))}</p></li>' for m in items)
        heading = html.escape(msg.CHART_LIST.format(label=month_label(month), n=len(items)))
        listing = f'<section id="list"><h2>{heading}</h2><ol>{lines}</ol></section>'
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{html.escape(msg.CHART_PAGE_TITLE)}</title><link rel="stylesheet" href="static/chart.css"></head>
<body><header><h1>{html.escape(msg.CHART_PAGE_TITLE)}</h1><p><a href="/">{html.escape(msg.CHART_BACK)}</a></p>
<form method="get" action="/chart">
<label>{html.escape(msg.CHART_ISSUER)}<select name="issuer">{_options(issuers, data['issuer'], msg.CHART_ALL_ISSUERS)}</select></label>
<label>{html.escape(msg.CHART_YEAR)}<select name="year">{_options(years, data['year'], msg.CHART_ALL_YEARS)}</select></label>
<label>{html.escape(msg.CHART_UNIT)}<input name="unit" value="{unit}" placeholder="{html.escape(msg.CHART_UNIT_HINT)}"></label>
<button type="submit">{html.escape(msg.CHART_SHOW)}</button></form></header>
<main>{body}{listing}</main></body></html>"""


def add_chart_routes(app: web.Application, *, chart: Chart, listing: Listing, editions: Editions) -> None:
    """Mount `/chart`: ?issuer=&year=&unit= choose the scope, &month= opens one bar's list."""

    async def page(request: web.Request) -> web.Response:
        q = request.query
        issuer = q.get("issuer", "").strip()[:50] or None
        unit = q.get("unit", "").strip()[:50] or None
        month = q.get("month", "").strip()[:7] or None
        year_text = q.get("year", "").strip()
        year = int(year_text) if year_text.isdigit() and len(year_text) == 4 else None
        data = chart(issuer, year, unit)
        items = listing(issuer, year, unit, month) if month else []
        return web.Response(text=chart_page(data, editions(), month, items), content_type="text/html",
                            headers=PAGE_HEADERS)

    app.router.add_get("/chart", page)
