"""Recognise citations of other documents in plan text (DOMAIN.md, “Citations of directives”).

The shape is ``<type> [số] <number>[,] [ngày <date>] [của <issuer>] [về <subject>]``, with
sloppy variants (``141- KH/TU``, ``1648/QĐ/TTg``, ``04/03/2021của``), abbreviations as the type
word (``KL 57``), short re-citations (``Chỉ thị 12``) and documents cited by name only
(``Nghị quyết Đại hội XIII của Đảng``, ``Hiến chương Liên hợp quốc``, ``UNCLOS 1982``).

A capitalised type word needs a number, a recognised name or an issuing body after it to be a
citation: “Kế hoạch của Ban Thường vụ Tỉnh ủy” is one (unnumbered), “kế hoạch năm 2024” is not.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import yaml

TYPE_WORDS = (
    "Nghị quyết",
    "Bộ luật",
    "Chỉ thị",
    "Kết luận",
    "Quyết định",
    "Quy định",
    "Hướng dẫn",
    "Kế hoạch",
    "Thông báo",
    "Nghị định",
    "Thông tư",
    "Công văn",
    "Chương trình",
    "Chiến lược",
    "Quy chế",
    "Thông tri",
    "Đề án",
)
ABBREVIATIONS = {
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "HD": "Hướng dẫn",
    "KH": "Kế hoạch",
    "TB": "Thông báo",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "CTr": "Chương trình",
    "QC": "Quy chế",
}
# The code a well-formed number carries for each type (``57-KL/TW`` for a Kết luận).
TYPE_CODES = {full: abbr for abbr, full in ABBREVIATIONS.items()}

# Vietnamese capitals (“Ủy”, “Đông”): the range À-Ỹ alone would also take the small letters.
_UPPER = "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
# A type word is capitalised (“Kết luận”), in capitals (a heading), in title case (“Nghị Quyết”), or in
# lower case when “số” follows (“kết luận số 57-KL/TW”); lower case alone is the common noun, not a citation.
_VARIANTS = {v: t for t in TYPE_WORDS for v in (t, t.upper(), t.lower(), t.title())}
_VARIANTS["Chương trình hành động"] = "Chương trình"
# Documents two or more bodies issue together keep their type: “Nghị quyết liên tịch số 01/2020/NQLT-CP-ĐCT”, “Quy
# chế phối hợp số 90/QCPH-VKS-TA”; but a Thông tư liên tịch is a type of its own (see kb_build.doctypes).
_JOINT = {
    f"{written} {joint}": type_word if type_word != "Thông tư" else "Thông tư liên tịch"
    for type_word, joint in (
        ("Thông tư", "liên tịch"),
        ("Nghị quyết", "liên tịch"),
        ("Kế hoạch", "liên tịch"),
        ("Kế hoạch", "phối hợp"),
        ("Quy chế", "phối hợp"),
        ("Chương trình", "phối hợp"),
    )
    for written in (type_word, type_word.lower())
}
_VARIANTS |= _JOINT
# A type word with what kind of it the document is, before “số” only: “Đề án tổng thể số 01-ĐA/TW”, “Kế hoạch hành
# động số 15-KH/TU”, “Quyết định phê duyệt số 02/QĐ-TTg”; a notice of conclusions is a notice (“Thông báo kết luận số
# 125-TB/TU”), not the conclusions it reports.
_QUALIFIED = {
    f"{written} {qualifier}": type_word
    for type_word, qualifier in (
        ("Đề án", "tổng thể"),
        ("Kế hoạch", "tổng thể"),
        ("Kế hoạch", "hành động"),
        ("Quyết định", "phê duyệt"),
        ("Thông báo", "kết luận"),
        ("Nghị quyết", "chuyên đề"),  # “Nghị quyết chuyên đề số 03-NQ/TU”
        ("Nghị quyết", "Trung ương"),  # “Nghị quyết Trung ương số 26/NQ-TƯ” (“Nghị quyết Trung ương 4”: see _NAMED)
    )
    for written in (type_word, type_word.lower())
}
_VARIANTS |= _QUALIFIED
# The United Nations' resolutions by the organ that passed them: “Nghị quyết Hội đồng Bảo an 1325”, “Nghị quyết của
# Đại hội đồng Liên hợp quốc số 41/86”.
_VARIANTS |= {
    f"{written}{of} {organ}{un}": "Nghị quyết"
    for written in ("Nghị quyết", "nghị quyết")
    for of in ("", " của")
    for organ in ("Hội đồng Bảo an", "Đại hội đồng", "Đại Hội đồng")
    for un in ("", " Liên hợp quốc", " Liên Hợp Quốc", " LHQ")
}
# A tone mark slipped in a conversion (“Nghị quyêt số 39-NQ/TW”): like every type word here, only before a number.
_VARIANTS |= {"Nghị quyêt": "Nghị quyết", "Nghi quyết": "Nghị quyết", "Quyêt định": "Quyết định", "Chỉ thi": "Chỉ thị"}
# A convention of the ILO or of The Hague is cited by its number: “Công ước số 182”; only with “số”
# (“Công ước 1972” is named by its year).
_VARIANTS["Công ước"] = "Công ước"
# … and so is a protocol of a series: “Nghị định thư số 3 về mở rộng quyền vận chuyển …” (“Nghị định thư 1978” is
# named by its year).
_VARIANTS["Nghị định thư"] = "Nghị định thư"
# … and a convention of The Hague or the ILO by its number after its body: “Công ước La Hay số 33”.
_VARIANTS |= {f"Công ước {body}": "Công ước" for body in ("La Hay", "ILO")}
_TYPE = "|".join(sorted(_VARIANTS, key=len, reverse=True))
_ABBR = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
# A number: digits, then segments after - or / (a year, or a code such as KL, TW, NĐ-CP, QH15).
# “TƯ” (Trung ương) is written for “TW” as well: “15-CT/TƯ”.
_CODE = r"(?:\d{4}|[A-ZĐ](?:[A-Za-zĐđƯ0-9]|&(?=[A-ZĐ]))*)"  # “2231/SNV-CCHC&PC”: an “&” between capitals
# “25 CT/TW”: a space for the dash (not before a UN symbol: “Nghị quyết 1325 S/RES/1325”); “Nghị quyết 30a”,
# “30a/2008/NQ-CP”: a letter after a short number (not “3D”); the dash left out before a code (“hướng dẫn số
# 22HD/TWĐTN”)
# A text written all in lower case writes its codes so too: “chỉ thị số 03-ct/tw”, “số 12/2020/qđ-ubnd” (two parts at
# least, so that a word after a number is not taken for one).
_LOWER_CODE = r"[a-zđ]{1,6}(?:[-/][a-zđ]{1,6})+(?![\wÀ-ỹ])"
_NUMBER = (
    rf"(?:\d{{1,3}}[a-dABC](?![\wÀ-ỹ])|\d{{1,5}}(?:(?![KMGT]?W/|KM/|HA/)[A-ZĐ]{{2,6}}(?=/[A-ZĐ]{{2}}))?)"
    rf"(?:\s?[-–—/]\s?{_CODE}|\s(?![AS][/-]RES[/-]){_CODE}(?=/))*(?:[-/]{_LOWER_CODE})?"
    r"(?:(?<=[/\s-]QH)\s\d{2}(?![\w/]))?"  # the legislature written apart: “75/2006/QH 11”, “34/2005 – QH 11”
)
# A period of years is not a number: “Chương trình … Đối tác Chiến lược 2021 - 2024”.
_YEARS = r"(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d"
# The United Nations number its resolutions and decisions by session: “Nghị quyết 41/86”, “Quyết định số
# 25/5” (a date would go on: “25/5/2009”).
_SESSION_NUMBER = r"\d{1,4}/\d{1,3}(?![\d/])"
# … or by their document symbol (“A/RES/45/158”, written “A-RES-54-263” too), or, before 1976, by number and session
# (“1378(XIV)”, “96 (I)”, “260A (III)”).
_UN_SYMBOL = r"(?:A|S)[/-]RES[/-]\d{1,4}(?:[/-]\d{1,4})?(?![\w/-])|\d{1,4}[A-Z]?\s?\([IVXL]{1,6}\)"
# (A year of five digits is a slip: “ngày 27/9/20119” gives no date, not 27/9/2011.)
_DATE = (
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})(?!\d)"
    r"|(?P<d2>\d{1,2})\s+(?:tháng|THÁNG)\s+(?P<m2>\d{1,2})\s+(?:năm|NĂM)\s+(?P<y2>\d{4})(?!\d)"
    # … and, after “ngày”, with the year's last two digits: “Nghị định 93/CP ngày 27/11/93” (see _date); not an hour
    # (“ngày 1/5/20 giờ”)
    r"|(?:(?<=[Nn]gày )|(?<=NGÀY ))(?P<d3>\d{1,2})(?P<sep>[/.-])(?P<m3>\d{1,2})(?P=sep)(?P<y3>\d{2})"
    r"(?![\d/-]|\.\d|\s*(?:giờ|h\b|:))"
)
# … but it is still the citation's, and its issuer and subject follow it (``kb-build check`` warns of it).
SLIPPED_DATE = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{5}(?!\d)"
# A law or ordinance cited with its number: “Luật An ninh mạng số 24/2018/QH14”, “Luật số 34/2018/QH14”,
# “Pháp lệnh Bảo vệ bí mật nhà nước số 30/2000/PL-UBTVQH10”.
# (A comma before a lower-case word is inside the title: “Luật Tín ngưỡng, tôn giáo số 02/2016/QH14”; so is the
# law an amending law amends: “Luật sửa đổi, bổ sung Luật Thể dục thể thao số 26/2018/QH14” is the amending law's
# number; but not a law amended by another document: in “Luật Du lịch được sửa đổi, bổ sung bởi Thông tư số
# 13/2019/TT-BVHTTDL” the number is the circular's; nor another document's after “và”, or a body's after “của” (but
# “Luật Địa chất và Khoáng sản số 54/2024/QH15”, “Luật Xuất cảnh, nhập cảnh của công dân Việt Nam số 49/2019/QH14”); nor
# the law a text is about, which replaces the one numbered: in “Luật này thay thế Pháp lệnh Thư viện số
# 31/2000/PL-UBTVQH10” the number is the ordinance's.)
# A law that amends several laws is named with all of them: “Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công
# chức và Luật Viên chức”.
_LEGAL_TYPES = ("Luật", "Pháp lệnh", "Hiến pháp", "Hiến chương", "Công ước", "Quy hoạch")
_ANOTHER_TYPE = "|".join(sorted({*TYPE_WORDS, *_LEGAL_TYPES}, key=len, reverse=True))
# … and in capitals: after a comma in a title in capitals they start the next document of a list.
_TYPE_IN_CAPITALS = rf"(?:{_ANOTHER_TYPE.upper()})(?![\wÀ-ỹ])"
# “… và đến năm 2006 …”, “… và năm sau …”: the sentence going on in time, which ends a name; not after a year, where
# it is the name's period (“Kế hoạch … năm 2021 và đến năm 2025”), nor “… đến năm 2020 và tầm nhìn đến năm 2030”.
_AND_THEN_WHEN = r"(?<!\d{4} )và\s+(?:(?:đến|tới|từ|sau|vào|cho đến) năm|năm (?:sau|tiếp theo|đó|ấy))\b"
# “và” before a capital inside a title whose year ends it: “Pháp lệnh Khai thác và Bảo vệ công trình thủy lợi năm
# 2001”, “Pháp lệnh Cựu chiến binh và Hội Cựu chiến binh Việt Nam năm 2005” (not before another document: “Luật Đầu tư
# và Luật Doanh nghiệp năm 2020”).
_AND_THEN_YEAR = rf"và(?=\s+(?!(?:{_ANOTHER_TYPE})\b)[A-ZĐ][^,;.“”()]{{0,60}}?\s(?:[Nn]ăm\s+)?\d{{4}}\b)"
_AMENDS_SEVERAL = re.compile(r"Luật [Ss]ửa đổi(?:,? bổ sung)? một số điều (?:của )?Luật ")
_LAW_NAMED = (
    # (a code amended by a law is not the one numbered: “Luật sửa đổi … một số điều của Bộ luật Hình sự số …”)
    r"(?:(?<!điều của )(?<!Điều của )(?:Bộ luật|Bộ Luật|(?P<code_in_capitals>BỘ LUẬT))|Luật|Pháp lệnh"
    r"|(?P<law_in_capitals>LUẬT|PHÁP LỆNH))"
    r"(?:\s+(?!năm\b|ngày\b|số\b|SỐ\b|được\b|bởi\b|này\b|thay thế\b"
    # (“của Quốc hội và Hội đồng nhân dân” is a law's: “Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số …”)
    rf"|của\s+(?:(?!Quốc hội và\b)[A-ZĐ]|các\b)|và\s+(?:các|{_ANOTHER_TYPE})\b)[\wÀ-ỹ]+"
    # (a comma inside a title in capitals too: “LUẬT PHÒNG, CHỐNG RỬA TIỀN SỐ 14/2022/QH15”; not before another
    # document: “LUẬT ĐẤT ĐAI, NGHỊ ĐỊNH SỐ …”, “LUẬT AN NINH MẠNG, CÔNG AN TỈNH BAN HÀNH KẾ HOẠCH SỐ …”)
    r"(?:,(?=\s+[a-zđà-ỹ])|(?(law_in_capitals)|(?(code_in_capitals)|(?!)))"
    rf"(?<=[A-Z{_UPPER}]{{2}}),(?=(?:\s+(?!{_TYPE_IN_CAPITALS})[A-Z{_UPPER}]{{2,}}(?![\wÀ-ỹ]))+\s+(?:SỐ|số|Số)\b))?){{0,16}}?"
    r"(?:\s+năm\s+\d{4})?"  # its year: “Luật Ký kết, gia nhập và thực hiện điều ước quốc tế năm 2005 số …”
    r"(?:\s+\([A-ZĐƯ][A-ZĐƯƠ-]{1,9}\))?"  # its short name in brackets: “Luật Điều ước quốc tế (ĐƯQT) số …”
    # … after a comma (“Pháp lệnh, số 01/2018/UBTVQH14”), or without “số”: “Luật … 72/2025/QH15”
    r"(?=\s+(?:số|Số|SỐ)\s*:?\s*\d{1,5}\s*[/-]|,\ssố\s\d{1,5}/\d{4}/|\s+\d{1,3}/\d{4}/QH)"
    # … a law that amends several, named after them, with a law's number: “Luật sửa đổi, bổ sung một số điều của Luật
    # Xuất cảnh, nhập cảnh … và Luật Nhập cảnh, … số 23/2023/QH15” (after one law the number may be the amended one's:
    # “… của Luật Các tổ chức tín dụng số 32/2024/QH15”)
    rf"|{_AMENDS_SEVERAL.pattern}[^;.:“”\"()]{{1,300}}?\s+và\s+Luật\s+[^;.:“”\"()]{{1,200}}?(?=\s+số\s*\d{{1,3}}/\d{{4}}/QH)"
)
# … or by its number alone, which says it is a law of the National Assembly or an ordinance of its Standing Committee:
# “(Luật 91/2025/QH15)”, “Pháp lệnh 34/2007/PL-UBTVQH11”, “Pháp lệnh 02/2020/UBTVQH14”.
_LAW_BY_NUMBER = r"Luật(?=\s+\d{1,3}/\d{4}/QH)|Pháp lệnh(?=\s+\d{1,3}/\d{4}/(?:PL-)?UBTVQH)"
# A strategy or a plan is named by the year it runs to: “Chiến lược 2020”, “Kế hoạch 2025” (with “số”, its date or
# its issuer it is a number: “Kế hoạch số 2025/KH-UBND”, “Kế hoạch 2068 ngày 10/3/2025”, “Kế hoạch 2025 của UBND
# tỉnh”; a project's or a programme's is a number: “Đề án 1956”).
_YEAR_OF_A_PLAN = r"(?:(?<=lược )|(?<=hoạch )(?!(?:19|20)\d\d\s+(?:ngày\s*\d|của\b)))(?:19|20)\d\d(?![\w/-]|[.,]\d)"
_NUMBERED = re.compile(
    # A full type word may be glued to its number in conversions (“kế hoạchsố 210/KH-UBND”, “Chỉ
    # thị12/CT-TW”); an abbreviation needs its space (“CT2024” is not a citation).
    rf"(?<![\w/-])(?P<type>{_TYPE}|{_ABBR}|{_LAW_NAMED}|{_LAW_BY_NUMBER})"
    # its abbreviation in brackets (“Nghị quyết (NQ) số 22-NQ/TW”)
    # or a comma before “số” and a law's or a decree's number (“Pháp lệnh, số 01/2018/UBTVQH14”)
    rf"(?:\s*\((?:{_ABBR})\))?(?:\s+|,\s(?=số\s\d{{1,5}}/\d{{4}}/)|(?<=[a-zà-ỹ])(?=(?:số|Số)?\s*\d))"
    # “số”, or a slip for it before a coded number (“Chỉ thị cố 12-CT/TW”, “Nghị định s 52/2013/NĐ-CP”, “Nghị quyết sổ
    # 55-NQ/TW”)
    rf"(?P<so>(?:số|Số|SỐ|(?:sô|sổ|s|cố)(?=\s*\d{{1,5}}[-/]))\s*:?\s*(?:số\s+)?)?"
    # (not the first digits of a figure: “Đề án 1.000 tỷ đồng”, nor the year a plan is named by: “Chiến lược 2020”)
    rf"(?!{_YEARS}(?![\w/-]))(?!{_YEAR_OF_A_PLAN})(?P<number>{_UN_SYMBOL}|{_SESSION_NUMBER}|{_NUMBER})(?![\w/]|[.,]\d)"
    # “ngày ngày”: a slip; “… số 129/2007/QĐ-TTg ban hành ngày 02 tháng 08 năm 2007”
    rf"(?:\s*,?\s*(?:(?:ban hành\s+)?(?:ngày\s+)?ngày\s*|Ngày\s*|NGÀY\s*)?(?:(?P<date>{_DATE})|{SLIPPED_DATE}))?"
)
# The issuer ends before “về” (the subject), punctuation, “và”, or a word that starts the rest of the
# sentence: a verb (“… của Bộ Chính trị được quán triệt tới …”, “… là căn cứ …”), where it is taken
# (“… tới các chi bộ”), what it is for or goes with (“… của Bộ Chính trị để xác định …”, “… cùng các hướng dẫn …”,
# “… gắn với xây dựng con người …”), a bracket it does not open, a footnote mark (“[1]”).
# What a document says, after its issuer or its subject: the sentence goes on.
_SAYS = r"(?:nhấn mạnh|nêu rõ|chỉ rõ|khẳng định|(?<!được )đề cập (?:đến|tới))"  # (“các vấn đề được đề cập trong …”)
# … and what it sets out, quoted or after a colon: “… về công tác tôn giáo, xác định “Tôn giáo là …””; it ends a subject
# and a name (see _SUBJECT_END and _NAME_STOP).
_SETS_OUT = r"xác định(?=\s*[:“\"])"
# “với” starts the rest of the sentence, but not “đối với” (“… công tác đối với người Việt Nam ở nước ngoài”), nor
# after the words that take it (“… ứng phó với biến đổi khí hậu”, “… thân thiện với môi trường”).
_TAKES_WITH = r"(?<![Ứứ]ng phó )(?<![Tt]hân thiện )"
_WITH = rf"(?<!đối ){_TAKES_WITH}với"
_BY = r"(?<![Tt]ự )(?<!TỰ )do"  # “do” (by, because), not the syllable of “Tự do” (“Luật Tự do báo chí”)
# What “về việc” is followed by, when a source writes “việc” alone: “… của Chính phủ việc ban hành …” (not “… Quỹ cho
# vay giải quyết việc làm”, “Tổ giúp việc triển khai …”, “Ban Chỉ đạo tổ chức lấy ý kiến …”, “… hỗ trợ nhà ở cho các
# hộ nghèo”).
_WHAT_IS_DONE = r"(?:ban hành|phê duyệt|triển khai|thực hiện|tổ chức|sửa đổi|quy định|hướng dẫn|thành lập|giao)"
_ISSUER_STOP = (
    r"\s+(?:về|Về|VỀ|và|phê duyệt|phê chuẩn|ban hành|quy định|hướng dẫn|thực hiện|triển khai|tại|trong|đến|nhằm"
    # … “thi hành Chương VII …” after the Party's or the State's organs (elsewhere it is a body's name: “Ban Chỉ đạo (tổ
    # chức) thi hành Hiến pháp”, “Tổ công tác … thi hành …”, “Hội đồng thi hành kỷ luật”), “trên địa bàn tỉnh” (not a
    # body's, before what it is about: “Ban Chỉ đạo … trên địa bàn tỉnh … về …”), “đi vào cuộc sống”
    r"|(?:(?<=Trung ương )|(?<=Bộ Chính trị )|(?<=Ban Bí thư )|(?<=Chính phủ )|(?<=Quốc hội ))(?:thi hành"
    # … and so does a period: the document's (“… của Thủ tướng Chính phủ giai đoạn 2011-2020”; a body may be named
    # with one: “Ban Chỉ đạo … giai đoạn 2021 - 2025”; before what it is about the source has misplaced it: “… của
    # Chính phủ giai đoạn 2021 - 2025 về …”)
    r"|giai đoạn(?=\s+\d{4}(?:\s*[-–]\s*\d{4})?+(?!\s+về\b)))"
    r"|trên địa bàn(?![^,;.:()“”\"]{0,80}?\s(?:về|v/v)\b)|đi vào"
    r"|như sau|tới|được|là|đều|cần|chưa|sẽ|đã|đặt|yêu cầu|theo|tổng kết|sửa đổi|BAN HÀNH|PHÊ DUYỆT|có hiệu lực"
    rf"|(?<!Tổng )(?<!Ban )(?<!ban )tham mưu(?= cho\b| [A-Z{_UPPER}])"  # (not “Bộ Tổng tham mưu”, “Ban tham mưu …”)
    # … or a verb after a top organ that is the whole issuer (“Nghị quyết số 57 của Bộ chính trị giải quyết …”, “… của
    # Chính phủ tổ chức triển khai …”; not the term, “nước …”, “hai nước”, “lâm thời”, “trung ương”, a place, nor a
    # period: see “giai đoạn” above; nor a longer name: “Đoàn đại biểu Quốc hội tỉnh …”, “… Chính phủ điện tử tỉnh”)
    r"|(?:(?<=của Bộ Chính trị )|(?<=của Bộ chính trị )|(?<=của Ban Bí thư )|(?<=của Chính phủ )|(?<=của Quốc hội )"
    r"|(?<=Thủ tướng Chính phủ )|(?<=Văn phòng Chính phủ )|(?<=Thường vụ Quốc hội ))"
    r"(?=[a-zđà-ỹ])(?!(?:khóa|khoá|nhiệm kỳ|nước|hai|ba|các|lâm thời|cách mạng|giai đoạn|trung ương|tỉnh|thành phố"
    r"|điện tử|liên bang)\b)"
    rf"|xác định|{_SAYS}|đề ra|để|cùng|cũng như|gắn(?: liền)? với|{_WITH}"
    # … or what the sentence says it did, or was: “… của Hội đồng nhân dân tỉnh … thông qua Quy hoạch …”, “… của Ban
    # Tuyên giáo Trung ương tuyên truyền kỷ niệm …” (not a body's name: “Ban chỉ đạo thông tin tuyên truyền …”, “Ban
    # Chỉ đạo công tác tuyên truyền bầu cử …”, “Tiểu ban tuyên truyền …”, “Hội đồng xét tặng …”, “Trung tâm Năng lượng
    # thay thế”), “… của Chủ tịch UBND tỉnh tặng Bằng khen …”, “… gửi các …”, “… của Thủ tướng thay thế Quyết định …”,
    # “… (bao) gồm 3 nội dung …”
    r"|thông qua|(?<!thông tin )(?<!Ban )(?<!ban )(?<!đạo )(?<!tác )"
    r"tuyên truyền(?=,| (?:kỷ niệm|các|những|về|sâu rộng|phổ biến)\b)"
    r"|(?<!xét )tặng|gửi(?= (?:các|những|tới|đến|cho)\b)"
    r"|thay thế(?= (?:Quyết định|Nghị định|Thông tư|Chỉ thị|Nghị quyết|Luật|các|những)\b)|(?:bao )?gồm|diễn ra|mở ra"
    r"|(?<!ở )(?<!trợ )cho(?= (?:hơn|gần|trên|các|những|\d))"
    # … “vẫn”, “cũng”, “lấy (ý kiến)”, who signed it (“… do Thủ tướng … ký”), “về việc” shortened or cut (“v/v”,
    # “việc”)
    rf"|vẫn|cũng|(?<!chức )lấy|{_BY}(?= [A-ZĐ])|v/v|(?<!giúp )việc(?= {_WHAT_IS_DONE}\b)"
    r")\b"
    r"|\s+về(?=[a-zđà-ỹ])"  # glued to the subject: “… của Chính phủ vềquy hoạch xây dựng”
    r"|\s*,?\s+ngày\s+\d|\s+năm\s+\d{4}\b|\s*\)|\s*\[\d+\]"
    # … or a subject written without “về”, its verb capitalised: “… của Chính phủ Quy định chi tiết thi hành …”
    r"|\s+(?:Quy định|Ban hành|Phê duyệt|Sửa đổi)\s+(?=[a-zđà-ỹ]|Quy (?:định|chế)\b)"
)
_CAP = rf"[A-Z{_UPPER}]"
_LOWER = "".join(c for c in map(chr, range(0xE0, 0x1EFA)) if c.islower() and c.isalpha())
_SMALL = rf"[a-z{_LOWER}]"
# The Party's organs that issue together, one issuer: “… của Bộ Chính trị, Ban Bí thư”.
_JOINT_ORGANS = r"(?:Ban Chấp hành Trung ương(?: Đảng)?, )?Bộ Chính trị, Ban Bí thư(?![\wÀ-ỹ])"
# Bodies whose names hold “và” or a comma, which elsewhere end an issuer: “Bộ Thông tin và Truyền thông”,
# “Bộ Văn hóa, Thể thao và Du lịch”, “Ban Tuyên giáo và Dân vận Trung ương” (the ministries and Party
# boards of 2007–2025 and after the 2025 merger); and the Party's organs that issue together: “Kết luận số 137-KL/TW
# … của Bộ Chính trị, Ban Bí thư về …”, “… của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư”.
# (A province's departments are named as the ministries are: “Sở Thông tin và Truyền thông”.)
# (in any case, as sources write them: “Bộ văn hóa, Thể thao và Du lịch”; the last words shortened: “Bộ Nông nghiệp và
# PTNT”, “Bộ Giáo dục và ĐT”)
_BODY_WITH_AND = (
    r"(?:Bộ|Sở) (?i:Thông tin và (?:Truyền thông|TT)|Văn h(?:óa|oá)(?:,|\s*[-–])?\s+Thể thao và (?:Du lịch|DL)"
    r"|Văn h(?:óa|oá) và (?:Thể thao|Thông tin)"
    r"|Khoa học và (?:Công nghệ|CN)|Tài nguyên và (?:Môi trường|MT)|Nông nghiệp và (?:Phát triển nông thôn|PTNT)"
    r"|Nông nghiệp và (?:Môi trường|MT)|Kế hoạch và (?:Đầu tư|ĐT)|Giáo dục và (?:Đào tạo|ĐT)"
    r"|Lao động\s*[-–,]\s*Thương binh và (?:Xã hội|XH)|Dân tộc và Tôn giáo)(?![\wÀ-ỹ])"
    r"|Ban Tuyên giáo và Dân vận(?: Trung ương| Tỉnh ủy| Thành ủy)?"
    rf"|{_JOINT_ORGANS}"
)
# Ministries whose names hold a word in lower case, which a run of capitalised words would cut: “Bộ Tư pháp”.
_MINISTRY = (
    r"(?:Bộ (?:Tư pháp|Ngoại giao|Công an|Quốc phòng|Nội vụ|Tài chính|Xây dựng|Y tế|Giao thông vận tải)"
    r"|Sở (?:Tư pháp|Ngoại vụ|Nội vụ|Tài chính|Xây dựng|Y tế|Giao thông vận tải))(?![\wÀ-ỹ])"
)
# … and its place: “… Tỉnh ủy Ninh Bình”, “Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai”, “… Thành phố Hồ Chí Minh”,
# “… TP. Hà Nội”, “… TP.HCM”, “… tỉnh Bà Rịa - Vũng Tàu”, “… tỉnh” alone.
_PLACE_WORD = rf"{_CAP}[\wÀ-ỹ]*(?:\s*[-–]\s*{_CAP}[\wÀ-ỹ]*)?"
_NAMED_BODY = (
    rf"(?:{_BODY_WITH_AND}|{_MINISTRY})"
    rf"(?:(?:\s+(?:tỉnh|thành phố|Thành phố)\s+|\s+(?:TP|Tp)\.\s?|\s+){_PLACE_WORD})*(?:\s+(?:tỉnh|thành phố))?"
)
_ISSUER = re.compile(
    # “của của”: a slip; “của về …”: the source left the issuer out
    rf"\s*(?:của|CỦA)\s+(?:của\s+)?(?!về\b)(?P<issuer>(?:(?:Bộ trưởng|Thứ trưởng|Giám đốc|Phó Giám đốc) )?{_NAMED_BODY}"
    # “UBND TP. Hà Nội”, “T.Ư”; an acronym in brackets (not what the body is called now: “… (nay là Cục …)”)
    # … or its term (“(khóa XI)”, misspelt “(khó XI)”), not a remark: “… (cùng ban hành vào năm 2016)”
    # … a minister who heads an agency: “Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ”
    rf"|(?:Bộ trưởng,\s(?:Chủ nhiệm|Tổng Thanh tra|Thống đốc)\s)?"
    rf"(?:TP\.\s?|T\.Ư|[^,;:.…“”\"()]){{1,150}}?(?:\s*\((?=[A-Z{_UPPER}0-9]|kh|nhiệm kỳ)[^)]{{1,40}}\))?)"
    rf"(?={_ISSUER_STOP}|\s*[,;:.…“”\"(]|\s*$)"  # “…”: the source left the rest out; “…: Phê duyệt …”, a heading's
)
# Subjects and issuers are bounded (600 and 150 characters: a trích yếu is rarely a third of that),
# so recognising a paragraph dense with citations stays linear in its length.
# An unquoted subject ends where its list item ends: “;”, a full stop, a clause opener (“, đặc
# biệt là …”), the next list member (“, Chỉ thị số …”, “ và Kết luận …”, “ và các văn bản …”) or
# a remark about the document (“… sau khi được Bộ Chính trị thông qua”). A citation inside the
# subject (“về tiếp tục thực hiện Nghị quyết số 10-NQ/TU …”) is part of it.
_LOWER_TYPES = "|".join(sorted({t.lower() for t in TYPE_WORDS}, key=len, reverse=True))
_CAPITAL_TYPES = "|".join(sorted({t for t in TYPE_WORDS} | {t.upper() for t in TYPE_WORDS}, key=len, reverse=True))
_DOCUMENT_NOUN = (
    r"văn bản|chỉ thị|nghị quyết|kết luận|kế hoạch|hướng dẫn|chủ trương|quy định|chương trình|đề án|quyết định"
)
# “… và các văn bản của tỉnh” starts a new member; “… giữa Việt Nam và các quốc gia …” does not.
_LIST_MEMBER = rf"(?:các|những)\s+(?:{_DOCUMENT_NOUN})|{_DOCUMENT_NOUN}"
# “We” as a sentence's subject: “nước ta”, “Đảng ta”, “chúng tôi”.
_WE = r"(?:(?:nước|tỉnh|Đảng|thành phố|huyện|chúng) )?ta|chúng tôi"
# What a document achieved, said after its name or subject: the sentence goes on.
_ACHIEVES = (
    r"(?:đi vào cuộc sống|đạt (?:được\s+)?(?:nhiều\s+|những\s+)?(?:kết quả|thành tựu|thành công)|mang lại"
    r"|tạo (?:ra\s+)?(?:bước|động lực|nền tảng|hành lang|cơ sở)|(?:đưa|đề) ra(?= (?:mục tiêu|nhiều|những|các)\b))"
)
# What was done to a document on a date starts the rest of the sentence: “Pháp lệnh Thú y công bố ngày 15/02/1993”,
# “… ban hành năm 1993”.
_DONE_ON = r"(?:ban hành|công bố|thông qua|ký(?: kết)?|có hiệu lực)(?=\s+(?:(?:từ |vào )?ngày|năm)\s*\d)"
_DOES = r"(?:xây dựng|ban hành|triển khai|tổ chức|thực hiện|yêu cầu|giao|đề nghị|chỉ đạo)"  # what a body does
_ALSO = r"(?:thường|hay|còn|hay còn)"  # before “gọi (tắt) là”: another name for what was just named
# (“TP.” abbreviates a city: “… thông tin đối ngoại TP. Hà Nội năm 2025”.)
_SUBJECT_END = (
    # (not a programme's phase after it: “… giai đoạn 2021 - 2030; giai đoạn I: từ 2021 đến 2025”, see _PERIOD)
    rf"\s*;(?!\s*giai đoạn [IVX]+:)|(?<!\bTP)(?<!\bTp)\.(?:\s|$)|$|\s*,\s*$"
    # … a comma before a capital, but not inside a title in capitals (“… VỀ NÔNG NGHIỆP, NÔNG DÂN, NÔNG THÔN”, “…
    # (KHCN, ĐMST)”), unless another document follows (“… VỀ HỘI NHẬP QUỐC TẾ, KẾT LUẬN SỐ …”) or the sentence goes on
    # in small letters (“… KT-XH, UBND tỉnh …”)
    rf"|(?<![A-Z{_UPPER}]{{2}}),\s*(?=[A-ZĐ])|,\s*(?=[A-ZĐ](?![A-Z{_UPPER}]+(?![\wÀ-ỹ]))|{_TYPE_IN_CAPITALS})"
    rf"|,\s*(?=[A-Z{_UPPER}]{{2,}}\s+{_SMALL})"
    # … the plan's own sentence after a comma (“…năm 2015, Ủy ban nhân dân tỉnh xây dựng …”; not a list: “… giữa Sở
    # Ngoại vụ, Ủy ban Mặt trận Tổ quốc …”)
    rf"|,\s*(?=(?:Ủy|Uỷ) ban nhân dân(?:\s+\S+){{0,5}}?\s+(?:(?:đã|đang|sẽ|vừa)\s+)?{_DOES}\b)"
    # … or a place's (“…, tỉnh Nghệ An đã ban hành …”)
    rf"|,\s+(?=(?:tỉnh|thành phố|huyện|quận|xã|phường)(?:\s+{_CAP}[\wÀ-ỹ]*){{1,3}}\s+(?:đã|đang|sẽ|vừa)\s)"
    rf"|,?\s+(?:đặc biệt|nhất là|trong đó|gắn với|sau khi)\b"
    # … what the sentence goes on to say (“…, đồng thời …”, “…, theo đó …”, “…, ngày 03/8/2022”, but not a date of the
    # document it holds, after its number: “… Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của …”, nor a list of days:
    # “… Giỗ Tổ Hùng Vương, ngày 30/4 và ngày 1/5”; “…, nước ta đã đạt được …”, “…, được sự
    # ủy quyền của …”, “…, với tinh thần …”, “…, góp phần …”, “…, nhằm …”), who issued it (“… do Bộ Chính trị ban
    # hành”; not “… Thương mại tự do Việt Nam …”), what follows from it (“… về ban hành quy chế văn hóa công sở … thì
    # quy định về trang phục …”), and a short name or number in brackets (“… (Nghị quyết 68)”, “… (Nghị quyết số
    # 136/NQ-CP, ngày 25/9/2020)”)
    rf"|,\s*(?:đồng thời|theo đó|thể hiện|chủ trì|{_WE}|với tinh thần|góp phần|nhằm|để|được sự)\b"
    rf"|(?:(?<=[a-zđà-ỹ])(?<!TTg)|(?<![a-zđà-ỹ])(?!,\s*ngày[^,;]{{0,35}}\s(?:của|về)\b)),\s*ngày\s*\d"
    rf"(?![^,;]{{0,12}}\s+và\s+(?:ngày\s*)?\d)"
    rf"|\s+{_BY}\s+(?=[A-ZĐ])|,?\s+thì\b|\s*…"  # … or where the source left the rest out
    # … or by whom it was passed (“… tỉnh Bình Định đã được HĐND tỉnh Bình Định thông qua”), but not what a body set
    # out in it (“… các mục tiêu, nhiệm vụ đã được Đại hội đề ra”)
    rf"|\s+(?:đã\s+|vừa\s+)?được\s+(?={_CAP}[^,;.]{{0,60}}?\s(?:thông qua|ban hành|phê duyệt|ký|đưa ra)\b)"
    # … or that it was passed or signed, or takes effect (“Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân có hiệu
    # lực từ …”, “… được ban hành ngày 22/12/2024”; but not “Quy chế … được ban hành kèm theo …”, “… mới được ban hành”,
    # unless “mới” is the title's: “… trong tình hình mới được ban hành”)
    rf"|(?:(?<!\smới)|(?<=hình mới)|(?<=đoạn mới)|(?<=kỳ mới)|(?<=nguyên mới))"
    rf"\s+(?:(?:đã|vừa|chính thức)\s+)?được\s+(?:ban hành|ký|thông qua|phê duyệt|công bố)\b(?!\s+kèm theo)"
    rf"|\s+(?:(?:đã|vừa|sẽ|chính thức)\s+)?có hiệu lực\b(?!\s+chung)|\s+{_DONE_ON}"
    # … or what it has done or is having done to it, when it is the sentence's subject (“Nghị quyết 36 về … đã đi vào
    # cuộc sống”, “Đề án 06 … về … đạt nhiều kết quả”, “Nghị quyết Trung ương 4 … được triển khai sâu rộng”)
    rf"|,?\s+(?:(?:đã|đang|sẽ|tiếp tục|cũng)\s+)?(?:được\s+(?:triển khai|quán triệt|thực hiện|cụ thể hóa|áp dụng|gửi)"
    rf"|{_ACHIEVES}|mở ra|đánh dấu|diễn ra|{_SAYS}|đặt (?:ra\s+)?mục tiêu|chủ trì"
    rf"|(?<=đã )xác định(?!\s+(?:tại|trong|ở|theo)\b)"  # not the subject's “các nhiệm vụ đã xác định tại …”
    rf"|vừa (?:ký|ban hành))\b"
    # … or the purpose the sentence gives it (“… đến năm 2020 với mục tiêu chung: …”), a photo's credit (“… - Nguồn:
    # qdnd.vn”), the rest of an article's title after a colon (“…: 5 năm một chặng đường”)
    rf"|(?<!gắn)\s+với mục tiêu\b|\s+[-–]\s+(?=(?:Ảnh|Nguồn|Video)\s*:)"
    rf"|(?<!đoạn I)(?<!đoạn II)(?<!đoạn III)(?:\s+quy định)?\s*:(?:\s|$)"
    # … or a new clause after a comma (“…, tỉnh đã bố trí vốn”, “…, các bộ, ngành đã chủ động”; but “…, nhiệm vụ đã
    # được Đại hội đề ra” is the subject's)
    rf"|,\s+(?:[a-zđà-ỹ][\wÀ-ỹ]*\s+|(?<!\w)(?:bộ|sở|ban|cấp|cơ quan|đơn vị),\s+){{1,6}}?"
    rf"(?:đã|đang|sẽ|{_SAYS})\s+(?!được\b)"
    # … or what it directs, quoted or after a colon (“…, chỉ đạo “Đối với điện gió …””, “…, yêu cầu: …”; not the
    # subject's “… tăng cường lãnh đạo, chỉ đạo công tác …”, “… lãnh đạo, chỉ đạo “Năm Dân vận khéo””, “… sự lãnh đạo
    # của Đảng, chỉ đạo “quyết liệt, đồng bộ” …”)
    rf"|(?<!lãnh đạo),\s+(?:chỉ đạo|yêu cầu)(?=\s*(?::|[“\"]{_CAP}))"
    # … or what it sets out, quoted (“… về công tác tôn giáo, xác định “Tôn giáo là …””; not what is to be set out:
    # “… hướng dẫn xác định “vị trí việc làm””, “… rà soát và xác định “…””), or with what aims, tasks or views, after
    # a comma (“… thành lập Ban Nông vận Trung ương, với nhiệm vụ …”; not its partners: “… với các tỉnh Nam Lào, với
    # tỉnh Quảng Tây”, nor “…, với tên gọi là …”)
    rf"|(?:,|(?<!hướng dẫn)(?<!\svà)(?<!việc)(?<!\sđể)(?<!\scách))\s+{_SETS_OUT}"
    rf"|,\s+với\s+(?=(?:(?:các|những|\d+)\s+)?(?:nhiệm vụ|mục tiêu|quan điểm|nội dung|chủ đề|sự tham gia|định hướng"
    rf"|giải pháp|phương châm|khẩu hiệu|thông điệp|vai trò|thành viên|nguyên)\b)"
    # … and a comma after a quoted title it holds (“… phê duyệt Đề án “Trồng một tỷ cây xanh …”, 5 năm qua …”)
    rf"|(?<=”),\s+(?=[a-zđà-ỹ0-9])"
    # … and what else was done, after a quoted title it holds (“… Cuộc thi “…” và thành lập Ban Tổ chức”; not what
    # else it is about: “… “…” và phong trào “…””)
    rf"|(?<=”)\s+và\s+(?=(?:thành lập|giao|đã|đồng thời)\b)"
    # … and what the sentence says it is (“Đề án 21 về … giai đoạn 2021 – 2025 là đào tạo 5.000 thạc sĩ …”, “… về
    # hội nhập quốc tế vẫn là định hướng …”), but not what a bracket calls it (“(sau đây gọi tắt là …)”, “(nay là …)”)
    rf"|(?<!\bnay)(?<!gọi)(?<!tắt)\s+(?:(?:vẫn|đều|cũng|sẽ)\s+)?là\b"
    # … and what the sentence says of its content (“… với những nội dung chính như sau:”) or of the work on it (“… với
    # sự tập trung lãnh đạo của các cấp ủy …”)
    rf"|\s+với (?:những|các) nội dung\b|\s+(?:cụ thể\s+)?như sau\b"
    rf"|\s+với sự (?:tập trung|lãnh đạo|chỉ đạo|quan tâm|vào cuộc|nỗ lực|chung sức)\b"
    rf"|\s*\((?:{_CAPITAL_TYPES})\s+(?:số\s+)?\d[^()]{{0,80}}\)"
    # … or the short name a bracket gives it (“… (sau đây gọi tắt là Công ước La Hay)”, “… (Chương trình hành
    # động).”), or the sentence (“…, thường gọi tắt là khoán 100”)
    rf"|\s*\((?:(?:sau đây|dưới đây)\s+)?(?:{_ALSO}\s+)?(?:gọi|viết)(?:\s+tắt)?\s+là\b"
    rf"|\s*\((?:{_CAPITAL_TYPES})(?:\s+[^()]{{1,40}})?\)(?=\s*[,.;:]|\s*$)"
    rf"|(?:,\s*(?:{_ALSO}\s+)?|\s+{_ALSO}\s+)gọi(?:\s+tắt)?\s+là\b"
    rf"|(?:,\s*|\s+và\s+)(?=(?:{_CAPITAL_TYPES}|Hiến chương|Hiến pháp|Luật|UNCLOS|Công ước)\s)"
    rf"|\s+và\s+(?=(?:{_LIST_MEMBER})\s)"
    # … in a text written all in lower case, by its number: “…, chỉ thị số 05-ct/tw …”
    rf"|(?:,\s*|\s+và\s+)(?=(?:{_LOWER_TYPES})\s+số\s*\d)"
)
# A subject runs up to a “;”, but not one inside the quoted title it holds (“phê duyệt Đề án “Tổ chức tập
# huấn chuyên sâu; tuyên truyền, phổ biến Luật …””): a quotation is read whole.
# (A programme's phase after “;” is its title's: see _PERIOD.)
_SUBJECT_UNIT = r"(?:“[^“”]{0,400}”|[^;]|;(?=\s*giai đoạn [IVX]+:))"
# A subject opens with “về (việc)”, as written short (“v/v”), glued to it by a conversion (“… của Chính phủ vềquy hoạch
# xây dựng”), or after a “của” whose issuer the source left out (“Quyết định 553/QĐ-TTg của về việc …”).
_SUBJECT = re.compile(
    rf"\s*(?:(?:của\s+)?(?:về|Về|VỀ)(?:\s+|(?=[a-zđà-ỹ]))(?:việc\s+)?|[Vv]/v\s+)(?:[“\"](?P<quoted>(?:[^“”\"]|“[^”]{{0,400}}”){{0,600}})[”\"]"
    rf"|(?P<plain>{_SUBJECT_UNIT}{{1,600}}?)(?={_SUBJECT_END}))"
)

_ROMAN = r"[IVXLC]+"
_ACRONYM = (
    # “(BPVN)”, “(UNCLOS)”, “(KH,CN&ĐMST)”, “(DTTS và MN)”: part of a name inside it, left out at its end
    r"\((?!\d{4}\))[A-ZĐ0-9][A-ZĐ0-9&,-]{1,11}(?: và [A-ZĐ][A-ZĐ0-9]{1,8})?\)"
)
# A word, hyphenated ones included (“Giơ-ne-vơ”), or two joined by a slash (“da cam/dioxin”), not a lone dash;
# with the comma of a pair that Vietnamese writes with one inside a name (“các loài động, thực vật hoang dã”,
# “phòng, chống tham nhũng”, “phân giới, cắm mốc”, “cán bộ, đảng viên”, “ưu đãi, miễn trừ”, “hộ chiếu ngoại
# giao, công vụ”, “an toàn, an ninh mạng”, “an ninh, trật tự”, “nhập cảnh, xuất cảnh”, “bổ sung, phát triển”): that
# comma ends nothing; nor do the commas of a short list that “và” closes (“nghiên cứu, phát
# triển và ứng dụng …”, “… thực thi lâm luật, quản trị rừng và thương mại lâm sản”, “phân định lãnh hải, vùng đặc
# quyền kinh tế và thềm lục địa”: items of up to five words), or that the name's acronym closes (“Hiệp định về an
# toàn thực phẩm, an toàn dịch bệnh (SPS)?”).
_PAIRED = (
    r"(?:thực vật|chống|cắm mốc|đảng viên|miễn trừ|thể thao|công vụ|an ninh|trật tự|xuất cảnh|nhập cảnh"
    r"|(?<=bổ sung, )phát triển|(?<=rật tự, )an toàn|(?<=công bằng, )hợp lý|(?<=[Bb]ưu chính, )[Vv]iễn thông"
    r"|(?<=[Tt]ạm giam, )tạm giữ)\b"
)
# (A member that opens with a document's noun is the next document: “Chương trình hành động quốc gia về Người cao tuổi,
# chiến lược dân số và …”; not a field of work: “…, luật sư và công chứng”, “…, quy hoạch đô thị và …”, “…, kế hoạch và
# đầu tư”, “… dân số, kế hoạch hóa gia đình”.)
_NEXT_DOCUMENT_NOUN = r"(?:chiến lược|chương trình|đề án|nghị quyết)\b"
_ITEM_WORD = r"(?!các\b|những\b|và\b)[a-zđà-ỹ][\wÀ-ỹ]*"
_ITEM = rf"\s+(?!{_NEXT_DOCUMENT_NOUN}){_ITEM_WORD}(?:\s+{_ITEM_WORD}){{0,4}}"
_LISTED = rf"{_ITEM}(?:,{_ITEM})*(?:\s+và\s+[a-zđà-ỹ]|\s*{_ACRONYM}(?=\s*[,;.:?!”)]|\s*$))"
# … in a name written in title case too (“Tuyên bố Viêng Chăn về Dịch chuyển, Công nhận và Phát triển Kỹ năng
# …”, “Hiệp định hợp tác Văn hóa, Giáo dục và Khoa học …”), unless the items are documents (“Luật A, Luật B và
# Luật C”) or bodies or people (three capitalised words: “…, Nguyễn Ái Quốc và Đảng ta …”).
_CAPITAL_ITEM = (
    r"(?:\s+(?!và\b|Luật\b|Nghị\b|Quyết\b|Chỉ\b|Kết\b|Hiệp\b|Công ước\b|Tuyên\b|Bộ\b|Thông\b|Chương\b|Kế\b|Đề\b"
    rf"|Chiến\b|Quy\b|Ban\b|Sở\b|Ủy\b|UBND\b|Hội\b|(?:{_CAP}[\wÀ-ỹ]*\s+){{2}}{_CAP})"
    rf"{_CAP}[a-zđà-ỹ][\wÀ-ỹ]*(?:\s+(?!và\b)[\wÀ-ỹ]+){{0,2}})"
)
_LISTED_CAPITALS = rf"{_CAPITAL_ITEM}(?:,{_CAPITAL_ITEM})*\s+và\s+{_CAP}[a-zđà-ỹ]"
_W = (
    rf"[\wÀ-ỹ]+(?:[-&][\wÀ-ỹ]+|/(?=[a-zđà-ỹ])[\wÀ-ỹ]+|(?<=[A-Z]{{2}})/[A-Z]{{2,}}\b)*(?:(?<=\d)\.\d+(?![\wÀ-ỹ]))?"
    rf"(?:,(?=\s+{_PAIRED}|{_LISTED}|{_LISTED_CAPITALS}))?"
)
_TERM = r"(?:[Kk]h(?:óa|oá)|KH(?:ÓA|OÁ))"  # both placements of the tone mark occur
_YEAR = r"(?:(?: năm)? \d{4}\b)"  # a year written into a name: “… năm 2007”, “… 2007”
# A country's own law or project is named with it: “Luật Biển của Việt Nam”, “Đề án Ngoại ngữ Quốc gia của Việt Nam”
# (a convention “của Việt Nam” is the country's part in it: not its name).
_OF_VIETNAM = r"\s+của Việt Nam(?![\wÀ-ỹ])"
# … or with the state's full name: “Bộ luật Tố tụng hình sự nước Cộng hoà xã hội chủ nghĩa Việt Nam”.
_OF_THE_STATE = r"\s+(?:của\s+)?nước\s+(?:Cộng h(?:òa|oà) xã hội chủ nghĩa Việt Nam|CHXHCN ?Việt Nam)(?![\wÀ-ỹ])"
# … and another country's law is named with the country, after its year: “Luật Năng lượng nguyên tử năm 1954 của Hoa
# Kỳ”.
_STATES = (
    r"Hoa Kỳ|Mỹ|Trung Quốc|Nhật Bản|Hàn Quốc|(?:Liên bang )?Nga|Pháp|Đức|Anh|Canada|Australia|Ấn Độ"
    r"|Campuchia|Lào|Thái Lan|Singapore|Malaysia|Indonesia|Philippines"
)
_OF_A_STATE = rf"(?:\s+của\s+(?:{_STATES})(?![\wÀ-ỹ]))?"
# … and another country's or a union's strategy or plan: “Chiến lược Ấn Độ-Thái Bình Dương của Hàn Quốc”, “Chiến lược
# đô thị hóa bền vững của ASEAN”.
_ANOTHER_STATE = rf"(?:{_STATES}|ASEAN|EU|Liên minh [Cc]hâu Âu|Liên [Hh](?:ợp|iệp) [Qq]uốc|LHQ)(?![\wÀ-ỹ])"
_OF_ANOTHER_STATE = rf"\s+của\s+{_ANOTHER_STATE}(?:\s+và\s+{_ANOTHER_STATE})?"  # “… của ASEAN và Trung Quốc”
# A planning document is named by its period: “… giai đoạn 2021 - 2030”, “… đến năm 2030”,
# “thời kỳ 2021 - 2030, tầm nhìn đến năm 2050”, “đến năm 2020, định hướng đến năm 2030”, “tới năm 2030”, a phase
# (“Kế hoạch hành động Sáng kiến chung Việt Nam-Nhật Bản giai đoạn 8”, “… giai đoạn III”, “… giai đoạn 3 (2016-2020)”),
# “…, giai đoạn I: từ năm 2021 đến năm 2025” (“…; giai đoạn I: Từ 2021 đến 2025”), “từ năm 2020 đến năm 2030”,
# “giai đoạn 2011 đến 2020”, or by its vision alone (“…, tầm nhìn 2045”).
_PERIOD = (
    r"(?:(?:giai\s+đ\w+n\s+|thời kỳ )?\d{4}\s*[-–]\s*(?:\d{4}|\d{2}\b)|(?:giai đoạn )?(?:đến|tới) (?:năm )?\d{4}"
    r"(?: và (?:năm )?\d{4}\b)?"  # “đến năm 2025 và 2030”
    r"|(?<=, )tầm nhìn (?:đến |tới )?(?:năm )?\d{4}"
    r"|\d+ năm \d{4}\s*[-–]\s*\d{4}|(?:giai đoạn (?:từ )?|từ )(?:năm )?\d{4} đến (?:năm )?\d{4}"
    r"|giai đoạn (?:[IVX]{1,4}|\d{1,2})(?![\wÀ-ỹ/.,-])(?:\s*\((?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\))?)"
    r"(?:(?:,\s*|\s+và\s+|\s+)(?:tầm nhìn|định hướng)(?: đến| tới)?(?: năm)? \d{4})?"
    r"(?:[,;]\s*giai đoạn [IVX]+:\s*[Tt]ừ (?:năm )?\d{4} đến (?:năm )?\d{4})?"
)
# “nhân dịp …”, “nhân kỷ niệm …” go on with the sentence, so there “nhân” ends a name; elsewhere it is
# a syllable of one (“hạt nhân”, “trí tuệ nhân tạo”, “nhân quyền”).
_NHAN = r"nhân(?=\s+(?:dịp|kỷ niệm|ngày|lễ|chuyến|sự kiện)\b)"
# “cho” starts the rest of the sentence, but not who a document is for (“… cho người mang hộ chiếu phổ
# thông”, “… biên phiên dịch cho công chức ngoại vụ địa phương”, “Quy chế phát ngôn và cung cấp thông tin cho
# báo chí”), what it is for (“… không gian vũ trụ cho các mục đích hòa bình”) or what it lets a court do (“… công
# nhận và cho thi hành phán quyết …”).
_FOR = (
    r"(?<!dành )(?<!thuận lợi )cho(?! người\b| thi hành\b| báo chí\b| (?:các )?mục đích\b| sự\b"
    r"| (?:cán bộ|công chức|viên chức|doanh nghiệp|học sinh|sinh viên|thanh niên|phụ nữ|trẻ em|đồng bào|lao động)\b)"
)
# “trên” starts the rest of the sentence, but not where a name's subject is (“Chiến lược bảo vệ Tổ quốc trên không
# gian mạng”).
_ON = r"trên(?! không gian mạng\b| mạng\b)"
# “vừa” before a verb is “has just” (“Chiến lược … vừa được phê duyệt”), not the “vừa” of “doanh nghiệp nhỏ và vừa”.
_JUST = r"(?<!nhỏ và )vừa(?=\s+(?:được|ký|ban hành|phê duyệt|thông qua|công bố|diễn ra|kết thúc)\b)"
# “tại” starts the rest of the sentence (“… ký tại Hà Nội”), but not in the name of the high seas' agreement (BBNJ):
# “Hiệp định … đa dạng sinh học biển tại các vùng nằm ngoài quyền tài phán quốc gia”.
_AT = r"tại(?!\s+các vùng (?:nằm )?ngoài quyền tài phán\b)(?!\s+khu vực (?:nằm )?ngoài quyền tài phán\b)"
# “có” starts the rest of the sentence, but not in “người có công” (“Pháp lệnh ưu đãi người có công …”).
_HAS = r"có(?! công\b)"
# “Pháp lệnh Luật sư ngay lập tức được …”, “… ngay sau khi …”: the sentence goes on.
_AT_ONCE = r"ngay(?= (?:lập tức|sau|khi|từ)\b)"
# When a programme or a plan ends, the sentence has gone on: “Chương trình Mục tiêu quốc gia nước sạch … kết thúc giai
# đoạn 3 vào cuối năm nay” (not a ceremony: “… tổ chức Lễ kết thúc năm Chủ tịch ASEAN 2020”).
_COMES_TO_AN_END = r"(?<![Ll]ễ )kết thúc(?= (?:giai đoạn|năm|vào|trong|sau|từ|ngày|tháng)\b)"
# Where the sentence speaks of is not in a name: “Chương trình Mục tiêu quốc gia … nông thôn mới (NTM) ở nước ta”
# (unless the period of the name follows: “Chiến lược phát triển bền vững ở nước ta giai đoạn 2011 - 2020”).
_IN_OUR = rf"ở(?= (?:{_WE})\b(?! (?:giai đoạn|đến năm|thời kỳ|trong giai đoạn)\b))"
# “Hiệp ước Nhâm Tuất hay còn gọi là hoà ước Nhâm Tuất …”: what follows is another name for it, not its name's.
_ALSO_CALLED = r"(?:(?:hay (?:còn )?|còn )gọi|gọi tắt)"
_NAME_STOP = (
    rf"(?:của|đã|được|và|để|trong|nhằm|theo|{_TAKES_WITH}với|{_AT}|{_FOR}|tới|đến|{_ON}|như|ngày|năm|là|{_HAS}|sẽ|đang|{_BY}|nên|vì"
    rf"|mà|{_NHAN}|giữa|thì|này|đó|từ|{_JUST}|{_AT_ONCE}|đặt (?:ra )?mục tiêu|{_DONE_ON}|{_COMES_TO_AN_END}"
    rf"|{_IN_OUR}|{_ALSO_CALLED}|{_SETS_OUT})\b"  # (“… biên giới quốc gia xác định “…””)
)
# “hiện hành” (in force), not the syllables of “thực hiện hành lang …”, “phát hiện hành vi …”.
_IN_FORCE = r"(?<![Tt]hực )(?<![Pp]hát )hiện hành"
_NAMED_BY_WHAT_IT_IMPLEMENTS = {
    "Chương trình": "Chương trình hành động",
    "Kế hoạch": "Kế hoạch",
    "Đề án": "Đề án",
    "Thỏa thuận": "Th(?:ỏa|oả) thuận(?: hành chính)?",  # “Thỏa thuận hành chính thực hiện Hiệp định về …”
}
_IMPLEMENTING_VERB = r"(?:thực hiện|triển khai thực hiện|triển khai thi hành|triển khai|thi hành)"
# An optional protocol is “Nghị định thư không bắt buộc (về …)”: there “không bắt buộc” is its name's, not a verb (“Nghị
# định thư không bắt buộc các nước …”, “… không bắt buộc phải …”; “Thỏa thuận … ung thư không bắt buộc …”).
_OPTIONAL = r"(?<=định thư không) bắt buộc(?= về\b|\s*[,.;:(]|\s*$)"
# Words after a law's name that say what it does: the name has ended (“Luật Biên phòng vào cuộc sống”; not an
# optional protocol's “không bắt buộc”).
_LAW_VERB = (
    rf"(?:vào|gồm|bao gồm|mới|{_IN_FORCE}|quy định|thể chế hóa|cụ thể hóa|tái khẳng định|sửa đổi|kế thừa|hoàn toàn|vẫn|"
    rf"cũng|đều|chính thức|(?<![Hh]àng )(?<![Đđ]ường )không(?! gian\b| khí\b| phận\b)(?!{_OPTIONAL})"
    r"|chưa|ra đời|"
    r"(?<![Đđ]ào )(?<![Ss]áng )tạo|góp phần|khẳng định|nêu rõ|đề ra|đặt ra|nói trên|"
    r"có(?! liên quan| công)|bắt đầu|chủ yếu(?= (?:gồm|bao gồm|là)\b)|trước(?= khi\b))\b"
)
# “và” inside a title joins two nouns of it (“Chiến lược phát triển và quản lý hệ thống báo chí”): a
# lower-case word follows that does not start a list member (“và các …”) or the rest of the sentence.
# Verbs after “và” that go on with the sentence, not a name: “Hiệp định Mekong và gia nhập Ủy hội …”, “Kế hoạch tổng
# thể ASCC 2025 và nêu cơ sở …”, “… và định hình tương lai …”.
_ACTS_AFTER_AND = r"(?:gia nhập|định hình|nêu)"
_GOES_ON = r"(?:cũng|vẫn|đều)\b"
_INNER_AND = rf"và\s+(?=[a-zđà-ỹ])(?!(?:{_NAME_STOP}|các\b|những\b|căn cứ\b|{_LAW_VERB}|{_ACTS_AFTER_AND}\b))"
_TITLE_WORDS = rf"(?:\s+(?:{_INNER_AND})?(?!{_NAME_STOP})(?:{_W}|{_ACRONYM}|[-–](?=\s+Xã hội\b)))"
# A name ends at punctuation, a footnote's mark copied from a web page (“… nước ngoài[1].”), or a word of the sentence.
_NAME_END = rf"(?=\s*[,;.:)“”\"'‘’…]|\[\d{{1,3}}\]|\s*(?!{_ACRONYM})\(|\s*$|\s+{_NAME_STOP}|\s+[-–]\s(?![Xx]ã hội\b))"
# Words that end a title before a period or an agreement's name: the verb of the sentence (“ký”, but
# not “ký kết”, a noun inside names: “Pháp lệnh về ký kết điều ước quốc tế”; “với”, but not “đối với”, “ứng phó
# với”, “thân thiện với”: _WITH).
# “vì” is “because” (the sentence goes on), or “for” in a name: “… Đối tác Chiến lược toàn diện vì hòa bình, hợp
# tác và sự phát triển bền vững”, “… quan hệ đối tác vì sự bền vững”.
_BECAUSE = r"vì(?! (?:sự|hòa bình|hoà bình|nhân dân|thịnh vượng|tương lai|lợi ích|con người)\b)"
# “từ” starts the rest of the sentence, but not a route inside a name (“… xuất khẩu dừa tươi từ Việt Nam sang Trung
# Quốc”) or where its benefits come from (“… chia sẻ công bằng, hợp lý lợi ích từ việc sử dụng nguồn gen”).
_FROM = r"từ(?! [A-ZĐ][\wÀ-ỹ]*(?: [A-ZĐ][\wÀ-ỹ]*){0,3} sang [A-ZĐ])(?! việc\b)"
_CLAUSE_WORDS = (
    f"đã|được|(?<!đặc biệt )là|sẽ|đang|nhằm|để|theo|nên|{_BECAUSE}|mà|thì|ngày|có hiệu lực|ký(?! kết)|{_AT}|{_WITH}"
    f"|{_FOR}|(?<!hướng )tới|như|này|đó|{_NHAN}|ra đời|khẳng định|nêu rõ|{_FROM}|bắt đầu|hôm nay|vừa qua|mở đường|mở ra"
    f"|đánh dấu|giúp(?! việc)|diễn ra|dự kiến|thể hiện|có thể|(?:có )?nhấn mạnh|về sau|đặt (?:ra )?mục tiêu"
    f"|mang(?= (?:một|lại|đến|tới|ý nghĩa)\\b)"
    f"|trước(?= (?:khi|Quốc hội|sự chứng kiến)\\b)"
    f"|(?:bao )?gồm(?= \\d| các\\b| những\\b| nhiều\\b)|đề xuất(?= các\\b| những\\b| nhiều\\b)"
    f"|hướng (?:tới|đến)(?= mục tiêu\\b)|tập trung(?= (?:vào|cho)\\b)|bày tỏ|hoan nghênh|nhất trí|cảm ơn|{_ACHIEVES}"
    # “… như Hiệp định Mỹ - Mexico - Canada hay Liên minh châu Âu”, “… giữa Việt Nam với Ác-hen-ti-na cũng như …”
    f"|hay(?=\\s+{_CAP})|cũng như"
    f"|{_AT_ONCE}|{_JUST}|{_DONE_ON}|{_COMES_TO_AN_END}|{_IN_OUR}|{_ALSO_CALLED}"
).split("|")
_CLAUSE = rf"(?:{'|'.join(_CLAUSE_WORDS)})\b"
# “… chính thức có hiệu lực”, “Tuyên bố Cu-a-la Lăm-pơ chính thức thành lập Cộng đồng ASEAN”: the sentence goes
# on (“Tuyên bố chung chính thức nâng quan hệ …” is a name).
_OFFICIALLY = r"chính thức(?= (?:có hiệu lực|được|ký|thành lập)\b)"
# A word of a title that runs to a period: commas and “và” may be inside it (“Đề án tuyên
# truyền, phổ biến Luật …”, “… bảo vệ chủ quyền và phát triển bền vững biển, đảo …”), and so
# may an acronym in brackets (“(BPVN)”) or a dash between words (“kinh tế - xã hội”).
# (The comma is taken only when the name goes on past it: where an end may follow the word, it is tried first.)
_TITLE_WORD = rf"(?:{_W}|[-–]|{_ACRONYM}),??"
# A title that runs to its period may hold “với” (“… chủ động ứng phó với các thách thức …”) and “từ”
# (“… giai đoạn từ nay đến năm 2030”).
_TITLE_CLAUSE = (
    rf"(?:(?:{'|'.join(w for w in _CLAUSE_WORDS if w not in (_WITH, _FROM))}"
    rf"|và\s+{_ACTS_AFTER_AND})\b|{_AND_THEN_WHEN})"
)
# The end of a list item that a title in lower case runs to: punctuation, a bracket, the end of the text, or
# a comma before the rest of the sentence or a capital (another member of the list).
_ITEM_END = rf"\s*[;.:“”\"()…]|\[\d{{1,3}}\]|\s*$|,\s+(?:{_CLAUSE}|{_CAP})"
# An abbreviation written with a dot, inside a name: “T.Ư” (Trung ương), “TP.HCM”.
_DOTTED = r"[A-ZĐ]{1,2}\.[A-ZĐƯ]{1,3}(?![\wÀ-ỹ])"
# Who issued a document, after its title: “… của Thủ tướng Chính phủ”, “… do Hội đồng Bộ trưởng ban hành”; and
# what it came with (“… kèm theo Quyết định …”).
_ISSUED_BY = (
    r"(?:của (?:Thủ tướng|Chính phủ|Bộ trưởng|Bộ Chính trị|Ban Bí thư|Ban Chấp hành|Hội đồng Bộ trưởng|Quốc hội"
    r"|Chủ tịch)|do|kèm theo)\b"
)
# … and by whom and in which decision: “… do Thủ tướng phê duyệt tại Quyết định …”; such a title may say where it
# applies (“… công sở tại cơ quan hành chính …”), not a part of a text (“Quy định tại khoản 2 Điều 3 …”).
_AT_A_PLACE = r"tại\s+(?=[a-zđà-ỹ])(?!(?:khoản|điểm|mục|phần|điều|chương|các)\b)"
_ISSUED_AT = rf"do\s+{_CAP}[^,;.]{{0,50}}?\s+(?:ban hành|phê duyệt)\s+(?:tại|kèm theo)"
# The word that starts another document's citation: its type, as a title writes it.
_HEAD_OF_ANOTHER = (
    rf"(?:{_CAPITAL_TYPES}|Luật|Pháp lệnh|Hiến pháp|Hiệp định|Hiệp ước|Công ước|Tuyên bố|Nghị định thư"
    r"|Bản (?:[Gg]hi [Nn]hớ|Th(?:ỏa|oả) thuận)"
    r"|Biên bản|Th(?:ỏa|oả) (?:ước|thuận))\b"
)
# After a comma, another document or the one who issues it starts a new member of the sentence: “Chiến lược
# phát triển năng lượng quốc gia, Quy hoạch tổng thể về năng lượng quốc gia thời kỳ …”, “…, Thủ tướng Chính phủ
# ban hành Kế hoạch …” (not “Chiến lược An toàn, An ninh mạng quốc gia”).
_NEW_CLAUSE = rf"(?<=, )(?:{_HEAD_OF_ANOTHER}|(?:Quy hoạch|Thủ tướng|Chính phủ|Bộ|Ủy ban|UBND|Quốc hội)\b)"
# An agreement's name: its parties (“Việt Nam - Trung Quốc”), “về …”, and its year. A dash glued to its
# last word ends it (“Công ước Ramsar- là …”); so does a comma, unless a short list closed by “và”
# follows it (“… Di cư hợp pháp, an toàn và trật tự”).
# Words after an agreement's name that go on with the sentence: “vào” (“… tham gia Công ước Apostille vào
# ngày …”; not in a title: “đưa … vào cuộc sống”, “thuế đánh vào thu nhập”), what it holds or rules
# (“gồm”, “quy định”, “đưa ra”), when and between whom it was signed (“tháng 9/2010”, “ký kết năm 2003”, “ký kết
# giữa …”), “không” (but “hàng
# không”, “… không có vũ khí hạt nhân”; but “… không có chữ nào …” goes on with the sentence), what the
# sentence says of it (“… mang tính lịch sử”, “… đặt nền móng cho …”, “… thường được …”); “không gian”, “không khí”,
# “không phận” are nouns, and an optional protocol is “Nghị định thư không bắt buộc”;
# “dưới sự chứng kiến của …”: who watched it signed; what it sets out (“Hiệp ước Bali xác định
# những nguyên tắc …”; not “Hiệp ước xác định giao điểm …”, “… về việc xác định các điểm mốc”: a title).
_AGREEMENT_VERB = (
    r"(?:(?:đi )?(?<!đánh )vào|(?:bao )?gồm|quy định|đưa ra|tháng \d|ký kết (?:năm|ngày|vào|tại|giữa)"
    rf"|(?<![Hh]àng )(?<![Đđ]ường )không(?! có vũ khí| gian\b| khí\b| phận\b)(?!{_OPTIONAL})"
    rf"|mang tính|đặt nền (?:móng|tảng)|{_IN_FORCE}|kèm theo"
    r"|thông qua (?:các|những|việc)|thường(?= (?:được|là|bị|có)\b)|dưới sự (?:chứng kiến|chủ trì)"
    r"|(?<!về )(?<!việc )xác định(?= (?:(?:những|các|rõ)\b|\d)| ?:))\b"
)
# A photo's caption ends with its credit: “… về hợp tác trong lĩnh vực kinh tế và thương mại - Ảnh: VGP/Nhật Bắc”.
_CREDIT = r"\s+[-–]\s+(?=(?:Ảnh|Nguồn|Video)\s*:)"
_AGREEMENT_ENDS = (
    rf"\s*,(?!{_LISTED}|{_LISTED_CAPITALS})|\s*[;.:“”\")…]|\[\d{{1,3}}\]|\s*(?!{_ACRONYM})\(|\s*$"
    rf"|\s+(?:{_CLAUSE}|{_AGREEMENT_VERB}|{_OFFICIALLY}|cũng\b|vẫn\b|(?<!đồng )(?<!chia )đều\b(?! đặn\s+(?!được\b)))"
    # a dash before a word in lower case (“Công ước Basel- được …”) or, with a space before it, before a clause
    # (“Công ước Basel - được …”; not “Mekong – sông Hàn”, “kinh tế - xã hội”)
    rf"|[-–]\s+(?={_SMALL})|\s+[-–]\s+(?={_CLAUSE})|{_CREDIT}|\s+và\s+{_ACTS_AFTER_AND}\b|\s+{_AND_THEN_WHEN}"
    # the UN resolution that adopted it: “… Quyền của Người Khuyết tật A/RES/61/106”
    r"|\s+(?=[AS][/-]RES[/-]\d)"
    # who made it: “… về phòng chống doping do Tổ chức …” (not “Thương mại Tự do Việt Nam”, nor a slip “tư do”)
    rf"|(?<!\b[Tt][ựư])(?<!TỰ)\s+do(?=\s+{_CAP})"
    # … and what the parties did besides, after them: “… giữa hai nước và cử đại diện toàn quyền ký …”
    rf"|(?:(?<=hai nước)|(?<=hai bên)|(?<=ba nước))\s+và\s+(?=[a-zđà-ỹ])"
)
# What an agreement is about, after its name or year: “… về …”, up to the next document of a list, an
# acronym that closes it (“… về chống khủng bố (ACCT)”), the time the sentence speaks of (“… trong tình
# hình hiện nay”) or the session of a conference under it (“… về biến đổi khí hậu lần thứ 26”: COP26).
_NEXT_DOCUMENT = rf"và\s+{_HEAD_OF_ANOTHER}"
# An acronym in brackets closes the name it abbreviates, whatever follows (“Hiệp định Đối tác Kinh tế
# Toàn diện (CEPA) diễn ra …”), unless the name goes on: its year (“… (DOC) năm 2002”), the second party
# (“… giữa Liên minh châu Âu (EU) và Việt Nam”, not another document: “… (GCM) và Thỏa thuận …”), its
# version (“… (ACFTA) phiên bản 3.0”) or whose it is (“… (GCR) của Liên hợp quốc”).
_CLOSING_ACRONYM = (
    rf"\s*{_ACRONYM}(?!\s*(?:năm\s+)?\d{{4}}|\s+và\s+(?!{_HEAD_OF_ANOTHER}){_CAP}|\s+phiên bản\b|\s+của\s+{_CAP})"
)
_SENTENCE_TIME = (
    r"trong (?:tình hình|bối cảnh|thời gian|thời kỳ|giai đoạn) (?:hiện nay|mới|tới)\b|lần (?:thứ|này)\b"
    # “… trong khuôn khổ chuyến thăm chính thức …”, “… trong khuôn khổ Hội nghị Bộ trưởng …”: when it was signed
    r"|trong khuôn khổ (?:chuyến|cuộc|[Hh]ội nghị|[Kk]ỳ họp)\b"
    r"|trong năm \d{4}\b"
)
# What the title of a talk or an article on an agreement goes on to: “Công ước Minamata về thủy ngân và yêu
# cầu đối với Việt Nam”, “… và kinh nghiệm khi Việt Nam gia nhập” (not “… lễ lớn và sự kiện …”).
_ARTICLE_AND = (
    r"và (?:sự(?! kiện)|yêu cầu|tiến trình|kinh nghiệm|vấn đề|thực tiễn|triển vọng|tác động|cơ hội|thách thức"
    r"|giải pháp|ý nghĩa|trách nhiệm|thực trạng)\b"
)
_ABOUT_AGREEMENT = (
    rf"(?:\s+về(?:\s+(?!{_CLAUSE}|{_LAW_VERB}|{_NEXT_DOCUMENT}|{_SENTENCE_TIME}|{_ARTICLE_AND})"
    rf"(?:{_W}|[-–](?=\s+{_CAP}))){{1,24}}?"
    # … its year after its acronym (“… trẻ em (ACTIP) 2015”), or its end
    rf"(?:\s*{_ACRONYM}(?:\s+năm)?\s+(?:1[89]|20)\d\d\b(?![\d/–-])"
    rf"|(?={_AGREEMENT_ENDS}|\s+(?:{_LAW_VERB}|{_NEXT_DOCUMENT}|{_SENTENCE_TIME}|{_ARTICLE_AND})|{_CLOSING_ACRONYM})))?"
)
# Words that describe an agreement instead of naming it: “Hiệp định song phương đầu tiên của hai nước”,
# “Hiệp định thương mại tự do đầu tiên Việt Nam ký kết”.
_DESCRIBED = r"(?:đầu tiên|nói trên)\b"
# A year ends the name (“Công ước Viên … năm 1961”) or what it is about follows it (“Công ước Basel năm
# 1989 về …”); the next member of a list (“và các …”) ends it too.
_NOT_IN_AN_AGREEMENT = (
    rf"{_CLAUSE}|năm\b|\d{{4}}\b(?!\s*[-–]\s*\d)|và (?:các|những|{_ACTS_AFTER_AND})\b|{_AND_THEN_WHEN}"
    rf"|{_NEXT_DOCUMENT}|{_SENTENCE_TIME}"
    rf"|{_ARTICLE_AND}"
    rf"|{_DESCRIBED}"
)
_AGREEMENT_WORD = rf"(?:{_W}[-–](?=\s+{_CAP})|{_W}|{_ACRONYM}|[-–](?=\s+{_CAP}))"  # “Mỹ – Mexico- Canada”
_AGREEMENT_NAME = (
    rf"(?:(?:\s+(?!{_NOT_IN_AN_AGREEMENT}){_AGREEMENT_WORD}){{1,24}}?"
    rf"(?:(?:\s+năm)?\s+\d{{4}}\b(?!\s*[-–]\s*\d){_ABOUT_AGREEMENT}"
    rf"|(?={_AGREEMENT_ENDS}|\s+(?:{_NEXT_DOCUMENT}|{_SENTENCE_TIME}|{_ARTICLE_AND})|{_CLOSING_ACRONYM})"
    # … or the version it names, which ends it: “Hiến chương … sửa đổi lần thứ VI”, “… tu chỉnh lần thứ VI”
    rf"|\s+(?:sửa đổi|tu chỉnh|bổ sung)\s+lần thứ\s+(?:\d+|{_ROMAN})\b)"
    # … or its year right after the type word, then what it is about: “Biên bản Ghi nhớ năm 2011 về Thúc đẩy …”
    rf"|\s+năm\s+\d{{4}}(?=\s+về\b){_ABOUT_AGREEMENT})"
)
# Parties to an agreement, after its name: “… Việt Nam - Lào”, “… giữa nước Cộng hòa xã hội chủ nghĩa
# Việt Nam và Vương quốc Campuchia”, “… giữa hai nước”, “… giữa Chính phủ hai nước”.
_STATE_WORD = (
    rf"(?:{_CAP}[\wÀ-ỹ]*(?:-[\wÀ-ỹ]+)*|hòa|hoà|xã hội|hội|chủ nghĩa|dân chủ|nhân dân|(?<=Nhân )dân|(?<=Dân )chủ"
    r"|(?<=Chủ )nghĩa|quốc|bang|hiệp|phủ|nước|gia)"
)
# capitalised words: “Hàn Quốc”, “Liên Xô”, “Hung-ga-ri” (a transliteration, its syllables joined by hyphens)
_PROPER = rf"{_CAP}[\wÀ-ỹ]*(?:-[\wÀ-ỹ]+)*(?:\s+{_CAP}[\wÀ-ỹ]*(?:-[\wÀ-ỹ]+)*)*"
# … or a state's with what kind of state it is, in lower case: “Vương quốc Campuchia”, “Cộng hòa Pháp”.
_STATE = rf"(?:(?:Vương quốc|Cộng h(?:òa|oà)|Liên bang)\s+)?{_PROPER}"
# Two states' names hold a “và”: “Liên hiệp Vương quốc Anh và Bắc Ai-len”, “Cộng hòa Algeria Dân chủ và Nhân dân”.
_STATE_NAME_WITH_AND = r"(?:\s+và\s+Bắc\s+(?:Ai-len|Ireland|Ai-rơ-len)|(?<=Dân chủ)\s+và\s+Nhân dân)?"
# “Cộng hòa Xã hội chủ nghĩa Dân chủ Sri Lanka”: up to ten words
_PARTY = (
    rf"(?:[Cc]hính phủ\s+)?(?:nước\s+)?{_CAP}[\wÀ-ỹ]*(?:-[\wÀ-ỹ]+)*(?:\s+{_STATE_WORD}){{0,10}}{_STATE_NAME_WITH_AND}"
)
_PARTIES = (
    rf"(?:\s+giữa\s+{_PARTY}\s+(?:và|với)\s+{_PARTY}"
    rf"|\s+giữa\s+(?:[Cc]hính phủ\s+)?(?:hai|2|ba|3)\s+nước(?:\s+Việt Nam\s*[-–]\s*{_CAP}[\wÀ-ỹ]*)?"
    rf"|\s+(?:giữa\s+)?(?:Việt Nam|VN)\s*[-–]\s*{_STATE}|\s+{_PROPER}\s*[-–]\s*(?:Việt Nam|VN)"
    rf"|\s+(?:ASEAN|EU|APEC)\s*[-–]\s*{_PROPER})"
)
# An agreement's name may run to its parties, which can be a dozen words more: “Tuyên bố chung về thiết lập quan
# hệ Đối tác Toàn diện giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và Brunei Darussalam”; a comma after them ends
# it, even before a list in lower case (“… Hiệp định quy chế biên giới Việt Nam- Lào, pháp luật mỗi nước và …”),
# and so does “trên” (“Hiệp định phân định biển Việt Nam–Thái Lan trên bản đồ …”; not “… trên lĩnh vực giáo dục”).
_NAME_THEN_PARTIES = (
    rf"(?:\s+(?!{_NOT_IN_AN_AGREEMENT}|giữa\b){_AGREEMENT_WORD}){{1,18}}?{_PARTIES}"
    rf"(?={_AGREEMENT_ENDS}|\s*,|\s+{_ON}\b(?!\s+(?:các\s+)?lĩnh vực\b))"
)
# A law that amends another is named after it: “Luật sửa đổi, bổ sung một số điều của Luật …”, “Luật sửa đổi Bộ
# luật Hình sự” (a law, not a code); so is an agreement (“Hiệp định sửa đổi Hiệp định vận tải hàng không”).
_AMENDING_LAW = r"(?:Luật [Ss]ửa đổi(?:,? bổ sung)? (?:một số điều (?:của )?)?)?"
_AMENDS = {"Luật": _AMENDING_LAW, "Bộ luật": _AMENDING_LAW, "Hiệp định": r"(?:Hiệp định sửa đổi(?:,? bổ sung)?\s+)?"}
# Who a convention is of, between the type word and its name: “Công ước (của) Liên hợp quốc về …”,
# “Công ước quốc tế về …”; a name listed with “về” may be written without it.
_QUALIFIER = {"Công ước": r"(?:(?:của\s+)?[Ll]iên\s+[Hh](?:ợp|iệp)\s+[Qq]uốc\s+|quốc tế\s+)?"}
# “Hiệp định hàng không sửa đổi giữa Việt Nam và Mỹ”: the amended agreement keeps its name.
_AMENDED = {"Hiệp định": r"(?:\s+sửa đổi(?:,? bổ sung)?)?"}
# A joint statement that raises relations to a named partnership: “… lên “Đối tác chiến lược toàn diện …””.
_RAISED_TO = r"(?:(?<=\slên)\s*[“\"][^”\"]{3,200}[”\"])?"
_AGREEMENTS = ("Hiệp định", "Hiệp ước", "Nghị định thư", "Công ước", "Tuyên bố", "Thỏa thuận")
_LAWS = ("Luật", "Bộ luật", "Hiến pháp")


# The tone mark of “oa”, “oe”, “uy” sits on either letter in real texts (“thỏa”/“thoả”, “Hòa”/“Hoà”, “Thủy”/“Thuỷ”).
_TONE_PAIRS = "òa oà óa oá ỏa oả õa oã ọa oạ òe oè óe oé ỏe oẻ õe oẽ ọe oẹ ùy uỳ úy uý ủy uỷ ũy uỹ ụy uỵ".split()
_TONE_PLACES = {w: (a, b) for a, b in zip(_TONE_PAIRS[::2], _TONE_PAIRS[1::2], strict=True) for w in (a, b)}
_TONED = re.compile("|".join(_TONE_PLACES))


def _either_tone(word: str) -> str:
    """``word`` escaped for a pattern, each “oa”, “oe”, “uy” with its tone mark on either letter, and a title's
    curly quotes also as straight ones (“Bà mẹ Việt Nam anh hùng”, "Bà mẹ Việt Nam anh hùng")."""
    # (in lower case: the names are matched ignoring case, and “Ủy” may be written “Uỷ”)
    escaped = _TONED.sub(lambda m: "(?:{}|{})".format(*_TONE_PLACES[m.group()]), re.escape(word.lower()))
    return escaped.replace("“", '[“"]').replace("”", '[”"]')


def _name_pattern(name: str) -> str:
    """A listed name as a pattern: commas optional (a space before one too: “cứu nạn , cứu hộ”), any dash,
    tone marks of “oa”/“oe”/“uy” on either letter, “về” optional at its start, a comma for “và”
    (sources write “Luật Phòng cháy, chữa cháy” for the “Luật Phòng cháy và chữa cháy”), a dash for a comma (“Luật
    tín ngưỡng – tôn giáo”), “của” left out (“Luật phòng chống tác hại thuốc lá” for the “Luật Phòng, chống tác hại
    của thuốc lá”), and two words glued by a conversion (“… quy phạm phápluật …”)."""
    words = name.removeprefix("về ").replace(",", " ").split()
    about = "(?:về\\s+)?" if name.startswith("về ") else ""
    pattern = _either_tone(words[0])
    for word in words[1:]:
        if word == "và":
            pattern += r"(?:\s?,?\s+và)?"
        elif word == "của":
            pattern += r"(?:\s+của)?"
        else:
            pattern += r"(?:\s?,|\s[-–])?\s*" + ("[-–]" if word == "-" else _either_tone(word))
    return about + pattern


# Documents that plan: named by their period, and run for a number of years (“Kế hoạch 5 năm”).
_PLANS = ("Quy hoạch", "Chiến lược", "Chương trình", "Kế hoạch", "Đề án")
# A memorandum's head words, either capitalisation of “ghi nhớ”, and its acronym after them: “Bản ghi nhớ (MoU) về …”.
_MEMORANDA = {"Bản ghi nhớ": r"Bản [Gg]hi [Nn]hớ", "Biên bản ghi nhớ": r"Biên bản [Gg]hi [Nn]hớ"}
_NOT_A_MEMORANDUM = r"(?!\s+[Gg]hi [Nn]hớ\b)"  # after “Biên bản”: minutes, not a memorandum
_MOU = r"(?:\s*\((?:MoU|MOU)\))?"


def _known_names() -> list[tuple[str, str]]:
    """Patterns for the names in ``known_names.yaml``: the type word as written (capitalised or in
    capitals), then the name in any case, commas optional, then the parties of an agreement and a
    year (with an acronym before it: “… Biển Đông (DOC) năm 2002”, or “(sửa đổi)”: a trailing
    “(sửa đổi)” says what the text does to the law, and is not its name; “Luật Điện lực sửa đổi 2012”
    names the law as amended that year, as does “… sửa đổi, bổ sung năm 1999”). A Roman numeral after a known
    name makes another name (“Tuyên bố Hòa hợp ASEAN IV” after “… ASEAN II”): the patterns for names not known
    read it."""
    names = yaml.safe_load(Path(__file__).with_name("known_names.yaml").read_text(encoding="utf-8"))
    patterns = []
    for kind, written in names.items():
        forms = sorted((_name_pattern(name) for name in written), key=len)
        # An agreement known by a short name may be followed by what it is about (“Hiệp định
        # Giơ-ne-vơ về hòa bình ở Việt Nam”), and by its parties, after a word that says what kind (“Hiệp ước hữu nghị
        # và hợp tác toàn diện Việt Nam-Lào”; not a verb: “Hiệp định Paris thúc đẩy quan hệ Việt Nam - Hoa Kỳ”).
        on_what = r"(?:\s+(?:toàn diện|đặc biệt|lâu dài|trên đất liền|trên biển))?"
        parties = rf"(?:{on_what}{_PARTIES})?{_ABOUT_AGREEMENT}" if kind in _AGREEMENTS else ""
        # … or by its year and then what it is about: “Hiệp định Genève năm 1954 về Đông Dương”
        after_year = _ABOUT_AGREEMENT if kind in _AGREEMENTS else ""
        # … and a plan by its period, an acronym before it: “Quy hoạch không gian biển quốc gia thời kỳ 2021 - 2030, …”
        # … and as adjusted: “Quy hoạch điện VIII điều chỉnh, thời kỳ 2021 - 2030, …”
        period = (
            rf"(?:\s+điều chỉnh(?=[\s,]))?(?:(?:\s*{_ACRONYM}|(?<=chỉnh),)?\s+{_PERIOD})?" if kind in _PLANS else ""
        )
        # “Luật Biển của Việt Nam” (see _OF_VIETNAM), “Bộ luật Tố tụng dân sự Việt Nam 2015”, “… nước Cộng hòa …”
        own = "" if kind in _AGREEMENTS else rf"(?:{_OF_VIETNAM}|{_OF_THE_STATE}|\s+Việt Nam(?![\wÀ-ỹ]))?"
        written_as = "|".join(dict.fromkeys((kind, kind.title(), kind.upper())))  # “Hiệp Định”: title case
        # … the name in quotes too: “Chương trình “Mỗi xã một sản phẩm” (OCOP)”
        name = f"(?i:{'|'.join(reversed(forms))})"
        patterns.append(
            (
                kind,
                rf"{_AMENDS.get(kind, '')}(?:{written_as})\s+{_QUALIFIER.get(kind, '')}"
                rf"(?:[“\"]{name}[”\"]|{name})(?![\wÀ-ỹ]|\s+[IVX]{{1,5}}\b){_AMENDED.get(kind, '')}{parties}{own}"
                rf"(?:(?:\s*\((?:sửa đổi|sửa đổi, bổ sung)\)|\s+sửa đổi(?:,? bổ sung)?(?=\s+(?:năm\s+)?\d))?"
                rf"(?:\s*\([A-Z]{{2,10}}\))?"
                rf"(?:\s+(?:năm|NĂM|Năm))?"
                rf"\s+\d{{4}}\b{after_year}{_OF_A_STATE if kind in _LAWS else ''})?{period}",
            )
        )
    return patterns


# A mass organisation, whose congresses and plenums pass resolutions too: “Hội Nông dân Việt Nam”, “Hội Liên hiệp
# Phụ nữ Việt Nam”, “Công đoàn Việt Nam”, “Đoàn Thanh niên Cộng sản Hồ Chí Minh”, or a province's.
_MASS_ORGANISATION = (
    r"(?:Công đoàn|Tổng Liên đoàn|Hội|Đoàn|Mặt trận)(?:\s+[\wÀ-ỹ]+){0,6}?"
    r"\s+(?:Việt Nam|Hồ Chí Minh|(?:tỉnh|thành phố|huyện)(?:\s+[A-ZĐ][\wÀ-ỹ]*)+)\b"  # “… Công đoàn tỉnh Hà Tĩnh”
)
# The Party as the owner of a congress or its documents: “… của Đảng”, and its full name with or without “của” (“… lần
# thứ X Đảng Cộng sản Việt Nam”).
_OF_THE_PARTY = r"\s+(?:của )?Đảng [Cc]ộng [Ss]ản Việt [Nn]am|\s+của Đảng"
# Whose congress: the Party's, “… Đảng bộ tỉnh (Quảng Ninh)”, “… Hội Nông dân Việt Nam”.
_CONGRESS_OF = (
    rf"(?:{_OF_THE_PARTY}|\s+Đảng bộ(?: tỉnh| thành phố| huyện)?(?:\s+{_CAP}{_W})*"
    rf"|\s+{_MASS_ORGANISATION})?(?!\w)"
)
# The Party's Central Committee, as sources write it: “Ban Chấp hành Trung ương”, “Ban chấp hành Trung ương”, “BCH
# Trung ương”, “Ban Chấp hành T.Ư”, “BCH TW”.
_CENTRAL_COMMITTEE = r"(?:Ban [Cc]hấp hành|BCH) (?:Trung ương|T\.Ư|TƯ|TW)"
# A plenum's term after its committee: “…, khóa XIII”, “… (khóa XII)”.
_PLENUM_TERM = rf"(?:,?\s+{_TERM}\s+{_ROMAN}\b|\s*\({_TERM}\s+{_ROMAN}\))"
# “lần thứ tám”, “lần thứ 12”, “lần thứ bẩy” (a spelling of “bảy”)
_ORDINAL = (
    r"lần thứ (?:\d{1,2}|[Nn]hất|[Hh]ai|[Bb]a|[Tt]ư|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb][ảẩ]y|[Tt]ám|[Cc]hín"
    r"|[Mm]ười(?: (?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín))?)"
)
_CONSTITUTION = (
    r"(?:Hiến pháp|Hiến Pháp|HIẾN PHÁP)"
    r"(?=\s+(?:năm\s+|NĂM\s+)?\d{4}|\s+(?:của\s+)?(?:nước\s+)?(?:Việt Nam|Cộng|CHXHCN))"
    r"(?i:(?: năm)? \d{4})?(?i:(?: của)?(?: nước)? (?:Việt Nam Dân chủ Cộng h(?:òa|oà)"
    r"|Cộng h(?:òa|oà) xã hội chủ nghĩa Việt Nam|CHXHCN ?(?:Việt Nam|VN)|Việt Nam))?(?i:(?: năm)? \d{4})?"
)

# An acronym in brackets that closes a name and its clause (“Kế hoạch tổng thể về kết nối ASEAN (MPAC).”, “… xây
# dựng nông thôn mới (NTM) ở nước ta”) is left out of it (“Chiến lược bảo vệ Tổ quốc (BVTQ) trong tình hình mới”, “…
# (KTB) của Việt Nam” go on).
_BEFORE_CLOSING_ACRONYM = rf"(?=\s*{_ACRONYM}(?:\s*(?:[,;.:)“”\"]|$)|\s+(?!trong tình hình mới\b|của\b){_NAME_STOP}))"
# Words after a type word that make it the subject of a sentence, not the start of a name (“… là Hiệp định
# thay thế cho Hiệp định …”).
_NOT_A_NAME = (
    rf"{_CLAUSE}|{_NAME_STOP}|{_LAW_VERB}|(?:này|các|những|hết|lên|lần|thứ|yêu cầu|ở|đầu tiên|thời kỳ|thay thế"
    r"|kèm theo)\b"  # “… và Nghị định thư kèm theo”: the one that goes with it
)
# What an agreement between parties is on, before them (“hợp tác biên phòng”, “năm 2024”), and who
# the parties are: named ones, or “hai nước”, “hai bên”, “hai bộ”.
# (“của quan hệ …” is part of what it is on: “Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị
# giữa …”; so is “trong lĩnh vực …”: “Thỏa thuận hợp tác trong lĩnh vực hàng hải giữa …”.)
_ON_WHAT = (
    rf"(?:\s+năm \d{{4}}|\s+trong lĩnh vực|\s+(?:{_INNER_AND})?(?!giữa\b|(?!của quan hệ\b){_NAME_STOP}|{_CLAUSE})"
    rf"[a-zđà-ỹ0-9][\wÀ-ỹ]*,?"
    rf"(?:\s*[-–]\s*\d{{4}})?){{0,12}}?"
)
_BETWEEN = (
    rf"(?=(?:nước |tỉnh |thành phố |huyện |UBND |Ủy ban |Uỷ ban |hai |2 |lực lượng )?{_CAP}"
    rf"|(?:hai|2|ba|3) (?:nước|bên|bộ)\b"
    rf"|(?:hai|2) (?:tỉnh|thành phố) {_CAP})"  # two provinces or cities are parties when named
)
_A_COMPANY = r"(?:Tập đoàn|Tổng công ty|Công ty|Ngân hàng)\b"  # whom an agreement applies to: “… đối với Tập đoàn …”
# A party's province or country after a comma: “…, tỉnh Staza Zagora, nước Cộng hòa Bungari”.
_PARTY_PLACE = rf"\s*(?:nước|tỉnh|thành phố) {_CAP}"
# A party's country in brackets, before the next party: “… giữa thành phố Sakai (Nhật Bản) và Đà Nẵng”.
# (Not what the sentence goes on to say: “… (EVFTA) với những điều chỉnh …”; an acronym is a party's before another
# named party only: “… Đài Tiếng nói Việt Nam (VOV) và Đài Phát thanh …”, not “… (EAEU) và các hiệp định khác”.)
_PARTY_COUNTRY = (
    rf"(?!{_ACRONYM})\({_CAP}[^();.]{{1,30}}\)"
    rf"(?=\s+(?:và\s+(?!(?:những|nhiều|một|mọi|sự|việc)\b)|với\s+(?!(?:những|các|nhiều|một|mọi|sự|việc)\b)))"
    rf"|{_ACRONYM}(?=\s+(?:và|với)\s+{_CAP})"
)

# A programme or plan named by what it implements may say that it goes on with the work, and the
# Government's programme whose it is: “Chương trình hành động của Chính phủ tiếp tục đẩy mạnh thực hiện
# Nghị quyết số 36-NQ/TW …” (a plan “của Ban Thường vụ Tỉnh ủy …” is cited by its issuer: _OF_ISSUER).
_GOING_ON = r"(?:\s+tiếp tục(?:\s+đẩy mạnh)?)?"
_GOVERNMENTS = r"(?:\s+của\s+Chính phủ)?"
# … and how it goes about it: “Kế hoạch huy động nguồn lực thực hiện Tuyên bố chính trị …”.
_HOW = r"(?:\s+(?:hành động(?: quốc gia)?|huy động nguồn lực|tổ chức|tuyên truyền))?"

# The words of such a name before what it implements: alone, they name nothing.
_ONLY_HOW = re.compile(rf"(?:{'|'.join(_NAMED_BY_WHAT_IT_IMPLEMENTS.values())}){_GOVERNMENTS}{_GOING_ON}{_HOW}")

# A convention's name may start with a word that says what kind it is, before what it is on: “Công ước thống nhất
# về chất ma túy năm 1961” (“Công ước nói về …” is what the sentence says of it).
_WORDS_THEN_ABOUT = (
    r"|(?:thống nhất|chung|đa phương|khu vực|bổ sung)\s+về\b"
    # … or by whose it is: “Công ước của Tổ chức Hàng hải Quốc tế”, “Công ước của Hội đồng châu Âu về …”
    r"|(?:chung )?của (?:Tổ chức|Hội đồng|UNESCO|ILO|Liên [Hh](?:ợp|iệp) [Qq]uốc)\b"
)

# What a joint statement does to relations: “… thiết lập quan hệ …”, “… xác lập khuôn khổ quan hệ …”.
_SETS_UP = r"(?:thiết lập|xác lập(?: khuôn khổ)?|nâng cấp|nâng tầm|nâng)"

# A plan named by its period may be named with whose it is: “Đề án trồng 1 tỷ cây xanh giai đoạn 2021-2025 của Thủ
# tướng Chính phủ”, “Chiến lược công tác dân tộc giai đoạn 2021-2030, tầm nhìn đến năm 2045 của Chính phủ”.
_NATIONAL_ISSUER = (
    r"(?:\s+của\s+(?:Thủ tướng Chính phủ|Chính phủ|Quốc hội|Bộ Chính trị|Ban Bí thư|Việt Nam)(?![\wÀ-ỹ]))?"
)

# Two parties after a name: “… giữa Việt Nam và Lào” (an agreement named by its period may name them after it: “Bản ghi
# nhớ … giai đoạn 2021-2025 giữa Việt Nam và Lào”).
_BETWEEN_TWO = rf"\s+giữa\s+{_PARTY}\s+và\s+{_PARTY}"

# What an agreement is on, when it is a project with a quoted title: “Thỏa thuận giữa … về Đề án “Nâng cao …””.
_ON_A_PROJECT = r"(?<=\svề)\s+(?:Đề án|Chương trình|Dự án|Kế hoạch)\s+“[^“”]{1,300}”"
# A strategy or programme of two countries ends with them: “Chiến lược Tăng cường Hợp tác Kinh tế Australia - Việt
# Nam”, “Chiến lược tăng cường gắn kết kinh tế giữa Úc và Việt Nam”.
_TWO_COUNTRIES = rf"\s+[-–]\s+Việt Nam(?![\wÀ-ỹ])|{_BETWEEN_TWO}"

# Instruments named by the agreement they belong to, which is cited too (see _NAMED): minutes by the act they
# record, a protocol by its treaty.
_OF_AN_AGREEMENT = {
    "Biên bản": re.compile(
        r"Biên bản (?:trao đổi [Vv]ăn kiện phê chuẩn|kết thúc đàm phán)"
        r"(?= (?:Hiệp định|Hiệp ước|Nghị định thư|Công ước)\b)"
    ),
    # … or the treaty a protocol amends: “Nghị định thư sửa đổi Hiệp định về thương mại hàng hóa ASEAN”
    "Nghị định thư": re.compile(
        r"Nghị định thư(?:(?: cuối cùng| bổ sung)? của| sửa đổi(?:,? bổ sung)?)(?= (?:Hiệp định|Hiệp ước|Công ước)\b)"
    ),
}
_MORE_INSTRUMENTS = re.compile(r"(?:,\s*|\s+và\s+)[Vv]ăn kiện phê (?:chuẩn|duyệt)\s+")
# Where a regulation's name reaches the programme or plan it governs (see _NAMED).
_GOVERNED = re.compile(r" (?=(?:Chương trình|Đề án|Kế hoạch|Chiến lược) )")

# What a regulation's title says it rules, whatever comes before it: “Quy chế phát ngôn và cung cấp thông tin cho báo
# chí”, “Quy chế tuyển sinh …” (“Quy chế quản lý …” is often named by who issued it: see _OF_ISSUER).
_RULES_FOR = r"(?:phát ngôn|tuyển sinh)\b"
# What the sentence does with a regulation, after its title: “… đến toàn thể cán bộ”, “… cho cán bộ, công chức”, “…
# trên cơ sở hướng dẫn …”, “…, đồng thời …”, “… trong năm 2023”.
# The verbs before a regulation named by its title: “… ban hành Quy chế …”, “… sửa đổi Quy định về …”.
_ISSUES_OR_CARRIES_OUT = r"(?<=ban hành )|(?<=Ban hành )|(?<=sửa đổi )|(?<=bổ sung )|(?<=triển khai )"
_REGULATION_GOES_ON = r"(?:(?:đến|tới|cho) (?:toàn thể|các|cán bộ|đảng viên)|trên cơ sở|đồng thời|trong năm)\b"
# The words before “ban hành” by which the news reports a body's act (“UBND tỉnh vừa ban hành …”), where a document's
# own opening line has none (“Thành đoàn ban hành Kế hoạch …, cụ thể như sau:”).
_REPORTED_ISSUE = ("vừa ", "đã ", "ký ")
# The day an anniversary marks, inside a plan's name: “… kỷ niệm 71 năm ngày thành lập …”.
_FOUNDING_DAY = r"(?<=năm )ngày (?:thành lập|truyền thống)\b"
_NOT_A_LAWS_TITLE = (
    r"(?:sư|pháp|lệ|chơi|gia|học|hóa|hoá|định|tục|số|quốc tế|nước ngoài|mới|cũ|hiện hành|chung|này|các|những|nào"
    r"|nêu trên|áp dụng|ban hành|chuyên ngành|liên quan|cơ bản|sinh|nghỉ|kinh tế)"
)
# … nor a field of study or a person called Luật (“ngành Luật kinh tế năm 2024”, “đào tạo Luật dân sự năm 2023”, “ông
# Luật sinh năm 1960”)
_STUDIES_OR_PEOPLE = "ngành nhân sĩ môn khoa Khoa tạo học ông bà anh chị cụ Ông Bà".split()
_NOT_AFTER_STUDIES = "".join(f"(?<!{word} )" for word in _STUDIES_OR_PEOPLE)
_TITLE_WITH_PERIOD = r"\s*[“\"][^”\"]{5,400}?(?:đến năm|giai đoạn|thời kỳ) \d{4}"  # “Chương trình “… đến năm 2030””
# The period written after a name: “… “…” giai đoạn 2018 - 2022”, “… giữa hai nước giai đoạn 2021 - 2025”.
_APPROVED_TITLE = (  # … “Chương trình “… giai đoạn 2022 - 2030” vừa được Chính phủ phê duyệt”
    rf"{_TITLE_WITH_PERIOD}[^”\"]*[”\"]\s+(?:(?:đã|vừa)\s+)?được\s+(?:[\wÀ-ỹ]+\s+){{0,3}}?(?:phê duyệt|ban hành)\b"
)
_PERIOD_AFTER = r"(?:\s+giai đoạn \d{4}\s*[-–]\s*\d{4})?"
_PERIOD_AFTER_A_NAME = re.compile(_PERIOD_AFTER)
_KNOWN = _known_names()
_KNOWN_NAMES = [re.compile(pattern) for _, pattern in _KNOWN]
# A count of land, trees, homes or tonnes that opens a title: “1 triệu ha lúa …” (not money, nor people: “Đề án 2
# triệu người dân đã tham gia …” is the project's result).
_A_COUNT = r"\d+ (?:triệu|nghìn|ngàn|vạn|tỷ) (?:ha|héc[- ]?ta|hecta|cây|căn|tấn)\b"
# The words before a quote that cite the title it holds (see _NAMED).
_CITED_QUOTE_OPENS = (
    "(?:"
    + "|".join(
        f"(?<={cue} {quote})"
        for cue in (
            "ban hành",
            "triển khai",
            "thực hiện",
            "đưa vào",
            "phê duyệt",
            "về",
            "theo",
            "tại",
            "và",
            "kèm theo",
            "Căn cứ",
            "căn cứ",
            "gọi là",
            "chính thức là",
        )
        for quote in '“"'
    )
    + ")"
)
_NAMED = [  # most specific first: an overlapping later match is dropped
    *_KNOWN,
    # A resolution that amends the Constitution is named after it.
    ("Nghị quyết", rf"Nghị quyết (?:của Quốc hội )?sửa đổi,? bổ sung một số điều của {_CONSTITUTION}"),
    # A congress's resolution by its ordinal, “đại hội” in lower case too: “Nghị quyết đại hội đại biểu toàn quốc lần
    # thứ XIII của Đảng”, “Nghị quyết của Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XI”.
    (
        "Nghị quyết",
        rf"Nghị quyết (?:của )?[Đđ]ại [Hh]ội(?:\s+{_W}){{0,12}}?"
        rf"\s+(?:(?:lần thứ\s+)?{_ROMAN}|lần thứ\s+(?:\d{{1,2}}|[ivxl]+\b)){_CONGRESS_OF}",
    ),
    # … a provincial party committee's, by its name and term (without an ordinal, the term is part of the name):
    # “Nghị quyết Đại hội Đảng bộ tỉnh Trà Vinh, nhiệm kỳ 2020 - 2025”, “… Đảng bộ Huyện nhiệm kỳ 2020 - 2025”, the
    # levels' together: “Nghị quyết Đại hội Đảng bộ tỉnh, huyện, nhiệm kỳ 2020 – 2025”.
    (
        "Nghị quyết",
        r"Nghị quyết Đại hội(?: đại biểu)? Đảng bộ (?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện)(?:\s+[A-ZĐ][\wÀ-ỹ]*)*"
        r"(?:,\s*(?:tỉnh|thành phố|huyện|xã))*,? nhiệm kỳ \d{4}\s*[-–]\s*\d{4}",
    ),
    # … or by its name alone (capitalised words, “Quốc hội”, “Khối các cơ quan Trung ương”), where the list item
    # ends: “…, Nghị quyết Đại hội Đảng bộ Quốc hội;” (not “Nghị quyết Đại hội Đảng bộ Tỉnh vào cuộc sống”).
    (
        "Nghị quyết",
        r"Nghị quyết (?:của )?Đại hội(?: đại biểu)? Đảng bộ(?: tỉnh| thành phố| huyện)?\s+[A-ZĐ][\wÀ-ỹ]*"
        r"(?:\s+(?:[A-ZĐ][\wÀ-ỹ]*|(?<=Quốc )hội|(?<=Trung )ương|các|cơ quan|doanh nghiệp)){0,6}"
        r"(?=\s*[;.:)]|\s*,(?!\s*nhiệm kỳ)|\s*$)",
    ),
    # The Government's resolution of a monthly meeting: “Nghị quyết phiên họp Chính phủ thường kỳ tháng 11-2019”.
    ("Nghị quyết", r"Nghị quyết [Pp]hiên họp Chính phủ thường kỳ tháng \d{1,2}(?:\s*[-/]\s*|\s+năm\s+)\d{4}"),
    # A congress's resolution by its term: “Nghị quyết Đại hội nhiệm kỳ 2020 - 2025”, “Nghị quyết Đại hội Đảng bộ tỉnh
    # nhiệm kỳ 2015 - 2020” (the citing province's).
    (
        "Nghị quyết",
        r"Nghị quyết Đại hội(?: đại biểu)?(?: Đảng bộ(?: tỉnh| thành phố| huyện)?)? nhiệm kỳ \d{4}\s*[-–]\s*\d{4}",
    ),
    # … a mass organisation's, by its name alone: “Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam”.
    # (“…, nhiệm kỳ 2023-2028”).
    (
        "Nghị quyết",
        rf"Nghị quyết Đại hội(?: đại biểu)?(?: toàn quốc)? {_MASS_ORGANISATION}"
        rf"(?:\s+{_ROMAN}\b|,? nhiệm kỳ \d{{4}}\s*[-–]\s*\d{{4}})?",
    ),
    # A plenum's resolution by its ordinal: “Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa
    # XIII” (“… lần thứ Tám, Ban Chấp hành …”, “… lần thứ 5 Ban Chấp hành Trung ương khóa XIII”, “… Ban Chấp hành T.Ư
    # Đảng …”, “… BCH TW Đảng (khóa XII)”, without “Hội nghị” only with its term: “Nghị quyết lần thứ 7 BCH Trung ương
    # Đảng khóa X”, not “Nghị quyết lần thứ hai Ban Chấp hành Trung ương Đảng ban hành về …”, which counts resolutions),
    # “… lần thứ 12 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam khóa VI”, “… lần thứ 6 của BCH Tổng Liên đoàn Lao
    # động Việt Nam, khóa X” (its subject follows: see _SUBJECT).
    (
        "Nghị quyết",
        rf"Nghị quyết (?:Hội nghị |(?={_ORDINAL}[^.;:]{{0,80}}?\s\(?{_TERM}\s+{_ROMAN}\b)){_ORDINAL},? (?:của )?"
        rf"(?:{_CENTRAL_COMMITTEE} Đảng"
        rf"(?: Cộng [Ss]ản Việt Nam| CSVN| Lao động Việt Nam)?"
        rf"|{_CENTRAL_COMMITTEE}(?=,?\s+{_TERM}\s|\s*[,.;:()]|\s*$|\s+(?:về|và|đã|được)\b| Về\b)"
        rf"|(?:Ban [Cc]hấp hành|BCH)(?: Trung ương)? {_MASS_ORGANISATION})"
        rf"{_PLENUM_TERM}?",
    ),
    # … or by the committee first, then the ordinal and the term (or the term first, or its subject): “Nghị quyết Hội
    # nghị Ban Chấp hành Trung ương Đảng lần thứ bẩy, khoá IX”, “… Trung ương khóa XIII lần thứ tám”, “… Ban Chấp hành
    # Trung ương Đảng lần thứ 4 về …”.
    (
        "Nghị quyết",
        rf"Nghị quyết Hội nghị {_CENTRAL_COMMITTEE}(?: Đảng(?: Cộng [Ss]ản Việt Nam)?)?"
        rf"(?:,?\s+{_TERM}\s+{_ROMAN}\s+{_ORDINAL}\b"
        rf"|\s+{_ORDINAL}(?:{_PLENUM_TERM}|(?=\s+về\b)))",
    ),
    ("Chương trình", r"Chương trình hành động(?: của [^“\"”,;]{1,60}?)? [“\"][^”\"]+[”\"]"),
    # The National Assembly's programme of laws for a year or a term: “Chương trình xây dựng luật, pháp lệnh (của Quốc
    # hội) năm 2025”, “… của Quốc hội nhiệm kỳ khoá XI (2002-2007) và năm 2003” (without either, the programme of any),
    # or the one a resolution is about: “Nghị quyết số 12/2002/QH11 … về Chương trình xây dựng luật, pháp lệnh của Quốc
    # hội” (not another state's: “… của Quốc hội Lào”).
    (
        "Chương trình",
        rf"Chương trình xây dựng luật, pháp lệnh(?: của Quốc hội)?"
        rf"(?: năm \d{{4}}\b| (?:nhiệm kỳ )?(?:Quốc hội )?{_TERM} {_ROMAN}\b(?:\s*\(\d{{4}}\s*[-–]\s*\d{{4}}\))?"
        rf"(?: và năm \d{{4}}\b)?)"
        rf"|(?<=về )Chương trình xây dựng luật, pháp lệnh của Quốc hội(?![\wÀ-ỹ])(?!\s+{_CAP})",
    ),
    # A party committee's programme for its whole term: “Chương trình làm việc toàn khóa” (with whose it is, read as
    # a document cited by its issuer: “… của Ban Chấp hành Đảng bộ tỉnh”, see _OF_ISSUER).
    ("Chương trình", r"Chương trình làm việc toàn kh(?:óa|oá)"),
    # The general education curriculum by its year: “Chương trình Giáo dục phổ thông (GDPT) 2018” (Thông tư số
    # 32/2018/TT-BGDĐT), “Chương trình GDPT mới 2018”, “Chương trình giáo dục phổ thông năm 2006” (2000, 2006, 2018:
    # those there are); the overall one of 2018, “Chương trình giáo dục phổ thông tổng thể” (without either, any
    # country's).
    (
        "Chương trình",
        r"Chương trình (?:[Gg]iáo dục phổ thông|GDPT)(?: mới)?(?:\s*\(GDPT\))?"
        r"(?:(?: năm)? (?:2000|2006|2018)\b(?![-–]\d)| tổng thể(?:(?: năm)? 2018\b)?)",
    ),
    # A programme or plan named by what it implements: its name runs to the end of that citation
    # (see _IMPLEMENTS); alone, the type word names nothing.
    *[
        (
            kind,
            rf"{written}{_GOVERNMENTS if kind == 'Chương trình' else ''}{_GOING_ON}{_HOW}"
            rf"(?=\s+{_IMPLEMENTING_VERB}\s)",
        )
        for kind, written in _NAMED_BY_WHAT_IT_IMPLEMENTS.items()
    ],
    # A plan for a movement or campaign, by its quoted name: “Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua
    # đổi mới sáng tạo …””, “Kế hoạch thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới …””.
    (
        "Kế hoạch",
        r"Kế hoạch (?:triển khai|thực hiện|tổ chức)(?: thực hiện)? (?:[Pp]hong trào(?: thi đua)?|[Cc]uộc vận động)"
        r"\s*[“\"][^”\"]{3,300}[”\"]",
    ),
    # A document named by its quoted title: Đề án “Nâng cao hiệu quả …”, Nghị quyết về “Xây dựng …”, and the period
    # written after it (“Chương trình phối hợp về “…” giai đoạn 2018 - 2022”).
    *[
        (kind, rf"{written}(?: về)?\s*[“\"][^”\"]{{5,400}}[”\"]{_PERIOD_AFTER}")
        for kind, written in (
            *(
                (kind, kind)
                for kind in ("Đề án", "Nghị quyết", "Kế hoạch", "Chiến lược", "Quy chế", "Tuyên bố chung", "Tuyên bố")
            ),
            *((kind, f"{kind} phối hợp") for kind in ("Chương trình", "Kế hoạch", "Quy chế")),
            # a programme with its period in its quoted title, approved (“phê duyệt Chương trình “… đến năm 2030””,
            # “Chương trình “… giai đoạn 2022 - 2030” vừa được Chính phủ phê duyệt”); otherwise “Chương trình “…”” is
            # as often a show or an event (“Chương trình “Việt Nam – Hành trình đến năm 2045” được truyền hình …”,
            # “phê duyệt Chương trình “Đêm nhạc …””)
            (
                "Chương trình",
                rf"(?:(?<=phê duyệt )Chương trình(?={_TITLE_WITH_PERIOD})|Chương trình(?={_APPROVED_TITLE}))",
            ),
            ("Hướng dẫn", "Hướng dẫn [Tt]uyên truyền"),  # “Hướng dẫn Tuyên truyền về “Năm Đoàn kết …””
        )
    ],
    (
        "Chương trình",
        rf"Chương trình hành động của [^,;.]{{1,40}}? thực hiện Nghị quyết Đại hội(?:\s+{_W}){{0,6}}?\s+{_ROMAN}"
        + _CONGRESS_OF,
    ),
    (
        "Chương trình",
        rf"Chương trình hành động thực hiện Nghị quyết Đại hội(?:\s+{_W}){{0,6}}?\s+{_ROMAN}{_CONGRESS_OF}",
    ),
    # A regulation named by the programme or plan it governs: “Quy chế xây dựng, quản lý và thực hiện Chương
    # trình xúc tiến thương mại quốc gia” (see _GOVERNED).
    (
        "Quy chế",
        rf"Quy chế(?:\s+(?:{_INNER_AND})?(?!{_NAME_STOP}|{_CLAUSE})[a-zđà-ỹ][\wÀ-ỹ]*,?){{1,8}}?(?={_GOVERNED.pattern})",
    ),
    # A decision or resolution named by what it does, without a number: “Quyết định phê duyệt Chương trình Sức
    # khỏe Việt Nam”, “Quyết định thành lập Tiểu ban …”, “Nghị quyết liên tịch ban hành Quy chế …”, the verb in
    # title case too (“Nghị quyết Phê chuẩn văn kiện gia nhập …”) (see _ACTS).
    ("Quyết định", r"Quyết định(?=\s+(?:[Pp]hê duyệt|[Pp]hê chuẩn|[Bb]an hành|về việc|[Tt]hành lập)\s)"),
    ("Nghị quyết", r"Nghị quyết(?: liên tịch)?(?=\s+(?:[Pp]hê duyệt|[Pp]hê chuẩn|[Bb]an hành)\s)"),
    ("Hiến chương", rf"Hiến chương (?:Liên [Hh](?:ợp|iệp) [Qq]uốc|LHQ|ASEAN)(?![\wÀ-ỹ]){_YEAR}?"),  # not “ASEANAPOL”
    # President Hồ Chí Minh's testament, cited by whose it is: “Di chúc của Chủ tịch Hồ Chí Minh”.
    ("Di chúc", r"Di chúc(?: thiêng liêng)? của (?:Chủ tịch Hồ Chí Minh|Bác Hồ|Bác|Người)(?![\wÀ-ỹ])"),
    # An agreement known by its acronym or its year: “Hiệp định CPTPP”, “Hiệp định AANZ FTA”, “Công ước 1972”,
    # “Nghị định thư 1978”, “Công ước (năm 2007) (của) ASEAN về …” (“Công ước năm 1989” alone describes one
    # by its year: not a name); maritime conventions add the years of their versions (“Công ước MARPOL 73/78”).
    *[
        (
            kind,
            rf"{kind} (?:(?:năm \d{{4}} )?(?:của )?[A-Z]{{3,8}}(?:[-/][A-Z]{{2,8}}| FTA\b)*(?![\wÀ-ỹ])"
            rf"(?: \d+\.\d+\b| \d{{2}}(?:/\d{{2}})?\b)?{_YEAR}?"
            rf"|\d{{4}}\b(?!\s*[-–/]))"
            rf"{_PARTIES}?{_ABOUT_AGREEMENT}",
        )
        for kind in ("Hiệp định", "Hiệp ước", "Công ước", "Nghị định thư")
    ],
    # A declaration named by its place (“Tuyên bố Bangkok”, “Tuyên bố ASEAN”), then its year and what it is
    # about, or its quoted title (“Tuyên bố Đà Nẵng “Tạo động lực mới …””).
    (
        "Tuyên bố",
        rf"Tuyên bố {_CAP}[\wÀ-ỹ-]+(?:\s+{_CAP}[\wÀ-ỹ-]+)?(?=\s+(?:{_CLAUSE}|{_NAME_STOP}|về\b)|\s*[,;.:)“\"]|\s*$)"
        rf"{_YEAR}?(?:(?:\s+về)?\s*[“\"][^”\"]{{3,150}}[”\"]|{_ABOUT_AGREEMENT}{_YEAR}?)",
    ),
    # A plan or programme of action named by the city it was adopted in, with its year and what it is about:
    # “Kế hoạch hành động Hà Nội”, “Chương trình Hành động Hà Nội”, “Kế hoạch hành động Chiang Rai 2017 về …”.
    *[
        (
            kind,
            rf"{kind} [Hh]ành động {_CAP}[\wÀ-ỹ-]*(?:\s+{_CAP}[\wÀ-ỹ-]*){{0,2}}{_YEAR}?"
            rf"(?=\s*[,;.:()“”\"]|\s*$|\s+(?:{_CLAUSE}|về|thực hiện)\b){_ABOUT_AGREEMENT}",
        )
        for kind in ("Kế hoạch", "Chương trình")
    ],
    # A programme or plan of action carrying out a partnership, named by it: “Kế hoạch hành động thực hiện quan hệ
    # đối tác chiến lược toàn diện”, “Chương trình Hành động giai đoạn 2013-2016 triển khai quan hệ Đối tác Toàn diện”.
    *[
        (
            kind,
            rf"{kind} [Hh]ành động(?: giai đoạn {_YEARS})?(?: về)? (?:triển khai|thực hiện) quan hệ [Đđ]ối tác"
            rf"(?: (?:[Cc]hiến lược|[Tt]oàn diện|[Hh]ợp tác|[Tt]oàn cầu))+(?:{_PARTIES})?"
            rf"(?:\s+(?:giai đoạn\s+)?{_YEARS})?",
        )
        for kind in ("Kế hoạch", "Chương trình")
    ],
    # A cooperation agreement named by what it is on: “Thỏa thuận hợp tác về giáo dục đào tạo” (with its parties or
    # alone: “… về phòng, chống tội phạm xuyên quốc gia”).
    ("Thỏa thuận", rf"Th(?:ỏa|oả) thuận hợp tác(?=\s+về\s){_ABOUT_AGREEMENT}(?:{_BETWEEN_TWO})?"),
    # A joint statement of a year, then what it is about: “Tuyên bố chung năm 2023 về nâng cấp quan hệ …”.
    ("Tuyên bố chung", rf"Tuyên bố chung năm \d{{4}}(?=\s+về\s){_ABOUT_AGREEMENT}"),
    # A chair's statement of a summit: “Tuyên bố của Chủ tịch Hội nghị Cấp cao Á - Âu lần thứ 5”, “Tuyên bố Chủ tịch
    # Cấp cao ASEAN lần thứ 37”.
    (
        "Tuyên bố",
        rf"Tuyên bố (?:của )?[Cc]hủ tịch(?:\s*[-–]\s*|\s+)(?:[Hh]ội nghị|[Cc]ấp cao|ASEAN|ASEM)"
        rf"(?:\s+(?!{_CLAUSE})(?:{_W}[-–]?|[-–])){{0,10}}?\s+lần thứ (?:\d+|{_ROMAN})\b",
    ),
    # … and a summit's joint statement, with the summit's ordinal: “Tuyên bố chung Hội nghị cấp cao Khu vực Tam giác
    # phát triển Cam-pu-chia – Lào – Việt Nam lần thứ 9”.
    (
        "Tuyên bố chung",
        rf"Tuyên bố chung (?:của )?(?:[Hh]ội nghị|[Cc]ấp cao)"
        rf"(?:\s+(?!{_CLAUSE})(?:{_W}[-–]?|[-–])){{0,14}}?\s+lần thứ (?:\d+|{_ROMAN})\b",
    ),
    # An agreement named by its parties, then what it is about: “Hiệp định giữa nước … và nước … về …”.
    (
        "Hiệp định",
        rf"Hiệp định(?=\s+giữa\s){_PARTIES}(?:\s+về(?:\s+(?!{_CLAUSE}){_TITLE_WORD}){{1,30}}?(?={_AGREEMENT_ENDS}))?",
    ),
    (
        "Hiến pháp",
        _CONSTITUTION,
    ),
    # Another state's, by its name: “Hiến pháp Nhật Bản”, “Hiến pháp Liên bang Nga năm 1993”.
    # (Not the subject of a sentence about Vietnam's: “Theo Hiến pháp Quốc hội là …”, “Hiến pháp Nhà nước …”.)
    (
        "Hiến pháp",
        rf"Hiến pháp(?!\s+(?:Việt|Cộng|CHXHCN|VN|Nước)\b)\s+{_STATE}{_YEAR}?(?![\wÀ-ỹ])"
        rf"(?=\s*[,;.:)…]|\s*$|\s+(?:{_NAME_STOP}|{_CLAUSE}|{_LAW_VERB}))",
    ),
    (
        "Cương lĩnh",
        r"Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội(?: năm 1991)?"
        r"(?: \(bổ sung, phát triển năm 2011\))?(?: của Đảng)?",
    ),
    # The Convention on the Law of the Sea by its acronym, with or without its year; in brackets alone, after its name,
    # the acronym is that name's (“Công ước … về Luật Biển năm 1982 (UNCLOS)”: one document, as “(OCOP)”, “(CITES)”).
    (
        "Công ước",
        r"UNCLOS(?: năm)? \d{4}|(?<!\()UNCLOS|UNCLOS(?!\))"
        r"|Công ước (?:của )?[Ll]iên [Hh](?:ợp|iệp) [Qq]uốc(?:\s*\([A-Z]{2,10}\))? về [\wÀ-ỹ ]+?"
        rf"(?:\s*\(UNCLOS\))?(?:(?: năm)? \d{{4}}"
        rf"|(?=\s*(?:[,;.()]|{_NEXT_DOCUMENT}|và (?:các|những)\b|$)|\s+{_CLAUSE}))",
    ),
    ("Hiệp định", r"Hiệp định Paris(?: về [^;().“”\"]+[^;().“”\"\s])?"),
    (
        "Văn kiện",
        rf"[Vv]ăn kiện Đại hội(?:\s+{_W}){{0,8}}?\s+(?:lần thứ\s+)?{_ROMAN}"
        rf"(?:{_OF_THE_PARTY})?(?!\w)",
    ),
    # An agreement between named parties: “Bản ghi nhớ giữa …”, “chương trình hợp tác giữa …”, “Quy chế kiểm tra liên
    # hợp giữa lực lượng Cảnh sát Biển hai nước …”, with
    # what it is on before them (“Nghị định thư hợp tác biên phòng giữa hai Bộ Quốc phòng”, “Kế hoạch
    # hợp tác năm 2024 giữa …”, “Thỏa thuận giữa Chính phủ … về …”); the parties run to the end of the list
    # item (a comma before a capital goes on: another party, and so do a party's province and country: “…,
    # tỉnh Staza Zagora, nước Cộng hòa Bungari”), not into a quoted title (the document named there
    # may run on past a word that ends a list item: see the patterns below), unless it is what the agreement is
    # on (“Thỏa thuận giữa Chính phủ Việt Nam và Chính phủ Lào về Đề án “Nâng cao …””).
    *[
        (
            kind,
            rf"(?:{written}){_ON_WHAT} giữa {_BETWEEN}(?:[^;.:()“]|{_PARTY_COUNTRY}|{_DOTTED}|{_ON_A_PROJECT})+?"
            rf"{_PERIOD_AFTER}"
            rf'(?=\s*[;:”"]|(?<!\b[A-ZĐ])\s*\.|\s*(?!{_PARTY_COUNTRY})\(|\s*$|,(?!\s*{_PAIRED}|{_LISTED}|{_PARTY_PLACE})\s*[a-zđà-ỹ]'
            rf"|\s+(?:trong(?! lĩnh vực)|do|đối với(?=\s+{_A_COMPANY})|{_OFFICIALLY}|{_CLAUSE}|{_AGREEMENT_VERB})\s"
            rf"|\s+{_NEXT_DOCUMENT}"
            rf"|{_CREDIT})",
        )
        for kind, written in (
            ("Chương trình", "[Cc]hương trình (?:hợp tác|phối hợp)"),
            ("Kế hoạch", "Kế hoạch phối hợp"),
            ("Quy chế", "Quy chế(?: phối hợp)?"),
            *(
                (kind, rf"{_MEMORANDA[kind]}{_MOU}(?: hợp tác)?(?: hữu nghị)?")
                for kind in ("Biên bản ghi nhớ", "Bản ghi nhớ")
            ),
            ("Thỏa thuận", "Th(?:ỏa|oả) thuận(?: hợp tác| ghi nhớ)?"),
            ("Biên bản", "Biên bản th(?:ỏa|oả) thuận(?: hợp tác)?"),
            ("Kế hoạch", "Kế hoạch hợp tác"),
            ("Nghị quyết", "Nghị quyết liên tịch"),  # “… giữa Chính phủ và Ban Chấp hành Trung ương Đoàn …”
            ("Nghị định thư", "Nghị định thư"),
            ("Hiệp định", "Hiệp định"),
            ("Hiệp ước", "Hiệp ước"),
        )
    ],
    # A memorandum or agreement named by its field: “Bản ghi nhớ hợp tác trong lĩnh vực nông nghiệp và du lịch”, “Thỏa
    # thuận hợp tác về lĩnh vực vận tải biển”.
    *[
        (kind, rf"{head}(?: hợp tác)? (?:trong|về) lĩnh vực{_TITLE_WORDS}{{1,12}}?(?!\s+{_INNER_AND}){_NAME_END}")
        for kind, head in (*_MEMORANDA.items(), ("Thỏa thuận", "Th(?:ỏa|oả) thuận"))
    ],
    # A law that amends several: “Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch”, “… của
    # 10 luật có liên quan đến an ninh, trật tự”, “… của 15 luật trong lĩnh vực nông nghiệp và môi trường”.
    (
        "Luật",
        r"Luật [Ss]ửa đổi,? bổ sung một số [Đđ]iều của \d+ [Ll]uật"
        r"\s+(?:có liên quan đến|liên quan đến|trong lĩnh vực|về)"
        r"(?:\s+[a-zđà-ỹ][\wÀ-ỹ]*,?){1,10}?(?:\s+\d{4}\b)?(?=\s*[;.:()]|\s*$|,?\s+(?:đã|được|và|có hiệu lực|ngày)\b)",
    ),
    # The minutes of a meeting, named by the meeting: “Biên bản Hội nghị cấp cao năm 2017”, “Biên bản cuộc họp lần thứ
    # 19 giữa hai Đoàn đại biểu biên giới”, “Biên bản kỳ họp lần thứ 13 Ủy ban hỗn hợp Việt Nam - Campuchia về …” (a
    # session by its number alone, “Biên bản phiên họp thứ 5”, names no meeting).
    (
        "Biên bản",
        rf"Biên bản(?: th(?:ỏa|oả) thuận)? (?:[Hh]ội nghị|cuộc họp|[Kk]ỳ họp|phiên họp)(?:\s+{_W}){{0,4}}?"
        rf"\s+(?:(?:lần thứ|thứ|lần) (?:\d+|{_ROMAN}\b)(?=\s+(?!{_CLAUSE})[\wÀ-ỹ])|năm \d{{4}})"
        rf"(?:\s+(?!{_CLAUSE})(?:{_W}|[-–])){{0,24}}?"
        rf"(?=\s*[,;.:()“”\"]|\s*$|\s+{_CLAUSE})",
    ),
    # … or by the act it records, named after it: “Biên bản trao đổi Văn kiện phê chuẩn Hiệp định về dẫn độ …” (and
    # the other instruments it lists: “…, Văn kiện phê duyệt Hiệp định …”); a protocol by its treaty: “Nghị định thư
    # của Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân”.
    *((kind, pattern.pattern) for kind, pattern in _OF_AN_AGREEMENT.items()),
    # A short name that a text gives a document by its year: “(sau đây gọi là Luật năm 2009)”, “(dưới đây gọi là Bản
    # ghi nhớ 2011)”.
    *[
        (kind, rf"(?:(?<=gọi là )|(?<=gọi tắt là )){kind}(?: năm)? (?:1[89]|20)\d\d(?=\))")
        for kind in ("Luật", "Bộ luật", "Bản ghi nhớ", "Hiệp định", "Công ước", "Nghị định thư", "Hiến pháp")
    ],
    # A convention named in lower case, then whose it is: “Công ước bảo tồn … của UNESCO”.
    (
        "Công ước",
        r"Công ước(?:\s+(?!của\b)[a-zđà-ỹ][\wÀ-ỹ]*,?){1,12}? của (?:UNESCO|ILO|Liên [Hh](?:ợp|iệp) [Qq]uốc|LHQ"
        r"|Tổ chức Lao động Quốc tế)(?![\wÀ-ỹ])(?!\s+về\b)",  # (“… của Liên hợp quốc về …” goes on)
    ),
    # A law not in known_names.yaml: its title starts with a capital (“Luật hoàn toàn phù hợp” is
    # the law just named; “Công ty Luật TNHH …” is a law firm) and ends before the sentence's verb.
    (
        "Luật",
        rf"Luật(?=\s+{_CAP})(?!\s+TNHH\b)(?:\s+(?:{_AND_THEN_YEAR}|(?!{_NAME_STOP}|{_LAW_VERB}){_W})){{1,9}}?"
        rf"(?:(?:\s+sửa đổi)?\s+(?:[Nn]ăm )?\d{{4}}\b{_OF_A_STATE}|{_OF_VIETNAM}{_YEAR}?"
        rf"|(?!\s+{_AND_THEN_YEAR}){_NAME_END}|(?=\s+{_LAW_VERB}))",
    ),
    # … or its title in lower case, with the year that makes it one law (“Luật thủy văn 2015”, “Luật sĩ quan năm
    # 1999”), not a word of which “luật” is a syllable (“Luật sư”, “Luật pháp”, “Luật hóa”) nor law in general (“Luật
    # quốc tế”, “Luật mới”).
    (
        "Luật",
        rf"{_NOT_AFTER_STUDIES}Luật(?=\s+[a-zđà-ỹ])(?!\s+{_NOT_A_LAWS_TITLE}\b)"
        rf"(?:\s+(?!{_NAME_STOP}|{_LAW_VERB}|{_CLAUSE})[a-zđà-ỹ][\wÀ-ỹ]*,?){{1,6}}?\s+(?:năm\s+)?(?:19|20)\d\d\b(?![/\d-]|\.\d)",
    ),
    # An agreement named by its parties: “Tuyên bố chung giữa nước … Việt Nam và Vương quốc Campuchia”.
    ("Tuyên bố chung", rf"Tuyên bố chung(?=\s+giữa\s){_PARTIES}"),
    # An agreement on a subject in quotes, with its parties: “Hiệp định về "vùng nước lịch sử" giữa Việt Nam và
    # Campuchia”.
    *[(kind, rf"{kind} về\s*[“\"][^“”\"]{{1,120}}[”\"]{_BETWEEN_TWO}") for kind in _AGREEMENTS],
    # Parties alone (“Tuyên bố chung Việt Nam – Lào”, “… Việt Nam - Vương quốc Campuchia”): what follows them is the
    # sentence, not the name.
    # … unless they are followed by what it does to relations: “Tuyên bố chung Việt Nam - Hungary thiết lập quan hệ …”.
    (
        "Tuyên bố chung",
        rf"Tuyên bố chung Việt Nam\s*[-–]\s*{_STATE}"
        rf"(?:(?=\s+(?:về việc\s+)?{_SETS_UP}\s+quan hệ\b){_AGREEMENT_NAME}"
        rf"|{_ABOUT_AGREEMENT})",
    ),
    ("Tuyên bố", rf"Tuyên bố báo chí chung Việt Nam\s*[-–]\s*{_STATE}"),  # a joint press statement
    (
        "Nghị quyết",
        rf"(?:Nghị quyết|Nghị Quyết|NQ) (?:Hội nghị )?(?:lần thứ \d+ )?(?:Ban Chấp hành )?(?:Trung ương|T\.?Ư|TW)"
        rf"(?: ?\d+| {_ORDINAL}\b)"  # “… Trung ương 5”, “… Trung ương lần thứ 5”
        rf"(?:\s*[,(]?\s*{_TERM} (?:{_ROMAN}|\d+)\)?)?",
    ),
    # A strategy named by its period alone, which ends it: “Chiến lược 1991 - 2000”, “Chiến lược 2011-2020 …”.
    (
        "Chiến lược",
        rf"(?<![Đđ]ối tác )(?<![Hh]ợp tác )Chiến lược\s+{_YEARS}(?![\w/-])"
        r"(?:,\s*tầm nhìn (?:đến |tới )?(?:năm )?\d{4}\b)?",  # “…, tầm nhìn đến năm 2045”
    ),
    # A planning document named by its period (see _PERIOD); a partnership (“Đối tác Chiến lược”)
    # is not a strategy, and “Thời gian thực hiện Đề án từ năm 2019 đến năm 2030” is when it runs, not its name.
    # A memorandum may be named by its period alone (“Biên bản ghi nhớ giai đoạn 2024 - 2029”).
    *[
        (
            kind,
            rf"(?<!Đối tác )(?<!đối tác )(?<!hợp tác ){written}(?!\s+từ (?:năm )?\d{{4}})"
            rf"(?:\s+(?!giai\b|đến\b|thời kỳ\b|{_TITLE_CLAUSE}|{_NEXT_DOCUMENT}|{_NEW_CLAUSE}){_TITLE_WORD})"
            rf"{{{fewest_words},30}}?"
            rf"\s+{_PERIOD}{_NATIONAL_ISSUER if kind in _PLANS else f'(?:{_BETWEEN_TWO})?'}",
        )
        for kind, written, fewest_words in (
            *((kind, kind, 1) for kind in (*_PLANS, "Thỏa thuận")),
            *((kind, written, 0) for kind, written in _MEMORANDA.items()),
            ("Biên bản", rf"Biên bản{_NOT_A_MEMORANDUM}", 1),
            ("Hiệp định", "Hiệp định", 1),
        )
    ],
    # A plan for an anniversary, named by what it does and the event(s), the dates between two of them
    # included: “Kế hoạch tổ chức các hoạt động kỷ niệm 70 năm Cách mạng Tháng Tám (19-8-1945 / 19-8-2015) và
    # Quốc khánh …”, “Kế hoạch triển khai về tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ”.
    *[
        (
            kind,
            rf"{kind}(?:\s+(?!{_CLAUSE}|này\b)[a-zđà-ỹ][\wÀ-ỹ]*){{1,10}}? kỷ niệm \d+ năm{_TITLE_WORDS}{{1,14}}?"
            rf"(?:\s*\([^()]{{4,40}}\)(?=\s+và\s))?(?:\s+và(?: kỷ niệm \d+ năm)?{_TITLE_WORDS}{{1,10}}?)?"
            rf"(?={_NAME_END})",
        )
        for kind in ("Kế hoạch", "Đề án")
    ],
    # A yearly plan named by its year, and the place it is for: “Kế hoạch công tác thông tin đối ngoại năm
    # 2023 trên địa bàn tỉnh Bình Thuận”, “… năm 2022 của tỉnh Đắk Lắk”, “… của TPHCM năm 2017” (“… ban hành Kế
    # hoạch … năm 2018 như sau:” is the text's own title).
    (
        "Kế hoạch",
        rf"Kế hoạch(?!\s+từ (?:năm )?\d{{4}})(?:\s+(?!{_TITLE_CLAUSE}|năm\b|của\b)(?:{_W}|[-–]|{_ACRONYM})){{1,12}}?"
        rf"(?:\s+của(?: (?:tỉnh|[Tt]hành phố|huyện))?(?:\s+{_CAP}[\wÀ-ỹ]*)+)?\s+năm \d{{4}}\b"
        rf"(?:\s+trên địa bàn(?: (?:tỉnh|thành phố|huyện))?(?:\s+{_CAP}[\wÀ-ỹ]*)*"
        # … not “của” alone; a ministry or a body by its whole name (“… của Bộ Tư pháp”)
        rf"|\s+của(?: (?:tỉnh|thành phố|huyện)(?:\s+{_CAP}[\wÀ-ỹ]*)*"
        # … a standing or steering committee by its whole name, to the end of the clause (“… của Ban Chỉ đạo công tác
        # thông tin đối ngoại tỉnh, đề nghị …”, “… của Ban Thường vụ Tỉnh ủy, …”)
        rf"| Ban (?:Chỉ đạo|Thường vụ|Thường trực)(?:\s+[^\s,;.:“”\"()]+){{0,12}}?(?=\s*[,;.:]|\s*$)"
        rf"| {_NAMED_BODY}|(?:\s+{_CAP}[\wÀ-ỹ]*)+))?"
        r"(?!\s+(?:cụ thể\s+)?như sau)",
    ),
    # Names without a period: a capitalised head word and the words of the name, which end at
    # punctuation or at a word that starts the rest of the sentence.
    # (“Bộ luật Hồng Đức cũng cho phép …”: the sentence goes on)
    (
        "Bộ luật",
        rf"Bộ luật(?!\s+(?:{_NOT_A_NAME}))(?:\s+(?:{_AND_THEN_YEAR}|(?!{_NAME_STOP}|{_GOES_ON}){_W})){{1,8}}?"
        rf"(?:\s+(?:năm\s+)?\d{{4}}\b|(?!\s+{_AND_THEN_YEAR}){_NAME_END}|(?=\s+{_GOES_ON}))",
    ),
    # A resolution named by what it is about: “Nghị quyết về công tác dân tộc”; its subject is read as a
    # plenum's is (see _SUBJECT: “… vì dân giàu, nước mạnh, …, văn minh;”), a document named in it kept.
    # … and so is a directive: “Thủ tướng Chính phủ đã ban hành Chỉ thị về việc tổ chức phong trào …”, and a
    # conclusion after a word of the sentence (“Bộ Chính trị ban hành Kết luận về …”): opening one, it is the common
    # noun (“Kết luận về nguyên nhân vụ cháy, …”). A heading may write “Về” (“Nghị quyết Về phát triển bền vững”), but
    # not on the next line, nor as “on the part of” (“… Nghị quyết Về phía doanh nghiệp, …”).
    *[
        (
            kind,
            rf"{after}{kind}(?=\s+về\s| Về (?!(?:phía|mặt|phần)\b))"
            r"(?!\s+[Vv]ề\s+(?:chủ đề|vấn đề|nội dung|lĩnh vực)\s+(?:này|trên|đó)\b)",
        )
        for kind, after in (("Nghị quyết", ""), ("Chỉ thị", ""), ("Kết luận", r"(?<=[\wÀ-ỹ] )"))
    ],
    # … or by its title in lower case: “Pháp lệnh phòng, chống lụt, bão năm 1993”, “Pháp lệnh giống vật nuôi”.
    (
        "Pháp lệnh",
        rf"Pháp lệnh(?=\s+[a-zđà-ỹ])(?!\s+(?:{_NOT_A_NAME}|về|năm)\b)"
        rf"(?:\s+(?!{_TITLE_CLAUSE}|{_NEXT_DOCUMENT}|{_NEW_CLAUSE}){_TITLE_WORD}){{1,20}}?"
        rf"(?:\s+năm \d{{4}}\b|(?={_ITEM_END}|\s+(?:{_TITLE_CLAUSE}|{_NEXT_DOCUMENT}|{_LAW_VERB})))",
    ),
    (
        "Pháp lệnh",
        rf"Pháp lệnh(?=\s+{_CAP})(?:\s+{_AND_THEN_YEAR}|{_TITLE_WORDS}){{1,10}}?"
        rf"(?:\s+năm \d{{4}}\b|{_OF_THE_STATE}(?:\s+năm \d{{4}}\b|(?={_NAME_END}))|(?!\s+{_AND_THEN_YEAR}){_NAME_END})",
    ),
    # … or by its year, what it is about, or both: “Pháp lệnh năm 1993 về quyền ưu đãi, miễn trừ …”
    (
        "Pháp lệnh",
        rf"Pháp lệnh(?:{_YEAR}(?!\s*[-–/]))?{_ABOUT_AGREEMENT}(?<!Pháp lệnh){_YEAR}?",
    ),
    # A project named by its title in lower case: “Đề án tổng thể tuyên truyền bảo vệ chủ quyền của Việt Nam ở
    # Biển Đông”, “Đề án 1 triệu ha lúa chất lượng cao” (a count opens it: not a number, “Đề án 06”); the title runs
    # to the end of its list item, not into the sentence (“Đề án đã …”, “Đề án là …”: the project just named), nor
    # over another document (“Đề án gia nhập Công ước …”: that one is cited).
    (
        "Đề án",
        rf"Đề án(?=\s+[a-zđà-ỹ]|\s+{_A_COUNT})(?!\s+(?:{_NOT_A_NAME}|tiếp tục|giai đoạn|mới|trình(?= {_CAP}))\b)"
        rf"(?:\s+(?!{_TITLE_CLAUSE}|{_NEXT_DOCUMENT}|{_NEW_CLAUSE}|{_HEAD_OF_ANOTHER}){_TITLE_WORD}){{1,30}}?"
        rf"(?={_ITEM_END}|\s+(?:{_TITLE_CLAUSE}|{_NEXT_DOCUMENT}|{_LAW_VERB}))",
    ),
    # A document named by its title in lower case before the decision that issues it: “Chương trình điều tra thống kê
    # quốc gia ban hành kèm theo Quyết định 03/2023/QĐ-TTg”, “Quy chế làm việc được ban hành kèm theo …”, “Quy chế văn
    # hóa công sở tại cơ quan hành chính Nhà nước do Thủ tướng phê duyệt tại Quyết định …”.
    *[
        (
            kind,
            rf"{kind}\s+(?!{_NAME_STOP}){_W}(?:\s+(?:{_AT_A_PLACE})?(?!{_NAME_STOP}){_W}){{0,11}}?"
            rf"(?=\s+(?:(?:được\s+)?ban hành kèm theo|{_ISSUED_AT})\s+{_CAP})",
        )
        for kind in ("Quy chế", "Quy định", "Chương trình", "Kế hoạch", "Đề án", "Chiến lược", "Hướng dẫn")
    ],
    # A regulation a decision issues or amends, named by its title in lower case: “… ban hành Quy chế phát ngôn và
    # cung cấp thông tin cho báo chí”, “… sửa đổi Quy chế cấp và quản lý thẻ đi lại của doanh nhân APEC”, or is about,
    # or a body carries out: “Nghị định số 34/2014/NĐ-CP … về Quy chế khu vực biên giới đất liền …”, “… triển khai Quy
    # chế phối hợp giải quyết án hành chính …” (“thực hiện Quy chế … của Bộ Chính trị”: cited by its issuer). The title
    # runs to the end of its list item, past whose the rules are (“… của các tỉnh, thành phố trực thuộc Trung
    # ương”), not to who issued them (“… của Thủ tướng Chính phủ”, “… do Hội đồng Bộ trưởng ban hành”) nor to what
    # the sentence adds (“… kèm theo Quyết định …”, “… như sau:”, “… đến toàn thể cán bộ”), and may end with a quoted
    # title (“Quy định tạm thời “Thích ứng an toàn …””, not a remark: “… “nhằm siết chặt …””). “Quy định” is also a
    # verb, in titles too (“Nghị định … về Quy định chi tiết …”): a regulation only as “Quy định về …” or “Quy định
    # tạm thời”, after a verb that issues or carries it out (“ban hành Quy định kịp thời” says how it was issued).
    *[
        (
            kind,
            rf"{after}{kind}{first}"
            rf"(?:\s+(?!{_TITLE_CLAUSE}|{_NEXT_DOCUMENT}|{_NEW_CLAUSE}|{_ISSUED_BY}|{_REGULATION_GOES_ON})"
            rf"(?:{_DOTTED}|{_TITLE_WORD})){{1,40}}?"
            rf"(?:\s*[“\"](?={_CAP})[^“”\"]{{3,300}}[”\"]"
            rf"|(?={_ITEM_END}"
            rf"|\s+(?:{_TITLE_CLAUSE}|{_NEXT_DOCUMENT}|{_ISSUED_BY}|ban hành kèm theo\b|{_REGULATION_GOES_ON})))",
        )
        for kind, after, first in (
            (
                "Quy chế",
                rf"(?:{_ISSUES_OR_CARRIES_OUT}|(?<=về )|(?=Quy chế {_RULES_FOR}))",
                rf"(?=\s+[a-zđà-ỹ])(?!\s+(?:{_NOT_A_NAME}|mới)\b)",
            ),
            (
                "Quy định",
                rf"(?:{_ISSUES_OR_CARRIES_OUT})",
                r"(?=\s+(?:về|tạm thời)\s)",
            ),
        )
    ],
    # … and so is a plan to hold an event that a body has issued, as the news reports it: “… vừa ban hành Kế hoạch tổ
    # chức thi sáng tác tranh cổ động và ấn hành tài liệu tuyên truyền Năm Chủ tịch ASEAN 2020.” (“Thành đoàn ban hành
    # Kế hoạch tổ chức …, cụ thể …” opens the plan itself).
    (
        "Kế hoạch",
        "(?:" + "|".join(f"(?<={word}ban hành )" for word in _REPORTED_ISSUE) + ")Kế hoạch tổ chức"
        rf"(?:\s+{_FOUNDING_DAY}"  # “… kỷ niệm 71 năm ngày thành lập Đảng bộ …”
        rf"|\s+(?!{_TITLE_CLAUSE}|{_NEXT_DOCUMENT}|{_NEW_CLAUSE}|{_ISSUED_BY})(?:{_DOTTED}|{_TITLE_WORD})){{1,40}}?"
        rf"(?=(?!\s*{_ACRONYM}){_ITEM_END}"
        rf"|\s+(?!{_FOUNDING_DAY})(?:{_TITLE_CLAUSE}|{_NEXT_DOCUMENT}|{_ISSUED_BY}|ban hành kèm theo\b))",
    ),
    ("Cương lĩnh", rf"Cương lĩnh(?:\s+(?!{_NAME_STOP}){_W}){{1,14}}?{_NAME_END}"),
    ("Cương lĩnh", r"Cương lĩnh(?: chính trị)?(?: đầu tiên)? năm \d{4}\b"),  # “Cương lĩnh năm 1991”
    ("Cương lĩnh", r"Cương lĩnh(?: chính trị)? của Đảng(?! bộ)"),  # the Party's platform, cited by whose it is
    (
        "Tuyên bố",
        rf"Tuyên bố về ứng xử của các bên (?:ở|tại) Biển Đông(?:\s*\(DOC\))?{_YEAR}?"
        r"|Tuyên bố (?:DOC|COC)\b",
    ),
    *[
        (
            kind,
            rf"{head}(?=\s+(?:{_CAP}|[0-9]|năm \d{{4}}\b|về\b|khung\b|thương mại\b|quốc tế\b|toàn cầu\b|chống\b"
            rf"{lower_start}))"
            rf"(?:{_NAME_THEN_PARTIES}|{_AGREEMENT_NAME}){_RAISED_TO}",
        )
        for kind, head, lower_start in (
            # “Tuyên bố chung của lãnh đạo các nền kinh tế APEC”, “Tuyên bố cấp cao ASEAN về …”, “Tuyên bố tầm nhìn
            # chung …”, “Tuyên bố của ASEAN về …”
            ("Tuyên bố chung", "Tuyên bố chung", r"|của (?:các )?(?:nhà )?(?:lãnh đạo|nguyên thủ)\b"),
            ("Tuyên bố", "Tuyên bố", r"|cấp cao\b|tầm nhìn\b|của (?:ASEAN|Liên [Hh]ợp [Qq]uốc)\b"),
            ("Công ước", "Công ước", _WORDS_THEN_ABOUT),
            # not a day: “Ngày Hiến chương Nhà giáo Việt Nam” (but “ngày Hiến chương Olympic có hiệu lực”)
            ("Hiến chương", r"(?:(?<![Nn]gày )|(?!Hiến chương (?:các )?[Nn]hà giáo\b))Hiến chương", ""),
            ("Hướng dẫn", "Hướng dẫn(?= ASEAN về)", ""),  # “Hướng dẫn ASEAN về Bố trí Việc làm …”
            # “Văn kiện khung ASEAN về …”, “Văn kiện sửa đổi CPPNM” (not “Văn kiện gia nhập Hiệp định …”: the
            # agreement is cited)
            ("Văn kiện", rf"Văn kiện(?= (?:khung|sửa đổi|gia nhập) (?!{_HEAD_OF_ANOTHER}))", r"|sửa đổi\b|gia nhập\b"),
            ("Hòa ước", "H(?:òa|oà) ước", ""),  # “Hòa ước Thiên Tân 1885”
            *((kind, f"{head}{_MOU}", "") for kind, head in _MEMORANDA.items()),  # “Bản ghi nhớ (MoU) về …”
            ("Thỏa ước", "Th(?:ỏa|oả) ước", ""),
            ("Biên bản", "Biên bản th(?:ỏa|oả) thuận", ""),  # “Biên bản thỏa thuận về kết thúc đàm phán VKFTA”
            ("Thỏa thuận", r"Th(?:ỏa|oả) thuận(?!\s+[Hh]ợp tác\b)", ""),  # a cooperation one: by its parties
        )
    ],
    # A memorandum signed, renewed or exchanged, named by its title in lower case: “… đã ký kết Biên bản ghi nhớ thiết
    # lập mối quan hệ hợp tác hữu nghị giữa hai tỉnh”, “tái ký Biên bản ghi nhớ hợp tác đa lĩnh vực”, “gia hạn Bản ghi
    # nhớ hợp tác giai đoạn 2024-2027” (“ký kết Bản Ghi nhớ hợp tác nhằm …” names none).
    *[
        (
            kind,
            rf"(?:(?<=ký )|(?<=kết )|(?<=trao đổi )|(?<=gia hạn )){head}(?=\s+[a-zđà-ỹ])"
            r"(?!\s+(?:này|đó|trên|nói trên|mới|về|giữa|với)\b"
            r"|\s+hợp tác(?:\s*[,.;:(]|\s*$|\s+(?:nhằm|với|để|và|giữa)\b))"
            rf"{_AGREEMENT_NAME}(?:(?<=\svề)\s*“[^“”]{{1,80}}”)?",  # … về “U-Health system”
        )
        for kind, head in _MEMORANDA.items()
    ],
    # A joint or political statement named by what it does to relations: “Tuyên bố chung thiết lập quan hệ
    # Đối tác chiến lược”, “Tuyên bố chung chính thức nâng quan hệ Việt - Pháp lên Đối tác chiến lược”,
    # “Tuyên bố chính trị thiết lập quan hệ đối tác chuyển đổi năng lượng công bằng”.
    *[
        (kind, rf"{head}(?=\s+(?:chính thức\s+)?{_SETS_UP}\s+quan hệ\b){_AGREEMENT_NAME}{_RAISED_TO}")
        for kind, head in (("Tuyên bố chung", "Tuyên bố chung"), ("Tuyên bố", "Tuyên bố chính trị"))
    ],
    # An agreement's name may start in lower case (“Hiệp định đối tác kinh tế toàn diện …”, “Hiệp ước
    # xác định giao điểm …”); a verb after the type word (“Hiệp định bao gồm …”) is the sentence's.
    *[
        (kind, rf"{kind}(?=\s+(?!{_NOT_A_NAME})[\wÀ-ỹ])(?:{_NAME_THEN_PARTIES}|{_AGREEMENT_NAME}){_RAISED_TO}")
        for kind in ("Hiệp định", "Hiệp ước", "Nghị định thư")
    ],
    # … and so may an agreement's or a memorandum's when its parties end it: “Thỏa thuận chuyển giao thiết bị
    # quốc phòng Việt Nam – Nhật Bản” (alone, “thỏa thuận …” is what was agreed).
    # … or an acronym closes it: “Thỏa thuận chi trả giảm phát thải vùng Bắc Trung Bộ (ERPA)” (not “Bản ghi nhớ hợp
    # tác (MOC) về …”, whose name goes on).
    *[
        (
            kind,
            rf"{head}(?=\s+(?!{_NOT_A_NAME})[a-zđà-ỹ])"
            rf"(?:{_NAME_THEN_PARTIES}|(?:\s+(?!{_NOT_IN_AN_AGREEMENT}){_W}){{1,15}}?"
            rf"(?={_CLOSING_ACRONYM})(?!\s*{_ACRONYM}\s+(?:về|giữa)\b))",
        )
        for kind, head in (("Thỏa thuận", "Th(?:ỏa|oả) thuận"), ("Bản ghi nhớ", "Bản [Gg]hi [Nn]hớ"))
    ],
    *[
        (
            kind,
            rf"{head}{_TITLE_WORDS}{{1,12}}?(?:{_TWO_COUNTRIES})?"
            rf"(?: trong tình hình mới{_NAME_END}|{_OF_VIETNAM}|{_OF_ANOTHER_STATE}{_NAME_END}"
            rf"|(?!\s+{_INNER_AND})(?:{_NAME_END}|{_BEFORE_CLOSING_ACRONYM}))",
        )
        for kind, head in (
            # “Ban Chính sách, Chiến lược Trung ương”, “Viện Chiến lược và khoa học thanh tra”, “Quỹ Chiến lược Thể
            # thao Quốc tế” are bodies.
            (
                "Chiến lược",
                rf"(?<!Đối tác )(?<!đối tác )(?<!hợp tác )(?<!Viện )(?<!viện )(?<!Quỹ )Chiến lược"
                rf"(?!\s+[Tt]oàn diện\b|\s+Trung ương\b|\s+{_LAW_VERB})",
            ),
            ("Đề án", rf"Đề án(?=\s+{_CAP})"),
            ("Chương trình", "Chương trình (?:[Mm]ục tiêu quốc gia|MTQG|quốc gia về|[Tt]ổng thể)"),
            # “Kế hoạch hành động quốc gia về quản lý rác thải nhựa đại dương”, “Chương trình hành động quốc gia khắc
            # phục hậu quả bom mìn …”
            ("Kế hoạch", rf"Kế hoạch (?:[Tt]ổng thể|[Cc]hiến lược(?=\s+{_CAP})|hành động (?:quốc gia|về))"),
            ("Chương trình", "Chương trình [Hh]ành động (?:quốc gia|về)"),
        )
    ],
    # A plan, programme, strategy or project whose quoted title its type word opens, after a word that cites it: “… về
    # việc ban hành “Kế hoạch hành động ứng phó khẩn cấp với bệnh Dịch tả lợn Châu Phi””, “… được đưa vào “Chương
    # trình phòng, chống tội phạm toàn cầu””, “… và “Kế hoạch …””; the name is what the quotes hold, of three words or
    # more after the type word (not a quoted speech, slogan or show: “… cho biết: “Chương trình này …””, “thông điệp
    # “Kế hoạch hóa gia đình …””, “phát sóng “Chương trình thời sự …””; nor “Kế hoạch nhỏ”, a pupils' movement).
    *[
        (kind, rf"{_CITED_QUOTE_OPENS}{kind}(?!\s+(?:nhỏ|hóa|hoá|này)\b)(?:\s+[^\s“”\"]+){{3,40}}?(?=[”\"])")
        for kind in ("Kế hoạch", "Chương trình", "Chiến lược", "Đề án")
    ],
    # A five-year plan of the State by its ordinal: “Kế hoạch 5 năm lần thứ nhất”, “Kế hoạch nhà nước 5 năm lần thứ
    # hai”, “Kế hoạch nhà nớc 5 năm lần 1” (a slip), not the years it runs (“(1976-1980)”), which a quoted title holds.
    (
        "Kế hoạch",
        rf"Kế hoạch(?: [Nn]hà n(?:ước|ớc))? 5 năm lần(?: thứ)? (?:\d{{1,2}}|{_ROMAN}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám"
        r"|chín|mười)(?![\wÀ-ỹ])",
    ),
]
# Words one of which a text must hold for a pattern to be searched in it (a pattern starts with
# one of them): the kind as written, and the lower-case starts the patterns accept.
_SCREEN = {
    "Công ước": ("UNCLOS", "Công ước"),
    "Bản ghi nhớ": ("Bản ghi nhớ", "Bản Ghi nhớ"),
    "Biên bản ghi nhớ": ("Biên bản ghi nhớ",),
    "Văn kiện": ("Văn kiện", "văn kiện"),
    "Chương trình": ("Chương trình", "chương trình hợp tác"),
    "Nghị quyết": ("Nghị quyết", "NQ"),
    "Thỏa ước": ("Thỏa ước", "Thoả ước"),
    "Thỏa thuận": ("Thỏa thuận", "Thoả thuận"),  # the tone mark on either letter (see _TONE_PAIRS)
    "Hòa ước": ("Hòa ước", "Hoà ước"),
}
# Screened in lower case: headings write names in capitals (“LUẬT BIÊN PHÒNG VIỆT NAM”). A name starts a word: that
# is checked on each match (see _word_start_matches), not written into the pattern, where an assertion before the
# type word would keep the regex engine from jumping to where the type word occurs (ten times slower).
_NAMED_RE = [
    (kind, tuple(w.lower() for w in _SCREEN.get(kind, (kind,))), re.compile(rf"(?:{pattern})"))
    for kind, pattern in _NAMED
]
_WORD_CHAR = re.compile(r"\w")
# Most passages hold no document word at all: one search rules them out.
_SCREEN_WORDS = frozenset(w for _, words, _ in _NAMED_RE for w in words)
_PATTERNS_OF = {w: [i for i, (_, words, _) in enumerate(_NAMED_RE) if w in words] for w in _SCREEN_WORDS}
_ANY_SCREEN_WORD = re.compile("|".join(map(re.escape, sorted(_SCREEN_WORDS, key=len, reverse=True))))
# A document cited by who issued it, without a number: “Kết luận của Bộ Chính trị về …”, “Kế hoạch
# của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 57-KL/TW”, “Kết luận và Quy định của Ban Chấp hành
# Trung ương về …”. The issuer must be a body (“Kế hoạch của tỉnh” names none).
_ORGAN = (
    rf"(?:{_JOINT_ORGANS}|Bộ Chính trị|Ban Bí thư|Ban Chấp hành|Ban Thường vụ|Ban Thường trực|Ban Tuyên giáo|"
    r"Ban Dân vận|Ban Chỉ đạo|Ban Đối ngoại|Ban Tổ chức|Ban Nội chính|Ban Kinh tế|Ban cán sự|Đảng đoàn|Quân ủy|Quân uỷ|"
    r"Chính phủ|Thủ tướng|Quốc hội|Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Huyện ủy|"
    r"Đảng ủy|Đảng uỷ|Đảng Cộng sản (?:Việt Nam|Đông Dương)|Mặt trận Tổ quốc|Bộ [A-ZĐ][\wÀ-ỹ]*|Sở [A-ZĐ][\wÀ-ỹ]*)"
)
_OF_TYPES = (
    "Kế hoạch|Kết luận|Quy định|Chỉ thị|Nghị quyết|Hướng dẫn|Chương trình|Thông báo|Quyết định|Đề án|Thông tri|Quy chế|"
    "Cương lĩnh|Tuyên bố"
)
# Between the type word and “của” a short lower-case description may stand: “Chương trình công tác năm
# 2026 của Bộ Chính trị”, “Quy chế quản lý thống nhất các hoạt động đối ngoại của Bộ Chính trị”.
# Several bodies may issue one (“của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII”).
# After a description the issuer must read as a body's name, word by word (“… của Chính phủ đưa ra 130
# nhiệm vụ” names the Government, not a body called “Chính phủ đưa ra …”). “Kết luận này được ban hành … của Ban Tổ
# chức …” is the document at hand, not one of the body's: no description holds “này” or “được”.
_DESCRIPTION = r"(?P<described>(?:\s+(?!của\b|này\b|được\b)[a-zđà-ỹ0-9][\wÀ-ỹ]*){1,12}?)?"
_BODY_WORD = (
    rf"(?:Trung ương|{_CAP}[\wÀ-ỹ]*|{_ROMAN}|\d+|nhân dân|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|khóa|khoá|cơ quan|"
    r"đoàn thể|chính trị|vụ|trực|ủy|uỷ|phủ|tướng|bí thư|hội|bộ)"
)
_BODY = rf"{_ORGAN}(?:\s+{_BODY_WORD}){{0,10}}(?:(?:,|\s+và)\s+{_ORGAN}(?:\s+{_BODY_WORD}){{0,6}}){{0,3}}"
# The year a document was issued, after its number or issuer: “… năm 2023”.
_YEAR_AFTER = re.compile(r"\s+năm\s+\d{4}\b")
_OF_ISSUER = re.compile(  # matched where a word starts (see _word_start_matches)
    rf"(?P<type>{_OF_TYPES})(?:\s+và\s+(?P<type2>{_OF_TYPES}))?{_DESCRIPTION}\s+của\s+"
    rf"(?P<issuer>(?(described){_BODY}|(?:{_NAMED_BODY}|{_ORGAN}[^,;.:“”\"()]{{0,150}}?)))"
    rf"(?=\s+(?:về|thực hiện|triển khai|sau khi|đã|được|sẽ|đang|là|nhằm|để|cho|với|gửi|nêu rõ|chỉ rõ|khẳng định|"
    rf"nhấn mạnh|yêu cầu|xác định|thể hiện|ngày(?=\s*\d))(?!\w)"
    # what the document does, after its issuer alone (after a list of bodies, what the last of them did: “… của Ban
    # Chấp hành Đảng bộ tỉnh, Ban Chấp hành … ban hành Kế hoạch …”)
    rf"|(?(described)(?!)|\s+(?:phê duyệt|phê chuẩn|ban hành|tổng kết|cụ thể h(?:óa|oá)|thông qua)(?!\w))"
    rf"|\s+và\s+(?:{_OF_TYPES})\s|\s+và\s+[a-zđà-ỹ]|\s*[,;.:(]|\s*$|{_YEAR_AFTER.pattern})"
)
_FORTHCOMING = re.compile(r"\s*,?\s*sau khi (?:được\s+)?[^,;.]{0,60}?thông qua")
# A document still being written: “dự thảo (nội dung) …”, “nhiệm vụ lập (điều chỉnh) Quy hoạch …”, “góp ý vào Kế
# hoạch …”, “phê duyệt đề cương Đề án …”, “trình phê duyệt Quy hoạch …”, “trước khi ban hành Luật …”, “sớm ban hành
# Chiến lược …”, “Hội thảo góp ý Chương trình …”, “thảo luận về chủ trương đầu tư Chương trình mục tiêu quốc gia …”
# (the programme is still to be drawn up; “phê duyệt chủ trương đầu tư Chương trình …” names it), “thảo luận tại tổ
# Luật …” (a bill).
_DRAFT = re.compile(
    r"(?:dự thảo(?: nội dung)?|nhiệm vụ (?:lập|điều chỉnh(?: tổng thể)?)|góp ý(?: vào| cho| về)?|đề cương"
    r"|trình phê duyệt|trước khi ban hành"
    r"|(?:phiên\s+)?thảo luận (?:tại|ở) tổ(?:\s+về)?"
    r"|(?<!phê duyệt )chủ trương đầu tư)\s*[“\"]?$",
    re.IGNORECASE,
)
# … and one named without a number that is being consulted on or appraised: “hội thảo lấy ý kiến về Luật …”, “Hội đồng
# thẩm định chính sách Luật …”, “Hội đồng thẩm định Quy hoạch tỉnh …”; not one reviewed in its use: “lấy ý kiến về
# Chương trình giáo dục phổ thông 2018 sau 5 năm triển khai”, “… Luật Thực hiện dân chủ ở cơ sở sau một năm thi hành”.
_CONSULTED_ON = re.compile(
    r"(?:lấy ý kiến(?: góp ý| nhân dân| của nhân dân)?(?: vào| cho| về| đối với)?|thẩm định(?: chính sách)?)\s*[“\"]?$",
    re.IGNORECASE,
)
_IN_ITS_USE = re.compile(
    r"[^.;]{0,60}?\b(?:sau\s+(?:[\wÀ-ỹ]+\s+){0,2}năm|trong quá trình(?! soạn thảo| xây dựng)|để sửa đổi"
    r"|(?:thi hành|triển khai|thực hiện)\b)"
)
# … and one still to be adopted: “Sớm hoàn thành Quy hoạch …”, “Quốc hội sẽ (xem xét) thông qua Luật …” (not a document
# with its number, which exists, nor “sẽ thông qua Chương trình … để …”: through it).
_TO_BE_ADOPTED = re.compile(
    r"(?:sớm|sẽ|dự kiến|chuẩn bị|đề xuất)\s+(?:xem xét,?\s+)?(?:việc\s+)?(?P<verb>ban hành|hoàn thành|thông qua)\s*$",
    re.IGNORECASE,
)
_THROUGH_IT = re.compile(r"\s+để\b")
# … and one put to a body to approve: “Tờ trình số 165/TTr-BVHTDL trình Thủ tướng Chính phủ về việc phê duyệt
# “Chiến lược phát triển du lịch …”” (not “đã trình và được Thủ tướng phê duyệt …”: approved; nor a document with
# its number, which exists: “đã trình Chính phủ ban hành Nghị định số 15/2020/NĐ-CP”); and one still to be put to it:
# “Bộ sẽ trình lên Thủ tướng Chính phủ Chiến lược quốc gia về …”.
_TO_A_BODY = r"(?:[A-ZĐ][\wÀ-ỹ]*(?:\s+(?!được\b|đã\b|và\b|cho\b)[\wÀ-ỹ]+){0,6}?\s+)?"
_PROPOSED = re.compile(
    rf"(?:trình\s+{_TO_A_BODY}(?:về việc\s+|để\s+)?(?:xem xét,?\s+)?(?:phê duyệt|ban hành)"
    rf"|(?:sẽ|đang|dự kiến|chuẩn bị)\s+trình\s+(?:lên\s+)?{_TO_A_BODY})\s*[“\"]?$"
)
# “trình Quốc hội dự án Luật Phòng bệnh”: a bill, a law not yet passed (but “dự án” of other kinds are works).
_BILL = re.compile(r"dự án\s*$", re.IGNORECASE)
_PASSED_BY_VOTE = frozenset({"Luật", "Bộ luật", "Pháp lệnh"})
# … and one the sentence says is still to be discussed or passed: “Luật Viễn thông (sửa đổi) dự kiến sẽ được đưa ra
# thảo luận …”, “Luật Công nghiệp Công nghệ số là một dự thảo luật …” (“… đã được thông qua” is passed).
_A_BILL_STILL = re.compile(
    r"\s*(?:\(sửa đổi(?:, bổ sung)?\)\s*)?(?:(?:dự kiến\s+)?(?:sẽ\s+)?được\s+(?:đưa ra\s+)?(?:thảo luận|cho ý kiến)"
    r"|(?:dự kiến\s+(?:sẽ\s+)?|sẽ\s+)được\s+(?:trình|xem xét|thông qua)|là\s+(?:một\s+)?dự thảo)\b"
    # … or is still being drafted by a ministry: “Luật Đường bộ (sửa đổi) do Bộ Giao thông Vận tải chủ trì, soạn thảo”
    r"|\s*\(sửa đổi(?:, bổ sung)?\)\s*do\s+[^;.]{1,60}?\s+chủ trì,?\s+(?:soạn thảo|xây dựng)\b"
    r"(?![^;.]{0,80}?\b(?:đã được|thông qua|ban hành)\b)"  # (not “… đã được Quốc hội thông qua”)
)
# … and any document the sentence says is still being written: “Đề án “…” đang được triển khai xây dựng”, or still
# to be signed: “Hiệp định … sẽ được ký kết vào tháng 6” (“… đang được ký kết tại Hà Nội” is being signed).
_STILL_BEING_WRITTEN = re.compile(
    r"\s*(?:(?:đang|sẽ|dự kiến(?:\s+sẽ)?)\s+được\s+(?:triển khai\s+|nghiên cứu\s+)?(?:xây dựng|soạn thảo|hoàn thiện)"
    r"|(?:sẽ|dự kiến(?:\s+sẽ)?)\s+được\s+(?:ký kết|ký))\b"
)
# A round of talks on an agreement, the talks and what they are on in one phrase: “phiên đàm phán lần thứ nhất với
# đại diện Chính phủ Nhật Bản về Hiệp định …” (not “Tại cuộc đàm phán, hai bên trao đổi về Hiệp định …”, “… đàm phán
# với Campuchia và về Hiệp định …”); unless the sentence says it was signed or is in force (“Sau 11 vòng đàm phán về
# Hiệp định …, hai nước đã ký kết …”). Up to twelve words between, searched for in the 110 characters before the name.
_TALKS_ON = re.compile(
    r"(?:phiên|vòng|cuộc) đàm phán(?:\s+(?!và\b|đã\b|cũng\b)[\wÀ-ỹ-]+){0,12}?\s+về\s+$", re.IGNORECASE
)
_SIGNED_OR_IN_FORCE = re.compile(r"[^.;]*?\b(?:đã ký|có hiệu lực)\b")
# “… để đi tới ký kết Hiệp định …”, “sớm tiến tới ký Hiệp định dẫn độ”, “hướng tới việc ký kết Hiệp định …”, “khởi
# động đàm phán Hiệp định …”, “Quyết định về việc đàm phán Hiệp định …”, “sớm kết thúc đàm phán Hiệp định …”, “sẽ ký
# Hiệp định …”, “nghiên cứu tính khả thi của Hiệp định …”, “hợp tác chặt chẽ trong đàm phán Hiệp định …”: an agreement
# still to be signed (“kết thúc đàm phán Hiệp định …” names one, and so does the history of one: “trong quá trình đàm
# phán Hiệp định Paris”).
_TO_BE_SIGNED = re.compile(
    r"(?:(?:tiến tới|đi tới|hướng tới|để|sớm|sẽ|dự kiến)\s+(?:việc\s+)?(?:ký kết|ký)"
    r"|(?:khởi động|bắt đầu|về việc|trong) đàm phán|sớm (?:kết thúc|hoàn tất) đàm phán|tính khả thi (?:của|về))\s+$",
    re.IGNORECASE,
)
# A document word inside the quoted title of a work, contest or programme is not a citation:
# cuộc thi “Tìm hiểu Luật Biên giới quốc gia”, Chuyên đề 2 là “Nội dung trọng tâm của Nghị quyết số …”, a book (“giới
# thiệu quyển “Luật Thư viện” do Nxb. … ấn hành”).
_WORK_BEFORE_QUOTE = re.compile(
    r"(?:cuộc thi|hội thi|phong trào|sách|cuốn|quyển|bộ phim|phim|tác phẩm|bài hát|ca khúc|giải thưởng|giải|triển lãm|"
    r"trưng bày|chuyên đề|chuyên mục|chương trình|tọa đàm|hội thảo|hội nghị|ấn phẩm|chủ đề|khẩu hiệu|ứng dụng|phần mềm|"
    r"bài viết|bài báo|tham luận)"
    r"(?:\s+(?:trực tuyến|tuyên truyền|khoa học|quốc tế|quốc gia|viết|tìm hiểu))*(?:\s+\d+)?(?:\s+là)?"
    r"(?:\s+ngày\s*\(?\d{1,2}/\d{1,2}(?:/\d{4})?\)?)?(?:\s+về)?"  # “tọa đàm ngày (1/10) về “…””
    r"\s*:?\s+(?:với chủ đề\s+|có tên\s+|(?:với|có) tiêu đề(?: là)?\s+)?$",  # “bài viết với tiêu đề “…””
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")


@dataclass(frozen=True)
class Citation:
    type: str
    number: str | None
    raw: str
    date: date | None
    issuer: str | None
    subject: str | None
    start: int
    end: int
    name: str | None = None
    status: str | None = None  # “forthcoming” (“… sau khi được … thông qua”) or “draft” (“dự thảo …”)

    def as_json(self) -> dict:
        return {
            "type": self.type,
            "number": self.number,
            "raw": self.raw,
            "date": self.date.isoformat() if self.date else None,
            "issuer": self.issuer,
            "subject": self.subject,
            "name": self.name,
            "status": self.status,
            "start": self.start,
            "end": self.end,
        }


def normalize_number(raw: str) -> str:
    """``141- KH/TU`` → ``141-KH/TU``: no spaces around separators, one kind of dash, and Đ for its look-alike
    (``1968/QÐ-BVHTTDL``: see ``_LOOK_ALIKES``)."""
    return re.sub(r"\s*([-/])\s*", r"\1", re.sub(r"[–—]", "-", raw.translate(_LOOK_ALIKES))).strip()


def _date(match: re.Match) -> date | None:
    """The date a ``_DATE`` matched. A two-digit year is the latest that is not in the future: a document cited was
    issued already (“15/3/05” is 2005, “27/11/93” is 1993, “3/2/30” is 1930)."""
    written = match.groupdict()
    d, m, y = (written["d"] or written["d2"], written["m"] or written["m2"], written["y"] or written["y2"])
    if written.get("y3"):
        this_year = date.today().year
        y = this_year - (this_year - int(written["y3"])) % 100
        d, m = written["d3"], written["m3"]
    try:
        return date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


def _past_issue_year(text: str, end: int) -> int:
    """Past the year a document was issued, written before its subject (“Quyết định 569/QĐ-TTg năm 2022 về …”,
    “… của Chính phủ năm 2016 về …”); ``end`` itself where no subject follows the year."""
    year = _YEAR_AFTER.match(text, end)
    return year.end() if year and _SUBJECT.match(text, year.end()) else end


# A remark in brackets after the issuer, not its name: what it is called now (“… (nay là Cục Văn thư và Lưu trữ nhà
# nước)”), “(cũ)”, “(cùng ban hành vào năm 2016)”.
_REMARK = re.compile(r"\s*\([^()]{1,80}\)")


def _tail(text: str, end: int) -> tuple[str | None, date | None, str | None, int, int]:
    """Issuer (“của …”), a date written after it, and subject (“về …”) after ``end``: (issuer,
    date, subject, subject start, new end)."""
    issuer = subject = when = None
    match = _ISSUER.match(text, end)
    if match:
        issuer, end = match.group("issuer").strip(), match.end()
        if (remark := _REMARK.match(text, end)) and (
            _SUBJECT.match(text, remark.end()) or _DATE_AFTER.match(text, remark.end())
        ):
            end = remark.end()  # “… của UBND huyện Từ Liêm (nay là quận Bắc Từ Liêm) (ngày …) về …”: what follows it
        # “… của Thủ tướng Chính phủ ngày 28 tháng 12 năm 2017 về …”, “… của Chính phủ ngày 15/11/2015
        # quy định chi tiết …”: the issue date, when the title follows it, or the end of the sentence or
        # what the document does. A date between commas opens the next clause (“… của Ban Bí thư, ngày
        # 20/2/2023, Chính phủ đã …”): it is not the document's.
        dated = _DATE_AFTER.match(text, end)
        close = _DATE_RIGHT_AFTER.match(text, end)
        subject_after = dated and (_SUBJECT.match(text, dated.end()) or _COMMA_THEN_SUBJECT.match(text, dated.end()))
        if dated and (subject_after or (close and _AFTER_ISSUE_DATE.match(text, close.end()))):
            when, end = _date(dated), dated.end()
            if comma := _COMMA_THEN_SUBJECT.match(text, end):  # the subject follows past the comma
                end = comma.end()
        else:
            end = _past_issue_year(text, end)  # “… của Chính phủ năm 2016 về …”
    subject_start = end
    subject, end = _subject_at(text, end)
    return issuer, when, subject, subject_start, end


# A date in brackets after the number, or after a short name in brackets: “Quy định số 144-QĐ/TW (ngày
# 9/5/2024)”, “Nghị quyết số 68-NQ/TW (Nghị quyết số 68) ngày 4-5-2025”.
_DATES_IN_BRACKETS = (
    re.compile(rf"\s*\(\s*(?:ngày|Ngày)?\s*(?:{_DATE})\s*\)"),
    re.compile(rf"\s*\[\s*(?:ngày|Ngày)?\s*(?:{_DATE})\s*\]"),  # “… số 33-NQ/TW [ngày 28-9-2018] …”
    re.compile(rf"\s*\((?:{_TYPE}|{_ABBR})\s+(?:số\s+)?\d[^()]{{0,20}}\)\s*,?\s*ngày\s*(?:{_DATE})"),
)
_DATE_AFTER = re.compile(rf"\s*,?\s*(?:ngày|NGÀY)\s*(?:{_DATE})")
# A short name in brackets after the number, before who issued it or what it is about: “… (NQ21) về …”, “… (Nghị
# quyết 68) của Bộ Chính trị”.
_SHORT_NAME_THEN_TAIL = re.compile(r"\s*\([^()]{1,25}\)(?=\s+(?:về|của|v/v)\s)")
# The plenum that passed a resolution, after its number without “của”, then its date or its subject: “Nghị quyết số
# 09-NQ/TW Hội nghị lần thứ tư Ban chấp hành Trung ương Đảng khóa X ngày 09/2/2007”, “Nghị quyết số 45-NQ/TW Hội nghị
# Trung ương lần thứ 8, khóa XIII về …” (the plenum is not taken for the issuer: the source does not say “của”).
_PLENUM_AFTER = re.compile(
    rf",?\s+Hội nghị (?:{_ORDINAL}|Trung ương (?:lần thứ )?\d{{1,2}})"
    rf"(?:,?\s+(?:của\s+)?(?:Ban [Cc]hấp hành|BCH) Trung ương(?: Đảng)?)?(?:,?\s+\(?{_TERM}\s+{_ROMAN}\)?)?"
    rf"(?:\s*,?\s*(?:ngày|NGÀY)\s*(?:{_DATE})|(?=\s+về\s))"
)
_OF_A_CENTRAL_BODY = re.compile(
    r"\s+của\s+(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Trung ương|Chính phủ|Quốc hội|Thủ tướng)\b"
)
_COMMA_THEN_SUBJECT = re.compile(r"\s*,(?=\s*về việc\b)")  # “… của Bộ trưởng … ngày 29/11/1981, về việc …”
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_DATE_RIGHT_AFTER = re.compile(rf"\s+(?:ngày|NGÀY)\s*(?:{_DATE})")
_AFTER_ISSUE_DATE = re.compile(r"\s*(?:[;.)]|$)|\s+(?:quy định|hướng dẫn|phê duyệt|ban hành)\b")


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``–``end`` without the spaces at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# The “Về” that opens a quoted title (not the verb “return”: “Về với cội nguồn”, “Về đích …”).
_QUOTED_ABOUT = re.compile(r"^[Vv]ề\s+(?:việc\s+)?(?!(?:với|nguồn|đích|quê|thăm|miền|nhà|lại|đây|đó)\b)(?=\S)")


def _subject_of(match: re.Match[str]) -> tuple[str, int]:
    """A matched subject (``_SUBJECT``, ``_QUOTED_TITLE``) and where the citation ends. A quote the source opened
    and never closed (or closed without opening) is not part of an unquoted subject, and the citation ends before
    such a closing quote (“Tuyên bố của Chính phủ về …”:); a quoted title inside keeps both its marks (“phê duyệt
    Đề án “Cơ sở dữ liệu …””). A quoted title that opens with “Về” is what the document is about after it (“Nghị
    quyết số 59-NQ/TW “Về hội nhập quốc tế trong tình hình mới””)."""
    if (quoted := match.group("quoted")) is not None:
        return _QUOTED_ABOUT.sub("", quoted.strip(), count=1), match.end()
    text = match.string
    start, end = _stripped(text, *match.span("plain"))
    opened, closed = text.count("“", start, end), text.count("”", start, end)
    if text.startswith(("“", '"'), start, end) and (opened > closed or text.count('"', start, end) % 2):
        start, end = _stripped(text, start + 1, end)
    if text.endswith(("”", '"'), start, end) and (closed > opened or text.count('"', start, end) % 2):
        start, end = _stripped(text, start, end - 1)
    # … and it ends at a bracket the sentence opened before the citation: “(trong đó có Kế hoạch số 48-KH/TU … về …), …”
    if (unopened := _unopened_bracket(text, start, end)) is not None:
        start, end = _stripped(text, start, unopened)
    start, end = _stripped(text, start, _before_left_out_dots(text, start, end))
    return text[start:end], end


def _before_left_out_dots(text: str, start: int, end: int) -> int:
    """Where a subject ends without the dots of a rest the source left out (“… và Chính phủ Đại hàn Dân quốc...”, “…
    được đề cao,..”, “… đến năm 2030..”): the sentence's “.” is taken off by the patterns, the others are not."""
    if text.endswith(("..", ",."), start, end) or (text.endswith((".", ","), start, end) and text.startswith(".", end)):
        kept = start + len(text[start:end].rstrip(".,"))
        return kept + 1 if text.endswith("v.v", start, kept) else kept  # “… phân bón v.v..”: the abbreviation's dot
    return end


