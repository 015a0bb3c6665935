"""Writes national.yaml: the Vietnamese agencies a letter from anywhere may name, from
public documents only (never from corpus letters), so that it holds on letters no one
here has seen. Each table below names the document it comes from; `SOURCES` gives the
same citation to every entry of the file. Re-running gives the same file byte for byte;
tests/extractors/test_national.py regenerates it in memory and compares.

    python extractors/data/gazetteers/make_national.py [path/to/communes-2025.csv]

The CSV (../shared/data/communes-2025.csv, column "Tỉnh") is used only to check the
34 provinces of NQ 202/2025/QH15 below; the file is written from the tables alone.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE / "national.yaml"
CSV = HERE.parents[3] / "shared/data/communes-2025.csv"

SOURCES = {
    "nq176-2025": "Nghị quyết 176/2025/QH15 (18/02/2025) về cơ cấu tổ chức của Chính phủ nhiệm kỳ "
                  "Quốc hội khóa XV: 14 bộ, 3 cơ quan ngang bộ; bộ máy mới hoạt động từ 01/3/2025",
    "gov-2021": "Nghị quyết của Quốc hội khóa XV thông qua ngày 23/7/2021 về cơ cấu tổ chức của Chính "
                "phủ nhiệm kỳ 2021-2026: 18 bộ, 4 cơ quan ngang bộ (số hiệu chưa đối chiếu)",
    "gov-2007": "Cơ cấu Chính phủ khóa XII (2007): Bộ Công nghiệp và Bộ Thương mại hợp nhất thành Bộ "
                "Công Thương; các hợp nhất khác năm 2007 theo hiểu biết chung, chưa đối chiếu văn bản",
    "gov-agencies-2025": "Phương án sắp xếp bộ máy Chính phủ (Bộ Nội vụ, 01/2025) và NQ 176/2025/QH15: 5 cơ "
                         "quan thuộc Chính phủ (Viện Hàn lâm KH&CN, Viện Hàn lâm KHXH, Đài THVN, Đài TNVN, "
                         "TTXVN; NĐ 27/2025/NĐ-CP về TTXVN)",
    "nd29-2025": "Nghị định 29/2025/NĐ-CP: chức năng, nhiệm vụ, cơ cấu tổ chức Bộ Tài chính (từ 01/3/2025: "
                 "hợp nhất Bộ KH&ĐT; BHXH Việt Nam về Bộ Tài chính; 7 tổng cục thành cục)",
    "qd381-382-2025": "Quyết định 381/QĐ-BTC và 382/QĐ-BTC (26/02/2025): Tổng cục Thuế thành Cục Thuế (20 "
                      "Chi cục Thuế khu vực), Tổng cục Hải quan thành Cục Hải quan (20 Chi cục Hải quan khu "
                      "vực), từ 01/3/2025",
    "kbnn-2025": "Kho bạc Nhà nước tổ chức 2 cấp từ 01/3/2025: Kho bạc Nhà nước khu vực I-XX thay kho bạc "
                 "tỉnh (Quyết định của Bộ trưởng Bộ Tài chính, 02/2025)",
    "thue-tinh-2025": "Bộ Tài chính (06/2025): 20 Chi cục Thuế khu vực tổ chức lại thành 34 Thuế tỉnh, thành "
                      "phố từ 01/7/2025; chi cục thuế cấp huyện thành Thuế cơ sở",
    "nhnn-2025": "Ngân hàng Nhà nước Việt Nam: 63 chi nhánh tỉnh, thành phố sắp xếp thành 15 Ngân hàng Nhà "
                 "nước Khu vực từ 01/3/2025",
    "nq58-cp-2025": "Nghị quyết 58/NQ-CP (21/3/2025) giải thể Ủy ban Quản lý vốn nhà nước tại doanh nghiệp; "
                    "18 tập đoàn, tổng công ty chuyển về Bộ Tài chính, MobiFone về Bộ Công an (28/02/2025)",
    "qd773-ttg-2025": "Quyết định 773/QĐ-TTg (09/4/2025) đổi tên Tập đoàn Dầu khí Việt Nam thành Tập đoàn "
                      "Công nghiệp - Năng lượng Quốc gia Việt Nam (viết tắt PVN)",
    "qd1496-ttg-2022": "Quyết định 1496/QĐ-TTg (30/11/2022) đổi tên Phòng Thương mại và Công nghiệp Việt Nam "
                       "thành Liên đoàn Thương mại và Công nghiệp Việt Nam",
    "constitution": "Hiến pháp 2013; Luật Tổ chức Quốc hội, Luật Tổ chức Chính phủ, Luật Tổ chức Tòa án "
                    "nhân dân, Luật Tổ chức Viện kiểm sát nhân dân, Luật Kiểm toán nhà nước",
    "qh-2025": "Kết luận 121-KL/TW (24/01/2025) và nghị quyết của Quốc hội (02/2025) về cơ quan của Quốc "
               "hội: Hội đồng Dân tộc và 7 ủy ban; hợp nhất Ủy ban Pháp luật với Ủy ban Tư pháp, Ủy ban "
               "Kinh tế với Ủy ban Tài chính, Ngân sách, Ủy ban Xã hội với Ủy ban Văn hóa, Giáo dục; kết "
               "thúc Ủy ban Đối ngoại",
    "party-2025": "Kết luận 121-KL/TW (24/01/2025) và các quyết định của Bộ Chính trị công bố 03/02/2025: "
                  "hợp nhất Ban Tuyên giáo TW và Ban Dân vận TW; Ban Kinh tế TW đổi tên Ban Chính sách, "
                  "chiến lược TW; kết thúc Ban Đối ngoại TW, Đảng ủy Khối các cơ quan TW, Đảng ủy Khối "
                  "doanh nghiệp TW, Ban cán sự đảng Chính phủ; lập Đảng ủy các cơ quan Đảng TW, Đảng ủy "
                  "Chính phủ, Đảng ủy Quốc hội, Đảng ủy MTTQ, các đoàn thể TW",
    "party-statute": "Điều lệ Đảng Cộng sản Việt Nam: Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư, "
                     "Ủy ban Kiểm tra, các ban và Văn phòng của cấp ủy",
    "mass-orgs": "Hiến pháp 2013 Điều 9-10 và điều lệ các tổ chức: Mặt trận Tổ quốc Việt Nam và các tổ "
                 "chức chính trị - xã hội",
    "soe-banks": "Danh sách tập đoàn, tổng công ty nhà nước do Ủy ban Quản lý vốn nhà nước tại doanh nghiệp "
                 "quản lý (2018-2025) và các ngân hàng nhà nước nắm quyền chi phối",
    "nq202-2025": "Nghị quyết 202/2025/QH15 (12/6/2025) về sắp xếp đơn vị hành chính cấp tỉnh: 34 tỉnh, "
                  "thành phố (28 tỉnh, 6 thành phố) từ 01/7/2025",
    "provinces-63": "Danh mục 63 tỉnh, thành phố trực thuộc trung ương 2008-2025 (mã đơn vị hành chính của "
                    "Tổng cục Thống kê)",
    "nq175-2024": "Nghị quyết 175/2024/QH15 (30/11/2024): thành lập thành phố Huế trực thuộc trung ương trên "
                  "toàn bộ tỉnh Thừa Thiên Huế, từ 01/01/2025",
    "nq15-2008": "Nghị quyết 15/2008/QH12 (29/5/2008): hợp nhất tỉnh Hà Tây vào thành phố Hà Nội từ "
                 "01/8/2008",
    "nd24-2014": "Nghị định 24/2014/NĐ-CP (04/4/2014), sửa đổi bởi Nghị định 107/2020/NĐ-CP: tổ chức các cơ "
                 "quan chuyên môn thuộc UBND tỉnh (17 sở, cơ quan tổ chức thống nhất và các sở đặc thù)",
    "nd45-2025": "Nghị định 45/2025/NĐ-CP (28/02/2025, hiệu lực 01/3/2025), thay bởi Nghị định "
                 "150/2025/NĐ-CP: 12 sở, cơ quan tổ chức thống nhất và 4 sở đặc thù",
    "local-2025": "Luật Tổ chức chính quyền địa phương 2025 và các quyết định sắp xếp năm 2025 của cấp ủy "
                  "tỉnh theo Kết luận 121-KL/TW: hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy; kết thúc "
                  "Đảng ủy Khối, ban cán sự đảng, đảng đoàn cấp tỉnh; lập Đảng ủy các cơ quan Đảng tỉnh và "
                  "Đảng ủy UBND tỉnh; Ban Tuyên giáo và Dân vận TW (27/6/2025): báo và đài địa phương hợp "
                  "nhất thành 'Báo và Phát thanh, Truyền hình <tỉnh>'",
    "tdkt-2022": "Luật Thi đua, khen thưởng 2022 (06/2022/QH15) và Nghị định 98/2023/NĐ-CP: Hội đồng Thi "
                 "đua - Khen thưởng Trung ương và các cấp; Ban Thi đua - Khen thưởng Trung ương thuộc Bộ "
                 "Nội vụ",
    "ctmtqg-2021": "Quyết định của Thủ tướng Chính phủ (2021) thành lập Ban Chỉ đạo Trung ương các chương "
                   "trình mục tiêu quốc gia giai đoạn 2021-2025; ban chỉ đạo cùng tên ở cấp tỉnh do Chủ tịch "
                   "UBND tỉnh thành lập (số hiệu chưa đối chiếu)",
    "usage": "Cách gọi tập thể và chữ viết tắt thông dụng trong văn bản hành chính (Nghị định "
             "30/2020/NĐ-CP, Phụ lục III; DOMAIN.md §2)",
}

# A table row: (name, aliases as letters print them, issuer codes as in symbols, extra fields).
# `former` bodies carry `until` (the day they ceased) and `replaced_by` (entries of this file).


def row(name, aliases=(), codes=(), **extra):
    return {"name": name, "aliases": list(aliases), "codes": list(codes), **extra}


def table(kind, level, source, rows, groups=()):
    """The rows with the table's kind, level, source and groups unless a row says otherwise."""
    return [{**r, "kind": kind, "level": r.get("level", level), "source": r.get("source", source),
             "groups": r.get("groups", list(groups))} for r in rows]


