"""Baselines: record today's findings, and later report only the new ones.

A finding is matched by its path (relative to the baseline file) and its fingerprint: the
rule, the quoted claim and the texts of its inputs, never line numbers, so edits elsewhere
in a document keep it matched. A baselined claim still counts when its verdict got worse
(uncertain then, fail now). Identical findings in one document match one for one.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from typing import Any

from checks.errors import ConfigError
from checks.findings import VERDICT_RANK, Claim, RunResult, Verdict

VERSION = 1
DEFAULT_NAME = ".factlint-baseline.json"
#: the verdicts a baseline records, with their rank (a pass is never recorded)
_RANK = {v: r for v, r in VERDICT_RANK.items() if v != Verdict.PASS}


def _rel(path: str, base_dir: str) -> str:
    return os.path.relpath(os.path.abspath(path), base_dir).replace(os.sep, "/")


def entries(run: RunResult, baseline_path: str) -> list[dict[str, Any]]:
    """The baseline records of every fail and uncertain claim of a run, sorted."""
    base = os.path.dirname(os.path.abspath(baseline_path))
    out = []
    for doc in run.documents:
        for c in doc.claims:
            if c.verdict not in _RANK:
                continue
            out.append({"path": _rel(c.path, base), "rule": c.rule, "verdict": c.verdict,
                        "claim": " ".join(c.text.split()),
                        "inputs": [" ".join(i.text.split()) for i in c.inputs],
                        "fingerprint": c.fingerprint()})
    return sorted(out, key=lambda e: (e["path"], e["rule"], e["claim"], e["fingerprint"],
                                      e["verdict"]))


def dumps(run: RunResult, baseline_path: str) -> str:
    """The baseline file's text: deterministic JSON, no timestamps."""
    doc = {"version": VERSION, "tool": "factlint", "findings": entries(run, baseline_path)}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write(run: RunResult, baseline_path: str) -> int:
    """Write the baseline atomically; return how many findings it records."""
    from checks.io import atomic_write

    text = dumps(run, baseline_path)
    atomic_write(baseline_path, text)
    return text.count('"fingerprint"')


class Baseline:
    """Recorded findings, matched one for one against a new run."""

    def __init__(self, path: str, records: list[dict[str, Any]]):
        self.path = path
        self.base = os.path.dirname(os.path.abspath(path))
        self._left: dict[tuple[str, str], list[int]] = defaultdict(list)
        for r in records:
            self._left[(r["path"], r["fingerprint"])].append(_RANK[r["verdict"]])
        for ranks in self._left.values():
            ranks.sort(reverse=True)

    def __len__(self) -> int:
        return sum(len(v) for v in self._left.values())

    def take(self, claim: Claim) -> bool:
        """True (and the record is used up) when the claim was already recorded."""
        ranks = self._left.get((_rel(claim.path, self.base), claim.fingerprint()))
        rank = _RANK.get(claim.verdict)
        if not ranks or rank is None:
            return False
        for n, r in enumerate(ranks):
            if rank <= r:
                del ranks[n]
                return True
        return False


def load(path: str) -> Baseline:
    """Read a baseline file; raise ConfigError naming the file and the problem."""
    from checks.io import MAX_BASELINE_BYTES, read_text

    if not os.path.lexists(path):
        raise ConfigError("no such baseline file (create it with `factlint baseline`)", path)
    text = read_text(path, MAX_BASELINE_BYTES, ConfigError, "baseline file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"malformed baseline JSON: {exc.msg}", path, exc.lineno,
                          exc.colno) from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ConfigError(f"not a factlint baseline (version {VERSION} expected)", path)
    records = data.get("findings")
    if not isinstance(records, list):
        raise ConfigError("baseline lacks its 'findings' list", path)
    for n, r in enumerate(records):
        if not (isinstance(r, dict) and isinstance(r.get("path"), str)
                and isinstance(r.get("fingerprint"), str) and r.get("verdict") in _RANK):
            raise ConfigError(f"finding {n} needs path, fingerprint and a verdict of "
                              f"fail or uncertain", path)
    return Baseline(path, records)


def apply(run: RunResult, baseline: Baseline) -> RunResult:
    """Leave out the claims the baseline records; count them in ``filtered``."""
    for doc in run.documents:
        kept, dropped = [], 0
        # earlier claims take records first, so that duplicates match in document order
        for c in sorted(doc.claims, key=lambda c: c.sort_key()):
            if baseline.take(c):
                dropped += 1
            else:
                kept.append(c)
        if dropped:
            doc.claims = kept
            doc.filtered["baseline"] = doc.filtered.get("baseline", 0) + dropped
    return run
