"""Bytes of a .txt conversion → NFC Unicode text, with the encoding found and how sure we are.

Order of evidence: a byte-order mark; strict UTF-8; otherwise the legacy Vietnamese
encodings (Windows-1258, and the TCVN3/ABC and VNI font encodings, converted with
viparse), each decoded and scored by how much of the result reads as Vietnamese
syllables. UTF-8 text that still carries TCVN3/VNI "surface" characters (a legacy file
converted byte-for-byte) is detected and repaired too.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
from dataclasses import dataclass

import viparse

from kb_build.importer.report import ImportReport
from kb_build.text import fold, nfc


class NotText(ValueError):
    """The file is empty or binary: nothing to import."""


# A Vietnamese syllable, once diacritics are folded: onset, vowel nucleus, coda.
_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
_SYLLABLE = re.compile(rf"^{_ONSET}(?:[aeiouy]{{1,3}})(?:ng|nh|ch|[cmnpt]|[iyou])?$")
_VIETNAMESE_LETTERS = set("aăâbcdđeêghiklmnoôơpqrstuưvxy")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    confidence: float


def vietnamese_score(text: str) -> float:
    """Share of words that are well-formed Vietnamese syllables (0 … 1)."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    good = 0
    for word in words:
        decomposed = unicodedata.normalize("NFD", word)
        tones = sum(ch in _TONES for ch in decomposed)
        letters = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
        if tones <= 1 and set(letters) <= _VIETNAMESE_LETTERS and _SYLLABLE.match(fold(word)):
            good += 1
    return good / len(words)


def restore_tcvn3_capitals(text: str, report: ImportReport) -> str:
    """Upper-case the lines that were set in an upper-case font (``.VnTimeH``).

    TCVN3 has no upper-case toned letters: “KẾ HOẠCH” is stored as ``K`` + lower-case ``ế`` …
    and converts to “Kế HOạCH”. A line whose ASCII letters are all upper case was such a line.
    """
    restored = []
    count = 0
    for line in text.split("\n"):
        ascii_letters = [ch for ch in line if ch.isascii() and ch.isalpha()]
        if len(ascii_letters) >= 3 and all(ch.isupper() for ch in ascii_letters) and line != line.upper():
            line = line.upper()
            count += 1
        restored.append(line)
    if count:
        report.add("repair", None, f"khôi phục chữ hoa có dấu ở {count} dòng (TCVN3 không mã hóa chữ hoa có dấu)", 0.8)
    return "\n".join(restored)


def _surface(data: bytes) -> str:
    """Legacy font bytes as the characters extraction shows them (cp1252, else Latin-1)."""
    return "".join(
        codecs.decode(bytes([b]), "cp1252", errors="strict") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in data
    )


def _legacy_candidates(data: bytes) -> dict[str, str]:
    surface = _surface(data)
    candidates = {
        "tcvn3": viparse.fix(surface, encoding="tcvn3"),
        "vni": viparse.fix(surface, encoding="vni"),
    }
    with contextlib.suppress(UnicodeDecodeError):  # a few bytes are undefined in cp1258
        candidates["windows-1258"] = data.decode("cp1258")
    return {name: nfc(text) for name, text in candidates.items()}


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    return b"\x00" in sample or controls > len(sample) * 0.05


def decode(data: bytes, report: ImportReport) -> Decoded:
    """Decode ``data``; record the encoding, NFC and line-ending repairs in ``report``."""
    if not data.strip():
        raise NotText("tệp rỗng")
    if data.startswith(codecs.BOM_UTF8):
        decoded = Decoded(data[3:].decode("utf-8", errors="strict"), "utf-8-sig", 1.0)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoded = Decoded(data.decode("utf-16"), "utf-16", 1.0)
    elif _looks_binary(data):
        raise NotText("tệp nhị phân, không phải văn bản (dùng .docx hoặc .txt)")
    else:
        try:
            text = data.decode("utf-8")
            legacy = viparse.detect_text_encoding(text)
            if legacy in ("tcvn3", "vni"):
                fixed = nfc(viparse.fix(text, encoding=legacy))
                gain = vietnamese_score(fixed) - vietnamese_score(nfc(text))
                if gain > 0.2:
                    report.add("encoding", None, f"văn bản UTF-8 chứa ký tự {legacy.upper()}: đã chuyển", 0.8)
                    text = fixed
            decoded = Decoded(text, "utf-8", 1.0)
        except UnicodeDecodeError:
            scores = {name: vietnamese_score(t) for name, t in _legacy_candidates(data).items()}
            ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
            best, score = ranked[0]
            runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
            confidence = max(0.0, min(1.0, score - runner_up + 0.5)) if score > 0.5 else score
            decoded = Decoded(_legacy_candidates(data)[best], best, confidence)
    if decoded.encoding == "tcvn3":
        decoded = Decoded(restore_tcvn3_capitals(decoded.text, report), decoded.encoding, decoded.confidence)
    report.encoding = decoded.encoding
    if decoded.encoding != "utf-8":
        report.add("encoding", None, f"mã hóa {decoded.encoding}: đã chuyển sang Unicode", decoded.confidence)
    text = decoded.text
    if "\r" in text:
        report.add("repair", None, "đổi xuống dòng CRLF/CR thành LF")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    normalized = nfc(text)
    if normalized != text:
        changed = sum(a != b for a, b in zip(text.splitlines(), normalized.splitlines(), strict=False))
        report.add("repair", None, f"chuẩn hóa Unicode NFC ({changed} dòng)")
    return Decoded(normalized, decoded.encoding, decoded.confidence)