END_2025 = "2025-03-01"          # the day the restructured Government took over (NQ 176/2025)

# --- Ministries and ministerial agencies after 1 March 2025: NQ 176/2025/QH15 (18/02/2025).
MINISTRIES = [
    row("Bộ Quốc phòng", codes=["BQP"]),
    row("Bộ Công an", codes=["BCA"]),
    row("Bộ Ngoại giao", codes=["BNG"]),
    row("Bộ Nội vụ", codes=["BNV"]),
    row("Bộ Tư pháp", codes=["BTP"]),
    row("Bộ Tài chính", codes=["BTC"]),
    row("Bộ Công Thương", codes=["BCT"]),
    row("Bộ Nông nghiệp và Môi trường", ["Bộ NN&MT", "Bộ NNMT"], ["BNNMT"], since=END_2025),
    row("Bộ Xây dựng", codes=["BXD"]),
    row("Bộ Văn hóa, Thể thao và Du lịch", ["Bộ VHTTDL", "Bộ VH,TT&DL", "Bộ VHTT&DL"], ["BVHTTDL"]),
    row("Bộ Khoa học và Công nghệ", ["Bộ KH&CN", "Bộ KHCN"], ["BKHCN"]),
    row("Bộ Giáo dục và Đào tạo", ["Bộ GD&ĐT", "Bộ GDĐT"], ["BGDĐT"]),
    row("Bộ Y tế", codes=["BYT"]),
    row("Bộ Dân tộc và Tôn giáo", ["Bộ DT&TG", "Bộ DTTG"], ["BDTTG"], since=END_2025),
]
MINISTERIAL = [
    row("Ngân hàng Nhà nước Việt Nam", ["NHNN", "NHNN Việt Nam", "NHNNVN", "Ngân hàng Nhà nước"]),
    row("Thanh tra Chính phủ", ["TTCP"]),
    row("Văn phòng Chính phủ", ["VPCP"]),
]
# --- Before 1 March 2025: the Government of 2021-2026 as adopted 23/7/2021 (18 bộ, 4 cơ quan
# ngang bộ), and what NQ 176/2025/QH15 merged each into.
FORMER_MINISTRIES = [
    row("Bộ Kế hoạch và Đầu tư", ["Bộ KH&ĐT", "Bộ KHĐT", "Bộ KH-ĐT"], ["BKHĐT"],
        replaced_by=["Bộ Tài chính"]),
    row("Bộ Tài nguyên và Môi trường", ["Bộ TN&MT", "Bộ TNMT"], ["BTNMT"],
        replaced_by=["Bộ Nông nghiệp và Môi trường"]),
    row("Bộ Nông nghiệp và Phát triển nông thôn", ["Bộ NN&PTNT", "Bộ NNPTNT"], ["BNN", "BNNPTNT"],
        replaced_by=["Bộ Nông nghiệp và Môi trường"]),
    row("Bộ Giao thông vận tải", ["Bộ GTVT"], ["BGTVT"], replaced_by=["Bộ Xây dựng"]),
    row("Bộ Thông tin và Truyền thông", ["Bộ TT&TT", "Bộ TTTT"], ["BTTTT"],
        replaced_by=["Bộ Khoa học và Công nghệ"]),
    row("Bộ Lao động - Thương binh và Xã hội", ["Bộ LĐ-TB&XH", "Bộ LĐTBXH", "Bộ LĐ-TBXH"],
        ["BLĐTBXH"], replaced_by=["Bộ Nội vụ"],
        note="giáo dục nghề nghiệp sang Bộ GD&ĐT; bảo trợ xã hội, trẻ em sang Bộ Y tế"),
]
FORMER_MINISTERIAL = [
    row("Ủy ban Dân tộc", ["UBDT"], replaced_by=["Bộ Dân tộc và Tôn giáo"]),
]
# --- Ministries merged in 2007 (Government of the 12th National Assembly): letters of 2003-2007.
FORMER_2007 = [
    row("Bộ Công nghiệp", until="2007-08-01", replaced_by=["Bộ Công Thương"]),
    row("Bộ Thương mại", until="2007-08-01", replaced_by=["Bộ Công Thương"]),
    row("Bộ Thủy sản", until="2007-08-01", replaced_by=["Bộ Nông nghiệp và Phát triển nông thôn"]),
    row("Bộ Bưu chính, Viễn thông", until="2007-08-01", replaced_by=["Bộ Thông tin và Truyền thông"]),
    row("Bộ Văn hóa - Thông tin", until="2007-08-01",
        replaced_by=["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Thông tin và Truyền thông"]),
    row("Ủy ban Thể dục Thể thao", until="2007-08-01", replaced_by=["Bộ Văn hóa, Thể thao và Du lịch"]),
]

