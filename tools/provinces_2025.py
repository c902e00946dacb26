"""Write corpus/glossary/provinces.yaml: each of the 63 provinces before 1 July 2025 and the one of
the 34 it belongs to since (Nghị quyết 202/2025/QH15), from the `vietnamadminunits` package.

    .venv/bin/pip install vietnamadminunits && .venv/bin/python tools/provinces_2025.py

The package is needed only to regenerate the file; the build reads the committed YAML.
"""

from __future__ import annotations

import json
from pathlib import Path

from vietnamadminunits import convert_address
from vietnamadminunits.database import query

from kb_build.text import slugify

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "glossary" / "provinces.yaml"
SOURCE = "https://pypi.org/project/vietnamadminunits/"
HEADER = """\
# Tỉnh, thành phố trước và sau khi sắp xếp đơn vị hành chính năm 2025 (Nghị quyết 202/2025/QH15,
# hiệu lực 1/7/2025: 63 → 34). Văn bản giữ địa bàn như khi ban hành; trang web ghi thêm tỉnh ngày nay.
# Sinh bởi tools/provinces_2025.py từ gói vietnamadminunits (bảng 63 → 34); không sửa tay.
"""


def main() -> None:
    names = [r["provinceShort"] for r in query("SELECT DISTINCT provinceShort FROM admin_units_legacy")]
    lines = [HEADER.rstrip("\n")]
    for name in names:
        today = convert_address(name)
        kind = "thành phố" if today.province.startswith("Thành phố") else "tỉnh"
        lines += [
            f"- id: {slugify(name)}",
            f"  name: {json.dumps(name, ensure_ascii=False)}",
            f"  today: {json.dumps(today.short_province, ensure_ascii=False)}",
            f"  today_kind: {kind}",
            "  sources:",
            f"    - url: {json.dumps(SOURCE)}",
        ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(names)} provinces")


if __name__ == "__main__":
    main()
