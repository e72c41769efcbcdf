"""Safe report writing: a report file is either the old one or the whole new one.

What ``--output PATH`` does depends on what is at PATH:

- ``-``: the report goes to standard output;
- nothing, or a regular file: a temporary file in the same directory is written, flushed
  and renamed over PATH (atomic: readers see the old report or the new one, never half);
- a symbolic link: the link is resolved and its target is written as above, so the link
  stays a link (replacing it would cut it from the file it points to);
- a device, FIFO or socket (``/dev/null``, ``/dev/stdout``, a named pipe): written
  directly, never replaced by a regular file;
- a directory: an error.

Temporary files are named ``.NAME.PID.XXXXXXXX.tmp``: they are removed when the write fails
or the process gets SIGINT or SIGTERM while writing, and a later write into the same
directory removes those left by a process that no longer runs (``kill -9``).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import IO, Any, NoReturn

#: what a bounded reader raises: an exception class (or factory) called as
#: ``error(message, path)``
ErrorFactory = Callable[[str, str], BaseException]


def atomic_write(path: str, data: str | bytes) -> None:
    """Write ``data`` to ``path`` as the module docstring describes (stdout for ``-``)."""
    if path == "-":
        _write_stream(data)
        return
    try:
        st = os.stat(path)  # follows a symlink to what it points to
    except FileNotFoundError:
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "Is a directory", path)
    if st is not None and not stat.S_ISREG(st.st_mode):
        _write_direct(path, data)  # a device, FIFO or socket: never replace it
        return
    if os.path.islink(path):
        path = os.path.realpath(path)
    _replace(path, data)


def _write_stream(data: str | bytes) -> None:
    if isinstance(data, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(data)
        sys.stdout.flush()


def _write_direct(path: str, data: str | bytes) -> None:
    mode = "wb" if isinstance(data, bytes) else "w"
    # (the mode is picked at run time: the binary or the text overload of open)
    fh: IO[Any] = (open(path, mode) if mode == "wb"
                   else open(path, mode, encoding="utf-8", newline=""))
    with fh:
        fh.write(data)


def _replace(path: str, data: str | bytes) -> None:
    """Temporary file in the same directory, fsync, rename over ``path``."""
    directory = os.path.dirname(os.path.abspath(path)) or "."
    os.makedirs(directory, exist_ok=True)
    base = os.path.basename(path)
    sweep(directory, base)
    mode = "wb" if isinstance(data, bytes) else "w"
    with _cleanup_on_signal():
        fd, tmp = tempfile.mkstemp(prefix=f".{base}.{os.getpid()}.", suffix=".tmp",
                                   dir=directory)
        try:
            # mkstemp creates the file private (0600); a report gets the mode a plain open()
            # would give it, or keeps the mode of the file it replaces
            try:
                perms = os.stat(path).st_mode & 0o777
            except OSError:
                umask = os.umask(0)
                os.umask(umask)
                perms = 0o666 & ~umask
            os.chmod(tmp, perms)
            # (the mode is picked at run time: the binary or the text overload of fdopen)
            fh: IO[Any] = (os.fdopen(fd, mode) if mode == "wb"
                           else os.fdopen(fd, mode, encoding="utf-8", newline=""))
            with fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def sweep(directory: str, base: str) -> list[str]:
    """Remove ``.BASE.PID.*.tmp`` files in ``directory`` left by processes that are gone."""
    pattern = re.compile(r"\." + re.escape(base) + r"\.(\d+)\.[A-Za-z0-9_]+\.tmp\Z")
    removed: list[str] = []
    try:
        names = os.listdir(directory)
    except OSError:
        return removed
    for name in names:
        m = pattern.match(name)
        if not m or _alive(int(m.group(1))):
            continue
        full = os.path.join(directory, name)
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(full).st_mode):
                os.unlink(full)
                removed.append(full)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return pid > 0  # someone else's process: leave its file alone
    return True


@contextlib.contextmanager
def _cleanup_on_signal() -> Iterator[None]:
    """Turn SIGTERM into an exception while writing, so the temporary file is removed.

    SIGINT already raises KeyboardInterrupt. Signal handlers can only be set from the main
    thread; elsewhere the write goes on without (a kill then leaves a file for :func:`sweep`).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: FrameType | None) -> NoReturn:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except (ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# --- bounded reading -------------------------------------------------------------------

#: the largest configuration, rule, facts, rates or baseline file factlint reads
MAX_CONFIG_BYTES = 16 * 1024 * 1024
#: the largest baseline file (one short record per recorded finding)
MAX_BASELINE_BYTES = 256 * 1024 * 1024

_KINDS = ((stat.S_ISDIR, "is a directory"), (stat.S_ISFIFO, "is a named pipe (FIFO)"),
          (stat.S_ISCHR, "is a character device"), (stat.S_ISBLK, "is a block device"),
          (stat.S_ISSOCK, "is a socket"))


def read_bytes(path: str, limit: int, error: ErrorFactory = OSError, what: str = "file"
               ) -> bytes:
    """Read at most ``limit`` bytes of a regular file; raise ``error(message, path)`` else.

    Every file factlint reads goes through here: a FIFO, a device or a directory is refused
    without being opened for long (no hang on a pipe nobody writes, no endless
    ``/dev/zero``), and the limit holds even when the size the file system reports is wrong.
    """
    shown = path if len(path) <= 240 else f"{path[:160]}...{path[-60:]}"
    error = _shorten(error, path, shown)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(f"no such {what}", path) from None
    except IsADirectoryError:
        raise error("is a directory" + (f", not a {what}" if what != "file" else ""),
                    path) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", path) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "is special")
            raise error(f"{kind}, not a regular file", path)
        chunks, size = [], 0
        while size <= limit:
            try:
                chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            except BlockingIOError:  # cannot happen for a regular file; never wait
                break
            except OSError as exc:
                raise error(f"cannot read: {exc.strerror or exc}", path) from None
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise error(f"file too large (the limit is {limit} bytes)", path)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _shorten(error: ErrorFactory, path: str, shown: str) -> ErrorFactory:
    """``error`` raised with an over-long path abbreviated (a file name can be 4 KB)."""
    if shown == path:
        return error
    return lambda message, _path: error(message, shown)


def read_text(path: str, limit: int = MAX_CONFIG_BYTES, error: ErrorFactory = OSError,
              what: str = "file") -> str:
    """:func:`read_bytes`, decoded as UTF-8 (a BOM is dropped)."""
    data = read_bytes(path, limit, error, what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise error(f"not valid UTF-8 (byte {exc.start}, line {line})", path) from None
