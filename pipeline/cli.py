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
    files: Annotated[list[Path], typer.Argument(help="Letters to read (plain text).")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write DIR/<stem>.json for each letter.")] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One line of JSON per letter.")] = False,
) -> None:
    """Extract header, citations, sections and tasks of each letter as JSON."""
    from pipeline import ChidaoError
    from pipeline import extract as run

    failed = 0
    printed: list[str] = []
    if out:
        out.mkdir(parents=True, exist_ok=True)
    for path in files:
        try:
            letter = run(path)
        except ChidaoError as exc:
            failed += 1
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
) -> None:
    """Score chidao against the gold files of a corpus (precision, recall, F1)."""
    from pipeline import extract as run
    from pipeline.evaluate import evaluate_corpus, format_report

    if not (corpus / "gold").is_dir():
        _fail(f"{corpus}: no gold/ folder to score against")
        raise typer.Exit(code=2)
    report = evaluate_corpus(corpus, lambda p: run(p).model_dump(mode="json"), letters)
    typer.echo(format_report(report, verbose=verbose))


if __name__ == "__main__":
    app()
