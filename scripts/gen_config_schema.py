"""Write factlint.schema.json, the JSON Schema of [tool.factlint] and .factlint.yaml.

Usage: python scripts/gen_config_schema.py            # rewrite factlint.schema.json
       python scripts/gen_config_schema.py --check    # exit 1 when it is stale

The schema is built from the configuration loader's own key table (checks.config), and
tests/test_config_schema.py fails when the committed file differs or when the loader and the
schema disagree about a sample configuration.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCHEMA = ROOT / "factlint.schema.json"


def main(argv=None) -> int:
    """Rewrite the schema file, or with --check report whether it is stale."""
    from checks.config import schema_text

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="exit 1 when the file is stale")
    args = p.parse_args(argv)
    text = schema_text()
    if args.check:
        current = SCHEMA.read_text(encoding="utf-8") if SCHEMA.exists() else ""
        if current != text:
            print(f"{SCHEMA.name} is stale: run python scripts/gen_config_schema.py",
                  file=sys.stderr)
            return 1
        return 0
    SCHEMA.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
