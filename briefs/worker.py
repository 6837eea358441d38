"""The render worker: a second process that draws the charts and renders the PDF.

Importing matplotlib and WeasyPrint and loading the CJK fonts takes about a second;
the worker does it while the main process reads, extracts and aggregates the day,
so on a machine with two cores that second leaves the critical path. Log records
the worker's rendering produces (WeasyPrint's warnings) are sent back and logged
by the main process, so ``--strict`` still sees them. If the worker cannot be used,
the main process renders in-process: same code, same bytes.
"""
from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys

from briefs.charts import Chart


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), ()  # picklable: arguments already applied
        record.exc_info = None
        self.records.append(record)


def _warm_up() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401  (the import is the point)

    from briefs.fonts import register_matplotlib_fonts
    from briefs.render import render_pdf

    register_matplotlib_fonts()
    render_pdf("<p>暖 warm</p>", {})  # loads WeasyPrint and makes fontconfig find the fonts


def _send(stream, message) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(payload).to_bytes(8, "big") + payload)
    stream.flush()


def _receive(stream):
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError("the other side closed the pipe")
    size = int.from_bytes(head, "big")
    payload = stream.read(size)
    if len(payload) < size:
        raise EOFError("the other side closed the pipe")
    return pickle.loads(payload)


def serve(reader, writer) -> None:
    """The worker's loop: warm up, then answer jobs until told to stop or the pipe closes."""
    collect = _Collect()
    for name in ("briefs", "weasyprint", "fontTools"):
        logging.getLogger(name).addHandler(collect)
        logging.getLogger(name).propagate = False  # stderr is the parent's: say nothing there
    try:
        _warm_up()
    except Exception:  # the main process will render in-process when a job fails
        pass
    while True:
        try:
            job = _receive(reader)
        except EOFError:
            return
        if job[0] == "stop":
            return
        collect.records.clear()
        try:
            if job[0] == "charts":
                from briefs.brief import Brief
                from briefs.charts import make_charts

                result = make_charts(Brief.from_dict(job[1]), job[2])
            else:
                from briefs.render import render_pdf

                result = render_pdf(job[1], job[2], job[3])
            _send(writer, ("ok", result, list(collect.records)))
        except Exception as exc:  # sent back and raised in the main process
            _send(writer, ("error", exc, list(collect.records)))


class RenderWorker:
    """A started render worker (``python -m briefs.worker``): jobs are submitted, then their result read."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "briefs.worker"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def submit(self, *job) -> None:
        """Send a job; ``result`` waits for its answer."""
        _send(self.process.stdin, job)

    def result(self):
        """The answer to the job submitted last, its log records re-logged here."""
        status, result, records = _receive(self.process.stdout)
        for record in records:
            logging.getLogger(record.name).handle(record)
        if status == "error":
            raise result
        return result

    def charts(self, brief, convention: str | None) -> list[Chart]:
        """The brief's charts, drawn in the worker."""
        self.submit("charts", brief.to_dict(), convention)
        return self.result()

    def close(self) -> None:
        """Stop the worker."""
        try:
            _send(self.process.stdin, ("stop",))
            self.process.stdin.close()
        except (OSError, ValueError):
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
    # nothing is left to flush or save: skip tearing down matplotlib, WeasyPrint and fontconfig,
    # which takes longer than the last PDF took to send
    os._exit(0)
