"""One uploaded file converted, in a worker process: read, extract, and back as plain
data. Never raises: a file that fails comes back with its one-line reason."""
from __future__ import annotations


def convert_bytes(name: str, data: bytes, timeout: float) -> tuple[str, str, str]:
    """("ok", letter JSON, the letter's text) or ("error", reason, "")."""
    import signal
    import threading

    from pipeline.errors import ChidaoError, UnreadableFile
    from pipeline.extract import extract_document
    from pipeline.readers import read_bytes

    armed = hasattr(signal, "SIGALRM") and timeout > 0 and threading.current_thread() is threading.main_thread()
    if armed:
        def over(signum, frame):
            raise UnreadableFile(name, f"took over {timeout:g} s (the time budget a file)")
        previous = signal.signal(signal.SIGALRM, over)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        raw = read_bytes(data, name)
        letter = extract_document(raw)
        return "ok", letter.model_dump_json(), raw.source
    except ChidaoError as exc:
        return "error", getattr(exc, "reason", None) or str(exc), ""
    except Exception as exc:           # a bug: that file's error, the server goes on
        return "error", f"internal error: {type(exc).__name__}: {exc}", ""
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def warm() -> bool:
    """Import the pipeline in a fresh worker, so the first upload is not the slow one."""
    from pipeline.extract import extract_document

    return callable(extract_document)
