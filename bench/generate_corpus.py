"""Generate a synthetic corpus of foreign-information work plans for benchmarks and scale tests.

    .venv/bin/python bench/generate_corpus.py --plans N --out DIR [--seed 1] [--force] [--stats]

Writes a complete corpus in DIR, in the format of docs/huong-dan-bien-tap.md:

* ``DIR/plans/<year>/<id>.md``: N plans in all. The four real plans of ``corpus/plans`` are
  copied unchanged and count towards N (the glossary's ``sources`` point into them, so the
  glossary stays valid); their originals go to ``DIR/originals``. Every other plan is
  generated and has no ``source`` key.
* ``DIR/glossary/*.yaml``: the real glossary files, copied unchanged.

Generated plans imitate the real ones: issuers of the three systems (Đảng, Mặt trận, Nhà nước)
at every level in all 63 provinces (before the 2025 merger) with some districts and communes,
years 2015–2026 spread evenly; a preamble “Thực hiện …/Căn cứ …” naming the documents a plan
implements (mostly the plan of the body above it, so implementation chains form), the sections
I./II./III. with ``##``/``###``/``####`` headings, ``-``/``+`` items and numbered paragraphs,
footnotes, citations of a pool of about 150 directives (the real central ones and invented
local ones, each always cited with the same number and date), the glossary's policies,
anniversaries (spans computed from corpus/glossary/anniversaries.yaml, so always right) and
topic vocabulary. Sentences are built from phrase templates with interchangeable parts, so
the vocabulary grows with N; conversion errors (typos, words run together) are added at the
seeds' rate, outside quotes, citations' key words and numbers (``--noise 0`` for clean text).
Output is NFC and deterministic for a given seed.

Standard library and PyYAML only.
"""

# Phrase templates and place data are long Vietnamese strings, kept whole on one line each.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
REAL_CORPUS = ROOT / "corpus"
YEARS = range(2015, 2027)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def roman(n: int) -> str:
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


# ---------------------------------------------------------------------------------------------
# Places: the 63 provinces before the 2025 merger, a few districts each, landmarks, partners.
# name | kind | region | flags (c coastal, T China, L Laos, K Cambodia border) | districts |
# landmarks | partner provinces abroad
# ---------------------------------------------------------------------------------------------
PROVINCES = """
Hà Nội|thành phố|D||quận Ba Đình;quận Hoàn Kiếm;huyện Sóc Sơn;thị xã Sơn Tây;huyện Ba Vì|Hoàng thành Thăng Long;Văn Miếu - Quốc Tử Giám;phố cổ Hà Nội|
Hồ Chí Minh|thành phố|S|c|quận Bình Thạnh;quận Gò Vấp;thành phố Thủ Đức;huyện Củ Chi;huyện Cần Giờ|Địa đạo Củ Chi;Bến Nhà Rồng;Khu dự trữ sinh quyển rừng ngập mặn Cần Giờ|
Hải Phòng|thành phố|D|c|quận Hồng Bàng;huyện Cát Hải;huyện Thủy Nguyên;huyện Bạch Long Vĩ|quần đảo Cát Bà;đảo Bạch Long Vĩ;bến tàu không số|
Đà Nẵng|thành phố|N|c|quận Hải Châu;quận Sơn Trà;huyện Hòa Vang;quận Liên Chiểu|bán đảo Sơn Trà;Bà Nà;Ngũ Hành Sơn|
Cần Thơ|thành phố|M||quận Ninh Kiều;quận Cái Răng;huyện Phong Điền|chợ nổi Cái Răng;bến Ninh Kiều;nhà cổ Bình Thủy|
An Giang|tỉnh|M|K|thành phố Long Xuyên;thành phố Châu Đốc;huyện An Phú;huyện Tịnh Biên|Khu du lịch quốc gia núi Sam;rừng tràm Trà Sư;núi Cấm|tỉnh Takeo (Campuchia);tỉnh Kandal (Campuchia)
Bà Rịa - Vũng Tàu|tỉnh|S|c|thành phố Vũng Tàu;thành phố Bà Rịa;huyện Côn Đảo;thị xã Phú Mỹ|Côn Đảo;bãi biển Vũng Tàu;Vườn quốc gia Côn Đảo|
Bắc Giang|tỉnh|B||thành phố Bắc Giang;huyện Lục Ngạn;huyện Sơn Động;huyện Yên Thế|Khu di tích Tây Yên Tử;vải thiều Lục Ngạn;chùa Vĩnh Nghiêm|
Bắc Kạn|tỉnh|B||thành phố Bắc Kạn;huyện Ba Bể;huyện Chợ Đồn|Vườn quốc gia Ba Bể;ATK Chợ Đồn|
Bạc Liêu|tỉnh|M|c|thành phố Bạc Liêu;thị xã Giá Rai;huyện Hòa Bình|Khu lưu niệm nghệ thuật Đờn ca tài tử Nam Bộ;cánh đồng điện gió Bạc Liêu|
Bắc Ninh|tỉnh|D||thành phố Bắc Ninh;thành phố Từ Sơn;huyện Gia Bình;huyện Tiên Du|Dân ca Quan họ Bắc Ninh;chùa Dâu;tranh dân gian Đông Hồ|
Bến Tre|tỉnh|M|c|thành phố Bến Tre;huyện Ba Tri;huyện Thạnh Phú;huyện Chợ Lách|xứ dừa Bến Tre;Khu di tích Đồng Khởi;làng hoa kiểng Cái Mơn|
Bình Định|tỉnh|N|c|thành phố Quy Nhơn;thị xã An Nhơn;huyện Phù Cát;huyện Tây Sơn|Bảo tàng Quang Trung;Eo Gió;võ cổ truyền Bình Định|
Bình Dương|tỉnh|S||thành phố Thủ Dầu Một;thành phố Dĩ An;huyện Dầu Tiếng|Địa đạo Tam giác sắt;làng sơn mài Tương Bình Hiệp|
Bình Phước|tỉnh|S|K|thành phố Đồng Xoài;huyện Lộc Ninh;huyện Bù Đốp;thị xã Bình Long|Vườn quốc gia Bù Gia Mập;Sóc Bom Bo|tỉnh Kratie (Campuchia);tỉnh Tbong Khmum (Campuchia)
Bình Thuận|tỉnh|N|c|thành phố Phan Thiết;thị xã La Gi;huyện Phú Quý|Mũi Né;đảo Phú Quý;tháp Chăm Pô Sah Inư|
Cà Mau|tỉnh|M|c|thành phố Cà Mau;huyện Ngọc Hiển;huyện Năm Căn;huyện Trần Văn Thời|Mũi Cà Mau;Vườn quốc gia U Minh Hạ;cụm đảo Hòn Khoai|
Cao Bằng|tỉnh|B|T|thành phố Cao Bằng;huyện Trùng Khánh;huyện Hà Quảng;huyện Thạch An|thác Bản Giốc;Khu di tích Pác Bó;Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng|Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)
Đắk Lắk|tỉnh|Y|K|thành phố Buôn Ma Thuột;thị xã Buôn Hồ;huyện Buôn Đôn;huyện Ea Súp|Không gian văn hóa Cồng chiêng Tây Nguyên;Vườn quốc gia Yok Đôn;hồ Lắk|tỉnh Mondulkiri (Campuchia)
Đắk Nông|tỉnh|Y|K|thành phố Gia Nghĩa;huyện Đắk Mil;huyện Cư Jút|Công viên địa chất toàn cầu UNESCO Đắk Nông;thác Dray Sáp|tỉnh Mondulkiri (Campuchia)
Điện Biên|tỉnh|B|TL|thành phố Điện Biên Phủ;huyện Mường Nhé;huyện Điện Biên Đông|Di tích lịch sử Chiến trường Điện Biên Phủ;A Pa Chải;hồ Pá Khoang|tỉnh Phôngsalỳ (Lào);tỉnh Luông Pha Bang (Lào);tỉnh Vân Nam (Trung Quốc)
Đồng Nai|tỉnh|S||thành phố Biên Hòa;thành phố Long Khánh;huyện Nhơn Trạch;huyện Tân Phú|Vườn quốc gia Cát Tiên;Văn miếu Trấn Biên|
Đồng Tháp|tỉnh|M|K|thành phố Cao Lãnh;thành phố Sa Đéc;thành phố Hồng Ngự;huyện Tam Nông|Vườn quốc gia Tràm Chim;làng hoa Sa Đéc;Khu di tích Gò Tháp|tỉnh Prey Veng (Campuchia)
Gia Lai|tỉnh|Y|K|thành phố Pleiku;thị xã An Khê;huyện Đức Cơ;huyện Ia Grai|Biển Hồ;Không gian văn hóa Cồng chiêng Tây Nguyên;núi lửa Chư Đăng Ya|tỉnh Ratanakiri (Campuchia)
Hà Giang|tỉnh|B|T|thành phố Hà Giang;huyện Đồng Văn;huyện Mèo Vạc;huyện Xín Mần|Công viên địa chất toàn cầu Cao nguyên đá Đồng Văn;cột cờ Lũng Cú;đèo Mã Pí Lèng|tỉnh Vân Nam (Trung Quốc)
Hà Nam|tỉnh|D||thành phố Phủ Lý;huyện Kim Bảng;huyện Lý Nhân|chùa Tam Chúc;làng Vũ Đại|
Hà Tĩnh|tỉnh|T|cL|thành phố Hà Tĩnh;thị xã Kỳ Anh;huyện Hương Sơn;huyện Nghi Xuân|Khu di tích Ngã ba Đồng Lộc;Khu lưu niệm Đại thi hào Nguyễn Du;cửa khẩu quốc tế Cầu Treo|tỉnh Bôlykhămxay (Lào);tỉnh Khăm Muộn (Lào)
Hải Dương|tỉnh|D||thành phố Hải Dương;thành phố Chí Linh;huyện Thanh Hà|Khu di tích Côn Sơn - Kiếp Bạc;vải thiều Thanh Hà|
Hậu Giang|tỉnh|M||thành phố Vị Thanh;thành phố Ngã Bảy;huyện Long Mỹ|chợ nổi Ngã Bảy;Khu bảo tồn thiên nhiên Lung Ngọc Hoàng|
Hòa Bình|tỉnh|B||thành phố Hòa Bình;huyện Mai Châu;huyện Lạc Sơn|bản Lác Mai Châu;hồ Hòa Bình;văn hóa Mường|
Hưng Yên|tỉnh|D||thành phố Hưng Yên;huyện Văn Lâm;thị xã Mỹ Hào|Phố Hiến;nhãn lồng Hưng Yên|
Khánh Hòa|tỉnh|N|c|thành phố Nha Trang;thành phố Cam Ranh;huyện Vạn Ninh;huyện Trường Sa|vịnh Nha Trang;quần đảo Trường Sa;tháp Bà Ponagar|
Kiên Giang|tỉnh|M|cK|thành phố Rạch Giá;thành phố Phú Quốc;thành phố Hà Tiên;huyện Kiên Hải|đảo Phú Quốc;Khu dự trữ sinh quyển Kiên Giang;quần đảo Nam Du|tỉnh Kampot (Campuchia);tỉnh Takeo (Campuchia)
Kon Tum|tỉnh|Y|LK|thành phố Kon Tum;huyện Ngọc Hồi;huyện Đắk Glei|Khu du lịch sinh thái Măng Đen;ngã ba Đông Dương;nhà rông Kon Klor|tỉnh Attapeu (Lào);tỉnh Ratanakiri (Campuchia)
Lai Châu|tỉnh|B|T|thành phố Lai Châu;huyện Phong Thổ;huyện Mường Tè|cao nguyên Sìn Hồ;đỉnh Pu Si Lung;đèo Ô Quy Hồ|tỉnh Vân Nam (Trung Quốc)
Lâm Đồng|tỉnh|Y||thành phố Đà Lạt;thành phố Bảo Lộc;huyện Lạc Dương|thành phố hoa Đà Lạt;Khu dự trữ sinh quyển Lang Biang;hồ Tuyền Lâm|
Lạng Sơn|tỉnh|B|T|thành phố Lạng Sơn;huyện Cao Lộc;huyện Tràng Định;huyện Văn Lãng|cửa khẩu quốc tế Hữu Nghị;Khu du lịch Mẫu Sơn;Ải Chi Lăng|Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)
Lào Cai|tỉnh|B|T|thành phố Lào Cai;thị xã Sa Pa;huyện Bát Xát;huyện Bắc Hà|Sa Pa;đỉnh Fansipan;cửa khẩu quốc tế Lào Cai|tỉnh Vân Nam (Trung Quốc)
Long An|tỉnh|M|K|thành phố Tân An;thị xã Kiến Tường;huyện Đức Hòa;huyện Tân Hưng|Khu di tích Vàm Nhựt Tảo;Làng nổi Tân Lập|tỉnh Svay Rieng (Campuchia);tỉnh Prey Veng (Campuchia)
Nam Định|tỉnh|D|c|thành phố Nam Định;huyện Giao Thủy;huyện Hải Hậu|Khu di tích lịch sử Đền Trần;Vườn quốc gia Xuân Thủy;nhà thờ đổ Hải Lý|
Nghệ An|tỉnh|T|cL|thành phố Vinh;thị xã Cửa Lò;huyện Kỳ Sơn;huyện Nam Đàn|Khu di tích Kim Liên;bãi biển Cửa Lò;dân ca Ví, Giặm Nghệ Tĩnh|tỉnh Xiêng Khoảng (Lào);tỉnh Bôlykhămxay (Lào);tỉnh Hủa Phăn (Lào)
Ninh Bình|tỉnh|D|c|thành phố Ninh Bình;thành phố Tam Điệp;huyện Kim Sơn;huyện Hoa Lư|Quần thể danh thắng Tràng An;Cố đô Hoa Lư;chùa Bái Đính|
Ninh Thuận|tỉnh|N|c|thành phố Phan Rang - Tháp Chàm;huyện Ninh Hải;huyện Thuận Nam|Vườn quốc gia Núi Chúa;tháp Po Klong Garai;vịnh Vĩnh Hy|
Phú Thọ|tỉnh|B||thành phố Việt Trì;thị xã Phú Thọ;huyện Tân Sơn|Khu di tích lịch sử Đền Hùng;Hát Xoan Phú Thọ;Vườn quốc gia Xuân Sơn|
Phú Yên|tỉnh|N|c|thành phố Tuy Hòa;thị xã Sông Cầu;huyện Tuy An|Gành Đá Đĩa;Mũi Điện;đầm Ô Loan|
Quảng Bình|tỉnh|T|cL|thành phố Đồng Hới;huyện Bố Trạch;huyện Minh Hóa;huyện Lệ Thủy|Vườn quốc gia Phong Nha - Kẻ Bàng;hang Sơn Đoòng;Vũng Chùa - Đảo Yến|tỉnh Khăm Muộn (Lào);tỉnh Savẳnnakhệt (Lào)
Quảng Nam|tỉnh|N|cL|thành phố Tam Kỳ;thành phố Hội An;huyện Nam Giang;huyện Tây Giang|Đô thị cổ Hội An;Khu đền tháp Mỹ Sơn;Cù Lao Chàm|tỉnh Sê Kông (Lào)
Quảng Ngãi|tỉnh|N|c|thành phố Quảng Ngãi;huyện Lý Sơn;huyện Sơn Tịnh;huyện Ba Tơ|đảo Lý Sơn;Khu chứng tích Sơn Mỹ;Khu di tích Ba Tơ|
Quảng Ninh|tỉnh|B|cT|thành phố Hạ Long;thành phố Móng Cái;huyện Cô Tô;huyện Vân Đồn|vịnh Hạ Long;Khu di tích Yên Tử;cửa khẩu quốc tế Móng Cái|Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)
Quảng Trị|tỉnh|T|cL|thành phố Đông Hà;huyện Hướng Hóa;huyện Cồn Cỏ;huyện Vĩnh Linh|Thành cổ Quảng Trị;Địa đạo Vịnh Mốc;Đôi bờ Hiền Lương - Bến Hải|tỉnh Savẳnnakhệt (Lào);tỉnh Salavan (Lào)
Sóc Trăng|tỉnh|M|c|thành phố Sóc Trăng;thị xã Vĩnh Châu;huyện Cù Lao Dung|chùa Dơi;lễ hội Oóc Om Bóc - Đua ghe Ngo;chùa Chén Kiểu|
Sơn La|tỉnh|B|L|thành phố Sơn La;huyện Mộc Châu;huyện Sốp Cộp|cao nguyên Mộc Châu;Nhà tù Sơn La;thủy điện Sơn La|tỉnh Hủa Phăn (Lào);tỉnh Luông Pha Bang (Lào)
Tây Ninh|tỉnh|S|K|thành phố Tây Ninh;thị xã Trảng Bàng;huyện Tân Biên;huyện Châu Thành|Khu du lịch quốc gia Núi Bà Đen;Tòa Thánh Cao Đài Tây Ninh;Căn cứ Trung ương Cục miền Nam|tỉnh Svay Rieng (Campuchia);tỉnh Tbong Khmum (Campuchia);tỉnh Prey Veng (Campuchia)
Thái Bình|tỉnh|D|c|thành phố Thái Bình;huyện Tiền Hải;huyện Thái Thụy|chùa Keo;Khu du lịch biển Đồng Châu|
Thái Nguyên|tỉnh|B||thành phố Thái Nguyên;thành phố Sông Công;huyện Đại Từ;huyện Định Hóa|ATK Định Hóa;vùng chè Tân Cương;hồ Núi Cốc|
Thanh Hóa|tỉnh|T|cL|thành phố Thanh Hóa;thành phố Sầm Sơn;huyện Mường Lát;huyện Quan Sơn|Thành nhà Hồ;bãi biển Sầm Sơn;Khu di tích Lam Kinh|tỉnh Hủa Phăn (Lào)
Thừa Thiên Huế|tỉnh|N|cL|thành phố Huế;huyện Phú Lộc;huyện A Lưới|Quần thể di tích Cố đô Huế;Nhã nhạc cung đình Huế;đầm Lập An|tỉnh Salavan (Lào);tỉnh Sê Kông (Lào)
Tiền Giang|tỉnh|M|c|thành phố Mỹ Tho;thị xã Gò Công;huyện Cái Bè|chợ nổi Cái Bè;Di tích Rạch Gầm - Xoài Mút;cù lao Thới Sơn|
Trà Vinh|tỉnh|M|c|thành phố Trà Vinh;thị xã Duyên Hải;huyện Cầu Ngang|Ao Bà Om;chùa Âng;biển Ba Động|
Tuyên Quang|tỉnh|B||thành phố Tuyên Quang;huyện Na Hang;huyện Sơn Dương|Khu di tích Tân Trào;lễ hội Thành Tuyên;hồ Na Hang|
Vĩnh Long|tỉnh|M||thành phố Vĩnh Long;huyện Trà Ôn;huyện Long Hồ|cù lao An Bình;làng gốm đỏ Mang Thít|
Vĩnh Phúc|tỉnh|D||thành phố Vĩnh Yên;thành phố Phúc Yên;huyện Tam Đảo|Khu du lịch Tam Đảo;Tháp Bình Sơn;Thiền viện Trúc Lâm Tây Thiên|
Yên Bái|tỉnh|B||thành phố Yên Bái;huyện Mù Cang Chải;thị xã Nghĩa Lộ|ruộng bậc thang Mù Cang Chải;hồ Thác Bà;Xòe Thái|
"""

# Island districts: their real communes (most have none).
ISLANDS = {
    "Trường Sa": [("thị trấn", "Trường Sa"), ("xã", "Song Tử Tây"), ("xã", "Sinh Tồn")],
    "Bạch Long Vĩ": [],
    "Cồn Cỏ": [],
    "Côn Đảo": [],
    "Lý Sơn": [],
    "Cô Tô": [("thị trấn", "Cô Tô"), ("xã", "Đồng Tiến"), ("xã", "Thanh Lân")],
    "Phú Quý": [("xã", "Long Hải"), ("xã", "Ngũ Phụng"), ("xã", "Tam Thanh")],
}
# Party congress numerals of each province for the 2020–2025 term, where the real plans state them.
CONGRESS_2020 = {"Ninh Bình": 22, "Trà Vinh": 11, "Thanh Hóa": 19}
# Party committee codes and organ names for each kind of district-level unit.
DISTRICT_PARTY = {
    "huyện": ("Huyện ủy", "HU"),
    "quận": ("Quận ủy", "QU"),
    "thị xã": ("Thị ủy", "ThU"),
    "thành phố": ("Thành ủy", "TU"),
}
ETHNIC = {
    "B": ["Tày", "Nùng", "Dao", "H'Mông", "Thái", "Mường", "Giáy", "Hà Nhì", "Lô Lô", "Sán Chay", "La Chí"],
    "Y": ["Ê Đê", "Gia Rai", "Ba Na", "Xơ Đăng", "M'Nông", "Cơ Ho", "Mạ", "Giẻ Triêng", "Brâu", "Rơ Măm"],
    "M": ["Khmer", "Hoa", "Chăm"],
    "N": ["Chăm", "Raglai", "Cơ Tu", "Hrê", "Ba Na", "Chu Ru", "Cor"],
    "T": ["Thái", "Mường", "Bru - Vân Kiều", "Tà Ôi", "Khơ Mú", "Chứt", "Ơ Đu"],
    "S": ["Hoa", "Khmer", "Xtiêng", "Chơ Ro", "Chăm", "Mạ"],
    "D": ["Mường", "Dao", "Sán Dìu", "Tày"],
}
RELIGIONS = {
    "B": ["Phật giáo", "Công giáo", "Tin lành"],
    "Y": ["Công giáo", "Tin lành", "Phật giáo"],
    "M": ["Phật giáo", "Phật giáo Nam tông Khmer", "Cao Đài", "Phật giáo Hòa Hảo", "Hồi giáo", "Công giáo"],
    "N": ["Phật giáo", "Công giáo", "Tin lành", "Bà La Môn", "Hồi giáo"],
    "T": ["Công giáo", "Phật giáo", "Tin lành"],
    "S": ["Cao Đài", "Phật giáo", "Công giáo", "Tin lành", "Hồi giáo", "Tịnh độ Cư sĩ Phật hội Việt Nam"],
    "D": ["Phật giáo", "Công giáo", "Tin lành"],
}
PRODUCTS = {
    "B": ["chè", "cây ăn quả", "dược liệu", "gỗ rừng trồng", "mận hậu", "hồi, quế", "thảo quả"],
    "Y": ["cà phê", "hồ tiêu", "sầu riêng", "cao su", "bơ", "mắc ca", "chanh dây"],
    "M": ["lúa gạo", "trái cây", "tôm", "cá tra", "dừa", "xoài", "sản phẩm OCOP"],
    "N": ["thủy sản", "nước mắm", "muối", "thanh long", "du lịch biển", "yến sào"],
    "T": ["thủy sản", "cao su", "cam", "gỗ và sản phẩm từ gỗ", "thép", "sản phẩm OCOP"],
    "S": ["hàng điện tử", "đồ gỗ xuất khẩu", "cao su", "điều", "hồ tiêu", "dệt may"],
    "D": ["hàng điện tử", "nông sản chất lượng cao", "sản phẩm làng nghề", "dệt may", "gốm sứ", "sản phẩm OCOP"],
}
# fmt: off
NATIONAL_LANDMARKS = [
    "vịnh Hạ Long", "Quần thể danh thắng Tràng An", "Đô thị cổ Hội An", "Quần thể di tích Cố đô Huế",
    "Vườn quốc gia Phong Nha - Kẻ Bàng", "Hoàng thành Thăng Long", "Thành nhà Hồ", "Khu đền tháp Mỹ Sơn",
    "Không gian văn hóa Cồng chiêng Tây Nguyên",
]
# fmt: on
# fmt: off
OVERSEAS = [
    "Nhật Bản", "Hàn Quốc", "Đài Loan (Trung Quốc)", "Cộng hòa Liên bang Đức", "Hoa Kỳ", "Australia", "Pháp",
    "Liên bang Nga", "Cộng hòa Séc", "Ba Lan", "Lào", "Campuchia", "Thái Lan", "Canada", "Vương quốc Anh",
    "Malaysia", "Singapore", "Hungary", "Ucraina", "Italia",
]
# fmt: on
LANGUAGES = ["Anh", "Trung", "Nhật", "Hàn", "Pháp", "Nga", "Lào", "Khmer", "Đức", "Tây Ban Nha"]
FAMILY = (
    "Nguyễn " * 10 + "Trần Trần Trần Lê Lê Lê Phạm Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý "
    "Đinh Trịnh Lương Mai Cao Tạ Lâm Hà Đoàn Chu Thái Tô Kiều Lưu Triệu Đàm Nông Lò Thạch Danh Quách Khổng "
    "Tống Văn Âu La Vi Hầu Giáp Doãn Nghiêm Ninh Phùng Lại Mạc Diệp Châu"
).split()
MIDDLE_M = "Văn Văn Văn Đức Minh Hữu Quang Thanh Ngọc Xuân Công Đình Bá Trọng Hoàng Anh Tiến Mạnh Quốc Trung Thế Duy Việt Hải Khắc Tuấn Chí Đăng Phú Thành Kim Huy Sỹ Như".split()
MIDDLE_F = "Thị Thị Thị Thu Hồng Ngọc Thanh Kim Minh Thúy Diệu Phương Mai Bích Thùy Hải Khánh Lan Quỳnh Tuyết".split()
GIVEN_M = (
    "Hùng Dũng Thuận Bình Tuấn Nam Sơn Hải Long Phong Quân Thắng Vinh Trung Hiếu Khánh Cường Lợi Phúc Tài "
    "Tùng Toàn Thịnh Hòa Hưng Kiên Lâm Lực Minh Nghĩa Phương Quang Tâm Thanh Thành Thông Tiến Trí Tú Vũ "
    "Chiến Định Đạt Điệp Đông Giang Hậu Hoan Huấn Kỳ Lãm Mạnh Ninh Quý Sang Tấn Thạch Thiện Tín Tuyên Việt "
    "Bảo Châu Công Duy Đức Hạnh Hoàng Khải Luân Nhân Quyết Sỹ Thái Thức Trường Tuệ Xuân Yên Ánh Bắc Cảnh Chung Dân "
    "Diệu Doanh Dương Đoàn Được Hào Hiển Hợi Khang Khiêm Khoa Lạc Lĩnh Lộc Mẫn Nguyên Nhật Phát Quảng Quế Sáng Soạn "
    "Tạo Thăng Thọ Thuyên Toản Tranh Triều Tuân Tưởng Uy Vượng Xuyên Ý Hiệp Hùng Kha Khôi Lập Nghị Phấn Tám Thiều"
).split()
GIVEN_F = (
    "Hoa Lan Hương Hà Mai Hạnh Nga Tâm Hằng Huyền Linh Loan Nhung Oanh Phượng Quyên Thảo Thủy Trang Tuyết "
    "Vân Yến Xuân Dung Giang Hiền Hồng Liên Ly Minh My Ngân Nhàn Phương Thắm Thoa Thư Trinh Uyên Ái Bích Cúc Diễm Đào Gấm "
    "Hậu Huệ Khuyên Lài Lụa Mơ Nguyệt Nhi Quế Sen Thêu Tươi Vy Xoan Hảo Duyên Chinh Nương Thơm"
).split()
COMMUNE_FIRST = (
    "Tân Hòa Phú An Vĩnh Bình Thạnh Long Xuân Quảng Đông Nghĩa Hưng Thanh Cẩm Minh Đức Hồng Hải Lộc "
    "Phước Trung Nam Bắc Tây Kim Yên Đại Thượng Hạ Mỹ Tam Quang Hợp Thái Thuận Sơn Hiệp"
).split()
COMMUNE_SECOND = (
    "Lập Phú Bình Thành Lợi Hòa An Thịnh Hưng Tiến Sơn Lộc Phong Thuận Hiệp Mỹ Khánh Xuân Hải Trung "
    "Tân Đông Long Châu Quang Phúc Nghĩa Điền Đức Hà Lâm Thủy Vinh Định Tường Cường"
).split()
# fmt: off
STREETS = [
    "Trần Hưng Đạo", "Lê Lợi", "Hùng Vương", "Nguyễn Huệ", "Lý Thường Kiệt", "Quang Trung", "Hai Bà Trưng",
    "Phan Đình Phùng", "Lê Duẩn", "Nguyễn Trãi", "Trần Phú", "Điện Biên Phủ", "Ngô Quyền", "Lê Hồng Phong",
]
# fmt: on


@dataclass
class Commune:
    kind: str
    name: str

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"


@dataclass
class District:
    kind: str
    name: str
    province: Province
    communes: list[Commune] = field(default_factory=list)

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def party(self) -> str:
        return DISTRICT_PARTY[self.kind][0]

    @property
    def party_code(self) -> str:
        return DISTRICT_PARTY[self.kind][1]

    @property
    def subunits(self) -> str:
        return {"quận": "phường", "huyện": "xã, thị trấn"}.get(self.kind, "xã, phường")


