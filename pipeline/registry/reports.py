"""Letters about tracked letters. An agency's báo cáo that cites an assignment letter
("Báo cáo kết quả thực hiện Công văn số 2757/SKHCN-CĐS") is linked to it, and for each
task of that letter the reporting agency leads or supports, the paragraph of the report
that speaks of it is proposed as progress (done or in progress) for the clerk to
confirm. A later đôn đốc letter about a tracked letter is linked to the tasks it chases,
which are then not tracked a second time."""
from __future__ import annotations

from datetime import date

import regex
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Engine

from extractors.citations import citation_key
from extractors.patterns import fold
from pipeline.registry.gazetteer import Gazetteer
from pipeline.registry.schema import (citations, letters, links, proposals, sources, task_agencies,
                                       tasks)
from pipeline.registry.store import add_update_in, now, record_audit
from schemas import Letter

_WORD = regex.compile(r"\p{L}{3,}")
_DONE = regex.compile(r"(?<!chua\s)(?<!khong\s)\b(?:da\s+)?hoan\s+thanh\b")
_NOT_DONE = regex.compile(r"\b(?:chua|dang|tiep\s+tuc)\s+(?:hoan\s+thanh|thuc\s+hien|trien\s+khai)")
_CHASE = regex.compile(r"\b(?:don\s+doc|day\s+nhanh\s+tien\s+do|chan\s+chinh)\b")
MATCH = 0.3                   # share of a task's words a paragraph must hold to speak of it


def kind_of(letter: Letter) -> str:
    """"report", "followup" or "cites": what a letter citing a tracked one is."""
    d = letter.document
    subject = fold(d.subject or "").lower()
    if d.doc_type == "báo cáo" or subject.startswith("bao cao"):
        return "report"
    if _CHASE.search(subject):
        return "followup"
    return "cites"


def _words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text).lower()))


def similarity(task_text: str, paragraph: str) -> float:
    task = _words(" ".join(task_text.split()[:40]))
    return len(task & _words(paragraph)) / len(task) if task else 0.0


def paragraphs(text: str) -> list[str]:
    """A report's paragraphs: blocks between blank lines, or lines that start an item."""
    blocks = [b for b in regex.split(r"\n\s*\n|\n(?=\s*(?:[-+•]|\d+[.)]|[a-zđ]\))\s)", text) if b.strip()]
    return [" ".join(b.split()) for b in blocks]


def tracked_letters(conn: Connection, letter: Letter) -> list[str]:
    """Letters of the registry that `letter` cites (by number and symbol)."""
    keys = {citation_key(c.ref) for c in letter.citations}
    if not keys:
        return []
    return [r.sha256 for r in conn.execute(select(letters.c.sha256, letters.c.number, letters.c.symbol))
            if r.sha256 != letter.source.sha256 and r.number and r.symbol
            and citation_key(f"{r.number}/{r.symbol}") in keys]


