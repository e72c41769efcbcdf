"""The wheel ships every subpackage of checks/ and the rule packs."""

from __future__ import annotations

import tomllib

from conftest import ROOT


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "checks").rglob("__init__.py")}
    assert found <= listed, f"missing from [tool.setuptools] packages: {found - listed}"
    assert "checks.rules" in listed


def test_rules_are_package_data():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert data["package-dir"]["checks.rules"] == "rules"
    assert "*.yml" in data["package-data"]["checks.rules"]