@dataclass
class Province:
    name: str
    kind: str
    region: str
    flags: str
    landmarks: list[str]
    partners: list[str]
    districts: list[District] = field(default_factory=list)
    congress: int = 20  # numeral of the provincial Party congress of the 2020–2025 term

    @property
    def full(self) -> str:
        return "Thành phố Hồ Chí Minh" if self.name == "Hồ Chí Minh" else f"{self.kind} {self.name}"

    @property
    def display(self) -> str:  # the name as a locality
        return "Thành phố Hồ Chí Minh" if self.name == "Hồ Chí Minh" else self.name

    @property
    def party(self) -> str:
        return "Thành ủy" if self.kind == "thành phố" else "Tỉnh ủy"

    @property
    def slug(self) -> str:
        return slug(self.name)

    @property
    def compact(self) -> str:
        return self.slug.replace("-", "")

    @property
    def subunits(self) -> str:
        return "quận, huyện, thị xã" if self.kind == "thành phố" else "huyện, thị xã, thành phố"

    @property
    def coastal(self) -> bool:
        return "c" in self.flags

    @property
    def neighbours(self) -> list[str]:
        return [
            country for flag, country in (("T", "Trung Quốc"), ("L", "Lào"), ("K", "Campuchia")) if flag in self.flags
        ]


def load_provinces(rng: random.Random) -> list[Province]:
    provinces = []
    for line in PROVINCES.strip().splitlines():
        name, kind, region, flags, districts, landmarks, partners = line.split("|")
        province = Province(name, kind, region, flags, landmarks.split(";"), [p for p in partners.split(";") if p])
        province.congress = CONGRESS_2020.get(name, rng.randint(11, 23))
        for item in districts.split(";"):
            dkind, dname = next((k, item[len(k) + 1 :]) for k in DISTRICT_PARTY if item.startswith(k + " "))
            district = District(dkind, dname, province)
            names: set[str] = set()
            if dname in ISLANDS:
                district.communes = [Commune(k, n) for k, n in ISLANDS[dname]]
                province.districts.append(district)
                continue
            while len(names) < 3:
                first, second = rng.choice(COMMUNE_FIRST), rng.choice(COMMUNE_SECOND)
                if first != second:
                    names.add(f"{first} {second}")
            for cname in sorted(names):
                if dkind == "quận":
                    ckind = "phường"
                elif dkind == "huyện":
                    ckind = "thị trấn" if rng.random() < 0.12 else "xã"
                else:
                    ckind = "phường" if rng.random() < 0.6 else "xã"
                district.communes.append(Commune(ckind, cname))
            province.districts.append(district)
        provinces.append(province)
    assert len(provinces) == 63, len(provinces)
    return provinces


# ---------------------------------------------------------------------------------------------
# Directives: real central documents (as the seeds and DOMAIN.md cite them) and invented local
# ones. Each has one number and one date, so the registry never sees conflicting sources.
# (type, number, date, issuer, subject, themes, last plan year, digits short form allowed)
# A subject starting with “!” follows the issuer without “về” (“… phê duyệt …”).
# ---------------------------------------------------------------------------------------------
CENTRAL = [
    (
        "Kết luận",
        "57-KL/TW",
        "2023-06-15",
        "Bộ Chính trị",
        "Tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới",
        "core",
        2026,
        True,
    ),
    (
        "Kết luận",
        "16-KL/TW",
        "2012-02-14",
        "Bộ Chính trị (khóa XI)",
        "Chiến lược phát triển thông tin đối ngoại giai đoạn 2011 – 2020",
        "core",
        2021,
        False,
    ),
    (
        "Chỉ thị",
        "21/CT-TTg",
        "2012-08-06",
        "Thủ tướng Chính phủ",
        "triển khai thực hiện Chiến lược phát triển thông tin đối ngoại giai đoạn 2011 – 2020",
        "core",
        2021,
        False,
    ),
    (
        "Quyết định",
        "368/QĐ-TTg",
        "2013-02-28",
        "Thủ tướng Chính phủ",
        "!phê duyệt Chương trình hành động của Chính phủ về thông tin đối ngoại giai đoạn 2013 – 2020",
        "core",
        2021,
        False,
    ),
    (
        "Quyết định",
        "1648/QĐ-TTg",
        "2018-11-06",
        "Thủ tướng Chính phủ",
        "Kế hoạch thông tin đối ngoại của Chính phủ giai đoạn 2018 - 2020",
        "core",
        2021,
        False,
    ),
    (
        "Chỉ thị",
        "25-CT/TW",
        "2018-08-08",
        "Ban Bí thư",
        "Đẩy mạnh và nâng tầm đối ngoại đa phương đến năm 2030",
        "foreign",
        2026,
        True,
    ),
    (
        "Chỉ thị",
        "32-CT/TW",
        "2019-02-18",
        "Bộ Chính trị",
        "Tăng cường và nâng cao hiệu quả quan hệ đối ngoại Đảng trong tình hình mới",
        "foreign",
        2026,
        True,
    ),
    (
        "Quyết định",
        "362/QĐ-TTg",
        "2019-04-03",
        "Thủ tướng Chính phủ",
        "Quy hoạch phát triển và quản lý báo chí toàn quốc đến năm 2025",
        "media",
        2025,
        False,
    ),
    (
        "Kết luận",
        "12-KL/TW",
        "2021-08-12",
        "Bộ Chính trị",
        "Công tác người Việt Nam ở nước ngoài trong tình hình mới",
        "overseas",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "34-NQ/TW",
        "2023-01-09",
        "Bộ Chính trị",
        "Một số định hướng, chủ trương lớn triển khai đường lối đối ngoại Đại hội XIII của Đảng",
        "foreign",
        2026,
        True,
    ),
    (
        "Quyết định",
        "2013/QĐ-TTg",
        "2021-11-30",
        "Thủ tướng Chính phủ",
        "!phê duyệt Chiến lược ngoại giao văn hóa đến năm 2030",
        "culture",
        2026,
        False,
    ),
    ("Nghị quyết", "22-NQ/TW", "2013-04-10", "Bộ Chính trị", "Hội nhập quốc tế", "foreign", 2025, False),
    (
        "Chỉ thị",
        "12-CT/TW",
        "2022-01-05",
        "Bộ Chính trị",
        "tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới",
        "people",
        2026,
        True,
    ),
    (
        "Nghị quyết",
        "103/2023/QH15",
        "2023-11-09",
        "Quốc hội khóa XV",
        "kế hoạch phát triển kinh tế - xã hội năm 2024",
        "achieve",
        2024,
        False,
    ),
    (
        "Nghị định",
        "72/2015/NĐ-CP",
        "2015-09-07",
        "Chính phủ",
        "quản lý hoạt động thông tin đối ngoại",
        "core",
        2026,
        False,
    ),
    (
        "Chỉ thị",
        "16/CT-TTg",
        "2020-03-31",
        "Thủ tướng Chính phủ",
        "thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19",
        "covid",
        2021,
        False,
    ),
    (
        "Nghị quyết",
        "128/NQ-CP",
        "2021-10-11",
        "Chính phủ",
        "!ban hành Quy định tạm thời “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19”",
        "covid",
        2022,
        False,
    ),
    (
        "Nghị quyết",
        "36-NQ/TW",
        "2018-10-22",
        "Ban Chấp hành Trung ương Đảng khóa XII",
        "Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045",
        "sea",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "35-NQ/TW",
        "2018-10-22",
        "Bộ Chính trị",
        "tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình "
        "hình mới",
        "counter",
        2026,
        True,
    ),
    (
        "Chỉ thị",
        "05-CT/TW",
        "2016-05-15",
        "Bộ Chính trị",
        "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "culture",
        2026,
        False,
    ),
    (
        "Kết luận",
        "01-KL/TW",
        "2021-05-18",
        "Bộ Chính trị",
        "tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII về đẩy mạnh học tập và làm theo tư tưởng, "
        "đạo đức, phong cách Hồ Chí Minh",
        "culture",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "33-NQ/TW",
        "2014-06-09",
        "Ban Chấp hành Trung ương Đảng khóa XI",
        "xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước",
        "culture",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "08-NQ/TW",
        "2017-01-16",
        "Bộ Chính trị",
        "phát triển du lịch trở thành ngành kinh tế mũi nhọn",
        "culture",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "24-NQ/TW",
        "2013-06-03",
        "Ban Chấp hành Trung ương Đảng khóa XI",
        "chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường",
        "env",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "43-NQ/TW",
        "2023-11-24",
        "Ban Chấp hành Trung ương Đảng khóa XIII",
        "tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, "
        "hạnh phúc",
        "people",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "44-NQ/TW",
        "2023-11-24",
        "Ban Chấp hành Trung ương Đảng khóa XIII",
        "Chiến lược bảo vệ Tổ quốc trong tình hình mới",
        "sea",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "28-NQ/TW",
        "2013-10-25",
        "Ban Chấp hành Trung ương Đảng khóa XI",
        "Chiến lược bảo vệ Tổ quốc trong tình hình mới",
        "sea",
        2023,
        False,
    ),
    (
        "Nghị quyết",
        "25-NQ/TW",
        "2013-06-03",
        "Ban Chấp hành Trung ương Đảng khóa XI",
        "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
        "people",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "57-NQ/TW",
        "2024-12-22",
        "Bộ Chính trị",
        "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        "media",
        2026,
        True,
    ),
    (
        "Nghị quyết",
        "59-NQ/TW",
        "2025-01-24",
        "Bộ Chính trị",
        "hội nhập quốc tế trong tình hình mới",
        "foreign",
        2026,
        True,
    ),
    (
        "Nghị quyết",
        "18-NQ/TW",
        "2017-10-25",
        "Ban Chấp hành Trung ương Đảng khóa XII",
        "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu "
        "lực, hiệu quả",
        "party",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "06-NQ/TW",
        "2016-11-05",
        "Ban Chấp hành Trung ương Đảng khóa XII",
        "thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế, giữ vững ổn định chính trị - xã hội trong bối cảnh "
        "nước ta tham gia các hiệp định thương mại tự do thế hệ mới",
        "achieve",
        2026,
        False,
    ),
    (
        "Kết luận",
        "21-KL/TW",
        "2021-10-25",
        "Ban Chấp hành Trung ương Đảng khóa XIII",
        "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, "
        "đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”",
        "party",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "23-NQ/TW",
        "2018-03-22",
        "Bộ Chính trị",
        "định hướng xây dựng chính sách phát triển công nghiệp quốc gia đến năm 2030, tầm nhìn đến năm 2045",
        "achieve",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "52-NQ/TW",
        "2019-09-27",
        "Bộ Chính trị",
        "một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư",
        "media",
        2026,
        False,
    ),
    (
        "Nghị quyết",
        "41-NQ/TW",
        "2023-10-10",
        "Bộ Chính trị",
        "xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới",
        "achieve",
        2026,
        False,
    ),
    (
        "Quyết định",
        "749/QĐ-TTg",
        "2020-06-03",
        "Thủ tướng Chính phủ",
        "!phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”",
        "media",
        2026,
        False,
    ),
]

# Documents cited by name: (theme, first issue date it may be cited on, last plan year, variants).
NAMED = [
    (
        "congress11",
        "2011-02-01",
        2016,
        ["Nghị quyết Đại hội XI của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI của Đảng"],
    ),
    (
        "congress12",
        "2016-02-01",
        2021,
        [
            "Nghị quyết Đại hội XII của Đảng",
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
            "Nghị quyết Đại hội Đảng toàn quốc lần thứ XII",
        ],
    ),
    (
        "congress13",
        "2021-02-05",
        2026,
        [
            "Nghị quyết Đại hội XIII của Đảng",
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
            "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII",
        ],
    ),
    (
        "congress14",
        "2026-01-25",
        2026,
        ["Nghị quyết Đại hội XIV của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"],
    ),
    (
        "strategy",
        "2015-01-01",
        2021,
        [
            "Chiến lược phát triển thông tin đối ngoại giai đoạn 2011 - 2020",
            "Chiến lược phát triển thông tin đối ngoại giai đoạn 2011 – 2020",
        ],
    ),
    (
        "strategy",
        "2021-12-01",
        2026,
        [
            "Chiến lược thông tin đối ngoại giai đoạn 2021 - 2030, tầm nhìn 2045",
            "Chiến lược thông tin đối ngoại giai đoạn 2021 – 2030, tầm nhìn 2045",
        ],
    ),
    (
        "socio",
        "2021-02-05",
        2026,
        [
            "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030",
            "Chiến lược phát triển kinh tế - xã hội giai đoạn 2021 – 2030",
        ],
    ),
    ("socio", "2011-02-01", 2020, ["Chiến lược phát triển kinh tế - xã hội giai đoạn 2011 - 2020"]),
    ("charter", "2000-01-01", 2026, ["Hiến chương Liên hợp quốc", "Hiến chương Liên hiệp quốc"]),
    ("asean", "2000-01-01", 2026, ["Hiến chương ASEAN"]),
    ("unclos", "2000-01-01", 2026, ["UNCLOS 1982", "Công ước Liên hợp quốc về Luật Biển năm 1982"]),
    ("lawsea", "2012-06-21", 2026, ["Luật Biển Việt Nam năm 2012"]),
    ("lawborder", "2003-06-17", 2026, ["Luật Biên giới quốc gia năm 2003"]),
    ("lawpress", "2016-04-05", 2026, ["Luật Báo chí năm 2016"]),
    ("lawcyber", "2018-06-12", 2026, ["Luật An ninh mạng năm 2018"]),
    ("lawreligion", "2016-11-18", 2026, ["Luật Tín ngưỡng, tôn giáo năm 2016"]),
    (
        "constitution",
        "2013-11-28",
        2026,
        ["Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013"],
    ),
    ("paris", "2000-01-01", 2026, ["Hiệp định Paris về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam"]),
]

# Invented local documents: (type, number pattern, issuer pattern, subject, first year, last year, needs coast)
# {n} is the number, {P}/{party}/{unit} the province, its Party committee and its kind; {a}/{b} a period.
LOCAL = [
    (
        "Nghị quyết",
        "{n}-NQ/TU",
        "Ban Chấp hành Đảng bộ {unit}",
        "phát triển du lịch {Pn} giai đoạn {a} - {b}, định hướng đến năm {c}",
        2016,
        2024,
        False,
    ),
    (
        "Kế hoạch",
        "{n}-KH/TU",
        "Ban Thường vụ {party}",
        "thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin "
        "đối ngoại trong tình hình mới",
        2023,
        2023,
        False,
    ),
    (
        "Quyết định",
        "{n}/QĐ-UBND",
        "Ủy ban nhân dân {unit}",
        "!ban hành Quy chế quản lý nhà nước về thông tin đối ngoại trên địa bàn {unit}",
        2016,
        2020,
        False,
    ),
    (
        "Chỉ thị",
        "{n}-CT/TU",
        "Ban Thường vụ {party}",
        "tăng cường sự lãnh đạo của Đảng đối với công tác thông tin đối ngoại trên địa bàn {unit}",
        2013,
        2022,
        False,
    ),
    (
        "Nghị quyết",
        "{n}/NQ-HĐND",
        "Hội đồng nhân dân {unit}",
        "việc ban hành quy định một số chính sách hỗ trợ phát triển du lịch trên địa bàn {unit} giai đoạn {a} - {b}",
        2016,
        2024,
        False,
    ),
    (
        "Kết luận",
        "{n}-KL/TU",
        "Ban Thường vụ {party}",
        "tiếp tục thực hiện Nghị quyết số {m}-NQ/TU của Ban Thường vụ {party} về xây dựng và phát triển văn hóa, con "
        "người {Pn} đáp ứng yêu cầu hội nhập và phát triển bền vững",
        2019,
        2023,
        False,
    ),
    (
        "Kế hoạch",
        "{n}/KH-UBND",
        "Ủy ban nhân dân {unit}",
        "thực hiện Chiến lược thông tin đối ngoại giai đoạn 2021 - 2030, tầm nhìn 2045 trên địa bàn {unit}",
        2022,
        2024,
        False,
    ),
    (
        "Quyết định",
        "{n}-QĐ/TU",
        "Ban Thường vụ {party}",
        "việc thành lập Ban Chỉ đạo công tác thông tin đối ngoại {unit}",
        2014,
        2021,
        False,
    ),
    (
        "Chương trình",
        "{n}-CTr/TU",
        "Ban Chấp hành Đảng bộ {unit}",
        "!thực hiện Nghị quyết Đại hội XIII của Đảng về công tác đối ngoại và hội nhập quốc tế",
        2021,
        2021,
        False,
    ),
    (
        "Kế hoạch",
        "{n}/KH-UBND",
        "Ủy ban nhân dân {unit}",
        "triển khai Đề án tăng cường công tác thông tin đối ngoại trên địa bàn {unit} giai đoạn {a} - {b}",
        2016,
        2024,
        False,
    ),
    (
        "Nghị quyết",
        "{n}-NQ/TU",
        "Ban Chấp hành Đảng bộ {unit}",
        "phát triển kinh tế biển {Pn} đến năm 2030, tầm nhìn đến năm 2045",
        2019,
        2022,
        True,
    ),
    (
        "Chỉ thị",
        "{n}/CT-UBND",
        "Chủ tịch Ủy ban nhân dân {unit}",
        "tăng cường công tác quản lý nhà nước đối với hoạt động đối ngoại trên địa bàn {unit}",
        2016,
        2023,
        False,
    ),
    (
        "Kế hoạch",
        "{n}/KH-UBND",
        "Ủy ban nhân dân {unit}",
        "thực hiện Chương trình hành động của Chính phủ về hội nhập quốc tế trên địa bàn {unit}",
        2015,
        2020,
        False,
    ),
    (
        "Nghị quyết",
        "{n}-NQ/TU",
        "Ban Thường vụ {party}",
        "tăng cường công tác đối ngoại nhân dân trên địa bàn {unit} trong tình hình mới",
        2022,
        2024,
        False,
    ),
]

TYPE_CODES = {
    "Nghị quyết": "NQ",
    "Chỉ thị": "CT",
    "Kết luận": "KL",
    "Quyết định": "QĐ",
    "Hướng dẫn": "HD",
    "Kế hoạch": "KH",
    "Thông báo": "TB",
    "Nghị định": "NĐ",
    "Chương trình": "CTr",
}
SHORT_TYPES = {"Kế hoạch": "kh", "Hướng dẫn": "hd", "Chương trình": "ctr"}


def number_key(number: str) -> str:
    """How kb_build tells documents apart: ``1648/QĐ/TTg`` and ``1648/QĐ-TTg`` are one."""
    return re.sub(r"[^0-9A-ZĐ]", "", number.upper())


@dataclass
class Directive:
    type: str
    number: str | None
    date: dt.date | None
    issuer: str
    subject: str
    theme: str
    until: int
    short: bool = False
    province: str | None = None
    issuer_here: str | None = None  # the issuer as written by plans of the same province

    @property
    def digits(self) -> str:
        return re.match(r"\d+", self.number or "").group(0) if self.number else ""


