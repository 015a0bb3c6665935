"""A plan, programme or regulation the letter itself issues, printed after its signature.

A decision that issues an attached text ("Điều 1. Ban hành kèm theo Quyết định này Kế
hoạch ...", or the attachment's own "(Ban hành kèm theo Quyết định số 88/QĐ-UBND ...)")
has that text as its directive part (ANNOTATION.md, "Attachments"); its own articles
are formalities. A text only forwarded ("được gửi kèm theo", "sao gửi kèm") or a draft
sent for comments is not part of the directive part.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from extractors.patterns import fold, leftmost

# The title line of an attachment, in capitals; OCR may put debris before it
# (": BẢN THỎA THUẬN ...") and a crawler its subtitle after it on the same line.
_TITLE = regex.compile(
    r"(?m)^[ \t|#*:;,.\-_–»«©®'\"`~\d]{0,6}[ \t]*"
    r"(?P<title>KẾ[ \t]+HOẠCH|CHƯƠNG[ \t]+TRÌNH|QUY[ \t]+CHẾ|QUY[ \t]+ĐỊNH|ĐỀ[ \t]+ÁN|PHƯƠNG[ \t]+ÁN"
    r"|HƯỚNG[ \t]+DẪN|ĐIỀU[ \t]+LỆ|(?:BẢN[ \t]+)?THỎA[ \t]+THUẬN|(?:BẢN[ \t]+)?THOẢ[ \t]+THUẬN|DANH[ \t]+MỤC"
    r"|QUY[ \t]+TRÌNH|CHIẾN[ \t]+LƯỢC|NỘI[ \t]+QUY)(?![\p{Ll}])")
# "(Ban hành kèm theo Quyết định số 435/QĐ-UBND ...)", "(Kèm theo Quyết định số ...)"
_ISSUED_BY = regex.compile(r"\(\s*(?:ban hanh |phe duyet )?kem theo (?P<by>quyet dinh|chi thi|nghi quyet|cong van|thong bao)")
# the decision's own words that it issues or approves an attached text
_ISSUES = regex.compile(
    r"ban hanh kem theo (?:quyet dinh|chi thi|nghi quyet) nay|phe duyet [^.;]{0,300}?kem theo"
    r"|ban hanh [^.;]{0,300}?\(kem theo\)|(?:ke hoach|chuong trinh|quy che|quy dinh|de an) kem theo (?:quyet dinh|chi thi) nay")
# the administrative procedures a decision publishes, and the internal steps for handling
# them ("DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH ...", "QUY TRÌNH NỘI BỘ GIẢI QUYẾT ..."):
# tables of procedures, not a plan that allots work; the decision's articles hold its orders
_PROCEDURES = regex.compile(r"(?:danh muc|quy trinh)[ \t]+(?:noi[ \t]+bo[ \t]+)?(?:giai[ \t]+quyet[ \t]+)?"
                            r"(?:cac[ \t]+)?thu[ \t]+tuc[ \t]+hanh[ \t]+chinh|quy[ \t]+trinh[ \t]+noi[ \t]+bo")
# only forwarded, or sent for comments
_FORWARDED = regex.compile(r"gui kem|sao gui kem|du thao[^.;]{0,200}(?:xin|lay|gop) y kien")
# where an attachment ends: its own signature block or recipients
# (each way searched alone, the leftmost kept: patterns.leftmost)
_SIGNATURE = (regex.compile(r"(?m)^[ \t|]*(?:TM|KT|TL|TUQ)[ \t]*\.[ \t]*\p{Lu}", regex.I),
              regex.compile(r"(?<!\p{L})N(?:ơ|o)i\s+nh[ậâa]n\s*:", regex.I))


@dataclass(frozen=True)
class Attachment:
    start: int           # the title line
    end: int             # the attachment's own signature or recipients, or the end of the text
    title: str


def find_issued_attachment(text: str, body_start: int, closing_start: int) -> Attachment | None:
    """The attached text the letter issues, printed after the letter's own closing."""
    # a web copy may lack the signature block: then the title may come right after the
    # decision's articles, and only what precedes it is the decision's body
    search_from = closing_start if closing_start < len(text) else body_start
    for m in _TITLE.finditer(text, search_from):
        body = fold(text[body_start:min(closing_start, m.start())])
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end < 0 else line_end
        # the title block: this line and the few after it
        block = fold(text[m.start():min(len(text), line_end + 600)])
        if _PROCEDURES.match(fold(text[m.start("title"):line_end])):
            continue      # the procedures a decision publishes: a reference, with no orders
        issued = _ISSUED_BY.search(block)
        if issued is not None and issued["by"] in ("cong van", "thong bao") and not _ISSUES.search(body):
            # "PHỤ LỤC ... (Kèm theo Công văn số ...)": the letter's own annex, beside its
            # body, not a text the letter issues in place of one
            continue
        if not (issued or _ISSUES.search(body)) or _forwarded(text, m.start(), body):
            continue
        after = m.end("title")
        sig = leftmost(_SIGNATURE, text, after + 200)
        return Attachment(m.start("title"), sig.start() if sig else len(text),
                          " ".join(m["title"].split()))
    return None


def _forwarded(text: str, title_start: int, body: str) -> bool:
    """The letter says it only sends the text along ("... được gửi kèm theo")."""
    before = fold(text[max(0, title_start - 1500):title_start])
    return _FORWARDED.search(before) is not None and _ISSUES.search(body) is None \
        and _ISSUED_BY.search(fold(text[title_start:title_start + 600])) is None
