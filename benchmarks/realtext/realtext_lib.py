"""Shared helpers of the real-text claim corpus tools: load cases, run factlint, match claims.

A corpus is JSONL, one case a line, in the format of ``../shared/eval/claims/README.md``:
``{"id", "source_url", "date", "date_basis", "topic", "split", "text", "mutated",
"claims": [{"quote", "type", "gold", "computation", "note"?, "start", "end"}]}``.
``topic`` and ``split`` (``tune`` / ``heldout``) are optional for other corpora.

factlint is run as a user runs it: every case is written to ``<dir>/<id>.txt`` and
``factlint check <dir> --format json --quiet --as-of DATE`` runs once per as-of date.
Predicted claims are matched to gold quotes by span overlap in the same document.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

TYPES = ("share_of", "percent_change", "multiple", "currency_conversion", "unit_conversion",
         "sum_of_parts", "ranking_order", "elapsed_years", "anniversary", "other")
GOLDS = ("consistent", "inconsistent", "indeterminate")
SPLITS = ("tune", "heldout")
_WORST = {"fail": 2, "uncertain": 1, "pass": 0}
ROOT = Path(__file__).resolve().parents[2]


def default_command() -> list[str]:
    """The factlint command of this checkout: ``.venv/bin/factlint`` if present, else on PATH."""
    local = ROOT / ".venv" / "bin" / "factlint"
    return [str(local)] if local.exists() else ["factlint"]


def load_cases(paths, split: str = "all", subset: str = "all") -> list[dict]:
    """Read JSONL corpora; keep cases of ``split`` (tune/heldout/all) and ``subset``.

    ``subset`` is ``original``, ``mutated`` or ``all``. A case without ``split`` counts as
    ``tune`` only under ``all``. Bad lines raise ``ValueError`` naming file and line.
    """
    cases = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    case = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON: {exc.msg}") from None
                if not isinstance(case, dict) or "id" not in case or "text" not in case:
                    raise ValueError(f"{path}:{n}: a case needs 'id' and 'text'")
                case.setdefault("claims", [])
                case["_source"] = f"{path}:{n}"
                if split != "all" and case.get("split") != split:
                    continue
                mutated = bool(case.get("mutated"))
                if subset == "original" and mutated or subset == "mutated" and not mutated:
                    continue
                cases.append(case)
    return cases


def as_of_for(date: str | None) -> str | None:
    """The as-of date of a case date: YYYY-MM-DD as is, YYYY-MM -> the 15th, YYYY -> July 1."""
    if not date:
        return None
    parts = str(date).split("-")
    if len(parts) == 3:
        return str(date)
    if len(parts) == 2:
        return f"{date}-15"
    return f"{parts[0]}-07-01"


def _safe_name(case_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in case_id)


@dataclass
class RunResult:
    """Predicted claims per case id, and the problems met while running."""

    claims: dict[str, list[dict]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def run_factlint(docs: list[tuple[str, str, str | None]], command: list[str] | None = None,
                 timeout: float = 1800.0, workers: int = 2) -> RunResult:
    """Check ``(key, text, as_of)`` documents with factlint; return predicted claims per key.

    Documents are written as ``<key>.txt`` (text and a trailing newline) into one temporary
    directory per as-of date, and factlint runs once per directory (``workers`` at a time).
    """
    from concurrent.futures import ThreadPoolExecutor

    command = command or default_command()
    groups: dict[str | None, list[tuple[str, str]]] = defaultdict(list)
    for key, text, as_of in docs:
        groups[as_of].append((key, text))
    result = RunResult()
    with tempfile.TemporaryDirectory(prefix="realtext-") as tmp:
        jobs = []
        for k, (as_of, members) in enumerate(sorted(groups.items(), key=lambda kv: kv[0] or "")):
            folder = Path(tmp) / f"g{k}"
            folder.mkdir()
            names = {}
            for key, text in members:
                name = _safe_name(key)
                names[name] = key
                (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
            jobs.append((as_of, folder, names))

        def run(job):
            as_of, folder, names = job
            cmd = [*command, "check", str(folder), "--format", "json", "--quiet"]
            if as_of:
                cmd += ["--as-of", as_of]
            try:
                return job, subprocess.run(cmd, capture_output=True, text=True, timeout=timeout), None
            except (OSError, subprocess.TimeoutExpired) as exc:
                return job, None, exc

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            outcomes = list(pool.map(run, jobs))
        for (as_of, _folder, names), proc, exc in outcomes:
            if exc is not None:
                result.problems.append(f"as_of={as_of}: {exc}")
                continue
            try:
                report = json.loads(proc.stdout)
            except json.JSONDecodeError:
                tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
                result.problems.append(f"as_of={as_of}: exit {proc.returncode}, no JSON: {tail[0]}")
                continue
            for doc in report.get("documents", []):
                key = names.get(Path(doc.get("path", "")).stem)
                if key is None:
                    continue
                result.claims[key] = list(doc.get("claims", []))
                for err in doc.get("errors", []) or []:
                    result.problems.append(f"{key}: {err}")
    return result


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether half-open spans a and b share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def matched(gold: dict, predicted: list[dict]) -> list[dict]:
    """Predicted claims whose own span overlaps the gold quote's span."""
    span = (gold["start"], gold["end"])
    return [p for p in predicted
            if isinstance(p.get("start"), int) and isinstance(p.get("end"), int)
            and overlaps(span, (p["start"], p["end"]))]


def verdict_of(hits: list[dict]) -> str | None:
    """The verdict of a gold claim: the worst verdict among its matches (fail > uncertain > pass)."""
    verdicts = [h.get("verdict") for h in hits if h.get("verdict") in _WORST]
    return max(verdicts, key=_WORST.get) if verdicts else None


def expected_verdict(gold: str) -> str | None:
    """The verdict a gold label asks for; None for indeterminate (scored for recall only)."""
    return {"consistent": "pass", "inconsistent": "fail"}.get(gold)


def fail(msg: str) -> None:
    """Print a one-line error and exit 2."""
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(2)


def env_command(value: str | None) -> list[str] | None:
    """A command given as a string (``--cmd``), split like a shell would."""
    if not value:
        return None
    import shlex
    return shlex.split(value)


__all__ = ["TYPES", "GOLDS", "SPLITS", "load_cases", "as_of_for", "run_factlint", "matched",
           "verdict_of", "expected_verdict", "overlaps", "fail", "env_command", "RunResult",
           "default_command"]


#: the corpus halves, read when no --cases is given
DEFAULT_CASES = [Path(__file__).resolve().parent / "part_a.jsonl",
                 Path(__file__).resolve().parent / "part_b.jsonl"]


def load_corpus(given, split: str, subset: str) -> tuple[list, list[dict]]:
    """The files and cases of ``--cases`` (default: the corpus halves), or a one-line exit."""
    paths = given or [p for p in DEFAULT_CASES if p.exists()]
    if not paths:
        fail("no corpus: give --cases FILE.jsonl")
    for p in paths:
        if not p.exists():
            fail(f"{p}: no such file")
    try:
        return paths, load_cases(paths, split, subset)
    except ValueError as exc:
        fail(str(exc))
    raise AssertionError("unreachable: fail() exits")