# A list's item mark closes a bracket it never opened: “… gồm i) số hóa hồ sơ, ii) cải cách …”, “a)”, “2)”.
_ITEM_MARK = re.compile(r"(?:^|\s)(?:[a-zđ]|[ivx]{1,4}|\d{1,2})$")


def _unopened_bracket(text: str, start: int, end: int) -> int | None:
    """Where the first “)” between ``start`` and ``end`` that no “(” there opened is, if any (not an item's mark)."""
    depth = 0
    for at in range(start, end):
        if text[at] == "(":
            depth += 1
        elif text[at] == ")":
            if depth == 0 and not _ITEM_MARK.search(text, start, at):
                return at
            depth -= 1
    return None


# A title quoted right after the number: “Đề án 939 “Hỗ trợ phụ nữ khởi nghiệp””.
_QUOTED_TITLE = re.compile(r"\s*[“\"](?P<quoted>[^“”\"]{3,400})[”\"]")


def _subject_at(text: str, at: int) -> tuple[str | None, int]:
    """The subject that starts at ``at`` (“về …”, a quoted title, or an action: “phê duyệt …”), and where it ends."""
    match = _SUBJECT.match(text, at) or _QUOTED_TITLE.match(text, at)
    if not match:
        return _action_subject(text, at) or (None, at)
    return _subject_of(match)


