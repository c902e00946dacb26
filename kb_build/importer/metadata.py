"""Metadata of a converted plan: header block, type and title, preamble, closing block.

Each value found is recorded in the import report with the line it came from and a
confidence, so that the editor checks guesses, not certainties.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import date

from kb_build.doctypes import DOCUMENT_TYPES
from kb_build.importer.report import ImportReport
from kb_build.link.citations import find_citations
from kb_build.text import fold, is_upper, slugify

ID_CODES = {t.name: slugify(t.codes[0]) for t in DOCUMENT_TYPES if t.codes}  # “Kế hoạch” → “kh”
CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}

# “Số: 144-KH/ĐUK”, “Số 69 – HD/MTTQ-BTT”, a portal's “Số kí hiệu 421/KH-BTV”: the number starts with
# a digit and runs over its code's segments (spaces around the separators are a common slip).
NUMBER = re.compile(
    r"^số\s*(?:,?\s*(?:ký|kí)\s*hiệu|hiệu)?\s*:?\s*(\d{1,6}(?:\s*[-–—/]\s*[A-Za-zĐđ0-9&.À-ỹ]+)*)", re.IGNORECASE
)
DATE = re.compile(
    r"(?:(?P<place>[A-ZĐÀ-Ỹ][^\d,|;]{1,40}?),\s*)?ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "dang cong san viet nam")
PREAMBLE = re.compile(r"^(Thực hiện|Căn cứ)\s+", re.IGNORECASE)
_ISSUER_START = (
    r"(?:Ban Thường trực|Ban Thường vụ|Ban Chấp hành|Ban Chỉ đạo|Ban Tuyên giáo|Ban Dân vận|Ban |Ủy ban|Uỷ ban|"
    r"UBND|Đảng ủy|Đảng uỷ|Đảng đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Thường trực|Sở |Bộ |"
    r"Cơ quan|Hội |Liên hiệp|Trung ương)"
)
_ISSUER_CLAUSE = re.compile(rf"[,;]\s*(?={_ISSUER_START})")
# Lower case only: capitalised, the same words are part of a name (“Ban Chỉ đạo”, “Hướng dẫn số …”).
_ISSUER_VERB = re.compile(r"\s+(?:xây dựng|ban hành|hướng dẫn|triển khai|đề ra|lập|thống nhất|yêu cầu|chỉ đạo)\b")
_ROLE = re.compile(r"^(tm|kt|q|tl|tuq)\.\s*\S|^(pho )?(bi thu|chu tich|truong ban|giam doc|thu truong)\b")
_SIGNED = re.compile(r"^\((da ky|ky ten|da ky va dong dau|ky, ghi ro ho ten)\)$")
PROMULGATED = re.compile(r"^\s*\(?\s*ban hành kèm theo\b", re.IGNORECASE)


def normalize_number(raw: str) -> str:
    """``144 -KH/ĐUK`` → ``144-KH/ĐUK``; en and em dashes become ``-``."""
    number = re.sub(r"[–—]", "-", raw)
    return re.sub(r"\s*([-/])\s*", r"\1", number).strip(" .;,")


def columns(line: str) -> list[str]:
    """Cells of a header line flattened from a two-column table (``left | right``)."""
    return [cell.strip() for cell in re.split(r"\s*\|\s*|\t+|\s{4,}", line) if cell.strip()]


def is_role(line: str) -> bool:
    return bool(_ROLE.match(fold(line))) and line.upper() == line


def is_signature_mark(line: str) -> bool:
    return bool(_SIGNED.match(fold(line)))


def is_name(line: str) -> bool:
    """A person's name: two to five capitalised words (“Trần Hữu Phước”)."""
    words = line.split()
    return 2 <= len(words) <= 5 and all(_capitalised(w) for w in words)


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
    lead_issuer: str | None = None  # the issuer a repost's lead-in names
    portal_issuer: str | None = None  # “Nơi ban hành: …” of a legal-document portal
    header_organs: list[str] = field(default_factory=list)


