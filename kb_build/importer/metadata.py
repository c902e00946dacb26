"""Metadata of a converted plan: header block, type and title, preamble, closing block.

Each value found is recorded in the import report with the line it came from and a
confidence, so that the editor checks guesses, not certainties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kb_build.importer.report import ImportReport
from kb_build.text import fold, slugify

TYPE_WORDS = {
    fold(word): word
    for word in (
        "Kế hoạch",
        "Hướng dẫn",
        "Quyết định",
        "Chương trình",
        "Chỉ thị",
        "Kết luận",
        "Nghị quyết",
        "Công văn",
        "Thông báo",
    )
}
TYPE_CODES = {
    "Kế hoạch": "kh",
    "Hướng dẫn": "hd",
    "Quyết định": "qd",
    "Chương trình": "ctr",
    "Chỉ thị": "ct",
    "Kết luận": "kl",
    "Nghị quyết": "nq",
    "Công văn": "cv",
    "Thông báo": "tb",
}
CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}

_NUMBER = re.compile(r"^số\s*:?\s*(\S.*?)\s*$", re.IGNORECASE)
_DATE = re.compile(
    r"(?:(?P<place>[A-ZĐÀ-Ỹ][^\d,|;]{1,40}?),\s*)?ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
_MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "dang cong san viet nam")
_PREAMBLE = re.compile(r"^(Thực hiện|Căn cứ)\s+", re.IGNORECASE)
_ISSUER_START = (
    r"(?:Ban Thường trực|Ban Thường vụ|Ban Chấp hành|Ban Chỉ đạo|Ban Tuyên giáo|Ban Dân vận|Ban |Ủy ban|Uỷ ban|"
    r"UBND|Đảng ủy|Đảng uỷ|Đảng đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Thường trực|Sở |Bộ |"
    r"Cơ quan|Hội |Liên hiệp|Trung ương)"
)
_ISSUER_CLAUSE = re.compile(rf"[,;]\s*(?={_ISSUER_START})")
_ISSUER_VERB = re.compile(
    r"\s+(?:xây dựng|ban hành|hướng dẫn|triển khai|đề ra|lập|thống nhất|yêu cầu|chỉ đạo)\b", re.IGNORECASE
)
_PLACE_NAME = r"([A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3})"
_UNIT = re.compile(rf"\b(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+{_PLACE_NAME}")
_UNIT_WORDS = ("tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn")
_ROLE = re.compile(r"^(tm|kt|q|tl|tuq)\.\s*\S|^(pho )?(bi thu|chu tich|truong ban|giam doc|thu truong)\b")
_SIGNED = re.compile(r"^\((da ky|ky ten|da ky va dong dau|ky, ghi ro ho ten)\)$")
_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]*){1,4}$")
_PROMULGATED = re.compile(r"^\(?\s*ban hành kèm theo\b", re.IGNORECASE)


def normalize_number(raw: str) -> str:
    """``144 -KH/ĐUK`` → ``144-KH/ĐUK``; en and em dashes become ``-``."""
    number = re.sub(r"[–—]", "-", raw)
    return re.sub(r"\s*([-/])\s*", r"\1", number).strip(" .;,")


def type_of(line: str) -> str | None:
    return TYPE_WORDS.get(" ".join(fold(line).strip(" :").split()))


def columns(line: str) -> list[str]:
    """Cells of a header line flattened from a two-column table (``left | right``)."""
    return [cell.strip() for cell in re.split(r"\s*\|\s*|\t+|\s{4,}", line) if cell.strip()]


def is_role(line: str) -> bool:
    return bool(_ROLE.match(fold(line))) and line.upper() == line


def is_signature_mark(line: str) -> bool:
    return bool(_SIGNED.match(fold(line)))


def is_name(line: str) -> bool:
    return bool(_NAME.match(line.strip()))


@dataclass
class Metadata:
    type: str | None = None
    number: str | None = None
    title: str | None = None
    year: int | None = None
    issued: date | None = None
    issuer: str | None = None
    system: str | None = None
    level: str | None = None
    locality: str | None = None
    promulgated_by: str | None = None
    implements: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    signer: str | None = None
    signer_title: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    place: str | None = None
    header_organs: list[str] = field(default_factory=list)


def parse_header(lines: list[tuple[int, str]], meta: Metadata, report: ImportReport) -> None:
    """Number, place and date, motto, organ lines of the block above the type word."""
    joined = " ".join(" ".join(columns(text)) for _, text in lines)
    for number, text in lines:
        for cell in columns(text):
            match = _NUMBER.match(cell)
            if match and meta.number is None and re.search(r"\d", match.group(1)):
                meta.number = normalize_number(match.group(1))
                if meta.number != match.group(1).strip():
                    report.add("repair", number, f"số hiệu “{match.group(1)}” chuẩn hóa thành “{meta.number}”", 0.95)
            elif fold(cell) in _MOTTO or (cell.isupper() and fold(cell).startswith(_MOTTO[0][:10])):
                if fold(cell) == _MOTTO[2]:
                    meta.system = meta.system or "Đảng"
            elif cell.upper() == cell and any(ch.isalpha() for ch in cell) and not _DATE.search(cell):
                meta.header_organs.append(cell)
    date_match = _DATE.search(" ".join(joined.split()))
    if date_match:
        meta.issued = _date(date_match, report, lines[0][0] if lines else None)
        meta.place = (date_match.group("place") or "").strip() or None


def _date(match: re.Match, report: ImportReport, line: int | None) -> date | None:
    try:
        return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        report.add("guess", line, f"ngày không hợp lệ “{match.group(0)}”: bỏ qua", 0.3)
        return None


def parse_preamble(paragraphs: list[tuple[int, str]], meta: Metadata, report: ImportReport) -> None:
    """``implements`` and the issuer's own name from “Thực hiện …, Căn cứ …, <issuer> ban hành …”."""
    for number, text in paragraphs:
        body = _PREAMBLE.sub("", text, count=1)
        clause = _ISSUER_CLAUSE.search(body)
        citations, rest = (body[: clause.start()], body[clause.end() :]) if clause else (body, "")
        for piece in re.split(r"\s*;\s*|\s*[,;]\s*(?:Thực hiện|Căn cứ)\s+", citations):
            piece = piece.strip(" ,;.")
            if piece:
                meta.implements.append(piece)
        if rest and meta.issuer is None:
            verb = _ISSUER_VERB.search(rest)
            issuer = (rest[: verb.start()] if verb else rest).strip(" ,")
            if 0 < len(issuer) <= 160:
                meta.issuer = issuer
                report.add("guess", number, f"cơ quan ban hành theo câu mở đầu: “{issuer}”", 0.85)