# A subject that is an action (“… phê duyệt Chương trình hành động …”, “… thực hiện Kết luận số
# 57-KL/TW”): the verb is part of it; after “thực hiện” a cited document ends it.
_ACTION = re.compile(
    rf"\s+(?P<verb>phê duyệt|phê chuẩn|ban hành|thực hiện|triển khai)"
    # (not when: “… ban hành ngày 5/3/2024”, “… ban hành cách đây 10 năm”; nor with what: “… ban hành kèm theo …”)
    rf"(?!\s+(?:ngày|năm|từ|vào|cách|hôm|kèm theo)\b)\s+(?P<rest>{_SUBJECT_UNIT}{{1,600}}?)"
    rf"(?={_SUBJECT_END})"
)


def _action_subject(text: str, at: int) -> tuple[str, int] | None:
    match = _ACTION.match(text, at)
    if not match:
        return None
    # What is implemented or ratified is a document: the subject ends with it.
    if match.group("verb") in ("thực hiện", "triển khai", "phê chuẩn"):
        rest_start = match.start("rest")
        first = next((c for c in find_citations(text[rest_start : match.end()]) if c.start == 0), None)
        if first is not None:
            return text[match.start("verb") : rest_start + first.end].strip(), rest_start + first.end
    start, end = _stripped(text, match.start("verb"), _before_left_out_dots(text, match.start("verb"), match.end()))
    return text[start:end], end