def link(conn: Connection, letter: Letter, text: str | None, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """Link a newly stored letter to the tracked letters it cites, and the letters already
    stored that cite it (a report that arrived before its assignment letter), once each:
    the (target sha, kind) of the letter's own links."""
    made = _link(conn, letter, text, gazetteer)
    d = letter.document
    if d.number and d.symbol:
        key = citation_key(f"{d.number}/{d.symbol}")
        earlier = conn.execute(select(letters.c.record, sources.c.text)
                               .join(citations, citations.c.letter_sha == letters.c.sha256)
                               .outerjoin(sources, sources.c.letter_sha == letters.c.sha256)
                               .where(citations.c.key == key)
                               .where(letters.c.sha256 != letter.source.sha256)).all()
        for row in earlier:
            _link(conn, Letter.model_validate_json(row.record), row.text, gazetteer,
                  only=letter.source.sha256)
    return made


def _link(conn: Connection, letter: Letter, text: str | None, gazetteer: Gazetteer,
          only: str | None = None) -> list[tuple[str, str]]:
    sha = letter.source.sha256
    done = {r.target_sha for r in conn.execute(select(links.c.target_sha).where(links.c.letter_sha == sha))}
    kind = kind_of(letter)
    made = []
    for target in tracked_letters(conn, letter):
        if target in done or (only and target != only):
            continue
        conn.execute(insert(links).values(letter_sha=sha, target_sha=target, kind=kind))
        made.append((target, kind))
        targets = conn.execute(select(tasks.c.id, tasks.c.text).where(tasks.c.letter_sha == target)
                               .where(tasks.c.chases.is_(None)).order_by(tasks.c.n)).all()
        if kind in ("followup", "report") and targets:
            # what a đôn đốc letter asks, or a report's items, are the tracked tasks again
            for t in letter.tasks:
                best = max(targets, key=lambda x: similarity(x.text, t.text))
                conn.execute(update(tasks).where(tasks.c.id == t.id).values(chases=best.id))
        if kind == "report" and text:
            _propose(conn, letter, text, target, targets, gazetteer)
    return made


def reporting_agency(letter: Letter, gazetteer: Gazetteer) -> str:
    """Who reports: the issuing body or its parent when the gazetteer knows it, else the
    body the symbol names ("415/BC-SYT": SYT, Sở Y tế); else the issuer as printed."""
    d = letter.document
    candidates = [d.issuer, d.parent, *regex.split(r"[-/]", d.symbol or "")]
    for name in filter(None, candidates):
        if gazetteer.known(name):
            return gazetteer.display(name)
    return d.issuer or ""


def _propose(conn, letter: Letter, text: str, target: str, targets, gazetteer: Gazetteer) -> None:
    agency = reporting_agency(letter, gazetteer)
    names = {}
    for r in conn.execute(select(task_agencies.c.task_id, task_agencies.c.name)
                          .where(task_agencies.c.task_id.in_([t.id for t in targets]))
                          .where(task_agencies.c.role.in_(["lead", "support"]))):
        names.setdefault(r.task_id, []).append(r.name)
    paras = paragraphs(text)
    for t in targets:
        if agency and not any(gazetteer.addresses(n, agency) for n in names.get(t.id, [])):
            continue
        scored = [(similarity(t.text, p), p) for p in paras]
        score, para = max(scored, default=(0.0, ""))
        if score < MATCH:
            continue
        folded = fold(para).lower()
        done = bool(_DONE.search(folded)) and not _NOT_DONE.search(folded)
        conn.execute(insert(proposals).values(
            letter_sha=letter.source.sha256, task_id=t.id, agency=agency,
            status="done" if done else "in_progress", note=para[:500], state="pending"))


def pending_proposals(engine: Engine, letter_sha: str | None = None) -> list:
    with engine.connect() as conn:
        query = select(proposals, letters.c.ref).join(letters, letters.c.sha256 == proposals.c.letter_sha) \
            .where(proposals.c.state == "pending").order_by(proposals.c.id)
        if letter_sha:
            query = query.where(proposals.c.letter_sha == letter_sha)
        return conn.execute(query).all()


def decide_proposal(engine: Engine, proposal_id: int, confirm: bool, actor: str,
                    on: date | None = None) -> str | None:
    """Confirm (the progress is recorded, as reported by the agency) or reject; the task id."""
    with engine.begin() as conn:
        row = conn.execute(select(proposals, letters.c.ref)
                           .join(letters, letters.c.sha256 == proposals.c.letter_sha)
                           .where(proposals.c.id == proposal_id)).first()
        if row is None or row.state != "pending":
            return None
        conn.execute(update(proposals).where(proposals.c.id == proposal_id)
                     .values(state="confirmed" if confirm else "rejected", decided_by=actor,
                             decided_at=now()))
        if confirm:
            add_update_in(conn, row.task_id, row.status, on or date.today(),
                          f"Theo {row.ref}: {row.note}", row.agency, actor)
        else:
            record_audit(conn, actor, "proposal:reject", row.task_id, row.letter_sha)
        return row.task_id


def links_of(engine: Engine, sha: str) -> tuple[list, list]:
    """(letters this one is about, letters about this one), each with kind and ref."""
    with engine.connect() as conn:
        about = conn.execute(select(links.c.target_sha.label("sha"), links.c.kind, letters.c.ref)
                             .join(letters, letters.c.sha256 == links.c.target_sha)
                             .where(links.c.letter_sha == sha)).all()
        by = conn.execute(select(links.c.letter_sha.label("sha"), links.c.kind, letters.c.ref)
                          .join(letters, letters.c.sha256 == links.c.letter_sha)
                          .where(links.c.target_sha == sha)).all()
    return about, by


def chasers(engine: Engine, task_id: str) -> list:
    """The đôn đốc letters that chase a task: (sha, ref)."""
    with engine.connect() as conn:
        return conn.execute(select(letters.c.sha256.label("sha"), letters.c.ref).distinct()
                            .join(tasks, tasks.c.letter_sha == letters.c.sha256)
                            .where(tasks.c.chases == task_id)).all()
