"""Take the README's screenshot of a plan page with headless Debian Chromium.

python3 dev.py build && .venv/bin/python tools/screenshot.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
PAGE = "2024/2024-kh-duk-ninh-binh.html#d-ii-2-6"  # a linked passage, its marks and copy controls
OUT = ROOT / ".github" / "readme" / "plan-page.png"


def main() -> None:
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("needs Debian's chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page(viewport={"width": 1280, "height": 820})
        page.goto((ROOT / "site").as_uri() + "/" + PAGE, wait_until="load")
        page.locator("[id='d-ii-2-7'] a.kb-has-tip").first.hover()  # a tooltip open, as a reader sees it
        page.wait_for_timeout(300)
        page.screenshot(path=str(OUT))
        browser.close()
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