# Some pages write Đ as the look-alike Ð (U+00D0, Icelandic eth): “Văn kiện Ðại hội XIII của Ðảng”,
# and text taken from PDFs writes ư as ƣ (U+01A3, the font's glyph read back): “Chiến lƣợc biển”.
# The patterns read the text with the right letter in its place, and every string of a citation is
# cut from the text as written.
_LOOK_ALIKES = str.maketrans("ÐðƢƣ", "ĐđƯư")
# Conversions glue a word to the one before it: “Luật Điều ước quốc tếđã được …”, “Luật Báo chívà Luật
# Xuất bản”, “Hiến pháp1980”, “Luật tổ chức Chính phủngày …”, “côngvăn số …”. No Vietnamese syllable holds
# “đ” or “v” after another letter, nor ends in “của”, “ngày” or a year: these words start where they touch a
# letter, and the patterns read them with a space before them (a footnote's figure, “Luật Thanh niên1”, is
# not a year). A capital after two small letters starts a word too: “Luật Cơ quan đại diện nướcCộng hòa …” (not in
# codes and abbreviations: “KH/ThU”, “MoU”).
# A list's or a footnote's figure glued before a type word starts a word too: “- 3Nghị quyết 20/NQ-TW …”.
_GLUED_AFTER_A_FIGURE = "|".join((*TYPE_WORDS, "Luật", "Pháp lệnh", "Hiến pháp", "Công ước", "Hiệp định"))
_GLUED = re.compile(
    rf"(?<=[a-zà-ỹ])(?=(?:đã|được|và|với|văn|của|ngày)(?![\wÀ-ỹ])|(?:19|20)\d\d(?!\d))|(?={_CAP})(?<={_SMALL}{_SMALL})"
    rf"|(?:(?<=^\d)|(?<=\s\d)|(?<=^\d\d)|(?<=\s\d\d))(?=(?:{_GLUED_AFTER_A_FIGURE})(?![\wÀ-ỹ]))"
)
# … and a footnote's figure to the word it marks: “… Thiên nhiên thế giới21 gọi tắt là …”. The figure ends
# what is named there; the patterns read it as a “;” (the same length, so offsets stay those of the text).
# A figure glued to a word that counts (“tháng12”, “khóa13”, “lần thứ2”) is not a footnote's.
_LETTER_DIGIT = re.compile(rf"{_SMALL}\d")  # most texts have none: one search rules them out
_FOOTNOTE_MARK = re.compile(
    rf"(?<={_SMALL})(?<!tháng)(?<!ngày)(?<!năm)(?<!số)(?<!khóa)(?<!khoá)(?<!thứ)(?<!kỳ)\d{{1,2}}(?=[\s,.;:)]|$)"
)


