"""A check run as the CLI and the pytest plugin perform it.

Configuration -> documents -> checker (one Checker per distinct set of options) -> rule
selection -> suppressions -> baseline -> ``--diff`` filter. The subcommands that use it are
in checks.commands.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from checks import baseline as baseline_mod
from checks import gitdiff, suppress
from checks.config import Config, documents
from checks.findings import DocumentResult, RunResult
from checks.parallel import Task, check_tasks
from checks.selection import resolve_config, selected

if TYPE_CHECKING:  # rich is imported only for a progress bar; the cache only when used
    from rich.progress import Progress, TaskID

    from checks.cache import Cache

#: a progress bar appears on a terminal from this many documents on
PROGRESS_MIN = 10


def check_documents(paths: list[str], config: Config, progress: bool = False, *,
                    jobs: int = 1, cache: Cache | None = None) -> RunResult:
    """Run the engine over ``paths`` with each document's options; errors are collected."""
    config = resolve_config(config)
    tasks = [Task(path, config.options(path)) for path in paths]
    run = RunResult(documents=list(checked(tasks, jobs=jobs, cache=cache, progress=progress)))
    for doc in run.documents:
        _select(doc, config.for_path(doc.path))
    return run


def checked(tasks: Iterable[Task], *, jobs: int = 1, cache: Cache | None = None,
            progress: bool = False, count: int | None = None,
            dask: str | None = None) -> Iterator[DocumentResult]:
    """The engine's result of every task, in task order (checks.parallel does the work)."""
    if isinstance(tasks, list):
        count = len(tasks)
    bar = _progress(count) if progress and count else None
    try:
        for result in check_tasks(tasks, jobs=jobs, cache=cache, count=count, dask=dask):
            yield result
            if bar:
                bar[0].advance(bar[1])
    finally:
        if bar:
            bar[0].stop()


def _progress(total: int) -> tuple[Progress, TaskID]:
    # rich is imported here: it costs start-up time and only a terminal run shows a bar
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                        console=Console(file=sys.stderr), transient=True)
    progress.start()
    return progress, progress.add_task("check", total=total)


def _select(doc: DocumentResult, config: Config) -> None:
    """Drop claims of rules switched off or not selected (checks.selection matching)."""
    off, on = config.disable, config.select
    if not off and not on:
        return
    doc.claims = [c for c in doc.claims if not selected(c.rule, c.name, off)
                  and (not on or selected(c.rule, c.name, on))]


def run_check(paths: list[str], config: Config, *, diff: str | None = None,
              baseline: str | None = None, progress: bool = False, jobs: int = 1,
              cache: Cache | None = None, dask: str | None = None,
              keep_text: bool = True) -> RunResult:
    """Everything ``factlint check`` does before formatting: check, then filter.

    ``keep_text=False`` drops each document's text once it is filtered: formatters that
    need it only for positions read the file again (the html report shows the text).
    """
    docs = documents(config, paths)
    return RunResult(documents=list(stream_check(
        docs, config, diff=diff, baseline=baseline, jobs=jobs, cache=cache, dask=dask,
        progress=progress and len(docs) >= PROGRESS_MIN, keep_text=keep_text)))


def stream_check(paths: list[str], config: Config, *, diff: str | None = None,
                 baseline: str | None = None, progress: bool = False, jobs: int = 1,
                 cache: Cache | None = None, tasks: Iterable[Task] | None = None,
                 keep_text: bool = True,
                 dask: str | None = None) -> Iterator[DocumentResult]:
    """Check, then filter, one document at a time: rule selection, suppressions, baseline,
    ``--diff``. Yields each document's final result in order; ``keep_text=False`` drops
    its text once the filters are done (reports that do not show it)."""
    config = resolve_config(config)
    changed = None
    if diff:
        changed = gitdiff.ChangedLines(diff)
    base = None
    if baseline:
        base = baseline_mod.load(baseline)
    count = None
    if tasks is None:  # built as they are needed: memory stays flat
        tasks, count = (Task(path, config.options(path)) for path in paths), len(paths)
    for doc in checked(tasks, jobs=jobs, cache=cache, progress=progress, dask=dask,
                       count=count):
        one = RunResult(documents=[doc])
        doc_config = config.for_path(doc.path)
        _select(doc, doc_config)
        suppress.apply(one, config)
        if base is not None:
            baseline_mod.apply(one, base)
        if changed is not None:
            gitdiff.apply(one, changed)
        if not keep_text:
            doc.text = None
        yield doc