# The metadata table of legal-document portals (“Loại văn bản: …”, “Nơi ban hành: …”).
PORTAL_FIELD = re.compile(
    r"^(số hiệu|loại văn bản|nơi ban hành|cơ quan ban hành|người ký|ngày ban hành|ngày hiệu lực|ngày công báo|"
    r"số công báo|tình trạng|lĩnh vực|thể loại|ngày bắt đầu hiệu lực|ngày hết hiệu lực)\b",
    re.IGNORECASE,
)
_PORTAL_ISSUER = re.compile(r"^(?:nơi|cơ quan) ban hành\s*:?\s*(.+?)(?:\s+Người ký\b.*)?$", re.IGNORECASE)
_MOTTO_WORDS = [m.replace(" - ", " ").split() for m in MOTTO]
_RULE_CELL = re.compile(r"^[-_*=–—.\s|]+$")
_PORTAL_DATE = re.compile(r"^ngày ban hành\s*:?\s*(\d{1,2})/(\d{1,2})/(\d{4})\b", re.IGNORECASE)


def is_motto_part(cell: str) -> bool:
    """The national motto, or a piece of it cut off by a narrow table column (“CHỦ NGHĨA VIỆT NAM”)."""
    words = fold(cell).replace(" - ", " ").replace("-", " ").split()
    for motto in _MOTTO_WORDS:
        for start in range(len(motto)):
            if words and motto[start : start + len(words)] == words:
                return len(words) >= 3 or start == 0
    return False