# Web pages capitalise every word of a title, its type word too (“Đề Án Phát huy …”, “Hiệp Định Thương mại …”);
# the patterns read the type word as a title writes it (the same letters, so offsets stay those of the text).
# (“Bộ Luật Biển” is the Law of the Sea miscalled, not a code.)
_TITLE_CASED = {
    kind.title(): kind
    for kind in {*TYPE_WORDS, *(kind for kind, _ in _NAMED)}
    if " " in kind and kind.title() != kind and kind != "Bộ luật"
}
_TITLE_CASE_TYPE = re.compile(rf"(?<![\wÀ-ỹ])(?:{'|'.join(map(re.escape, _TITLE_CASED))})(?![\wÀ-ỹ])")
# Their second syllables: most texts have none, and one search rules them out.
_TITLE_CASE_SECOND = re.compile(" (?:" + "|".join(sorted({re.escape(w.split(" ")[1]) for w in _TITLE_CASED})) + ")")


def find_citations(text: str) -> list[Citation]:
    """Every citation in ``text``, in order, with character offsets into ``text``.

    A citation may lie inside another's subject (“Kết luận … về tiếp tục thực hiện Nghị
    quyết số 10-NQ/TU …”, “… về Chiến lược … giai đoạn 2011 - 2020”): both are reported.
    """
    scan = text.translate(_LOOK_ALIKES)
    if _TITLE_CASE_SECOND.search(scan):
        scan = _TITLE_CASE_TYPE.sub(lambda m: _TITLE_CASED[m.group()], scan)
    if _LETTER_DIGIT.search(scan):
        scan = _FOOTNOTE_MARK.sub(lambda mark: ";".ljust(len(mark.group())), scan)
    glued = [m.start() for m in _GLUED.finditer(scan)]
    if glued:
        scan = _GLUED.sub(" ", scan)
    if scan == text:
        return _find(text)
    inserted = [at + n for n, at in enumerate(glued)]  # where the added spaces are in ``scan``
    return [_as_written(c, text, scan, inserted) for c in _find(scan)]