class Numbers:
    """Allocates document numbers that no other document of the corpus shares."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.central_digits: set[tuple[str, str]] = set()

    def reserve(self, number: str) -> None:
        self.used.add(number_key(number))

    def take(self, rng: random.Random, pattern: str, low: int, high: int, type_: str | None = None) -> str:
        tries = 0
        while True:
            n = rng.randint(low, high)
            number = pattern.format(n=f"{n:02d}" if n < 10 and rng.random() < 0.5 else n)
            if number_key(number) not in self.used and (type_, str(n)) not in self.central_digits:
                self.used.add(number_key(number))
                return number
            tries += 1
            if tries % 20 == 0:
                high += max(50, high // 4)


# ---------------------------------------------------------------------------------------------
# Phrase templates: “{a|b|}” picks one alternative (empty allowed), “<slot>” is filled from the
# plan being written, “@cond,cond@” in front of a template restricts it (y>=2022, coastal …).
# ---------------------------------------------------------------------------------------------
_PARSED: dict[str, list] = {}


def parse(text: str) -> list:
    if text in _PARSED:
        return _PARSED[text]
    pos = 0

    def sequence(nested: bool) -> list:
        nonlocal pos
        nodes: list = []
        buf: list[str] = []
        while pos < len(text):
            ch = text[pos]
            if ch == "{":
                if buf:
                    nodes.append("".join(buf))
                    buf = []
                pos += 1
                alternatives = []
                while True:
                    alternatives.append(sequence(True))
                    closing = text[pos]
                    pos += 1
                    if closing == "}":
                        break
                nodes.append((0, alternatives))
            elif nested and ch in "|}":
                break
            elif ch == "<":
                end = text.index(">", pos)
                if buf:
                    nodes.append("".join(buf))
                    buf = []
                nodes.append((1, text[pos + 1 : end]))
                pos = end + 1
            else:
                buf.append(ch)
                pos += 1
        if buf:
            nodes.append("".join(buf))
        return nodes

    _PARSED[text] = sequence(False)
    return _PARSED[text]


@dataclass(frozen=True)
class Template:
    text: str
    conditions: tuple[str, ...] = ()

    @classmethod
    def of(cls, source: str) -> Template:
        if source.startswith("@"):
            end = source.index("@", 1)
            return cls(source[end + 1 :], tuple(source[1:end].split(",")))
        return cls(source)


def templates(*sources: str) -> list[Template]:
    return [Template.of(s) for s in sources]


# Audiences, by system, and other interchangeable parts.
# fmt: off
AUDIENCES = {
    "Đảng": [
        "cán bộ, đảng viên", "cán bộ, đảng viên và Nhân dân",
        "cán bộ, đảng viên, người lao động, đoàn viên, hội viên", "cấp ủy, tổ chức đảng, cán bộ, đảng viên",
        "cán bộ, đảng viên và các tầng lớp Nhân dân",
    ],
    "Mặt trận": [
        "cán bộ Mặt trận các cấp, đoàn viên, hội viên", "đoàn viên, hội viên và các tầng lớp Nhân dân",
        "cán bộ, đoàn viên, hội viên và Nhân dân", "các tầng lớp Nhân dân",
        "cán bộ, đảng viên, đoàn viên, hội viên và nhân dân",
    ],
    "Nhà nước": [
        "cán bộ, công chức, viên chức", "cán bộ, công chức, viên chức, người lao động", "doanh nghiệp và người dân",
        "các tầng lớp Nhân dân", "cán bộ, công chức, viên chức và Nhân dân",
    ],
}
# fmt: on
# fmt: off
AUDIENCES_ANY = [
    "đồng bào các dân tộc", "học sinh, sinh viên", "thanh niên", "người Việt Nam ở nước ngoài", "bạn bè quốc tế",
    "người nước ngoài sinh sống, học tập và làm việc tại Việt Nam", "chức sắc, chức việc, tín đồ các tôn giáo",
    "người có uy tín trong đồng bào dân tộc thiểu số", "doanh nghiệp, doanh nhân", "đội ngũ trí thức, văn nghệ sĩ",
]
# fmt: on
SENSITIVE = ["chủ quyền biển, đảo", "biên giới lãnh thổ", "dân chủ", "nhân quyền", "tôn giáo", "dân tộc"]
# fmt: off
GREEN = [
    "kinh tế xanh", "kinh tế số", "kinh tế tuần hoàn", "bảo vệ môi trường", "thích ứng với biến đổi khí hậu",
    "năng lượng tái tạo", "xây dựng kết cấu hạ tầng", "hoạt động nghiên cứu và phát triển", "chuyển đổi số",
    "đổi mới sáng tạo", "nông nghiệp công nghệ cao", "đào tạo nguồn nhân lực chất lượng cao", "logistics",
    "@y>=2024@công nghiệp bán dẫn", "@y>=2024@trí tuệ nhân tạo", "@y>=2025@kinh tế tầm thấp",
]
# fmt: on
# fmt: off
COLUMNS = [
    "Thông tin đối ngoại", "Việt Nam - Đất nước - Con người", "Biển, đảo quê hương", "Hội nhập và phát triển",
    "<Pn> hội nhập", "Đối ngoại nhân dân", "Người Việt bốn phương", "Biên cương Tổ quốc",
    "Kiều bào hướng về quê hương", "<Pn> - Điểm đến hấp dẫn", "Bạn bè quốc tế với Việt Nam",
]
# fmt: on

# fmt: off
YEAR_EVENTS = {
    2015: [
        "kỷ niệm 70 năm Cách mạng tháng Tám và Quốc khánh 2/9",
        "đại hội đảng bộ các cấp nhiệm kỳ 2015 - 2020, tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
        "việc hình thành Cộng đồng ASEAN",
        "kỷ niệm 40 năm Ngày giải phóng miền Nam, thống nhất đất nước",
    ],
    2016: [
        "Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
        "cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 - 2021",
        "việc triển khai Nghị quyết Đại hội XII của Đảng",
    ],
    2017: [
        "Năm APEC Việt Nam 2017", "Tuần lễ Cấp cao APEC tại Đà Nẵng",
        "Năm Hữu nghị Việt Nam - Lào, Lào - Việt Nam 2017", "Năm Hữu nghị Việt Nam - Campuchia 2017",
    ],
    2018: [
        "Diễn đàn Kinh tế thế giới về ASEAN (WEF ASEAN 2018) tại Hà Nội",
        "kỷ niệm 50 năm Cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968",
    ],
    2019: [
        "Hội nghị thượng đỉnh Hoa Kỳ - Triều Tiên lần thứ hai tại Hà Nội",
        "kỷ niệm 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh",
        "việc chuẩn bị cho vai trò Chủ tịch ASEAN năm 2020",
    ],
    2020: [
        "Năm Chủ tịch ASEAN 2020",
        "việc Việt Nam đảm nhiệm vai trò Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020 - 2021",
        "đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025, tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    ],
    2021: [
        "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        "cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026",
        "việc Việt Nam hoàn thành vai trò Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020 - 2021",
    ],
    2022: [
        "SEA Games 31 tổ chức tại Việt Nam",
        "Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam 2022",
        "Năm Hữu nghị Việt Nam - Campuchia, Campuchia - Việt Nam 2022",
        "việc ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 - 2025",
    ],
    2023: [
        "kỷ niệm 50 năm Ngày ký Hiệp định Paris",
        "Hội nghị Trung ương giữa nhiệm kỳ khóa XIII",
        "việc Việt Nam là thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 - 2025",
    ],
    2024: [
        "kỷ niệm 70 năm Chiến thắng Điện Biên Phủ",
        "việc bảo vệ Báo cáo quốc gia theo Cơ chế Rà soát định kỳ phổ quát (UPR) chu kỳ IV",
        "công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030",
    ],
    2025: [
        "kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        "kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước",
        "kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9",
        "đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        "việc sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị",
        "Hội nghị cấp cao Đối tác vì tăng trưởng xanh và Mục tiêu toàn cầu 2030 (P4G) lần thứ 4 tại Hà Nội",
    ],
    2026: [
        "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        "cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031",
        "việc vận hành chính quyền địa phương hai cấp",
    ],
}
# fmt: on
YEAR_SPORT = {
    2015: "SEA Games 28 tại Singapore",
    2016: "Thế vận hội Olympic Rio 2016",
    2017: "SEA Games 29 tại Malaysia",
    2018: "ASIAD 18 tại Indonesia",
    2019: "SEA Games 30 tại Philippines",
    2022: "SEA Games 31 tại Việt Nam",
    2023: "SEA Games 32 tại Campuchia",
    2024: "Thế vận hội Olympic Paris 2024",
    2025: "SEA Games 33 tại Thái Lan",
    2026: "ASIAD 20 tại Nhật Bản",
}
HUMAN_RIGHTS = {
    2015: "Vai trò thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2014 - 2016 của Việt Nam",
    2016: "Việt Nam hoàn thành tốt vai trò thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2014 - 2016",
    2017: "Việt Nam chuẩn bị Báo cáo quốc gia theo Cơ chế Rà soát định kỳ phổ quát (UPR) chu kỳ III",
    2018: "Việt Nam chuẩn bị Báo cáo quốc gia theo Cơ chế Rà soát định kỳ phổ quát (UPR) chu kỳ III",
    2019: "Việt Nam bảo vệ thành công Báo cáo quốc gia theo Cơ chế Rà soát định kỳ phổ quát (UPR) chu kỳ III",
    2020: "Việt Nam thực hiện các khuyến nghị Cơ chế Rà soát định kỳ phổ quát (UPR) chu kỳ III",
    2021: "Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 - 2025",
    2022: "Việt Nam ứng cử thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 - 2025",
    2023: "Gắn với vai trò thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 - 2025",
    2024: "Gắn với vai trò thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 - 2025 và việc bảo vệ Báo cáo quốc gia theo Cơ chế Rà soát định kỳ phổ quát (UPR) chu kỳ IV",
    2025: "Gắn với vai trò thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2023 - 2025 và việc ứng cử nhiệm kỳ 2026 - 2028",
    2026: "Gắn với vai trò thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026 - 2028",
}

# Themes of section II: heading variants, lead sentences (before “+” items) and sentences.
THEMES: dict[str, dict[str, list[Template]]] = {
    "study": {
        "heading": templates(
            "Công tác phổ biến, hướng dẫn, đôn đốc, kiểm tra, giám sát việc thực hiện đường lối, chủ trương, quan điểm của Đảng, chính sách, pháp luật của Nhà nước về công tác thông tin đối ngoại",
            "Công tác quán triệt, triển khai các văn bản chỉ đạo về thông tin đối ngoại",
            "Về công tác lãnh đạo, chỉ đạo",
            "Nâng cao nhận thức về công tác thông tin đối ngoại",
        ),
        "lead": templates(
            "Tổ chức quán triệt, triển khai {thực hiện |}các văn bản {chỉ đạo |}sau:",
            "{Tiếp tục|Tập trung} phổ biến, quán triệt {một số|các} nội dung {trọng tâm |}sau:",
        ),
        "s": templates(
            "{Tiếp tục nghiên cứu, học tập, quán triệt|Tổ chức quán triệt, triển khai|Tiếp tục phổ biến, quán triệt} {đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước|chủ trương, đường lối đối ngoại của Đảng, chính sách, pháp luật của Nhà nước} về {công tác|lĩnh vực} thông tin đối ngoại theo tinh thần <named:congress>, {các nghị quyết, chỉ thị, kết luận của Đảng và văn bản chỉ đạo, điều hành của Nhà nước|các văn bản chỉ đạo của Trung ương và <self>}<fn:dirlist>{; đặc biệt là <cite:core>|}.",
            "Tổ chức {triển khai thực hiện|quán triệt và thực hiện|nghiên cứu, quán triệt} <cite:core>{, gắn với <cite:any>|}.",
            "Trên cơ sở <cite:short>{ và các văn bản của <home>|}, {các cấp ủy, tổ chức đảng|các cơ quan, đơn vị|các tổ chức thành viên|các địa phương} cụ thể hóa bằng {kế hoạch|chương trình} thực hiện{ phù hợp với tình hình thực tế|}; phối hợp chia sẻ thông tin {về hoạt động đối ngoại |}bảo đảm thông suốt, đồng bộ, kịp thời{, khoa học trên cơ sở ứng dụng tiến bộ khoa học công nghệ|}.",
            "Tiếp tục tuyên truyền kết quả thực hiện <cite:core>. {Đồng thời|Bên cạnh đó}, thực hiện {nghiêm túc, hiệu quả|có hiệu quả} các văn bản chỉ đạo mới của {Bộ Chính trị, Ban Bí thư|Trung ương} về công tác thông tin đối ngoại{ phù hợp với tình hình mới của từng địa phương, đơn vị|}.",
            "Quán triệt và thực hiện có hiệu quả <cite:any>; <cite:any>{; <cite:any>|} và {các văn bản của <home>|các văn bản chỉ đạo có liên quan}.",
            "{Tuyên truyền|Tổ chức tuyên truyền} {sâu rộng|rộng rãi} <named:strategy>{, gắn kết chặt chẽ với tinh thần <named:congress>|}{ trong <aud>|}.",
            "@local@Tiếp tục thực hiện <cite:local>{; <cite:local>|}{, gắn với việc triển khai <named:localcongress>|}.",
            "{Phổ biến|Quán triệt} {sâu rộng |}{ý kiến chỉ đạo|các bài viết, bài phát biểu} của đồng chí Tổng Bí thư <leader> về {công tác đối ngoại|xây dựng và phát triển đất nước|đối ngoại, ngoại giao} {đến <aud>|trong <aud>}{, nhất là tại Hội nghị Đối ngoại toàn quốc|}.",
            "{Tăng cường|Nâng cao} {vai trò lãnh đạo, chỉ đạo|trách nhiệm} của {cấp ủy, người đứng đầu|các cấp ủy, chính quyền|cấp ủy, tổ chức đảng} đối với công tác thông tin đối ngoại; đưa {nội dung thông tin đối ngoại|nhiệm vụ thông tin đối ngoại} vào {chương trình công tác|kế hoạch công tác năm|nội dung sinh hoạt chi bộ} {của cơ quan, đơn vị|định kỳ}.",
        ),
    },
    "achieve": {
        "heading": templates(
            "Nội dung thông tin",
            "Thông tin về thành tựu phát triển kinh tế - xã hội",
            "Thông tin về tiềm năng, thế mạnh, môi trường đầu tư của <Pn>",
            "Tuyên truyền về thành tựu của công cuộc đổi mới",
        ),
        "lead": templates(
            "Thông tin {toàn diện|đầy đủ} về {những thành tựu|kết quả} phát triển {của đất nước, <self>|kinh tế - xã hội}, trong đó:"
        ),
        "s": templates(
            "Thông tin toàn diện về đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước trên các lĩnh vực, nhất là những lĩnh vực được dư luận quốc tế quan tâm như kinh tế<fn:econ>, đối ngoại<fn:bamboo>, an ninh, quốc phòng<fn:fournos>, văn hóa<fn:values>, du lịch<fn:tourism>.",
            "Tuyên truyền {đối ngoại |}những thành tựu {trong phát triển kinh tế - xã hội|của công cuộc đổi mới} sau <doimoi> đổi mới, trong đó khẳng định mục tiêu của phát triển là vì Nhân dân, nhấn mạnh quan điểm lấy dân làm gốc của Đảng ta.",
            "{Tuyên truyền|Thông tin} về {kết quả|những kết quả nổi bật trong} phát triển kinh tế - xã hội <self>{ năm <Y1>|}, {nhấn mạnh|làm nổi bật} {môi trường đầu tư thuận lợi|những nỗ lực cải thiện môi trường đầu tư, kinh doanh|chỉ số năng lực cạnh tranh cấp tỉnh}{, thu hút đầu tư vào các lĩnh vực ưu tiên như <green>|}.",
            "Giới thiệu {tiềm năng, thế mạnh|các dự án kêu gọi đầu tư|các sản phẩm chủ lực} của <home>{ như <product>|}; {hỗ trợ doanh nghiệp|thông tin về thị trường nước ngoài để doanh nghiệp} {quảng bá sản phẩm, mở rộng thị trường xuất khẩu|tận dụng các hiệp định thương mại tự do thế hệ mới}.",
            "Tuyên truyền kết quả thực hiện các chương trình mục tiêu quốc gia {về giảm nghèo bền vững|xây dựng nông thôn mới}{ theo <cite:any>|}, với tinh thần không để ai bị bỏ lại phía sau.",
            "Thông tin về {kết quả|thành tựu} {chuyển đổi số|xây dựng nông thôn mới|giảm nghèo bền vững|xây dựng chính quyền số|phát triển hạ tầng giao thông} <self>{, góp phần lan tỏa hình ảnh <home> năng động, thân thiện|, qua đó thu hút sự quan tâm của các nhà đầu tư nước ngoài|}.",
            "Điểm sáng là kết quả phát triển kinh tế - xã hội và đối ngoại, hội nhập quốc tế; {thành tựu trong bảo đảm quyền con người tại Việt Nam|những đóng góp của Việt Nam đối với hòa bình, hợp tác và phát triển} {và những đóng góp của Việt Nam đối với phát triển con người trên thế giới|}.",
            "@y>=2023@Tuyên truyền về kết quả phục hồi, phát triển kinh tế sau đại dịch, nhấn mạnh những thành tựu của Việt Nam trong tạo dựng môi trường đầu tư thuận lợi cho các nhà đầu tư nước ngoài, tăng cường hợp tác thương mại, thu hút đầu tư vào các lĩnh vực ưu tiên như <green>.",
            "@y>=2024@Bám sát <cite:plan103> và các nhiệm vụ, giải pháp phát triển kinh tế - xã hội năm <Y> <self>.",
            "Thông tin về {các chương trình xúc tiến đầu tư, thương mại, du lịch|các hội nghị xúc tiến đầu tư|các hội chợ, triển lãm quốc tế} do <home> {tổ chức|phối hợp tổ chức} {trong năm <Y>|}{, nhất là với các đối tác <overseas>|}.",
        ),
    },
    "foreign": {
        "heading": templates(
            "Thông tin về hoạt động đối ngoại",
            "Tuyên truyền về đường lối, chính sách đối ngoại",
            "Thông tin về đối ngoại và hội nhập quốc tế",
        ),
        "lead": templates("Tuyên truyền {những|các} hoạt động đối ngoại {nổi bật |}trong năm <Y>, {cụ thể|trong đó}:"),
        "s": templates(
            "Tuyên truyền những hoạt động đối ngoại {song phương và đa phương |}của {Lãnh đạo cấp cao Đảng và Nhà nước|lãnh đạo Đảng, Nhà nước và lãnh đạo <home>}, bao gồm các chuyến thăm, {tham dự các hội nghị quốc tế|hội đàm, tiếp xúc với các đối tác}; {các hoạt động kỷ niệm năm tròn, năm chẵn thiết lập quan hệ ngoại giao với các nước|ngày thiết lập quan hệ ngoại giao với các nước, các đối tác của Việt Nam trong năm <Y>}<fn:anniv>.",
            "Triển khai {toàn diện|đồng bộ} công tác thông tin đối ngoại trên cả ba trụ cột: đối ngoại Đảng, ngoại giao Chính quyền, đối ngoại Nhân dân{; tranh thủ tối đa các sự kiện đối ngoại, giao lưu hợp tác để truyền tải nội dung thông tin đối ngoại|}.",
            "Tuyên truyền về {những sáng kiến, đóng góp của Việt Nam|vai trò, vị thế của Việt Nam} {trên các diễn đàn đa phương|tại Liên hợp quốc, ASEAN và các diễn đàn đa phương}{, nhất là <year_event>|}, khẳng định Việt Nam là thành viên tích cực, có trách nhiệm của cộng đồng quốc tế.",
            "Thông tin về {đường lối đối ngoại độc lập, tự chủ, hòa bình, hữu nghị, hợp tác và phát triển, đa dạng hóa, đa phương hóa quan hệ đối ngoại|chính sách đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa} của Đảng và Nhà nước<fn:bamboo>{; chủ động và tích cực hội nhập quốc tế toàn diện, sâu rộng|}.",
            "@y>=2022@Thông tin về những thành tựu của nền đối ngoại, ngoại giao Việt Nam mang đậm bản sắc “cây tre Việt Nam”{ trong năm <Y1>|}; {vai trò, vị thế của Việt Nam trên trường quốc tế|quan hệ với các đối tác chiến lược, đối tác toàn diện}.",
            "@y>=2022@Tuyên truyền về {trường phái đối ngoại, ngoại giao “cây tre Việt Nam”|nền đối ngoại, ngoại giao Việt Nam toàn diện, hiện đại, mang đậm bản sắc “cây tre Việt Nam”}{, vững về gốc, chắc về thân, uyển chuyển về cành|}; {chính sách quốc phòng “bốn không”|chính sách đối ngoại hòa bình, hữu nghị} của Việt Nam.",
            "@partner@Tuyên truyền {kết quả|những kết quả} hợp tác giữa <home> với <partner>{; quan hệ hữu nghị truyền thống, đoàn kết đặc biệt giữa Việt Nam với <neighbour>|; tình đoàn kết, gắn bó giữa Nhân dân hai bên biên giới|}.",
            "Chủ động {cung cấp thông tin|thông tin kịp thời} về {các hoạt động đối ngoại|các sự kiện quốc tế} {của <home>|diễn ra trên địa bàn}, {nhất là|đặc biệt là} {các đoàn khách quốc tế đến thăm, làm việc|các hội nghị, hội thảo, diễn đàn quốc tế|các chương trình xúc tiến đầu tư, thương mại, du lịch ở nước ngoài}.",
            "Tuyên truyền {sâu rộng |}về {quan hệ Đối tác chiến lược toàn diện|quan hệ hợp tác nhiều mặt} giữa Việt Nam với các nước láng giềng, các nước lớn, {các đối tác quan trọng|bạn bè truyền thống}{, trong đó có <overseas> và <overseas>|}.",
            "Tuyên truyền {các hoạt động |}kỷ niệm <relations>{, góp phần làm sâu sắc hơn quan hệ hữu nghị, hợp tác|, qua đó tăng cường hiểu biết, tin cậy lẫn nhau|}.",
            "@y>=2023@Bám sát <cite:nq34> để {định hướng|xác định} nội dung thông tin về {đối ngoại và hội nhập quốc tế|đường lối đối ngoại} {trong năm <Y>|}.",
        ),
    },
    "culture": {
        "heading": templates(
            "Quảng bá văn hóa, du lịch",
            "Thông tin về văn hóa, con người <Pn>",
            "Tuyên truyền về văn hóa, thể thao, du lịch",
        ),
        "lead": templates("Tuyên truyền về các lĩnh vực văn hóa, thể thao, du lịch, gồm có:"),
        "s": templates(
            "@y>=2022@Tuyên truyền về các lĩnh vực văn hóa, thể thao, du lịch, gồm có: {hệ giá trị quốc gia, hệ giá trị văn hóa Việt Nam|hệ giá trị quốc gia, hệ giá trị văn hóa, hệ giá trị gia đình và hệ giá trị con người Việt Nam}<fn:values>; {các hoạt động văn hóa, thể thao nổi bật trong năm|giá trị đặc sắc của văn hóa vật thể và phi vật thể}{, nhất là <sport>|}.",
            "@y<=2021@Tuyên truyền về {bản sắc văn hóa dân tộc|giá trị văn hóa truyền thống}, {các di sản văn hóa|giá trị đặc sắc của văn hóa vật thể và phi vật thể} của Việt Nam{ và <home>|}; {các hoạt động văn hóa, thể thao nổi bật trong năm|}{, nhất là <sport>|}.",
            "Quảng bá {hình ảnh|tiềm năng du lịch, hình ảnh} <home>{ với các điểm đến như <landmark> và <landmark>|, nhất là <landmark>}, {chú trọng cung cấp thông tin dựa trên nhu cầu của du khách|đổi mới nội dung quảng bá du lịch theo hướng chuyên nghiệp}<fn:tourism>{; các chủ đề liên quan đến du lịch xanh, du lịch thông minh, du lịch số|}.",
            "Giới thiệu {bản sắc văn hóa|văn hóa truyền thống, phong tục tập quán tốt đẹp} của đồng bào {các dân tộc|<ethnic>}{ trên địa bàn| sinh sống tại <home>}; {các lễ hội truyền thống|các di sản văn hóa được UNESCO ghi danh|các làng nghề truyền thống}{ gắn với phát triển du lịch|}.",
            "Tiếp tục đẩy mạnh tuyên truyền, thông tin về giá trị, di sản, tư tưởng Hồ Chí Minh{; những nội dung mang tính phổ quát, vượt thời đại|}{; tôn vinh Chủ tịch Hồ Chí Minh, anh hùng giải phóng dân tộc, danh nhân văn hóa thế giới|}.",
            "Tổ chức {các hoạt động giao lưu văn hóa, văn nghệ, thể thao|tuần lễ văn hóa, ẩm thực|các chương trình giao lưu nhân dân} {với các địa phương nước ngoài|với cộng đồng người nước ngoài trên địa bàn}{ nhân dịp <occasion>|}.",
            "Tích cực đổi mới phương thức tuyên truyền, giới thiệu tôn vinh Chủ tịch Hồ Chí Minh thông qua việc lan tỏa những giá trị văn hóa của Bác để phát triển, làm sâu sắc hơn nữa quan hệ hợp tác giữa Việt Nam với các nước.",
            "@y>=2022@Triển khai <cite:qd2013>{; quảng bá hình ảnh đất nước, con người Việt Nam qua các hoạt động ngoại giao văn hóa|}.",
            "Tuyên truyền {sâu rộng|} <cite:culture>{ gắn với xây dựng con người <Pn> {thanh lịch, văn minh|đáp ứng yêu cầu hội nhập}|}.",
        ),
    },
    "sea": {
        "heading": templates(
            "Thông tin về biển, đảo, biên giới lãnh thổ",
            "Tuyên truyền bảo vệ chủ quyền biển, đảo và biên giới quốc gia",
            "Về công tác biên giới, lãnh thổ",
        ),
        "lead": templates(
            "Tiếp tục tăng cường phối hợp, định hướng tuyên truyền về bảo vệ chủ quyền, an ninh biên giới quốc gia; triển khai hiệu quả các đề án, chương trình tuyên truyền về công tác biên giới, lãnh thổ, biển, đảo:"
        ),
        "s": templates(
            "Tuyên truyền các vấn đề liên quan đến biển, đảo, biên giới lãnh thổ, {tiếp tục nêu bật|thông tin về} những kết quả {đã đạt được |}của công tác phân giới, cắm mốc, quản lý biên giới trên đất liền; quan điểm, lập trường về giải quyết các tranh chấp trên Biển Đông<fn:sea> và những đóng góp của Việt Nam để xây dựng Biển Đông thành vùng biển hòa bình, {an ninh, ổn định, hợp tác|hữu nghị và hợp tác}, tôn trọng luật pháp quốc tế.",
            "@coastal@Tuyên truyền, thông tin đối ngoại toàn diện các vấn đề liên quan đến biển đảo và công tác biên giới lãnh thổ như: các quyền và lợi ích hợp pháp, chính đáng của Việt Nam trên biển theo {luật pháp quốc tế|<named:unclos>}; {vấn đề bảo tồn, khai thác, phát triển kinh tế biển bền vững|chống khai thác hải sản bất hợp pháp, không báo cáo, không theo quy định}.",
            "Tiếp tục {tăng cường phối hợp, định hướng|đẩy mạnh} tuyên truyền về bảo vệ chủ quyền, an ninh biên giới quốc gia; triển khai hiệu quả các đề án, chương trình tuyên truyền về công tác biên giới, lãnh thổ{, biển, đảo|}{ theo <named:lawsea>| theo <named:lawborder>|}.",
            "Tuyên truyền {rộng rãi, đậm nét|sâu rộng} nhận thức chung của lãnh đạo cấp cao Đảng, Nhà nước với lãnh đạo cấp cao các nước Lào, Trung Quốc, Campuchia về {những nội dung liên quan đến Biển Đông, quản lý biên giới trên đất liền|hợp tác quản lý biên giới}<fn:visits>; {tình đoàn kết, gắn bó|kết quả hợp tác tốt đẹp} giữa chính quyền địa phương, lực lượng biên phòng và Nhân dân vùng biên giới.",
            "@border@Phát huy vai trò {người có uy tín, chức sắc|già làng, trưởng bản, người có uy tín} {trong vùng đồng bào dân tộc thiểu số|ở khu vực biên giới}, không để hình thành các “điểm nóng” {về an ninh, trật tự|liên quan đến biên giới}; tuyên truyền <named:lawborder>{ và các hiệp định về biên giới giữa Việt Nam với <neighbour>|}.",
            "@coastal@{Tổ chức|Phối hợp tổ chức} {các hoạt động|chương trình} “{Tuổi trẻ hướng về biển, đảo|Biển, đảo Việt Nam - Một phần máu thịt không thể tách rời|Vì Trường Sa thân yêu|Ngư dân vươn khơi, bám biển}”{, hỗ trợ ngư dân bám biển|, tặng cờ Tổ quốc cho ngư dân|}.",
            "@coastal@Tuyên truyền {<cite:nq36>|Chiến lược phát triển bền vững kinh tế biển Việt Nam}{, gắn với <cite:localsea>|}; {khai thác tiềm năng kinh tế biển|phát triển du lịch biển, đảo} <self> gắn với bảo vệ chủ quyền biển, đảo.",
            "Thông tin về {lập trường nhất quán|quan điểm} của Việt Nam giải quyết các tranh chấp trên Biển Đông bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế, nhất là <named:unclos>{; tôn trọng <named:charter>|}.",
            "@y>=2024@Thực hiện <cite:nq44>{ trong công tác tuyên truyền về quốc phòng, an ninh|}; {chủ động|kịp thời} thông tin về {chính sách quốc phòng “bốn không”|chính sách quốc phòng hòa bình, tự vệ} của Việt Nam.",
        ),
    },
    "rights": {
        "heading": templates(
            "Thông tin về dân chủ, nhân quyền, dân tộc, tôn giáo",
            "Tuyên truyền về quyền con người",
            "Thông tin về chính sách dân tộc, tôn giáo",
        ),
        "lead": templates(
            "Thông tin {kịp thời, đầy đủ|đầy đủ} về {các vấn đề dân chủ, nhân quyền, dân tộc, tôn giáo|chính sách dân tộc, tôn giáo}:"
        ),
        "s": templates(
            "{Đẩy mạnh tuyên truyền|Thông tin} về những thành tựu trong bảo vệ, thúc đẩy quyền con người của Việt Nam<fn:rights>, {nhất là|đặc biệt là} {những nỗ lực bảo đảm an sinh xã hội, chăm lo đời sống Nhân dân|chính sách đối với đồng bào dân tộc thiểu số, vùng sâu, vùng xa|bảo đảm quyền tự do tín ngưỡng, tôn giáo} {với mục tiêu xuyên suốt “không để ai bị bỏ lại phía sau”|}.",
            "Tuyên truyền về việc xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam{ trong giai đoạn mới|}, với các nội dung như bảo đảm quyền làm chủ của Nhân dân, thượng tôn Hiến pháp và pháp luật, tôn trọng, bảo đảm và bảo vệ quyền con người, quyền công dân<fn:rights>.",
            "Thông tin {kịp thời|đầy đủ} về chính sách {tôn giáo, dân tộc|dân tộc, tôn giáo} của Đảng và Nhà nước; {hoạt động|đời sống tôn giáo} của {các tổ chức tôn giáo|đồng bào theo đạo <religion>} {trên địa bàn|ở <home>}{, theo <named:lawreligion>|}; {phong trào “tốt đời, đẹp đạo”|tinh thần đồng hành cùng dân tộc của các tôn giáo}.",
            "Cải thiện những đánh giá, nhận định {còn mang tính thiên kiến, thiếu khách quan|chưa đầy đủ, thiếu thiện chí} của một số cá nhân, tổ chức quốc tế về Việt Nam trong lĩnh vực {dân tộc, tôn giáo, dân chủ, nhân quyền|<sensitive>}.",
            "Chủ động {đối thoại|cung cấp thông tin} với {các cơ quan đại diện nước ngoài|các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài} về {tình hình nhân quyền|tình hình dân tộc, tôn giáo} {tại địa phương|}; {tổ chức cho phóng viên nước ngoài|phối hợp tổ chức cho các đoàn khách quốc tế} {tìm hiểu thực tế|thăm, làm việc} tại {vùng đồng bào dân tộc thiểu số|các cơ sở tôn giáo}.",
            "Tuyên truyền {kết quả|thành tựu} thực hiện các chương trình mục tiêu quốc gia {về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi|về giảm nghèo bền vững|xây dựng nông thôn mới}{ trên địa bàn|}, {qua đó|góp phần} {khẳng định|làm rõ} chính sách {bình đẳng|đoàn kết}, {tôn trọng và giúp nhau cùng phát triển|tương trợ giữa các dân tộc}.",
        ),
    },
    "counter": {
        "heading": templates(
            "Đấu tranh phản bác thông tin sai trái, thù địch",
            "Đấu tranh, phản bác các luận điệu sai trái",
            "Bảo vệ nền tảng tư tưởng của Đảng",
        ),
        "lead": templates("Chủ động đấu tranh, phản bác {các luận điệu sai trái|thông tin xấu, độc}, cụ thể:"),
        "s": templates(
            "Đấu tranh, phản bác, làm rõ những thông tin không chính xác, sai sự thật về Việt Nam{ và <home>|}.",
            "Nâng cao năng lực phân tích, dự báo, chủ động các kế hoạch truyền thông{ với các giải pháp khoa học, sáng tạo, linh hoạt|}, cũng như trong đấu tranh, phản bác các quan điểm sai trái, luận điệu xuyên tạc của các thế lực thù địch, phản động, cơ hội chính trị{, bảo đảm thế chủ động trong mọi tình huống, vụ việc|}{; bảo vệ vững chắc nền tảng tư tưởng của Đảng|}.",
            "Chủ động theo dõi, nắm bắt tình hình dư luận {trong và ngoài <unit>|quốc tế}, thúc đẩy {các luồng |}thông tin tích cực về Việt Nam{, nhất là trong thời điểm trước, trong và sau các sự kiện chính trị quan trọng của đất nước|}; {đồng thời |}tích cực phản bác{, làm rõ|} những thông tin {không chính xác, |}sai sự thật.",
            "Triển khai có hiệu quả <cite:nq35>; {phát huy vai trò của Ban Chỉ đạo 35 các cấp|xây dựng, củng cố lực lượng nòng cốt} {trong đấu tranh trên không gian mạng|trong công tác bảo vệ nền tảng tư tưởng của Đảng}.",
            "Kiên quyết đấu tranh, xử lý nghiêm những tập thể, cá nhân đưa tin không chính xác, sai sự thật về Việt Nam gây tác động xấu tới dư luận và các mối quan hệ đối ngoại.",
            "Đồng thời đấu tranh phản bác, làm thất bại mọi âm mưu chống phá, hành vi xuyên tạc của các thế lực thù địch, cơ hội trên mặt trận truyền thông, góp phần giữ vững ổn định, trật tự xã hội, bảo đảm an ninh tư tưởng.",
            "Không để hình thành các “điểm nóng”, làm thất bại mọi âm mưu, hoạt động chống phá, luận điệu xuyên tạc, quan điểm sai trái của các thế lực thù địch, phản động{, nhất là trên mạng xã hội|}.",
        ),
    },
    "media": {
        "heading": templates(
            "Về phương thức",
            "Đổi mới phương thức thông tin đối ngoại",
            "Ứng dụng công nghệ thông tin, chuyển đổi số trong thông tin đối ngoại",
            "Phương thức thực hiện",
        ),
        "lead": templates("Đa dạng hóa {các hình thức|phương thức} tuyên truyền, {trong đó|cụ thể}:"),
        "s": templates(
            "Tiếp tục đổi mới phương thức tuyên truyền, thông tin đối ngoại theo hướng hiện đại, bắt nhịp xu hướng truyền thông quốc tế, phù hợp với thói quen, nhu cầu tiếp nhận thông tin của các nhóm đối tượng khác nhau, nhất là người nước ngoài, giới trẻ<fn:media>.",
            "Đa dạng hóa phương thức tuyên truyền, đặc biệt là phương thức truyền thông mới trên nền tảng internet, mạng xã hội, {không gian mạng, |}trang thông tin điện tử{, Fanpage|}{, các nhóm zalo|} của <org_self>.",
            "Nâng cao chất lượng các sản phẩm thông tin tuyên truyền đối ngoại, ưu tiên {đẩy mạnh |}thông tin trên các kênh truyền thông đa phương tiện{, trên nền tảng số|}; {xây dựng|sản xuất} {các ấn phẩm, video clip|các sản phẩm thông tin đối ngoại} {bằng tiếng nước ngoài|song ngữ Việt - Anh|bằng tiếng <language>}{ giới thiệu về <home>|}.",
            "Tích cực ứng dụng {công nghệ số|dữ liệu số, trí tuệ nhân tạo} trong {công tác thông tin đối ngoại|theo dõi, phân tích dư luận}; {nâng cấp|duy trì hoạt động hiệu quả} {Trang thông tin điện tử đối ngoại <self>|chuyên mục thông tin đối ngoại trên Cổng thông tin điện tử <self>}.",
            "Tổ chức và tham gia các hội nghị cung cấp thông tin về tình hình quốc tế, trong nước{, trong <unit>|}{, tình hình Biển Đông|}; tham gia các cuộc thi về thông tin đối ngoại{, Giải thưởng toàn quốc về thông tin đối ngoại|}.",
            "Thúc đẩy các phương thức hợp tác truyền thông, tranh thủ {vận động|sự hỗ trợ của} {người nước ngoài là doanh nhân, phóng viên, người nổi tiếng|các tổ chức quốc tế, các cơ quan đại diện Việt Nam ở nước ngoài} để tuyên truyền, quảng bá {các chính sách thu hút đầu tư, tiềm năng, thế mạnh, văn hóa, con người <Pn>|hình ảnh <home>}.",
            "Các cơ quan, đơn vị căn cứ tình hình thực tiễn, đặc điểm đối tượng tiếp nhận thông tin để lựa chọn phương thức phù hợp, lấy hiệu quả làm thước đo đánh giá chất lượng tuyên truyền đối ngoại.",
            "Phát huy {vai trò|hiệu quả} của {hệ thống truyền thanh cơ sở|các cụm loa truyền thanh thông minh|bảng tin, pa nô, áp phích} trong {thông tin đến người dân|tuyên truyền thông tin đối ngoại}{, nhất là ở vùng sâu, vùng xa, vùng biên giới|}.",
            "@y>=2025@Triển khai <cite:nq57>{ trong hoạt động thông tin đối ngoại|}; {đẩy mạnh chuyển đổi số|xây dựng cơ sở dữ liệu} {trong công tác thông tin đối ngoại|về thông tin đối ngoại <self>}.",
        ),
    },
    "overseas": {
        "heading": templates(
            "Công tác thông tin đối với người Việt Nam ở nước ngoài", "Công tác người Việt Nam ở nước ngoài"
        ),
        "lead": templates("Tăng cường công tác thông tin đối với người Việt Nam ở nước ngoài, {cụ thể|trong đó}:"),
        "s": templates(
            "{Tiếp tục thực hiện|Triển khai} {<cite:kl12>|các chủ trương của Đảng về công tác người Việt Nam ở nước ngoài}; {tăng cường|đa dạng hóa} {các hình thức động viên|thông tin tới} {kiều bào|đồng bào ta ở nước ngoài}{ về tình hình đất nước, quê hương|}{, khuyến khích kiều bào đầu tư, hiến kế cho sự phát triển <self>|}.",
            "Tổ chức các chương trình gặp gỡ, giao lưu {và các hoạt động thiết thực khác |}nhân dịp bà con kiều bào {<Pn> |}ở nước ngoài về quê hương {đón Tết cổ truyền|trong các dịp ngày lễ, ngày Tết}{; phối hợp với {Hội đồng hương|các hội người Việt Nam} tại <overseas>|}.",
            "Giữ gìn và phát huy {bản sắc văn hóa dân tộc|tiếng Việt} trong cộng đồng người Việt Nam ở nước ngoài; {lắng nghe tâm tư, nguyện vọng|kịp thời nắm bắt tâm tư, nguyện vọng} của {kiều bào|người Việt Nam ở nước ngoài}{ để đề xuất cơ chế, chính sách phù hợp|}.",
            "Phối hợp chặt chẽ với {Hội đồng hương <Pn>|các hội đồng hương} ở các nước tiếp tục {động viên tinh thần yêu nước, tự hào dân tộc|vận động, tập hợp, đoàn kết người Việt Nam ở nước ngoài}; khuyến khích kiều bào đầu tư về quê hương phát triển kinh tế - xã hội{, thu hút nguồn lực trí tuệ|}.",
            "@mttq@Thực hiện các nội dung Chương trình hành động của Mặt trận Tổ quốc Việt Nam “Tăng cường tuyên truyền, vận động, tập hợp, đoàn kết người Việt Nam ở nước ngoài trong tình hình mới”{; vận động kiều bào tham gia nguồn lực cho <unit> phát triển|}.",
        ),
    },
    "people": {
        "heading": templates("Công tác đối ngoại nhân dân", "Đối ngoại nhân dân và hợp tác quốc tế"),
        "lead": templates("{Tăng cường|Đẩy mạnh} công tác đối ngoại nhân dân với các nội dung:"),
        "s": templates(
            "Tăng cường phối hợp trong công tác đối ngoại nhân dân; {phối hợp hoạt động với Liên hiệp các tổ chức hữu nghị|phối hợp với Liên hiệp các tổ chức hữu nghị <self>}{ trong trao đổi kinh nghiệm, thông tin hai chiều|}{, tổ chức các đoàn ra, đón tiếp các đoàn vào|}.",
            "Duy trì và tăng cường tiếp xúc với các cơ quan ngoại giao, cơ quan đại diện nước ngoài, các tổ chức quốc tế, tổ chức phi chính phủ{ tại <home>|}; {phối hợp|chủ động} vận động viện trợ phi chính phủ nước ngoài {nhằm thực hiện các mục tiêu xóa đói, giảm nghèo|cho các chương trình an sinh xã hội, bảo vệ môi trường}.",
            "Tăng cường quan hệ hữu nghị, đoàn kết đặc biệt với Lào, Campuchia và quan hệ láng giềng hữu nghị với Trung Quốc{ trên cả ba kênh Đảng, Nhà nước, nhân dân|}; {tổ chức giao lưu|phối hợp tổ chức các hoạt động} {với <partner>|với các tổ chức nhân dân nước bạn}.",
            "Tổ chức thăm hỏi, gặp gỡ {các gia đình liệt sĩ, thương binh|các cựu quân tình nguyện, chuyên gia} đã chiến đấu và công tác tại {Lào, Campuchia|Lào|Campuchia}{; tổ chức các hoạt động giao lưu với lưu học sinh <neighbour> đang học tập tại <home>|}.",
            "@partner@Tiếp tục triển khai {Chương trình hợp tác|Bản ghi nhớ hợp tác} giữa <org_self> với {các tổ chức nhân dân|chính quyền} <partner>{ giai đoạn <period>|}{; tuyên truyền kết quả hợp tác giữa hai địa phương|}.",
            "{Chủ động tham gia|Tiếp tục} mở rộng hợp tác với các tổ chức nhân dân các nước {trong khối ASEAN|láng giềng}, trao đổi kinh nghiệm {công tác vận động quần chúng|về Nhân dân tham gia quản lý xã hội}{; phối hợp tiếp đón các đoàn đại biểu quốc tế về thăm, làm việc ở địa phương|}.",
            "@y>=2022@Triển khai <cite:ct12>, {phát huy vai trò của đối ngoại nhân dân trong tăng cường hiểu biết, tin cậy giữa Nhân dân Việt Nam với Nhân dân các nước|góp phần củng cố nền tảng xã hội cho quan hệ giữa Việt Nam với các nước}.",
            "Tuyên truyền các hoạt động song phương và đa phương trên cả ba kênh Đảng, Nhà nước, nhân dân, đặc biệt là hoạt động có sự tham gia của các đồng chí lãnh đạo chủ chốt Đảng và Nhà nước{; hoạt động đối ngoại nhân dân của <home>|}.",
        ),
    },
    "events": {
        "heading": templates(
            "Tuyên truyền các ngày lễ lớn, sự kiện chính trị quan trọng trong năm <Y>",
            "Thông tin về các sự kiện chính trị, ngày lễ lớn",
            "Tuyên truyền các ngày kỷ niệm",
        ),
        "lead": templates("Tuyên truyền các ngày lễ lớn, sự kiện lịch sử quan trọng trong năm <Y>, trong đó:"),
        "s": templates(
            "Tuyên truyền, thông tin đầy đủ các sự kiện chính trị{, văn hóa, xã hội, đối ngoại| - xã hội} nổi bật trong năm; các ngày lễ lớn{ và sự kiện lịch sử quan trọng|} của Đảng, của đất nước và <self><fn:holidays>{, nhất là <year_event>|}; phản ánh không khí phấn khởi, sự ủng hộ, tham gia rộng khắp của người dân{, sự quan tâm chú ý của cộng đồng quốc tế|}.",
            "Nâng cao hiệu quả tuyên truyền các sự kiện chính trị - đối ngoại, các ngày lễ lớn của đất nước, <self>, đặc biệt là <year_event>{; phản ánh tinh thần đoàn kết, không khí phấn khởi của toàn Đảng, toàn dân|}.",
            "{Tuyên truyền|Tổ chức tuyên truyền|Thông tin về các hoạt động} kỷ niệm <anniversaries>.",
            "Tuyên truyền các hoạt động kỷ niệm năm tròn, năm chẵn thiết lập quan hệ ngoại giao giữa Việt Nam với các nước{ trong năm <Y>|}<fn:anniv>{, nhất là với các nước láng giềng, nước lớn, bạn bè truyền thống|}.",
            "Tổ chức lễ kỷ niệm Quốc khánh các nước, tuần lễ văn hóa các nước{, Lễ kỷ niệm ngày thiết lập quan hệ ngoại giao giữa Việt Nam với các nước|}{, nhất là <relations>|}.",
            "Tuyên truyền về Giỗ Tổ Hùng Vương (10/3 âm lịch){ và các ngày lễ truyền thống của dân tộc|}, {góp phần lan tỏa|qua đó giới thiệu} đạo lý “uống nước nhớ nguồn” của dân tộc Việt Nam {tới bạn bè quốc tế|}.",
        ),
    },
    "party": {
        "heading": templates(
            "Tuyên truyền về công tác xây dựng Đảng và hệ thống chính trị",
            "Thông tin về các sự kiện chính trị quan trọng",
        ),
        "lead": templates(
            "Tuyên truyền {kết quả|việc thực hiện} {công tác xây dựng Đảng|các nhiệm vụ chính trị trọng tâm}:"
        ),
        "s": templates(
            "Tuyên truyền {kết quả|việc tổ chức} <politics>; {phản ánh|làm nổi bật} {sự đồng thuận, niềm tin của Nhân dân|không khí dân chủ, đoàn kết} và sự quan tâm của {cộng đồng quốc tế|bạn bè quốc tế}.",
            "Tuyên truyền kết quả {công tác xây dựng, chỉnh đốn Đảng|đấu tranh phòng, chống tham nhũng, tiêu cực}{, góp phần củng cố niềm tin của Nhân dân|}{; <cite:kl21>|}.",
            "Tăng cường niềm tin của <aud> vào sự lãnh đạo của Đảng, {sự quản lý, điều hành của Nhà nước|chỉ đạo, điều hành của Chính phủ và chính quyền các cấp}; khơi dậy khát vọng phát triển đất nước phồn vinh, hạnh phúc bằng những việc làm thiết thực.",
            "@y>=2025@Tuyên truyền về việc sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị theo <cite:nq18>{, bảo đảm hoạt động hiệu lực, hiệu quả|}.",
            "Làm nổi bật vị trí, vai trò lãnh đạo của Đảng Cộng sản Việt Nam trong hệ thống chính trị{; những bước phát triển mới trong công tác nghiên cứu lý luận|}<fn:books>.",
        ),
    },
    "covid": {
        "heading": templates(
            "Thông tin về công tác phòng, chống dịch COVID-19", "Tuyên truyền công tác phòng, chống dịch bệnh"
        ),
        "lead": templates("Tiếp tục thông tin về công tác phòng, chống dịch {COVID-19|Covid-19}:"),
        "s": templates(
            "Tiếp tục phản ánh đậm nét tinh thần đoàn kết chung sức một lòng chống đại dịch {COVID-19|Covid - 19} của toàn dân tộc, nêu bật các giá trị nhân văn, truyền thống chia sẻ, đùm bọc{, hỗ trợ lẫn nhau|} của người dân trong khó khăn; niềm tin của Nhân dân vào sự lãnh đạo của Đảng và các biện pháp phòng, chống dịch của Chính phủ.",
            "@y=2022@{Thông tin về|Tuyên truyền} những chủ trương, biện pháp phòng, chống dịch {Covid-19|COVID-19|Covid - 19} của Việt Nam và khôi phục, phát triển kinh tế trong điều kiện thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch bệnh<fn:covid>; nỗ lực{, quyết tâm|} của cả hệ thống chính trị để thực hiện thành công mục tiêu kép, vừa chống dịch hiệu quả, vừa phát triển kinh tế - xã hội.",
            "@y=2021@Tuyên truyền về {kết quả|những nỗ lực} của Việt Nam trong phòng, chống dịch COVID-19, thực hiện “mục tiêu kép” vừa phòng, chống dịch vừa phát triển kinh tế - xã hội{; <cite:ct16>|}.",
            "Đẩy mạnh tuyên truyền về những thành tựu trong bảo vệ, thúc đẩy quyền con người của Việt Nam, nhất là những nỗ lực bảo đảm sức khỏe, tính mạng và an sinh cho người dân trong đại dịch với mục tiêu xuyên suốt “không để ai bị bỏ lại phía sau”.",
            "Thông tin về {sự hỗ trợ vắc-xin, vật tư y tế|sự giúp đỡ} của {bạn bè quốc tế|các nước, các tổ chức quốc tế} đối với Việt Nam và {sự hỗ trợ của Việt Nam đối với các nước|tinh thần tương thân tương ái của Nhân dân Việt Nam}{ trong phòng, chống dịch|}.",
        ),
    },
    "capacity": {
        "heading": templates(
            "Nâng cao năng lực đội ngũ làm công tác thông tin đối ngoại", "Công tác bồi dưỡng, tập huấn"
        ),
        "lead": templates("Nâng cao chất lượng đội ngũ làm công tác thông tin đối ngoại:"),
        "s": templates(
            "Tổ chức {các lớp|lớp} bồi dưỡng kiến thức{, kỹ năng|} về thông tin đối ngoại cho đội ngũ báo cáo viên, {tuyên truyền viên|cộng tác viên dư luận xã hội}, cán bộ {chuyên trách, phụ trách|làm công tác} thông tin đối ngoại{ <self>|}.",
            "{Kiện toàn|Củng cố} {đội ngũ cán bộ làm công tác thông tin đối ngoại|Ban Chỉ đạo công tác thông tin đối ngoại} {các cấp|}{; bố trí cán bộ có năng lực, trình độ ngoại ngữ|}; {định kỳ|thường xuyên} {cung cấp thông tin định hướng|tổ chức hội nghị báo cáo viên} {hằng tháng|hằng quý}.",
            "Tham gia, tổ chức lớp bồi dưỡng kiến thức về thông tin đối ngoại cho đội ngũ báo cáo viên, cộng tác viên dư luận xã hội, cán bộ chuyên trách - phụ trách thông tin đối ngoại{; cử cán bộ tham gia các lớp tập huấn do <superior> tổ chức|}.",
            "Phát huy vai trò của đội ngũ báo cáo viên, tuyên truyền viên{ các cấp|}; {cung cấp tài liệu|biên soạn tài liệu tuyên truyền} về {tình hình quốc tế, khu vực|thông tin đối ngoại} {phục vụ sinh hoạt chi bộ|phục vụ hội nghị báo cáo viên định kỳ}.",
        ),
    },
    "env": {
        "heading": templates("Thông tin về bảo vệ môi trường, ứng phó với biến đổi khí hậu"),
        "lead": templates("Thông tin về bảo vệ môi trường, phát triển bền vững:"),
        "s": templates(
            "@y>=2022@Tuyên truyền về các cam kết của Việt Nam tại Hội nghị lần thứ 26 các Bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP26){, mục tiêu đưa phát thải ròng về “0” vào năm 2050|}; {chuyển đổi năng lượng công bằng|phát triển năng lượng tái tạo, kinh tế xanh, kinh tế tuần hoàn}.",
            "Thông tin về {nỗ lực|kết quả} của <home> trong {bảo vệ môi trường|ứng phó với biến đổi khí hậu|phòng, chống thiên tai}{, bảo tồn đa dạng sinh học|}; {tranh thủ|thu hút} {sự hỗ trợ của các tổ chức quốc tế|nguồn vốn ODA, vốn vay ưu đãi} {cho các dự án thích ứng với biến đổi khí hậu|cho phát triển bền vững}.",
            "Tuyên truyền {sâu rộng |}<cite:nq24>{, gắn với phong trào “Chống rác thải nhựa”|}{ trong <aud>|}.",
        ),
    },
}
# fmt: off
THEME_ORDER = [
    "study", "achieve", "foreign", "culture", "events", "party", "covid", "rights", "sea", "overseas", "people",
    "env", "counter", "media", "capacity",
]
# fmt: on

# Interchangeable parts of the generic sentences: verbs, objects by theme, means, places, aims.
# fmt: off
VERBS = [
    "tăng cường", "đẩy mạnh", "chú trọng", "nâng cao hiệu quả", "quan tâm đến", "tiếp tục thực hiện tốt", "phát huy hiệu quả",
    "thúc đẩy", "duy trì", "ưu tiên", "tập trung cho", "thông tin, tuyên truyền về", "nâng cao chất lượng",
    "tạo điều kiện thuận lợi cho", "chủ động thông tin về", "làm tốt", "coi trọng", "tiếp tục triển khai",
]
# fmt: on
# fmt: off
OBJECTS = {
    "study": [
        "việc thể chế hóa chủ trương của Đảng thành chính sách, pháp luật",
        "công tác tự kiểm tra của chi bộ",
        "ứng dụng phần mềm quản lý văn bản",
        "công tác thi đua, khen thưởng về thông tin đối ngoại",
        "việc tổng kết thực tiễn, đúc rút kinh nghiệm",
        "hội nghị trực tuyến kết nối đến cơ sở",
        "việc biên soạn đề cương tuyên truyền",
        "tổ chức hội thi báo cáo viên giỏi",
        "việc học tập, quán triệt nghị quyết",
        "công tác kiểm tra, giám sát việc thực hiện các văn bản về thông tin đối ngoại",
        "sinh hoạt chuyên đề về thông tin đối ngoại trong chi bộ",
        "việc cụ thể hóa các văn bản của cấp trên",
        "chế độ thông tin, báo cáo",
        "vai trò nêu gương của người đứng đầu",
        "quy chế phối hợp giữa các cơ quan",
        "tài liệu hỏi - đáp về thông tin đối ngoại",
        "việc đưa tiêu chí thông tin đối ngoại vào đánh giá thi đua, khen thưởng",
        "hội nghị nghiên cứu, học tập chuyên đề",
    ],
    "achieve": [
        "mở rộng thị trường xuất khẩu sang <overseas>", "xúc tiến đầu tư tại <overseas>", "xây dựng cánh đồng mẫu lớn",
        "phát triển hợp tác xã kiểu mới", "phát triển nông nghiệp hữu cơ", "chế biến sâu nông sản", "cụm công nghiệp làng nghề",
        "thu hút nhà đầu tư chiến lược", "tháo gỡ khó khăn cho doanh nghiệp", "hội nhập kinh tế quốc tế",
        "tiếp cận thị trường Halal", "đăng ký bảo hộ thương hiệu ở nước ngoài", "sàn giao dịch thương mại điện tử",
        "thu hút nguồn kiều hối", "phát triển kinh tế đêm", "thông tin về kinh tế chia sẻ", "năng lượng điện gió, điện mặt trời", "cảng biển nước sâu",
        "tuyến đường sắt liên vận quốc tế", "dịch vụ hậu cần nghề cá", "giảm nghèo đa chiều",
        "tín dụng chính sách xã hội", "hợp tác giáo dục, đào tạo với các trường đại học nước ngoài",
        "thu hút du học sinh quốc tế", "hợp tác y tế, khám chữa bệnh", "chuyển giao khoa học, công nghệ",
        "xây dựng vùng nguyên liệu đạt chuẩn xuất khẩu", "phát triển cảng cạn và dịch vụ logistics",
        "phát triển khu kinh tế cửa khẩu", "đầu tư đường cao tốc và sân bay", "nguồn nhân lực chất lượng cao",
        "sản phẩm chủ lực như <product>", "hoạt động xúc tiến đầu tư, thương mại", "quảng bá sản phẩm OCOP",
        "kết nối giao thương", "hạ tầng khu công nghiệp", "cải cách hành chính",
        "chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "môi trường đầu tư, kinh doanh", "xuất khẩu nông sản",
        "thu hút vốn đầu tư trực tiếp nước ngoài (FDI)", "nguồn vốn hỗ trợ phát triển chính thức (ODA)",
        "các dự án trọng điểm", "hợp tác lao động", "thương mại điện tử", "chuỗi giá trị nông sản",
        "doanh nghiệp khởi nghiệp sáng tạo", "hợp tác với tập đoàn <company>",
        "chỉ dẫn địa lý cho đặc sản địa phương", "truy xuất nguồn gốc hàng hóa xuất khẩu",
    ],
    "foreign": [
        "công tác thông tin về biên giới trên bộ", "cơ chế hợp tác giữa các tỉnh biên giới",
        "chương trình hợp tác song phương giai đoạn <period>", "các thỏa thuận quốc tế cấp địa phương",
        "hợp tác với Liên minh châu Âu (EU)", "hợp tác với các nước Trung Đông, châu Phi",
        "tiếp xúc với các nhà đầu tư tiềm năng", "chuyến thăm của các đại sứ, tổng lãnh sự",
        "hoạt động của văn phòng đại diện thương mại ở nước ngoài", "quan hệ với các nước <country>, <country>",
        "hợp tác với các đối tác châu Âu, châu Mỹ", "hợp tác phát triển nguồn nhân lực với <country>",
        "vai trò của Việt Nam tại APEC, ASEM, G20", "quan hệ hữu nghị với các địa phương nước ngoài",
        "hợp tác với <fpartner>", "tiếp đón các đoàn khách quốc tế", "công tác lãnh sự và bảo hộ công dân",
        "quản lý đoàn ra, đoàn vào", "hội nghị, hội thảo quốc tế", "ký kết thỏa thuận hợp tác quốc tế",
        "ngoại giao kinh tế", "ngoại giao văn hóa", "hợp tác tiểu vùng Mê Công",
        "quan hệ với các cơ quan đại diện nước ngoài", "hoạt động đối ngoại của lãnh đạo <unit>",
    ],
    "culture": [
        "tuần lễ văn hóa Việt Nam tại <overseas>", "hợp tác đào tạo với các trường đại học của <overseas>",
        "liên hoan phim quốc tế", "triển lãm mỹ thuật, nhiếp ảnh", "giải đua thuyền truyền thống",
        "giải bóng chuyền, bóng đá giao hữu quốc tế", "hội thi ẩm thực các dân tộc", "chợ phiên vùng cao",
        "lễ hội mùa hoa", "nghệ thuật múa rối nước", "hát quan họ, ca trù, xẩm", "tranh dân gian và mỹ nghệ",
        "không gian văn hóa tâm linh", "nhà trưng bày, bảo tàng sinh thái",
        "tuyến du lịch liên tỉnh, xuyên biên giới", "sản phẩm lưu niệm mang bản sắc địa phương",
        "hưởng ứng Năm Du lịch quốc gia", "sự kiện văn hóa, thể thao quy mô quốc tế", "phục hồi nghề dệt thổ cẩm",
        "phát triển nghề gốm truyền thống", "bảo tồn hát then, đàn tính", "nghệ thuật bài chòi", "đờn ca tài tử Nam Bộ",
        "quảng bá di sản thực hành tín ngưỡng thờ Mẫu Tam phủ", "du lịch nông nghiệp, sinh thái", "homestay và du lịch trải nghiệm",
        "du lịch hội nghị, sự kiện (MICE)", "bảo tồn và phát huy giá trị di sản", "liên hoan nghệ thuật quần chúng",
        "lễ hội văn hóa - du lịch", "giới thiệu ẩm thực truyền thống", "làng nghề thủ công", "du lịch cộng đồng tại <village>",
        "sản phẩm du lịch đặc trưng", "quảng bá trang phục truyền thống", "nghệ thuật diễn xướng dân gian",
        "hoạt động của thư viện, bảo tàng", "dạy và học tiếng Việt cho người nước ngoài",
        "chương trình giao lưu sinh viên quốc tế", "không gian văn hóa cồng chiêng, khèn, sáo",
        "famtrip cho các hãng lữ hành quốc tế",
    ],
    "sea": [
        "bảo vệ mốc quốc giới và cọc dấu", "quản lý tàu thuyền hoạt động trên vùng biển", "thông tin về các trạm ra đa, hải đăng", "tuyên truyền về nhà giàn DK1",
        "tuần tra song phương trên biển", "quản lý các khu bảo tồn biển", "quy hoạch không gian biển",
        "chăm lo đời sống quân và dân trên các đảo", "xây dựng đồn, trạm biên phòng vững mạnh",
        "mô hình “Mỗi tổ chức, cá nhân gắn với một cột mốc”", "tuyên truyền về chủ quyền biển, đảo",
        "hỗ trợ ngư dân bám biển", "chống khai thác hải sản bất hợp pháp", "quản lý, bảo vệ đường biên, mốc giới",
        "phát triển kinh tế - xã hội khu vực biên giới", "mô hình “Tự quản đường biên, mốc quốc giới” tại <village>",
        "kết nghĩa cụm dân cư hai bên biên giới", "công tác tìm kiếm, cứu nạn trên biển",
        "phối hợp với lực lượng Kiểm ngư, Cảnh sát biển", "quản lý cửa khẩu và lối mở", "phòng, chống xuất nhập cảnh trái phép",
        "thương mại biên giới", "giám sát hành trình tàu cá",
    ],
    "rights": [
        "quyền được tiếp cận thông tin", "chăm sóc sức khỏe ban đầu cho người dân", "phổ cập giáo dục",
        "nhà ở cho người thu nhập thấp", "bảo hiểm y tế toàn dân", "nước sạch nông thôn", "xóa nhà tạm, nhà dột nát",
        "quyền bầu cử, ứng cử", "công tác dân vận chính quyền", "quy chế dân chủ ở cơ sở",
        "bảo đảm quyền của người lao động", "chăm lo người có công", "thúc đẩy bình đẳng giới", "phòng, chống mua bán người",
        "bảo vệ quyền trẻ em", "chăm sóc người cao tuổi, người khuyết tật",
        "hỗ trợ đồng bào dân tộc thiểu số tại <village>", "chính sách an sinh xã hội",
        "hoạt động tín ngưỡng, tôn giáo đúng pháp luật", "trợ giúp pháp lý",
        "tiếp công dân, giải quyết khiếu nại, tố cáo", "quản lý hôn nhân có yếu tố nước ngoài",
    ],
    "counter": [
        "xử lý các trang mạng giả mạo cơ quan nhà nước", "đấu tranh với hoạt động lợi dụng tôn giáo", "cảnh giác trước âm mưu “diễn biến hòa bình”",
        "quy trình xử lý khủng hoảng truyền thông", "cơ chế phát ngôn khi có sự cố",
        "đấu tranh với thông tin xấu, độc trên không gian mạng", "phát hiện, phản bác tin giả", "phản bác các luận điệu xuyên tạc",
        "hoạt động của ban biên tập các trang thông tin điện tử", "năng lực của nhóm nòng cốt đấu tranh trên mạng xã hội",
        "kỹ năng nhận diện thông tin sai trái", "công tác nắm bắt tình hình tư tưởng trong <aud>", "công tác nắm bắt dư luận xã hội",
        "vai trò của lực lượng cộng tác viên dư luận xã hội",
    ],
    "media": [
        "hợp tác với các cơ quan báo chí của <overseas>", "đón phóng viên <overseas> đến tác nghiệp",
        "hệ thống thông tin cơ sở", "ứng dụng thông tin trên điện thoại thông minh", "bản đồ số du lịch",
        "chuyên trang tiếng nước ngoài", "ấn phẩm sách, tạp chí đối ngoại",
        "phim tài liệu về đất nước, con người Việt Nam", "thông cáo báo chí", "họp báo định kỳ",
        "phóng viên thường trú nước ngoài", "kênh truyền hình đối ngoại", "trang thông tin điện tử đối ngoại",
        "ấn phẩm thông tin đối ngoại song ngữ", "video clip quảng bá", "sản xuất podcast", "nội dung trên nền tảng số",
        "sản phẩm báo chí đa phương tiện", "chuyên mục trên sóng phát thanh, truyền hình", "bản tin tiếng dân tộc",
        "cụm loa truyền thanh thông minh", "pa nô, áp phích, bảng điện tử", "cơ sở dữ liệu thông tin đối ngoại",
        "kênh YouTube, Facebook, TikTok chính thống", "tài khoản mạng xã hội của cơ quan, đơn vị",
        "sách ảnh giới thiệu về <Pn>",
    ],
    "overseas": [
        "hội doanh nhân Việt Nam ở nước ngoài", "giải thưởng dành cho kiều bào có đóng góp",
        "đoàn kiều bào về thăm quê hương", "thông tin về thủ tục quốc tịch, hộ tịch",
        "cộng đồng người Việt tại các nước láng giềng", "công tác vận động kiều bào",
        "mối liên hệ với các hội đồng hương", "chương trình Xuân Quê hương",
        "trại hè Việt Nam cho thanh thiếu niên kiều bào", "dạy tiếng Việt cho con em kiều bào",
        "kết nối trí thức, doanh nhân kiều bào", "hỗ trợ lao động đi làm việc ở nước ngoài",
        "công tác bảo hộ công dân", "thông tin cho người lao động tại <overseas>",
    ],
    "people": [
        "giao lưu với Hội hữu nghị <overseas> - Việt Nam", "quan hệ kết nghĩa giữa các xã biên giới",
        "phong trào đoàn kết quốc tế", "hoạt động của chi hội hữu nghị", "tình nguyện viên Nhật Bản, Hàn Quốc",
        "dự án nước sạch do nước ngoài tài trợ", "vận động nguồn lực khắc phục hậu quả bom mìn, chất độc da cam",
        "quỹ học bổng cho học sinh nghèo", "chương trình mổ mắt nhân đạo",
        "xây dựng trường học, nhà văn hóa từ nguồn viện trợ", "giao lưu hữu nghị với <country>",
        "kết nối các hội hữu nghị Việt Nam - <country>", "hoạt động của các hội hữu nghị",
        "quan hệ với các tổ chức phi chính phủ nước ngoài", "dự án viện trợ của <ngo>", "giao lưu hữu nghị nhân dân",
        "hoạt động kết nghĩa", "đón tiếp tình nguyện viên quốc tế", "chương trình hợp tác thanh niên",
        "đối thoại nhân dân hai bên biên giới", "đón tiếp các đoàn cựu chiến binh nước ngoài",
        "giao lưu với <fpartner>",
    ],
    "events": [
        "hội chợ thương mại quốc tế", "tuần văn hóa - du lịch", "lễ kỷ niệm ngày thành lập <unit>",
        "lễ đón nhận danh hiệu", "giải chạy marathon quốc tế", "lễ thắp nến tri ân", "các hoạt động kỷ niệm",
        "lễ mít tinh kỷ niệm", "triển lãm ảnh, tư liệu", "hội thảo khoa học", "chương trình nghệ thuật",
        "cuộc thi tìm hiểu lịch sử", "hoạt động tri ân", "lễ dâng hương, dâng hoa",
        "công tác trang trí, cổ động trực quan",
    ],
    "party": [
        "công tác tuyên truyền về đại hội", "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "công tác phòng, chống tham nhũng, tiêu cực", "thông tin về các hội nghị Trung ương",
        "phản ánh dư luận xã hội",
    ],
    "covid": [
        "công tác tiêm chủng vắc-xin", "phục hồi sản xuất, kinh doanh", "hỗ trợ người lao động gặp khó khăn do đại dịch",
        "phục hồi du lịch quốc tế", "quản lý người nhập cảnh",
    ],
    "capacity": [
        "học tập kinh nghiệm tại <overseas>", "hội thi tuyên truyền viên giỏi", "kỹ năng của đội ngũ phát ngôn viên",
        "kỹ năng viết tin, bài đối ngoại", "tập huấn sử dụng mạng xã hội", "khen thưởng tập thể, cá nhân tiêu biểu",
        "bồi dưỡng đội ngũ báo cáo viên", "tập huấn kỹ năng phát ngôn", "bồi dưỡng ngoại ngữ cho cán bộ",
        "phát triển đội ngũ cộng tác viên", "khảo sát, học tập kinh nghiệm", "cơ sở vật chất phục vụ thông tin đối ngoại",
    ],
    "env": [
        "hợp tác với <overseas> về ứng phó biến đổi khí hậu", "quản lý chất thải rắn", "trồng cây phân tán",
        "chống sạt lở bờ sông, bờ biển", "giảm phát thải khí nhà kính", "chuyển đổi năng lượng xanh",
        "thu gom, tái chế rác thải", "trồng rừng và bảo vệ rừng", "xử lý rác thải nhựa",
        "sử dụng năng lượng tiết kiệm", "bảo tồn đa dạng sinh học", "phòng, chống thiên tai",
        "mô hình nông nghiệp thích ứng với biến đổi khí hậu",
    ],
}
# fmt: on
# fmt: off
MEANS = [
    "qua các buổi đối thoại", "bằng song ngữ", "tại các khu, điểm du lịch",
    "thông qua lực lượng đoàn viên thanh niên", "qua trang thông tin điện tử và ứng dụng di động",
    "tại các hội chợ, triển lãm", "qua các chương trình phát thanh tiếng dân tộc",
    "thông qua các hội nghị, hội thảo", "thông qua các ấn phẩm song ngữ", "trên hệ thống truyền thanh cơ sở",
    "trên mạng xã hội", "thông qua các đoàn công tác", "tại các sự kiện văn hóa, thể thao",
    "bằng nhiều hình thức phong phú", "qua sinh hoạt chi bộ", "tại các buổi tiếp xúc cử tri",
    "qua các cuộc thi tìm hiểu", "trên các phương tiện thông tin đại chúng",
]
# fmt: on
# fmt: off
TARGETS = [
    "tại các khu kinh tế cửa khẩu", "ở các xã đặc biệt khó khăn", "tại các làng nghề",
    "trong các trường đại học, cao đẳng", "ở các khu chế xuất", "tại các cảng cá, bến cá", "ở các phường, thị trấn",
    "trên địa bàn <unit>", "tại các xã biên giới", "ở vùng đồng bào dân tộc thiểu số", "trong các khu công nghiệp",
    "tại các cơ sở tôn giáo", "tại các điểm du lịch", "ở vùng sâu, vùng xa", "trong trường học", "tại <village>",
    "trong cộng đồng doanh nghiệp", "ở khu dân cư",
]
# fmt: on
# fmt: off
AIMS = [
    "để bạn bè quốc tế hiểu rõ hơn về <home>", "góp phần xây dựng hình ảnh chính quyền thân thiện, phục vụ",
    "hướng tới mục tiêu phát triển bền vững", "tạo niềm tin cho nhà đầu tư", "củng cố niềm tin của Nhân dân",
    "nhằm nâng cao hình ảnh <home>", "góp phần thu hút nguồn lực bên ngoài", "tạo sự đồng thuận trong xã hội",
    "góp phần thực hiện thắng lợi nhiệm vụ chính trị năm <Y>", "nhằm nâng cao hiệu quả thông tin đối ngoại",
    "qua đó tăng cường hiểu biết lẫn nhau", "bảo đảm thiết thực, hiệu quả", "phù hợp với đặc điểm từng địa bàn",
    "tránh hình thức, lãng phí", "đáp ứng yêu cầu nhiệm vụ trong tình hình mới",
]
# fmt: on
# fmt: off
COUNTRIES = [
    "Ai Cập", "Algeria", "Angola", "Argentina", "Azerbaijan", "Ba Lan", "Bangladesh", "Belarus", "Bỉ", "Bồ Đào Nha",
    "Brunei", "Bulgaria", "Chile", "Colombia", "Đan Mạch", "Hà Lan", "Hungary", "Iran", "Israel", "Kazakhstan",
    "Mexico", "Mông Cổ", "Mozambique", "Na Uy", "Nam Phi", "New Zealand", "Nigeria", "Pakistan", "Peru", "Phần Lan",
    "Romania", "Cộng hòa Séc", "Slovakia", "Sri Lanka", "Tây Ban Nha", "Thổ Nhĩ Kỳ", "Thụy Sĩ", "Ucraina",
    "Uzbekistan", "Venezuela", "Áo", "Ả Rập Xê Út", "Các Tiểu vương quốc Ả Rập Thống nhất", "Qatar", "Kuwait",
    "Nepal", "Timor-Leste", "Tanzania", "Ethiopia", "Kenya", "Senegal", "Maroc", "Tunisia", "Panama", "Ecuador",
    "Uruguay", "Hy Lạp", "Ireland", "Estonia", "Lít-va", "Slovenia", "Croatia", "Serbia", "Kyrgyzstan",
    "Turkmenistan", "Tajikistan", "Oman", "Jordan", "Palestine", "Syria", "Iraq", "Libya", "Sudan", "Ghana",
    "Cameroon", "Zimbabwe", "Madagascar", "Fiji", "Papua New Guinea",
]
# fmt: on
FTAS = ["CPTPP", "EVFTA", "RCEP", "UKVFTA", "VKFTA", "AKFTA", "ACFTA", "AJCEP", "VJEPA", "VIFTA", "EAEU"]
# fmt: off
FIELDS = [
    "giáo dục, đào tạo", "y tế", "khoa học, công nghệ", "nông nghiệp", "năng lượng", "lao động", "du lịch",
    "văn hóa", "quốc phòng, an ninh", "giao thông vận tải", "thương mại", "đầu tư", "chuyển đổi số", "môi trường",
    "tài chính, ngân hàng", "logistics", "thủy sản", "lâm nghiệp", "công nghiệp chế biến", "hàng không",
    "thông tin và truyền thông",
]
# fmt: on
GENERIC = templates(
    "{Thực hiện|Triển khai|Bám sát} <cite:short>, <verb> <obj>{ <target>|}{, <aim>|}.",
    "Cụ thể hóa <named:congress>{ và <named:localcongress>|} bằng các chương trình, kế hoạch {cụ thể|hành động}; <verb> <obj>{ <means>|}.",
    "<verb> <obj>{ <means>|}{ <target>|}{, <aim>|}.",
    "<verb> <obj> {gắn với|kết hợp với|song song với} <obj>{, <aim>|}.",
    "{Chú trọng|Quan tâm|Ưu tiên} <obj> {và|cùng với} <obj>{ <target>|}.",
    "Năm <Y>, {tập trung|ưu tiên} <obj>{ <means>|}; {đồng thời|bên cạnh đó} <verb> <obj>{, <aim>|}.",
)
EXTRA_THEME_SENTENCES = {
    "foreign": templates(
        "Thông tin về quan hệ hợp tác giữa Việt Nam với {<country>|<country> và <country>|các nước <country>, <country>}{, nhất là trong các lĩnh vực <field>, <field>|}{ <means>|}.",
        "{Thông tin|Tuyên truyền} {kết quả hợp tác|quan hệ hữu nghị} giữa Việt Nam với các đối tác {quan trọng|truyền thống} như <overseas>, <overseas> và <overseas>{; <verb> <obj>|}.",
    ),
    "achieve": templates(
        "{Tận dụng|Khai thác} hiệu quả các hiệp định thương mại tự do như <fta>, <fta>{ để mở rộng thị trường xuất khẩu {sang <country>|}|}; {hỗ trợ|hướng dẫn} doanh nghiệp {đáp ứng các tiêu chuẩn của thị trường|nâng cao năng lực cạnh tranh}.",
        "Thông tin về quan hệ hợp tác giữa Việt Nam với {<country>|<country> và <country>|các nước <country>, <country>}{, nhất là trong các lĩnh vực <field>, <field>|}{ <means>|}.",
    ),
    "people": templates(
        "{Thông tin|Tuyên truyền} {kết quả hợp tác|quan hệ hữu nghị} giữa Việt Nam với các đối tác {quan trọng|truyền thống} như <overseas>, <overseas> và <overseas>{; <verb> <obj>|}.",
        "Thông tin về quan hệ hợp tác giữa Việt Nam với {<country>|<country> và <country>|các nước <country>, <country>}{, nhất là trong các lĩnh vực <field>, <field>|}{ <means>|}.",
    ),
    "overseas": templates(
        "{Thông tin|Tuyên truyền} {kết quả hợp tác|quan hệ hữu nghị} giữa Việt Nam với các đối tác {quan trọng|truyền thống} như <overseas>, <overseas> và <overseas>{; <verb> <obj>|}.",
    ),
    "events": templates(
        "{Thông tin|Tuyên truyền} {kết quả hợp tác|quan hệ hữu nghị} giữa Việt Nam với các đối tác {quan trọng|truyền thống} như <overseas>, <overseas> và <overseas>{; <verb> <obj>|}.",
    ),
}
# fmt: off
FOREIGN_PARTNERS = [
    "tỉnh Gunma (Nhật Bản)", "tỉnh Gyeonggi (Hàn Quốc)", "thành phố Incheon (Hàn Quốc)", "tỉnh Chiba (Nhật Bản)",
    "vùng Nouvelle-Aquitaine (Pháp)", "bang Brandenburg (Cộng hòa Liên bang Đức)", "tỉnh Kanagawa (Nhật Bản)",
    "tỉnh Fukuoka (Nhật Bản)", "thành phố Busan (Hàn Quốc)", "tỉnh Gangwon (Hàn Quốc)",
    "bang Queensland (Australia)", "bang Victoria (Australia)", "tỉnh Tochigi (Nhật Bản)", "tỉnh Nagano (Nhật Bản)",
    "thành phố Daegu (Hàn Quốc)", "vùng Normandie (Pháp)", "bang Sachsen (Cộng hòa Liên bang Đức)",
    "tỉnh Udon Thani (Thái Lan)", "tỉnh Nakhon Phanom (Thái Lan)", "tỉnh Sakon Nakhon (Thái Lan)",
    "thành phố Vladivostok (Liên bang Nga)", "tỉnh Quảng Đông (Trung Quốc)", "tỉnh Hải Nam (Trung Quốc)",
    "tỉnh Okayama (Nhật Bản)", "tỉnh Chungcheong Nam (Hàn Quốc)", "tỉnh Jeolla Nam (Hàn Quốc)",
    "thành phố Ulsan (Hàn Quốc)", "tỉnh Toyama (Nhật Bản)", "tỉnh Saitama (Nhật Bản)", "vùng Piemonte (Italia)",
    "bang Bayern (Cộng hòa Liên bang Đức)", "tỉnh Champasak (Lào)", "tỉnh Siem Reap (Campuchia)",
]
# fmt: on
# fmt: off
NGOS = [
    "Tổ chức Tầm nhìn Thế giới (World Vision)", "Tổ chức Plan International",
    "Cơ quan Hợp tác quốc tế Nhật Bản (JICA)", "Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA)", "Tổ chức ActionAid",
    "Quỹ Nhi đồng Liên hợp quốc (UNICEF)", "Chương trình Phát triển Liên hợp quốc (UNDP)", "Tổ chức Oxfam",
    "Tổ chức CARE International", "Tổ chức Cứu trợ trẻ em (Save the Children)", "Tổ chức Heifer International",
    "Tổ chức Đông Tây hội ngộ", "Tổ chức Hợp tác quốc tế Đức (GIZ)", "Tổ chức Caritas",
    "Tổ chức Bánh mì cho Thế giới", "Tổ chức Nông dân Hà Lan (Agriterra)", "Quỹ Châu Á (The Asia Foundation)",
]
# fmt: on
# fmt: off
COMPANIES = [
    "Samsung", "LG", "Foxconn", "Intel", "Canon", "Honda", "Toyota", "Hyosung", "Bosch", "Heineken", "Nestlé",
    "Pou Chen", "Lotte", "Aeon", "Posco", "Amkor", "Hana Micron", "Goertek", "Luxshare", "Amata", "Sembcorp",
    "Kumho", "Panasonic",
]
# fmt: on
# fmt: off
POSITIONS = [
    "Phó Trưởng Ban Tuyên giáo", "Chánh Văn phòng", "Trưởng phòng Thông tin - Báo chí", "chuyên viên Ban Tuyên giáo",
    "Phó Chủ tịch Ủy ban MTTQ Việt Nam", "Phó Giám đốc Sở", "Trưởng phòng Văn hóa và Thông tin",
    "chuyên viên phụ trách thông tin đối ngoại",
]
# fmt: on
# fmt: off
VILLAGE_SYLLABLES = {
    "B": (
        [
            "Nà", "Pác", "Phiêng", "Khuổi", "Nặm", "Pù", "Lũng", "Cốc", "Khau", "Tà", "Sín", "Séo", "Huổi", "Púng",
            "Co", "Lao", "Chiềng", "Hua", "Phìn", "Mèo", "Xín", "Lùng", "Thèn", "Bó", "Háng", "Pắc", "Nà Lừa", "Tả",
            "Hố", "Ma",
        ],
        [
            "Hẩu", "Ngòi", "Luông", "Tát", "Mạ", "Lìn", "Chải", "Phìn", "Cáy", "Pục", "Vạc", "Tủng", "Sán", "Mò",
            "Khoang", "Lẹng", "Pảng", "Chang", "Thàng", "Sủng", "Hồ", "Dìn", "Pha", "Nọi", "Luông", "Kham", "Nưa",
            "Lếch", "Mứn", "Pẻn", "Ván", "Sảng", "Nghè", "Quang", "Cút", "Lủng", "Phấy", "Khiêu", "Nhùng", "Thồng",
            "Pảo", "Ngài", "Tỉnh", "Chư", "Sồ", "Chồ", "Hảm", "Liềng",
        ],
    ),
    "M": (
        ["Sóc", "Ô", "Trà", "Tà", "Prey", "Srây", "Kom", "Tha", "Cà", "Bưng", "Giồng", "Rạch", "Vàm", "Kinh", "Xẻo"],
        [
            "Chum", "Rơm", "Cốp", "Tum", "Sà", "Ràng", "Skoth", "Chrôi", "Pông", "Mẹt", "Tưng", "Ngao", "La", "Hom",
            "Tra", "Lọp", "Cạn", "Đước", "Phnô", "Krâng", "Som", "Thnốt", "Pro", "Kha", "Chông", "Bốt", "Snay",
            "Kiên", "Đôn", "Mồ", "Ret", "Thum", "Kol",
        ],
    ),
}
# fmt: on
# fmt: off
_ONSETS = [
    "Kr", "Dr", "Bl", "Hd", "Hr", "Kn", "Dl", "Ml", "Pl", "Tr", "J", "Gl", "R", "K", "Đ", "B", "Y", "Ch", "Ng", "Br",
    "Tơ",
]
# fmt: on
_VOWELS = ["ơ", "ô", "a", "ă", "i", "u", "ư", "ê", "e", "o", "ia", "uô", "ơi"]
_CODAS = ["k", "ng", "n", "m", "l", "t", "p", "h", "", ""]
# Words that conversion errors leave alone: what kb_build needs to read citations and anniversary spans.
# fmt: off
NOISE_SAFE = {
    "năm", "ngày", "số", "của", "về", "và", "tháng", "không", "quyết", "thị", "luận", "định", "hoạch", "dẫn", "trình",
    "lược", "tư", "văn", "báo", "chế", "tri", "án",
}
# fmt: on
_TONES = "\u0300\u0301\u0303\u0309\u0323"


PURPOSE = templates(
    "{Quán triệt quan điểm lấy dân làm gốc|Phát huy quyền làm chủ của Nhân dân|Thực hiện tốt phương châm “dân biết, dân bàn, dân làm, dân kiểm tra”}, {phát huy|bảo đảm} vai trò chủ thể của Nhân dân trong công tác thông tin đối ngoại; {tăng cường|củng cố} sự đồng thuận xã hội{, góp phần thực hiện thắng lợi <named:congress>|}.",
    "@y>=2022@{Lan tỏa|Giới thiệu} hệ giá trị quốc gia, hệ giá trị văn hóa{, hệ giá trị gia đình|} và chuẩn mực con người Việt Nam {tới bạn bè quốc tế|trong cộng đồng quốc tế}; {khẳng định|quảng bá} hình ảnh <home> {thân thiện, mến khách|năng động, hội nhập}.",
    "{Phát huy|Tiếp tục phát huy} những kết quả {đạt được|đã đạt được} trong công tác thông tin đối ngoại năm <Y1>, {khắc phục những hạn chế, tồn tại|khắc phục vấn đề còn tồn tại|khắc phục những hạn chế, bất cập}, hoàn thành tốt nhiệm vụ thông tin đối ngoại năm <Y>{, triển khai có hiệu quả <cite:core>|}{, góp phần thực hiện thắng lợi <congress_goal>|}.",
    "{Tăng cường|Đẩy mạnh} tuyên truyền nhằm nâng cao nhận thức của <aud> về {vị trí, vai trò|vị trí, tầm quan trọng|vai trò, tầm quan trọng} của công tác thông tin đối ngoại{ trong tình hình mới| trong giai đoạn hiện nay|}; {đồng thời|qua đó} {khơi dậy mạnh mẽ và nêu cao tinh thần yêu nước|khơi dậy khát vọng phát triển đất nước phồn vinh, hạnh phúc|phát huy ý chí độc lập, tự cường, lòng tự tôn dân tộc}{, tạo động lực thúc đẩy sức mạnh nội sinh|}.",
    "Khẳng định Việt Nam là bạn, {là |}đối tác tin cậy và {là |}thành viên tích cực, có trách nhiệm của cộng đồng quốc tế{, góp phần củng cố và nâng cao hơn nữa uy tín, vai trò, vị thế Việt Nam trên trường quốc tế|}. Đồng thời, đấu tranh phản bác {những|các} luận điệu sai trái, xuyên tạc của các thế lực {thù địch|cơ hội, thù địch|thù địch, phản động}, đặc biệt là về các vấn đề <sensitive>.",
    "{Thông qua công tác thông tin đối ngoại|Thông qua công tác tuyên truyền}, {giới thiệu|quảng bá} {rộng rãi |}hình ảnh{, tiềm năng, thế mạnh|, con người, văn hóa|, tiềm năng, lợi thế} của <home> {đến bạn bè quốc tế|với bạn bè trong nước và quốc tế|tới cộng đồng quốc tế}{, nhất là <landmark>|}; {tranh thủ sự đồng tình, ủng hộ, hợp tác, giúp đỡ của bạn bè quốc tế|thu hút các nguồn lực bên ngoài phục vụ phát triển kinh tế - xã hội <self>|thu hút sự hợp tác, đầu tư của các đối tác nước ngoài}.",
    "Tăng cường niềm tin của <aud> vào sự lãnh đạo của Đảng, {sự quản lý, điều hành của Nhà nước|chỉ đạo, điều hành của Chính phủ và chính quyền các cấp}; {củng cố sự đồng thuận xã hội|củng cố khối đại đoàn kết toàn dân tộc}, {tạo không khí phấn khởi|tạo sự thống nhất cao} {trong thực hiện nhiệm vụ chính trị năm <Y>|để thực hiện thắng lợi các mục tiêu, nhiệm vụ năm <Y>}.",
    "{Duy trì|Góp phần duy trì} môi trường hòa bình, ổn định {phục vụ nhiệm vụ phát triển kinh tế - xã hội|cho sự nghiệp xây dựng và bảo vệ Tổ quốc} {năm <Y>|trong năm <Y>}, tạo cơ sở vững chắc thực hiện thắng lợi các nhiệm vụ chiến lược của đất nước {trong những năm tiếp theo|đến năm 2030, tầm nhìn 2045}.",
    "Bảo đảm sự chỉ đạo tập trung, định hướng thống nhất{, kịp thời|} trong {chỉ đạo và triển khai|lãnh đạo, chỉ đạo và tổ chức thực hiện} công tác thông tin đối ngoại{ về những chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước|}{; giới thiệu những thành tựu to lớn của công cuộc đổi mới|}.",
    "@local@Năm <Y1>, công tác thông tin đối ngoại <self> đạt nhiều kết quả: {tổ chức|phối hợp tổ chức} <num:3-90> {hội nghị báo cáo viên|buổi tuyên truyền|lớp bồi dưỡng} với <num:200-12000> lượt người tham dự; {đăng tải|phát sóng|biên tập} <num:40-5000> tin, bài{, phóng sự|} về thông tin đối ngoại{; đón tiếp <num:2-150> đoàn khách quốc tế|}. {Phát huy|Tiếp tục phát huy} những kết quả đó, hoàn thành tốt nhiệm vụ năm <Y>.",
    "Thông qua công tác tuyên truyền tiếp tục nâng cao nhận thức của {các cấp ủy, tổ chức đảng, lãnh đạo các cơ quan, đơn vị|các cấp, các ngành} và <aud> về vị trí, tầm quan trọng của công tác thông tin đối ngoại{; làm cho bạn bè quốc tế hiểu đúng đường lối, chủ trương, chính sách của Đảng và Nhà nước|}.",
)
REQUIRE = templates(
    "Việc thực hiện công tác thông tin đối ngoại bảo đảm sự chỉ đạo, định hướng thống nhất, đồng bộ {trong chỉ đạo và triển khai|từ <top> đến cơ sở} theo phương châm “chủ động, đồng bộ, kịp thời, sáng tạo, hiệu quả”{. Phát huy được sức mạnh của cả hệ thống chính trị|}.",
    "Bám sát {các nội dung|tinh thần} <cite:core>{; <cite:any>|}{, gắn với {việc thực hiện nhiệm vụ chính trị|nhiệm vụ phát triển kinh tế - xã hội} <self>|}.",
    "Nội dung thông tin đối ngoại {cần |bảo đảm }{toàn diện, đầy đủ|chính xác, kịp thời}, có trọng tâm, trọng điểm, {“đúng” và “trúng” đối tượng|phù hợp với từng nhóm đối tượng}; phương thức {thể hiện đa dạng, hiện đại|linh hoạt, phù hợp với từng sự kiện, từng vùng miền|phong phú, sinh động}{, đồng thời phát huy hiệu quả các phương thức thông tin truyền thống|}.",
    "Kịp thời nắm bắt, {dự báo, đánh giá|phân tích, dự báo} diễn biến tình hình {quốc tế và khu vực|trong nước và quốc tế}, dư luận {báo chí truyền thông quốc tế|xã hội trong và ngoài <unit>}, âm mưu, thủ đoạn của các thế lực thù địch, phản động để chủ động {ứng phó|xử lý} các tình huống phát sinh{ đột xuất|}.",
    "Bảo đảm phát huy được sức mạnh tổng hợp của cả hệ thống chính trị, vai trò của {đội ngũ báo cáo viên, tuyên truyền viên|đội ngũ cán bộ Mặt trận các cấp|đội ngũ cán bộ làm công tác thông tin đối ngoại} và huy động sự tham gia tích cực của <aud>{ trong công tác thông tin đối ngoại|}.",
    "Chủ động thông tin tuyên truyền, kịp thời phản ứng trong mọi tình huống, nhất là đấu tranh với các thế lực thù địch, chống phá với tinh thần không né tránh những vấn đề nhạy cảm{, tạo ưu thế trên mặt trận dư luận|}.",
    "Công tác thông tin đối ngoại phải được triển khai {thường xuyên, liên tục|đồng bộ, thống nhất}, gắn với {nhiệm vụ chính trị|chương trình công tác} của {từng cơ quan, đơn vị|từng cấp, từng ngành}{ và điều kiện thực tiễn của địa phương|}; {bảo đảm tiết kiệm, hiệu quả|tránh hình thức, lãng phí}.",
    "Tăng cường {phối hợp|sự phối hợp chặt chẽ} giữa {các cơ quan chức năng|các cấp, các ngành} {trong cung cấp, chia sẻ thông tin|trong triển khai các hoạt động thông tin đối ngoại}; {thực hiện tốt|tuân thủ} {quy chế phát ngôn và cung cấp thông tin cho báo chí|các quy định về bảo vệ bí mật nhà nước}.",
    "Củng cố và nâng cao hơn nữa nhận thức của <aud> về tầm quan trọng, vai trò của công tác thông tin đối ngoại gắn với việc triển khai <named:congress>{, <named:localcongress>|}{, thực hiện thành công <named:socio>|}.",
)
# Tasks in section III, by the role of the organ they are given to.
TASKS = {
    "lead": templates(
        "Hướng dẫn {các cơ quan, đơn vị|<depts>} triển khai công tác thông tin đối ngoại {theo phương châm “chủ động, đồng bộ, kịp thời, sáng tạo, hiệu quả”|bảo đảm thiết thực, hiệu quả|đúng tiến độ, có trọng tâm, trọng điểm}; {theo dõi|tổng hợp} kết quả thực hiện {<cite:short>|Kế hoạch này|các nhiệm vụ được giao}{ và <named:congress>|}.",
        "Tham mưu {giúp|cho} <issuer_short> {xây dựng kế hoạch|triển khai} {tổ chức nghiên cứu, học tập, quán triệt|tuyên truyền, đôn đốc, kiểm tra} việc thực hiện {chủ trương, đường lối đối ngoại của Đảng, chính sách, pháp luật của Nhà nước|các nhiệm vụ thông tin đối ngoại}{ đến các cấp ủy, tổ chức đảng| trên phạm vi <scope>|}{ theo tinh thần <named:congress>|}.",
        "Chủ trì, phối hợp với {các cơ quan liên quan|<depts>|các đơn vị liên quan} {hướng dẫn, theo dõi, đôn đốc|tổ chức triển khai} thực hiện {Kế hoạch này|các nội dung của Kế hoạch}; định kỳ {6 tháng, năm|hằng quý} tổng hợp, báo cáo {kết quả |}về <issuer_short>.",
        "Tham mưu giúp <issuer_short> xây dựng Kế hoạch tuyên truyền các sự kiện chính trị lớn của đất nước, <self> trong năm <Y>. Nắm bắt và kịp thời báo cáo những vấn đề nhạy cảm, đột xuất được dư luận quan tâm{, ổn định tình hình|}.",
        "Định hướng {nội dung|thông tin} tuyên truyền cho {đội ngũ báo cáo viên, tuyên truyền viên|các cơ quan báo chí, hệ thống truyền thanh cơ sở}; {tổ chức sơ kết, tổng kết|đánh giá, rút kinh nghiệm} việc thực hiện công tác thông tin đối ngoại{ năm <Y>|}.",
    ),
    "sub": templates(
        "Tổ chức quán triệt, triển khai {<cite:any>|các văn bản chỉ đạo của cấp trên|các nghị quyết, chỉ thị, kết luận của Đảng|kế hoạch của <superior>} đến <aud>; {cụ thể hóa bằng kế hoạch của cơ quan, đơn vị|lồng ghép trong sinh hoạt định kỳ}.",
        "Xây dựng kế hoạch công tác thông tin đối ngoại năm <Y>; tiếp tục phổ biến, quán triệt các văn bản của Đảng, Nhà nước{, <self>|} liên quan đến công tác thông tin đối ngoại đến toàn thể <aud>{ bảo đảm thiết thực, hiệu quả|}.",
        "Gắn việc triển khai nội dung thông tin đối ngoại với thực hiện nhiệm vụ chính trị{ của địa phương, đơn vị|}; biểu dương các nhân tố, tấm gương điển hình tiên tiến{, các phong trào thi đua|}{, đặc biệt là học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh|}.",
        "Định kỳ {mỗi quý, 6 tháng và một năm|6 tháng, năm} báo cáo kết quả {thực hiện|hoạt động} công tác thông tin đối ngoại về <issuer_short>{ qua Email: <email>|}{ để tổng hợp, báo cáo| để tổng hợp|}.",
        "Chủ động {xây dựng, ban hành|cụ thể hóa} {kế hoạch|hướng dẫn} triển khai các nhiệm vụ thông tin đối ngoại {năm <Y>|}{ phù hợp với tình hình thực tiễn|} gắn với việc thực hiện nhiệm vụ chính trị của địa phương; thường xuyên kiểm tra, đôn đốc, đánh giá việc thực hiện.",
    ),
    "state": templates(
        "Chỉ đạo {các cơ quan chuyên môn|<depts>} {triển khai|tổ chức thực hiện} {các nhiệm vụ thông tin đối ngoại|công tác thông tin đối ngoại} {trên địa bàn|}{; bố trí kinh phí bảo đảm cho hoạt động thông tin đối ngoại|}.",
        "Chủ trì {tham mưu |}{quản lý nhà nước về thông tin đối ngoại|hướng dẫn các cơ quan báo chí} trên địa bàn; {cung cấp thông tin cho báo chí|tổ chức họp báo định kỳ}{ theo quy định|}{; thực hiện <cite:nd72>|}.",
    ),
    "front": templates(
        "Ủy ban Mặt trận Tổ quốc Việt Nam {và các tổ chức chính trị - xã hội|và các tổ chức thành viên} phối hợp với {Ban Tuyên giáo cùng cấp|các cơ quan liên quan} {chủ động tuyên truyền|xây dựng kế hoạch} công tác thông tin đối ngoại năm <Y> gắn với nhiệm vụ chính trị{ của ngành, đơn vị|}.",
        "Phát huy vai trò người có uy tín, chức sắc, đoàn viên, hội viên chủ động nắm tình hình dư luận xã hội nảy sinh{; tham gia giám sát, phản biện xã hội|}; tăng cường {hoạt động đối ngoại nhân dân|giao lưu hữu nghị} {với các tổ chức nhân dân nước ngoài|}.",
    ),
    "press": templates(
        "Tăng cường lượng tin, bài về {những tấm gương người tốt, việc tốt|các hoạt động đối ngoại} {trong công tác thông tin đối ngoại|}; {mở chuyên trang, chuyên mục|duy trì chuyên mục} “<column>”{ trên sóng phát thanh, truyền hình và báo điện tử|}.",
        "Chủ động phối hợp với các cơ quan thông tấn, báo chí của Trung ương và địa phương tổ chức tuyên truyền trên các phương tiện thông tin đại chúng về các nội dung thông tin đối ngoại năm <Y>{; sản xuất chương trình bằng tiếng <language>|}.",
    ),
    "security": templates(
        "Phối hợp {cung cấp thông tin|tuyên truyền} về {tình hình an ninh biên giới, chủ quyền biển, đảo|công tác bảo đảm an ninh, trật tự} {trên địa bàn|}; {nắm tình hình|theo dõi} {hoạt động của người nước ngoài|dư luận xã hội}{, kịp thời xử lý các vụ việc phức tạp|}.",
        "Theo dõi, nắm bắt tình hình {an ninh chính trị, trật tự an toàn xã hội|an ninh mạng}, {phát hiện, xử lý|chủ động đấu tranh với} {các hoạt động lợi dụng vấn đề dân tộc, tôn giáo, nhân quyền|các thông tin xấu, độc trên không gian mạng}{ theo <named:lawcyber>|}.",
    ),
    "budget": templates(
        "Bố trí kinh phí {thực hiện |}{Kế hoạch|các hoạt động thông tin đối ngoại} {từ nguồn ngân sách nhà nước|trong dự toán ngân sách hằng năm}{ theo quy định|}{; huy động các nguồn kinh phí hợp pháp khác|}.",
    ),
    "culture": templates(
        "Chủ trì {quảng bá|xây dựng các sản phẩm quảng bá} {du lịch, văn hóa|hình ảnh} <Pn>{ tại các hội chợ, sự kiện quốc tế|}; {phối hợp tổ chức|tổ chức} {các hoạt động giao lưu văn hóa|tuần lễ văn hóa, du lịch} {với các địa phương nước ngoài|}.",
    ),
    "foreign": templates(
        "Phối hợp triển khai công tác thông tin đối ngoại trên cả ba trụ cột: đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân; {tham mưu|đề xuất} {các hoạt động đối ngoại|chương trình đối ngoại} năm <Y> {của <home>|}.",
        "Cung cấp thông tin {về tình hình quốc tế, khu vực|về hoạt động đối ngoại của <home>} cho {các cơ quan báo chí|đội ngũ báo cáo viên}; {quản lý|hướng dẫn} {hoạt động của phóng viên nước ngoài|các đoàn khách nước ngoài} {đến <home>|trên địa bàn}.",
    ),
    "econ": templates(
        "{Xây dựng|Cập nhật} {tài liệu|ấn phẩm} giới thiệu {môi trường đầu tư|tiềm năng, cơ hội đầu tư} <self> {bằng tiếng <language>|bằng nhiều thứ tiếng}; {phối hợp tổ chức|tổ chức} các hội nghị xúc tiến đầu tư{ ở trong và ngoài nước|}.",
    ),
}
CLOSING = templates(
    "Quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ <issuer_short> (qua <dept>{, số <num:1-300> đường <street>|}, đồng chí <person>, <position>, điện thoại: <phone>{, email: <email>|}) để phối hợp giải quyết./.",
    "Trên cơ sở {kế hoạch|hướng dẫn} này, <subs> triển khai thực hiện nghiêm túc, hiệu quả./.",
    "Trên đây là {Kế hoạch|nội dung} công tác thông tin đối ngoại năm <Y> của <issuer_short>, đề nghị {các cơ quan, đơn vị|<subs>} nghiêm túc triển khai thực hiện./.",
    "Trong quá trình tổ chức thực hiện, nếu có vấn đề vướng mắc{, nảy sinh đột xuất|}, đề nghị phản ánh kịp thời về <issuer_short>{ (qua <dept>{, email: <email>|})|} để {được hướng dẫn|xem xét, giải quyết}./.",
    "Yêu cầu <subs> {nghiêm túc triển khai thực hiện|quán triệt, triển khai thực hiện nghiêm túc} {Kế hoạch này|nội dung Kế hoạch}; báo cáo kết quả {thực hiện |}về <issuer_short>{ (qua <dept>)|} trước ngày {15/12|30/11|20/12}/<Y>./.",
)


# ---------------------------------------------------------------------------------------------
# Issuers. A kind fixes system, level, numbering and which bodies' plans it implements.
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Kind:
    system: str
    level: str
    weight: float  # how likely a plan of this issuer is in the corpus
    party_style: bool  # “144-KH/TU” (Party) or “79/HD-MTTW-BTT” (State, Front)
    code: str
    numbers: tuple[int, int]
    types: tuple[tuple[str, float], ...]
    parents: tuple[str, ...] = ()
    last_year: int = 2026


KH, HD, CTR = "Kế hoạch", "Hướng dẫn", "Chương trình"
KINDS = {
    "btgtw": Kind("Đảng", "trung ương", 25, True, "BTGTW", (40, 160), ((HD, 1),)),
    "mttqtw": Kind("Mặt trận", "trung ương", 25, False, "MTTW-BTT", (20, 150), ((HD, 1),), ("btgtw",)),
    "btttt": Kind("Nhà nước", "trung ương", 25, False, "BTTTT", (100, 5000), ((KH, 1),)),
    "bng": Kind("Nhà nước", "trung ương", 15, False, "BNG", (50, 3000), ((KH, 1),)),
    "dukcq": Kind("Đảng", "khối", 20, True, "ĐUK", (50, 300), ((KH, 1),), ("btgtw",), 2025),
    "dukdn": Kind("Đảng", "khối", 20, True, "ĐUK", (50, 300), ((KH, 1),), ("btgtw",), 2025),
    "tu": Kind("Đảng", "tỉnh", 5, True, "TU", (50, 400), ((KH, 0.85), (CTR, 0.15)), ("btgtw",)),
    "btgtu": Kind("Đảng", "tỉnh", 2.5, True, "BTGTU", (20, 200), ((HD, 0.9), (KH, 0.1)), ("tu", "btgtw")),
    "bcd": Kind("Đảng", "tỉnh", 2, True, "BCĐ", (1, 60), ((KH, 1),), ("tu", "btgtw")),
    "duk": Kind("Đảng", "khối", 3, True, "ĐUK", (50, 300), ((KH, 1),), ("bcd", "tu", "btgtu")),
    "mttqp": Kind(
        "Mặt trận", "tỉnh", 6, False, "MTTQ-BTT", (10, 300), ((KH, 0.6), (HD, 0.4)), ("mttqtw", "bcd", "btgtu")
    ),
    "ubndp": Kind("Nhà nước", "tỉnh", 5, False, "UBND", (100, 6000), ((KH, 0.85), (CTR, 0.15)), ("btttt", "tu", "bcd")),
    "stttt": Kind("Nhà nước", "tỉnh", 2.5, False, "STTTT", (50, 3000), ((KH, 0.8), (HD, 0.2)), ("ubndp", "btttt")),
    "sngv": Kind("Nhà nước", "tỉnh", 1, False, "SNgV", (50, 1500), ((KH, 1),), ("ubndp", "bng"), 2025),
    "hu": Kind("Đảng", "huyện", 1.3, True, "HU", (30, 400), ((KH, 1),), ("btgtu", "tu", "bcd")),
    "mttqd": Kind("Mặt trận", "huyện", 1.5, False, "MTTQ-BTT", (5, 200), ((HD, 0.5), (KH, 0.5)), ("mttqp", "hu")),
    "ubndd": Kind("Nhà nước", "huyện", 1.1, False, "UBND", (50, 3000), ((KH, 1),), ("ubndp", "hu")),
    "du": Kind("Đảng", "xã", 0.12, True, "ĐU", (5, 150), ((KH, 1),), ("hu",)),
    "mttqc": Kind("Mặt trận", "xã", 0.12, False, "MTTQ", (1, 60), ((KH, 1),), ("mttqd", "du")),
    "ubndc": Kind("Nhà nước", "xã", 0.12, False, "UBND", (10, 400), ((KH, 1),), ("ubndd", "du")),
}
CENTRAL_KINDS = ("btgtw", "mttqtw", "btttt", "bng", "dukcq", "dukdn")
PROVINCE_KINDS = ("tu", "btgtu", "bcd", "duk", "mttqp", "ubndp", "stttt", "sngv")
DISTRICT_KINDS = ("hu", "mttqd", "ubndd")
COMMUNE_KINDS = ("du", "mttqc", "ubndc")
ROOT_DATES = {"btgtw": ((12, 5), (12, 28)), "btttt": ((12, 10), (1, 20)), "bng": ((12, 15), (1, 31))}
LEVEL_DATES = {
    "trung ương": ((12, 1), (1, 31)),
    "khối": ((1, 10), (3, 10)),
    "tỉnh": ((1, 5), (2, 28)),
    "huyện": ((1, 20), (3, 20)),
    "xã": ((2, 1), (3, 31)),
}


@dataclass(eq=False)
class Issuer:
    kind: str
    province: Province | None = None
    district: District | None = None
    commune: Commune | None = None
    variant: int = 0

    @property
    def spec(self) -> Kind:
        return KINDS[self.kind]

    @property
    def key(self) -> str:
        parts = [self.kind, self.province.name if self.province else "", self.district.name if self.district else ""]
        return "|".join([*parts, self.commune.name if self.commune else ""])

    def available(self, year: int) -> bool:
        return year <= self.spec.last_year

    def unit_full(self) -> str:
        if self.commune:
            return self.commune.full
        if self.district:
            return self.district.full
        return self.province.full if self.province else "Việt Nam"

    def name(self, year: int) -> str:
        P, D, C, k, v = self.province, self.district, self.commune, self.kind, self.variant
        new = year >= 2026  # organs renamed in the 2025 reorganisation
        if k == "btgtw":
            return "Ban Tuyên giáo và Dân vận Trung ương" if new else "Ban Tuyên giáo Trung ương"
        if k == "mttqtw":
            return "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
        if k == "btttt":
            return "Bộ Văn hóa, Thể thao và Du lịch" if new else "Bộ Thông tin và Truyền thông"
        if k == "bng":
            return "Bộ Ngoại giao"
        if k == "dukcq":
            return "Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương"
        if k == "dukdn":
            return "Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương"
        if k == "tu":
            return f"Ban Thường vụ {P.party} {P.display}" if v % 4 else f"{P.party} {P.display}"
        if k == "btgtu":
            return f"Ban Tuyên giáo{' và Dân vận' if new else ''} {P.party} {P.display}"
        if k == "bcd":
            return f"Ban Chỉ đạo công tác thông tin đối ngoại {P.full}"
        if k == "duk":
            block = ("Cơ quan và Doanh nghiệp", "các cơ quan", "Doanh nghiệp")[v % 3]
            return f"Ban Thường vụ Đảng ủy Khối {block} {P.full}"
        if k in ("mttqp", "mttqd", "mttqc"):
            front = "Mặt trận Tổ quốc Việt Nam" if v % 3 == 0 else "MTTQ Việt Nam"
            return f"Ban Thường trực Ủy ban {front} {self.unit_full()}"
        if k in ("ubndp", "ubndd", "ubndc"):
            return f"Ủy ban nhân dân {self.unit_full()}"
        if k == "stttt":
            return f"Sở {'Văn hóa, Thể thao và Du lịch' if new else 'Thông tin và Truyền thông'} {P.full}"
        if k == "sngv":
            return f"Sở Ngoại vụ {P.full}"
        if k == "hu":
            return f"Ban Thường vụ {D.party} {D.name}"
        if k == "du":
            return f"{'Ban Thường vụ Đảng ủy' if v % 3 == 0 else 'Đảng ủy'} {C.full}"
        raise KeyError(k)

    def short(self, year: int) -> str:
        """How the plan names its own issuer in the text: “Ban Thường vụ Tỉnh ủy”."""
        P, D, C, k = self.province, self.district, self.commune, self.kind
        if k in CENTRAL_KINDS:
            return self.name(year)
        unit = (C or D or P).kind
        return {
            "tu": f"Ban Thường vụ {P.party}" if self.variant % 4 else P.party,
            "btgtu": f"Ban Tuyên giáo {P.party}",
            "bcd": f"Ban Chỉ đạo công tác thông tin đối ngoại {P.kind}",
            "duk": "Ban Thường vụ Đảng ủy Khối",
            "stttt": "Sở Văn hóa, Thể thao và Du lịch" if year >= 2026 else "Sở Thông tin và Truyền thông",
            "sngv": "Sở Ngoại vụ",
            "hu": f"Ban Thường vụ {D.party}" if D else "",
            "du": f"Đảng ủy {unit}",
        }.get(k) or (
            f"Ban Thường trực Ủy ban MTTQ Việt Nam {unit}" if k.startswith("mttq") else f"Ủy ban nhân dân {unit}"
        )

    def organ_code(self, year: int) -> str:
        k = self.kind
        if k == "tu":
            return "thu" if self.province.kind == "thành phố" else "tu"
        if k == "hu":
            return {"huyện": "hu", "quận": "qu", "thị xã": "txu", "thành phố": "thu"}[self.district.kind]
        if k == "stttt" and year >= 2026:
            return "svhttdl"
        if k == "btttt" and year >= 2026:
            return "bvhttdl"
        return {
            "mttqtw": "mttq",
            "mttqp": "mttq",
            "mttqd": "mttq",
            "mttqc": "mttq",
            "ubndp": "ubnd",
            "ubndd": "ubnd",
            "ubndc": "ubnd",
        }.get(k, k)

    def place_slug(self) -> str:
        if self.commune:
            return f"{slug(self.commune.name)}-{slug(self.district.name)}"
        if self.district:
            return slug(self.district.name)
        return self.province.slug if self.province else "trung-uong"

    def number_pattern(self, type_: str, year: int) -> str:
        tc = TYPE_CODES[type_]
        code = self.spec.code
        if self.kind == "hu":
            code = self.district.party_code
        elif self.kind == "btgtu" and year >= 2026:
            code = "BTGDVTU"
        elif self.kind == "btgtw" and year >= 2026:
            code = "BTGDVTW"
        elif self.kind == "stttt" and year >= 2026:
            code = "SVHTTDL"
        elif self.kind == "btttt" and year >= 2026:
            code = "BVHTTDL"
        return f"{{n}}-{tc}/{code}" if self.spec.party_style else f"{{n}}/{tc}-{code}"

    def locality(self) -> str | None:
        if not self.province:
            return None
        if self.commune:
            return f"{self.commune.name}, {self.district.name}, {self.province.display}"
        if self.district:
            return f"{self.district.name}, {self.province.display}"
        return self.province.display


@dataclass(eq=False)
class Doc:
    """A document of the world the corpus samples: an issuer's foreign-information plan of a year."""

    issuer: Issuer
    year: int
    type: str
    number: str | None
    date: dt.date
    date_known: bool = True
    parents: list[Doc] = field(default_factory=list)
    seed: bool = False  # a real plan of corpus/plans