def header_cells(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The cells of the header in reading order, “Số:” joined to a number in the next cell or line."""
    cells: list[tuple[int, str]] = []
    for number, text in lines:
        for cell in columns(text):
            if cells and re.fullmatch(r"số\s*:?", cells[-1][1], re.IGNORECASE) and re.match(r"\d", cell):
                cells[-1] = (cells[-1][0], f"{cells[-1][1]} {cell}")
            elif not _RULE_CELL.match(cell):
                cells.append((number, cell))
    return cells


def parse_header(lines: list[tuple[int, str]], meta: Metadata, report: ImportReport) -> None:
    """Number, place and date, motto, organ lines of the block above the type word."""
    cells = header_cells(lines)
    for number, cell in cells:
        match = NUMBER.match(cell)
        if match:
            if meta.number is None:
                meta.number = normalize_number(match.group(1))
                if meta.number != match.group(1).strip():
                    report.add("repair", number, f"số hiệu “{match.group(1)}” chuẩn hóa thành “{meta.number}”", 0.95)
        elif is_motto_part(cell):
            if fold(cell) == MOTTO[2]:
                meta.system = meta.system or "Đảng"
        elif cell.upper() == cell and any(ch.isalpha() for ch in cell) and not DATE.search(cell):
            meta.header_organs.append(cell)
    joined = " ".join(" ".join(cell.split()) for _, cell in cells)
    date_match = DATE.search(joined)
    if date_match:
        meta.issued = _date(date_match, report, lines[0][0] if lines else None)
        meta.place = (date_match.group("place") or "").strip() or None
    for _, cell in cells:
        portal = _PORTAL_ISSUER.match(cell)
        if portal and meta.portal_issuer is None:
            meta.portal_issuer = portal.group(1).strip()
    if not date_match:  # a legal-document portal's metadata table: “Ngày ban hành: 13/06/2017”
        for number, cell in cells:
            portal = _PORTAL_DATE.match(cell)
            if portal:
                day, month, year = map(int, portal.groups())
                with contextlib.suppress(ValueError):
                    meta.issued = date(year, month, day)
                    report.add("guess", number, f"ngày ban hành theo bảng thông tin của trang web: {cell}", 0.7)
                break


# Notes that cite the document itself when its header lacks a number: a regulation is “(Ban hành
# kèm theo Quyết định số: 59/QĐ-UBND Ngày 22 tháng 7 năm 2021 …)”, and takes that decision's number
# and date; a portal writes “… đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2018 của Ban Tuyên giáo
# Quận ủy”. The citation is read by the recognizer the lead-in uses too.
_NOTES = (("kèm theo ", "ghi chú “ban hành kèm theo”"), ("đăng tải ", "ghi chú đăng tải của trang web"))


def number_from_notes(lines: list[tuple[int, str]], meta: Metadata, report: ImportReport) -> None:
    """A number and date the header lacks, from a promulgation note or from a portal's posting note
    that names this document (same type, same issuer)."""
    if meta.number:
        return
    joined = " ".join(" ".join(t.split()) for _, t in lines)
    for opening, source in _NOTES:
        for at in (m.end() for m in re.finditer(re.escape(opening), joined)):
            found = next((c for c in find_citations(joined[at : at + 300]) if c.start == 0 and c.number), None)
            if found is None or not found.date:
                continue
            same_issuer = meta.issuer is not None and fold(found.issuer or "").startswith(fold(meta.issuer))
            this = fold(found.type) == fold(meta.type or "") and same_issuer
            if (opening == "kèm theo " and found.type in ("Quyết định", "Nghị quyết")) or this:
                meta.number, meta.issued = found.number, meta.issued or found.date
                report.add("guess", None, f"số hiệu và ngày theo {source}: {meta.number}", 0.7)
                return


def _date(match: re.Match, report: ImportReport, line: int | None) -> date | None:
    try:
        return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        report.add("guess", line, f"ngày không hợp lệ “{match.group(0)}”: bỏ qua", 0.3)
        return None


def parse_preamble(paragraphs: list[tuple[int, str]], meta: Metadata, report: ImportReport) -> None:
    """``implements`` and the issuer's own name from “Thực hiện …, Căn cứ …, <issuer> ban hành …”."""
    for number, text in paragraphs:
        body = PREAMBLE.sub("", text, count=1)
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


_OPENING_CLAUSE = re.compile(
    rf"(?:^|[,;:.]\s*)(?P<issuer>{_ISSUER_START}[^,;:.]{{0,140}}?)\s+(?:(?:xây dựng|ban hành|hướng dẫn|triển khai|"
    r"đề ra|thống nhất)\s+(?:các\s+)?(?:Kế hoạch|Hướng dẫn|Chương trình|Quy chế|Quy định|Chỉ thị|Thông tư|Đề án|"
    r"kế hoạch|hướng dẫn|chương trình|quy chế|nội dung|văn bản)\b|hướng dẫn\s+(?!số\b)\w)"
)
# “Chương trình hành động của Ủy ban MTTQ Việt Nam tỉnh Bình Thuận khóa VIII, nhiệm kỳ …”
_TITLE_OF = re.compile(
    rf"\bcủa\s+(?P<issuer>{_ISSUER_START}.*?)(?=\s+(?:khóa|khoá|nhiệm kỳ|giai đoạn|năm|về|thực hiện|trong)\b|[,;:(]|$)",
    re.IGNORECASE,
)


def issuer_in_title(title: str, meta: Metadata, report: ImportReport) -> None:
    """The body a title names as its author (“… của Ủy ban MTTQ Việt Nam tỉnh Bình Thuận …”)."""
    match = _TITLE_OF.search(title or "")
    if meta.issuer is None and match and not is_upper(match.group("issuer")):
        meta.issuer = match.group("issuer").strip()
        report.add("guess", None, f"cơ quan ban hành theo trích yếu: “{meta.issuer}”", 0.65)


# A unit word inside a body's name is written in lower case (“Ủy ban nhân dân tỉnh”); an opening that
# capitalises it (“Ủy ban nhân dân Tỉnh ban hành …”) names the same body. A numbered unit keeps its
# capital (“Ủy ban nhân dân Quận 11”), and so does “Thành phố Hồ Chí Minh”.
_CAPITALISED_UNIT = re.compile(r"\b(nhân dân|UBND|HĐND) (Tỉnh|Huyện|Xã|Phường|Quận|Thị xã|Thị trấn)\b(?!\s*\d)")


def issuer_in_opening(paragraphs: list[tuple[int, str]], meta: Metadata, report: ImportReport) -> None:
    """The issuer named where the opening says who issues (“…, Ủy ban nhân dân tỉnh ban hành Kế hoạch …”).

    For openings that do not start with “Thực hiện”/“Căn cứ” (“Xét đề nghị …”, “Nhằm …”, or the
    issuer itself): the first such clause in the first paragraphs.
    """
    if meta.issuer is not None:
        return
    for number, text in paragraphs:
        match = _OPENING_CLAUSE.search(text)
        if match and len(match.group("issuer")) <= 160:
            meta.issuer = _CAPITALISED_UNIT.sub(lambda m: f"{m[1]} {m[2].lower()}", match.group("issuer").strip())
            report.add("guess", number, f"cơ quan ban hành theo câu mở đầu: “{meta.issuer}”", 0.8)
            return


_SITTING = re.compile(r"\s+(?:KHÓA|KHOÁ|[Kk]hóa|[Kk]hoá)\s+[IVXLC\d]+\b.*$")


def issuer_from(name: str | None, source: str, meta: Metadata, report: ImportReport, confidence: float) -> None:
    """``name`` as the issuer when nothing better named it; an upper-case organ line in running case."""
    if meta.issuer is not None or not name:
        return
    name = _SITTING.sub("", name)  # “HỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III - KỲ HỌP THỨ 14”: the body, not its sitting
    text = organ_case(name) if name.upper() == name else name
    meta.issuer = text[:1].upper() + text[1:]
    report.add("guess", None, f"cơ quan ban hành theo {source}: “{meta.issuer}”", confidence)


@dataclass(frozen=True)
class Place:
    """A named administrative unit: rank 1 province (or centrally-run city), 2 district, 3 commune."""

    rank: int
    name: str


# Unit words (and the Party committees named after them) → rank; "thành phố" depends on the city.
_UNITS = (
    ("thị xã", 2), ("thị ủy", 2), ("thị trấn", 3), ("tỉnh ủy", 1), ("thành ủy", 0), ("huyện ủy", 2),
    ("quận ủy", 2), ("tỉnh", 1), ("thành phố", 0), ("huyện", 2), ("quận", 2), ("xã", 3), ("phường", 3),
)  # fmt: skip
_UNIT_PATTERN = "|".join(re.escape(unit) for unit, _ in _UNITS)
# In running text a unit word is written in lower case (“tỉnh”) or capitalised (“Tỉnh ủy”); an
# all-capitals “XÃ” is a header or motto (“XÃ HỘI CHỦ NGHĨA”), not a commune.
_UNIT_ALTERNATIVES = "|".join(f"{re.escape(u)}|{re.escape(u[0].upper() + u[1:])}" for u, _ in _UNITS)
_UNIT_IN_TEXT = re.compile(rf"(?<!\w)({_UNIT_ALTERNATIVES})\s+(?=\w)")
_BARE_UNIT = re.compile(rf"(?<!\w)({_UNIT_ALTERNATIVES})\s*$")


def _rank(unit: str, name: str) -> int:
    rank = dict(_UNITS)[unit.lower()]
    return rank or (1 if fold(name) in CENTRAL_CITIES else 2)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or not word[1:].isupper()) and word.isalpha()