def _place_names(text: str) -> list[tuple[str, str]]:
    return [(unit.lower(), name) for unit, name in _UNIT.findall(text)]


def classify(meta: Metadata, context: str, body_text: str, report: ImportReport) -> None:
    """System, level, locality (and the issuer completed with its locality)."""
    issuer = (meta.issuer or "").replace("Uỷ", "Ủy").replace("uỷ", "ủy")
    folded = fold(issuer)
    organs = fold(" ".join(meta.header_organs))
    if "mat tran" in folded or "mttq" in folded or "mttw" in folded or "mat tran" in organs:
        meta.system = "Mặt trận"
    elif re.search(r"uy ban nhan dan|\bubnd\b|^so |^bo |chinh phu|thu tuong", folded):
        meta.system = "Nhà nước"
    elif re.search(r"dang|\buy\b|tinh uy|thanh uy|huyen uy|ban thuong vu|ban tuyen giao|ban chi dao", folded):
        meta.system = "Đảng"
    elif "uy ban nhan dan" in organs:
        meta.system = "Nhà nước"
    elif meta.system is None and meta.number and re.search(r"/(TU|HU|ĐU|ĐUK|TW|BCĐ)\b", meta.number):
        meta.system = "Đảng"
    if meta.system:
        report.add("guess", None, f"hệ thống: {meta.system}", 0.85)

    own = _place_names(issuer)
    if re.search(r"trung ương|\bchính phủ\b|bộ chính trị|ban bí thư|^bộ ", issuer, re.IGNORECASE) and not own:
        meta.level = "trung ương"
    elif "dang uy khoi" in folded:
        meta.level = "khối"
    elif re.search(r"\b(xa|phuong|thi tran)\b", folded):
        meta.level = "xã"
    elif re.search(r"\b(huyen|quan|thi xa)\b", folded):
        meta.level = "huyện"
    elif re.search(r"\bthanh pho\b", folded):
        city = next((fold(name) for unit, name in own if unit == "thành phố"), "")
        meta.level = "tỉnh" if city in CENTRAL_CITIES else "huyện"
    elif re.search(r"\btinh\b|tinh uy", folded) or re.search(r"\btinh\b", organs):
        meta.level = "tỉnh"
    elif meta.number and re.search(r"/TW\b|MTTW", meta.number):
        meta.level = "trung ương"
    if meta.level:
        report.add("guess", None, f"cấp: {meta.level}", 0.8)

    if meta.level and meta.level != "trung ương":
        issuer = _locate(meta, issuer, own, context, body_text, report)
    meta.issuer = issuer or None


