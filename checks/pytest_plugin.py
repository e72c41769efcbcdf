"""pytest plugin: ``pytest --factlint`` checks documents as test items."""

from __future__ import annotations


def pytest_addoption(parser):
    """Register the --factlint option."""
    group = parser.getgroup("factlint")
    group.addoption("--factlint", action="store_true", default=False,
                    help="check .md, .txt and .html documents with factlint")