def places_in_text(text: str) -> list[Place]:
    """Places named in running text: ``tỉnh Ninh Bình``, ``Thành ủy Vinh``, ``phường Hưng Bình``."""
    places = []
    for match in _UNIT_IN_TEXT.finditer(text):
        name_words = []
        words = text[match.end() :].split()[:6]
        number = words[0].rstrip(",.;:)") if words else ""
        if number.isdigit() and match.group(1).lower() in ("quận", "phường"):  # “Quận 11”, “phường 5”
            unit = match.group(1).lower()
            places.append(Place(_rank(unit, number), f"{unit.capitalize()} {number}"))
            continue
        for index, word in enumerate(words):
            bare = word.strip(',.;:()”“"')
            if bare in ("-", "–") and name_words and index + 1 < len(words) and _capitalised(words[index + 1]):
                name_words.append("-")  # “Bà Rịa - Vũng Tàu”
                continue
            if not _capitalised(bare) or (len([w for w in name_words if w != "-"]) >= 4 and name_words[-1] != "-"):
                break
            name_words.append(bare)
            if bare != word:  # punctuation ends the name
                break
        if name_words:
            name = " ".join(name_words)
            places.append(Place(_rank(match.group(1), name), name))
    return places


def places_in_organ_line(line: str) -> list[Place]:
    """Places in an upper-case header line: ``ĐẢNG BỘ TỈNH LẠNG SƠN`` → Lạng Sơn (rank 1)."""
    words = line.split()
    lowered = [w.lower() for w in words]
    for index in range(len(words)):
        for unit, _ in _UNITS:
            size = len(unit.split())
            named = index + size < len(words) and fold(words[index + size]) != "uy"  # TỈNH ỦY is no place
            if " ".join(lowered[index : index + size]) == unit and named:
                name = " ".join(w.capitalize() for w in words[index + size :])
                if name.isdigit():  # “QUẬN 2”: a numbered district is named with its unit
                    name = f"{unit.capitalize()} {name}"
                return [Place(_rank(unit, name), name)]
    return []


