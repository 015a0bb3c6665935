"""The `chidao` command line. Heavy modules are imported inside the commands."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(
    name="chidao", no_args_is_help=True, add_completion=False,
    help="Read Vietnamese directive letters into validated '6 rõ' task records.",
)
_state = {"debug": False}


def _fail(message: str) -> None:
    typer.echo(f"chidao: {message}", err=True)


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    _state["debug"] = debug
    if version:
        from importlib.metadata import version as v
        typer.echo(f"chidao {v('chidao')}")
        raise typer.Exit()


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Letters to read: text, PDF, DOCX, .doc.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write DIR/<stem>.json for each letter.")] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One line of JSON per letter.")] = False,
    max_bytes: Annotated[Optional[int], typer.Option("--max-bytes", help="Largest file read (default 200 MB).")] = None,
    max_pages: Annotated[Optional[int], typer.Option("--max-pages", help="Most PDF pages (default 500).")] = None,
    max_chars: Annotated[Optional[int], typer.Option("--max-chars", help="Most characters of text (default 10 M).")] = None,
    timeout: Annotated[Optional[float], typer.Option("--timeout", help="Seconds a file may take (default 120).")] = None,
) -> None:
    """Extract header, citations, sections and tasks of each letter as JSON."""
    from pipeline import ChidaoError
    from pipeline import extract as run
    from pipeline.readers.limits import limits, set_limits

    set_limits(max_bytes=max_bytes, max_pages=max_pages, max_chars=max_chars, timeout=timeout)
    budget = limits().timeout
    failed = 0
    printed: list[str] = []
    if out:
        out.mkdir(parents=True, exist_ok=True)
    for path in files:
        try:
            with _time_budget(path, budget):
                letter = run(path)
        except ChidaoError as exc:
            failed += 1
            if _state["debug"]:
                import traceback
                traceback.print_exc()
            _fail(str(exc))
            continue
        except Exception as exc:  # a bug must not stop a batch; --debug shows it
            failed += 1
            if _state["debug"]:
                raise
            _fail(f"{path}: internal error: {type(exc).__name__}: {exc}")
            continue
        body = letter.model_dump_json(indent=None if compact else 2)
        if out:
            target = out / f"{path.stem}.json"
            tmp = target.with_suffix(".json.tmp")
            tmp.write_text(body + "\n", encoding="utf-8")
            tmp.replace(target)
        else:
            printed.append(body)
    if printed:
        if len(printed) == 1 or compact:
            sys.stdout.write("\n".join(printed) + "\n")
        else:
            sys.stdout.write("[\n" + ",\n".join(printed) + "\n]\n")
    if failed:
        raise typer.Exit(code=1)


@app.command()
def schema(
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the schema to FILE.")] = None,
) -> None:
    """Print the JSON Schema of chidao's output (committed as schemas/letter.schema.json)."""
    from schemas import Letter

    text = json.dumps(Letter.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command("eval")
def evaluate(
    corpus: Annotated[Path, typer.Argument(help="A folder with letters/ and gold/.")] = Path("corpus"),
    letters: Annotated[Optional[Path], typer.Option(
        "--letters", help="Score these files instead of CORPUS/letters (same stems, any format).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Scores per letter and the misses.")] = False,
    only: Annotated[Optional[str], typer.Option(
        "--only", help="Score only these letters: stems separated by commas, or @FILE (one a line).")] = None,
    exclude: Annotated[Optional[str], typer.Option(
        "--exclude", help="Leave these letters out: stems separated by commas, or @FILE.")] = None,
) -> None:
    """Score chidao against the gold files of a corpus (precision, recall, F1)."""
    from pipeline import extract as run
    from pipeline.evaluate import evaluate_corpus, format_report

    if not (corpus / "gold").is_dir():
        _fail(f"{corpus}: no gold/ folder to score against")
        raise typer.Exit(code=2)
    report = evaluate_corpus(corpus, lambda p: run(p).model_dump(mode="json"), letters,
                             _stems(only), _stems(exclude))
    typer.echo(format_report(report, verbose=verbose))


@app.command()
def sweep(
    folders: Annotated[list[Path], typer.Argument(help="Folders of letters without gold (read recursively), or files.")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write every flag's occurrences to FILE.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Sweep at most N letters.")] = None,
) -> None:
    """Extract letters that have no gold and count what suggests a miss (tasks without
    lead, closing text in a task, ...): per letter and in total. Exit code 0 whatever it
    finds; 2 for a usage error."""
    from pipeline.sweep import as_json, format_table, sweep as run

    missing = [p for p in folders if not p.exists()]
    if missing:
        for p in missing:
            _fail(f"{p}: no such file or directory")
        raise typer.Exit(code=2)
    results = run(folders, limit, on_error=_fail)
    sys.stdout.write(format_table(results))
    if json_out:
        with _writing(json_out):
            json_out.write_text(json.dumps(as_json(results), ensure_ascii=False, indent=1) + "\n",
                                encoding="utf-8")


def _stems(spec: str | None) -> set[str] | None:
    """ "001,007" or "@held-out.txt" (a stem a line, # comments) as a set of stems."""
    if spec is None:
        return None
    if spec.startswith("@"):
        lines = Path(spec[1:]).read_text(encoding="utf-8").splitlines()
        return {ln.split("#")[0].strip() for ln in lines if ln.split("#")[0].strip()}
    return {s.strip() for s in spec.split(",") if s.strip()}


class _time_budget:
    """The time a file may take, as an error for that file (SIGALRM: main thread, Unix)."""

    def __init__(self, path: Path, seconds: float):
        self.path, self.seconds = path, seconds

    def __enter__(self):
        import signal
        import threading

        self.armed = (hasattr(signal, "SIGALRM") and self.seconds > 0
                      and threading.current_thread() is threading.main_thread())
        if self.armed:
            def over(signum, frame):
                from pipeline.errors import UnreadableFile
                raise UnreadableFile(self.path, f"took over {self.seconds:g} s (the time budget a file)")
            self.previous = signal.signal(signal.SIGALRM, over)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.armed:
            import signal
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


def _load_all(inputs: list[Path]) -> list:
    """Every letter of the inputs; an input that fails is named and left out."""
    from pipeline import ChidaoError
    from pipeline.render.inputs import load_letters

    letters = []
    for path in inputs:
        try:
            letters += load_letters(path)
        except ChidaoError as exc:
            _fail(str(exc))
        except Exception as exc:
            if _state["debug"]:
                raise
            _fail(f"{path}: internal error: {type(exc).__name__}: {exc}")
    return letters


class _writing:
    """Errors while writing `target`: one line and exit code 1 (--debug: the traceback)."""

    def __init__(self, target: Path):
        self.target = target

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        from pipeline import ChidaoError

        if exc is None or isinstance(exc, (typer.Exit, ChidaoError)):
            return False
        if isinstance(exc, OSError):
            _fail(f"{self.target}: cannot write: {exc.strerror or exc}")
        elif _state["debug"]:
            return False
        else:
            _fail(f"{self.target}: internal error: {type(exc).__name__}: {exc}")
        raise typer.Exit(code=1) from None


def _date(value: Optional[str], option: str):
    """"2025-12-01" or "1/12/2025"; None stays None."""
    import datetime as dt

    if value is None:
        return None
    try:
        if "/" in value:
            d, m, y = (int(x) for x in value.split("/"))
            return dt.date(y, m, d)
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"{option}: {value!r} is not a date (2025-12-01 or 1/12/2025)")
        raise typer.Exit(code=2) from None


@app.command()
def table(
    inputs: Annotated[list[Path], typer.Argument(help="Letters (any format) or chidao JSON.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="FILE.xlsx, .docx, .html, .csv or .md.")],
) -> None:
    """Write the assignment table of the letters' tasks (one row a task)."""
    from pipeline import ChidaoError
    from pipeline.render.tables import write_table

    letters = _load_all(inputs)
    if not letters:
        raise typer.Exit(code=1)
    try:
        with _writing(out):
            for warning in write_table(letters, out):
                _fail(f"warning: {warning}")
    except ChidaoError as exc:          # an unknown format: a usage error
        _fail(str(exc))
        raise typer.Exit(code=2) from None
    if len(letters) < len(inputs):
        raise typer.Exit(code=1)


@app.command()
def letter(
    inputs: Annotated[list[Path], typer.Argument(help="Letters (any format) or chidao JSON.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="FILE.docx or FILE.html.")],
    kind: Annotated[str, typer.Option("--kind", help="assignment or followup.")] = "assignment",
    agency: Annotated[Optional[str], typer.Option("--agency", help="Follow-up to this agency only.")] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Follow-up: state of tasks at DATE (default today).")] = None,
    report_by: Annotated[Optional[str], typer.Option("--report-by", help="Follow-up: report by DATE (default as-of + 7 days).")] = None,
    to_all: Annotated[bool, typer.Option("--to-all", help="Follow-up: one letter to every agency, not one each.")] = False,
    date: Annotated[Optional[str], typer.Option("--date", help="The letter's date (default: left blank).")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Office defaults (TOML, an [office] table).")] = None,
    issuer: Annotated[Optional[str], typer.Option("--issuer", help="Issuing body.")] = None,
    parent: Annotated[Optional[str], typer.Option("--parent", help="Its parent body.")] = None,
    symbol: Annotated[Optional[str], typer.Option("--symbol", help="Symbol after 'Số: .../', e.g. UBND-KGVX.")] = None,
    place: Annotated[Optional[str], typer.Option("--place", help="Place of the date line.")] = None,
    signer_authority: Annotated[Optional[str], typer.Option("--signer-authority", help="e.g. 'KT. CHỦ TỊCH'.")] = None,
    signer_title: Annotated[Optional[str], typer.Option("--signer-title", help="e.g. 'PHÓ CHỦ TỊCH'.")] = None,
    signer_name: Annotated[Optional[str], typer.Option("--signer-name", help="Who signs.")] = None,
    unit: Annotated[Optional[str], typer.Option("--unit", help="Drafting unit, for 'Lưu: VT, UNIT'.")] = None,
    report_to: Annotated[Optional[str], typer.Option("--report-to", help="Where reports go.")] = None,
) -> None:
    """Draft an assignment letter, or follow-up letters, in the form of Decree 30/2020/NĐ-CP."""
    import datetime as dt

    from pipeline import ChidaoError
    from pipeline.render.letters import assignment_letter, followup_letters, slug, write_letter
    from pipeline.render.office import load_config, office_for

    if kind not in ("assignment", "followup"):
        _fail(f"--kind: {kind!r} is not one of assignment, followup")
        raise typer.Exit(code=2)
    if out.suffix.lower() not in (".docx", ".html"):
        _fail(f"{out}: a letter is written as .docx or .html")
        raise typer.Exit(code=2)
    on, as_of_date, report_date = _date(date, "--date"), _date(as_of, "--as-of"), _date(report_by, "--report-by")
    try:
        settings = load_config(config) if config else {}
    except ChidaoError as exc:
        _fail(str(exc))
        raise typer.Exit(code=2) from None
    letters = _load_all(inputs)
    if not letters:
        raise typer.Exit(code=1)
    office = office_for(letters[0], settings, {
        "issuer": issuer, "parent": parent, "symbol": symbol, "place": place,
        "signer_authority": signer_authority, "signer_title": signer_title,
        "signer_name": signer_name, "unit": unit, "report_to": report_to})
    if kind == "assignment":
        views = [("", assignment_letter(letters, office, on))]
    else:
        views = followup_letters(letters, office, as_of_date or dt.date.today(), report_date,
                                 agency, to_all, on)
        if not views:
            _fail(f"no task is assigned to {agency!r}" if agency else "no task names a lead agency")
            raise typer.Exit(code=1)
    for name, view in views:
        target = out if len(views) == 1 else out.with_name(f"{out.stem}-{slug(name)}{out.suffix}")
        with _writing(target):
            write_letter(view, target)
        for warning in view.warnings:
            _fail(f"warning: {target}: {warning}")
        typer.echo(str(target))
    if len(letters) < len(inputs):
        raise typer.Exit(code=1)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Folders (recursive), .zip archives, @list.txt files, files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created; re-runs resume).")],
    workers: Annotated[int, typer.Option("--workers", "-j", help="Worker processes (default: the cores).")] = 0,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler tcp://HOST:8786, or 'local'.")] = None,
    timeout: Annotated[Optional[float], typer.Option("--timeout", help="Seconds a file may take (default 120).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; errors only.")] = False,
    max_bytes: Annotated[Optional[int], typer.Option("--max-bytes", help="Largest file read (default 200 MB).")] = None,
    max_pages: Annotated[Optional[int], typer.Option("--max-pages", help="Most PDF pages (default 500).")] = None,
    max_chars: Annotated[Optional[int], typer.Option("--max-chars", help="Most characters of text (default 10 M).")] = None,
) -> None:
    """Convert whole archives: one JSON a letter, tasks.jsonl, assignments.xlsx, errors.csv,
    summary.json. Exit code 0 when every file converted, 1 when some failed, 2 for a usage error."""
    import os

    from pipeline.batch.run import Options, run_batch
    from pipeline.batch.sources import UsageError

    from pipeline.readers.limits import limits, set_limits

    set_limits(max_bytes=max_bytes, max_pages=max_pages, max_chars=max_chars, timeout=timeout)
    opts = Options(inputs, out, workers or max(1, os.cpu_count() or 1), scheduler,
                   limits().timeout, quiet)
    try:
        summary = run_batch(opts)
    except UsageError as exc:
        _fail(str(exc))
        raise typer.Exit(code=2) from None
    failures = summary.pop("failures")
    for key, reason in failures[:20]:
        _fail(f"{key}: {reason}")
    if len(failures) > 20:
        _fail(f"... and {len(failures) - 20} more in {out / 'errors.csv'}")
    if not quiet:
        typer.echo(f"{summary['files']} files: {summary['converted']} converted, "
                   f"{summary['unchanged']} unchanged, {summary['failed']} failed; "
                   f"{summary['tasks']} tasks; {summary['seconds']} s", err=True)
    if failures:
        raise typer.Exit(code=1)


# ---------------------------------------------------------------- the task registry

_OPEN_ENGINES: list = []    # closed when a registry command ends (see _closing)


def _closing(command):
    """Registry commands close their connections however they end."""
    import functools

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        finally:
            while _OPEN_ENGINES:
                _OPEN_ENGINES.pop().dispose()
    return run


_DB_HELP = "Registry URL (sqlite:///file, postgresql://...); default $CHIDAO_DB or a file in the user data folder."


def _registry(db: Optional[str]):
    from pipeline.registry.db import connect

    try:
        engine = connect(db)
        _OPEN_ENGINES.append(engine)
        return engine
    except Exception as exc:
        if _state["debug"]:
            raise
        _fail(f"registry {db or ''}: cannot open ({type(exc).__name__}: {str(exc).splitlines()[0]})")
        raise typer.Exit(code=2) from None


def _gazetteer(province: str):
    from pipeline.registry.gazetteer import gazetteer

    try:
        return gazetteer(province)
    except ValueError as exc:
        _fail(str(exc))
        raise typer.Exit(code=2) from None


@app.command()
@_closing
def ingest(
    inputs: Annotated[list[Path], typer.Argument(help="Letters (any format) or chidao JSON.")],
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Add letters and their tasks to the registry (idempotent; corrected JSON wins)."""
    from pipeline import ChidaoError
    from pipeline.registry.store import ingest as store
    from pipeline.render.inputs import load_letters

    engine = _registry(db)
    failed = 0
    for path in inputs:
        try:
            is_json = path.read_bytes()[:64].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")
            for letter in load_letters(path):
                typer.echo(f"{path}: {store(engine, letter, corrected=is_json)} "
                           f"({len(letter.tasks)} tasks)")
        except (ChidaoError, OSError) as exc:
            failed += 1
            _fail(str(exc) if isinstance(exc, ChidaoError) else f"{path}: {exc.strerror or exc}")
    if failed:
        raise typer.Exit(code=1)


@app.command("tasks")
@_closing
def list_tasks(
    agency: Annotated[Optional[str], typer.Option("--agency", help="Tasks of this agency (groups that include it too).")] = None,
    letter: Annotated[Optional[str], typer.Option("--letter", help="Tasks of this letter (1234/UBND-KGVX).")] = None,
    status: Annotated[Optional[str], typer.Option("--status", help="One of the four statuses, in Vietnamese.")] = None,
    due_before: Annotated[Optional[str], typer.Option("--due-before", help="Due before DATE.")] = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Not done and past due.")] = False,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Judge statuses at DATE (default today).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json, csv or xlsx.")] = "table",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to FILE (xlsx needs it).")] = None,
    province: Annotated[str, typer.Option("--province", help="Gazetteer for agency names.")] = "phu-tho",
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """List registered tasks with their status as offices report it."""
    import datetime as dt

    from pipeline.registry.status import STATUSES
    from pipeline.registry.store import list_tasks as query

    if status and status not in STATUSES:
        _fail(f"--status: {status!r} is not one of: " + "; ".join(STATUSES))
        raise typer.Exit(code=2)
    views = query(_registry(db), _gazetteer(province), _date(as_of, "--as-of") or dt.date.today(),
                  agency, letter, status, _date(due_before, "--due-before"), overdue)
    _write_rows(views, fmt, out)


def _write_rows(views, fmt: str, out: Optional[Path]) -> None:
    import csv
    import io

    from pipeline.registry.store import dumps, json_row

    rows = [json_row(v) for v in views]
    if fmt == "json":
        text = dumps(rows) + "\n"
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        for r in rows:
            writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in r.items()})
        text = buf.getvalue()
    elif fmt == "xlsx":
        if out is None:
            _fail("--format xlsx needs --out FILE.xlsx")
            raise typer.Exit(code=2)
        from pipeline.registry.export import write_xlsx
        write_xlsx(rows, out)
        return
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table("id", "văn bản", "nhiệm vụ", "chủ trì", "hạn", "trạng thái", show_lines=False)
        for r in rows:
            table.add_row(r["id"], r["letter"], r["text"][:60], "; ".join(r["lead"]),
                          r["due"] or (r["deadline"] or ""), r["status"])
        Console().print(table)
        return
    else:
        _fail(f"--format: {fmt!r} is not one of table, json, csv, xlsx")
        raise typer.Exit(code=2)
    if out:
        out.write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
    else:
        sys.stdout.write(text)


@app.command()
@_closing
def update(
    task_id: Annotated[str, typer.Argument(help="The task's id, as `chidao tasks` shows it.")],
    status: Annotated[str, typer.Option("--status", help="in_progress or done.")],
    note: Annotated[str, typer.Option("--note", help="What was done.")],
    date: Annotated[Optional[str], typer.Option("--date", help="When (default today).")] = None,
    by: Annotated[Optional[str], typer.Option("--by", help="Who reports it.")] = None,
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Append a progress note to a task's history."""
    import datetime as dt

    from pipeline.registry.store import UnknownTask, add_update

    if status not in ("in_progress", "done"):
        _fail(f"--status: {status!r} is not one of in_progress, done")
        raise typer.Exit(code=2)
    try:
        add_update(_registry(db), task_id, status, _date(date, "--date") or dt.date.today(), note, by)
    except UnknownTask:
        _fail(f"{task_id}: no such task in the registry")
        raise typer.Exit(code=1) from None


@app.command()
@_closing
def refs(
    ref: Annotated[str, typer.Argument(help="A document's number and symbol, e.g. 33/CT-TTg.")],
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Which registered letters cite a document, and which documents a letter cites."""
    from pipeline.registry.store import refs as find

    citing, cited = find(_registry(db), ref)
    typer.echo(f"Văn bản dẫn chiếu {ref}: {len(citing)}")
    for r in citing:
        typer.echo(f"  {r}")
    if cited:
        typer.echo(f"{ref} dẫn chiếu: {len(cited)}")
        for r in cited:
            typer.echo(f"  {r}")


@app.command()
@_closing
def followup(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the letters (.docx).")],
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Judge at DATE (default today).")] = None,
    agency: Annotated[Optional[str], typer.Option("--agency", help="Only this agency.")] = None,
    soon: Annotated[int, typer.Option("--soon", help="Days ahead that count as soon due.")] = 7,
    report_by: Annotated[Optional[str], typer.Option("--report-by", help="Report by DATE (default as-of + 7 days).")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Office defaults (TOML).")] = None,
    province: Annotated[str, typer.Option("--province", help="Gazetteer for agency names.")] = "phu-tho",
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Follow-up letters for every agency with overdue or soon-due tasks."""
    import datetime as dt

    from pipeline.registry.followups import write_followups
    from pipeline.render.office import load_config

    settings = load_config(config) if config else {}
    day = _date(as_of, "--as-of") or dt.date.today()
    written = write_followups(_registry(db), _gazetteer(province), out, day,
                              _date(report_by, "--report-by"), agency, soon, settings)
    for path in written:
        typer.echo(str(path))
    if not written:
        typer.echo("no agency has overdue or soon-due tasks", err=True)


@app.command()
@_closing
def export(
    fmt: Annotated[str, typer.Option("--format", help="csv, xlsx, or gold (corrected letters).")] = "csv",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="FILE (default: stdout for csv); a folder for gold.")] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Judge at DATE (default today).")] = None,
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """One row a task (letter, task, lead, support, deadline, status, last update, last
    note), for monitoring systems such as nq57.vn. `--format gold --out DIR` writes the
    letters people corrected or accepted as gold files (DIR/gold/*.json, DIR/letters/*.txt)."""
    import datetime as dt

    from pipeline.registry.store import list_tasks as query

    if fmt == "gold":
        if out is None:
            _fail("--format gold needs --out DIR")
            raise typer.Exit(code=2)
        from pipeline.registry.corrections import export_gold

        with _writing(out):
            count = export_gold(_registry(db), out)
        typer.echo(f"{count} corrected letters written to {out}", err=True)
        return
    if fmt not in ("csv", "xlsx"):
        _fail(f"--format: {fmt!r} is not one of csv, xlsx, gold")
        raise typer.Exit(code=2)
    views = query(_registry(db), _gazetteer("phu-tho"), _date(as_of, "--as-of") or dt.date.today())
    _write_rows(views, fmt, out)


# ---------------------------------------------------------------- the office web app

@app.command()
@_closing
def serve(
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (0.0.0.0: the office network).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port.")] = 8000,
    workers: Annotated[Optional[int], typer.Option("--workers", help="Processes converting uploads (default: cores - 1).")] = None,
    province: Annotated[str, typer.Option("--province", help="Gazetteer for agency names.")] = "phu-tho",
) -> None:
    """Start the office web app: upload letters, review their tasks, track progress."""
    import uvicorn

    from pipeline.web.app import create_app

    _gazetteer(province)
    try:
        web = create_app(db, province, workers)
    except Exception as exc:
        if _state["debug"]:
            raise
        _fail(f"registry {db or ''}: cannot open ({type(exc).__name__}: {str(exc).splitlines()[0]})")
        raise typer.Exit(code=2) from None
    typer.echo(f"chidao: http://{host}:{port}/", err=True)
    uvicorn.run(web, host=host, port=port, log_level="warning", access_log=False)


users_app = typer.Typer(help="Accounts of the web app (admin, clerk, agency, leader).", no_args_is_help=True)
app.add_typer(users_app, name="users")


def _password(prompt: bool) -> str:
    """The password from stdin when it is piped, else asked for twice."""
    if not sys.stdin.isatty() and not prompt:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    return typer.prompt("Mật khẩu", hide_input=True, confirmation_prompt=True)


@users_app.command("add")
@_closing
def users_add(
    name: Annotated[str, typer.Argument(help="User name (one word).")],
    role: Annotated[str, typer.Option("--role", help="admin, clerk, agency or leader.")],
    agency: Annotated[Optional[str], typer.Option("--agency", help="An agency account's agency, as the gazetteer names it.")] = None,
    full_name: Annotated[Optional[str], typer.Option("--full-name", help="Shown on pages; a leader's name as letters print it.")] = None,
    province: Annotated[str, typer.Option("--province", help="Gazetteer for agency names.")] = "phu-tho",
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Add an account; the password is read from stdin or asked for."""
    from pipeline.registry.accounts import AccountError, add_user

    if agency:
        places = _gazetteer(province)
        if not places.known(agency):
            _fail(f"--agency: {agency!r} is not an agency of the {province} gazetteer "
                  f"(e.g. {places.agencies[0] if places.agencies else '…'})")
            raise typer.Exit(code=2)
        agency = places.display(agency)
    engine = _registry(db)
    try:
        user = add_user(engine, name, role, _password(False), agency, full_name)
    except AccountError as exc:
        _fail(str(exc))
        raise typer.Exit(code=2) from None
    typer.echo(f"{user.name}: {user.role}{' (' + user.agency + ')' if user.agency else ''}")


@users_app.command("list")
@_closing
def users_list(db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None) -> None:
    """The accounts: name, role, agency, active."""
    from pipeline.registry.accounts import list_users

    for u in list_users(_registry(db)):
        typer.echo("\t".join([u.name, u.role, u.agency or "", "active" if u.active else "disabled"]))


@users_app.command("token")
@_closing
def users_token(
    name: Annotated[str, typer.Argument(help="User name.")],
    db: Annotated[Optional[str], typer.Option("--db", help=_DB_HELP)] = None,
) -> None:
    """Print a new personal API token (Authorization: Bearer ...); the old one stops working."""
    from pipeline.registry.accounts import AccountError, new_token

    try:
        typer.echo(new_token(_registry(db), name))
    except AccountError as exc:
        _fail(str(exc))
        raise typer.Exit(code=1) from None


if __name__ == "__main__":
    app()
