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
from test_web import make_settings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
needs_chromium = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER), reason="headless Chromium not installed (apt-get install chromium chromium-driver)"
)
pytestmark = needs_chromium
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


LIST_Q = "区水务局牵头哪些措施？"
LOOKUP_Q = "渣土车归谁管？"  # one of the page's example questions


@pytest.fixture
def page_url(real_bot, tmp_path) -> Iterator[str]:
    with serve_in_thread(create_app(make_settings(tmp_path), real_bot)) as url:
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


def test_ask_read_citation_and_more(browser, page_url, real_bot):
    """The real bot behind the page: an example question, then a typed list question and 更多."""
    wait = WebDriverWait(browser, 20)
    browser.get(page_url)
    assert browser.execute_script("return window.innerWidth") <= 375
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")

    # An example question, asked by tapping it: the answer names the unit and cites the plan.
    browser.find_element(By.XPATH, f"//button[@class='example' and text()='{LOOKUP_Q}']").click()
    wait.until(lambda d: len(_answers(d)) == 1)
    first = _answers(browser)[0]
    expected = real_bot.ask(LOOKUP_Q, {})
    assert expected["measures"][0]["lead"][0] in first.text
    assert "《" in first.find_element(By.CSS_SELECTOR, ".cites").text

    # A typed question in a chosen scope: the count, a first page and a 更多 button.
    Select(browser.find_element(By.ID, "issuer")).select_by_visible_text("大兴区")
    Select(browser.find_element(By.ID, "year")).select_by_visible_text("2026")
    browser.find_element(By.ID, "q").send_keys(LIST_Q)
    browser.find_element(By.ID, "send").click()
    wait.until(lambda d: len(_answers(d)) == 2)
    answer = _answers(browser)[1]
    full = real_bot.ask(LIST_Q, {"issuer": "大兴区", "year": 2026})["measures"]
    assert f"共 {len(full)} 项" in answer.text
    shown = answer.find_elements(By.CSS_SELECTOR, ".items > li")
    assert 0 < len(shown) < len(full)
    more = answer.find_element(By.CSS_SELECTOR, "button.more")
    assert f"还有{len(full) - len(shown)}项" in more.text
    more.click()
    wait.until(ec.staleness_of(more))
    items = answer.find_elements(By.CSS_SELECTOR, ".items > li")
    assert len(items) == len(full)
    assert "区水务局" in items[-1].text.split("牵头：", 1)[1].split("\n", 1)[0]
    cite = [span.text for span in items[-1].find_elements(By.CSS_SELECTOR, ".cite span")]
    assert cite[0] == "大兴区2026" and cite[-1] == f"第{full[-1]['task_no']}项"
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