# --- Government agencies (cơ quan thuộc Chính phủ): the five kept in 2025, and the ones
# that ended (BHXH Việt Nam moved under Bộ Tài chính, NĐ 29/2025; the state-capital
# committee dissolved, NQ 58/NQ-CP).
GOV_AGENCIES = [
    row("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", ["Viện Hàn lâm KH&CN Việt Nam"]),
    row("Viện Hàn lâm Khoa học xã hội Việt Nam", ["Viện Hàn lâm KHXH Việt Nam"]),
    row("Đài Truyền hình Việt Nam", ["VTV"]),
    row("Đài Tiếng nói Việt Nam", ["VOV"]),
    row("Thông tấn xã Việt Nam", ["TTXVN"]),
    row("Ban Quản lý Lăng Chủ tịch Hồ Chí Minh", source="constitution",
        note="cơ quan thuộc Chính phủ đến 2025; vị trí sau 2025 chưa đối chiếu"),
    row("Học viện Chính trị quốc gia Hồ Chí Minh", source="party-statute",
        note="vừa là cơ quan của Ban Chấp hành Trung ương vừa là cơ quan của Chính phủ"),
    row("Bảo hiểm xã hội Việt Nam", ["BHXH Việt Nam", "BHXHVN", "BHXH VN"], ["BHXH"], source="nd29-2025",
        note="từ 01/3/2025 là cơ quan thuộc Bộ Tài chính"),
    row("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", ["Ủy ban QLVNN tại DN"], source="nq58-cp-2025",
        former=True, until=END_2025, replaced_by=["Bộ Tài chính"]),
]

# --- Central state bodies outside the Government: Constitution 2013 and the organisation laws.
CENTRAL_BODIES = [
    row("Chính phủ", ["CP"]),
    row("Thủ tướng Chính phủ", ["TTg", "Thủ tướng"]),
    row("Quốc hội", ["QH"]),
    row("Ủy ban Thường vụ Quốc hội", ["UBTVQH"]),
    row("Văn phòng Quốc hội", ["VPQH"]),
    row("Chủ tịch nước", ["Chủ tịch nước CHXHCN Việt Nam"]),
    row("Văn phòng Chủ tịch nước", ["VPCTN"]),
    row("Tòa án nhân dân tối cao", ["TANDTC", "TAND tối cao"]),
    row("Viện kiểm sát nhân dân tối cao", ["VKSNDTC", "VKSND tối cao"]),
    row("Kiểm toán Nhà nước", ["KTNN"]),
    row("Hội đồng Bầu cử quốc gia"),
    row("Hội đồng Quốc phòng và An ninh"),
    row("Hội đồng Thi đua - Khen thưởng Trung ương", ["Hội đồng TĐKT Trung ương"], source="tdkt-2022"),
    row("Ban Thi đua - Khen thưởng Trung ương", ["Ban TĐKT Trung ương"], source="tdkt-2022"),
    row("Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia",
        ["Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia"], source="ctmtqg-2021"),
]
# --- Bodies of the National Assembly after 2025 (qh-2025) and before.
NA_BODIES = [
    row("Hội đồng Dân tộc"),
    row("Ủy ban Pháp luật và Tư pháp", since=END_2025),
    row("Ủy ban Kinh tế và Tài chính", since=END_2025),
    row("Ủy ban Quốc phòng, An ninh và Đối ngoại", since=END_2025),
    row("Ủy ban Văn hóa và Xã hội", since=END_2025),
    row("Ủy ban Khoa học, Công nghệ và Môi trường"),
    row("Ủy ban Công tác đại biểu"),
    row("Ủy ban Dân nguyện và Giám sát", since=END_2025),
    row("Ủy ban Pháp luật", former=True, until=END_2025, replaced_by=["Ủy ban Pháp luật và Tư pháp"]),
    row("Ủy ban Tư pháp", former=True, until=END_2025, replaced_by=["Ủy ban Pháp luật và Tư pháp"]),
    row("Ủy ban Kinh tế", former=True, until=END_2025, replaced_by=["Ủy ban Kinh tế và Tài chính"]),
    row("Ủy ban Tài chính, Ngân sách", former=True, until=END_2025,
        replaced_by=["Ủy ban Kinh tế và Tài chính"]),
    row("Ủy ban Quốc phòng và An ninh", former=True, until=END_2025,
        replaced_by=["Ủy ban Quốc phòng, An ninh và Đối ngoại"]),
    row("Ủy ban Đối ngoại", former=True, until=END_2025,
        replaced_by=["Ủy ban Quốc phòng, An ninh và Đối ngoại"]),
    row("Ủy ban Văn hóa, Giáo dục", former=True, until=END_2025, replaced_by=["Ủy ban Văn hóa và Xã hội"]),
    row("Ủy ban Xã hội", former=True, until=END_2025, replaced_by=["Ủy ban Văn hóa và Xã hội"]),
]

