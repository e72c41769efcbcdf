"""Shared fixtures: where the repository and the optional ../shared folder are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder beside the repository; skip the test where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (a fresh clone)")
    return SHARED
