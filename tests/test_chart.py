"""The deadline chart: counts recomputed from the records, the page over real HTTP, and the page
in headless Chromium at 375 px (bars are links to their lists)."""
from __future__ import annotations

from collections import Counter


from planbot.app import create_app
from planbot.bot.chart import NO_DATE, deadline_chart, month_list
from test_browser import browser, needs_chromium, serve_in_thread  # noqa: F401  (the Chromium fixture)
from test_web import make_settings


def test_bars_count_the_measures_due_each_month(real_bot):
    chart = deadline_chart(real_bot.measures, real_bot.units, "门头沟区", 2026, "区生态环境局")
    names = real_bot.units.narrow(real_bot.units.find_mentions("区生态环境局")[0], "区").names
    expected = Counter(m.due.strftime("%Y-%m") if m.due else NO_DATE for m in real_bot.measures
                       if m.issuer == "门头沟区" and m.year == 2026 and set(m.lead + m.responsible) & names)
    assert {b.key: b.count for b in chart.bars} == expected and sum(expected.values()) > 10
    keys = [b.key for b in chart.bars]
    assert keys == sorted(k for k in keys if k != NO_DATE) + ([NO_DATE] if NO_DATE in keys else [])


def test_a_bars_list_is_exactly_its_measures(real_bot):
    items = month_list(real_bot.measures, real_bot.units, "大兴区", 2026, None, "2026-06")
    assert [m["id"] for m in items] == [m.id for m in real_bot.measures
                                        if m.issuer == "大兴区" and m.year == 2026 and m.due and m.due.month == 6]


def test_unknown_unit_is_said(real_bot):
    assert deadline_chart(real_bot.measures, real_bot.units, None, None, "宇宙管理局").unknown_unit


async def test_chart_page_over_http(aiohttp_client, real_bot, tmp_path):
    client = await aiohttp_client(create_app(make_settings(tmp_path), real_bot))
    resp = await client.get("/chart", params={"issuer": "大兴区", "year": "2026", "unit": "<script>x</script>"})
    page = await resp.text()
    assert resp.status == 200 and "default-src 'self'" in resp.headers["Content-Security-Policy"]
    assert "<script>x" not in page and "&lt;script&gt;" in page  # echoed input is escaped
    page = await (await client.get("/chart", params={"issuer": "大兴区", "year": "2026"})).text()
    assert page.count("<rect") == len(deadline_chart(real_bot.measures, real_bot.units, "大兴区", 2026).bars)
    for issuer, year in {(p.issuer, p.year) for p in real_bot.plans}:  # choices come from the index
        assert f"<option>{issuer}</option>" in page or f"<option selected>{issuer}</option>" in page


@needs_chromium
def test_chart_in_chromium_at_phone_width(browser, real_bot, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    with serve_in_thread(create_app(make_settings(tmp_path), real_bot)) as url:
        browser.get(url + "chart?issuer=%E9%97%A8%E5%A4%B4%E6%B2%9F%E5%8C%BA&year=2026")
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
        bars = browser.find_elements(By.CSS_SELECTOR, "svg.chart a")
        chart = deadline_chart(real_bot.measures, real_bot.units, "门头沟区", 2026)
        assert len(bars) == len(chart.bars)
        labels = [b.get_attribute("aria-label") for b in bars]
        assert labels[-1].endswith(f"：{chart.bars[-1].count}项")
        box = browser.find_element(By.CSS_SELECTOR, "svg.chart").rect
        assert 300 <= box["width"] <= 375  # scaled to the phone, not cut off
        browser.save_screenshot(str(tmp_path / "chart.png"))
        bars[0].click()
        items = browser.find_elements(By.CSS_SELECTOR, "#list li")
        assert len(items) == chart.bars[0].count
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
