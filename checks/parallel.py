"""Checking many documents: tasks, shared checkers, and ordered execution on every core.

A :class:`Task` names one document (a file, or a text with an id from an archive row) and
the options it is checked with. :func:`run_task` checks it and never raises: a document's
problem becomes an error in its result, so one bad document cannot stop the run or kill
a worker. Executors map tasks to results *in task order*, whatever order they finish in,
so the reports of ``--jobs 1``, ``--jobs N`` and ``--dask`` are identical:

- :class:`InProcess`: one after another in this process (``--jobs 1``, small runs);
- :class:`ProcessPool`: spawned worker processes, each loading the rule packs, the unit
  registry and the exchange rates once (its initializer) and keeping them for every batch
  it is sent;
- ``checks.dask.DaskExecutor``: the workers of a dask.distributed cluster.

:func:`results` drives an executor: it reads unchanged documents from the cache, sends the
others in batches with a bounded number pending (memory does not grow with the number of
documents), stores what comes back, and yields every result in task order.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from checks.documents import Document, make_document, read_document
from checks.errors import FactlintError, InternalError
from checks.findings import DocumentResult
from checks.options import CheckOptions

if TYPE_CHECKING:
    from concurrent.futures import Future

    from checks.cache import Cache  # (a cycle: checks.cache imports Task from here)

#: below this many documents a pool costs more to start (spawn, imports, rule packs) than
#: it saves
POOL_MIN = 100
#: documents sent to a worker at a time, and chunks in flight per worker
CHUNK = 8
IN_FLIGHT = 4


@dataclass(frozen=True)
class Task:
    """One document to check: a file path, or an archive row's text under its id."""

    path: str
    options: CheckOptions
    #: the document's text when it is not a file (an archive row)
    text: str | None = None
    #: the format of ``text`` ("text", "markdown", "html")
    fmt: str = "text"
    #: the row's own date (an archive's date column), before the options' as-of
    as_of: dt.date | None = None
    #: a problem found while reading the row (reported as the document's error)
    error: str | None = None