# --- General departments (tổng cục) and equivalents under ministries, and what they became
# on 1 March 2025 (NĐ 29/2025, QĐ 381 and 382/QĐ-BTC; NHNN and KBNN regional branches).
GENERAL_DEPARTMENTS = [
    row("Tổng cục Thuế", ["TCT"], former=True, until=END_2025, replaced_by=["Cục Thuế"],
        source="qd381-382-2025"),
    row("Cục Thuế", since=END_2025, source="qd381-382-2025", note="thuộc Bộ Tài chính"),
    row("Tổng cục Hải quan", ["TCHQ"], former=True, until=END_2025, replaced_by=["Cục Hải quan"],
        source="qd381-382-2025"),
    row("Cục Hải quan", since=END_2025, source="qd381-382-2025", note="thuộc Bộ Tài chính"),
    row("Kho bạc Nhà nước", ["KBNN"], source="kbnn-2025", note="thuộc Bộ Tài chính"),
    row("Tổng cục Thống kê", ["TCTK"], former=True, until=END_2025, replaced_by=["Cục Thống kê"]),
    row("Cục Thống kê", since=END_2025, note="thuộc Bộ Tài chính"),
    row("Tổng cục Dự trữ Nhà nước", former=True, until=END_2025, replaced_by=["Cục Dự trữ Nhà nước"]),
    row("Cục Dự trữ Nhà nước", since=END_2025, note="thuộc Bộ Tài chính"),
    row("Ủy ban Chứng khoán Nhà nước", ["UBCKNN"]),
]


# --- Party central bodies: the Party statute, and the 2025 changes (party-2025).
PARTY_CENTRAL = [
    row("Ban Chấp hành Trung ương Đảng", ["Ban Chấp hành Trung ương", "BCH Trung ương", "BCHTW",
                                          "Trung ương Đảng"]),
    row("Bộ Chính trị"),            # "BCT" is Bộ Công Thương's code in symbols
    row("Ban Bí thư", ["Ban Bí thư Trung ương Đảng"]),
    row("Văn phòng Trung ương Đảng", ["VPTW"]),
    row("Ban Tổ chức Trung ương", ["BTCTW"]),
    row("Ủy ban Kiểm tra Trung ương", ["UBKTTW"]),
    row("Ban Nội chính Trung ương", ["BNCTW"]),
    row("Ban Tuyên giáo và Dân vận Trung ương", since="2025-02-01", source="party-2025"),
    row("Ban Chính sách, chiến lược Trung ương", since="2025-02-01", source="party-2025"),
    row("Ban Tuyên giáo Trung ương", ["BTGTW"], former=True, until="2025-02-01",
        replaced_by=["Ban Tuyên giáo và Dân vận Trung ương"], source="party-2025"),
    row("Ban Dân vận Trung ương", ["BDVTW"], former=True, until="2025-02-01",
        replaced_by=["Ban Tuyên giáo và Dân vận Trung ương"], source="party-2025"),
    row("Ban Kinh tế Trung ương", ["BKTTW"], former=True, until="2025-02-01",
        replaced_by=["Ban Chính sách, chiến lược Trung ương"], source="party-2025"),
    row("Ban Đối ngoại Trung ương", ["BĐNTW"], former=True, until="2025-02-01",
        replaced_by=["Bộ Ngoại giao"], source="party-2025"),
    row("Đảng ủy Chính phủ", since="2025-02-01", source="party-2025"),
    row("Đảng ủy Quốc hội", since="2025-02-01", source="party-2025"),
    row("Đảng ủy các cơ quan Đảng Trung ương", since="2025-02-01", source="party-2025"),
    row("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", since="2025-02-01", source="party-2025"),
    row("Ban cán sự đảng Chính phủ", former=True, until="2025-02-01", replaced_by=["Đảng ủy Chính phủ"],
        source="party-2025"),
    row("Đảng ủy Khối các cơ quan Trung ương", former=True, until="2025-02-01",
        replaced_by=["Đảng ủy các cơ quan Đảng Trung ương", "Đảng ủy Chính phủ"], source="party-2025"),
    row("Đảng ủy Khối doanh nghiệp Trung ương", former=True, until="2025-02-01",
        replaced_by=["Đảng ủy Chính phủ"], source="party-2025"),
]

# --- Mass organisations, central (mass-orgs; VCCI renamed by QĐ 1496/QĐ-TTg).
MASS_CENTRAL = [
    row("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ["Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban TW MTTQ Việt Nam", "UBTW MTTQ Việt Nam",
         "Ủy ban Trung ương MTTQVN", "Trung ương Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam",
         "MTTQ Việt Nam", "MTTQVN",
         "Mặt trận Tổ quốc", "MTTQ"]),
    row("Tổng Liên đoàn Lao động Việt Nam", ["TLĐLĐVN", "Tổng LĐLĐ Việt Nam", "Tổng LĐLĐVN"]),
    row("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        ["Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn", "TW Đoàn", "Đoàn Thanh niên Cộng sản "
         "Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh"]),
    row("Hội Liên hiệp Phụ nữ Việt Nam", ["Hội LHPN Việt Nam", "Trung ương Hội LHPN Việt Nam",
                                          "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"]),
    row("Hội Nông dân Việt Nam", ["Trung ương Hội Nông dân Việt Nam", "HND Việt Nam"]),
    row("Hội Cựu chiến binh Việt Nam", ["Trung ương Hội Cựu chiến binh Việt Nam", "Hội CCB Việt Nam"]),
    row("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", ["Liên hiệp các Hội KH&KT Việt Nam", "VUSTA"]),
    row("Hội Chữ thập đỏ Việt Nam"),
    row("Liên minh Hợp tác xã Việt Nam", ["Liên minh HTX Việt Nam"]),
    row("Liên đoàn Thương mại và Công nghiệp Việt Nam", ["VCCI"], since="2022-11-30",
        source="qd1496-ttg-2022"),
    row("Phòng Thương mại và Công nghiệp Việt Nam", former=True, until="2022-11-30",
        replaced_by=["Liên đoàn Thương mại và Công nghiệp Việt Nam"], source="qd1496-ttg-2022"),
]

