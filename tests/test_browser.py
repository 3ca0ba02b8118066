"""The chat page in headless Chromium at phone size: ask, read the cited answer, open 更多.

Needs the Debian packages `chromium` and `chromium-driver` (the CI script installs them);
skipped without them. The app runs in a thread of its own, since the WebDriver calls block.
"""
from __future__ import annotations

import asyncio
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from aiohttp import web

from planbot.app import create_app
from test_web import LIST_Q, LOOKUP_Q, PAGE_SIZE, StandInBot, make_settings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER), reason="headless Chromium not installed (apt-get install chromium chromium-driver)"
)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed (pip install -e '.[test]')")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=375,800",
]


@contextmanager
def serve_in_thread(app: web.Application) -> Iterator[str]:
    """Run `app` on 127.0.0.1 on a free port in a daemon thread; yield its base URL."""
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app)
    loop.run_until_complete(runner.setup())
    loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", 0).start())
    host, port = runner.addresses[0][:2]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{port}/"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        loop.run_until_complete(runner.cleanup())
        loop.close()


@pytest.fixture
def bot():
    return StandInBot()


@pytest.fixture
def page_url(bot, tmp_path) -> Iterator[str]:
    with serve_in_thread(create_app(make_settings(tmp_path), bot)) as url:
        yield url


@pytest.fixture
def browser(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}"]:
        options.add_argument(flag)
    # Headless windows are at least 500px wide; emulate the phone's viewport instead.
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 375, "height": 800, "pixelRatio": 2}})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(15)
    try:
        yield driver
    finally:
        driver.quit()


def _answers(driver) -> list:
    return driver.find_elements(By.CSS_SELECTOR, "article.answer")


def test_ask_read_citation_and_more(browser, page_url, bot):
    wait = WebDriverWait(browser, 10)
    browser.get(page_url)
    assert browser.execute_script("return window.innerWidth") <= 375
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")

    # An example question, asked by tapping it.
    browser.find_element(By.XPATH, f"//button[@class='example' and text()='{LOOKUP_Q}']").click()
    wait.until(lambda d: len(_answers(d)) == 1)
    first = _answers(browser)[0]
    assert "区城管执法局" in first.text
    assert "《持续污染防治攻坚2026年行动计划》" in first.find_element(By.CSS_SELECTOR, ".cites").text

    # A typed question in a chosen scope: a list with its first page and a 更多 button.
    Select(browser.find_element(By.ID, "issuer")).select_by_visible_text("大兴区")
    Select(browser.find_element(By.ID, "year")).select_by_visible_text("2026")
    browser.find_element(By.ID, "q").send_keys(LIST_Q)
    browser.find_element(By.ID, "send").click()
    wait.until(lambda d: len(_answers(d)) == 2)
    answer = _answers(browser)[1]
    assert [li.find_element(By.CSS_SELECTOR, ".text").text for li in answer.find_elements(By.CSS_SELECTOR, ".items > li")] == [
        m["text"] for m in bot.measures[:PAGE_SIZE]
    ]
    more = answer.find_element(By.CSS_SELECTOR, "button.more")
    assert "还有7项" in more.text
    more.click()
    wait.until(ec.staleness_of(more))
    items = answer.find_elements(By.CSS_SELECTOR, ".items > li")
    assert len(items) == len(bot.measures)
    assert "第12条水务措施" in items[-1].text and "牵头：区水务局" in items[-1].text
    cite = [span.text for span in items[-1].find_elements(By.CSS_SELECTOR, ".cite span")]
    assert cite == ["大兴区2026", "附件1", "二、共护碧水清流", "第12项"]

    message, _ = bot.seen[-1]
    assert (message.text, message.scope.issuer, message.scope.year) == (LIST_Q, "大兴区", 2026)
    assert message.user_id.startswith("web-") and bot.seen[0][0].user_id == message.user_id
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
