"""The published JSON Schema of the configuration agrees with the loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.config import KNOWN_KEYS, config_schema, load, schema_text
from checks.errors import ConfigError

jsonschema = pytest.importorskip("jsonschema")
ROOT = Path(__file__).resolve().parent.parent


def test_committed_schema_is_up_to_date():
    assert (ROOT / "factlint.schema.json").read_text(encoding="utf-8") == schema_text(), \
        "factlint.schema.json is stale: run python scripts/gen_config_schema.py"


def test_schema_is_valid_and_names_every_key():
    schema = config_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for key in KNOWN_KEYS:
        assert key.replace("_", "-") in schema["properties"], key


SAMPLES = [
    "paths: [articles]\nfail-on: warning\nas-of: '2025-07-15'\ndisable: [RNK01]\n",
    "fail_on: never\nformat: sarif\nyen: CNY\nbuiltin-rules: false\n",
    "suppress:\n  - {path: 'wire/*.txt', claim: nearly 40%, rule: PCT01}\n",
    "xfail:\n  - {path: a.md, reason: known}\n",
    "overrides:\n  - {paths: ['archive/**'], as-of: '2019-01-01', disable: [ELA03]}\n",
    "pytest-items: claim\nexclude: drafts/\n",
    # rejected by both
    "fail-on: warnings\n",
    "colour: red\n",
    "builtin-rules: maybe\n",
    "rules: 3\n",
    "suppress:\n  - {path: a.txt}\n",
    "suppress:\n  - {path: a.txt, claim: x, rle: PCT01}\n",
    "overrides:\n  - {paths: [a], fail-on: never}\n",
    "format: pdf\n",
    "as-of: last week\n",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_loader_and_schema_agree(tmp_path, text):
    import yaml

    path = tmp_path / ".factlint.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load(str(path))
        loader_ok = True
    except ConfigError:
        loader_ok = False
    data = json.loads(json.dumps(yaml.safe_load(text), default=str))
    schema_ok = jsonschema.Draft202012Validator(config_schema()).is_valid(data)
    assert loader_ok == schema_ok, (text, loader_ok, schema_ok)