def _as_written(citation: Citation, text: str, scan: str, inserted: list[int]) -> Citation:
    """``citation`` (found in ``scan``) with its offsets and strings those of ``text``, which ``scan``
    spells otherwise (a look-alike letter, a space added at ``inserted``)."""

    def at(offset: int) -> int:  # an offset of ``scan`` as one of ``text``
        return offset - bisect.bisect_left(inserted, offset)

    def written(part: str | None) -> str | None:
        if part is None:
            return None
        found = scan.find(part, citation.start, citation.end)
        return text[at(found) : at(found + len(part))] if found >= 0 else part

    start, end = at(citation.start), at(citation.end)
    raw = text[start:end]
    name = " ".join(raw.split()) if citation.name == " ".join(citation.raw.split()) else written(citation.name)
    return replace(
        citation,
        raw=raw,
        name=name,
        issuer=written(citation.issuer),
        subject=written(citation.subject),
        start=start,
        end=end,
    )


_ON_A_DAY = re.compile(r"\s*,?\s*ngày", re.IGNORECASE)


def _dated_number(text: str, match: re.Match, number: str) -> bool:
    """Whether a number written without “số” after a type word in lower case is a document's, by the issue date after
    it: a United Nations body's resolution or decision by session (“quyết định 6/102 ngày 27 tháng 9 năm 2007”), or
    any number but a year after “ngày” (“công văn 2933 ngày 11/5/2022”, not “kế hoạch 2024 ngày …”)."""
    if not match.group("date"):
        return False
    if re.fullmatch(_SESSION_NUMBER, number):
        return True
    return _ON_A_DAY.match(text, match.end("number")) is not None and not _A_YEAR.fullmatch(number)


