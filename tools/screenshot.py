"""Take the README's screenshots with headless Debian Chromium: a plan page (desktop and phone)
and the catalogue with a filter set.

python3 dev.py build && .venv/bin/python tools/screenshot.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / ".github" / "readme"
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True, "device_scale_factor": 1}


def main() -> None:
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("needs Debian's chromium (apt-get install chromium)")
    site = (ROOT / "site").as_uri() + "/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page(viewport={"width": 1280, "height": 820})
        # a linked passage, its marks and copy controls, and a tooltip open as a reader sees it
        page.goto(site + "2024/2024-kh-duk-ninh-binh.html#d-ii-2-6", wait_until="load")
        page.locator("[id='d-ii-2-7'] a.kb-has-tip").first.hover()
        page.wait_for_timeout(300)
        page.screenshot(path=str(OUT / "plan-page.png"))
        page.goto(site + "van-ban.html?tinh=V%C4%A9nh%20Long", wait_until="load")  # a merged province
        page.wait_for_selector(".kb-catalog-table tbody tr")
        page.screenshot(path=str(OUT / "catalogue.png"))
        phone = browser.new_context(**PHONE).new_page()
        phone.goto(site + "2022/2022-kh-mttq-tra-vinh.html", wait_until="load")
        phone.wait_for_timeout(300)
        phone.screenshot(path=str(OUT / "plan-phone.png"))
        browser.close()
    print(f"wrote {', '.join(p.name for p in sorted(OUT.glob('*.png')))} in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