def _issuer_unit_rank(issuer: str) -> int | None:
    """The rank of the unit the issuer belongs to, when its name ends with a bare unit word."""
    bare = _BARE_UNIT.search(issuer)
    if bare:
        return dict(_UNITS)[bare.group(1).lower()] or None
    return None


# The Front's member organisations (Điều lệ MTTQ): their plans belong to the Front's system.
_MASS_ORGANISATION = re.compile(
    r"\b(hoi lien hiep phu nu|hoi lhpn|lhpn|doan thanh nien|doan tncs|(?<!dang )doan\b|trung uong doan|hoi nong dan|"
    r"hoi cuu chien binh|hoi ccb|cong doan|lien doan lao dong|lien hiep cac to chuc huu nghi|hoi huu nghi)\b"
)
# Codes in a number that name the issuing side: “57-KL/TW” (Party centre), “79/HD-MTTW-BTT” (Front centre).
_NUMBER_SIDES = (
    (r"^(tw|vptw|btgtw|bdvtw|btctw|ubkttw)$", ("Đảng", "trung ương")),
    (r"^(tu|thu|hu|qu|đu|đuk|btgtu|bdvtu)$", ("Đảng", None)),
    (r"^(mttw|twđtn|twhlhpn|tlđ|hnd|hlhpn|twhnd|twhccb|mttq)$", ("Mặt trận", None)),
    (r"^(ttg|cp|qh\d*|bttttt|btttt|bng|bvhttdl|ubtvqh\d*)$", ("Nhà nước", "trung ương")),
    (r"^(ubnd|hđnd|snv|stttt)$", ("Nhà nước", None)),
)


def system_of_number(number: str | None) -> tuple[str, str | None] | None:
    """The system (and the centre, when the code says so) that a number's codes name, else None."""
    for segment in re.split(r"[-/]", (number or "").lower())[1:]:
        for pattern, side in _NUMBER_SIDES:
            if re.match(pattern, segment):
                return side
    return None


def _parent_named_after(child: str, rank: int, text: str) -> Place | None:
    """The unit the text names right after ``child``: “thành phố Nha Trang, tỉnh Khánh Hòa”."""
    for match in re.finditer(rf"{re.escape(child)},\s+", text):
        following = places_in_text(text[match.end() : match.end() + 60])
        if following and following[0].rank == rank and text[match.end() :].lower().startswith(("tỉnh ", "thành phố ")):
            return following[0]
    return None