class World:
    """Every issuer and, lazily, each issuer's yearly document, with unique numbers and ordered dates."""

    def __init__(self, seed: int, provinces: list[Province], numbers: Numbers) -> None:
        self.seed = seed
        self.numbers = numbers
        self.provinces = {p.name: p for p in provinces}
        rng = random.Random(f"{seed}|issuers")
        self.issuers: list[Issuer] = [Issuer(k, variant=rng.randrange(12)) for k in CENTRAL_KINDS]
        for p in provinces:
            self.issuers += [Issuer(k, p, variant=rng.randrange(12)) for k in PROVINCE_KINDS]
            for d in p.districts:
                self.issuers += [Issuer(k, p, d, variant=rng.randrange(12)) for k in DISTRICT_KINDS]
                for c in d.communes:
                    self.issuers += [Issuer(k, p, d, c, variant=rng.randrange(12)) for k in COMMUNE_KINDS]
        self.by_key = {i.key: i for i in self.issuers}
        self.docs: dict[tuple[str, int], Doc] = {}

    def find(self, kind: str, province: str | None = None, district: str | None = None) -> Issuer:
        p = self.provinces[province] if province else None
        d = next(x for x in p.districts if x.name == district) if district else None
        key = "|".join([kind, p.name if p else "", d.name if d else "", ""])
        return self.by_key[key]

    def parent(self, issuer: Issuer, kind: str) -> Issuer | None:
        level = KINDS[kind].level
        if kind in CENTRAL_KINDS:
            key = f"{kind}|||"
        elif kind in PROVINCE_KINDS:
            key = f"{kind}|{issuer.province.name}||"
        elif level == "huyện":
            key = f"{kind}|{issuer.province.name}|{issuer.district.name}|"
        else:
            key = f"{kind}|{issuer.province.name}|{issuer.district.name}|{issuer.commune.name}"
        return self.by_key.get(key)

    def add(self, issuer: Issuer, year: int, type_: str, number: str | None, date: str, known: bool, seed=False):
        if number:
            self.numbers.reserve(number)
        doc = Doc(issuer, year, type_, number, dt.date.fromisoformat(date), known, seed=seed)
        self.docs[(issuer.key, year)] = doc
        return doc

    def doc(self, issuer: Issuer, year: int) -> Doc:
        key = (issuer.key, year)
        if key in self.docs:
            return self.docs[key]
        rng = random.Random(f"{self.seed}|doc|{issuer.key}|{year}")
        spec = issuer.spec
        type_ = rng.choices([t for t, _ in spec.types], [w for _, w in spec.types])[0]
        parents = []
        for kind in spec.parents:
            parent = self.parent(issuer, kind)
            if parent is not None and parent.available(year):
                parents.append(self.doc(parent, year))
        last = dt.date(year, 3, 31)
        if parents and parents[0].date + dt.timedelta(days=3) <= last:
            date = min(parents[0].date + dt.timedelta(days=rng.randint(3, 16)), last)
        else:
            (m1, d1), (m2, d2) = ROOT_DATES.get(issuer.kind) or LEVEL_DATES[spec.level]
            start = dt.date(year - 1 if m1 == 12 else year, m1, d1)
            end = dt.date(year - 1 if m2 == 12 else year, m2, d2)
            date = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        pattern = issuer.number_pattern(type_, year)
        number = self.numbers.take(rng, pattern, *spec.numbers, type_)
        doc = Doc(issuer, year, type_, number, date, parents=[p for p in parents if p.date < date])
        self.docs[key] = doc
        return doc


