"""Agencies named in a letter: rules that recognise unseen bodies of any province
or ministry ("Sở X", "Bộ X", "UBND huyện Y", "Công an tỉnh", "Các sở, ban, ngành"),
built from the vocabulary in data/agencies.yaml.

`find_agencies` is pure: it reports every mention with its offsets; which of
them lead or support a task is decided in roles.py.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache

import regex

from extractors.agency_gates import after_space, follows, gates, loose_authorities
from extractors.person_names import trailing_person
from extractors.patterns import OPT_WS, WS, alternation, collapse, fold, loose, trie_alternation, words
from extractors.spacing import short_run, short_runs
from extractors.subject_names import bare_heads, bare_units, name_tail, opens_clause, steering_remit
from extractors.vocabulary import action_vocabulary, agency_vocabulary, load_yaml, provinces

CAP = r"\p{Lu}[\p{L}&]*"


@dataclass(frozen=True)
class AgencyMention:
    start: int
    end: int
    name: str          # as printed, on one line ("Sở Khoa học và Công nghệ")
    kind: str          # named | local | standalone | collective | person
    title: str | None = None   # a head's title printed before it and left out of the name


def _first_letter_ci(phrase: str) -> str:
    """A phrase whose first letter may be upper or lower case ("Sở"/"sở")."""
    first, rest = phrase[0], phrase[1:]
    body = alternation([rest]) if rest.strip() else ""
    return f"(?:[{first.upper()}{first.lower()}]{body[3:-1] if body else ''})"


# the heads a list may share after a colon ("các Bộ: Tài chính, Nội vụ", "Các Cục: A, B")
LIST_HEADS = ("Bộ", "Sở", "Cục", "Vụ", "Tổng cục", "Tập đoàn", "Tổng công ty", "Ban")
# the levels below the province a commune list's head names ("UBND các xã: A, B")
SUB_LEVELS = ("thị xã", "thị trấn", "đặc khu", "xã", "phường", "huyện", "quận")
_SUB_LEVEL = "(?:" + "|".join(words(w) for w in SUB_LEVELS) + ")"


class _Compiled(dict):
    """Patterns compiled when first asked for: from their sources, else as `others` has them."""

    def __init__(self, sources: dict[str, str], others: dict[str, regex.Pattern] | None = None):
        super().__init__()
        self.sources, self.others = sources, others

    def __missing__(self, kind: str) -> regex.Pattern:
        if kind in self.sources:
            pattern = regex.compile(self.sources[kind])
        elif self.others is not None:
            pattern = self.others[kind]
        else:
            raise KeyError(kind)
        self[kind] = pattern
        return pattern


@cache
def _patterns() -> dict[str, regex.Pattern]:
    """The patterns as written, for any text."""
    return _Compiled(_pattern_sources())


# The kinds tried most, matched on a paragraph with each run of whitespace written out
# (extractors/spacing.py): setting up their thousand repeats at each call cost more than
# many of their matches.
_SHORT_RUN_KINDS = ("named", "collective")


@cache
def _short_run_patterns() -> dict[str, regex.Pattern]:
    sources = _pattern_sources()
    return _Compiled({k: short_run(sources[k]) for k in _SHORT_RUN_KINDS}, _patterns())


def compile_patterns() -> None:
    """Compiles every agency pattern in both forms now (a batch worker starts warm: a
    file's time budget does not pay for them)."""
    for kind in _pattern_sources():
        _patterns()[kind]
    for kind in _SHORT_RUN_KINDS:
        _short_run_patterns()[kind]


def _patterns_for(text: str) -> dict[str, regex.Pattern]:
    return _short_run_patterns() if short_runs(text) else _patterns()


@cache
def _pattern_sources() -> dict[str, str]:
    v = agency_vocabulary()
    # A capitalised verb starts no name part: it opens the body under a heading line
    # ("2. Sở Tài chính" / "Chủ trì, ...", "3. UBND các xã, phường" / "Căn cứ ...").
    a = action_vocabulary()
    # ("Quyết định", a document's name as often as a verb, is no order verb but never a
    # name's part either: "Trung tâm X | Quyết định ban hành ...", a table's next cell)
    verb_list = sorted({p[0].upper() + p[1:] for p in (*a.verbs, *a.adverbs, "Là", "Quyết định")},
                       key=len, reverse=True)
    # (a trie, not a named list (\L<verbs>): the regex module looks a named list up once
    # for each length of its strings, making a string each time, where a trie fails at
    # the first letter no verb goes on with; only looked ahead for, where the order of
    # the alternatives does not matter)
    verbs = "(?:" + trie_alternation(regex.escape(v) for v in verb_list) + ")"
    # OCR misreads the tones of a few short function words ("dé nghị" for "đề nghị").
    ocr_prone = ("đề", "để", "của", "các", "có")
    # (but not where the loose form is a common word of names: "mọi" / "môi trường", "thì" /
    # "thị trường", "được" / "dược")
    # ("căn", "cần" loose are "cán": "Vụ Tổ chức cán bộ"; "ban", "tăng", "làm" loose are
    # "Cục Xuất bản", "Hạ tầng", "Triển lãm"; "vẫn", "chỉ" loose are "Cục Di sản văn hóa",
    # "Cục Báo chí"; "khi" loose is "khí": "Cục Biến đổi khí hậu")
    exact = ("mọi", "thì", "được", "căn", "cần", "ban", "tăng", "làm", "vẫn", "chỉ", "khi")
    stops = [loose(w) if w in ocr_prone or (len(w) >= 3 and w not in exact) else regex.escape(w)
             for w in v.name_stops if w not in ("số", "kiểm")]
    # "một số", "văn bản số 12" end a name; "Trung tâm Chuyển đổi số Thành phố" goes on
    stops.append(rf"số(?!{WS}\p{{Lu}})")
    # "Cục Thuế truyền dữ liệu", "Cục X cử cán bộ"; but "Trung tâm Truyền thông", "Hội
    # đồng bầu cử"
    stops.append(rf"truyền(?!{WS}(?:thông|hình))")
    stops.append(rf"(?<![Bb]ầu{WS})cử")
    stops += [words(w) for w in v.name_stops_exact]
    # a verb of an order ends a name ("Văn phòng Chính phủ giao nhiệm vụ", "Cục Thuế tổng hợp")
    stops += [words(w) for w in {*a.verbs, *a.assign} if w.islower()]
    # (only looked ahead for, where the order of the words does not matter: as a trie)
    # "Sở Y tế kiểm tra" (OCR's "kiêm tra" too); but "Cục Đăng kiểm Việt Nam", "Trung tâm Đăng
    # kiểm xe cơ giới": vehicle inspection, a remit (apart from the trie, which would merge
    # its lookbehind with another's)
    stops = ("(?:" + trie_alternation(sorted(set(stops), key=len, reverse=True))
             + rf"|(?<![Đđ]ăng{WS}){loose('kiểm')})")
    region = rf"[Kk]hu{WS}vực"      # "Kho bạc Nhà nước khu vực IV", "Ngân hàng Nhà nước Khu vực 6"
    # an acronym takes no lower-case words: "Cục CNTT họp bàn" is Cục CNTT
    acronym = r"\p{Lu}{2,}[\p{Lu}&\d]*(?![\p{L}&])"
    lower_words = rf"(?:{WS}(?!{stops}(?!\p{{L}})|{region})\p{{Ll}}+){{0,3}}"
    # "Chỉ đạo" is a verb, but not in "Văn phòng Ban Chỉ đạo quốc gia"; a known remit pair
    # printed with a dash for its "và" is one part, its verb-like half too ("Giáo dục - Đào
    # tạo", "Kế hoạch - Đầu tư")
    dashed = "|".join(f"{words(a)}{OPT_WS}[-–]{OPT_WS}{words(b)}" for a, b in _dashed_remits())
    chunk = (rf"(?>{acronym}|Ban{WS}Chỉ{WS}đạo{lower_words}(?:{WS}\d+(?![\p{{L}}\d/]))?"
             rf"|(?:{dashed})(?!\p{{L}})|{CAP}{lower_words})")
    # "Lao động - Thương binh và Xã hội", "Thanh tra - Kiểm tra Thuế", "Phụ nữ Thành phố";
    # a chunk that starts another agency ("... và Sở Xây dựng") ends the name.
    # ("Thuế" heads "Thuế tỉnh Phú Thọ" but ends "Cục Thanh tra - Kiểm tra Thuế"; a remit named
    # after its 2025 office goes on too: "Ban Chỉ đạo Thi hành án dân sự tỉnh")
    inner_heads = {"Thuế", "Thi hành án dân sự", "THADS", "Thống kê"}
    all_heads = {*v.named_heads, *(h for h in v.local_heads if h not in inner_heads), *v.standalone}
    head_list = sorted((h for h in all_heads if " " not in h), key=len, reverse=True)
    # one-word heads as a trie (as the verbs), the others tolerant of line breaks ("Tổng⏎cục")
    heads = trie_alternation(regex.escape(h) for h in head_list)
    # ("Chính phủ" after a name is its owner: "Ủy ban Chuyên trách Chính phủ Campuchia")
    more = rf"(?!(?:{heads}|{alternation(h for h in all_heads if ' ' in h and h != 'Chính phủ')})(?!\p{{L}}))"
    no_verb = rf"(?!{verbs}(?!\p{{L}}))"
    # after a plain space; after "và" always ("Giáo dục và Đào tạo"), after a dash when a
    # name word follows ("Thanh tra - Kiểm tra Thuế", not the bullet "Vụ KK - Tiếp tục bám")
    dash_verb = rf"(?:{no_verb}|(?={verbs}{WS}\p{{Lu}}))"
    # a document named after "và" is no part of a name ("Ban Bí thư và Văn bản số 12")
    document = rf"(?:Văn{WS}bản|Công{WS}văn|Quyết{WS}định|Kế{WS}hoạch|Thông{WS}báo|Chỉ{WS}thị|Nghị{WS}quyết|Thông{WS}tư|Nghị{WS}định|Tờ{WS}trình)(?!\p{{L}})"
    name = rf"{chunk}(?:(?:{OPT_WS}[-–—]{OPT_WS}{dash_verb}|{WS}v[àa]{WS}(?!{document})|{WS}{no_verb}){more}(?!{region}){chunk})*"
    name += rf"(?:{WS}{region}{WS}(?:\d+|[IVXLC]+)(?![\p{{L}}\d]))?"
    # a Party committee's own board: "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Đảng ủy"
    name += rf"(?:{WS}(?:Tỉnh|Thành|Huyện|Đảng){WS}(?:ủy|uỷ)(?!\p{{L}}))?"
    province = alternation(provinces())
    # (a level is no first half of a word: "Ban Chỉ đạo xã hội hóa ..." is no commune's board)
    level = rf"(?!xã{WS}hội){alternation(v.levels)}"
    # "các xã, phường và đặc khu"
    levels = rf"{level}(?:{OPT_WS}[,\-]{OPT_WS}{level}|{WS}(?:và{WS})?{level})*"
    # (a ward named with its former town since 2025, "phường Xuân Hương - Đà Lạt", goes on past
    # its dash; a title or a body's role after the dash is no part of it)
    not_a_place = (rf"(?!(?:Chủ{WS}tịch|Phó|Trưởng|Giám{WS}đốc|Bí{WS}thư|Cơ{WS}quan|Thường{WS}trực|Đầu{WS}mối"
                   rf"|Quý|Năm|Tháng|Ngày|Tuần|Đợt|Trong|Từ|Đến|Trước|Thời{WS}gian|Kinh{WS}phí|Sản{WS}phẩm)(?!\p{{L}}))")
    place_name = rf"{no_verb}{more}{CAP}(?:{WS}{CAP}){{0,2}}"
    place = (rf"(?:(?<=tỉnh|phố|Phố){WS}{province}"
             rf"|(?<=xã|phường|huyện|quận|trấn|đặc{WS}khu){WS}{place_name}"
             rf"(?:{OPT_WS}[-–]{OPT_WS}{not_a_place}{place_name})?)")
    # ("UBND 11 phường": the district's wards by their count)
    locality = (rf"(?:(?:các|\d{{1,3}}){WS})?{levels}(?:{WS}trực{WS}thuộc{WS}[Tt]rung{WS}ương)?(?:{place})?"
                rf"|{WS[:-1]}?ở{WS}địa{WS}phương"
                # "UBND các địa phương", "Công an địa phương"; not the "chính quyền địa phương (2
                # cấp)" of the 2025 reform, a level of government
                rf"|(?<!chính{WS}quyền{WS})(?:các{WS})?địa{WS}phương"
                rf"|{province}")       # "Báo và Phát thanh, Truyền hình Phú Thọ"
    local_head = alternation(v.local_heads)
    # (a qualifier naming a bare body, "thuộc Bộ", is no qualifier where the body's name
    # follows: "các đơn vị thuộc Bộ Tài chính" is read whole by _with_owner)
    # (... nor one naming a bare level, "thuộc tỉnh", before the place: "thuộc tỉnh Lâm Đồng")
    # ("thuộc Tỉnh ủy", "thuộc Tỉnh đoàn", "thuộc huyện ủy": a Party or youth body's name goes on)
    bare_body = [q for q in v.qualifiers if q.split()[-1] in ("Bộ", "Cục", "cục", "tỉnh", "Tỉnh", "phố", "huyện")]
    # (the longer forms first: "ngang Bộ, cơ quan thuộc Chính phủ" before "ngang Bộ")
    qualifier = (rf"(?:{alternation(q for q in v.qualifiers if q not in bare_body)}"
                 rf"|{alternation(bare_body)}(?!{WS}(?:\p{{Lu}}|(?:ủy|uỷ|đoàn)(?!\p{{L}}))))")
    # "UBND các xã, phường có liên quan"
    local = rf"(?:Thường{WS}trực{WS})?{local_head}(?:{WS}(?:{locality}))+(?:{WS}{qualifier})?"
    # Heads are capitalised ("Sở Y tế"); lower case only where the common noun names
    # an agency itself ("cơ quan BHXH"), not inside other words ("cơ sở KCB").
    named_head = alternation([*v.named_heads, "cơ quan"])
    # a board named by what it manages, in lower case, then a capitalised name: "Ban quản lý
    # Khu Kinh tế Vân Phong" (a lower-case remit is read on by extractors/subject_names.py)
    managing_board = rf"Ban{WS}quản{WS}lý{WS}(?=\p{{Lu}}){name}"
    # ... or by the zones it manages: "Ban Quản lý các khu công nghệ cao và khu công nghiệp"
    zone = rf"[Kk]hu(?:{WS}(?!(?:{stops}|và)(?!\p{{L}}))\p{{L}}+){{1,4}}"
    # ("... các khu chế xuất và công nghiệp Đồng Nai": a kind after "và", then the place)
    managing_board += (rf"|Ban{WS}[Qq]uản{WS}lý{WS}các{WS}{zone}(?:{OPT_WS},?{WS}(?:và{WS})?(?:các{WS})?{zone})*"
                       rf"(?:{WS}và{WS}(?:các{WS})?(?:công{WS}nghiệp|chế{WS}xuất|kinh{WS}tế|công{WS}nghệ{WS}cao))?"
                       rf"(?:{WS}(?:{province}|tỉnh|thành{WS}phố))?")
    # (the boards first: "Ban Quản lý" alone is a name the plain rule reads too)
    # a 2025 local office by its number: "Thuế cơ sở 1 tỉnh Lào Cai", "Bảo hiểm xã hội cơ sở 3"
    numbered_office = rf"(?:Thuế|Bảo{WS}hiểm{WS}xã{WS}hội|BHXH){WS}cơ{WS}sở{WS}\d{{1,2}}(?![\p{{L}}\d])"
    named = (rf"(?:các{WS})?(?:{managing_board}|{numbered_office}|{named_head}{WS}(?:{local}|{name}))"
             rf"(?:{WS}(?:{locality}|(?:các{WS})?{levels}))?")
    nouns = sorted(v.collective_nouns, key=len, reverse=True)
    coll_nouns = "|".join(words(n) if n[0].isupper() else _first_letter_ci(n) for n in nouns)
    coll_noun = f"(?:{coll_nouns})"
    # (the first one no noun that begins a thing's name: "các ngành nghề", "các bộ hồ sơ")
    things = {n: rf"(?!{WS}{alternation(t)}(?!\p{{L}}))" for n, t in v.collective_things.items()}
    first_noun = "(?:" + "|".join((words(n) if n[0].isupper() else _first_letter_ci(n)) + things.get(n, "")
                                  for n in nouns) + ")"
    # "các Sở ngành" without a comma, but "các đơn vị tổ chức hội nghị" is a verb
    # ("các hội, tổ chức hội thảo": after a comma too, "tổ chức" before what is organised
    # is the verb)
    organised = (rf"tổ{WS}chức{WS}(?:hội{WS}(?:nghị|thảo|thi|diễn)|lễ|tập{WS}huấn|kiểm{WS}tra|thực{WS}hiện"
                 rf"|triển{WS}khai|tuyên{WS}truyền|lớp|cuộc|giám{WS}sát|hoạt{WS}động|sơ{WS}kết|tổng{WS}kết"
                 rf"|đối{WS}thoại|phổ{WS}biến|quán{WS}triệt|vận{WS}động)(?!\p{{L}})")
    # (after a comma, the kinds that are bodies only in such a list too)
    listed = "(?:" + "|".join([*(_first_letter_ci(n) for n in v.listed_only_nouns), coll_nouns]) + ")"
    more_nouns = (rf"(?:{OPT_WS}[,\-]{OPT_WS}(?!{organised}){listed}"
                  rf"|{WS}(?!tổ{WS}chức|phòng{WS}(?:chống|ngừa|cháy|thủ)){coll_noun})*")
    coll_list = rf"{coll_noun}{more_nouns}"
    first_list = rf"{first_noun}{more_nouns}"
    # "các tổ chức chính trị - xã hội tỉnh", "các sở, ngành cấp tỉnh"
    # ("các sở, ban, ngành, đoàn thể Thành phố": the city's, capitalised as it names itself;
    # not "Thành phố Hải Phòng", "Tỉnh Ủy", a name of its own: a verb or "và" may follow)
    coll_level = (rf"(?:{WS}(?:tỉnh|thành{WS}phố|(?:Tỉnh|Thành{WS}phố)(?!{WS}(?!{stops}(?!\p{{L}}))\p{{L}})|cấp{WS}tỉnh|cấp{WS}huyện|cấp{WS}xã"
                  rf"|các{WS}cấp|cơ{WS}sở)(?!\p{{L}}))?")
    # "quý Sở", "Quý cơ quan, đơn vị": the addressee, named politely (pipeline/addressees.py)
    polite = rf"[Qq]uý{WS}(?:{coll_list}|Ủy{WS}ban|Uỷ{WS}ban|UBND|Tổng{WS}cục|Hội|Công{WS}ty|Trung{WS}tâm|Viện|Trường)(?!{WS}\p{{Lu}})"
    # "các ngành, lĩnh vực" are sectors, not bodies
    sectors = rf"(?!{OPT_WS}(?:,|và){OPT_WS}lĩnh{WS}vực)"
    # "các bộ, cơ quan trung ương và địa phương": a last kind after "và"
    # (in lower case: "và Cục Thuế" is a name of its own)
    and_kind = (rf"(?:{WS}và{WS}(?!{organised})(?=\p{{Ll}}){coll_list}(?:{WS}{qualifier})?"
                rf"(?![\p{{L}}\d]|{WS}(?:tổ{WS}chức|\p{{Lu}})))?")
    # the smallest local units addressed as bodies: "các xã, phường, đặc khu rà soát", "các thôn
    # ấp, tổ dân phố tổ chức phổ biến" (not after a body's head: "UBND các xã, phường" is
    # read whole by `local`; not "xã hội")
    unit = rf"(?!xã{WS}hội){alternation(v.local_units)}(?!\p{{L}})"
    # (nor where they are a place or get something: "tại các xã", "cho các xã"; but "giao cho
    # các xã" gives them an order)
    units = (rf"(?<!(?:{alternation(v.local_heads)}|tại|về|ở|đến|trên|của|từ|tới|(?<![Gg]iao{WS})cho){WS})"
             rf"[Cc]ác{WS}{unit}"
             rf"(?:{OPT_WS}[,\-]{OPT_WS}{unit}|{WS}và{WS}{unit})*(?:{WS}{qualifier})?")
    collective = (rf"{units}|{polite}|[Cc]ác{WS}{first_list}{coll_level}(?:{WS}{qualifier})?{and_kind}{sectors}"
                  rf"|{coll_noun}{OPT_WS}[,\-]{OPT_WS}{coll_list}{coll_level}(?:{WS}{qualifier})?{and_kind}{sectors}")
    steering = (rf"Ban{WS}Chỉ{WS}đạo(?:{WS}(?:Trung{WS}ương|tỉnh|thành{WS}phố|cấp{WS}tỉnh))?(?:{WS}về)?"
                rf"{WS}{alternation(v.steering_topics)}(?:{WS}(?:{levels}))?")
    # a steering committee by its level: "Ban Chỉ đạo các quân khu", "Ban Chỉ đạo cấp tỉnh"
    # ... or by its number: "Ban Chỉ đạo 389 tỉnh", "Ban Chỉ đạo 138 Trung ương"
    steering_level = (rf"Ban{WS}Chỉ{WS}đạo{WS}(?:(?:(?:các|cấp){WS})?(?:quân{WS}khu|quốc{WS}gia|{levels})"
                      rf"(?:{WS}\d+)?|\d+(?![\p{{L}}\d/])(?:{WS}(?:{levels}|quốc{WS}gia|Quốc{WS}gia))?)"
                      # ... typed in lower case by its level alone: "Ban chỉ đạo tỉnh" (not
                      # "Ban chỉ đạo các xã": the board directs them)
                      rf"|Ban{WS}chỉ{WS}đạo{WS}(?:cấp{WS})?(?:{levels})")
    # the authorities named in lower case, with any tones: OCR prints "cấp có thâm quyền"
    standalone = rf"(?:{steering}|{steering_level}|{alternation(v.standalone)}|{loose_authorities()})"
    # "Phó Thủ tướng Trần Hồng Hà", "Thủ tướng Chính phủ Nguyễn Xuân Phúc"
    person = (rf"(?:Phó{WS})?Thủ{WS}tướng(?:{WS}Chính{WS}phủ)?{WS}(?!Chính{WS}phủ|Việt{WS}Nam|{verbs}(?!\p{{L}}))"
              rf"{CAP}{WS}{CAP}(?:{WS}{CAP}){{0,2}}")
    title = "(?:" + "|".join(_first_letter_ci(t.title) for t in
                             sorted(v.titles, key=lambda t: len(t.title), reverse=True)) + ")"
    # after a title, one collective noun with its qualifier names the bodies too ("Thủ
    # trưởng cơ quan ngang Bộ", "Thủ trưởng đơn vị có liên quan")
    # ... and a head alone stands for every body of its kind ("Giám đốc Sở, Thủ trưởng ...")
    body = (rf"(?:{local}|{named}|{collective}|{coll_noun}{WS}{qualifier}{sectors}"
            rf"|(?:Sở|Bộ|Ban|Cục|Vụ|Phòng)(?={OPT_WS}(?:[,;:]|và(?!\p{{L}})|$)))")
    province_item = rf"(?:(?:tỉnh|thành{WS}phố|TP\.?){WS})?{province}(?![\p{{L}}\d])"
    # a commune, ward or district by its name (or a ward by its number), with its own level or not
    # (an item's own level in either case, "Phường 1", "Xã Hòa Bình"; no words that open a
    # sentence, "Trong tháng 6/2026 ..."; no count, "12 xã đạt chuẩn")
    own_level = "(?:" + "|".join(_first_letter_ci(w) for w in SUB_LEVELS) + ")"
    count_of = rf"{WS}(?:{_SUB_LEVEL}|hộ|người|đơn{WS}vị|cơ{WS}sở|trường)(?!\p{{L}})"

    def commune_item(named: bool) -> str:
        level, place = ("?P<level>", "?P<place>") if named else ("?:", "?:")
        return (rf"(?:({level}{own_level}){WS})?({place}{not_a_place}{place_name}"
                rf"|\d{{1,2}}(?![\p{{L}}\d])(?!{count_of}))")
    bound = r"(?<![\p{L}\d])"
    end = r"(?![\p{L}\d])"
    return {
        "titled": rf"{bound}(?P<title>{title}){WS}(?P<body>{body}){end}",
        "local": rf"{bound}{local}{end}",
        "person": rf"{bound}{person}{end}",
        "standalone": rf"{bound}{standalone}{end}",
        "named": rf"{bound}{named}{end}",
        "collective": rf"{bound}(?:{collective}){end}",
        # "Các Bộ: Tài chính, Công an" shares the head noun (ANNOTATION.md).
        # (the head, up to its first item: _shared_lists reads the items one by one)
        "shared": (
            rf"{bound}[Cc]ác{WS}(?P<head>{alternation([*LIST_HEADS, *(h.lower() for h in LIST_HEADS)])})"
            rf"(?:{OPT_WS},{OPT_WS}cơ{WS}quan)?{OPT_WS}:{OPT_WS}"
            rf"(?P<items>)(?=\p{{Lu}})"),
        "item_name": name,
        "province_item": rf"(?:(?P<level>tỉnh|thành{WS}phố|TP\.?){WS})?(?P<place>{province})(?![\p{{L}}\d])",
        # "Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình và Phú Thọ", "UBND các tỉnh,
        # thành phố Hải Phòng, Bắc Ninh": one body of each province, of its own level
        "shared_local": (
            rf"{bound}(?P<head>{local_head}){WS}các{WS}(?:tỉnh|thành{WS}phố)(?:{OPT_WS},{OPT_WS}thành{WS}phố)?"
            rf"(?:{WS}trực{WS}thuộc{WS}[Tt]rung{WS}ương)?{OPT_WS}:?{OPT_WS}"
            rf"(?P<items>{province_item}(?:{OPT_WS}(?:,|và){OPT_WS}{province_item})*)"),
        # "Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng", "UBND các phường: 1, 3 và phường Tân Định":
        # one body of each, of the level the head names (or the item's own); the colon is asked
        # for, since "UBND các xã Gia Phú" may be one place's name after a plural
        "commune_item": commune_item(named=True),
        "shared_commune": (
            rf"{bound}(?P<head>{local_head}){WS}các{WS}(?P<level>{_SUB_LEVEL}){OPT_WS}:{OPT_WS}"
            rf"(?P<items>{commune_item(False)}(?:{OPT_WS}(?:,|và){OPT_WS}{commune_item(False)})*)"),
    }


@cache
def _dashed_remits() -> list[tuple[str, str]]:
    """The remit pairs known names join with "và" ("Giáo dục và Đào tạo"), whose second
    half a dash would otherwise end a name at: it opens with a verb ("Đào tạo", "Đầu tư")."""
    from extractors.vocabulary import action_vocabulary

    verbs = {v.casefold() for v in action_vocabulary().verbs}
    pairs = set()
    for n in _known_names():
        for m in regex.finditer(r"(?<![\p{L}])(\p{Lu}\p{Ll}+(?: \p{Ll}+)?) và (\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2})", n):
            a, b = m.group(1), m.group(2).removesuffix(" tỉnh")
            if any(b.casefold() == v or b.casefold().startswith(v + " ") for v in verbs):
                pairs.add((a, b))
    return sorted(pairs, key=lambda p: (-len(p[0]) - len(p[1]), p))


@cache
def _known_names() -> tuple[str, ...]:
    """Full names of the bodies of the national gazetteer and their provincial
    departments: "Bộ Nông nghiệp và Phát triển nông thôn", "Ủy ban Quản lý vốn nhà nước tại
    doanh nghiệp" have lower-case words the generic name rule would stop at."""
    from extractors import national

    central = load_yaml("bodies.yaml")["central"]
    names = {n for n in central if " " in n}
    names |= {"Sở " + n[3:] for n in central if n.startswith("Bộ ")}
    for e in national.entries():
        if e.kind in ("province", "group"):
            continue
        names |= {f for f in (e.name, *e.aliases) if " " in f and f[0].isupper()}
    return tuple(sorted(names))


@cache
def _strip_titles() -> frozenset[str]:
    return frozenset(_title_key(t.title) for t in agency_vocabulary().titles if t.strip)


@cache
def stripped_titles() -> tuple[str, ...]:
    """The titles that are no part of a name ("Bộ trưởng", "Chủ tịch"), longest first."""
    return tuple(sorted((t.title for t in agency_vocabulary().titles if t.strip), key=len, reverse=True))


@cache
def _title_prefix() -> regex.Pattern:
    titles = stripped_titles()
    return regex.compile(r"(?:(?:[Cc]ác[ \t\n]+)?(?:Đồng chí|đồng chí|Đ/c|đ/c|Ông|Bà)[ \t\n]+)?(?:"
                         + "|".join(_first_letter_ci(t) for t in titles)
                         # (a secretary's committee in lower case: "Bí thư tỉnh ủy, thành ủy")
                         # (... or an institution's kind in lower case: "Hiệu trưởng trường Trung học phổ
                         # thông", "Giám đốc trung tâm giáo dục thường xuyên")
                         + r")[ \t\n]+(?=\p{Lu}|các[ \t\n]|cơ[ \t\n]+quan|(?:tỉnh|thành)[ \t\n]+(?:ủy|uỷ)"
                         r"|(?:trường|trung[ \t\n]+tâm|bệnh[ \t\n]+viện|viện|đơn[ \t\n]+vị)[ \t\n])")


@cache
def _bare_titles() -> regex.Pattern:
    """A title with no body after it, then its comma: "Chủ tịch Hội đồng thành viên, "."""
    titles = stripped_titles()
    return regex.compile("(?:" + "|".join(_first_letter_ci(t) for t in titles) + r")[ \t\n]*,[ \t\n]*")


def title_end(name: str) -> int:
    """Where the agency starts in a name written with its head's title ("Đồng chí Cục
    trưởng Cục Thuế các tỉnh" -> at "Cục Thuế"); 0 when no title opens it."""
    m = _title_prefix().match(name)
    return m.end() if m else 0


def _title_key(title: str) -> str:
    return " ".join(title.split()).lower()


# the words between the items of a shared-head list
_ITEM_GAP = regex.compile(r"(?:[ \t\n]|,|(?<![\p{L}])và(?![\p{L}]))*")
_SEMICOLON_GAP = regex.compile(r"(?:[ \t\n]|;|(?<![\p{L}])và(?![\p{L}]))*")
# a list of three items or more that semicolons part, before any period or colon
_SEMICOLON_LIST = regex.compile(r"[^.:;]{1,120};[^.:;]{1,120};")
# a lower-case word, not "và", going on after a name
_GOES_ON = regex.compile(r"[ \t\n]+(?!và(?!\p{L}))\p{Ll}")


_ITEM_JOINER = regex.compile(r"[ \t\n]*(?:[,;]|và(?!\p{L}))")


def _generic_item_end(text: str, pos: int, end: int, head: str) -> int | None:
    """Where a list's item at `pos` ends by the generic rule for names; None if no name
    starts there."""
    g = _patterns()["item_name"].match(text, pos, end)
    return None if g is None else _item_end(text, pos, _past_dashes(text, g.end(), end), head)


def _read_on_to_next_item(text: str, pos: int, end: int, head: str, known_end: int) -> bool:
    """Does the generic reading of an item run on, past the known name that ends at
    `known_end`, to the list's next joiner ("Di sản văn hóa, ...")? Not where the list's
    last name is followed by what it is to do, nor where the known name holds the joiner
    itself ("Văn hóa, Thể thao và Du lịch chỉ đạo ...")."""
    e = _generic_item_end(text, pos, end, head)
    return e is not None and e >= known_end and _ITEM_JOINER.match(text, e, end) is not None


def _semicolon_list(text: str, pos: int, end: int, head: str) -> bool:
    """Is the list at `pos` one of three items or more that semicolons part, its first
    item names only (what a commas' list does after its last item is no item:
    "các Sở: Tài chính, Xây dựng phối hợp rà soát; báo cáo ...; ...") and not a run of
    names known under the head ("các Bộ: Tài chính, Y tế; ..." are two)?"""
    if _SEMICOLON_LIST.match(text, pos, end) is None:
        return False
    first_end = text.find(";", pos, end)
    item_end = _semicolon_item(text, pos, end)
    if item_end is None or text[item_end:first_end].strip():
        return False
    parts = [_clean(part) for part in text[pos:item_end].split(",")]
    return len(parts) < 2 or not all(_known_under(head, part) for part in parts)


def _semicolon_item(text: str, pos: int, end: int) -> int | None:
    """Where an item of a list of semicolons ends (its next semicolon or period), if every
    comma's part of it is a name ("Xuất bản, In và Phát hành"); else None."""
    stop = _ITEM_STOP.search(text, pos, end)
    stop_at = stop.start() if stop else end
    item = _patterns()["item_name"]
    parts = text[pos:stop_at].split(",")
    at = pos
    for i, part in enumerate(parts):
        first = at + len(part) - len(part.lstrip())
        last = at + len(part.rstrip())
        m = item.match(text, first, last) if first < last else None
        if m is None or (m.end() != last and i < len(parts) - 1):
            return None
        if m.end() != last:
            return m.end()    # the last item, then what the list is to do
        at += len(part) + 1
    return pos + len(text[pos:stop_at].rstrip())


_ITEM_STOP = regex.compile(r"[;.]")


@cache
def _names_under(head: str) -> regex.Pattern:
    """The known names a shared head ("Bộ", "Sở") takes, folded, as they may follow it in
    a list: "Văn hóa, Thể thao và Du lịch" holds the list's own commas and "và"."""
    tails = {fold(n[len(head) + 1:]) for n in _known_names() if n.startswith(head + " ")}
    return regex.compile(alternation(sorted(tails, key=len, reverse=True)) + r"(?![\p{L}\d])")


def _known_under(head: str, name: str) -> bool:
    return _names_under(head).fullmatch(fold(name)) is not None


@cache
def province_levels() -> dict[str, str]:
    """Each province's level ("tỉnh", "thành phố"), by its name."""
    from extractors import national
    return {e.name: e.type or "tỉnh" for e in national.entries("province")}


def _shared_lists(text: str, start: int, end: int, lowered: str,
                  found: list[AgencyMention], heads: list[tuple[int, int]]) -> None:
    """Lists that share their head noun: "các Bộ: Tài chính, Nội vụ và Y tế" names
    Bộ Tài chính, Bộ Nội vụ, Bộ Y tế; "UBND các tỉnh: Hưng Yên, Ninh Bình" the UBND of
    each province. The head ("các Bộ:") names no agency itself."""
    pats = _patterns()
    if ":" in lowered and any(f"các {h.lower()}" in lowered for h in LIST_HEADS):
        for m in pats["shared"].finditer(text, start, end):
            heads.append((m.start(), m.start("items")))
            head = " ".join(m["head"].split()).capitalize()
            known, folded = _names_under(head), fold(text)
            pos = m.start("items")
            semicolons = _semicolon_list(text, pos, end, head)
            while pos < end:
                # a known name, its case and tones as printed or not ("Công thương", "Du
                # lich"), else a name by the generic rule (also where the known name goes
                # on in lower case: "Di sản văn hóa" past a known "Di sản")
                k = known.match(folded, pos, end) if text[pos:pos + 1].isupper() else None
                if k and _GOES_ON.match(text, k.end(), end) and _read_on_to_next_item(text, pos, end, head, k.end()):
                    k = None
                if semicolons and (e := _semicolon_item(text, pos, end)) is not None:
                    k = None      # "các Cục: Xuất bản, In và Phát hành; Báo chí": commas inside
                elif k:
                    e = k.end()
                elif (e := _generic_item_end(text, pos, end, head)) is None:
                    break
                nm = _clean(text[pos:e])
                if nm:
                    # a body listed under another's head keeps its own ("các Bộ: Tài chính
                    # và Ngân hàng Nhà nước Việt Nam")
                    # (a name known without a head, "Đường sắt Việt Nam", is the listed unit's)
                    own = not k and _opens_with_head(nm) \
                        and f"{head} {nm}" not in _known_set()
                    found.append(AgencyMention(pos, e, nm if own else f"{head} {nm}", "named"))
                pos = _next_item(text, e, end, semicolons)
                if pos is None:
                    break
    if "các bộ " in lowered or "các sở " in lowered:
        _bare_shared(text, start, end, found, heads)
    if "các t" in lowered or "các th" in lowered:
        levels = province_levels()
        for m in pats["shared_local"].finditer(text, start, end):
            heads.append((m.start(), m.start("items")))
            head = _clean(m["head"])
            for item in pats["province_item"].finditer(text, m.start("items"), m.end("items")):
                place = _clean(item["place"])
                level = collapse(item["level"]) if item["level"] else levels.get(place, "tỉnh")
                found.append(AgencyMention(item.start(), item.end(), f"{head} {level} {place}", "local"))
    if ":" in lowered and _COMMUNES_LISTED.search(lowered):
        for m in pats["shared_commune"].finditer(text, start, end):
            heads.append((m.start(), m.start("items")))
            head, level = _clean(m["head"]), collapse(m["level"])
            for item in pats["commune_item"].finditer(text, m.start("items"), m.end("items")):
                own = collapse(item["level"]).lower() if item["level"] else level
                found.append(AgencyMention(item.start(), item.end(), f"{head} {own} {_clean(item['place'])}", "local"))


# (where a commune list may be: its plural level and colon, as _shared_lists finds it lowered)
_COMMUNES_LISTED = regex.compile(rf"các{WS}{_SUB_LEVEL}{OPT_WS}:")


_BARE_HEAD = regex.compile(r"(?<![\p{L}])[Cc]ác[ \t\n]+(?P<head>Bộ|Sở)[ \t\n]+(?=\p{Lu})")


def _bare_shared(text: str, start: int, end: int,
                 found: list[AgencyMention], heads: list[tuple[int, int]]) -> None:
    """A shared head without its colon ("các Sở Tài chính, Xây dựng và Nội vụ"): read
    only where every item is a name the head is known to take, two at least, since
    "các Sở Tài chính" alone is one collective mention."""
    folded = fold(text)
    for m in _BARE_HEAD.finditer(text, start, end):
        if any(h0 <= m.start() < h1 for h0, h1 in heads):
            continue
        head, known = m["head"], _names_under(m["head"])
        items, pos = [], m.end()
        # (each item capitalised as printed: "các Sở Tài chính, xây dựng phương án" lists one)
        while text[pos:pos + 1].isupper() and (k := known.match(folded, pos, end)) is not None:
            items.append((pos, k.end()))
            pos = _next_item(text, k.end(), end)
            if pos is None:
                break
        if len(items) >= 2:
            heads.append((m.start(), m.end()))
            found.extend(AgencyMention(s, e, f"{head} {_clean(text[s:e])}", "named") for s, e in items)


_DASH_NAME = regex.compile(r"[ \t]*[-–][ \t]*\p{Lu}[\p{L} \t]*?(?=[ \t]*(?:,|;|\.|\n|$|[ \t]và[ \t]))")


def _past_dashes(text: str, at: int, end: int) -> int:
    """A listed name that goes on over a dash up to its comma: "các Cục: Kinh tế - Quản lý
    đầu tư xây dựng, Kết cấu hạ tầng" (the generic rule stops at the capitalised verb)."""
    while (m := _DASH_NAME.match(text, at, end)) is not None:
        at = m.end()
    return at


def _next_item(text: str, at: int, end: int, semicolons: bool = False) -> int | None:
    """Where a shared-head list's next item starts, past the comma or "và" at `at` (or the
    semicolon, in a list of them); None where the list ends there (no joiner, or "các"
    opening another mention)."""
    gap = (_SEMICOLON_GAP if semicolons else _ITEM_GAP).match(text, at, end).end()
    if gap == at or not text[at:gap].strip() or text[gap:gap + 3].lower() == "các":
        return None
    return gap


def _opens_with_head(name: str) -> bool:
    """Does a name open with a head noun of its own and a name after it ("Trung tâm Chuyển
    đổi số", "Kho bạc Nhà nước ...")? Not a head word in lower-case words ("Báo chí")."""
    m = _own_heads().match(name)
    return m is not None and (m.end() == len(name) or _NAMED_AFTER_HEAD.match(name, m.end()) is not None)


_NAMED_AFTER_HEAD = regex.compile(r"[ \t\n]+(?:[\p{Lu}\d]|(?:\p{Ll}+[ \t\n]+){1,3}\p{Lu})")


@cache
def _own_heads() -> regex.Pattern:
    v = agency_vocabulary()
    heads = {h for h in (*v.named_heads, *v.local_heads) if h[:1].isupper()}
    return regex.compile(alternation(sorted(heads, key=len, reverse=True)) + r"(?![\p{L}])")


def _item_end(text: str, pos: int, stop: int, head: str) -> int:
    """Where an item not known whole ends: at the next comma, or at a "và" where both
    sides are known ("Nội vụ và Y tế"), but not inside an unknown name ("Kế hoạch và Đầu.
    tư" as OCR printed it)."""
    comma = text.find(",", pos, stop)
    end = comma if comma >= 0 else stop
    # (no known name is longer than _LONGEST_TAIL: a longer run of "và" is looked at no further)
    for m in _AND.finditer(text, pos, min(end, pos + _LONGEST_TAIL)):
        if _known_under(head, _clean(text[pos:m.start()])):
            return m.start()
    return end


_AND = regex.compile(r"[ \t\n]+và(?![\p{L}])")
_LONGEST_TAIL = 120


def shared_heads(text: str) -> list[tuple[int, int]]:
    """Where the heads of shared-head lists stand in text, from their first word to their
    first item ("các Bộ: " of "các Bộ: Tài chính, Công an")."""
    heads: list[tuple[int, int]] = []
    _shared_lists(text, 0, len(text), text.lower(), [], heads)
    return heads


@cache
def _known_set() -> frozenset[str]:
    return frozenset(_known_names())


def is_known_name(name: str) -> bool:
    """Is `name`, as written (spaces aside), a body of the national gazetteer?"""
    return " ".join(name.split()) in _known_set()


def is_named_body(name: str) -> bool:
    """Is `name` a body of the national gazetteer or one the letter's addressees name?"""
    return is_known_name(name) or " ".join(_key_tokens(name)) in _LETTER_NAMES.get().keys


def _clean(name: str) -> str:
    return collapse(name).strip(" ,;:.-")


def find_agencies(text: str, start: int = 0, end: int | None = None) -> list[AgencyMention]:
    """Every agency mention in text[start:end], longest first where they overlap."""
    return list(_find_agencies(text, start, len(text) if end is None else end, _LETTER_NAMES.get()))


@cache
def _kinds_by_first_word() -> dict[str, tuple[str, ...]]:
    """Which patterns a mention may match, by its first word as printed: a capitalised
    head ("Công an") is tried where the word is capitalised, not at every "công tác";
    titles and collective nouns are matched in either case."""
    v = agency_vocabulary()
    either = {"titled", "collective"}
    starters = {
        "titled": [t.title for t in v.titles],
        "local": [*v.local_heads, "Thường trực"],
        "person": ["Phó", "Thủ tướng"],
        "standalone": [*v.standalone, "Ban"],
        "named": [*v.named_heads, "các", "cơ quan"],
        "collective": [*v.collective_nouns, "các", "quý"],
    }
    table: dict[str, list[str]] = {}
    for kind, phrases in starters.items():
        for w in phrases:
            first = w.split()[0]
            forms = {first, first[0].upper() + first[1:], first[0].lower() + first[1:]} \
                if kind in either else {first}
            for form in forms:
                table.setdefault(form, []).append(kind)
    return {w: tuple(k for k in _KINDS if k in kinds) for w, kinds in table.items()}


_KINDS = ("titled", "local", "person", "standalone", "named", "collective")


@dataclass(frozen=True)
class _Names:
    """Names by their comparison key (case and spacing ignored), and for each first word
    the most words a name starting with it has."""
    keys: frozenset[str] = frozenset()
    longest: tuple[tuple[str, int], ...] = ()

    @cached_property
    def limits(self) -> dict[str, int]:
        return dict(self.longest)

    @cached_property
    def second_starts(self) -> dict[str, frozenset[str]]:
        """For each first word, how the second word of a key may start (its first
        character, folded as keys are)."""
        out: dict[str, set[str]] = {}
        for key in self.keys:
            tokens = key.split(" ")
            if len(tokens) > 1:
                out.setdefault(tokens[0], set()).add(tokens[1][:1])
        return {k: frozenset(v) for k, v in out.items()}

    @cached_property
    def prefixes(self) -> frozenset[str]:
        """The keys' leading runs of words ("bộ", "bộ tài"): a run that starts no key
        ends the search for one."""
        out = set()
        for key in self.keys:
            tokens = key.split(" ")
            out.update(" ".join(tokens[:i]) for i in range(1, len(tokens) + 1))
        return frozenset(out)


@cache
def _known_keys() -> _Names:
    return _keyed(_known_names())


def _keyed(names) -> _Names:
    keys, longest = set(), {}
    for n in names:
        tokens = _key_tokens(n)
        if not tokens:
            continue
        keys.add(" ".join(tokens))
        longest[tokens[0]] = max(longest.get(tokens[0], 0), len(tokens))
    return _Names(frozenset(keys), tuple(sorted(longest.items())))


_CAPITAL_BEFORE = regex.compile(r"\p{Lu}\p{L}*[ \t]+$")
_WORD_BEFORE = regex.compile(r"(?r)(?<!\p{L})(\p{L}+)[ \t\n]+")


def _ends_word_before(text: str, start: int, pos: int, word: str) -> bool:
    """Does `word` at `pos` end a two-syllable word that the word before it opens
    ("cán bộ", "cơ sở", "toàn bộ")?"""
    before = _WORD_BEFORE.match(text, max(start, pos - 20), pos)
    return before is not None and f"{before[1].lower()} {word.lower()}" in _two_syllable_words()


@cache
def _two_syllable_words() -> frozenset[str]:
    from pipeline.view import two_syllable_words   # (the pipeline imports this module)
    return two_syllable_words()


_CAC_BEFORE = regex.compile(r"(?<!\p{L})[Cc]ác[ \t\n]+$")
_KEY_TOKEN = regex.compile(r"[-–—]|,|[^\s,;:.()\-–—]+|[;:.()]")


def _key_tokens(name: str) -> list[str]:
    return [t if t not in "–—" else "-" for t in _KEY_TOKEN.findall(name.casefold())]


# The letter's own addressees (Kính gửi) are agencies, however their names run ("Các Bệnh
# viện, Viện có giường bệnh trực thuộc Bộ Y tế"): set for the letter being read.
_LETTER_NAMES: ContextVar[_Names] = ContextVar("letter_names", default=_Names())


def letter_names() -> _Names:
    return _LETTER_NAMES.get()


# an addressee item that lists the units under one head: "Các Cục: A, B - C, D xây dựng"
_LISTED_ITEM = regex.compile(rf"^[Cc]ác[ \t\n]+(?P<head>{alternation(LIST_HEADS)})[ \t\n]*:[ \t\n]*(?P<items>\S.*)$",
                             regex.S)


# ... or the same body of several provinces: "Sở Xây dựng các tỉnh, thành phố: Gia Lai, Huế"
_PLACES_ITEM = regex.compile(r"^(?P<head>\p{Lu}[^:;]*?)[ \t\n]+các[ \t\n]+(?:tỉnh|thành[ \t\n]+phố)"
                             r"(?:[ \t\n]*,[ \t\n]*thành[ \t\n]+phố)?(?:[ \t\n]+trực[ \t\n]+thuộc[ \t\n]+[Tt]rung[ \t\n]+ương)?"
                             r"[ \t\n]*:[ \t\n]*(?P<items>\S.*)$", regex.S)


def _places_listed(item: str) -> list[tuple[str, int, int]]:
    m = _PLACES_ITEM.match(item)
    if m is None:
        return []
    heads, levels, out = _place_heads(m["head"]), province_levels(), []
    if not heads:
        return []
    for part in regex.finditer(r"(?:(?![ \t\n]và[ \t\n])[^,;])+", item, pos=m.start("items")):
        place = _clean(regex.sub(r"^(?:(?:và|tỉnh|thành phố)[ \t\n]+)+", "", part.group().strip()))
        if place not in levels:
            return []      # (only provinces the gazetteer knows: the item is a list of them)
        s = part.start() + part.group().find(place.split()[0])
        level = levels[place]
        for head in heads:
            if head == "Tỉnh ủy":      # a Party committee takes its place's kind: "Thành ủy Huế"
                name = f"{'Tỉnh ủy' if level == 'tỉnh' else 'Thành ủy'} {place}"
            else:
                name = f"{head} {level} {place}"
            out.append((name, s, s + len(place)))
    return out


# "Bí thư tỉnh ủy", "Bí thư Thành ủy": the Party committee a secretary heads
# (or the secretary alone beside the chairman: "Bí thư, Chủ tịch UBND các tỉnh: A, B")
_PARTY_SECRETARY = regex.compile(r"^(?:Phó[ \t\n]+)?(?:[Bb]í[ \t\n]+thư[ \t\n]+)?(?:[Tt]ỉnh|[Tt]hành)[ \t\n]+(?:[Ủủ]y|[Uu]ỷ)$"
                              r"|^(?:Phó[ \t\n]+)?[Bb]í[ \t\n]+thư$")
_HONORIFIC = regex.compile(r"^(?:[Đđ]ồng[ \t\n]+chí|[Cc]ác[ \t\n]+đồng[ \t\n]+chí)[ \t\n]+")


def _place_heads(head: str) -> list[str]:
    """The bodies a places item's head names, titles dropped: "Đồng chí Bí thư tỉnh ủy và Chủ
    tịch Ủy ban nhân dân" -> Tỉnh ủy, Ủy ban nhân dân (each of every place listed)."""
    parts: list[str] = []
    # (a "và" or a comma parts two heads only where a title or a Party committee follows it:
    # "Sở Nông nghiệp và Môi trường" is one name; a comma that does not part them is no
    # places item's: "Bộ Tài chính, UBND các tỉnh: A, B" lists two addressees)
    for joiner, part in _head_parts(_HONORIFIC.sub("", _clean(head))):
        part = _clean(_HONORIFIC.sub("", part))
        if parts and not (title_end(part) or _PARTY_SECRETARY.match(part)):
            if joiner == ",":
                return []
            parts[-1] = f"{parts[-1]} và {part}"
        elif part:
            parts.append(part)
    out = ["Tỉnh ủy" if _PARTY_SECRETARY.match(part) else part[title_end(part):] or part for part in parts]
    return list(dict.fromkeys(out)) or [_clean(head)]


def _head_parts(head: str) -> list[tuple[str, str]]:
    """A places item's head cut at each "và" and comma, as (what joined it, part)."""
    pieces = regex.split(r"[ \t\n]*(,)[ \t\n]*|[ \t\n]+(và)[ \t\n]+", head)
    out, joiner = [], ""
    for i, piece in enumerate(pieces):
        if i % 3 == 0:
            out.append((joiner, piece))
        elif piece:
            joiner = piece
    return out


def listed_units(item: str) -> list[tuple[str, int, int]]:
    """The names an addressee item lists under one head, with where each is printed: "Các
    Cục: Kinh tế - Quản lý đầu tư xây dựng, Kết cấu hạ tầng xây dựng" -> Cục Kinh tế - Quản
    lý đầu tư xây dựng, Cục Kết cấu hạ tầng xây dựng. The shared-head reading names the
    items (known names keep their "và": "Nội vụ và Xây dựng" is two); an addressee item
    names bodies and nothing else, so an item the generic rule cut goes on to its comma,
    a part in lower case after a comma is the name before it going on ("Quản lý Khám,
    chữa bệnh"), and a part no rule reads is a name of its own."""
    m = _LISTED_ITEM.match(item)
    if m is None:
        return _places_listed(item)
    head = " ".join(m["head"].split()).capitalize()
    found = _find_agencies(item, 0, len(item), _Names())
    out: list[tuple[str, int, int]] = []
    for part in regex.finditer(r"[^,;]+", item, pos=m.start("items")):
        words = _clean(part.group())
        if not words or (out and part.start() < out[-1][2]):
            continue          # (a known name's own comma: "Văn hóa, Thể thao và Du lịch")
        s = part.start() + part.group().find(words.split()[0])
        e = part.start() + len(part.group().rstrip(" \t\n.;"))
        inside = [a for a in found if s <= a.start < e]
        if inside and inside[-1].end > e:
            e = inside[-1].end
        if not inside and out and words[:1].islower():
            name, s0, _ = out.pop()
            out.append((f"{name}, {words}", s0, e))
        elif not inside:
            out.append((words if _opens_with_head(words) else f"{head} {words}", s, e))
        elif len(inside) == 1 and inside[0].start == s and not _AND_WORD.search(item, inside[0].end, e):
            out.append((_clean(inside[0].name + item[inside[0].end:e]), s, e))
        else:
            out.extend((a.name, a.start, a.end) for a in inside)
    return out


def use_letter_names(names) -> None:
    """Recognise these names (a letter's addressees) as agencies in what is read next; a
    list ("Các Bộ: Tài chính, Nội vụ", "Sở A, Sở B") is no one name, but its units are."""
    _LETTER_NAMES.set(_Names())
    single = []
    names = [x for n in names for x in ([u for u, _, _ in listed_units(n)] if ":" in n else [n])]
    for n in names:
        # (a list with a colon that neither listing reads is still no one name)
        if len(n.split()) < 2 or ":" in n or n.split()[0] not in _kinds_by_first_word():
            continue
        # (read with a predicate after it: alone, a name runs to the end of its text)
        found = _find_agencies(f"{n} đã", 0, len(n) + 3, _Names())
        if not _read_whole(n, found):
            single.append(n)      # a name the rules cut or miss; one they read whole needs no help
    _LETTER_NAMES.set(_keyed(single))


def _read_whole(name: str, found) -> bool:
    """Do the mentions read in `name` cover it, one name or a list of them ("Sở A, Sở B",
    "Sở A - Sở B"), with only separators left between them? ("Các Bệnh viện, Viện có
    giường bệnh trực thuộc Bộ Y tế" read as "Các Bệnh viện" and "Bộ Y tế" is not read whole.)"""
    rest, at = [], 0
    for a in sorted(found, key=lambda a: a.start):
        rest.append(name[at:a.start])
        at = max(at, a.end)
    rest.append(name[at:])
    return bool(found) and _SEPARATORS.fullmatch("".join(rest)) is not None


_SEPARATORS = regex.compile(r"(?:[\s,;/\-–]|(?<!\p{L})và(?!\p{L}))*")


_KEY_PUNCTUATION = frozenset(",;:.()-–—")


def _known_at(text: str, pos: int, end: int, letter: _Names, word_end: int) -> int | None:
    """Where a known name that starts at `pos` ends (the longest), or None: a dict probe
    for each run of words, where an alternation of them all made every match slow.
    `word_end`: where the run of \\w at `pos` ends."""
    known = _known_keys()
    keys, own_keys = known.keys, letter.keys
    if word_end == end or text[word_end] in _KEY_PUNCTUATION or text[word_end].isspace():
        # the first word is the first token: a name of one word, or one that goes on
        # with a second word that starts as the text goes on (most do not: "công tác")
        first = text[pos:word_end].casefold()
        if first not in keys and first not in own_keys:
            after = word_end
            while after < end and text[after] in " \t\r\n":
                after += 1
            if after == end:
                return None
            c = text[after]
            c = "-" if c in "–—" else c.casefold()[:1]
            if not text[after].isspace() and c not in known.second_starts.get(first, ()) \
                    and c not in letter.second_starts.get(first, ()):
                return None
    prefixes, own_prefixes = known.prefixes, letter.prefixes
    tokens = _KEY_TOKEN.finditer(text, pos, end)
    first = next(tokens, None)
    if first is None:
        return None
    key = first.group().casefold()
    if key in ";:.()":
        return None
    key = "-" if key in "–—" else key
    limit = max(known.limits.get(key, 0), letter.limits.get(key, 0)) + 2
    best = first.end() if key in keys or key in own_keys else None
    count, last_end = 1, first.end()
    for m in tokens:
        token = m.group().casefold()
        # punctuation or a blank line ends a name
        if token in ";:.()" or "\n\n" in text[last_end:m.start()] or count >= limit:
            break
        count += 1
        key += " " + ("-" if token in "–—" else token)
        if key not in prefixes and key not in own_prefixes:
            break         # no known name goes on this way
        last_end = m.end()
        if key in keys or key in own_keys:
            best = last_end
    return best


# Where a mention may start: a word (a run of \w, as the patterns' boundaries see it) that
# opens a pattern or a known name. One scan of the words with dict probes is several times
# faster than a case-insensitive alternation of the first words tried at every position.
_WORD = re.compile(r"\w+")
# re.IGNORECASE, which the first-word scan used, also equates "ı" and "İ" with "i" and "ſ"
# with "s": folded the same way, a word finds the known names it found before.
_IGNORECASE_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _start_words(text: str, start: int, end: int, letter: _Names):
    """The pattern starts in text[start:end], as (position, word, (kind, what must follow
    it) pairs), and the words that may open a known name or one of the letter's own (as
    matches, in order)."""
    own_firsts = letter.limits
    starts, known = [], []
    seen_get = _WORDS_SEEN.get      # (looked up once: this loop runs for every word read)
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        seen = seen_get(word)
        if seen is None:
            seen = _word_roles(word)
        kinds, key, case_key = seen
        if kinds:
            starts.append((m.start(), word, kinds))
        if key is not None or (own_firsts and case_key in own_firsts):
            known.append(m)
    return starts, known


def _case_key(word: str) -> str:
    """A word lower-cased as re.IGNORECASE compares it with a lower-case one."""
    return word.translate(_IGNORECASE_FOLD).lower()


# Each word's part, worked out once: the kinds of mention it may start (as printed: "ſở",
# a long s, is no "sở") with what must follow it for each, its key if a known name
# starts with it, and its key for the letter's own names (_case_key).
_WORDS_SEEN: dict[str, tuple[tuple[tuple[str, tuple[str, ...] | None], ...] | None, str | None, str]] = {}


def _word_roles(word: str):
    if len(_WORDS_SEEN) > 100_000:
        _WORDS_SEEN.clear()
    key = _case_key(word)
    kinds = _kinds_by_first_word().get(word)
    # each kind with what must follow the word for it (agency_gates.follows)
    kinds = tuple((kind, follows(kind, word)) for kind in kinds) if kinds else None
    seen = _WORDS_SEEN[word] = (kinds, key if key in _known_keys().limits else None, key)
    return seen


@lru_cache(maxsize=4096)
def _find_agencies(text: str, start: int, end: int, letter: _Names) -> tuple[AgencyMention, ...]:
    # Cached: a task's text is read for roles, report-to and headings alike.
    pats = _patterns_for(text)
    found: list[AgencyMention] = []
    heads: list[tuple[int, int]] = []    # "Các Bộ, cơ quan:" names no agency itself
    starts, triggers = _start_words(text, start, end, letter)
    if not starts:
        return ()
    lowered = text[start:end].lower()
    _shared_lists(text, start, end, lowered, found, heads)
    reached_known = -1
    known: dict[int, AgencyMention] = {}      # the known names, by where they start
    for m in triggers:
        if m.start() < reached_known:
            continue
        stop = _known_at(text, m.start(), end, letter, m.end())
        # a lower-case name is no name's tail: "Téng cục Thuế" (OCR'd "Tổng") is not "cục Thuế";
        # nor the second half of a word: "cán bộ y tế" (health staff), "cơ sở giáo dục"
        if stop is not None and m.group()[0].islower() and (
                _CAPITAL_BEFORE.search(text, max(start, m.start() - 30), m.start())
                or _ends_word_before(text, start, m.start(), m.group())):
            stop = None
        if stop is not None:
            found.append(AgencyMention(m.start(), stop, _clean(text[m.start():stop]), "standalone"))
            known[m.start()] = found[-1]
            reached_known = stop
    reached = dict.fromkeys(_KINDS, -1)   # like finditer: a kind's matches do not overlap
    looks = gates()
    for pos, word, kinds in starts:
        after = -1          # where the text goes on after the word (past spaces)
        for kind, must in kinds:
            if pos < reached[kind]:
                continue
            if must is not None:
                if after < 0:
                    after = after_space(text, pos + len(word), end)
                if not text.startswith(must, after, end):
                    continue
            gate = looks.get(kind)
            if gate is not None and not gate(text, pos, end, word):
                continue
            m = pats[kind].match(text, pos, end)
            if m is None:
                continue
            reached[kind] = m.end()
            s, e = m.start(), m.end()
            name = _clean(m.group())
            title = None
            if kind == "titled" and _title_key(m["title"]) in _strip_titles():
                name = _clean(m["body"])     # the span keeps the title: it is the subject
                title = _clean(m["title"])
            if kind == "titled":
                kind_ = "local" if "UBND" in name or "nhân dân" in name else "named"
            else:
                kind_ = kind
            if not any(s < h1 and h0 < e for h0, h1 in heads):
                found.append(AgencyMention(s, e, name, kind_, title))
    found = _subject_names(text, start, end, _longest_first(found))
    found = _with_owner(text, _prefer_known(text, _with_comma_parts(text, end, found), known))
    found = _with_place_range(text, end, _sharing_the_place(text, start, found, heads))
    found = _party_levels(text, _units_of_collectives(text, start, found))
    found = _without_standing_roles(text, found)
    found = _without_officials_names(text, found)
    return tuple(_with_cac(text, start, a, found[i + 1] if i + 1 < len(found) else None)
                 for i, a in enumerate(found))


# a title just before a mention: "Bộ trưởng Bộ Y tế Lê Văn A", "Thống đốc Ngân hàng ..."
_TITLE_BEFORE = regex.compile(r"(?<!\p{L})(?:Bộ[ \t\n]+trưởng|Thống[ \t\n]+đốc|Chủ[ \t\n]+nhiệm|Bí[ \t\n]+thư"
                              r"|Chủ[ \t\n]+tịch|[Gg]iám[ \t\n]+đốc|[Tt]rưởng|TT\.?)[ \t\n]+$")


# the bodies an official heads, named after their head ("Bộ Y tế", "Tỉnh ủy Ninh Bình")
_OFFICE_NAMED = regex.compile(r"(?:Bộ|Sở|Cục|Tổng cục|Vụ|Ban|Ủy ban|Uỷ ban|UBND|Văn phòng|Ngân hàng|Tỉnh ủy|Tỉnh uỷ"
                              r"|Thành ủy|Thành uỷ|Đảng ủy|Kho bạc|Kiểm toán|Thanh tra)[ \t\n]+\p{Lu}")


def _without_officials_names(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """End a titled body before its official's name: "Bộ trưởng Bộ Y tế Lê Văn A" names
    "Bộ Y tế" (ANNOTATION.md: a title is no part of a name; nor is the person)."""
    out = []
    for a in found:
        titled = a.title is not None or title_end(a.name) > 0 \
            or _TITLE_BEFORE.search(text, max(0, a.start - 14), a.start) is not None
        cut = trailing_person(text, a.start, a.end) if titled and a.kind in ("named", "local") else None
        person = collapse(text[cut:a.end]) if cut is not None else ""
        left = a.name[:-len(person)].strip(" ,") if person and a.name.endswith(person) else ""
        # (what is left must still name a body: "Bộ Y tế", not a school's or hospital's
        # kind, "Trường Đại học", "Bệnh viện Đa khoa", which a person's name completes)
        if left and (is_known_name(left) or _OFFICE_NAMED.match(left)):
            end = a.start + len(text[a.start:cut].rstrip(" \t\n,"))
            a = AgencyMention(a.start, end, _clean(a.name[:-len(person)]), a.kind, a.title)
        out.append(a)
    return out


# a body's role printed after it: "Bộ Tài chính - Cơ quan thường trực Ban Chỉ đạo 751", "Công an
# tỉnh, Cơ quan Thường trực Ban Chỉ đạo ...", "Sở Nội vụ (cơ quan thường trực Hội đồng ...)"
_STANDING_ROLE = regex.compile(r"[ \t\n]*(?:[,(\-–]|[ \t\n]là)[ \t\n]*[Cc]ơ[ \t\n]+quan[ \t\n]+[Tt]hường[ \t\n]+trực(?![\p{L}])")


def _without_standing_roles(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """Drop the mentions inside a body's role printed after it: the role's own words read
    as a name ("Cơ quan Thường") and the body it serves, right after them; the body before
    keeps its place."""
    out: list[AgencyMention] = []
    checked: AgencyMention | None = None      # the last body whose role was looked for
    role_end = -1
    for a in found:
        if out and out[-1] is not checked:
            checked = out[-1]
            m = _STANDING_ROLE.match(text, checked.end)
            role_end = m.end() if m else -1
        if role_end >= 0 and (a.start < role_end or not text[role_end:a.start].strip()):
            if a.start >= role_end:
                role_end = -1         # the body served: only the first after the role
            continue
        out.append(a)
    return out


def _with_cac(text: str, start: int, a: AgencyMention, after: AgencyMention | None) -> AgencyMention:
    """"các cấp có thẩm quyền", "Các Sở Xây dựng nêu trên": the "các" before a name
    belongs to the mention (the bodies of that name in several places) — but for the
    head of a list the items after it share ("các Sở Tài chính, Xây dựng")."""
    if a.kind not in ("standalone", "named") or a.title is not None:
        return a
    if after is not None and after.name.split()[:1] == a.name.split()[:1] \
            and not text.startswith(after.name.split()[0], after.start):
        return a
    c = _CAC_BEFORE.search(text, max(start, a.start - 8), a.start)
    return a if c is None else AgencyMention(c.start(), a.end, _clean(text[c.start():a.end]), a.kind, a.title)


_COMMITTEE = regex.compile(r"(?:UBND|Ủy[ \t\n]+ban[ \t\n]+nhân[ \t\n]+dân|Uỷ[ \t\n]+ban[ \t\n]+nhân[ \t\n]+dân)"
                           r"(?=[ \t\n]+\S)")


# a Party committee by its level, and the next level joined to it: "các văn phòng tỉnh ủy,
# thành ủy", "các tỉnh ủy, thành ủy" (one body of each: one mention, as printed)
_LEVEL = r"(?:tỉnh|thành|huyện|thị|quận)[ \t\n]+(?:ủy|uỷ)"
_PARTY_LEVEL = regex.compile(_LEVEL + r"$")
_LEVELS_ONLY = regex.compile(_LEVEL + r"(?:[ \t\n]*(?:,|và)[ \t\n]*" + _LEVEL + r")*")
_LEVEL_JOINER = regex.compile(r"[ \t\n]*(?:,|và)[ \t\n]*")


def _party_levels(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    out: list[AgencyMention] = []
    for a in found:
        prev = out[-1] if out else None
        if prev is not None and _PARTY_LEVEL.search(prev.name) and _LEVELS_ONLY.fullmatch(a.name) \
                and a.name[0].islower() and _LEVEL_JOINER.fullmatch(text, prev.end, a.start):
            out[-1] = AgencyMention(prev.start, a.end, _clean(text[prev.start:a.end]), prev.kind, prev.title)
            continue
        out.append(a)
    return out


def _units_of_collectives(text: str, start: int, found: list[AgencyMention]) -> list[AgencyMention]:
    """ "Thanh tra các Bộ, ngành, địa phương", "Văn phòng các Bộ": a unit named by its head
    alone, before the bodies of a kind it belongs to, is those bodies' units, one mention."""
    out: list[AgencyMention] = []
    for a in found:
        unit = _unit_before().search(text, max(start, a.start - 12), a.start) \
            if a.kind == "collective" and a.name[:4].lower() == "các " else None
        # (opening its sentence, "Thanh tra" is the verb: "Thanh tra các cơ sở ...")
        if unit is not None and unit.group().startswith("Thanh") \
                and _OPENS_SENTENCE.search(text, max(0, unit.start() - 8), unit.start()):
            unit = None
        if unit is not None and not (out and out[-1].end > unit.start()):
            a = AgencyMention(unit.start(), a.end, _clean(text[unit.start():a.end]), "collective", a.title)
        out.append(a)
    return out


_OPENS_SENTENCE = regex.compile(r"(?:^|[.;:\n\-+•*])[ \t]*$")


@cache
def _unit_before() -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}]){alternation(agency_vocabulary().bare_units)}[ \t\n]+$")


# what a name may open after: the text's start, a stop or bracket, a joining or assigning word
_OPENS_A_NAME = regex.compile(r"(?:^|[,;:(\n]|(?<!\p{L})(?:và|các|với|giao|nghị|cầu|của|cho|cáo|gửi|về|trình))[ \t]*$")


def _sharing_the_place(text: str, start: int, found: list[AgencyMention],
                       heads: list[tuple[int, int]]) -> list[AgencyMention]:
    """ "HĐND, UBND các huyện" names the councils of the districts too, and "Bí thư Tỉnh ủy,
    Chủ tịch UBND các tỉnh: A, B" the Party committee of each province: a council or Party
    committee printed bare before the local committee takes the committee's place, one for
    each place a list names (each span is the body's own words)."""
    added: list[AgencyMention] = []
    spans: set[tuple[int, int]] = set()
    for a in found:
        head = _COMMITTEE.match(a.name) if a.kind in ("local", "standalone") else None
        if head is None:
            continue
        # where the committee is printed: the mention itself, or the head a listed place shares
        at = a.start
        if not (_COMMITTEE.match(text, at) or _TITLE_THEN_COMMITTEE.match(text, at)):
            listing = [h0 for h0, h1 in heads if h1 <= a.start]
            if not listing:
                continue
            at = max(listing)
        for s, e, body in _companions_before(text, start, at):
            name = _place_of_companion(body, a.name[head.end():].strip())
            if name is None:
                continue
            spans.add((s, e))
            added.append(AgencyMention(s, e, _clean(name), "local"))
    if not added:
        return found
    out = [b for b in found if not any(b.start < e and s < b.end for s, e in spans)]
    seen: set[tuple[int, str]] = set()
    for b in added:
        if (b.start, b.name) not in seen:
            seen.add((b.start, b.name))
            out.append(b)
    return sorted(out, key=lambda b: b.start)


# a title before a committee ("Chủ tịch UBND tỉnh A") or before a body printed bare beside it
_TITLE_WORDS = r"(?:(?:Phó[ \t\n]+)?(?:Chủ[ \t\n]+tịch|Bí[ \t\n]+thư)[ \t\n]+)"
_TITLE_THEN_COMMITTEE = regex.compile(_TITLE_WORDS + _COMMITTEE.pattern)
# one body printed bare before a committee, and what joins it on: "HĐND, ", "Bí thư Tỉnh ủy, Chủ
# tịch ", "Thường trực Hội đồng nhân dân và "; a secretary printed alone beside the chairman
# heads the place's Party committee ("Bí thư, Chủ tịch UBND tỉnh A")
_COMPANION_BEFORE = regex.compile(
    rf"(?P<body>(?:Thường[ \t\n]+trực[ \t\n]+)?(?:HĐND|Hội[ \t\n]+đồng[ \t\n]+nhân[ \t\n]+dân)"
    rf"|(?:[Tt]ỉnh|[Tt]hành)[ \t\n]+(?:ủy|uỷ)|(?P<secretary>(?:Phó[ \t\n]+)?Bí[ \t\n]+thư))"
    rf"[ \t]*(?:,|và)[ \t\n]*(?P<title>{_TITLE_WORDS})?$")
_TITLE_AT = regex.compile(_TITLE_WORDS)
_PARTY_BODY = regex.compile(r"(?:[Tt]ỉnh|[Tt]hành)[ \t\n]+(?:ủy|uỷ)$|Bí[ \t\n]+thư$")
# a secretary's or chairman's title before the first of them, or a comrade's
_TITLE_BEFORE_BODY = regex.compile(r"(?:(?:[Cc]ác[ \t\n]+)?[Đđ]ồng[ \t\n]+chí[ \t\n]+)?(?P<deputy>Phó[ \t\n]+)?"
                                   + _TITLE_WORDS + "$")


def _companions_before(text: str, start: int, at: int) -> list[tuple[int, int, str]]:
    """The bodies printed bare before the committee at `at`, nearest last, as (start, end,
    body's words); the farthest go while they are the tail of another name ("Ban Pháp chế
    HĐND, UBND tỉnh", "Ban Thường vụ Tỉnh ủy, HĐND, UBND tỉnh": the HĐND only)."""
    out: list[tuple[int, int, int, str]] = []     # (where its words open, start, end, words)
    while (m := _COMPANION_BEFORE.search(text, max(start, at - 60), at)) is not None:
        if m["secretary"] and not (m["title"] or _TITLE_AT.match(text, at)):
            break         # (a secretary alone only beside a chairman's title)
        at = m.start("body")
        if (t := _TITLE_BEFORE_BODY.search(text, max(start, at - 30), at)) is not None:
            if t["deputy"] and not out:
                break     # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": one official's two titles
            at = t.start()
        out.insert(0, (at, m.start("body"), m.end("body"), collapse(m["body"])))
    while out and not _OPENS_A_NAME.search(text, max(start, out[0][0] - 12), out[0][0]):
        out.pop(0)
    return [(s, e, words) for _, s, e, words in out]


def _place_of_companion(body: str, place: str) -> str | None:
    """The companion's name at the committee's place ("tỉnh A", "các huyện"): the council
    takes it as printed, a Party committee only a named province or city ("Tỉnh ủy A",
    "Thành ủy B"); None where it stays as it is."""
    if not _PARTY_BODY.search(body):
        return f"{body} {place}"
    level, _, name = place.partition(" ")
    if level == "thành" and name.startswith("phố "):
        level, name = "thành phố", name[4:]
    if level not in ("tỉnh", "thành phố") or name not in province_levels():
        return None
    return f"{'Tỉnh ủy' if level == 'tỉnh' else 'Thành ủy'} {name}"


# "UBND các tỉnh, thành phố ven biển từ Quảng Ninh đến Quảng Ngãi": the range of places a
# local collective covers goes with its name (a heading naming them names only it); a kind
# of place alone does not ("UBND các xã ven biển", as "Các xã vùng cao")
@cache
def _place_range() -> regex.Pattern:
    place = r"(?:(?:tỉnh|thành[ \t\n]+phố|TP\.?)[ \t\n]*)?" + alternation(provinces())
    return regex.compile(rf"(?:[ \t\n]+ven[ \t\n]+biển)?[ \t\n]+(?:khu[ \t\n]+vực[ \t\n]+)?từ[ \t\n]+{place}"
                         rf"[ \t\n]+(?:đến|tới)[ \t\n]+{place}(?![\p{{L}}\d])")
_LOCAL_COLLECTIVE = regex.compile(r"(?<!\p{L})các[ \t\n]+(?:tỉnh|thành[ \t\n]+phố|huyện|xã|phường|địa[ \t\n]+phương)"
                                  r"(?:[ \t\n]*,[ \t\n]*(?:thành[ \t\n]+phố|thị[ \t\n]+xã|phường|thị[ \t\n]+trấn|đặc[ \t\n]+khu))*$")


def _with_place_range(text: str, end: int, found: list[AgencyMention]) -> list[AgencyMention]:
    out = []
    for a in found:
        if a.kind == "local" and _LOCAL_COLLECTIVE.search(a.name) and (m := _place_range().match(text, a.end, end)):
            a = AgencyMention(a.start, m.end(), f"{a.name} {collapse(m.group())}", a.kind, a.title)
        out.append(a)
    return out


_COMMA = regex.compile(r"[ \t]*,[ \t\n]*")
_AND_WORD = regex.compile(r"(?<!\p{L})và(?!\p{L})")


def _with_comma_parts(text: str, end: int, found: list[AgencyMention]) -> list[AgencyMention]:
    """A name whose remit is itself a list: "Phòng Kinh tế, Hạ tầng và Đô thị", "Cục Xuất
    bản, In và Phát hành". The part after the comma starts with no head of its own and
    ends with "và ..."; where it is a known name under the same head ("Sở Tài chính, Xây
    dựng và Nội vụ") the comma separates a list instead."""
    out = list(found)
    for i, a in enumerate(out):
        if a.kind != "named" or not (c := _COMMA.match(text, a.end, end)):
            continue
        part = _patterns()["item_name"].match(text, c.end(), end)
        if part is None or not _AND_WORD.search(part.group()):
            continue
        first_word = part.group().split()[0]
        head = a.name.split()[0]
        nxt = out[i + 1].start if i + 1 < len(out) else end
        if first_word in _all_heads() or part.end() > nxt or head.lower() == "các":
            continue
        pieces = [p.strip() for p in _AND_WORD.split(part.group())]
        if any(_known_under(head, p) for p in (part.group(), *pieces)):
            continue
        # (the name goes on from the mention's own, its title kept aside)
        out[i] = AgencyMention(a.start, part.end(), _clean(a.name + text[a.end:part.end()]), a.kind, a.title)
    return out


@cache
def _all_heads() -> frozenset[str]:
    v = agency_vocabulary()
    return frozenset(h.split()[0] for h in (*v.named_heads, *v.local_heads, *v.standalone) if h[0].isupper())


_OWNED = r"(?:trực[ \t\n]+)?thuộc"
_OWNED_BY = regex.compile(rf"[ \t\n]+{_OWNED}[ \t\n]+")
# ... or "của" after a collective: "các đơn vị của Bộ Tài chính", "các Ban của HĐND tỉnh"
_COLLECTIVE_OF = regex.compile(rf"[ \t\n]+(?:{_OWNED}|của)[ \t\n]+")


# ... and units a few plain words describe, before the owner's name (_OWNED_BY's words)
_UNITS_OWNED = regex.compile(r"(?<!\p{L})(?:[Cc]ác[ \t\n]+)?(?:cơ[ \t\n]+quan|đơn[ \t\n]+vị)"
                             r"(?P<words>(?:[ \t\n]+\p{Ll}+){0,3}?)" + _OWNED_BY.pattern + "$")


@cache
def _unit_word_stops() -> frozenset[str]:
    """Words that are no part of what describes a kind of unit: a verb, a function word."""
    v = agency_vocabulary()
    return frozenset({*v.predicate_words, *v.name_stops, *(w for verb in action_vocabulary().verbs
                                                           for w in verb.split()[:1])})


_OF_KIND = regex.compile(r"[ \t\n]+của[ \t\n]+(?=các[ \t\n])")


def _with_owner(text: str, found: list[AgencyMention]) -> list[AgencyMention]:
    """A collective and the body it belongs to are one mention: "các đơn vị thuộc BHXH
    Việt Nam", "các cơ quan trực thuộc Bộ" (the units of that body, not the body)."""
    out: list[AgencyMention] = []
    for a in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "collective" and (m := _COLLECTIVE_OF.match(text, prev.end)) \
                and m.end() == a.start:
            out[-1] = AgencyMention(prev.start, a.end, _clean(text[prev.start:a.end]), "collective", prev.title)
            continue
        # "các đơn vị truyền thông thuộc Bộ X", "cơ quan chuyên môn thuộc Bộ X": the units a
        # few plain words describe, of the body named after them
        if a.kind != "collective" and "thu" in text[max(0, a.start - 8):a.start] \
                and (m := _UNITS_OWNED.search(text, max(0, a.start - 70), a.start)) \
                and not any(w in _unit_word_stops() for w in m["words"].split()) \
                and (prev is None or prev.end <= m.start() or m.start() <= prev.start):
            if prev is not None and prev.start >= m.start():
                out.pop()
            out.append(AgencyMention(m.start(), a.end, _clean(text[m.start():a.end]), "collective"))
            continue
        # "cơ quan Trung ương của các đoàn thể": a kind of body of the bodies of a kind
        if prev is not None and a.kind == "collective" and (m := _OF_KIND.match(text, prev.end)) \
                and m.end() == a.start and prev.name.split()[0].lower() in ("cơ", "các"):
            out[-1] = AgencyMention(prev.start, a.end, _clean(prev.name + text[prev.end:a.end]), prev.kind, prev.title)
            continue
        out.append(a)
    return out


def _subject_names(text: str, start: int, end: int,
                   found: list[AgencyMention]) -> list[AgencyMention]:
    """Names cut short, read on to their role verb (extractors/subject_names.py), and
    units named by their head alone."""
    taken = [(a.start, a.end) for a in found]
    units = [AgencyMention(s, e, _clean(text[s:e]), "named") for s, e in bare_units(text, start, end)
             if all(e <= s0 or s >= e0 for s0, e0 in taken)]
    if units:       # (a name read on stops at the unit after it: "Vụ A và Văn phòng phối hợp")
        found = sorted((*found, *units), key=lambda a: a.start)
    out: list[AgencyMention] = []
    for i, a in enumerate(found):
        nxt = found[i + 1].start if i + 1 < len(found) else end
        if a.kind == "named" and a.name == "Ban Chỉ đạo" and (remit := steering_remit(text, a.end, end)):
            a = AgencyMention(a.start, remit, _clean(text[a.start:remit]), "named")
        elif a.kind == "named" and opens_clause(text, start, a.start, partner=True):
            last = i + 1 == len(found)
            tail = name_tail(text, a.end, nxt, alone=last and not text[start:a.start].strip(),
                             listed=not last)
            if tail is not None:
                a = AgencyMention(a.start, tail, _clean(text[a.start:tail]), "named")
        out.append(a)
    taken = [(a.start, a.end) for a in out]
    for s, e in bare_heads(text, start, end, [a.start for a in out]):
        if all(e <= s0 or s >= e0 for s0, e0 in taken):
            out.append(AgencyMention(s, e, _clean(text[s:e]), "named"))
    return sorted(out, key=lambda a: a.start)


# What may go on after a known name inside a longer one: its place or level ("Cục Thuế
# các tỉnh", "Sở Y tế tỉnh Phú Thọ"), a capitalised word, a number.
_NAME_GOES_ON = regex.compile(r"[ \t\n]*(?:[,\-–(&]|\p{Lu}|\d|(?:các|cấp|tỉnh|thành|huyện|quận|thị|xã|phường"
                              r"|trung|khu|trực|thuộc|ở|tại|và)(?!\p{L}))")


def _prefer_known(text: str, found: list[AgencyMention], known: dict[int, AgencyMention]) -> list[AgencyMention]:
    """A known name is complete: where a generic rule read it on with plain lower-case
    words ("Bộ Tài chính kết quả", "Sở Tư pháp soạn thảo quy chế"), those words are
    the predicate, not the name."""
    out = []
    for a in found:
        k = known.get(a.start)
        if (k is not None and k.end < a.end and a.title is None
                and not _NAME_GOES_ON.match(text, k.end, a.end)):
            a = k
        out.append(a)
    return out


def _longest_first(found: list[AgencyMention]) -> list[AgencyMention]:
    chosen: list[AgencyMention] = []
    for a in sorted(found, key=lambda a: (-(a.end - a.start), a.start)):
        if all(a.end <= c.start or a.start >= c.end for c in chosen):
            chosen.append(a)
    return sorted(chosen, key=lambda a: a.start)


# Mentions joined only by these (and spaces) form one list; a colon enumerates a
# collective ("các cơ quan chức năng: Sở Y tế, Bộ Chỉ huy quân sự tỉnh").
_JOINERS = frozenset({"", ",", ";", ":", "và", "hoặc"})


_JOINER = regex.compile(r"[ \t\r\n]*(?:[,;]|và)[ \t\r\n]*")

# "Bộ Y tế và các Sở Tài chính, Nội vụ"
_JOINER_CAC = regex.compile(r"[ \t\r\n]*(?:[,;]|và)[ \t\r\n]+[Cc]ác[ \t\r\n]+")
# ... and a whole kind after the list: "và hệ thống các cơ quan báo chí", "và toàn bộ các đơn vị"
_JOINER_WHOLE = regex.compile(r"[ \t\r\n]*(?:[,;]|và)[ \t\r\n]+(?:hệ[ \t\r\n]+thống|toàn[ \t\r\n]+bộ|tất[ \t\r\n]+cả"
                              r"|toàn[ \t\r\n]+thể)[ \t\r\n]+")
# A shared head between two items of a list: "Văn phòng Chính phủ và các Bộ: Tài chính,
# Xây dựng" (the head is printed once, before the names it heads).
_HEAD_BETWEEN = regex.compile(r"[ \t\r\n]*(?:[,;]|và)[ \t\r\n]+(?:[Cc]ác[ \t\r\n]+)?(?P<head>\p{Lu}[\p{L} ]{0,16}?)"
                              r"[ \t\r\n]*:?[ \t\r\n]*")


# The members a collective names after it: "các cơ quan chuyên môn như: Sở A, Sở B", "các sở
# liên quan, gồm Sở A, Sở B" (ANNOTATION.md: "collective như: A, B" names the collective, A and B)
# (not a comparison: "các xã, phường như UBND phường A đã triển khai ...")
_HAS_DONE = regex.compile(r"[ \t\r\n]+(?:đã|đang|từng|vừa|cũng)(?!\p{L})")
# (... under a head they share: "các đơn vị gồm các Sở: Nội vụ, Tư pháp")
_MEMBERS_AFTER = regex.compile(r"[ \t\r\n]*,?[ \t\r\n]*(?:(?:chẳng[ \t\r\n]+hạn[ \t\r\n]+)?như(?:[ \t\r\n]+là)?"
                               r"|(?:bao[ \t\r\n]+)?gồm(?:[ \t\r\n]+có)?)[ \t\r\n]*:?[ \t\r\n]*"
                               r"(?:[Cc]ác[ \t\r\n]+\p{Lu}\p{Ll}*(?:[ \t\r\n]+\p{Ll}+)?[ \t\r\n]*:[ \t\r\n]*)?")


def _joined(text: str, prev: AgencyMention, a: AgencyMention) -> bool:
    # (a web copy's markdown bold between the items is no word: "cơ quan chuyên môn,** **các đơn vị")
    gap = text[prev.end:a.start].replace("*", " ")
    if gap.strip(" \t\r\n") in _JOINERS or _JOINER_CAC.fullmatch(gap):
        return True
    if prev.kind == "collective" and _MEMBERS_AFTER.fullmatch(gap) and not _HAS_DONE.match(text, a.end):
        return True
    if _JOINER_WHOLE.fullmatch(gap) and a.name[:4].lower() == "các ":
        return True     # "..., Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí"
    # "Thủ trưởng cơ quan ngang Bộ, Chủ tịch Tổng Liên đoàn ...": the next item's title
    joiner = _JOINER.match(gap)
    if joiner:
        at = prev.end + joiner.end()
        # (titles in a row before one body: "Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn")
        while (bare := _bare_titles().match(text, at, a.start)) is not None:
            at = bare.end()
        if (t := _title_prefix().match(text, at)) and not text[t.end():a.start].strip(" \t\r\n*"):
            return True
    m = _HEAD_BETWEEN.fullmatch(gap) or _LOCAL_HEAD_BETWEEN.fullmatch(gap)
    return m is not None and a.name.startswith(collapse(m["head"]) + " ") and not text.startswith(m["head"], a.start)


# ... or a local committee's, the places after it each its own: "Tỉnh ủy, Chủ tịch Ủy ban nhân
# dân các tỉnh: A, B"
_LOCAL_HEAD_BETWEEN = regex.compile(rf"[ \t\r\n]*(?:,|và)[ \t\r\n]+{_TITLE_WORDS}?(?P<head>{_COMMITTEE.pattern})"
                                    r"[ \t\r\n]+các[ \t\r\n]+(?:tỉnh|thành[ \t\r\n]+phố)(?:[ \t\r\n]*,[ \t\r\n]*thành[ \t\r\n]+phố)?"
                                    r"[ \t\r\n]*:?[ \t\r\n]*")


# An aside in brackets after an item, then the list goes on: "phối hợp với Sở Tài chính
# (trong việc tổng hợp chỉ số PCI), Trung tâm X (Văn phòng UBND tỉnh) và các cơ quan liên quan"
_BRACKETED_ASIDE = regex.compile(r"[ \t\r\n]*\(([^()]{1,80})\)")
_ALIAS_ASIDE = regex.compile(r"[ \t\r\n]*(?:sau|dưới)[ \t\r\n]+đây(?!\p{L})", regex.I)


def group_agencies(text: str, mentions: list[AgencyMention]) -> list[list[AgencyMention]]:
    """Runs of mentions joined only by commas, semicolons, "và" or "hoặc" (or a head the
    next items share): one list of agencies. An aside in brackets after an item does not
    end its list; a body alone in it says whose the item is ("Trung tâm X (Văn phòng UBND
    tỉnh)") and is in no list (the members of a collective in brackets are)."""
    groups: list[list[AgencyMention]] = []
    aside = None            # the aside in brackets after the last item listed
    for a in mentions:
        if aside is not None and aside.start() < a.start < aside.end():
            if _ALIAS_ASIDE.match(aside.group(1)):
                continue    # "(sau đây gọi là Bộ, cơ quan trung ương)": a short name, no one more
            prev = groups[-1][-1]
            if prev.kind == "collective" and not text[aside.start():a.start].strip(" \t\r\n("):
                groups[-1].append(a)    # its members, as "như: A, B" lists them
                aside = None
                continue
            if a.kind != "collective" and aside.group(1).strip(" \t\r\n") == text[a.start:a.end]:
                continue    # its owner
            aside = None
        prev = groups[-1][-1] if groups else None
        if prev is not None and aside is not None and text[aside.end():a.start].strip(" \t\r\n") \
                and _joined(text, replace(prev, end=aside.end()), a):
            groups[-1].append(a)
        elif prev is not None and _joined(text, prev, a):
            groups[-1].append(a)
        else:
            groups.append([a])
        aside = _BRACKETED_ASIDE.match(text, a.end) if "(" in text[a.end:a.end + 3] else None
    return groups
