"""`mypy --strict` is clean on the extraction modules (the scanner and its readers).

Run by the suite (and so by CI) when mypy is installed (it is in the ``test`` extra).
To check by hand: ``.venv/bin/python -m mypy --strict checks/extract.py checks/patterns.py
checks/readers checks/numwords.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STRICT = ["checks/extract.py", "checks/patterns.py", "checks/readers", "checks/numwords.py"]


def test_extraction_modules_are_mypy_strict_clean():
    pytest.importorskip("mypy")
    # (no cache directory: nothing is written into the work tree)
    out = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", "/dev/null",
                          "--no-error-summary", *STRICT], cwd=ROOT, capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