# --- State groups and corporations (the 19 of the state-capital committee, moved to Bộ
# Tài chính on 28/02/2025 by NQ 58/NQ-CP; PVN renamed by QĐ 773/QĐ-TTg) and others letters name.
STATE_GROUPS = [
    row("Tập đoàn Điện lực Việt Nam", ["EVN"]),
    row("Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", ["Petrovietnam", "PVN"],
        since="2025-04-09", source="qd773-ttg-2025"),
    row("Tập đoàn Dầu khí Việt Nam", ["Tập đoàn Dầu khí Quốc gia Việt Nam"], former=True,
        until="2025-04-09", replaced_by=["Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"],
        source="qd773-ttg-2025"),
    row("Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", ["TKV", "Vinacomin"]),
    row("Tập đoàn Hóa chất Việt Nam", ["Vinachem"]),
    row("Tập đoàn Bưu chính Viễn thông Việt Nam", ["VNPT"]),
    row("Tập đoàn Xăng dầu Việt Nam", ["Petrolimex"]),
    row("Tập đoàn Công nghiệp Cao su Việt Nam", ["VRG"]),
    row("Tập đoàn Công nghiệp - Viễn thông Quân đội", ["Viettel", "Tập đoàn Viettel"]),
    row("Tổng công ty Đầu tư và Kinh doanh vốn nhà nước", ["SCIC"]),
    row("Tổng công ty Thuốc lá Việt Nam", ["Vinataba"]),
    row("Tổng công ty Hàng không Việt Nam", ["Vietnam Airlines"]),
    row("Tổng công ty Hàng hải Việt Nam", ["VIMC"]),
    row("Tổng công ty Đường sắt Việt Nam", ["VNR", "Đường sắt Việt Nam"]),
    row("Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam", ["VEC"]),
    row("Tổng công ty Cảng hàng không Việt Nam", ["ACV"]),
    row("Tổng công ty Lương thực miền Bắc", ["Vinafood 1"]),
    row("Tổng công ty Lương thực miền Nam", ["Vinafood 2"]),
    row("Tổng công ty Lâm nghiệp Việt Nam", ["Vinafor"]),
    row("Tổng công ty Cà phê Việt Nam", ["Vinacafe"]),
    row("Tổng công ty Viễn thông MobiFone", ["MobiFone"]),
    row("Tổng công ty Bưu điện Việt Nam", ["VNPost", "Bưu điện Việt Nam"], source="soe-banks"),
]
# --- State banks: NHNN is a ministerial agency above; the policy banks and the state-owned
# commercial banks (soe-banks).
STATE_BANKS = [
    row("Ngân hàng Chính sách xã hội", ["NHCSXH", "Ngân hàng CSXH", "VBSP",
                                        "Ngân hàng Chính sách xã hội Việt Nam"], groups=["ngan_hang_csxh"]),
    row("Ngân hàng Phát triển Việt Nam", ["VDB"], groups=["ngan_hang_chinh_sach"]),
    row("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", ["Agribank"]),
    row("Ngân hàng TMCP Ngoại thương Việt Nam", ["Vietcombank",
                                                 "Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam"]),
    row("Ngân hàng TMCP Công Thương Việt Nam", ["VietinBank",
                                                "Ngân hàng Thương mại cổ phần Công Thương Việt Nam"]),
    row("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", ["BIDV",
                                                         "Ngân hàng Thương mại cổ phần Đầu tư và Phát "
                                                         "triển Việt Nam"]),
    row("Ngân hàng Hợp tác xã Việt Nam", ["Co-opBank"]),
]

