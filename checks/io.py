"""Atomic report writing: a report file is either the old one or the whole new one."""

from __future__ import annotations

import os
import tempfile


def atomic_write(path: str, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory + rename."""
    directory = os.path.dirname(os.path.abspath(path)) or "."
    os.makedirs(directory, exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp",
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
        with os.fdopen(fd, mode, **({} if mode == "wb" else {"encoding": "utf-8",
                                                             "newline": ""})) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
