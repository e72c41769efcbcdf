"""Where the built-in rule packs live: inside the installed package, or rules/ in a checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from checks.errors import ConfigError
from checks.io import read_text
from checks.safeyaml import load


@lru_cache(maxsize=1)
def rules_dir() -> Path:
    """Return the directory of the built-in YAML rule packs."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if (candidate / "hedges.yml").is_file():
            return candidate
    raise FileNotFoundError("factlint's built-in rules/ directory is missing from the install")


def load_yaml(path: str | Path) -> Any:
    """Load a YAML file (bounded read, YAML budget); raise ConfigError naming the file and
    line when it is unreadable or malformed. Whatever the file holds, hence ``Any``."""
    text = read_text(str(path), error=ConfigError)
    try:
        return load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"malformed YAML: {problem}", str(path),
                          mark.line + 1 if mark else None,
                          mark.column + 1 if mark else None) from None
