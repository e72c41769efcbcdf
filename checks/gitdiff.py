"""Only what changed: the lines of each file changed on this branch (``--diff REF``).

As ``git diff REF...`` does, the comparison starts from the merge base of REF and HEAD, so
on a feature branch ``--diff origin/main`` reports what the branch changed, not what main
changed since the branch left it. Lines come from ``git diff -U0 $(git merge-base REF HEAD)``
(the working tree against that commit: commits of the branch, staged and unstaged edits);
files git does not track yet count as changed throughout. ``REF...`` is accepted and means
the same. A claim is kept when its stated text or one of its inputs lies on a changed line.
"""

from __future__ import annotations

import os
import re
import subprocess

from checks.errors import ConfigError
from checks.findings import Claim, RunResult

ALL = None  # every line of a file counts as changed
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f",
            "r": "\r", "v": "\v"}


def _git(args: list[str], cwd: str) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise ConfigError("--diff needs git, which is not installed") from None
    if proc.returncode:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ConfigError(f"--diff: git {args[0]} failed: {err[-1] if err else proc.returncode}")
    return proc.stdout.decode("utf-8", "surrogateescape")


def unquote(name: str) -> str:
    """Undo git's C-style quoting of an unusual file name."""
    if not (name.startswith('"') and name.endswith('"')):
        return name
    body, out, i = name[1:-1], bytearray(), 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt in "01234567" and i + 4 <= len(body):
                out.append(int(body[i + 1:i + 4], 8))
                i += 4
                continue
            out += _ESCAPES.get(nxt, nxt).encode()
            i += 2
            continue
        out += ch.encode("utf-8", "surrogateescape")
        i += 1
    return out.decode("utf-8", "replace")


def parse_diff(diff: str) -> dict[str, set[int]]:
    """Changed line numbers (new side) per file path (relative to the repository root)."""
    out: dict[str, set[int]] = {}
    current = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = unquote(line[4:].rstrip("\t"))
            current = None if name == "/dev/null" else name[2:] if name.startswith("b/") else name
            if current is not None:
                out.setdefault(current, set())
        elif current is not None and line.startswith("@@"):
            m = _HUNK.match(line)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or 1)
                out[current].update(range(start, start + count))
    return out


class ChangedLines:
    """Which lines of which files changed since a revision."""

    def __init__(self, ref: str, cwd: str | None = None):
        cwd = os.path.abspath(cwd or os.getcwd())
        ref = (ref or "").strip()
        if ref.endswith("...") and ".." not in ref[:-3]:
            ref = ref[:-3]   # "origin/main..." is what --diff means anyway
        self.ref = ref
        if not ref:
            raise ConfigError("--diff needs a git revision, e.g. --diff origin/main")
        if ref.startswith("-") or ".." in ref:
            raise ConfigError(f"--diff: {ref!r} is not a revision (give one branch, tag or "
                              "commit, e.g. origin/main; the merge base is found for you)")
        try:
            self.root = _git(["rev-parse", "--show-toplevel"], cwd).strip()
        except ConfigError:
            raise ConfigError(f"--diff: {cwd} is not inside a git repository") from None
        try:
            _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"],
                 cwd)
        except ConfigError:
            raise ConfigError(f"--diff: {ref!r} is not a commit, branch or tag of this "
                              "repository (fetch it first, e.g. git fetch origin main)") from None
        try:
            #: the commit the comparison starts from: where this branch left REF
            self.base = _git(["merge-base", "--end-of-options", ref, "HEAD"], self.root).strip()
        except ConfigError:
            raise ConfigError(f"--diff: {ref!r} and HEAD have no common ancestor (in a "
                              "shallow clone, fetch more history: git fetch --unshallow)"
                              ) from None
        diff = _git(["-c", "core.quotepath=off", "diff", "-U0", "--no-color", "--no-ext-diff",
                     "--find-renames", "--src-prefix=a/", "--dst-prefix=b/", self.base, "--"],
                    self.root)
        self.files: dict[str, set[int] | None] = {
            self._key(os.path.join(self.root, p)): lines
            for p, lines in parse_diff(diff).items()}
        untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], self.root)
        for p in filter(None, untracked.split("\0")):
            self.files[self._key(os.path.join(self.root, p))] = ALL

    @staticmethod
    def _key(path: str) -> str:
        return os.path.realpath(path)

    def lines(self, path: str) -> set[int] | None:
        """Changed lines of a file: a set, ``ALL`` (None) for a new file, empty if unchanged."""
        return self.files.get(self._key(path), set())

    def touches(self, claim: Claim, text: str | None) -> bool:
        """True when the claim's text or one of its inputs lies on a changed line."""
        changed = self.lines(claim.path)
        if changed is ALL:
            return True
        if not changed:
            return False
        spans = [(claim.start, claim.end, claim.line)] + [(i.start, i.end, i.line)
                                                          for i in claim.inputs]
        for start, end, line in spans:
            if text is not None and 0 <= start <= end <= len(text):
                from checks.formatters.common import line_index

                idx = line_index(text)
                first, last = idx.line(start), idx.line(max(end - 1, start))
            else:
                first = last = line
            if any(n in changed for n in range(first, last + 1)):
                return True
        return False


def apply(run: RunResult, changed: ChangedLines) -> RunResult:
    """Leave out the claims no changed line touches; count them in ``filtered``."""
    from checks.formatters.common import text_of

    for doc in run.documents:
        if not doc.claims:
            continue
        text = text_of(doc)
        kept = [c for c in doc.claims if changed.touches(c, text)]
        if len(kept) != len(doc.claims):
            doc.filtered["diff"] = doc.filtered.get("diff", 0) + len(doc.claims) - len(kept)
            doc.claims = kept
    return run