# The acts the press names by a short number in lower case (“theo nghị định 173, …”, “giãn cách theo chỉ thị 16”), where
# the phrase ends after the number: not a count (“nghị quyết 5 năm”; a tally after a colon or “trong đó”: “…: luật 10,
# nghị định 50”), a figure (“vượt nghị quyết 0,7 điểm”), nor the verb (“Đoàn thanh tra kết luận 2 trong số 5 …”: a
# conclusion only after a word that cites it: “theo”, “thực hiện”, “Điều 5”).
_KNOWN_BY_NUMBER = frozenset({"Nghị định", "Nghị quyết", "Chỉ thị", "Thông tư", "Kết luận"})
_CITES_A_SHORT_NUMBER = re.compile(
    r"(?<![\wÀ-ỹ])(?:[Tt]heo|thực hiện|triển khai|áp dụng|tại|của|sửa đổi|bổ sung|thay thế|[Cc]ăn cứ|quán triệt"
    r"|ban hành|[Đđ]iều \d{1,3})\s+$"
)
_TALLY = re.compile(r"(?::|\btrong đó)[^.;:]*$")
_AFTER_A_SHORT_NUMBER = re.compile(
    r"\s*(?:[,.;:)](?!\d)|$)"
    r"|\s+(?:của|về|và|đã|được|này|quy định|là|có|sẽ|thì|nhằm|với|cho|trong|tại|đối với|đến|vào)\b"
)


def _known_by_its_number(text: str, match: re.Match, kind: str, number: str) -> bool:
    """Whether a number of one to three figures after a type word in lower case names an act the press cites so."""
    return (
        kind in _KNOWN_BY_NUMBER
        and re.fullmatch(r"[1-9]\d{0,2}", number) is not None
        and _AFTER_A_SHORT_NUMBER.match(text, match.end("number")) is not None
        and not _TALLY.search(text, max(0, match.start() - 80), match.start())
        and (
            kind != "Kết luận"
            or _CITES_A_SHORT_NUMBER.search(text, max(0, match.start() - 20), match.start()) is not None
        )
    )


def _find(text: str) -> list[Citation]:
    found: list[Citation] = []
    heads: list[tuple[int, int, int]] = []  # (start, where its subject starts, end)
    for match in _NUMBERED.finditer(text):
        written = match.group("type")
        law = next((w for w in ("Bộ luật", "Luật", "Pháp lệnh") if written.startswith((w, w.upper(), w.title()))), None)
        kind = law or ABBREVIATIONS.get(written) or _VARIANTS[written]
        number = match.group("number")
        if re.fullmatch(_SESSION_NUMBER, number) and kind not in ("Nghị quyết", "Quyết định"):
            continue  # only the United Nations' resolutions and decisions are numbered by session
        if re.fullmatch(_UN_SYMBOL, number) and kind != "Nghị quyết":
            continue  # and “RES” is a resolution
        if match.group("so") and match.group("so").startswith("sổ") and written[0].islower():
            continue  # “hướng dẫn sổ 02-TSCĐ”: a ledger's form; the slip for “số” is read after a capitalised type word
        if written == "Chỉ thi" and not match.group("so") and "CT" not in number:
            continue  # “Chỉ thi 3 môn”: an exam; the slip is read only before “số” or a directive's code
        if written.endswith(("Trung ương", "trung ương")) and not _CODED.search(number):
            continue  # “Nghị quyết Trung ương số 6 khóa XII”: a plenum's number (see _NAMED), not the resolution's
        if (
            kind == "Chương trình"
            and not match.group("so")
            and number.isdigit()
            and _NOT_A_PROGRAMME_NUMBER.match(text, match.start("number"))
        ):
            continue  # a show (“Chương trình 60+”), a year, a count (“Chương trình 100 ngày đêm”, “… 6 điểm”)
        # Without “số”, a type word in lower case is the common noun (“kế hoạch 2024”), unless a document's
        # code follows (“quyết định 1079/QĐ-TTg”); a figure followed by “năm” counts years.
        if not match.group("so") and (
            # a convention's figure is its year (“Công ước 1972”, a name: see _NAMED), unless it is short: the
            # ILO numbers its conventions (“Công ước 182”)
            (kind == "Công ước" and not re.fullmatch(r"\d{2,3}", number))
            or kind == "Nghị định thư"
            or written in _QUALIFIED
            or (
                written not in ABBREVIATIONS
                and written == written.lower()
                and not _CODED.search(number)
                and not re.fullmatch(_UN_SYMBOL, number)
                # … or a central body's: “quy định 144 của Bộ Chính trị”, “nghị quyết 18/2017 của Trung ương” (not
                # a year: “kế hoạch 2024 của Chính phủ”)
                and not (_OF_A_CENTRAL_BODY.match(text, match.end("number")) and not _A_YEAR.fullmatch(number))
                and not _dated_number(text, match, number)
                and not _known_by_its_number(text, match, kind, number)
            )
            or (kind in (*_PLANS, "Công ước") and number.isdigit() and _DURATION.match(text, match.end("number")))
        ):
            continue
        start, end, when = match.start(), match.end(), _date(match) if match.group("date") else None
        set_apart = when and "," in text[match.end("number") : match.start("date")]
        if set_apart and _NEXT_CLAUSE.match(text, end):  # “…, ngày 06-8-2012, Thủ tướng ban hành …”: not its date
            end, when = match.end("number"), None
        bracketed = None if when else next(filter(None, (p.match(text, end) for p in _DATES_IN_BRACKETS)), None)
        if bracketed:
            # “Quy định số 144-QĐ/TW (ngày 9/5/2024)”, “… số 68-NQ/TW (Nghị quyết số 68) ngày 4-5-2025”
            when, end = _date(bracketed), bracketed.end()
        elif kind == "Nghị quyết" and (plenum := _PLENUM_AFTER.match(text, end)):
            when, end = _date(plenum) or when, plenum.end()
        elif not when:
            end = _past_issue_year(text, end)  # “Quyết định 1975/QĐ-TTg năm 2025 về …”
        if short := _SHORT_NAME_THEN_TAIL.match(text, end):
            end = short.end()  # “Nghị quyết số 21-NQ/TW (NQ21) về …”: its subject follows its short name
        issuer, dated, subject, subject_start, end = _tail(text, end)
        when = when or dated
        number = normalize_number(match.group("number"))
        if not match.group("so") and (
            (kind == "Đề án" and "ĐA" not in number.upper())
            or (match.group("type") in _JOINT and number.isdigit())
            or (kind == "Chương trình" and number.isdigit())
        ):
            # “Đề án 06”, “Đề án 06/CP”, “Chương trình phối hợp 90”, “Chương trình 135”: known by the number of the
            # decision that approved it
            found.append(Citation(kind, None, text[start:end], when, issuer, subject, start, end, name=text[start:end]))
            heads.append((start, subject_start, end))
            continue
        if amended := _AMENDS_SEVERAL.match(text, start):  # the laws a law amends are cited too (see _LAW_NAMED)
            subject_start = amended.end() - len("Luật ")
        found.append(Citation(kind, number, text[start:end], when, issuer, subject, start, end))
        heads.append((start, subject_start, end))
    lowered = text.lower()
    wanted = (
        sorted({order for word in _SCREEN_WORDS if word in lowered for order in _PATTERNS_OF[word]})
        if _ANY_SCREEN_WORD.search(lowered)
        else []
    )
    candidates = [
        (
            start,
            order,
            _instrument_end(text, _NAMED_RE[order][0], start, _without_trailing_joiner(text, end)),
            _NAMED_RE[order][0],
        )
        for order in wanted
        for start, end in _matches_nested(_NAMED_RE[order][2], text)
    ]
    first_named = {}  # where a name starts → where the most specific name there ends
    for start, _, end, _ in sorted(candidates, key=lambda c: (c[0], c[1])):
        first_named.setdefault(start, end)
    _extend_subjects(text, found, heads, first_named)
    found += _of_issuer(text, heads, named_at=first_named)
    numbered = list(heads)
    by_start = {c.start: c for c in found if c.number}
    named: list[tuple[int, int, int]] = []  # (start, where its own subject starts, end)
    # At one place the most specific pattern wins; elsewhere outer names come first. A name found not cited is not
    # cited in part either (“Quốc hội ban hành Luật Quản lý, bảo vệ …”: not “Luật Quản lý”).
    not_cited: set[int] = set()
    for start, _, end, kind in sorted(candidates, key=lambda c: (c[0], c[1], c[0] - c[2])):
        if start in not_cited or any(a == start for a, _, _ in named):
            continue
        if _not_cited(text, start, end, kind):
            not_cited.add(start)
            continue
        several = _SEVERAL.search(text, max(0, start - 10), start) or (
            _COUNTED.search(text, max(0, start - 12), start)
            and not (_ITEM_NUMBER.fullmatch(text, 0, start) and _ITEM_ENDS.fullmatch(text, end))
        )
        if several or _WITH_MANY.match(text, end):  # “các Công ước của Liên hợp quốc về …”, “2 Hiệp định quan trọng”
            continue
        # Inside a numbered citation only in its subject, and not over another one: “Quyết định … về Kế hoạch triển
        # khai thi hành Luật Tổ chức chính quyền địa phương 72/2025/QH15”: the law is cited with its number.
        if any(a < end and start < b and not (head <= start and end <= b) for a, head, b in numbered):
            continue
        # Inside another name only in its subject (“Nghị quyết Trung ương 8 … về Chiến lược …”) or
        # as the document it implements (“… thực hiện Nghị quyết …”), not as part of its title
        # (“Công ước … về Luật Biển”), unless it is a quoted title the other is on (“Thỏa thuận giữa … về Đề án
        # “Nâng cao …””).
        inside = [(a, sub, b) for a, sub, b in named if a < end and start < b]
        nested = (
            all(sub <= start and end <= b for _, sub, b in inside)
            or _ACTED_ON.search(text, 0, start)
            or (_ABOUT.search(text, max(0, start - 5), start) and text[end - 1] == "”")
            or (kind in _AGREEMENTS and _ENFORCED.search(text, 0, start))
        )
        if inside and not (nested and all(a <= start and end <= b for a, _, b in inside)):
            continue
        own_end, subject = end, None
        # A plenum's resolution is named with its subject, and so is a directive or a conclusion named by what it is
        # about (“Chỉ thị về việc …”, “Kết luận về bảo đảm …”); a congress's topic is not part of its name.
        named_about = text[start:end] in ("Chỉ thị", "Kết luận")
        with_subject = (kind == "Nghị quyết" and "Đại hội" not in text[start:end]) or named_about
        about = _SUBJECT.match(text, end) if with_subject else None
        # A plan's name may go on with what it implements; an agreement's only when it names nothing else
        # (“Thỏa thuận hành chính thực hiện Hiệp định …”, but “Thỏa thuận Paris thực hiện Công ước khung …”).
        only_how = _ONLY_HOW.fullmatch(text, start, own_end) is not None  # alone, these words name nothing
        implements = kind in _NAMED_BY_WHAT_IT_IMPLEMENTS and (kind in _PLANS or only_how)
        implemented = _IMPLEMENTS.match(text, end) if implements else None
        if about:  # a resolution named with its subject: “Nghị quyết Trung ương 4 (khóa X) về …”
            subject, end = _subject_of(about)
            # A subject that is a named document ends with it: “… về Chiến lược bảo vệ Tổ quốc trong
            # tình hình mới” (and not at “, nhận thức của …” or “ cho các cán bộ …”).
            inner = first_named.get(about.start("plain")) if about.group("quoted") is None else None
            if inner is not None and inner < end:
                subject, end = text[about.start("plain") : inner], inner
        elif implemented and implemented.end() in by_start:  # “Chương trình … thực hiện Kết luận số …”
            end = by_start[implemented.end()].end
            # … and the others of a list: “… thực hiện Nghị quyết số 36-NQ/TW, Chỉ thị số 45-CT/TW và Kết luận …”
            while (listed := _LISTED_NEXT.match(text, end)) and listed.end() in by_start:
                end = by_start[listed.end()].end
            # … and the period it runs for, after them: “Kế hoạch thực hiện Nghị quyết số 50/NQ-CP của Chính phủ giai
            # đoạn 2021 - 2025”
            end = _PERIOD_AFTER_A_NAME.match(text, end).end()
        elif implemented and implemented.end() in first_named:  # “… thực hiện Chiến lược … đến năm 2020”
            end = first_named[implemented.end()]
            # … and the others of a list: “… Nghị quyết Đại hội lần thứ XIII của Đảng và Nghị quyết số 02-NQ/TW …”
            while (listed := _LISTED_NEXT.match(text, end)) and (
                listed.end() in by_start or listed.end() in first_named
            ):
                end = by_start[listed.end()].end if listed.end() in by_start else first_named[listed.end()]
        elif implemented and (anaphor := _IMPLEMENTS_THE_ONE_NAMED.match(text, implemented.end())):
            end = anaphor.end()  # “… phê duyệt Kế hoạch triển khai thực hiện Công ước.”
        elif kind in _OF_AN_AGREEMENT and (act := _OF_AN_AGREEMENT[kind].match(text, start)) and act.end() == end:
            if first_named.get(end + 1) is None:  # an instrument named by an agreement ends with it …
                continue
            # … and with the others it lists: “…, Văn kiện phê duyệt Hiệp định …”
            end = _listed_through(text, first_named[end + 1], _MORE_INSTRUMENTS, first_named)
        elif kind == "Quy chế" and _GOVERNED.match(text, end):  # its name ends with what it governs
            if first_named.get(end + 1) is None:
                continue
            end = first_named[end + 1]
        elif text[start:end] in _BARE_ACTS:  # “Quyết định phê duyệt …”: named by what it acts on
            acted_on = _ACTS.match(text, end)
            if acted_on is None:  # “Nghị quyết về …” whose subject does not end where a subject can
                continue
            item = _QUOTED.match(text, acted_on.end()) or _TO_ITEM_END.match(text, acted_on.end())
            # the document it acts on (or whose investment policy it approves), else the end of the quoted title or
            # of the list item; where that document's name goes on with what it implements (“Chương trình hành động
            # của Chính phủ tiếp tục đẩy mạnh thực hiện …”), where the act ends is not known here: it is not read
            acted_at = _INVESTMENT_POLICY.match(text, acted_on.end()).end()
            named_end = first_named.get(acted_at)
            if named_end is not None and _ONLY_HOW.fullmatch(text, acted_at, named_end):
                continue
            if item:
                end = named_end or _without_trailing_joiner(text, item.end())
            if end == own_end:
                continue
        elif only_how:
            continue
        if _AMENDS_SEVERAL.match(text, start):  # the laws it amends, listed: “… của Luật A, Luật B và Luật C”
            end = _listed_through(text, end, _LISTED_NEXT, first_named, head="Luật ")
        if only_how and _OWN_TITLE.match(text, end):
            continue  # “… ban hành Kế hoạch thực hiện Kết luận số 57-KL/TW như sau:”: the document itself
        name = " ".join(text[start:end].split())
        kind = "Luật" if kind == "Bộ luật" and name.startswith("Luật ") else kind  # the law that amends a code
        issuer, own_subject, when = _named_parts(name, text, end)
        found.append(Citation(kind, None, text[start:end], when, issuer, subject or own_subject, start, end, name=name))
        named.append((start, own_end, end))
    if wanted:  # a heading in capitals names its documents with the same words
        found += _named_in_capitals(text, found)
    found += _titles_after_numbers(text, found)
    found = [_to_closing_quote(text, c, found) for c in found]
    titles = quoted_titles(text)
    found = [c for c in found if not any(a <= c.start and c.end <= b for a, b in titles)]
    return _drafts_listed(text, sorted((_with_status(text, c) for c in found), key=lambda c: c.start))


def _listed_through(text: str, end: int, joiner: re.Pattern, named_at: dict[int, int], head: str = "") -> int:
    """Where a name that goes on with a list ends: past each ``joiner`` followed by a name found there
    (``named_at``: where a name starts → where it ends) that starts with ``head``."""
    while (more := joiner.match(text, end)) and more.end() in named_at and text.startswith(head, more.end()):
        end = named_at[more.end()]
    return end


# A document's title written right after its number: “Quy định số 144-QĐ/TW Quy định chuẩn mực đạo đức cách mạng của
# cán bộ, đảng viên giai đoạn mới”, “Quyết định 1090/QĐ-TTg 2022 Chương trình phát triển khai thác thủy sản …”,
# “Quyết định số 08/QĐ-TWPCTT Hướng dẫn xây dựng …”: the title, to the end of its list item, is the document the act
# issues (not “…, Kế hoạch số …”, “…, Hướng dẫn của …”: another citation). After a decree or a circular the same words
# are its title's verb (“Nghị định số 136/2013/NĐ-CP Quy định chính sách …”, “Thông tư … Hướng dẫn …”), and after a
# decision “Quy định …” may be.
_TITLE_AFTER_NUMBER = re.compile(
    rf"(?:,\s*|\s+)(?:(?:1[89]|20)\d\d\s+)?"
    rf"(?P<title>(?P<kind>Quy định|Hướng dẫn|Chương trình|Kế hoạch|Đề án|Chiến lược|Quy chế)"
    rf"\s+(?!số\b|về\b|{_NOT_A_NAME})[a-zđà-ỹ][^;.:“”\"()\[\]]{{1,300}}?)(?={_ITEM_END})"
)


def _titles_after_numbers(text: str, found: list[Citation]) -> list[Citation]:
    """The titles written right after numbered citations (``_TITLE_AFTER_NUMBER``), where nothing else was found."""
    titles = []
    for numbered in (c for c in found if c.type in ("Quyết định", "Quy định") and c.number):
        after = _TITLE_AFTER_NUMBER.match(text, numbered.end)
        if after is None or (after.group("kind") == "Quy định") != (numbered.type == "Quy định"):
            continue
        start, end = after.span("title")
        if any(c.start < end and start < c.end for c in found if c is not numbered):
            continue
        name = " ".join(after.group("title").split())
        issuer, subject, when = _named_parts(name, text, end)
        titles.append(
            Citation(after.group("kind"), None, text[start:end], when, issuer, subject, start, end, name=name)
        )
    return titles


# The rest of a quoted name: a name that opens a quote (“Đề án hoạt động của Trung tâm Văn hóa Việt Nam tại Lào”)
# is the quote, up to its closing mark, when what is left is a few words and no more (no punctuation, no other
# citation): a quoted speech (“Hiệp định Paris năm 1973 đã trở thành …, …”) goes on past its name. A subtitle after a
# colon is part of a quoted name (“Tuyên bố Tầm nhìn về Quan hệ … ASEAN-Nhật Bản: Đối tác tin cậy”).
# What the quoted name is about may hold commas (“… về tăng cường quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác
# toàn diện …”).
_QUOTE_REST = re.compile(
    # (not a quoted speech: “Luật Đất đai 2024 về cơ bản đã tháo gỡ …, …”)
    rf"(?:\s+về\s(?!(?:cơ bản|lâu dài|mặt|nguyên tắc|phía)\b)"
    rf"(?:(?!\s(?:đã|đang|sẽ|vẫn|nhưng|là|được|cần)\s)[^;.…:“”\"'()\[\]]|:(?=\s+{_CAP})){{1,300}}?"
    rf"|(?:[^;,.…:“”\"'()\[\]]|:(?=\s+{_CAP})){{1,150}}?)(?=[”\"'])"
)
_CLOSING_MARK = {"“": "”", '"': '"', "'": "'"}  # by the opening mark


def _to_closing_quote(text: str, citation: Citation, found: list[Citation]) -> Citation:
    if citation.number or citation.start == 0 or text[citation.start - 1] not in _CLOSING_MARK:
        return citation
    rest = _QUOTE_REST.match(text, citation.end)
    if rest is None or text[rest.end()] != _CLOSING_MARK[text[citation.start - 1]]:
        return citation
    if any(citation.end <= other.start < rest.end() for other in found):
        return citation
    raw = text[citation.start : rest.end()]
    return replace(citation, raw=raw, end=rest.end(), name=" ".join(raw.split()))


# A heading in capitals (“QUYẾT TÂM THỰC HIỆN THẮNG LỢI NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẠNG SƠN LẦN THỨ XVII,
# NHIỆM KỲ 2020 - 2025”) cannot show where a name ends by its capitals: there a document named by its type
# runs to the end of the heading's clause (a “:”, a “,” unless a period goes on, a bracket, the end, “VÀ” and the
# next document's type). (An
# amending law, “LUẬT SỬA ĐỔI, BỔ SUNG …”, holds commas: it is left to the patterns above.)
# (Not “KẾ HOẠCH”, “CHƯƠNG TRÌNH”: a plan's own title is written so.)
_CAPITAL_HEADS = {
    head.upper(): head
    for head in (
        *_AGREEMENTS,
        "Quy hoạch",
        "Chiến lược",
        "Đề án",
        "Luật",
        "Bộ luật",
        "Nghị quyết",
        "Tuyên bố chung",
        "Hiến chương",
        *_MEMORANDA,
    )
}
_CAPITAL_HEAD = "|".join(sorted(map(re.escape, _CAPITAL_HEADS), key=len, reverse=True))
_NOT_NEXT_IN_CAPITALS = rf"(?!\s+VÀ\s+(?:{_CAPITAL_HEAD})\s(?!SƯ\b))"
_IN_CAPITALS = re.compile(
    rf"(?<![\wÀ-ỹ])(?P<head>{_CAPITAL_HEAD})\s"
    # … nor into the next document of a list: “HIỆP ƯỚC SAN FRANCISCO NĂM 1951 VÀ HIỆP ƯỚC HOÀ BÌNH …”
    rf"(?!SỬA ĐỔI\b)(?:(?!(?<=\s)VỀ\s){_NOT_NEXT_IN_CAPITALS}"
    r"(?:“[^”]{3,300}”|[^:;,.()\[\]“”]|,(?=\s*(?:TẦM NHÌN|ĐỊNH HƯỚNG)\b)))*"
    # … what it is about, its commas included unless another document follows: “… VỀ NÔNG NGHIỆP, NÔNG DÂN, NÔNG THÔN”
    rf"(?:VỀ\s(?:{_NOT_NEXT_IN_CAPITALS}(?:“[^”]{{3,300}}”|[^:;,.()\[\]“”]"
    rf"|,(?=\s*(?!{_TYPE_IN_CAPITALS})[A-Z{_UPPER}]{{2,}}(?![\wÀ-ỹ]))))+)?"
)


def _named_in_capitals(text: str, found: list[Citation]) -> list[Citation]:
    """Documents named in a heading written in capitals, where no other citation was found."""
    matches = list(_IN_CAPITALS.finditer(text))
    letters = sum(map(str.isalpha, text)) if matches else 0
    if letters < 12 or sum(map(str.isupper, text)) < 0.8 * letters:
        return []
    named = []
    for match in matches:
        start, end = match.start(), _without_trailing_joiner(text, match.end())
        if any(c.start < end and start < c.end for c in found) or end - start <= len(match.group("head")) + 2:
            continue
        name = " ".join(text[start:end].split())
        named.append(
            Citation(
                _CAPITAL_HEADS[match.group("head")], None, text[start:end], None, None, None, start, end, name=name
            )
        )
    return named


