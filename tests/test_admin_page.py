"""The upload form (/admin) in headless Chromium: dry run, then ingest, then the plan list; the
uploaded plan is answerable right after and the chat page offers its issuer. Skipped where
Chromium is not installed (test_browser)."""
from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from planbot.app import create_app
from planbot.config import Settings
from planbot.index.parse import bundled_plans_dir, load_catalog, parse_file
from planbot.index.store import ingest
from planbot.live import live_bot
from plandocs import build_docx
from test_browser import browser, needs_chromium, serve_in_thread  # noqa: F401  (the Chromium fixture)

pytestmark = needs_chromium

PLANS = bundled_plans_dir()
CATALOG = load_catalog(PLANS)


def test_upload_form_dry_run_then_ingest(browser, tmp_path: Path) -> None:  # noqa: F811
    home = tmp_path / "home"
    ingest([next(PLANS.glob("002_*.txt"))], home / "planbot.db", CATALOG)
    docx = build_docx(parse_file(next(PLANS.glob("003_*.txt")), CATALOG), tmp_path / "beijing.docx")
    settings = Settings(home=home, admin_token="page-token")
    live = live_bot(settings, dense=False)
    wait = WebDriverWait(browser, 30)
    with serve_in_thread(create_app(settings, live)) as url:
        browser.get(url + "admin")
        browser.find_element(By.ID, "admin-token").send_keys("page-token")
        browser.find_element(By.ID, "file").send_keys(str(docx))
        browser.find_element(By.ID, "issuer").send_keys("通州区")
        result = browser.find_element(By.ID, "result")
        browser.find_element(By.CSS_SELECTOR, "button[data-dry='1']").click()
        wait.until(lambda d: "61 measures" in result.text)
        assert "试读结果" in result.text and live.version == 1
        browser.find_element(By.CSS_SELECTOR, "button[data-dry='0']").click()
        wait.until(lambda d: "已收录" in result.text)
        assert "版本 2" in result.text and live.version == 2
        browser.find_element(By.ID, "list").click()
        wait.until(lambda d: "beijing.docx" in d.find_element(By.ID, "plans").text)
        browser.get(url)  # the chat page now offers the new issuer
        wait.until(lambda d: "通州区" in [o.text for o in d.find_elements(By.CSS_SELECTOR, "#issuer option")])
    answer = live.bot.ask("秸秆露天焚烧归谁管？", {"issuer": "通州区", "year": 2026})
    assert {m["doc"] for m in answer["measures"]} == {"beijing.docx"}
