"""A content-hash cache of check results in SQLite: an unchanged corpus is not checked again.

A result is stored under the hash of

- the document: its bytes (or an archive row's text), path, format and own date;
- everything else that can change a verdict: the options (as-of date, selected rules, yen,
  ...), the contents of every rule pack, fact, rate and hedge file they name, the built-in
  rule packs, factlint's own code and version, the checker class, and the version of the
  ECB rate table.

Only results without errors are stored, so an error is always reported afresh. The
database runs in WAL mode with a busy timeout, so two runs (two CI jobs on one runner) can
share a cache; a cache that cannot be read is deleted and rebuilt with a warning, never
trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from checks import __version__
from checks.documents import MAX_BYTES, front_matter
from checks.errors import FactlintError
from checks.findings import Claim, DocumentResult, Fix, Input
from checks.io import MAX_CONFIG_BYTES, read_bytes
from checks.options import CheckOptions
from checks.parallel import Task, options_key
from checks.rules import builtin_rule_files

DEFAULT_DIR = ".factlint-cache"
FILENAME = "results.sqlite3"
#: bump when the stored record changes shape
SCHEMA = 2
#: results written per transaction
BATCH = 256


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of factlint's code, data files and built-in rule packs (once per process)."""
    h = hashlib.sha256(f"factlint {__version__} schema {SCHEMA}".encode())
    here = Path(__file__).resolve().parent
    roots = [here]
    try:
        roots += sorted({Path(f).resolve().parent for f in builtin_rule_files()})
    except Exception:  # noqa: BLE001 - no built-in packs: nothing to add
        pass
    for root in roots:
        for f in sorted(root.rglob("*")):
            if f.suffix in (".py", ".txt", ".yml", ".yaml") and "__pycache__" not in f.parts:
                h.update(str(f.relative_to(root)).encode())
                h.update(f.read_bytes())
    try:
        # (importlib.metadata takes about 11 ms to import; only a run with the cache on
        # needs it)
        from importlib.metadata import version

        h.update(("currencyconverter " + version("currencyconverter")).encode())
    except Exception:  # noqa: BLE001
        pass
    return h.hexdigest()


def _file_hash(path: str) -> str:
    try:
        return hashlib.sha256(read_bytes(str(path), MAX_CONFIG_BYTES, OSError)).hexdigest()
    except OSError as exc:
        return f"unreadable {exc.errno}"


def run_key(options: CheckOptions, factory: object) -> str:
    """The hash of everything besides the document that can change its result."""
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(f"{getattr(factory, '__module__', '')}.{getattr(factory, '__qualname__', '')}"
             .encode())
    h.update(repr(options).encode())
    files = (tuple(options.rule_paths) + tuple(options.fact_files)
             + tuple(options.rate_files) + tuple(options.extract.hedge_files))
    for f in files:
        h.update(f"\0{f}\0{_file_hash(f)}".encode())
    return h.hexdigest()


#: front matter keys that name other files, looked for in the first bytes of a document
_NAMES_FILES = re.compile(rb"^(?:tables|data|factlint)[ \t]*:", re.M)
_HEAD = 64 * 1024


def _named_files(path: str, content: bytes) -> list[str] | None:
    """The files a document's front matter names (tables, data, factlint.assertions),
    relative to the document; None when the front matter cannot be read."""
    try:
        meta, _ = front_matter(content.decode("utf-8-sig"), path)
    except (UnicodeDecodeError, FactlintError):
        return None

    def as_list(value: object) -> list[Any]:
        if isinstance(value, str):
            return [value]
        return list(value) if isinstance(value, list) else []

    names = as_list(meta.get("tables")) + as_list(meta.get("data"))
    if isinstance(meta.get("factlint"), dict):
        names += as_list(meta["factlint"].get("assertions"))
    base = os.path.dirname(path)
    return [os.path.normpath(os.path.join(base, str(n))) for n in names]


def encode(result: DocumentResult) -> str:
    """A stored result: JSON of every claim field (the text is not stored)."""
    return json.dumps({"as_of": result.as_of, "quantities": result.quantities,
                       "quantities_used": result.quantities_used,
                       "warnings": result.warnings,
                       "claims": [c.to_dict() for c in result.claims]},
                      ensure_ascii=False, separators=(",", ":"))


def decode(data: str, path: str) -> DocumentResult:
    """A DocumentResult from its stored form."""
    d = json.loads(data)
    claims = []
    for c in d["claims"]:
        c["inputs"] = tuple(Input(**i) for i in c["inputs"])
        if c.get("fix") is not None:
            c["fix"] = Fix(**c["fix"])
        claims.append(Claim(**c))
    return DocumentResult(path=path, as_of=d["as_of"], claims=claims,
                          quantities=d["quantities"], quantities_used=d["quantities_used"],
                          warnings=list(d.get("warnings", [])))