# --- Provinces. The 34 of NQ 202/2025/QH15 (from 01/7/2025), each with the 63 it merged
# (NQ 175/2024/QH15 made Thừa Thiên Huế the city of Huế on 01/01/2025).
CITIES_2025 = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"]
MERGER_2025 = {   # province of 2025 <- provinces of 2008-2025 (itself first when it kept its name)
    "Hà Nội": ["Hà Nội"], "Huế": ["Huế"], "Lai Châu": ["Lai Châu"], "Điện Biên": ["Điện Biên"],
    "Sơn La": ["Sơn La"], "Lạng Sơn": ["Lạng Sơn"], "Quảng Ninh": ["Quảng Ninh"],
    "Thanh Hóa": ["Thanh Hóa"], "Nghệ An": ["Nghệ An"], "Hà Tĩnh": ["Hà Tĩnh"], "Cao Bằng": ["Cao Bằng"],
    "Tuyên Quang": ["Tuyên Quang", "Hà Giang"], "Lào Cai": ["Lào Cai", "Yên Bái"],
    "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"], "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"], "Hưng Yên": ["Hưng Yên", "Thái Bình"],
    "Hải Phòng": ["Hải Phòng", "Hải Dương"], "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Trị", "Quảng Bình"], "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"],
    "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"], "Gia Lai": ["Gia Lai", "Bình Định"],
    "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"], "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Đắk Lắk", "Phú Yên"], "Hồ Chí Minh": ["Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Bình Dương"],
    "Đồng Nai": ["Đồng Nai", "Bình Phước"], "Tây Ninh": ["Tây Ninh", "Long An"],
    "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"], "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"], "Cà Mau": ["Cà Mau", "Bạc Liêu"],
    "An Giang": ["An Giang", "Kiên Giang"],
}
CITIES_2008 = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"]   # + Huế from 2025
PROVINCE_ALIASES = {   # other spellings in print; "Hoà"/"Hòa" tone placement is unified by agency_key
    "Hồ Chí Minh": ["TP. Hồ Chí Minh", "TP.HCM", "TP. HCM", "TP HCM", "TPHCM", "HCM"],
    "Hà Nội": ["TP. Hà Nội", "TP Hà Nội"],
    "Huế": ["TP. Huế", "TP Huế"],
    "Đắk Lắk": ["Đăk Lăk", "Đắc Lắc", "Đắk Lăk", "Đăk Lắk"],
    "Đắk Nông": ["Đăk Nông", "Đắc Nông"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Kon Tum": ["Kontum"],
    "Bà Rịa - Vũng Tàu": ["Bà Rịa Vũng Tàu", "BR-VT"],
    "Thừa Thiên Huế": ["Thừa Thiên - Huế"],
}

# --- Provincial departments and bodies as templates: the bare name stands for the letter's
# own province, "<name> tỉnh X" / "<stem> thành phố X" / "<stem> X" for a named one.
# Before 2025: NĐ 24/2014/NĐ-CP as amended by NĐ 107/2020/NĐ-CP (17 uniform + special).
# After 2025: NĐ 45/2025/NĐ-CP, then NĐ 150/2025/NĐ-CP (12 uniform + 4 special).
DEPARTMENTS = [
    row("Sở Nội vụ", codes=["SNV"]),
    row("Sở Tư pháp", codes=["STP"]),
    row("Sở Tài chính", codes=["STC"]),
    row("Sở Công Thương", codes=["SCT"]),
    row("Sở Nông nghiệp và Môi trường", ["Sở NN&MT", "Sở NNMT"], ["SNNMT"], since=END_2025),
    row("Sở Xây dựng", codes=["SXD"]),
    row("Sở Khoa học và Công nghệ", ["Sở KH&CN", "Sở KHCN"], ["SKHCN"]),
    row("Sở Văn hóa, Thể thao và Du lịch", ["Sở VHTTDL", "Sở VH,TT&DL", "Sở VHTT&DL"], ["SVHTTDL"]),
    row("Sở Giáo dục và Đào tạo", ["Sở GD&ĐT", "Sở GDĐT"], ["SGDĐT"]),
    row("Sở Y tế", codes=["SYT"]),
    row("Thanh tra tỉnh", ["Thanh tra thành phố"]),
    row("Văn phòng Ủy ban nhân dân tỉnh", ["Văn phòng UBND tỉnh", "VP UBND tỉnh", "VPUBND tỉnh"],
        ["VPUBND"]),
    row("Sở Ngoại vụ", codes=["SNgV"], note="chỉ ở một số tỉnh"),
    row("Sở Dân tộc và Tôn giáo", ["Sở DT&TG", "Sở DTTG"], ["SDTTG"], since=END_2025, source="nd45-2025",
        note="chỉ ở một số tỉnh"),
    row("Sở Du lịch", note="chỉ ở một số tỉnh"),
    row("Sở Quy hoạch - Kiến trúc", ["Sở QH-KT", "Sở Quy hoạch Kiến trúc"],
        note="Hà Nội, Thành phố Hồ Chí Minh"),
    row("Sở Kế hoạch và Đầu tư", ["Sở KH&ĐT", "Sở KHĐT", "Sở KH-ĐT"], ["SKHĐT"], former=True,
        until=END_2025, replaced_by=["Sở Tài chính"], source="nd24-2014"),
    row("Sở Tài nguyên và Môi trường", ["Sở TN&MT", "Sở TNMT"], ["STNMT"], former=True, until=END_2025,
        replaced_by=["Sở Nông nghiệp và Môi trường"], source="nd24-2014"),
    row("Sở Nông nghiệp và Phát triển nông thôn", ["Sở NN&PTNT", "Sở NNPTNT"], ["SNNPTNT"], former=True,
        until=END_2025, replaced_by=["Sở Nông nghiệp và Môi trường"], source="nd24-2014"),
    row("Sở Giao thông vận tải", ["Sở GTVT"], ["SGTVT"], former=True, until=END_2025,
        replaced_by=["Sở Xây dựng"], source="nd24-2014"),
    row("Sở Thông tin và Truyền thông", ["Sở TT&TT", "Sở TTTT"], ["STTTT"], former=True, until=END_2025,
        replaced_by=["Sở Khoa học và Công nghệ"], source="nd24-2014"),
    row("Sở Lao động - Thương binh và Xã hội", ["Sở LĐ-TB&XH", "Sở LĐTBXH", "Sở LĐ-TBXH"], ["SLĐTBXH"],
        former=True, until=END_2025, replaced_by=["Sở Nội vụ"], source="nd24-2014"),
    row("Ban Dân tộc tỉnh", ["Ban Dân tộc"], ["BDT"], former=True, until=END_2025,
        replaced_by=["Sở Dân tộc và Tôn giáo"], source="nd24-2014"),
    row("Sở Văn hóa và Thể thao", note="nơi có Sở Du lịch riêng"),
]
PROVINCIAL_BODIES = [   # outside the sở framework (NĐ 24/2014 Điều 1.3; NĐ 45/2025) and vertical
    row("Ủy ban nhân dân tỉnh", ["UBND tỉnh", "Ủy ban nhân dân thành phố", "UBND thành phố"],
        groups=["ubnd_tinh"], source="constitution"),
    row("Hội đồng nhân dân tỉnh", ["HĐND tỉnh", "Hội đồng nhân dân thành phố", "HĐND thành phố"],
        groups=["hdnd_tinh"], source="constitution"),
    row("Thường trực Hội đồng nhân dân tỉnh", ["Thường trực HĐND tỉnh", "TT HĐND tỉnh"],
        groups=["hdnd_tinh"], source="constitution"),
    row("Đoàn đại biểu Quốc hội tỉnh", ["Đoàn ĐBQH tỉnh"], source="constitution"),
    row("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", ["Văn phòng Đoàn ĐBQH và HĐND tỉnh"]),
    row("Ban Quản lý các khu công nghiệp tỉnh", ["Ban Quản lý các KCN tỉnh", "Ban Quản lý các KCN",
                                                 "BQL các KCN tỉnh"]),
    row("Ban Quản lý Khu kinh tế tỉnh", ["Ban Quản lý KKT tỉnh", "BQL KKT tỉnh"]),
    row("Công an tỉnh", ["CA tỉnh"], groups=["ban_nganh", "luc_luong"], source="constitution"),
    row("Bộ Chỉ huy Quân sự tỉnh", ["BCHQS tỉnh", "Bộ CHQS tỉnh"], groups=["ban_nganh", "luc_luong"],
        source="constitution"),
    row("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", ["BCH BĐBP tỉnh", "Bộ CH BĐBP tỉnh"],
        groups=["ban_nganh", "luc_luong"], source="constitution"),
    row("Tòa án nhân dân tỉnh", ["TAND tỉnh"], groups=["ban_nganh", "tu_phap"], source="constitution"),
    row("Viện kiểm sát nhân dân tỉnh", ["VKSND tỉnh"], groups=["ban_nganh", "tu_phap"],
        source="constitution"),
    row("Cục Thuế tỉnh", former=True, until=END_2025, replaced_by=["Thuế tỉnh"], source="qd381-382-2025",
        note="01/3-30/6/2025: Chi cục Thuế khu vực; từ 01/7/2025: Thuế tỉnh"),
    row("Chi cục Thuế khu vực", level="region", former=True, until="2025-07-01",
        replaced_by=["Thuế tỉnh"], source="qd381-382-2025"),
    row("Thuế tỉnh", ["Thuế thành phố"], since="2025-07-01", source="thue-tinh-2025"),
    row("Cục Hải quan tỉnh", former=True, until=END_2025, replaced_by=["Chi cục Hải quan khu vực"],
        source="qd381-382-2025"),
    row("Chi cục Hải quan khu vực", level="region", since=END_2025, source="qd381-382-2025"),
    row("Kho bạc Nhà nước tỉnh", ["KBNN tỉnh"], former=True, until=END_2025,
        replaced_by=["Kho bạc Nhà nước khu vực"], source="kbnn-2025"),
    row("Kho bạc Nhà nước khu vực", ["KBNN khu vực"], level="region", since=END_2025, source="kbnn-2025"),
    row("Ngân hàng Nhà nước chi nhánh tỉnh", ["NHNN chi nhánh tỉnh",
                                               "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh"],
        former=True, until=END_2025,
        replaced_by=["Ngân hàng Nhà nước Khu vực"], source="nhnn-2025"),
    row("Ngân hàng Nhà nước Khu vực", ["NHNN Khu vực"], level="region", since=END_2025,
        source="nhnn-2025"),
    row("Bảo hiểm xã hội tỉnh", ["BHXH tỉnh"], source="nd29-2025",
        note="tổ chức lại theo khu vực năm 2025; tên sau 01/7/2025 chưa đối chiếu"),
    row("Cục Thống kê tỉnh", source="nd29-2025", note="tổ chức lại năm 2025; tên mới chưa đối chiếu"),
    row("Chi nhánh Ngân hàng Chính sách xã hội tỉnh", ["Chi nhánh NHCSXH tỉnh"], source="soe-banks"),
    row("Báo tỉnh", source="local-2025", stems=["Báo"], note="'Báo <tỉnh>'; hợp nhất với đài năm 2025"),
    row("Đài Phát thanh và Truyền hình tỉnh", ["Đài PT-TH tỉnh", "Đài PTTH tỉnh", "Đài Phát thanh - "
                                                 "Truyền hình tỉnh"],
        former=True, until="2025-07-01", replaced_by=["Báo và Phát thanh, Truyền hình tỉnh"],
        source="local-2025"),
    row("Báo và Phát thanh, Truyền hình tỉnh", since="2025-07-01", source="local-2025",
        stems=["Báo và Phát thanh, Truyền hình"]),
    row("Trường Chính trị tỉnh", source="party-statute", stems=["Trường Chính trị"]),
    row("Hội đồng Thi đua - Khen thưởng tỉnh", ["Hội đồng TĐKT tỉnh", "Hội đồng Thi đua - Khen thưởng"],
        source="tdkt-2022"),
    row("Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh",
        ["Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh", "Ban Chỉ đạo các Chương trình mục tiêu quốc gia",
         "Ban Chỉ đạo các chương trình mục tiêu quốc gia", "Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố",
         "Ban Chỉ đạo các chương trình mục tiêu quốc gia thành phố"], source="ctmtqg-2021"),
]
PROVINCIAL_PARTY = [   # party-statute; 2025 changes from local-2025
    row("Tỉnh ủy", ["Thành ủy", "Ban Chấp hành Đảng bộ tỉnh", "BCH Đảng bộ tỉnh"], ["TU"]),
    row("Ban Thường vụ Tỉnh ủy", ["BTV Tỉnh ủy"]),
    row("Thường trực Tỉnh ủy", ["TT Tỉnh ủy", "TTr Tỉnh ủy"]),
    row("Văn phòng Tỉnh ủy"),
    row("Ban Tổ chức Tỉnh ủy"),
    row("Ủy ban Kiểm tra Tỉnh ủy", ["UBKT Tỉnh ủy"]),
    row("Ban Nội chính Tỉnh ủy"),
    row("Ban Tuyên giáo và Dân vận Tỉnh ủy", since="2025-02-01", source="local-2025"),
    row("Ban Tuyên giáo Tỉnh ủy", former=True, until="2025-02-01",
        replaced_by=["Ban Tuyên giáo và Dân vận Tỉnh ủy"], source="local-2025"),
    row("Ban Dân vận Tỉnh ủy", former=True, until="2025-02-01",
        replaced_by=["Ban Tuyên giáo và Dân vận Tỉnh ủy"], source="local-2025"),
    row("Đảng ủy Ủy ban nhân dân tỉnh", ["Đảng ủy UBND tỉnh"], since="2025-02-01", source="local-2025"),
    row("Đảng ủy các cơ quan Đảng tỉnh", since="2025-02-01", source="local-2025"),
    row("Ban cán sự đảng Ủy ban nhân dân tỉnh", ["Ban cán sự đảng UBND tỉnh"], former=True,
        until="2025-02-01", replaced_by=["Đảng ủy Ủy ban nhân dân tỉnh"], source="local-2025"),
    row("Đảng ủy Khối các cơ quan tỉnh", former=True, until="2025-02-01",
        replaced_by=["Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"], source="local-2025"),
    row("Đảng ủy Khối doanh nghiệp tỉnh", former=True, until="2025-02-01",
        replaced_by=["Đảng ủy Ủy ban nhân dân tỉnh"], source="local-2025"),
]
PROVINCIAL_MASS = [   # mass-orgs, at province level
    row("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ["Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQVN tỉnh",
                                                   "Ủy ban MTTQ tỉnh", "UBMTTQ tỉnh", "MTTQ tỉnh",
                                                   "Mặt trận Tổ quốc tỉnh"]),
    row("Liên đoàn Lao động tỉnh", ["LĐLĐ tỉnh"]),
    row("Tỉnh đoàn", ["Thành đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh",
                      "Đoàn TNCS Hồ Chí Minh tỉnh"]),
    row("Hội Liên hiệp Phụ nữ tỉnh", ["Hội LHPN tỉnh"]),
    row("Hội Nông dân tỉnh", ["HND tỉnh"]),
    row("Hội Cựu chiến binh tỉnh", ["Hội CCB tỉnh"]),
    row("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", ["Liên hiệp các Hội KH&KT tỉnh"]),
    row("Hội Chữ thập đỏ tỉnh"),
    row("Liên minh Hợp tác xã tỉnh", ["Liên minh HTX tỉnh"]),
]