def classify(meta: Metadata, context: str, body_text: str, report: ImportReport) -> None:
    """System, level and locality, and the issuer's name completed with its place."""
    issuer = (meta.issuer or "").replace("Uỷ", "Ủy").replace("uỷ", "ủy").replace("UỶ", "ỦY")
    folded = fold(issuer)
    organs = fold(" ".join(meta.header_organs))
    by_number = system_of_number(meta.number)
    front = re.search(r"mat tran|mttq|mttw", folded) or _MASS_ORGANISATION.search(folded)
    if front or (not issuer and "mat tran" in organs):
        meta.system = "Mặt trận"
    elif re.search(r"uy ban nhan dan|\bubnd\b|^so |^bo (?!chinh tri)|chinh phu|thu tuong", folded):
        meta.system = "Nhà nước"
    elif re.search(r"dang|\buy\b|ban thuong vu|ban tuyen giao|ban chi dao|ban dan van|bo chinh tri|ban bi thu", folded):
        meta.system = "Đảng"
    elif by_number:
        meta.system = by_number[0]
    elif "uy ban nhan dan" in organs:
        meta.system = "Nhà nước"
    elif "dang cong san viet nam" in organs or meta.system == "Đảng":
        meta.system = "Đảng"
    if meta.system:
        report.add("guess", None, f"hệ thống: {meta.system}", 0.85)

    own = places_in_text(issuer)
    header_places = [p for line in meta.header_organs for p in places_in_organ_line(line)]
    around = header_places + places_in_text(context)
    central = re.search(r"trung ương|chính phủ|bộ chính trị|ban bí thư|quốc hội|^bộ ", issuer, re.IGNORECASE)
    if (central or (by_number and by_number[1] and not places_in_text(issuer))) and not own:
        meta.level = "trung ương"
        report.add("guess", None, "cấp: trung ương", 0.85)
        meta.issuer = issuer or None
        return
    rank = max((p.rank for p in own), default=None) or _issuer_unit_rank(issuer)
    innermost = max(own, key=lambda p: p.rank) if own else None
    source, confidence = "tên cơ quan", 0.9
    if innermost is None:
        candidates = [p for p in around if rank is None or p.rank == rank or (rank == 2 and p.rank in (1, 2))]
        if not candidates:
            candidates, source, confidence = places_in_text(body_text), "nội dung văn bản", 0.6
        else:
            source, confidence = "phần đầu và câu mở đầu", 0.75
        if rank is not None:
            candidates = [p for p in candidates if p.rank == rank] or candidates
        innermost = (
            max(candidates, key=lambda p: p.rank)
            if rank is None and candidates
            else (candidates[0] if candidates else None)
        )
        # The place of the date line (“Thanh Hóa, ngày …”) is the issuer's own, when the text names
        # it as a unit too (“tỉnh Thanh Hóa”): a header that says only “HỘI ĐỒNG NHÂN DÂN”.
        named = [*candidates, *places_in_text(" ".join(meta.header)), *places_in_text(body_text)]
        dated = [p for p in named if meta.place and (meta.place == p.name or meta.place.endswith(" " + p.name))]
        if dated and rank is None:
            innermost, source, confidence = dated[0], "địa danh ở dòng ngày tháng", 0.75
        if innermost is not None and issuer and not issuer.rstrip().endswith(innermost.name):
            # A name with no unit word (“Hội đồng nhân dân”) takes the province's: “… tỉnh Thanh Hóa”.
            city = fold(innermost.name) in CENTRAL_CITIES
            bare = rank is None and not re.search(rf"(?<!\w)(?:{_UNIT_PATTERN})(?!\w)", issuer, re.IGNORECASE)
            unit = ("thành phố " if city else "tỉnh ") if bare and innermost.rank == 1 else ""
            issuer = f"{issuer} {unit}{innermost.name}".strip()
            report.add("guess", None, f"tên cơ quan bổ sung địa bàn: “{issuer}”", confidence)
    if "dang uy khoi" in folded:
        meta.level = "khối"
    elif innermost is not None:
        meta.level = {1: "tỉnh", 2: "huyện", 3: "xã"}[innermost.rank]
    elif rank:  # “Ban Tuyên giáo Quận ủy”: the unit word says the level when no place is named
        meta.level = {1: "tỉnh", 2: "huyện", 3: "xã"}[rank]
    if meta.level:
        report.add("guess", None, f"cấp: {meta.level}", 0.8)
    if innermost is None:
        report.add("guess", None, "không tìm thấy địa bàn", 0.3)
    else:
        chain = [innermost.name]
        for wanted in range(innermost.rank - 1, 0, -1):
            parent = next((p for p in [*around, *own] if p.rank == wanted and p.name not in chain), None)
            parent = parent or _parent_named_after(chain[-1], wanted, body_text)
            if parent:
                chain.append(parent.name)
        meta.locality = ", ".join(chain)
        report.add("guess", None, f"địa bàn “{meta.locality}” (theo {source})", confidence)
    meta.issuer = issuer or None