def usable_cores() -> int:
    """The number of cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class DocChecker(Protocol):
    """What the run needs of a checker (checks.checker.Checker, or a test's stand-in)."""

    def check(self, doc: Document) -> DocumentResult: ...


#: builds a checker for a set of options (a checker class)
CheckerFactory = Callable[[CheckOptions], DocChecker]

H = TypeVar("H")


class Executor(Protocol[H]):
    """Runs batches of tasks: ``submit`` returns a handle, ``result`` its results."""

    def submit(self, batch: list[Task]) -> H: ...

    def result(self, handle: H) -> list[DocumentResult]: ...

    def close(self) -> None: ...


def options_key(options: CheckOptions) -> CheckOptions | str:
    """A hashable identity of a set of options."""
    try:
        hash(options)
        return options
    except TypeError:  # an options field that is not hashable: compare by value
        return repr(options)


def _stamps(options: CheckOptions) -> tuple[tuple[str, int | None, int | None], ...]:
    """(path, mtime, size) of the user files the options name: an edited file is reloaded."""
    out: list[tuple[str, int | None, int | None]] = []
    files = (tuple(options.rule_paths) + tuple(options.fact_files) + tuple(options.rate_files)
             + tuple(options.extract.hedge_files))
    for f in files:
        try:
            st = os.stat(f)
            out.append((f, st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((f, None, None))
    return tuple(out)


_SHARED: dict[tuple[CheckerFactory, CheckOptions | str,
                   tuple[tuple[str, int | None, int | None], ...]], DocChecker] = {}
_SHARED_MAX = 16


def checker_class() -> CheckerFactory:
    """``checks.checker.Checker``, read when a run starts, so that a stand-in set on the
    module (the tests' marker checker) is the one used."""
    # imported here, not at the top: the scanner's patterns cost about 0.12 s to compile,
    # which ``factlint rules`` and ``explain`` (through checks.run) should not pay
    import checks.checker

    return checks.checker.Checker


def shared_checker(options: CheckOptions, factory: CheckerFactory | None = None
                   ) -> DocChecker:
    """The checker for ``options``, built once per process and shared by every document.

    Keyed by the options, the checker class and the stamps of the user files they name,
    so that an edited rule pack is loaded again.
    """
    if factory is None:
        factory = checker_class()
    key = (factory, options_key(options), _stamps(options))
    checker = _SHARED.get(key)
    if checker is None:
        if len(_SHARED) >= _SHARED_MAX:
            _SHARED.clear()
        checker = _SHARED[key] = factory(options)
    return checker


def forget_checkers() -> None:
    """Drop the shared checkers: a new command-line run reads every file afresh (a checker
    keeps, for one, the assertion files that documents name in their front matter)."""
    _SHARED.clear()


def load_document(task: Task) -> Document:
    """The Document of a task: read the file, or build it from the row's text."""
    if task.text is None:
        return read_document(task.path, as_of=task.options.as_of)
    return make_document(task.text, task.path, task.fmt, task.options.as_of or task.as_of)


def run_task(task: Task, factory: CheckerFactory | None = None) -> DocumentResult:
    """Check one document; its problems (unreadable, a bad file it names, a bug) become
    errors in its result, never an exception."""
    if task.error is not None:
        return DocumentResult(path=task.path, errors=[task.error])
    try:
        checker = shared_checker(task.options, factory)
        return checker.check(load_document(task))
    except FactlintError as exc:
        return DocumentResult(path=task.path, errors=[str(exc)])
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the run
        return DocumentResult(path=task.path, errors=[
            f"{task.path}: internal error while checking (a factlint bug): "
            f"{type(exc).__name__}: {exc}"])


def run_chunk(tasks: list[Task], factory: CheckerFactory | None = None
              ) -> list[DocumentResult]:
    """Check a list of tasks in order (the unit of work sent to a worker)."""
    return [run_task(t, factory) for t in tasks]


class InProcess:
    """Run batches in this process, when their results are asked for."""

    def __init__(self, factory: CheckerFactory | None = None):
        self.factory = factory

    def submit(self, batch: list[Task]) -> list[Task]:
        """Nothing runs yet: the batch is checked when its result is asked for."""
        return batch

    def result(self, handle: list[Task]) -> list[DocumentResult]:
        """Check the batch now."""
        return run_chunk(handle, self.factory)

    def close(self) -> None:
        """Nothing to release."""


_WORKER_FACTORY: CheckerFactory | None = None


def _init_worker(factory: CheckerFactory | None, options: tuple[CheckOptions, ...]) -> None:
    """Pool initializer: load the rule packs, unit registry and rates once per worker."""
    global _WORKER_FACTORY
    _WORKER_FACTORY = factory
    for o in options:
        try:
            shared_checker(o, factory)
        except Exception:  # noqa: BLE001 - reported per document by run_task
            pass
    try:  # the unit registry and the ECB table are loaded on first use: load them now
        # (imported here: about 35 ms, and pint's 0.35 s in registry(), that only a
        # worker should pay)
        from checks.references import _ecb
        from checks.units import registry

        registry()
        _ecb()
    except Exception:  # noqa: BLE001 - a document that needs them reports the problem
        pass


def _worker_chunk(tasks: list[Task]) -> list[DocumentResult]:
    return run_chunk(tasks, _WORKER_FACTORY)


class ProcessPool:
    """Run batches on spawned worker processes, each with its checkers loaded once."""

    def __init__(self, jobs: int, factory: CheckerFactory | None = None,
                 options: tuple[CheckOptions, ...] = ()):
        # imported here: only a run that starts a pool needs them (about 13 ms)
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: safe with threads in the parent, and the same on every platform
        self.pool = ProcessPoolExecutor(max_workers=jobs,
                                        mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_init_worker,
                                        initargs=(factory, tuple(options)))

    def submit(self, batch: list[Task]) -> Future[list[DocumentResult]]:
        """Send a batch to a worker."""
        return self.pool.submit(_worker_chunk, batch)

    def result(self, handle: Future[list[DocumentResult]]) -> list[DocumentResult]:
        """Wait for a batch's results; a worker that died (killed, out of memory) stops
        the run with one line, not a traceback."""
        from concurrent.futures.process import BrokenProcessPool  # (loaded with the pool)

        try:
            return handle.result()
        except BrokenProcessPool as exc:

            raise InternalError(f"a worker process died ({exc}); run with --jobs 1 to "
                                f"find the document") from None

    def close(self) -> None:
        """Stop the workers."""
        self.pool.shutdown(wait=True, cancel_futures=True)


def picklable(obj: object) -> bool:
    """True when ``obj`` can be sent to another process (a class defined in a function
    or a lambda cannot)."""
    try:
        pickle.dumps(obj)
        return True
    except Exception:  # noqa: BLE001
        return False


def make_executor(jobs: int = 1, factory: CheckerFactory | None = None,
                  count: int | None = None, options: tuple[CheckOptions, ...] = ()
                  ) -> InProcess | ProcessPool:
    """The executor for ``jobs`` processes (1: this process).

    Small runs (``count`` documents below POOL_MIN), and checker classes that cannot be
    sent to another process, stay in process: the output is the same either way.
    """
    if factory is None:
        factory = checker_class()
    if jobs <= 1 or (count is not None and count < POOL_MIN) or not picklable(factory):
        return InProcess(factory)
    return ProcessPool(jobs, factory, options)


def results(tasks: Iterable[Task], executor: Executor[Any], cache: Cache | None = None,
            in_flight: int = 8, prepare: Callable[[Task], object] | None = None
            ) -> Iterator[DocumentResult]:
    """Check every task with ``executor``, reading unchanged documents from ``cache``;
    yield the results in task order, with a bounded number of batches pending.

    ``prepare(task)`` is called for every task that is not in the cache before it is
    sent; results without errors are stored in the cache as they arrive.
    """

    # (an entry: a batch of tasks to send with their cache keys, or a cached result as
    # ([hit], None))
    def entries() -> Iterator[tuple[list[Any], list[str | None] | None]]:
        batch: list[Task] = []
        keys: list[str | None] = []
        for task in tasks:
            key = cache.key(task) if cache is not None else None
            # (a key comes from the cache: cache is not None when key is not)
            hit = cache.get(key, task) if key is not None else None  # type: ignore[union-attr]
            if hit is not None:
                if batch:
                    yield batch, keys
                    batch, keys = [], []
                yield [hit], None
                continue
            if prepare is not None:
                prepare(task)
            batch.append(task)
            keys.append(key)
            if len(batch) >= CHUNK:
                yield batch, keys
                batch, keys = [], []
        if batch:
            yield batch, keys

    def finish(entry: tuple[Any, list[str | None] | None]) -> list[DocumentResult]:
        # (entry: an executor's handle with its keys, or the cached results and None)
        handle, keys = entry
        if keys is None:  # read from the cache
            cached: list[DocumentResult] = handle
            return cached
        out = executor.result(handle)
        if cache is not None:
            for key, result in zip(keys, out):
                if key is not None and not result.errors:
                    cache.put(key, result)
        return out

    pending: collections.deque[tuple[Any, list[str | None] | None]] = collections.deque()
    for batch, keys in entries():
        pending.append((batch if keys is None else executor.submit(batch), keys))
        while len(pending) >= in_flight:
            yield from finish(pending.popleft())
    while pending:
        yield from finish(pending.popleft())


def check_tasks(tasks: Iterable[Task], *, jobs: int = 1, cache: Cache | None = None,
                count: int | None = None, dask: str | None = None
                ) -> Iterator[DocumentResult]:
    """Check every task with checks.checker.Checker: in process, on ``jobs`` processes or
    on the Dask cluster at ``dask``, reading and filling ``cache``; results in task order.

    Each distinct set of options gets its checker built here before its first document is
    sent, so that a bad rule pack stops the run with one error instead of failing every
    document.
    """
    if count is None:  # rows of an archive: a small one is not worth starting a pool
        tasks = iter(tasks)
        head = list(itertools.islice(tasks, POOL_MIN))
        count = len(head) if len(head) < POOL_MIN else None
        tasks = itertools.chain(head, tasks)
    factory = checker_class()
    seen: set[str] = set()

    def prepare(task: Task) -> None:
        # a cached result needs no checker: it was stored by one built from the same
        # files and options, so only documents to check load the rule packs
        key = repr(task.options)
        if key not in seen:
            seen.add(key)
            shared_checker(task.options, factory)

    executor: Executor[Any]
    if dask:
        from checks.dask import DaskExecutor  # an optional dependency (factlint[dask])

        executor = DaskExecutor(dask, jobs, factory)
    else:
        executor = make_executor(jobs, factory, count)
    if cache is not None:
        cache.factory = factory
    try:
        yield from results(tasks, executor, cache, in_flight=max(2, jobs) * IN_FLIGHT,
                           prepare=prepare)
    finally:
        executor.close()
        if cache is not None:
            cache.close()
