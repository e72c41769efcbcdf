"""Snapshots of what people read: the text reports of seeds/, committed and compared.

A change to a message, a verdict or an extracted quantity shows up here as a diff to
review. When the change is intended, update the snapshots with one command and commit them:

    FACTLINT_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_snapshots.py
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from checks.cli import main

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("FACTLINT_UPDATE_SNAPSHOTS") == "1"

#: snapshot file -> the command that writes it (run from the repository root)
REPORTS = {
    "seeds_check.txt": ["check", "seeds", "--quiet", "--format", "text", "--color", "never"],
    "seeds_quantities.txt": ["extract", "seeds", "--format", "table"],
}


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_report_matches_snapshot(name, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # paths in the report are relative: "seeds/..."
    out = tmp_path / name
    assert main([*REPORTS[name], "--output", str(out)]) in (0, 1)
    got = out.read_text(encoding="utf-8")
    snapshot = SNAPSHOTS / name
    if UPDATE:
        snapshot.write_text(got, encoding="utf-8")
        return
    assert snapshot.is_file(), f"no snapshot {name}: FACTLINT_UPDATE_SNAPSHOTS=1 pytest {__file__}"
    want = snapshot.read_text(encoding="utf-8")
    if got != want:
        diff = "".join(difflib.unified_diff(want.splitlines(keepends=True),
                                            got.splitlines(keepends=True),
                                            f"snapshots/{name}", "now", n=1))
        lines = diff.splitlines()
        more = f"\n... ({len(lines) - 60} more diff lines)" if len(lines) > 60 else ""
        pytest.fail(f"{name} differs from its snapshot (if intended, update with "
                    f"FACTLINT_UPDATE_SNAPSHOTS=1 pytest tests/test_snapshots.py):\n"
                    + "\n".join(lines[:60]) + more, pytrace=False)