# Whose an international instrument is, after its name: “Công ước chống sa mạc hóa (UNCCD) của Liên hợp
# quốc”, “Công ước 1970 của UNESCO”, “Chương trình nghị sự 2030 … của LHQ”. Only bodies of many states:
# What it is about may follow (“Công ước New York năm 1958 của Liên hợp quốc về …”).
# “… Công ước chống tra tấn của Việt Nam” is whose report the sentence speaks of, not the convention's name.
_WORLD_BODY = (
    r"(?:Liên [Hh](?:ợp|iệp) [Qq]uốc|LHQ|UNESCO|ILO|ASEAN|IAEA|IMO|WHO|WTO|FAO|Hội đồng [Cc]hâu Âu"
    r"|Tổ chức (?:Hàng hải|Lao động|Y tế|Thương mại|Sở hữu trí tuệ) (?:[Qq]uốc tế|[Tt]hế giới))(?![\wÀ-ỹ])"
)
_OF_WORLD_BODY = re.compile(rf"(?:\s*{_ACRONYM})?\s+của\s+{_WORLD_BODY}{_ABOUT_AGREEMENT}")
# … and its year after the body, ending a list's item: “Công ước quốc tế về quyền trẻ em của Liên hợp quốc năm
# 1989;” (elsewhere the year may be the sentence's: “Việt Nam phê chuẩn Công ước … của Liên hợp quốc năm 1990.”).
_BODY_YEAR = re.compile(r"\s+năm\s+(?:1[89]|20)\d\d(?![\d/–-])(?=\s*(?:;|…|\.\.\.))")
# … and its year after a comma, as the IMO and the ILO write their conventions: “Công ước quốc tế về tiêu chuẩn
# huấn luyện, thi, cấp chứng chỉ chuyên môn và bố trí chức danh đối với thuyền viên, 1978”.
_COMMA_YEAR = re.compile(r",\s*(?:1[89]|20)\d\d(?![\d/–-])(?=\s*(?:[,.;:()]|$))")
# A law named by its year goes on with the year it was amended, when no comma sets that apart: “Luật nghĩa vụ quân sự
# năm 1981 sửa đổi, bổ sung năm 2005”, “Bộ luật hình sự 2015 sửa đổi, bổ sung 2017” (“Luật Bầu cử năm 2015, sửa đổi,
# bổ sung năm 2025” cites the law of 2015).
_AMENDED_IN = re.compile(r"(?<=\d{4})\s+sửa đổi,?\s*bổ sung(?:\s+năm)?\s+(?:19|20)\d\d(?![\d/–-])")


_AGENDA = re.compile("chương trình nghị sự", re.IGNORECASE)  # the UN's “Chương trình Nghị sự 2030”, either case


def _instrument_end(text: str, kind: str, start: int, end: int) -> int:
    """Where an international instrument's name ends once the body it is of (see ``_WORLD_BODY``) and its year
    (after the body, ``_BODY_YEAR``, or after a comma, ``_COMMA_YEAR``) are added; where a law's ends once the year
    it was amended is (``_AMENDED_IN``)."""
    if kind in ("Luật", "Bộ luật"):
        amended = _AMENDED_IN.match(text, end)
        return amended.end() if amended else end
    international = kind in _AGREEMENTS or _AGENDA.match(text, start) is not None
    of = _OF_WORLD_BODY.match(text, end) if international else None
    end = of.end() if of else end
    year = (_BODY_YEAR.match(text, end) if of else None) or (
        _COMMA_YEAR.match(text, end) if kind in _AGREEMENTS else None
    )
    return year.end() if year else end


def _without_trailing_joiner(text: str, end: int) -> int:
    """A title word may carry its comma (“… cắm mốc, …”); the comma after a name's last word is not the name's,
    nor is a “và” that joins the sentence's next verb (“… Hợp tác Quốc phòng Song phương và tái khẳng định …”)."""
    while True:
        while end > 0 and text[end - 1] in ", ":
            end -= 1
        if not (end >= 3 and text.endswith("và", 0, end) and text[end - 3].isspace()):
            return end
        end -= 3


def _word_start_matches(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    r"""``pattern.finditer(text, pos, endpos)`` keeping only matches that start a word (not after a letter or digit),
    as ``(?<!\w)`` before the pattern would, the search going on from the next character after one that does not."""
    end = len(text) if endpos is None else endpos
    while (match := pattern.search(text, pos, end)) is not None:
        start = match.start()
        if start > 0 and _WORD_CHAR.match(text, start - 1):
            pos = start + 1
            continue
        yield match
        pos = match.end() if match.end() > start else start + 1


def _matches_nested(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    """Spans of ``pattern`` in ``text``, and of its matches inside them: a name may hold another of
    its kind (“Hiệp ước bổ sung Hiệp ước hoạch định biên giới quốc gia”)."""
    spans = []
    for match in _word_start_matches(pattern, text):
        spans.append(match.span())
        spans += [inner.span() for inner in _word_start_matches(pattern, text, match.start() + 1, match.end())]
    return spans


def _extend_subjects(
    text: str, found: list[Citation], heads: list[tuple[int, int, int]], names: dict[int, int]
) -> None:
    """A subject does not end inside a name: “… phê duyệt Báo cáo … về thực thi Công ước chống tra tấn
    và các hình thức …” runs to the end of the convention's name. Updates ``found`` and ``heads``."""
    for i, (start, subject_start, end) in enumerate(heads):
        citation = found[i]
        if not citation.subject or text[end - 1 : end] in '”"':
            continue
        longest = max((b for a, b in names.items() if subject_start <= a < end < b), default=None)
        if longest is None or ";" in text[end:longest]:
            continue
        found[i] = replace(citation, raw=text[start:longest], subject=citation.subject + text[end:longest], end=longest)
        heads[i] = (start, subject_start, longest)


# A number that carries a document's code (“1079/QĐ-TTg”, “167-HĐBT”), not only figures and a year.
_CODED = re.compile(r"[A-ZĐ]")
# “Kế hoạch 5 năm”, “Chương trình 10 năm” (a bare number, no “số”): how long a plan runs, not its number;
# “Đề án 1 triệu ha lúa …”: how much it is about.
_DURATION = re.compile(r"\s+(?:năm|triệu|nghìn|ngàn|tỷ|ha)\b")
# A programme's figure that is not its name's number: a show's (“60+”), a year, one digit, a count of something.
_NOT_A_PROGRAMME_NUMBER = re.compile(
    r"\d+\+|(?:19|20)\d\d\b|\d\b|\d+\s+(?:ngày|đêm|điểm|bước|tháng|năm|giờ|phút|xã|huyện|tỉnh|nội dung|mục tiêu)\b"
)
# A date that opens the next clause, whose subject issues something: the date of that act.
_NEXT_CLAUSE = re.compile(rf"\s*,\s*{_CAP}[^,;.]{{0,80}}?\s+(?:ban hành|ký|phê duyệt)\s")
# “Quốc hội ban hành Luật An ninh mạng.”: a law's own enacting line, copied from its text; the law is not cited there.
_ENACTS_ITSELF = re.compile(r"(?:^|[.;:]\s+)Quốc hội ban hành\s+$")
_ALONE_TO_THE_END = re.compile(r"\s*\.?\s*$")
# “Điều 1. Phê duyệt Chiến lược …”, “Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …”, “Điều 1. Ban hành
# “Chương trình …””, “Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động …”: a decision's own article
# on the plan it approves and carries; the plan is that text's own, not cited there (a treaty it approves is).
_APPROVED_HERE = re.compile(
    r"(?:^|[.;:]\s*)Điều 1\.?\s+(?:Phê duyệt|Ban hành(?: kèm theo (?:Quyết định|Nghị quyết) này)?)\s+[“\"]?$"
)
# A named document being drafted (“xây dựng Đề án …”, “Hoàn thiện Đề án …”), an app named after a law (“ứng dụng Luật
# Biên phòng Việt Nam”) or a handbook named after a kind of document (“Sổ tay Thỏa thuận quốc tế”) is not cited.
_NOT_CITED = re.compile(
    r"(?:[Xx]ây dựng|[Ss]oạn thảo|[Hh]oàn thiện|[Ứứ]ng dụng|[Pp]hần mềm|[Ss]ổ tay"
    # … “tiến tới xây dựng và ban hành Luật …”, “cần sớm xây dựng và ban hành …”: intended (not “đã khẩn trương xây
    # dựng và ban hành …”, “Việc xây dựng và ban hành …”: done)
    r"|(?:tiến tới|cần|sẽ|đề nghị|kiến nghị|chuẩn bị|dự kiến|nghiên cứu)(?:\s+[\wÀ-ỹ]+){0,2}?\s+xây dựng,? và ban hành)"
    r"\s+[“\"]?$"  # its title may be quoted: “việc xây dựng “Đề án …” là cần thiết”
)
# … unless the sentence says it was drafted and has since been adopted: “đã nghiên cứu xây dựng Chiến lược …, đã được
# Thủ tướng Chính phủ phê duyệt năm 2015” (not “đang xây dựng …”, nor a step of it approved: “…, đã được Thủ tướng
# phê duyệt chủ trương”, “… thông qua đề cương”).
_DRAFTED_BEFORE = re.compile(r"\bđã\s+(?:[\wÀ-ỹ]+\s+){0,2}$")
# … nor a quoted title the sentence goes on to say was adopted: “… xây dựng “Đề án …” và ban hành tại Quyết định …”,
# “…, đã được UBND tỉnh phê duyệt”, “… và được HĐND tỉnh thông qua” (not to be: “… để sớm ban hành”, “… trình UBND
# tỉnh phê duyệt”, “… chưa được thông qua”, “… sẽ được …”; nor another document's: “… do UBND tỉnh ban hành”).
_ADOPTED_LATER = re.compile(
    r"[^.;]{0,120}?(?:\s+và|,)\s+(?:đã\s+)?(?:được\s+(?:(?!trình\b|chưa\b|sẽ\b)[^,.;:]){0,40}?)?"
    r"(?<!trình )(?:ban hành|phê duyệt|thông qua)\b(?!\s+việc\b)"
)
_ADOPTED_SINCE = re.compile(
    r"[”\"]?\s*,?\s*(?:và\s+)?đã\s+được\s+(?:(?!sẽ\b|trình\b)[^,.;:]){0,50}?(?:phê duyệt|ban hành|thông qua)\b"
    r"(?!\s+(?:chủ trương|đề cương|nhiệm vụ|dự thảo)\b)"
)


# “Thành đoàn ban hành Kế hoạch tổ chức …, cụ thể như sau”: a plan's own opening line (the news says “vừa ban hành”,
# “đã ban hành”).
_ISSUES_ITSELF = re.compile("".join(f"(?<!{word})" for word in _REPORTED_ISSUE) + r"ban hành\s+$")
_OWN_OPENING = re.compile(r"\s*,?\s*(?:cụ thể|như sau)\b")
# “Tổ biên tập văn kiện Đại hội …”, “Tiểu ban Văn kiện …”: who drafts a congress's documents, a body (“Tổ biên tập
# Luật Đất đai” speaks of a law that is cited).
_DRAFTS_DOCUMENTS = re.compile(r"(?:(?:[Tt]ổ|[Bb]an) [Bb]iên tập|[Tt]iểu [Bb]an)\s+$")
# “Bộ Kế hoạch và Đầu tư”, “Sở Kế hoạch và Đầu tư”: a body; so is “Tổ chức Hiệp ước Bắc Đại Tây Dương” (NATO),
# “Tổ chức Hiệp ước An ninh Tập thể”.
_BODY_NAMED_LIKE_A_PLAN = re.compile(r"Kế hoạch và Đầu tư\b")
_ORGANISATION_OF_A_TREATY = re.compile(r"(?<![\wÀ-ỹ])Tổ chức\s+$")
# … and “Ủy ban của Liên Hợp Quốc về Luật Thương mại quốc tế (UNCITRAL)”: a commission on a field of law (not “Ủy ban
# nhân dân tỉnh báo cáo về Luật …”).
_COMMISSION_ON = re.compile(r"(?<![\wÀ-ỹ])(?:Ủy|Uỷ) ban (?:của )?Liên [Hh](?:ợp|iệp) [Qq]uốc về\s+$")
# … and “Luật Hoàng Anh sẽ trình bày …”, “Luật Minh Khuê xin tư vấn …”, “Luật ACC giải đáp”: a law firm's name, proper
# names only, which speaks to the reader (not “Tổ biên tập Luật Đất đai chia sẻ …”, a known law, a law with its year).
# … and “Luật Khoa” (tạp chí): a magazine (“Đồ họa: … / Luật Khoa”, “Luật Khoa tổng hợp …”; not “Luật Khoa học …”).
_A_MAGAZINE = re.compile(r"Luật Khoa(?![\wÀ-ỹ])(?!\s+học\b)")
_A_FIRM = re.compile(
    rf"Luật(?:\s+(?:{_CAP}[a-zđà-ỹ]*|[A-Z]{{2,6}}))+"
    r"(?=\s+(?:(?:xin|sẽ|luôn|chuyên|cam kết|đã)\s+)?(?:trình bày|tư vấn|giải đáp|gửi tới|gửi đến|xin gửi|chia sẻ"
    r"|trả lời)\b)"
)


def _is_known_name(name: str) -> bool:
    """Whether ``name`` is one of ``known_names.yaml``'s, written whole."""
    return any(pattern.fullmatch(name) for pattern in _KNOWN_NAMES)


def _a_firm(text: str, start: int) -> bool:
    """Whether “Luật …” at ``start`` is a law firm speaking to the reader (``_A_FIRM``), its name no known law's."""
    firm = _A_FIRM.match(text, start)
    return bool(firm and not _is_known_name(firm.group()))


def _described(name: str, kind: str) -> bool:
    """Whether a name that “này” points back to is a description (``_LOWER_CASE_WORDS``), not a known name."""
    return (
        name.startswith(kind) and _LOWER_CASE_WORDS.fullmatch(name, len(kind)) is not None and not _is_known_name(name)
    )


def _being_drafted(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` is of a document being drafted (``_NOT_CITED``), not one drafted
    before and adopted since (``_ADOPTED_SINCE``)."""
    drafting = _NOT_CITED.search(text, max(0, start - 50), start)
    return bool(
        drafting
        and not (
            _DRAFTED_BEFORE.search(text, max(0, drafting.start() - 30), drafting.start())
            and _ADOPTED_SINCE.match(text, end)
        )
        and not (drafting.group().endswith(("“", '"')) and _ADOPTED_LATER.match(text, end))
    )


def _not_cited(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the name at ``start``–``end`` is named without being cited: being drafted (not drafted and
    adopted since), an app's or a handbook's name (``_NOT_CITED``), a law's own enacting line, a decision's own
    article on its plan, a plan's own opening line, a body's name, a convention or a document described."""
    return bool(
        _being_drafted(text, start, end)
        or _BODY_NAMED_LIKE_A_PLAN.match(text, start)
        or (kind == "Văn kiện" and _DRAFTS_DOCUMENTS.search(text, max(0, start - 20), start))
        or (kind == "Hiệp ước" and _ORGANISATION_OF_A_TREATY.search(text, max(0, start - 10), start))
        or (kind == "Luật" and _COMMISSION_ON.search(text, max(0, start - 60), start))
        or (kind == "Luật" and _a_firm(text, start))
        or (kind == "Luật" and _A_MAGAZINE.match(text, start))
        or _DESCRIBED_CONVENTION.match(text, start)
        or (_THIS.match(text, end) and _described(text[start:end], kind))
        or (_ENACTS_ITSELF.search(text, 0, start) and _ALONE_TO_THE_END.match(text, end))
        or (kind in _PLANS and _APPROVED_HERE.search(text, 0, start))
        or (kind in _PLANS and _ISSUES_ITSELF.search(text, max(0, start - 20), start) and _OWN_OPENING.match(text, end))
    )


# “Công ước quốc tế quan trọng về …”, “… có ảnh hưởng sâu rộng”, “… khác”: a convention described, none named; so
# is a document that “này” points back to, where the phrase ends: “Thủ tướng đã ban hành Chiến lược quốc gia về lĩnh
# vực công nghệ quan trọng này để …” (not “… loại quả này sang thị trường Trung Quốc”, a name that goes on).
_THIS = re.compile(r"\s+này(?=\s*(?:[,.;:]|$)|\s+(?:đã|được|để|là|sẽ|đang|vừa|có|cũng|nhằm)\b)")
# … a description: three words or more after the type word, all in lower case, that are no known name (not “Luật Đất
# đai này”, “Hiệp định EVFTA này”, “Hiến pháp năm 2013 này”, “Chương trình mục tiêu quốc gia xây dựng nông thôn mới
# này”)
_LOWER_CASE_WORDS = re.compile(r"(?:\s+[a-zđà-ỹ][\wÀ-ỹ-]*){3,}")
_DESCRIBED_CONVENTION = re.compile(r"Công ước quốc tế\s+(?:quan trọng|có|khác|liên quan|cơ bản|chủ chốt)\b")
# A document named inside another's name as what it acts on: “Đề án tuyên truyền, phổ biến Luật …”.
_ACTED_ON = re.compile(
    r"(?:thực hiện|thi hành|triển khai|phổ biến|tuyên truyền|bổ sung|sửa đổi|nâng cấp|một số điều(?: của)?)\s+$"
)
_IMPLEMENTS = re.compile(rf"\s+(?:để\s+)?{_IMPLEMENTING_VERB}\s+")
# … the document the sentence has named, by its type word alone: “Kế hoạch thực hiện Công ước nhằm nội luật hóa …”.
_IMPLEMENTS_THE_ONE_NAMED = re.compile(
    r"(?:Công ước|Hiệp định|Hiệp ước|Nghị định thư|Luật|Bộ luật|Nghị quyết|Chỉ thị|Kết luận|Chiến lược|Đề án)"
    r"(?=\s*[.;,:]|\s+(?:nhằm|để|này)\b|\s*$)"
)
_LISTED_NEXT = re.compile(r"\s*,\s*|\s+và\s+")
# … and an agreement whose committee enforces it: “Ủy ban Hỗn hợp thực thi Hiệp định thương mại Việt Nam - Cuba” (not
# “… thực thi Luật Lâm nghiệp, …”: forest law enforcement, in an agreement's name).
_ENFORCED = re.compile(r"thực thi\s+$")
_ABOUT = re.compile(r"\svề\s+$")
_OWN_TITLE = re.compile(r"[^.;:,]{0,80}?(?:,\s*|\s)(?:cụ thể\s+)?như sau\s*:")  # “…, như sau:” too
# Whose a named document is, before its quoted title; the issuer is then read as any other (see _ISSUER): “Chương
# trình hành động của Chính phủ thực hiện Nghị quyết số 09-NQ/TW … về “…”” is the Government's, “… của Bộ Kế hoạch và
# Đầu tư về “…”” the ministry's.
_NAMED_OF = re.compile(r"\scủa\s+(?P<issuer>[A-ZĐ][^“\"”]*?)\s*[“\"]")
# … and a yearly plan's, after its year: “Kế hoạch công tác thông tin đối ngoại năm 2024 của Sở Ngoại vụ tỉnh Lào Cai”
# (not the year of a document it carries out: “Chương trình … thực hiện Nghị quyết số 52-NQ/TW ngày 27 tháng 9 năm
# 2019 của Bộ Chính trị”).
_YEARLY_OF = re.compile(r"Kế hoạch (?:(?!số\b|ngày\b)[^“”\"])*?(?<=năm \d{4})(?P<of>\scủa\s+[A-ZĐ])")
# A decision or resolution without a number is named by what it does (see _NAMED): up to the end of the
# document it acts on (“Quyết định phê duyệt Chương trình Sức khỏe Việt Nam”), of a quoted title, or of
# its list item (“Quyết định thành lập Tiểu ban Tuyên truyền – Văn hóa ASEAN 2020.”).
_BARE_ACTS = frozenset({"Quyết định", "Nghị quyết", "Nghị quyết liên tịch"})
_INVESTMENT_POLICY = re.compile(r"(?:chủ trương đầu tư\s+)?")  # “Nghị quyết Phê duyệt chủ trương đầu tư Chương trình …”
_ACTS = re.compile(r"\s+(?:[Pp]hê duyệt|[Pp]hê chuẩn|[Bb]an hành|về việc|[Tt]hành lập)\s+")
_TO_ITEM_END = re.compile(rf"{_SUBJECT_UNIT}{{1,400}}?(?={_SUBJECT_END})")
_NAMED_QUOTE = re.compile(r"[“\"](?P<subject>[^”\"]+)[”\"]")
_NAMED_ABOUT = re.compile(r"^(?:Hiệp định|Hiệp ước|Công ước)\s+[^\s]+(?:\s+[A-ZĐ][^\s]*)*\s+về\s+(?P<subject>.+)$")
_EVENT_DATE = re.compile(r"\s*\((\d{1,2})/(\d{1,2})/(\d{4})\b")


def _named_parts(name: str, text: str, end: int) -> tuple[str | None, str | None, date | None]:
    """What a name itself says: “Chương trình hành động của <issuer> “<subject>””, “Hiệp định Paris
    về <subject>”, and the date written right after it (“Hiệp định Paris … (27/1/1973 - …)”)."""
    of, quote, about = _NAMED_OF.search(name), _NAMED_QUOTE.search(name), _NAMED_ABOUT.match(name)
    at = of.start() if of else yearly.start("of") if (yearly := _YEARLY_OF.match(name)) else None
    issuer = (read.group("issuer").strip() if (read := _ISSUER.match(name, at)) else None) if at is not None else None
    subject = quote.group("subject") if quote else about.group("subject") if about else None
    when = _EVENT_DATE.match(text, end)
    signed = None
    if when and about:
        with contextlib.suppress(ValueError):
            signed = date(int(when.group(3)), int(when.group(2)), int(when.group(1)))
    return issuer, subject, signed


_DANGLING = re.compile(
    r"\b(?:về|của|và|việc|thực hiện|triển khai|tiếp tục|ban hành|phê duyệt|trong|với|cho)$", re.IGNORECASE
)


def subject_is_complete(subject: str) -> bool:
    """Whether a recognised subject reads as a whole trích yếu, not one cut short (“về tiếp tục thực
    hiện”): a subject that ends on a connecting word, or has fewer than three words, may be cut."""
    words = subject.split()
    return len(words) >= 3 and not _DANGLING.search(subject.rstrip(" ,;.:"))


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted titles of works, contests and programmes (“cuộc thi “…””): not citations."""
    if "“" not in text and '"' not in text:
        return []
    return [
        (m.start(1), m.end(1))
        for m in _QUOTED.finditer(text)
        if _WORK_BEFORE_QUOTE.search(text, max(0, m.start() - 80), m.start())
    ]


# Between the members of a list: “sớm ký Hiệp định tránh đánh thuế hai lần và Hiệp định vận tải hàng hải”.
_LIST_JOINT = re.compile(r"\s*(?:,|và|,\s*và)\s*")


# A list of bills: “… hoàn thiện 5 dự án Luật trình Quốc hội …, gồm: Luật Chuyển đổi số, Luật Công nghệ cao …”.
# (“Quốc hội đã thông qua 4 dự thảo luật, gồm: …” lists laws: passed.)
_BILLS_LISTED = re.compile(r"[Dd]ự án (?:[Ll]uật|[Bb]ộ luật)\b[^.;:()]{0,100}?(?:gồm|bao gồm)\s*:?")


# What a draft approves or issues is not adopted either: “dự thảo Quyết định của Thủ tướng Chính phủ phê duyệt
# Chiến lược …” (the document it names first, not one named further on: “… quy định chi tiết Luật An ninh mạng …”).
_APPROVES = re.compile(r"(?:phê duyệt|ban hành)\s+")


def _drafts_listed(text: str, found: list[Citation]) -> list[Citation]:
    """Documents listed after a draft's are drafts too: what is still to be signed or written is the whole list;
    so are the laws a list of bills names (not a law named inside another's name: the law a bill amends), and what a
    draft approves or issues."""
    for bills in _BILLS_LISTED.finditer(text):
        sentence_end = text.find(". ", bills.end())
        stop = len(text) if sentence_end < 0 else sentence_end
        for index, citation in enumerate(found):
            inside = any(o.start <= citation.start and citation.end <= o.end and o is not citation for o in found)
            if bills.end() <= citation.start < stop and citation.type in _PASSED_BY_VOTE and not inside:
                found[index] = replace(citation, status="draft")
    approved_by_drafts = {
        text.rfind(d.subject, d.start, d.end) + verb.end()
        for d in found
        if d.status == "draft" and (verb := _APPROVES.match(d.subject or ""))
    }
    for index, citation in enumerate(found):
        if citation.start in approved_by_drafts and citation.number is None and citation.status is None:
            found[index] = replace(citation, status="draft")
    for index in range(1, len(found)):
        before, citation = found[index - 1], found[index]
        if (
            before.status == "draft"
            and citation.status is None
            and citation.number is None
            and _LIST_JOINT.fullmatch(text, before.end, citation.start)
        ):
            found[index] = replace(citation, status="draft")
    return found


def _with_status(text: str, citation: Citation) -> Citation:
    """A draft first: “Dự thảo Luật … sau khi được thông qua sẽ …” is a draft, not a document to come."""
    before = text[max(0, citation.start - 30) : citation.start]
    if (
        _DRAFT.search(before)
        or (citation.number is None and _CONSULTED_ON.search(before) and not _IN_ITS_USE.match(text, citation.end))
        or (
            citation.number is None
            and (adopted := _TO_BE_ADOPTED.search(before))
            and not (adopted.group("verb").lower() == "thông qua" and _THROUGH_IT.match(text, citation.end))
        )
        or (citation.number is None and _PROPOSED.search(text, max(0, citation.start - 90), citation.start))
        or (citation.type in _PASSED_BY_VOTE and (_BILL.search(before) or _A_BILL_STILL.match(text, citation.end)))
        or (citation.number is None and _STILL_BEING_WRITTEN.match(text, citation.end))
        or _TO_BE_SIGNED.search(before)
        or (
            citation.number is None
            and _TALKS_ON.search(text, max(0, citation.start - 110), citation.start)
            and not _SIGNED_OR_IN_FORCE.match(text, citation.end)
        )
    ):
        return replace(citation, status="draft")
    if _FORTHCOMING.match(text, citation.end):
        return replace(citation, status="forthcoming")
    return citation


# An agreement of a kind signed with many states is as many agreements: “đã ký Hiệp định tránh đánh thuế hai lần … với
# hơn 40 nước”, “Hiệp định Hàng hải với 7 quốc gia”.
_WITH_MANY = re.compile(
    r"\s+với\s+(?:hơn |gần |khoảng |trên |tổng số )?\d+\s+(?:nước|quốc gia|đối tác|nền kinh tế|vùng lãnh thổ)\b"
)
# Several documents of a kind (“các Công ước …”), or one not named (“là một Hiệp định thương mại tự do toàn diện”,
# “xây dựng một Kế hoạch hành động …”): none is cited.
_SEVERAL = re.compile(r"(?<![\wÀ-ỹ])(?:các|những|nhiều|một số|một|mọi|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s+$")
# … and so is “4 Nghị quyết của Bộ Chính trị” (but “Điều 4 Nghị quyết …”, “mục 6 Nghị quyết …”, “Chương 6 Luật …”
# is a part of one).
_COUNTED = re.compile(
    r"(?<![\wÀ-ỹ])(?<!\d[.,])(?<!Điều )(?<!Khoản )(?<!điều )(?<!khoản )(?<!mục )(?<!Mục )(?<!điểm )(?<!Điểm )"
    r"(?<!Chương )(?<!chương )(?<!Phần )(?<!phần )"
    r"(?:[2-9]|[1-9]\d)\s+$"
)
# … but a list's item number is not, before a name that is the whole item: “- 13 Luật Căn cước 2023” (not “- 3 Chương
# trình mục tiêu quốc gia … được triển khai”, a count).
_ITEM_NUMBER = re.compile(r"\s*[-–+•*]\s*\d{1,3}\s+")
_ITEM_ENDS = re.compile(r"\s*[.;,]?\s*")
# A count written with a zero before a body's documents (“04 Nghị quyết của Bộ Chính trị, gồm: …”) is several too;
# before names it is not (“02 Hiệp định CPTPP và EVFTA” cites both), so only a body's documents are counted so.
_COUNTED_WITH_ZERO = re.compile(r"(?<![\wÀ-ỹ])0[2-9]\s+$")


def _of_issuer(text: str, heads: list[tuple[int, int, int]], named_at: dict[int, int]) -> list[Citation]:
    """Documents cited by their issuer without a number (see ``_OF_ISSUER``); adds their spans to
    ``heads``. A name that starts at the same place (``named_at``) is read as a name instead, and
    “nhiều Chỉ thị của Thủ tướng” is several documents, none cited."""
    if " của " not in text:
        return []
    found: list[Citation] = []
    for match in _word_start_matches(_OF_ISSUER, text):
        start = match.start()
        if any(a <= start < subject for a, subject, _ in heads):  # part of a numbered citation's head
            continue
        several = (
            _SEVERAL.search(text, max(0, start - 10), start)
            or _COUNTED.search(text, max(0, start - 12), start)
            or _COUNTED_WITH_ZERO.search(text, max(0, start - 4), start)
        )
        if named_at.get(start, -1) >= match.end() or several:
            continue  # a name that reaches as far is read as a name
        after_name = text[named_at.get(start, start) : match.start("issuer")]
        if match.group("type") == "Quy chế" and after_name.split() == ["của"]:
            continue  # … and so is a regulation's that ends where who issued it is named (“… của Thủ tướng”)
        issuer, end = " ".join(match.group("issuer").split()), match.end()
        if year := _YEAR_AFTER.match(text, end):  # “… của Bộ Chính trị, Ban Bí thư năm 2023”: the name's year
            end = year.end()
        subject_start = end
        # “Kết luận của Bộ Chính trị ngày 12/3/2021 (về …)”: the date is read, and is part of the citation
        # only when what it is about follows it.
        dated = _DATE_RIGHT_AFTER.match(text, end)
        when = _date(dated) if dated else None
        subject, after_subject = _subject_at(text, dated.end() if dated else end)
        end = after_subject if subject is not None else end
        starts = [(match.group("type"), start)]
        if match.group("type2"):
            starts.append((match.group("type2"), match.start("type2")))
        for kind, at in starts:
            raw = text[at:end]
            found.append(Citation(kind, None, raw, when, issuer, subject, at, end, name=" ".join(raw.split())))
        heads.append((start, subject_start, end))
    # “Kế hoạch của A và Kế hoạch của B thực hiện …”: the subject said once belongs to both.
    for first, second in itertools.pairwise(found):
        if first.subject is None and second.subject and re.fullmatch(r"\s+và\s+", text[first.end : second.start]):
            found[found.index(first)] = replace(first, subject=second.subject)
    return found