_ACRONYMS = {"mttq", "ubnd", "hđnd", "mttw", "tw", "btv", "btt", "tncs", "lhpn", "ccb"}
# How organ names are capitalised in running text (Quy định 66-QĐ/TW, Nghị định 30/2020/NĐ-CP App. II):
# the first word, and the word that names the body (“Ban Tuyên giáo”, “Bộ Thông tin và Truyền thông”).
_PROPER = {
    "việt nam": "Việt Nam", "tổ quốc": "Tổ quốc", "mặt trận": "Mặt trận", "trung ương": "Trung ương",
    "ban chấp hành": "Ban Chấp hành", "ban thường vụ": "Ban Thường vụ", "ban thường trực": "Ban Thường trực",
    "ban tuyên giáo": "Ban Tuyên giáo", "ban dân vận": "Ban Dân vận", "ban chỉ đạo": "Ban Chỉ đạo",
    "ban bí thư": "Ban Bí thư", "bộ chính trị": "Bộ Chính trị", "chính phủ": "Chính phủ", "quốc hội": "Quốc hội",
    "tỉnh ủy": "Tỉnh ủy", "thành ủy": "Thành ủy", "huyện ủy": "Huyện ủy", "quận ủy": "Quận ủy", "thị ủy": "Thị ủy",
    "đảng ủy khối": "Đảng ủy Khối", "đảng ủy": "Đảng ủy", "đảng bộ": "Đảng bộ", "hồ chí minh": "Hồ Chí Minh",
    "thông tin và truyền thông": "Thông tin và Truyền thông", "ngoại giao": "Ngoại giao", "ngoại vụ": "Ngoại vụ",
    "văn hóa, thể thao và du lịch": "Văn hóa, Thể thao và Du lịch", "thủ tướng": "Thủ tướng",
    "liên hiệp phụ nữ": "Liên hiệp Phụ nữ", "thanh niên cộng sản": "Thanh niên Cộng sản",
    "cựu chiến binh": "Cựu chiến binh", "nông dân": "Nông dân",
    "ủy ban": "Ủy ban", "hội đồng nhân dân": "Hội đồng nhân dân",  # inside “CHỦ TỊCH ỦY BAN NHÂN DÂN …”
}  # fmt: skip


def organ_case(line: str) -> str:
    """``ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ`` → ``ủy ban nhân dân tỉnh Quảng Trị`` (place names kept)."""
    places = places_in_organ_line(line)
    text = " ".join(w if w.lower() in _ACRONYMS else w.lower() for w in line.split())
    for lower, proper in _PROPER.items():
        text = re.sub(rf"(?<!\w){re.escape(lower)}(?!\w)", proper, text)
    for place in places:
        text = re.sub(re.escape(place.name.lower()) + "$", place.name, text)
    return text


def issuer_from_header(meta: Metadata, report: ImportReport) -> None:
    """Fallback when the preamble does not name the issuer: the organ lines of the header.

    A Party header starts with the parent organisation (``ĐẢNG BỘ TỈNH …``): the issuer is
    the line(s) after it.
    """
    if meta.issuer or not meta.header_organs:
        return
    organs = [o for o in meta.header_organs if o.strip("* ")]
    central = False
    if len(organs) > 1 and fold(organs[0]).startswith(("dang bo", "ban chap hanh trung uong")):
        central = fold(organs[0]) == "ban chap hanh trung uong"
        organs = organs[1:]
    text = " ".join(organ_case(o) for o in organs)
    if central and "trung uong" not in fold(text):  # BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO
        text += " Trung ương"
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
                report.add("guess", number, f"nối dòng “{cell[:40]}” vào mục nơi nhận phía trên (dòng bị ngắt?)", 0.6)
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
    parts = [str(meta.year), ID_CODES.get(meta.type or "", "vb"), organ, place]
    return "-".join(p for p in parts if p)