# ---------------------------------------------------------------------------------------------
# Anniversaries, from the glossary: round ones of each year, written with spans that the
# checker finds right (count = end − start, start = the event's date in the glossary).
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Event:
    id: str
    name: str
    kind: str
    year: int | None
    month: int
    day: int
    lunar: bool
    country: str | None
    aliases: tuple[str, ...]


def load_events(glossary: Path) -> list[Event]:
    events = []
    for item in yaml.safe_load((glossary / "anniversaries.yaml").read_text(encoding="utf-8")) or []:
        name = re.sub(r"\s*\([^)]*\)", "", item["name"])  # “(kỷ niệm 50 năm thực hiện Di chúc)” would confuse the count
        events.append(
            Event(
                item["id"],
                name,
                item["kind"],
                item.get("year"),
                item["month"],
                item["day"],
                item.get("calendar") == "âm lịch",
                item.get("country"),
                tuple(item.get("aliases", ())),
            )
        )
    return events


_SPAN = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})\s*[-–]\s*(\d{1,2})/(\d{1,2})/(\d{4})")
_COUNT = re.compile(r"(\d{1,3})\s+năm\b")


class SpanGuard:
    """Re-checks written spans the way kb_build does, and weakens any that would be misread."""

    def __init__(self, events: list[Event]) -> None:
        self.first: dict[str, list[tuple[tuple[str, ...], Event]]] = {}
        for event in events:
            for alias in event.aliases:
                words = tuple(re.findall(r"\w+", alias))
                self.first.setdefault(words[0], []).append((words, event))
        for candidates in self.first.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)

    def _names(self, text: str) -> list[tuple[int, Event]]:
        tokens = [(m.start(), m.group(0)) for m in re.finditer(r"\w+", text)]
        found, i = [], 0
        while i < len(tokens):
            for words, event in self.first.get(tokens[i][1], ()):
                if tuple(t for _, t in tokens[i : i + len(words)]) == words:
                    found.append((tokens[i][0], event))
                    i += len(words)
                    break
            else:
                i += 1
        return found

    def fix(self, text: str) -> str:
        if "/" not in text or not _SPAN.search(text):
            return text
        while True:
            names = self._names(text)
            previous_end, bad = 0, None
            for span in _SPAN.finditer(text):
                d1, m1, y1, _, _, y2 = map(int, span.groups())
                counts = list(_COUNT.finditer(text, 0, span.start()))
                wrong = counts and y2 - y1 != int(counts[-1].group(1))
                named = [e for start, e in names if previous_end <= start < span.start()]
                if named and named[-1].year and not named[-1].lunar:
                    wrong = wrong or (named[-1].year, named[-1].month, named[-1].day) != (y1, m1, d1)
                if wrong:
                    bad = span
                    break
                previous_end = span.end()
            if bad is None:
                return text
            text = f"{text[: bad.start()]}{bad.group(3)} - {bad.group(6)}{text[bad.end() :]}"