# --- Group phrases letters use for collectives, with the groups they cover (usage).
# Bare "các bộ" / "các sở" are left out: they are the head of a list ("các Bộ: Tài chính, ...").
GROUPS = [
    ("Các bộ, ngành", "central", ["bo", "co_quan_ngang_bo", "co_quan_thuoc_cp"]),
    ("Các bộ, ngành trung ương", "central", ["bo", "co_quan_ngang_bo", "co_quan_thuoc_cp"]),
    ("Các bộ, cơ quan ngang bộ", "central", ["bo", "co_quan_ngang_bo"]),
    ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "central",
     ["bo", "co_quan_ngang_bo", "co_quan_thuoc_cp"]),
    ("Các bộ, ngành, địa phương", "central", ["bo", "co_quan_ngang_bo", "co_quan_thuoc_cp", "ubnd_tinh"]),
    ("Các bộ, ngành, cơ quan trung ương", "central",
     ["bo", "co_quan_ngang_bo", "co_quan_thuoc_cp", "co_quan_trung_uong"]),
    ("Các cơ quan trung ương", "central",
     ["bo", "co_quan_ngang_bo", "co_quan_thuoc_cp", "co_quan_trung_uong"]),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "central", ["ubnd_tinh"]),
    ("Ủy ban nhân dân các tỉnh, thành phố", "central", ["ubnd_tinh"]),
    ("Các tỉnh, thành phố trực thuộc trung ương", "central", ["ubnd_tinh"]),
    ("Các tỉnh, thành phố", "central", ["ubnd_tinh"]),
    ("Các tập đoàn, tổng công ty nhà nước", "central", ["tap_doan"]),
    ("Các tập đoàn kinh tế, tổng công ty nhà nước", "central", ["tap_doan"]),
    ("Các ngân hàng thương mại nhà nước", "central", ["ngan_hang_tm"]),
    ("Các cơ quan Đảng Trung ương", "central", ["dang_tw"]),
    ("Các ban đảng Trung ương", "central", ["dang_tw"]),
    ("Các tổ chức chính trị - xã hội", "central", ["doan_the"]),
    ("Mặt trận Tổ quốc và các đoàn thể", "central", ["doan_the"]),
    ("Các sở, ban, ngành", "province", ["so", "ban_nganh"]),
    ("Các sở, ban, ngành tỉnh", "province", ["so", "ban_nganh"]),
    ("Các sở, ngành", "province", ["so", "ban_nganh"]),
    ("Các sở, ngành tỉnh", "province", ["so", "ban_nganh"]),
    ("Các sở, ban, ngành, đoàn thể tỉnh", "province", ["so", "ban_nganh", "doan_the_tinh"]),
    ("Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "province", ["so"]),
    ("Các ban đảng Tỉnh ủy", "province", ["dang_tinh"]),
    ("Các ban, đơn vị của Tỉnh ủy", "province", ["dang_tinh"]),
    ("Các tổ chức chính trị - xã hội tỉnh", "province", ["doan_the_tinh"]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể tỉnh", "province", ["doan_the_tinh"]),
]


def _former(rows, until, source):
    return [{**r, "former": True, "until": r.get("until", until), "source": r.get("source", source)}
            for r in rows]


def central_entries() -> list[dict]:
    return [
        *table("ministry", "central", "nq176-2025", MINISTRIES, ["bo"]),
        *table("ministerial_agency", "central", "nq176-2025", MINISTERIAL, ["co_quan_ngang_bo"]),
        *table("ministry", "central", "gov-2021", _former(FORMER_MINISTRIES, END_2025, "gov-2021"), ["bo"]),
        *table("ministerial_agency", "central", "gov-2021",
               _former(FORMER_MINISTERIAL, END_2025, "gov-2021"), ["co_quan_ngang_bo"]),
        *table("ministry", "central", "gov-2007", _former(FORMER_2007, "2007-08-01", "gov-2007"), ["bo"]),
        *table("government_agency", "central", "gov-agencies-2025", GOV_AGENCIES, ["co_quan_thuoc_cp"]),
        *table("central_body", "central", "constitution", CENTRAL_BODIES, ["co_quan_trung_uong"]),
        *table("central_body", "central", "qh-2025", NA_BODIES, ["co_quan_quoc_hoi"]),
        *table("general_department", "central", "nd29-2025", GENERAL_DEPARTMENTS, ["tong_cuc"]),
        *table("party_central", "central", "party-statute", PARTY_CENTRAL, ["dang_tw"]),
        *table("mass_organisation", "central", "mass-orgs", MASS_CENTRAL, ["doan_the"]),
        *table("state_enterprise", "central", "nq58-cp-2025", STATE_GROUPS, ["tap_doan"]),
        *table("bank", "central", "soe-banks", STATE_BANKS, ["ngan_hang_tm"]),
    ]


def province_entries() -> list[dict]:
    old_to_new = {old: new for new, olds in MERGER_2025.items() for old in olds}
    entries = []
    for name in sorted(MERGER_2025):   # the 34 of 2025
        merged = [o for o in MERGER_2025[name] if o != name]
        entries.append(row(name, PROVINCE_ALIASES.get(name, []), type=_type(name in CITIES_2025),
                           merged_from=merged, source="nq202-2025"))
        if name == "Huế":
            entries[-1].update(since="2025-01-01", source="nq175-2024")
    for old, new in sorted(old_to_new.items()):
        if old == new:
            continue
        entries.append(row(old, PROVINCE_ALIASES.get(old, []), type=_type(old in CITIES_2008), former=True,
                           until="2025-07-01", replaced_by=[new], merged_into=new, source="nq202-2025"))
    entries.append(row("Thừa Thiên Huế", PROVINCE_ALIASES["Thừa Thiên Huế"], type="tỉnh", former=True,
                       until="2025-01-01", replaced_by=["Huế"], merged_into="Huế", source="nq175-2024"))
    entries.append(row("Hà Tây", type="tỉnh", former=True, until="2008-08-01", replaced_by=["Hà Nội"],
                       merged_into="Hà Nội", source="nq15-2008"))
    return [{**{k: v for k, v in e.items() if v is not None}, "kind": "province", "level": "province",
             "groups": []} for e in entries]


def _type(city: bool) -> str:
    return "thành phố" if city else "tỉnh"


def _city_forms(rows):
    """Party bodies of a city are its Thành ủy's: "Ban Tổ chức Thành ủy" beside "... Tỉnh ủy"."""
    def city(form):
        return form.replace("Tỉnh ủy", "Thành ủy")
    return [{**r, "aliases": r["aliases"] + [city(a) for a in [r["name"], *r["aliases"]]
                                             if "Tỉnh ủy" in a and city(a) not in r["aliases"]]}
            for r in rows]


def provincial_entries() -> list[dict]:
    return [
        *table("provincial_department", "province", "nd45-2025", DEPARTMENTS, ["so"]),
        *table("provincial_body", "province", "nd24-2014", PROVINCIAL_BODIES, ["ban_nganh"]),
        *table("provincial_party", "province", "party-statute", _city_forms(PROVINCIAL_PARTY), ["dang_tinh"]),
        *table("provincial_mass_organisation", "province", "mass-orgs", PROVINCIAL_MASS, ["doan_the_tinh"]),
    ]


def group_entries() -> list[dict]:
    return [{"name": n, "kind": "group", "level": level, "covers": covers, "source": "usage"}
            for n, level, covers in GROUPS]


_ORDER = ["name", "kind", "level", "type", "aliases", "codes", "stems", "groups", "covers", "former",
          "since", "until", "replaced_by", "merged_into", "merged_from", "note", "source"]


def _tidy(entry: dict) -> dict:
    """Fixed key order, empty lists and false flags left out, so that the file reads well."""
    return {k: entry[k] for k in _ORDER if k in entry and entry[k] not in ([], None, False)}


def build() -> dict:
    rows = [*central_entries(), *province_entries(), *provincial_entries(), *group_entries()]
    return {"sources": SOURCES, "entries": [_tidy(dict(r)) for r in rows]}


def render(data: dict | None = None) -> str:
    data = build() if data is None else data
    counts = {}
    for e in data["entries"]:
        counts[e["kind"]] = counts.get(e["kind"], 0) + 1
    header = ("# Generated by make_national.py: do not edit; edit the tables there and re-run.\n"
              f"# {len(data['entries'])} entries: "
              + ", ".join(f"{k} {v}" for k, v in counts.items()) + ".\n")
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def check_against_communes(path: Path) -> None:
    """The 34 provinces of the tables are the 34 of the commune list."""
    with open(path, encoding="utf-8") as f:
        listed = {r["Tỉnh"].replace("TP HCM", "Hồ Chí Minh") for r in csv.DictReader(f)}
    if listed != set(MERGER_2025):
        raise SystemExit(f"{path}: provinces differ from NQ 202/2025 table: "
                         f"{sorted(listed ^ set(MERGER_2025))}")


def main() -> None:
    csv_path = Path(sys.argv[1]) if len(sys.argv) > 1 else CSV
    if csv_path.exists():
        check_against_communes(csv_path)
    text = render()
    OUT.write_text(text, encoding="utf-8")
    print(text.splitlines()[1].lstrip("# "))


if __name__ == "__main__":
    main()