#: how often a run tries to open a cache another run holds (about 5 s in all)
_OPEN_ATTEMPTS = 14


def _locked(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "busy": another run, not a damaged file."""
    return isinstance(exc, sqlite3.OperationalError) and (
        "locked" in str(exc) or "busy" in str(exc))


class Cache:
    """Results of earlier runs, by document and run hash, in ``directory``/results.sqlite3."""

    def __init__(self, directory: str = DEFAULT_DIR,
                 factory: Callable[[CheckOptions], object] | None = None):
        self.directory = directory
        self.path = os.path.join(directory, FILENAME)
        self.factory = factory
        self._run_keys: dict[object, str] = {}
        self._pending: list[tuple[str, str]] = []
        self.hits = self.misses = 0
        self.db: sqlite3.Connection | None = None
        try:
            self.db = self._open_when_free()
        except (sqlite3.DatabaseError, OSError) as exc:
            if _locked(exc):
                # another run holds it longer than we wait: run without it, never delete it
                print(f"factlint: warning: {self.path}: cache busy ({exc}); running without "
                      f"it", file=sys.stderr)
            else:
                self._rebuild(exc)

    def _open_when_free(self) -> sqlite3.Connection:
        """Open the database, waiting while another run holds it: two runs that start
        together both switch a new file to WAL, and that switch takes a lock SQLite's busy
        timeout does not wait for."""
        for attempt in range(_OPEN_ATTEMPTS):
            try:
                return self._open()
            except sqlite3.OperationalError as exc:
                if not _locked(exc) or attempt == _OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")  # (the loop returns or raises)

    def _open(self) -> sqlite3.Connection:
        os.makedirs(self.directory, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=60, isolation_level=None,
                             check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, "
                       "value TEXT NOT NULL)")
            db.execute("SELECT count(*) FROM results WHERE key = ''").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _rebuild(self, exc: Exception) -> None:
        """Delete a cache that cannot be read and start an empty one (or run without)."""
        print(f"factlint: warning: {self.path}: cache unreadable ({exc}); rebuilding it",
              file=sys.stderr)
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.Error:
                pass
        for suffix in ("", "-wal", "-shm"):
            try:
                os.unlink(self.path + suffix)
            except OSError:
                pass
        try:
            self.db = self._open()
        except (sqlite3.DatabaseError, OSError) as again:
            print(f"factlint: warning: {self.path}: cannot create a cache ({again}); "
                  f"running without one", file=sys.stderr)
            self.db = None

    def key(self, task: Task) -> str | None:
        """The cache key of a task, or None when its document cannot be read."""
        if self.db is None or task.error is not None:
            return None

        okey = options_key(task.options)
        run = self._run_keys.get(okey)
        if run is None:
            run = self._run_keys[okey] = run_key(task.options, self.factory)
        if task.text is not None:
            content = task.text.encode("utf-8", "surrogatepass")
        else:
            try:  # the one bounded reader: a FIFO or a device is refused, never waited on
                content = read_bytes(task.path, MAX_BYTES, OSError, "document")
            except (OSError, ValueError):
                return None
        h = hashlib.sha256(run.encode())
        h.update(f"\0{task.path}\0{task.fmt}\0{task.as_of}\0".encode("utf-8", "surrogatepass"))
        h.update(content)
        if task.text is None and _NAMES_FILES.search(content[:_HEAD]):
            # front matter naming other files (tables:, data:, factlint: assertions):
            # their contents change the result too
            named = _named_files(task.path, content)
            if named is None:
                return None
            for f in named:
                h.update(f"\0{f}\0{_file_hash(f)}".encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def get(self, key: str, task: Task | None = None) -> DocumentResult | None:
        """The stored result for ``key`` (with the task's text when it has one), or None."""
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
            result = decode(row[0], task.path if task is not None else "") if row else None
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            self._rebuild(exc)
            result = None
        if result is None:
            self.misses += 1
            return None
        self.hits += 1
        if task is not None and task.text is not None:
            result.text = task.text
        return result

    def put(self, key: str, result: DocumentResult) -> None:
        """Store a result (written in batches; call close() at the end)."""
        if self.db is None:
            return
        self._pending.append((key, encode(result)))
        if len(self._pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the pending results in one transaction."""
        if self.db is None or not self._pending:
            self._pending = []
            return
        rows, self._pending = self._pending, []
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)",
                                rows)
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as exc:  # locked for too long: skip, never block
            try:
                self.db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            print(f"factlint: warning: {self.path}: results not cached ({exc})",
                  file=sys.stderr)
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)

    def close(self) -> None:
        """Write what is pending and close the database."""
        self.flush()
        if self.db is not None:
            self.db.close()
            self.db = None