def span_text(rng: random.Random, event: Event, year: int) -> str:
    if rng.random() < 0.2:
        return f"{event.year} - {year}"
    dash = rng.choice([" - ", " – ", "-", "- "])
    if rng.random() < 0.3:
        return f"{event.day:02d}/{event.month:02d}/{event.year}{dash}{event.day:02d}/{event.month:02d}/{year}"
    return f"{event.day}/{event.month}/{event.year}{dash}{event.day}/{event.month}/{year}"


# ---------------------------------------------------------------------------------------------
# Writing one plan.
# ---------------------------------------------------------------------------------------------
ORGANS = {
    "party_prov": [
        ("Ban Tuyên giáo {party}", "lead"),
        ("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc {party}", "sub"),
        ("Ban cán sự đảng Ủy ban nhân dân {unit}", "state"),
        ("Đảng đoàn Ủy ban MTTQ Việt Nam {unit} và các tổ chức chính trị - xã hội {unit}", "front"),
        ("Báo {Pn}, Đài Phát thanh và Truyền hình {Pn}", "press"),
        ("Công an {unit}, Bộ Chỉ huy Quân sự {unit}", "security"),
        ("Ban cán sự đảng Sở Ngoại vụ", "foreign"),
        ("Sở Văn hóa, Thể thao và Du lịch", "culture"),
    ],
    "duk": [
        ("Ban Tuyên giáo và Dân vận Đảng ủy Khối", "lead"),
        ("Các đảng ủy, chi ủy cơ sở trực thuộc", "sub"),
        ("Các tổ chức chính trị - xã hội cấp Khối", "front"),
        ("Văn phòng Đảng ủy Khối", "budget"),
    ],
    "mttq_prov": [
        ("Ban Tuyên giáo Ủy ban MTTQ Việt Nam {unit}", "lead"),
        ("Ủy ban MTTQ Việt Nam các {subunits}", "sub"),
        ("Các tổ chức thành viên của Mặt trận", "front"),
        ("Trang thông tin điện tử Ủy ban MTTQ Việt Nam {unit}", "press"),
    ],
    "state_prov": [
        ("Sở Thông tin và Truyền thông", "lead"),
        ("Sở Ngoại vụ", "foreign"),
        ("Sở Văn hóa, Thể thao và Du lịch", "culture"),
        ("Sở Kế hoạch và Đầu tư", "econ"),
        ("Sở Tài chính", "budget"),
        ("Công an {unit}", "security"),
        ("Báo {Pn}, Đài Phát thanh và Truyền hình {Pn}", "press"),
        ("Ủy ban nhân dân các {subunits}", "sub"),
        ("Bộ Chỉ huy Bộ đội Biên phòng {unit}", "security"),
    ],
    "stttt": [
        ("Phòng Thông tin - Báo chí - Xuất bản", "lead"),
        ("Trung tâm Công nghệ thông tin và Truyền thông", "press"),
        ("Văn phòng Sở", "budget"),
        ("Phòng Văn hóa và Thông tin các {subunits}", "sub"),
    ],
    "sngv": [
        ("Phòng Lãnh sự - Người Việt Nam ở nước ngoài", "foreign"),
        ("Phòng Hợp tác quốc tế", "econ"),
        ("Văn phòng Sở", "budget"),
        ("Phòng Văn hóa và Thông tin các {subunits}", "sub"),
    ],
    "party_dist": [
        ("Ban Tuyên giáo {dparty}", "lead"),
        ("Các chi bộ, đảng bộ cơ sở", "sub"),
        ("Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội {dunit}", "front"),
        ("Ủy ban nhân dân {dunit}", "state"),
        ("Trung tâm Văn hóa, Thông tin và Thể thao {dunit}", "press"),
    ],
    "mttq_dist": [
        ("Các Phó Chủ tịch, Ủy viên Thường trực Ủy ban MTTQ Việt Nam {dunit}", "lead"),
        ("Ban Thường trực Ủy ban MTTQ các {dsub}", "sub"),
        ("Các tổ chức thành viên", "front"),
    ],
    "state_dist": [
        ("Phòng Văn hóa và Thông tin", "lead"),
        ("Trung tâm Văn hóa, Thông tin và Thể thao {dunit}", "press"),
        ("Công an {dunit}", "security"),
        ("Phòng Tài chính - Kế hoạch", "budget"),
        ("Ủy ban nhân dân các {dsub}", "sub"),
    ],
    "party_comm": [
        ("Bộ phận tuyên giáo Đảng ủy", "lead"),
        ("Các chi bộ trực thuộc", "sub"),
        ("Ủy ban MTTQ và các đoàn thể {cunit}", "front"),
        ("Ủy ban nhân dân {cunit}", "state"),
    ],
    "mttq_comm": [
        ("Ban Công tác Mặt trận các {villages}", "sub"),
        ("Các tổ chức thành viên", "front"),
        ("Các Phó Chủ tịch Ủy ban MTTQ Việt Nam {cunit}", "lead"),
    ],
    "state_comm": [
        ("Công chức Văn hóa - Xã hội", "lead"),
        ("Đài truyền thanh {cunit}", "press"),
        ("Công an {cunit}", "security"),
        ("Trưởng các {villages}", "sub"),
    ],
    "central_party": [
        ("Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", "sub"),
        ("Các cơ quan báo chí Trung ương", "press"),
        ("Ban cán sự đảng Bộ Ngoại giao, Ban cán sự đảng Bộ Thông tin và Truyền thông", "state"),
        ("Đảng đoàn Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội", "front"),
    ],
    "central_mttq": [
        ("Ủy ban MTTQ Việt Nam các tỉnh, thành phố trực thuộc Trung ương", "sub"),
        ("Các tổ chức thành viên, các cơ quan báo chí của Ủy ban Trung ương MTTQ Việt Nam", "press"),
        ("Các ban, đơn vị cơ quan Ủy ban Trung ương MTTQ Việt Nam", "lead"),
    ],
    "central_state": [
        ("Các cơ quan, đơn vị thuộc Bộ", "lead"),
        ("Các sở, ngành chức năng của các tỉnh, thành phố trực thuộc Trung ương", "sub"),
        ("Các cơ quan báo chí", "press"),
        ("Vụ Kế hoạch - Tài chính", "budget"),
    ],
    "central_khoi": [
        ("Ban Tuyên giáo Đảng ủy Khối", "lead"),
        ("Các đảng ủy trực thuộc", "sub"),
        ("Các đoàn thể chính trị - xã hội Khối", "front"),
    ],
}
ORGAN_TABLE = {
    "btgtw": "central_party",
    "dukcq": "central_khoi",
    "dukdn": "central_khoi",
    "mttqtw": "central_mttq",
    "btttt": "central_state",
    "bng": "central_state",
    "tu": "party_prov",
    "btgtu": "party_prov",
    "bcd": "party_prov",
    "duk": "duk",
    "stttt": "stttt",
    "sngv": "sngv",
    "mttqp": "mttq_prov",
    "ubndp": "state_prov",
    "hu": "party_dist",
    "mttqd": "mttq_dist",
    "ubndd": "state_dist",
    "du": "party_comm",
    "mttqc": "mttq_comm",
    "ubndc": "state_comm",
}
SIGNER_TITLES = {
    "party": [
        ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
        ["TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
    ],
    "btg": [["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], ["TRƯỞNG BAN"], ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"]],
    "bcd": [["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"], ["TRƯỞNG BAN"]],
    "mttq": [
        ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
        ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH"],
        ["TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    ],
    "ubnd": [["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]],
    "so": [["GIÁM ĐỐC"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]],
    "bo": [["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], ["BỘ TRƯỞNG"]],
    "du": [["T/M ĐẢNG ỦY", "BÍ THƯ"], ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ"]],
}
# fmt: off
SECTION_II = [
    "II. NỘI DUNG", "II. NỘI DUNG TUYÊN TRUYỀN", "II. NHIỆM VỤ TRỌNG TÂM", "II. MỘT SỐ NHIỆM VỤ TRỌNG TÂM NĂM <Y>",
    "II. NỘI DUNG, NHIỆM VỤ", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "II. NỘI DUNG THÔNG TIN ĐỐI NGOẠI TRỌNG TÂM",
    "II. NỘI DUNG VÀ PHƯƠNG THỨC THÔNG TIN ĐỐI NGOẠI",
]
# fmt: on
# fmt: off
GROUPS_D = [
    "Nội dung thông tin đối ngoại", "Đối tượng và phương thức thông tin đối ngoại", "Các nhiệm vụ cụ thể",
    "Tăng cường công tác phối hợp", "Nâng cao hiệu quả công tác thông tin đối ngoại",
]
# fmt: on
CONGRESSES = [
    (dt.date(2011, 1, 19), "XI"),
    (dt.date(2016, 1, 28), "XII"),
    (dt.date(2021, 2, 1), "XIII"),
    (dt.date(2026, 1, 23), "XIV"),
]
THEME_NOTES = {
    "study": "dirlist",
    "achieve": "econ",
    "foreign": "anniv",
    "culture": "values",
    "events": "holidays",
    "party": "books",
    "covid": "covid",
    "rights": "rights",
    "sea": "sea",
    "overseas": "dirlist",
    "people": "visits",
    "env": "econ",
    "counter": "dirlist",
    "media": "media",
    "capacity": "dirlist",
}
FOOTNOTE_ONCE = {
    "econ",
    "bamboo",
    "fournos",
    "values",
    "tourism",
    "anniv",
    "holidays",
    "sea",
    "media",
    "rights",
    "visits",
    "books",
    "covid",
}


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def date_vn(rng: random.Random, date: dt.date, style: tuple[bool, bool]) -> str:
    if rng.random() < 0.04:
        return f"{date.day:02d} tháng {date.month:02d} năm {date.year}"
    day = f"{date.day:02d}" if style[0] else str(date.day)
    month = f"{date.month:02d}" if style[1] or date.month >= 10 else str(date.month)
    return f"{day}/{month}/{date.year}"


def typo(rng: random.Random, word: str) -> str:
    op = rng.random()
    if op < 0.45:  # wrong or missing tone mark: “bảo chí”, “kịch sử”
        decomposed = unicodedata.normalize("NFD", word)
        tones = [i for i, ch in enumerate(decomposed) if ch in _TONES]
        if tones:
            i = tones[0]
            new = rng.choice([t for t in _TONES if t != decomposed[i]] + [""])
            return unicodedata.normalize("NFC", decomposed[:i] + new + decomposed[i + 1 :])
        vowels = [i for i, ch in enumerate(decomposed) if ch in "aeiouy"]
        if vowels:
            i = rng.choice(vowels) + 1
            return unicodedata.normalize("NFC", decomposed[:i] + rng.choice(_TONES) + decomposed[i:])
    if op < 0.75 and len(word) > 3:  # letters swapped: “giai đạon”
        i = rng.randrange(len(word) - 1)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op < 0.9:
        i = rng.randrange(len(word))
        return word[:i] + word[i + 1 :]
    i = rng.randrange(len(word))
    return word[: i + 1] + word[i:]


class Writer:
    """Writes one plan: front matter, body and footnotes."""

    def __init__(self, gen: Generator, doc: Doc, plan_id: str) -> None:
        self.gen = gen
        self.doc = doc
        self.id = plan_id
        self.issuer = doc.issuer
        self.year = doc.year
        self.issued = doc.date
        self.rng = random.Random(f"{gen.seed}|plan|{plan_id}")
        self.spec = doc.issuer.spec
        self.system = self.spec.system
        self.province = doc.issuer.province
        self.region = self.province.region if self.province else "D"
        self.date_style = (self.rng.random() < 0.5, self.rng.random() < 0.4)
        self.cited: list = []  # directives cited in full, in order
        self.notes: list[str] = []
        self.note_kinds: set[str] = set()
        self.note_budget = self.rng.choice([0, 0, 1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 12])
        self.used_templates: set[int] = set()
        self.theme: str | None = None
        self.last_obj: str | None = None
        self.flags = self._flags()
        self.valid = [d for d in gen.directives if self._citable(d)]
        self.local = [d for d in self.valid if d.province]
        self.vars = self._vars()

    # -- what applies to this plan ------------------------------------------------------------
    def _flags(self) -> set[str]:
        flags = {self.system, {"Đảng": "dang", "Mặt trận": "mttq", "Nhà nước": "nn"}[self.system], self.spec.level}
        p = self.province
        flags.add("central" if p is None else "local")
        if p is None or p.coastal:
            flags.add("coastal")
        if p is None or p.neighbours:
            flags.add("border")
        if p is not None and p.partners:
            flags.add("partner")
        return flags

    def ok(self, template: Template) -> bool:
        for cond in template.conditions:
            if cond.startswith("y"):
                op, value = re.match(r"y(>=|<=|=)(\d+)", cond).groups()
                y, v = self.year, int(value)
                if not ((op == ">=" and y >= v) or (op == "<=" and y <= v) or (op == "=" and y == v)):
                    return False
            elif cond.startswith("!"):
                if cond[1:] in self.flags:
                    return False
            elif cond not in self.flags:
                return False
        return True

    def _citable(self, d: Directive) -> bool:
        if d.date and d.date >= self.issued:
            return False
        if self.year > d.until:
            return False
        return d.province is None or d.province == (self.province.name if self.province else None)

    # -- slots ----------------------------------------------------------------------------------
    def _vars(self) -> dict:
        rng, issuer, year, p = self.rng, self.issuer, self.year, self.province
        unit_obj = issuer.commune or issuer.district or p
        unit = unit_obj.kind if unit_obj else "cả nước"
        home = issuer.unit_full() if p else "Việt Nam"
        bare = unit_obj.name if unit_obj else "Việt Nam"
        if p and p.name == "Hồ Chí Minh" and not issuer.district:
            bare = "Thành phố Hồ Chí Minh"
        villages = {"M": "ấp, khóm", "S": "ấp, khu phố", "B": "thôn, bản", "Y": "thôn, buôn, làng"}.get(
            self.region, "thôn, tổ dân phố"
        )
        subunits = (
            (issuer.commune and villages)
            or (issuer.district and issuer.district.subunits)
            or (p.subunits if p else "tỉnh, thành phố trực thuộc Trung ương")
        )
        org_self = re.sub(r"^Ban Thường (?:vụ|trực) ", "", issuer.name(year))
        email_prefix = {
            "btgtu": "btg",
            "tu": "vptu",
            "bcd": "bcdttdn",
            "duk": "dukcq",
            "stttt": "stttt",
            "sngv": "sngv",
            "hu": "btghu",
            "du": "dangu",
        }.get(issuer.kind, "mttq" if "mttq" in issuer.kind else "vpubnd")
        place = fold(bare).replace(" ", "").replace("-", "")
        domain = rng.choice(["gmail.com", f"{p.compact}.gov.vn" if p else "chinhphu.vn", "yahoo.com.vn"])
        if issuer.commune:
            dept = {
                "Đảng": "Văn phòng Đảng ủy",
                "Mặt trận": "Ban Thường trực",
                "Nhà nước": "công chức Văn hóa - Xã hội",
            }[self.system]
        elif issuer.district:
            dept = {
                "Đảng": f"Ban Tuyên giáo {issuer.district.party}",
                "Mặt trận": "Ban Thường trực",
                "Nhà nước": "Phòng Văn hóa và Thông tin",
            }[self.system]
        else:
            dept = {
                "Đảng": "Ban Tuyên giáo",
                "Mặt trận": rng.choice(["Ban Tuyên giáo", "Ban Dân chủ - Pháp luật và Tuyên giáo"]),
                "Nhà nước": "Sở Thông tin và Truyền thông" if p else "Văn phòng Bộ",
            }[self.system]
        n = year - 1986
        doimoi = f"{n} năm" if n % 5 == 0 else f"hơn {n - n % 5} năm"
        congress = self._congress_goal()
        return {
            "Y": str(year),
            "Y1": str(year - 1),
            "home": home,
            "unit": unit,
            "Pn": bare,
            "subunits": subunits,
            "self": f"của {unit}"
            if p
            else {"Đảng": "của toàn Đảng", "Mặt trận": "của Mặt trận", "Nhà nước": "của ngành"}[self.system],
            "top": unit if p else "Trung ương",
            "scope": f"toàn {unit}" if p else "toàn quốc",
            "org_self": org_self,
            "issuer_short": issuer.short(year),
            "email": f"{email_prefix}{place}@{domain}",
            "dept": dept,
            "doimoi": doimoi,
            "congress_goal": congress,
            "villages": villages,
            "depts": {
                "trung ương": "các bộ, ngành, địa phương",
                "tỉnh": "các sở, ngành, địa phương",
                "khối": "các đảng bộ, chi bộ cơ sở",
                "huyện": "các phòng, ban, đơn vị",
                "xã": "các ban, ngành, đoàn thể",
            }[self.spec.level],
            "period": {True: "2021 - 2025", False: "2016 - 2020"}[year > 2021] if year < 2026 else "2026 - 2030",
            "leader": "Nguyễn Phú Trọng" if self.issued < dt.date(2024, 7, 20) else "Tô Lâm",
        }

    def _congress_goal(self) -> str:
        national = self.congress()
        local = self.named("localcongress")
        term = self.term()
        return self.rng.choice(
            [
                f"{national} và {local}" if self.province else national,
                f"nghị quyết đại hội đảng bộ các cấp, nhiệm kỳ {term}",
                f"{national}, nghị quyết đại hội đảng bộ các cấp nhiệm kỳ {term}",
            ]
        )

    def term(self) -> str:
        y = self.year if self.year % 5 else self.year - 1  # congresses of a term's last year come at its end
        start = (y - 2010) // 5 * 5 + 2010
        return f"{start} - {start + 5}"

    def congress(self) -> str:
        numeral = [n for when, n in CONGRESSES if when < self.issued][-1]
        return self.rng.choice(
            [
                f"Nghị quyết Đại hội {numeral} của Đảng",
                f"Nghị quyết Đại hội đại biểu toàn quốc lần thứ {numeral} của Đảng",
            ]
        )

    def slot(self, name: str) -> str:
        rng = self.rng
        if ":" in name and not name.startswith("num:"):
            head, arg = name.split(":", 1)
            return {"cite": self.cite, "named": self.named, "fn": self.footnote}[head](arg)
        value = self.vars.get(name)
        if value is not None:
            return value
        p = self.province
        if name == "aud":
            pool = AUDIENCES[self.system] if rng.random() < 0.75 else AUDIENCES_ANY
            return rng.choice(pool)
        if name == "sensitive":
            return ", ".join(rng.sample(SENSITIVE, rng.randint(3, 6)))
        if name == "green":
            pool = [t.text for t in map(Template.of, GREEN) if self.ok(t)]
            return ", ".join(rng.sample(pool, rng.randint(3, 6)))
        if name == "product":
            return ", ".join(rng.sample(PRODUCTS[self.region], rng.randint(2, 3)))
        if name == "landmark":
            return rng.choice(p.landmarks if p else NATIONAL_LANDMARKS)
        if name == "ethnic":
            return " và ".join(rng.sample(ETHNIC[self.region], rng.randint(1, 2)))
        if name == "religion":
            return rng.choice(RELIGIONS[self.region])
        if name == "partner":
            return rng.choice(p.partners) if p and p.partners else "các địa phương của Lào và Campuchia"
        if name == "neighbour":
            return (
                rng.choice(p.neighbours) if p and p.neighbours else rng.choice(["Lào", "Campuchia", "Lào và Campuchia"])
            )
        if name == "overseas":
            return rng.choice(OVERSEAS)
        if name == "language":
            return rng.choice(LANGUAGES)
        if name == "column":
            return self.expand(Template(rng.choice(COLUMNS)))
        if name == "year_event":
            return rng.choice(YEAR_EVENTS[self.year])
        if name == "sport":
            return YEAR_SPORT.get(self.year, "các giải thể thao quốc tế tổ chức tại Việt Nam")
        if name == "occasion":
            pool = [
                "Tết cổ truyền của dân tộc",
                "Ngày Quốc khánh 2/9",
                "kỷ niệm ngày thiết lập quan hệ ngoại giao",
                "Tết Bunpimay của nước bạn Lào",
            ]
            if self.region in "MS":
                pool.append("Tết Chôl Chnăm Thmây của đồng bào Khmer")
            return rng.choice(pool)
        if name == "politics":
            return self._politics()
        if name == "anniversaries":
            return self.anniversaries(diplomatic=False) or "các ngày lễ lớn của dân tộc"
        if name == "relations":
            return self.anniversaries(diplomatic=True) or "các nước láng giềng"
        if name in ("verb", "means", "target", "aim"):
            pool = {"verb": VERBS, "means": MEANS, "target": TARGETS, "aim": AIMS}[name]
            return self.expand(Template(rng.choice(pool)))
        if name == "obj":
            pool = OBJECTS[self.theme or rng.choice(THEME_ORDER)]
            choice = rng.choice([o for o in pool if o != self.last_obj] or pool)
            self.last_obj = choice
            return self.expand(Template(choice))
        if name == "country":
            return rng.choice(COUNTRIES)
        if name == "fta":
            return rng.choice(FTAS)
        if name == "field":
            return rng.choice(FIELDS)
        if name == "street":
            return rng.choice(STREETS)
        if name == "fpartner":
            return rng.choice(FOREIGN_PARTNERS)
        if name == "ngo":
            return rng.choice(NGOS)
        if name == "company":
            return rng.choice(COMPANIES)
        if name == "village":
            return self.village()
        if name == "person":
            return self.person(rng)
        if name == "position":
            return rng.choice(POSITIONS)
        if name == "phone":
            if rng.random() < 0.4:
                return f"09{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
            sep = rng.choice([".", " "])
            return f"0{rng.randint(203, 299)}{sep}{rng.randint(3500, 3999)}{sep}{rng.randint(100, 999)}"
        if name.startswith("num:"):
            low, high = map(int, name[4:].split("-"))
            n = rng.randint(low, high)
            return f"{n // 1000}.{n % 1000:03d}" if n >= 1000 else str(n)
        if name == "superior":
            parents = self.doc.parents
            return (
                parents[0].issuer.short(self.year)
                if parents and parents[0].issuer.province
                else (parents[0].issuer.name(self.year) if parents else self.vars["issuer_short"])
            )
        if name == "subs":
            subs = [o for o, role in self.organs() if role == "sub"] or ["các cơ quan, đơn vị"]
            return subs[0][:1].lower() + subs[0][1:]
        raise KeyError(name)

    def village(self) -> str:
        rng, region = self.rng, self.region
        if region in VILLAGE_SYLLABLES and rng.random() < 0.8:
            first, second = VILLAGE_SYLLABLES[region]
            return f"{'bản' if region == 'B' else 'ấp'} {rng.choice(first)} {rng.choice(second)}"
        if region == "Y":
            words = [rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(rng.randint(1, 2))]
            return f"{rng.choice(['buôn', 'làng', 'plei', 'thôn'])} {' '.join(words)}"
        return (
            f"{rng.choice(['thôn', 'xóm', 'thôn', 'khu phố'])} {rng.choice(COMMUNE_FIRST)} {rng.choice(COMMUNE_SECOND)}"
        )

    @staticmethod
    def person(rng: random.Random) -> str:
        if rng.random() < 0.3:
            return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}"
        return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}"

    def noise(self, text: str) -> str:
        """Conversion errors at about the seeds' rate: a typo or two words run together per ~850 words."""
        rng = self.rng
        words = text.count(" ") + 1
        events = words * self.gen.noise
        count = int(events) + (rng.random() < events - int(events))
        if not count:
            return text
        quoted = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”", text)]
        candidates = [
            m
            for m in re.finditer(r"(?<![\w\[^/-])(\w{3,})(?![\w\]])", text)
            if m.group(1).isalpha()
            and m.group(1).islower()
            and m.group(1) not in NOISE_SAFE
            and not any(a <= m.start() < b for a, b in quoted)
        ]
        for m in sorted(rng.sample(candidates, min(count, len(candidates))), key=lambda m: -m.start()):
            word = m.group(1)
            following = re.match(r" (\w{2,})\b", text[m.end() :])
            if (
                rng.random() < 0.4
                and following
                and following.group(1).isalpha()
                and following.group(1).islower()
                and (following.group(1) not in NOISE_SAFE)
            ):
                text = text[: m.end()] + text[m.end() + 1 :]  # “2021như”, “BanThường”: the space lost
                continue
            text = text[: m.start()] + typo(rng, word) + text[m.end() :]
        return text

    def _politics(self) -> str:
        y = self.year
        if y in (2016, 2021, 2026):
            numeral = {2016: "XII", 2021: "XIII", 2026: "XIV"}[y]
            return self.rng.choice([f"Đại hội đại biểu toàn quốc lần thứ {numeral} của Đảng", YEAR_EVENTS[y][1]])
        if y in (2015, 2020, 2025):
            return YEAR_EVENTS[y][{2015: 1, 2020: 2, 2025: 3}[y]]
        return self.rng.choice(
            [
                "các hội nghị Trung ương",
                f"việc thực hiện {self.congress()}",
                "công tác xây dựng Đảng và hệ thống chính trị",
            ]
        )

    def expand(self, template: Template) -> str:
        return self._expand(parse(template.text))

    def _expand(self, nodes: list) -> str:
        out = []
        for node in nodes:
            if type(node) is str:
                out.append(node)
            elif node[0] == 0:
                out.append(self._expand(self.rng.choice(node[1])))
            else:
                out.append(self.slot(node[1]))
        return "".join(out)

    # -- citations ------------------------------------------------------------------------------
    def named(self, theme: str) -> str:
        rng = self.rng
        if theme == "congress":
            return self.congress()
        if theme == "localcongress":
            unit = self.issuer.district or self.province
            if unit is None:
                return "các nghị quyết chuyên đề của Trung ương"
            offset = (int(self.term()[:4]) - 2020) // 5
            base = self.province.congress if unit is self.province else 20 + sum(map(ord, unit.name)) % 8
            where = rng.choice([unit.kind, f"{unit.kind} {unit.name}"])
            return f"Nghị quyết Đại hội Đảng bộ {where} lần thứ {roman(base + offset)}"
        pool = [
            v
            for t, since, until, variants in NAMED
            if t == theme and since < self.issued.isoformat() and self.year <= until
            for v in variants
        ]
        return rng.choice(pool) if pool else self.congress()

    def _pick(self, selector: str) -> Directive | None:
        rng, valid = self.rng, self.valid
        if selector in ("any", "short"):
            pool = self.local if self.local and rng.random() < 0.3 else valid
        elif selector == "local":
            pool = self.local or valid
        elif selector == "localsea":
            pool = [d for d in self.local if d.theme == "sea"]
        elif selector == "core":
            pool = [d for d in valid if d.theme == "core" and not d.province]
            best = [d for d in pool if d.number == "57-KL/TW"]
            if best and rng.random() < 0.7:
                return best[0]
        elif selector == "culture":
            pool = [d for d in valid if d.theme == "culture"]
        else:
            number = {
                "nq36": "36-NQ/TW",
                "nq35": "35-NQ/TW",
                "nq34": "34-NQ/TW",
                "ct12": "12-CT/TW",
                "kl12": "12-KL/TW",
                "kl21": "21-KL/TW",
                "nq18": "18-NQ/TW",
                "nq44": "44-NQ/TW",
                "nq24": "24-NQ/TW",
                "nq57": "57-NQ/TW",
                "qd2013": "2013/QĐ-TTg",
                "ct16": "16/CT-TTg",
                "plan103": "103/2023/QH15",
                "nd72": "72/2015/NĐ-CP",
            }[selector]
            pool = [d for d in valid if d.number == number]
        if not pool:
            pool = valid
        fresh = [d for d in pool if d not in self.cited]
        return rng.choice(fresh or pool) if pool else None

    def cite(self, selector: str) -> str:
        if selector == "short":
            numbered = [d for d in self.cited if d.number]
            if numbered:
                return self.short_citation(self.rng.choice(numbered))
        directive = self._pick(selector)
        if directive is None:
            return self.congress()
        if directive in self.cited:
            return self.short_citation(directive)
        return self.full_citation(directive)

    def short_citation(self, d: Directive) -> str:
        rng = self.rng
        if d.short and rng.random() < 0.4:
            return f"{d.type} {d.digits}"
        issuer = d.issuer_here if d.province else d.issuer
        return f"{d.type} số {d.number} của {issuer}" if rng.random() < 0.5 else f"{d.type} số {d.number}"

    def full_citation(self, d: Directive, subject: str | None = None) -> str:
        rng = self.rng
        self.cited.append(d)
        number = d.number
        if rng.random() < 0.04:  # sloppy spacing, as in the sources (“141- KH/TU”); normalised by kb_build
            number = re.sub(r"-", rng.choice([" -", "- "]), number, count=1)
        parts = [d.type, " số " if rng.random() < 0.85 else " ", number]
        if d.date:
            parts.append(rng.choice([", ngày ", " ngày ", " ngày ", ", "]) + date_vn(rng, d.date, self.date_style))
        if rng.random() < 0.93:
            issuer = d.issuer_here if d.province and rng.random() < 0.5 else d.issuer
            parts.append(f" của {issuer}")
        text = subject if subject is not None else d.subject
        if text and rng.random() < 0.88:
            if text.startswith("!"):
                parts.append(" " + text[1:])
            elif rng.random() < 0.45:
                parts.append(f" về “{capitalize(text)}”")
            else:
                words = [*text.split(), ""]
                keep = words[0] in ("Chiến", "Kế", "Chương", "Quy", "Đề", "Hội") and words[1] != "nhập"
                parts.append(" về " + (text if keep else text[:1].lower() + text[1:]))
        return "".join(parts)

    def doc_citation(self, doc: Doc) -> str:
        """The citation of another plan of the world (the one this plan implements, last year's …)."""
        issuer = doc.issuer.name(doc.year)
        subject = self.rng.choice(
            [f"công tác thông tin đối ngoại năm {doc.year}", f"Công tác thông tin đối ngoại năm {doc.year}"]
            + ([f"công tác thông tin đối ngoại {doc.issuer.unit_full()} năm {doc.year}"] if doc.issuer.province else [])
        )
        if not doc.number:
            return f"{doc.type} công tác thông tin đối ngoại năm {doc.year} của {issuer}"
        d = Directive(doc.type, doc.number, doc.date if doc.date_known else None, issuer, subject, "plan", doc.year)
        self.cited.append(d)
        parts = [doc.type, " số ", doc.number]
        if d.date:
            parts.append(self.rng.choice([", ngày ", " ngày "]) + date_vn(self.rng, d.date, self.date_style))
        parts.append(f" của {issuer} về {subject}")
        return "".join(parts)

    # -- anniversaries and footnotes --------------------------------------------------------------
    def round_events(self, diplomatic: bool) -> list[Event]:
        y = self.year
        return [
            e
            for e in self.gen.events
            if e.year
            and not e.lunar
            and e.year < y
            and (y - e.year) % 5 == 0
            and (e.kind == "thiết lập quan hệ ngoại giao") == diplomatic
        ]

    def anniversaries(self, diplomatic: bool, limit: int = 3) -> str:
        rng, y = self.rng, self.year
        events = self.round_events(diplomatic)
        if not events:
            return ""
        chosen = sorted(rng.sample(events, min(len(events), rng.randint(1, limit))), key=lambda e: (e.month, e.day))
        items = []
        for e in chosen:
            if diplomatic:
                items.append(
                    f"{y - e.year} năm thiết lập quan hệ ngoại giao Việt Nam – {e.country} ({span_text(rng, e, y)})"
                )
            else:
                items.append(f"{y - e.year} năm {e.name} ({span_text(rng, e, y)})")
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " và " + items[-1]

    def footnote(self, kind: str) -> str:
        if len(self.notes) >= self.note_budget or (kind in FOOTNOTE_ONCE and kind in self.note_kinds):
            return ""
        if self.rng.random() > (0.9 if self.note_budget >= 6 else 0.75):
            return ""
        text = self.note_text(kind)
        if not text:
            return ""
        self.note_kinds.add(kind)
        self.notes.append(self.gen.guard.fix(self.noise(text)))
        return f"[^{len(self.notes)}]"

    def note_text(self, kind: str) -> str:
        rng, y = self.rng, self.year
        if kind == "dirlist":
            items = [self.cite("any") for _ in range(rng.randint(2, 4))]
            return "; ".join(items) + rng.choice([".", "...", "…", ""])
        if kind == "econ":
            return f"Các chính sách thu hút đầu tư nước ngoài, tăng cường hợp tác trong các lĩnh vực ưu tiên phát triển như {self.slot('green')}..."
        if kind == "bamboo":
            if y >= 2022:
                return rng.choice(
                    [
                        "Trường phái đối ngoại, ngoại giao “cây tre Việt Nam”: Gốc vững, thân chắc, cành uyển chuyển, thấm đượm tâm hồn, cốt cách và khí phách Việt Nam.",
                        "Xây dựng và phát triển nền đối ngoại, ngoại giao Việt Nam toàn diện, hiện đại, mang đậm bản sắc “cây tre Việt Nam”: gốc vững, thân chắc, cành uyển chuyển.",
                    ]
                )
            return "Đường lối đối ngoại độc lập, tự chủ, hòa bình, hữu nghị, hợp tác và phát triển; đa dạng hóa, đa phương hóa quan hệ đối ngoại; chủ động và tích cực hội nhập quốc tế."
        if kind == "fournos":
            if y >= 2020:
                return "Chính sách quốc phòng “bốn không”: không tham gia liên minh quân sự; không liên kết với nước này để chống nước kia; không cho nước ngoài đặt căn cứ quân sự hoặc sử dụng lãnh thổ Việt Nam để chống lại nước khác; không sử dụng vũ lực hoặc đe dọa sử dụng vũ lực trong quan hệ quốc tế."
            return "Chính sách quốc phòng “ba không”: không tham gia liên minh quân sự, không là đồng minh quân sự của nước nào, không cho nước ngoài đặt căn cứ quân sự ở Việt Nam."
        if kind == "values":
            lead = (
                "Hệ giá trị quốc gia, hệ giá trị văn hóa, hệ giá trị gia đình và hệ giá trị con người Việt Nam; "
                if y >= 2022
                else "Bản sắc văn hóa dân tộc; "
            )
            tail = f", đặc biệt là {self.cite('culture')}" if rng.random() < 0.5 else ""
            return (
                lead
                + f"những thành tựu trong các lĩnh vực giáo dục, khoa học, văn học, nghệ thuật; giá trị đặc sắc của văn hóa vật thể và phi vật thể{tail}."
            )
        if kind == "tourism":
            extra = f" {capitalize(self.cite('local'))}." if self.local and rng.random() < 0.5 else ""
            return (
                f"Các thông tin đáp ứng nhu cầu của du khách như chính sách, quy định mới về thủ tục xuất nhập cảnh; văn hóa truyền thống, "
                f"phong tục tập quán tốt đẹp của {rng.choice(['các dân tộc', 'đồng bào ' + self.slot('ethnic')])} đang sinh sống trên địa bàn{' ' + self.vars['home'] if self.province else ''}.{extra}"
            )
        if kind == "anniv":
            text = self.anniversaries(diplomatic=True, limit=6)
            if not text:
                return ""
            return rng.choice(
                [
                    f"Trong năm {y}, Việt Nam kỷ niệm ngày thiết lập quan hệ ngoại giao với nhiều quốc gia, trong đó có: {text}.",
                    f"Kỷ niệm {text}.",
                ]
            )
        if kind == "holidays":
            text = self.anniversaries(diplomatic=False, limit=5)
            yearly = rng.sample(
                [
                    "Ngày Quốc tế Lao động (1/5)",
                    "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                    "Ngày Quốc tế Phụ nữ (8/3)",
                    "Ngày Báo chí cách mạng Việt Nam (21/6)",
                    "Ngày Quốc khánh (2/9)",
                ],
                2,
            )
            return f"Kỷ niệm {text}; {yearly[0]}, {yearly[1]}." if text else f"{yearly[0]}, {yearly[1]}."
        if kind == "sea":
            return f"Thông qua các tiến trình ngoại giao và pháp lý, không sử dụng hoặc đe dọa sử dụng vũ lực và bằng các giải pháp, biện pháp hòa bình phù hợp với {self.named('charter')} và {self.named('unclos')}."
        if kind == "media":
            return "Ứng dụng các phương thức truyền thông mới; cách thể hiện ngắn gọn, ấn tượng, cảm xúc, dễ hiểu, dễ nhớ, dễ nêu bật được những thông điệp muốn truyền tải."
        if kind == "rights":
            return HUMAN_RIGHTS[y]
        if kind == "visits":
            partner = self.slot("partner")
            return (
                f"Các chuyến thăm, làm việc của đoàn lãnh đạo {self.vars['home']} tới {partner} và của đoàn lãnh đạo {partner} tới {self.vars['home']} "
                f"trong năm {y - 1}; kết quả thực hiện các biên bản thỏa thuận hợp tác giai đoạn {self.vars['period']}."
            )
        if kind == "books":
            if not 2022 <= y <= 2024:
                return ""
            return (
                "Được thể hiện qua các cuốn sách đã xuất bản như: “Một số vấn đề lý luận và thực tiễn về chủ nghĩa xã hội và con đường đi lên chủ nghĩa xã hội ở Việt Nam”; "
                "“Kiên quyết, kiên trì đấu tranh phòng, chống tham nhũng, tiêu cực, góp phần xây dựng Đảng và Nhà nước ta ngày càng trong sạch, vững mạnh”..."
            )
        if kind == "covid":
            if y != 2022:
                return ""
            return "Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ ban hành Quy định tạm thời “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19”."
        raise KeyError(kind)

    # -- organs of section III ------------------------------------------------------------------
    def organs(self) -> list[tuple[str, str]]:
        if hasattr(self, "_organs"):
            return self._organs
        k, p, d, c = self.issuer.kind, self.province, self.issuer.district, self.issuer.commune
        table = ORGAN_TABLE[k]
        fill = {
            "party": p.party if p else "",
            "unit": p.kind if p else "",
            "Pn": p.display if p else "",
            "subunits": p.subunits if p else "",
            "dparty": d.party if d else "",
            "dunit": d.kind if d else "",
            "dsub": d.subunits if d else "",
            "cunit": c.kind if c else "",
            "villages": self.vars["villages"],
        }
        organs = [(name.format(**fill), role) for name, role in ORGANS[table]]
        if k == "btgtu":
            organs[0] = (f"Các phòng chuyên môn Ban Tuyên giáo {p.party}", "lead")
        elif k == "bcd":
            organs[0] = (f"Cơ quan Thường trực Ban Chỉ đạo (Ban Tuyên giáo {p.party})", "lead")
        elif table == "state_prov" and self.year >= 2026:
            organs = [
                (n.replace("Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch"), r)
                for n, r in organs
                if not n.startswith(("Sở Văn hóa", "Sở Ngoại vụ"))
            ]
        if table == "state_prov" and not (p.coastal or p.neighbours):
            organs = [o for o in organs if "Biên phòng" not in o[0]]
        self._organs = organs
        return organs

    # -- passages ---------------------------------------------------------------------------------
    def choose(self, pool: list[Template], avoid: set[int] = frozenset()) -> Template:
        usable = [t for t in pool if self.ok(t) and id(t) not in avoid] or [t for t in pool if self.ok(t)]
        fresh = [t for t in usable if id(t) not in self.used_templates]
        template = self.rng.choice(fresh or usable)
        self.used_templates.add(id(template))
        return template

    def pool(self, theme: str) -> list[Template]:
        self.theme = theme
        return THEMES[theme]["s"] + EXTRA_THEME_SENTENCES.get(theme, []) + GENERIC

    def sentence(self, pool: list[Template], avoid: set[int] | None = None) -> str:
        template = self.choose(pool, avoid or frozenset())
        if avoid is not None:
            avoid.add(id(template))
        text = self.expand(template)
        text = re.sub(r" {2,}", " ", text)
        text = re.sub(r" ([,.;:])", r"\1", text).replace(",,", ",").replace(";;", ";")
        text = re.sub(r"[;,]\.", ".", text)
        return self.gen.guard.fix(self.noise(capitalize(text.strip())))

    def passage(self, pool: list[Template], sentences: int = 1) -> str:
        avoid: set[int] = set()
        text = " ".join(self.sentence(pool, avoid) for _ in range(sentences))
        if self.theme and text.endswith(".") and self.rng.random() < 0.2:
            text = text[:-1] + self.footnote(THEME_NOTES[self.theme]) + "."
        return text

    def item_sentences(self) -> int:
        return self.rng.choices((1, 2, 3), (0.35, 0.48, 0.17))[0]

    def themes(self, k: int) -> list[str]:
        rng, y, flags = self.rng, self.year, self.flags
        weights = {
            "study": 3,
            "achieve": 3,
            "foreign": 3.5,
            "culture": 2.5,
            "events": 3,
            "party": 1.2 + (y % 5 in (0, 1)),
            "covid": 3 if y in (2021, 2022) or (y == 2020 and self.issued > dt.date(2020, 2, 10)) else 0,
            "rights": 2,
            "sea": 2 + 2 * ("coastal" in flags) + ("border" in flags),
            "overseas": 1.2 + 1.5 * ("mttq" in flags),
            "people": 1.5 + 2.5 * ("mttq" in flags),
            "env": 0.8,
            "counter": 2 + ("dang" in flags),
            "media": 2.5,
            "capacity": 1.2,
        }
        chosen: list[str] = []
        names = [t for t in THEME_ORDER if weights[t] > 0]
        while len(chosen) < min(k, len(names)):
            pick = rng.choices(names, [weights[t] for t in names])[0]
            if pick not in chosen:
                chosen.append(pick)
        return sorted(chosen, key=THEME_ORDER.index)

    # -- body -------------------------------------------------------------------------------------
    def items(self, theme: str, n: int) -> list[str]:
        spec, rng, pool = THEMES[theme], self.rng, self.pool(theme)
        if n >= 3 and rng.random() < 0.35:
            subs = min(n - 1, 4)
            out = [f"- {self.passage(pool, self.item_sentences())}" for _ in range(n - subs - 1)]
            out.append(f"- {self.sentence(spec['lead'])}")
            return out + [f"+ {self.passage(pool)}" for _ in range(subs)]
        return [f"- {self.passage(pool, self.item_sentences())}" for _ in range(n)]

    def task(self, role: str, organ: str | None = None) -> str:
        pool = TASKS[role] + (TASKS["lead"][1:2] if role == "sub" else TASKS["sub"][:2])
        text = self.passage(pool, self.item_sentences())
        if organ and not text.startswith(("Ủy ban", "Ban ", "Định kỳ", "Trong")):
            text = f"{organ} {text[:1].lower()}{text[1:]}"
        return text

    def pick_organs(self, m: int) -> list[tuple[str, str]]:
        organs = self.organs()
        m = min(m, len(organs))
        keep = set(self.rng.sample(range(2, len(organs)), m - 2)) if m > 2 else set()
        return [o for i, o in enumerate(organs) if i < min(2, m) or i in keep]

    def preamble(self) -> list[str]:
        rng, doc = self.rng, self.doc
        impl: list[str] = []
        if doc.parents:
            impl.append(self.doc_citation(doc.parents[0]))
            if len(doc.parents) > 1 and rng.random() < 0.35:
                impl.append(self.doc_citation(doc.parents[1]))
        if not impl or rng.random() < 0.3:
            d = self._pick("core" if rng.random() < 0.6 else "any")
            if d is not None and d not in self.cited:
                impl.append(self.full_citation(d))
        if not impl:
            impl.append(self.named("strategy"))
        self.implements = impl
        y, who = self.year, self.vars["issuer_short"]
        where = rng.choice(
            [
                "",
                "",
                f" trên địa bàn {self.vars['unit']}" if self.province else "",
                {
                    "Mặt trận": " trong hệ thống Mặt trận",
                    "Đảng": f" trong Đảng bộ {self.vars['unit']}" if self.province else "",
                    "Nhà nước": "",
                }[self.system],
            ]
        )
        end = rng.choice([" như sau:", ", cụ thể như sau:", " cụ thể như sau:"])
        if doc.type == HD:
            tail = f"{who} hướng dẫn {rng.choice(['', 'thực hiện '])}công tác thông tin đối ngoại năm {y}{where}{end}"
        else:
            verb = rng.choice(["ban hành", "xây dựng", "ban hành"])
            tail = f"{who} {verb} {doc.type} công tác thông tin đối ngoại năm {y}{where}{end}"
        if len(impl) >= 2 and rng.random() < 0.45:
            return [f"Thực hiện {'; '.join(impl[:-1])},", f"Căn cứ {impl[-1]}, {tail}"]
        opener = rng.choice(["Thực hiện", "Thực hiện", "Căn cứ"])
        joined = impl[0] if len(impl) == 1 else ", ".join(impl[:-1]) + rng.choice([" và ", "; "]) + impl[-1]
        return [f"{opener} {joined}, {tail}"]

    def body(self) -> list[str]:
        rng = self.rng
        target = rng.randint(25, 60)
        styles = (
            [("A", 3.5), ("C", 2)]
            + [("B", 2)] * (target <= 34)
            + [("D", 3 if self.system == "Nhà nước" else 1.5)] * (target >= 34)
        )
        style = rng.choices([s for s, _ in styles], [w for _, w in styles])[0]
        pre = self.preamble()
        blocks = {"A": self._style_a, "B": self._style_b, "C": self._style_c, "D": self._style_d}[style](target, pre)
        return [self.gen.guard.fix(block) for block in blocks]  # spans are checked passage by passage

    def _fit(self, target: int, make) -> tuple[int, list[int], tuple]:
        """Draw structure sizes until the passages can add up to ``target``; returns counts per slot."""
        for _ in range(200):
            fixed, mins, maxs, shape = make()
            if fixed + sum(mins) <= target <= fixed + sum(maxs):
                break
        counts = list(mins)
        room = target - fixed - sum(mins)
        open_slots = [i for i in range(len(counts)) if counts[i] < maxs[i]]
        while room > 0 and open_slots:
            i = self.rng.choice(open_slots)
            counts[i] += 1
            room -= 1
            if counts[i] >= maxs[i]:
                open_slots.remove(i)
        return fixed, counts, shape

    def _style_a(self, target: int, pre: list[str]) -> list[str]:
        rng = self.rng
        closing = rng.random() < 0.75
        n_organs = len(self.organs())

        def make():
            k, m = rng.randint(3, 6), rng.randint(2, min(5, n_organs))
            fixed = len(pre) + 5 + k + m + closing
            return fixed, [2, 2] + [1] * (k + m), [5, 5] + [6] * k + [4] * m, (k, m)

        _, counts, (k, m) = self._fit(target, make)
        out = [*pre, "## I. MỤC ĐÍCH, YÊU CẦU", "### 1. Mục đích"]
        out += [f"- {self.passage(PURPOSE, self.item_sentences())}" for _ in range(counts[0])]
        out.append("### 2. Yêu cầu")
        out += [f"- {self.passage(REQUIRE, self.item_sentences())}" for _ in range(counts[1])]
        out.append("## " + self.expand(Template(rng.choice(SECTION_II))))
        for i, (theme, n) in enumerate(zip(self.themes(k), counts[2 : 2 + k], strict=False), 1):
            out.append(f"### {i}. {self.sentence(THEMES[theme]['heading'])}")
            out += self.items(theme, n)
        out.append("## III. TỔ CHỨC THỰC HIỆN")
        for j, ((organ, role), n) in enumerate(zip(self.pick_organs(m), counts[2 + k :], strict=False), 1):
            out.append(f"### {j}. {organ}")
            out += [f"- {self.task(role)}" for _ in range(n)]
        if closing:
            out.append(self.sentence(CLOSING))
        return out

    def _style_b(self, target: int, pre: list[str]) -> list[str]:
        rng = self.rng
        closing = rng.random() < 0.5

        def make():
            return len(pre) + 5 + closing, [1, 1, 4, 2], [3, 3, 16, 6], ()

        _, (a, b, c, d), _ = self._fit(target, make)
        out = [*pre, "## I. MỤC ĐÍCH, YÊU CẦU", "### 1. Mục đích"]
        out += [self.passage(PURPOSE, rng.randint(1, 2)) for _ in range(a)]
        out.append("### 2. Yêu cầu")
        out += [self.passage(REQUIRE, rng.randint(1, 2)) for _ in range(b)]
        out.append("## " + self.expand(Template(rng.choice(SECTION_II[:3]))))
        themes = self.themes(min(c, 9))
        out += [
            f"{i}\\. {self.passage(self.pool(themes[(i - 1) % len(themes)]), rng.randint(1, 2))}"
            for i in range(1, c + 1)
        ]
        out.append("## III. TỔ CHỨC THỰC HIỆN")
        organs = self.pick_organs(d)
        for i in range(1, d + 1):
            organ, role = organs[(i - 1) % len(organs)]
            out.append(f"{i}\\. {self.task(role, organ)}")
        if closing:
            out.append(self.sentence(CLOSING))
        return out

    def _style_c(self, target: int, pre: list[str]) -> list[str]:
        rng = self.rng
        closing = rng.random() < 0.5

        def make():
            g = rng.randint(3, 7)
            return len(pre) + 3 + g + closing, [3] + [0] * g + [2], [6] + [6] * g + [4], (g,)

        _, counts, (g,) = self._fit(target, make)
        out = [*pre, "## I. MỤC ĐÍCH" + rng.choice([" YÊU CẦU", ", YÊU CẦU"])]
        out += [f"- {self.passage(rng.choice([PURPOSE, REQUIRE]), self.item_sentences())}" for _ in range(counts[0])]
        out.append(f"## II. MỘT SỐ NHIỆM VỤ TRỌNG TÂM NĂM {self.year}")
        for i, (theme, n) in enumerate(zip(self.themes(g), counts[1:-1], strict=False), 1):
            spec, pool = THEMES[theme], self.pool(theme)
            lead = self.sentence(spec["lead"]) if n else self.passage(pool, rng.randint(1, 2))
            out.append(f"{i}\\. {lead}")
            out += [f"- {self.passage(pool, self.item_sentences())}" for _ in range(n)]
        out.append("## III. TỔ CHỨC THỰC HIỆN")
        organs = self.pick_organs(counts[-1])
        out += [self.task(role, organ) for organ, role in organs[: counts[-1]]]
        out += [self.task("sub") for _ in range(counts[-1] - len(organs))]
        if closing:
            out.append(self.sentence(CLOSING))
        return out

    def _style_d(self, target: int, pre: list[str]) -> list[str]:
        rng = self.rng
        closing = rng.random() < 0.6
        n_organs = len(self.organs())

        def make():
            groups = [rng.randint(2, 3) for _ in range(rng.randint(2, 3))]
            s, m = sum(groups), rng.randint(3, min(6, n_organs))
            fixed = len(pre) + 3 + 1 + len(groups) + s + 2 + 1 + m + closing
            return fixed, [2, 2] + [1] * (s + m), [4, 4] + [4] * s + [3] * m, (groups, m)

        _, counts, (groups, m) = self._fit(target, make)
        out = [*pre, "## I. MỤC ĐÍCH, YÊU CẦU", "### 1. Mục đích"]
        out += [f"- {self.passage(PURPOSE, self.item_sentences())}" for _ in range(counts[0])]
        out.append("### 2. Yêu cầu")
        out += [f"- {self.passage(REQUIRE, self.item_sentences())}" for _ in range(counts[1])]
        out.append("## " + self.expand(Template(rng.choice(SECTION_II))))
        themes = iter(self.themes(sum(groups)))
        sizes = iter(counts[2 : 2 + sum(groups)])
        headings = rng.sample(GROUPS_D, len(groups))
        for gi, size in enumerate(groups, 1):
            out.append(f"### {gi}. {headings[gi - 1]}")
            for si in range(size):
                theme = next(themes, "media")
                out.append(f"#### {'abcd'[si]}) {self.sentence(THEMES[theme]['heading'])}")
                out += self.items(theme, next(sizes, 1))
        out.append("## III. KINH PHÍ THỰC HIỆN")
        out.append(self.sentence(FUNDING))
        out.append("## IV. TỔ CHỨC THỰC HIỆN")
        for j, ((organ, role), n) in enumerate(zip(self.pick_organs(m), counts[2 + sum(groups) :], strict=False), 1):
            out.append(f"### {j}. {organ}")
            out += [f"- {self.task(role)}" for _ in range(n)]
        if closing:
            out.append(self.sentence(CLOSING))
        return out

    # -- front matter -----------------------------------------------------------------------------
    def signer(self) -> str:
        rng = random.Random(f"{self.gen.seed}|signer|{self.issuer.key}|{(self.year - 1) // 5}")
        if rng.random() < 0.25:
            return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}"
        return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}"

    def signer_title(self) -> list[str]:
        k = self.issuer.kind
        group = (
            "party"
            if k in ("tu", "hu", "duk", "dukcq", "dukdn")
            else "btg"
            if k in ("btgtu", "btgtw")
            else "mttq"
            if k.startswith("mttq")
            else "ubnd"
            if k.startswith("ubnd")
            else "so"
            if k in ("stttt", "sngv")
            else "bo"
            if k in ("btttt", "bng")
            else k
        )
        rng = random.Random(f"{self.gen.seed}|title|{self.issuer.key}|{(self.year - 1) // 5}")
        title = list(rng.choice(SIGNER_TITLES[group]))
        if self.rng.random() < 0.25:
            title.append("(Đã ký)")
        return title

    def recipients(self) -> list[str]:
        rng, k, p = self.rng, self.issuer.kind, self.province
        y, unit = self.year, self.vars["unit"]
        above = self.doc.parents[0].issuer.name(y) if self.doc.parents else "Ban Tuyên giáo Trung ương"
        if p is None:
            pool = [
                f"{above} (để b/c)" if self.doc.parents else "Các đồng chí Thường trực Ban Bí thư (để b/c)",
                "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
                "Ủy ban MTTQ các tỉnh, thành phố",
                "Các bộ, ngành Trung ương",
                "Các cơ quan báo chí Trung ương",
                "Các ban, đơn vị cơ quan",
                "Lưu VP",
            ]
        else:
            party = self.issuer.district.party if self.issuer.district else p.party
            pool = [
                f"{above} (để b/c)",
                f"Thường trực {party} (để b/c)",
                f"Ban Tuyên giáo, Ban Dân vận {party} (b/c)",
                f"Các đồng chí Ủy viên Ban Thường vụ {party}",
                f"Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân {unit}",
                f"Các sở, ban, ngành, đoàn thể {unit}"
                if not self.issuer.district
                else "Các phòng, ban, ngành, đoàn thể",
                f"Ủy ban MTTQ Việt Nam các {self.vars['subunits']}",
                f"Ủy ban nhân dân các {self.vars['subunits']}",
                "Các tổ chức thành viên",
                "Các cơ quan tham mưu, giúp việc",
                f"Như mục {rng.choice(['III', 'IV'])}",
                rng.choice(["Lưu VT", "Lưu: VT, KGVX", "Lưu Văn phòng", f"Lưu VP{fold(k).upper()[:4]}", "Lưu hồ sơ"]),
            ]
        chosen = [*sorted(rng.sample(range(len(pool) - 1), rng.randint(2, min(6, len(pool) - 1)))), len(pool) - 1]
        sep = rng.choice([",", ";", ""])
        return [pool[i] + (sep if i != chosen[-1] else ".") for i in chosen]

    def header(self) -> list[str]:
        rng, d = self.rng, self.issued
        unit = self.issuer.commune or self.issuer.district or self.province
        place = "Hà Nội" if unit is None else unit.name
        lines = [f"Số{rng.choice([' ', ': '])}{self.doc.number}"] if self.doc.number else []
        lines.append(f"{place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}")
        lines.append(self.doc.type.upper())
        lines.append(rng.choice(["Công", "công"]) + f" tác thông tin đối ngoại năm {self.year}")
        return lines

    def render(self) -> str:
        body = self.body()
        rng, doc = self.rng, self.doc
        meta: list[tuple[str, object]] = [("id", self.id), ("type", doc.type)]
        if doc.number and rng.random() < 0.9:
            meta.append(("number", doc.number))
        meta += [("title", f"Công tác thông tin đối ngoại năm {self.year}"), ("year", self.year)]
        if rng.random() < 0.85:
            meta.append(("issued", doc.date.isoformat()))
        meta += [("issuer", self.issuer.name(self.year)), ("system", self.system), ("level", self.spec.level)]
        if self.province:
            meta.append(("locality", self.issuer.locality()))
        if self.issuer.kind == "ubndp" and rng.random() < 0.12:
            number = self.gen.numbers.take(rng, "{n}/QĐ-UBND", 1000, 4000, "Quyết định")
            meta.append(
                ("promulgated_by", f"Quyết định số {number} ngày {doc.date.day}/{doc.date.month}/{doc.date.year}")
            )
        meta.append(("implements", self.implements))
        if rng.random() < 0.5:
            meta.append(("header", self.header()))
        if rng.random() < 0.9:
            meta += [("signer", self.signer()), ("signer_title", self.signer_title())]
        if rng.random() < 0.9:
            meta.append(("recipients", self.recipients()))
        lines = ["---"]
        for key, value in meta:
            if isinstance(value, list):
                lines.append(f"{key}:")
                lines += [f"  - {yaml_scalar(v)}" for v in value]
            else:
                lines.append(f"{key}: {value if isinstance(value, int) else yaml_scalar(value)}")
        lines.append("---")
        parts = ["\n".join(lines), "\n\n".join(body)]
        if self.notes:
            parts.append("\n\n".join(f"[^{i}]: {text}" for i, text in enumerate(self.notes, 1)))
        return unicodedata.normalize("NFC", "\n\n".join(parts) + "\n")


FUNDING = templates(
    "Kinh phí thực hiện {Kế hoạch|các nhiệm vụ thông tin đối ngoại} được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành{ và các nguồn kinh phí hợp pháp khác|}; {các cơ quan, đơn vị|các sở, ngành, địa phương} căn cứ nhiệm vụ được giao lập dự toán kinh phí{ gửi cơ quan tài chính cùng cấp thẩm định|} theo quy định.",
    "Các cơ quan, đơn vị {chủ động bố trí|sử dụng} kinh phí {trong dự toán được giao năm <Y>|từ nguồn chi thường xuyên} để thực hiện {Kế hoạch|các nội dung của Kế hoạch}{; khuyến khích huy động nguồn xã hội hóa|}.",
)
_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*$")


def yaml_scalar(text: str) -> str:
    """A YAML scalar for ``text``: plain when that reads back as the same string, else double-quoted."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # kb_build reads dates as strings
        return text
    if (
        _PLAIN.match(text)
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not re.fullmatch(r"[-+.\d:eE]+|true|false|yes|no|on|off|null|~", text, re.IGNORECASE)
    ):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------------------------------------
# The corpus.
# ---------------------------------------------------------------------------------------------
# Documents the real plans cite, placed in the world so that generated plans agree with them.
SEED_CITED = [
    ("bcd", "Ninh Bình", None, 2024, KH, "25-KH/BCĐ", "2024-02-23"),
    ("mttqtw", None, None, 2022, HD, "79/HD-MTTW-BTT", "2022-01-25"),
    ("btgtw", None, None, 2023, HD, "86-HD/BTGTW", "2022-12-23"),
    ("mttqp", "Thanh Hóa", None, 2021, HD, "61/HD/MTTQ-BTT", "2021-03-04"),
    ("bcd", "Trà Vinh", None, 2022, KH, "04-KH/BCĐ-TTĐN", "2022-02-14"),
]
# The real plans themselves (their dates are unknown; the assumed ones only order implementation chains).
SEED_PLANS = [
    ("duk", "Ninh Bình", None, 2024, KH, "144-KH/ĐUK", "2024-03-01"),
    ("mttqp", "Trà Vinh", None, 2022, KH, None, "2022-02-20"),
    ("mttqd", "Thanh Hóa", "Sầm Sơn", 2021, HD, None, "2021-03-10"),
    ("mttqtw", None, None, 2023, HD, None, "2023-01-10"),
]
_ANY_NUMBER = re.compile(r"\d{1,5}(?:\s?[-–—/]\s?(?:\d{4}|[A-ZĐ][A-Za-zĐđ0-9]*))+")


class Generator:
    def __init__(self, seed: int, real: Path = REAL_CORPUS, noise: float = 1 / 850) -> None:
        self.seed = seed
        self.noise = noise
        self.real = real
        rng = random.Random(f"{seed}|places")
        self.provinces = load_provinces(rng)
        self.numbers = Numbers()
        self.seed_files = sorted((real / "plans").rglob("*.md"))
        for path in self.seed_files:
            for number in _ANY_NUMBER.findall(path.read_text(encoding="utf-8")):
                self.numbers.reserve(number)
        self.events = load_events(real / "glossary")
        self.guard = SpanGuard(self.events)
        self.directives = self._directives()
        self.world = World(seed, self.provinces, self.numbers)
        for kind, province, district, year, type_, number, date in SEED_CITED:
            self.world.add(self.world.find(kind, province, district), year, type_, number, date, True)
        for kind, province, district, year, type_, number, date in SEED_PLANS:
            self.world.add(self.world.find(kind, province, district), year, type_, number, date, False, seed=True)

    def _directives(self) -> list[Directive]:
        out = []
        for type_, number, date, issuer, subject, theme, until, short in CENTRAL:
            self.numbers.reserve(number)
            d = Directive(type_, number, dt.date.fromisoformat(date), issuer, subject, theme, until, short)
            if short:
                self.numbers.central_digits.add((type_, str(int(d.digits))))
            out.append(d)
        rng = random.Random(f"{self.seed}|local")
        for p in self.provinces:
            pool = [t for t in LOCAL if p.coastal or not t[6]]
            for template in rng.sample(pool, 1 + (rng.random() < 0.75)):
                type_, pattern, issuer, subject, first, last, _ = template
                year = rng.randint(first, last)
                date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
                a = 2016 if year <= 2020 else 2021
                low, high = (
                    (1, 60) if "NQ/TU" in pattern or "CT" in pattern else (50, 900) if "/TU" in pattern else (100, 4000)
                )
                number = self.numbers.take(rng, pattern, low, high, type_)
                fill = {
                    "unit": p.full,
                    "party": f"{p.party} {p.display}",
                    "Pn": p.display,
                    "a": a,
                    "b": a + 4,
                    "c": a + 14,
                    "m": self.numbers.take(rng, "{n}", 1, 60, "Nghị quyết").split("-")[0] if "{m}" in subject else "",
                }
                here = {**fill, "unit": p.kind, "party": p.party}
                subject_text = subject.format(**{**fill, "unit": p.full, "party": p.party})
                out.append(
                    Directive(
                        type_,
                        number,
                        date,
                        issuer.format(**fill),
                        subject_text,
                        "sea" if "biển" in subject else "local",
                        min(year + 6, 2026),
                        False,
                        p.name,
                        issuer.format(**here),
                    )
                )
        return out

    def select(self, n: int) -> list[Doc]:
        """The documents the corpus holds: N in all, years spread evenly, the real plans included."""
        seeds = [doc for doc in self.world.docs.values() if doc.seed]
        years = list(YEARS)
        quota = {y: n // len(years) + (i < n % len(years)) for i, y in enumerate(years)}
        for doc in seeds:
            quota[doc.year] -= 1
        debt = -sum(min(q, 0) for q in quota.values())
        quota = {y: max(q, 0) for y, q in quota.items()}
        for y in sorted(years, key=lambda y: -quota[y]):
            if debt and quota[y]:
                quota[y] -= 1
                debt -= 1
        # An issuer that writes a plan writes one every year it exists, as real ones do: one draw per issuer, not per
        # year, so the share of plans with one of the year before does not grow with N.
        persistence = {i.key: random.Random(f"{self.seed}|sample|{i.key}").random() for i in self.world.issuers}
        chosen = []
        for year in years:
            candidates = [
                i
                for i in self.world.issuers
                if i.available(year) and not ((i.key, year) in self.world.docs and self.world.docs[(i.key, year)].seed)
            ]
            if quota[year] > len(candidates):
                raise SystemExit(f"--plans too large: at most {len(candidates)} plans for {year}")
            ranked = sorted(candidates, key=lambda i: persistence[i.key] ** (1.0 / i.spec.weight), reverse=True)
            for issuer in sorted(ranked[: quota[year]], key=lambda i: (list(KINDS).index(i.kind), i.key)):
                chosen.append(self.world.doc(issuer, year))
        return chosen

    def write(self, n: int, out: Path) -> tuple[list[Path], list[str]]:
        docs = self.select(n)
        taken = {p.stem for p in self.seed_files}
        written, texts = [], []
        for path in self.seed_files:
            target = out / "plans" / path.parent.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            written.append(target)
            texts.append(path.read_text(encoding="utf-8").split("\n---\n", 1)[1])
        (out / "originals").mkdir(parents=True, exist_ok=True)
        for path in sorted((self.real / "originals").glob("*")):
            shutil.copyfile(path, out / "originals" / path.name)
        (out / "glossary").mkdir(parents=True, exist_ok=True)
        for path in sorted((self.real / "glossary").glob("*.yaml")):
            shutil.copyfile(path, out / "glossary" / path.name)
        for doc in docs:
            base = f"{doc.year}-{SHORT_TYPES[doc.type]}-{doc.issuer.organ_code(doc.year)}-{doc.issuer.place_slug()}"
            plan_id, k = base, 2
            while plan_id in taken:
                plan_id, k = f"{base}-{k}", k + 1
            taken.add(plan_id)
            text = Writer(self, doc, plan_id).render()
            target = out / "plans" / str(doc.year) / f"{plan_id}.md"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            written.append(target)
            texts.append(text.split("\n---\n", 1)[1])
        return written, texts


def distinct_words(texts: list[str]) -> int:
    words: set[str] = set()
    for text in texts:
        words.update(re.findall(r"\w+", text.lower()))
    return len(words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plans", type=int, required=True, help="number of plans in all (at least 4: the real ones)")
    parser.add_argument(
        "--out", type=Path, required=True, help="corpus directory to write (plans/, glossary/, originals/)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed; the output is the same for the same seed")
    parser.add_argument("--force", action="store_true", help="replace plans/, glossary/ and originals/ if DIR has them")
    parser.add_argument(
        "--noise",
        type=float,
        default=1 / 850,
        help="conversion errors (a typo, or two words run together) per word; 0 for clean text (default: 1/850, the seeds' rate)",
    )
    parser.add_argument("--stats", action="store_true", help="print the number of distinct words of the plan bodies")
    args = parser.parse_args(argv)
    if args.plans < 4:
        parser.error("--plans must be at least 4 (the four real plans, which the glossary's sources point into)")
    out: Path = args.out
    existing = [out / name for name in ("plans", "glossary", "originals") if (out / name).exists()]
    if existing and not args.force:
        parser.error(f"{out} already has {', '.join(p.name for p in existing)}/ (use --force to replace them)")
    for path in existing:
        shutil.rmtree(path)
    start = time.perf_counter()
    written, texts = Generator(args.seed, noise=args.noise).write(args.plans, out)
    elapsed = time.perf_counter() - start
    print(f"{len(written)} plans written to {out} in {elapsed:.1f}s", file=sys.stderr)
    if args.stats:
        tokens = sum(len(re.findall(r"\w+", t)) for t in texts)
        print(f"distinct words: {distinct_words(texts)} (tokens: {tokens})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