def _locate(
    meta: Metadata, issuer: str, own: list[tuple[str, str]], context: str, body: str, report: ImportReport
) -> str:
    """Set the locality (from the issuer's own name, else header and preamble, else body).

    Returns the issuer's name, completed with the locality when it lacks it.
    """
    organ_places = _place_names(" ".join(_title_case(o) for o in meta.header_organs))
    around = own or organ_places or _place_names(context)
    source, confidence = ("tên cơ quan", 0.9) if own else ("phần đầu và câu mở đầu", 0.75)
    if not around:
        around, source, confidence = _place_names(body), "nội dung văn bản", 0.6
    if not around:
        report.add("guess", None, "không tìm thấy địa bàn", 0.3)
        return issuer
    inner = own[0] if own else around[0]
    names = [inner[1]]
    if meta.level in ("huyện", "xã"):
        province = next((n for u, n in _place_names(context) + organ_places if u == "tỉnh" and n not in names), None)
        if province:
            names.append(province)
    meta.locality = ", ".join(names)
    report.add("guess", None, f"địa bàn “{meta.locality}” (theo {source})", confidence)
    if inner[1] not in issuer:
        ends_with_unit = issuer.rstrip().endswith(_UNIT_WORDS)
        completed = f"{issuer} {inner[1]}" if ends_with_unit or not own else issuer
        if completed != issuer:
            report.add("guess", None, f"tên cơ quan bổ sung địa bàn: “{completed}”", confidence)
            return completed
    return issuer


def _title_case(upper: str) -> str:
    """``TỈNH NINH BÌNH`` → ``tỉnh Ninh Bình``: unit words lower, place names capitalised."""
    words = upper.lower().split()
    out = []
    for index, word in enumerate(words):
        previous = " ".join(words[max(0, index - 2) : index])
        after_unit = any(previous.endswith(u) for u in _UNIT_WORDS) or (out and out[-1][:1].isupper())
        out.append(word.capitalize() if after_unit and index > 0 else word)
    return " ".join(out)


def issuer_from_header(meta: Metadata, report: ImportReport) -> None:
    """Fallback when the preamble does not name the issuer: the organ lines of the header."""
    if meta.issuer or not meta.header_organs:
        return
    text = _title_case(" ".join(meta.header_organs[-2:]))
    meta.issuer = text[:1].upper() + text[1:]
    report.add("guess", None, f"cơ quan ban hành theo phần đầu văn bản: “{meta.issuer}” (kiểm tra chữ hoa)", 0.5)


def parse_closing(lines: list[tuple[int, str]], meta: Metadata, report: ImportReport) -> list[tuple[int, str]]:
    """Recipients, signer's titles and name; returns the lines that fit none of them."""
    unplaced: list[tuple[int, str]] = []
    in_recipients = False
    for number, text in lines:
        for cell in columns(text):
            folded = fold(cell)
            if folded.startswith("noi nhan"):
                in_recipients = True
                rest = cell.split(":", 1)[1].strip() if ":" in cell else ""
                if rest:
                    meta.recipients.append(rest.lstrip("-+ ").strip())
            elif is_role(cell) or is_signature_mark(cell):
                meta.signer_title.append(cell)
            elif is_name(cell) and not cell.startswith(("-", "+")):
                meta.signer = cell
                report.add("guess", number, f"người ký: {cell}", 0.85)
            elif in_recipients and cell.startswith(("-", "+", "•")):
                meta.recipients.append(cell.lstrip("-+• ").strip())
            elif in_recipients and meta.recipients:
                meta.recipients[-1] = f"{meta.recipients[-1]} {cell}"
                report.add("repair", number, "nối dòng nơi nhận bị ngắt", 0.85)
            else:
                unplaced.append((number, cell))
    return unplaced


def plan_id(meta: Metadata) -> str:
    """A readable, stable id: ``<year>-<type>-<organ>-<place>`` (e.g. ``2024-kh-duk-ninh-binh``)."""
    issuer = fold(meta.issuer or "")
    if meta.system == "Mặt trận":
        organ = "mttq"
    elif "dang uy khoi" in issuer:
        organ = "duk"
    elif re.search(r"\bubnd\b|uy ban nhan dan", issuer):
        organ = "ubnd"
    elif "ban tuyen giao" in issuer:
        organ = "btg"
    elif "ban chi dao" in issuer:
        organ = "bcd"
    elif re.search(r"(tinh|thanh|huyen) uy", issuer):
        organ = {"tinh": "tu", "thanh": "thu", "huyen": "hu"}[re.search(r"(tinh|thanh|huyen) uy", issuer).group(1)]
    else:
        organ = "".join(word[0] for word in slugify(meta.issuer or "vb").split("-"))[:6]
    place = "trung-uong" if meta.level == "trung ương" else slugify((meta.locality or "").split(",")[0])
    parts = [str(meta.year), TYPE_CODES.get(meta.type or "", "vb"), organ, place]
    return "-".join(p for p in parts if p)
