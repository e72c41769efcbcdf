"""Rule packs that are malformed are rejected at load, naming file, line, rule and key."""

from __future__ import annotations

import subprocess
import sys

import pytest

from checks.errors import ConfigError
from checks.rules import load_rule_packs

GOOD = """\
rules:
  - code: TST01
    name: test.share-mismatch
    kind: share
    severity: warning
    tolerance:
      grey: 0.01
    message: "stated {stated}; {part} / {whole} = {computed}"
    hint: recompute
    description: a test rule
    examples:
      pass: ["Women hold 3 out of 25 seats, or 12%."]
      fail: ["Women hold 3 out of 25 seats, or 15%."]
"""


def write(tmp_path, text, name="pack.yml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def error_of(path) -> str:
    with pytest.raises(ConfigError) as err:
        load_rule_packs([str(path)], builtin=False)
    return str(err.value)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_good_pack_loads(tmp_path):
    rs = load_rule_packs([str(write(tmp_path, GOOD))], builtin=False)
    [rule] = rs.rules
    assert (rule.code, rule.kind, rule.severity) == ("TST01", "share", "warning")
    assert rule.param("shapes") == ["of_whole", "out_of"]  # defaults filled in
    assert rs.get("test.share-mismatch") is rule


@pytest.mark.parametrize("old, new, key, fragment", [
    ("kind: share", "kind: sharez", "kind", "unknown relation kind 'sharez'"),
    ("severity: warning", "severity: fatal", "severity", "must be one of"),
    ("      grey: 0.01", "      grey: -0.5", "tolerance", "impossible"),
    ("      grey: 0.01", "      relative: 1.5", "tolerance", "impossible"),
    ("      grey: 0.01", "      grey: lots", "tolerance", "must be a number"),
    ("= {computed}", "= {computed} {wholee}", "message", "unknown field {wholee}"),
    ("= {computed}", "= {computed", "message", "malformed"),
    ("    hint: recompute", "    hint: recompute\n    params:\n      window: 3", "params",
     "unknown parameter 'window'"),
    ("    hint: recompute", "    hint: recompute\n    params:\n      max_gap: many",
     "params", "must be int"),
    ("    hint: recompute", "    hint: recompute\n    colour: red", "colour",
     "unknown key"),
    ("name: test.share-mismatch", "name: Share Mismatch", "name", "dotted lower-case"),
    ("code: TST01", "code: t1", "code", "letters then digits"),
])
def test_bad_rule_names_file_line_rule_and_key(tmp_path, old, new, key, fragment):
    assert old in GOOD
    text = GOOD.replace(old, new)
    path = write(tmp_path, text)
    msg = error_of(path)
    assert fragment in msg
    assert msg.startswith(f"{path}:")
    assert f"key {key!r}" in msg
    line = int(msg.split(":")[1])
    assert line == line_of(text, f"{key}:") or line == 2


def test_missing_required_key(tmp_path):
    text = GOOD.replace("    description: a test rule\n", "")
    msg = error_of(write(tmp_path, text))
    assert "rule TST01, key 'description': missing" in msg and ":2:" in msg


def test_missing_examples_are_rejected(tmp_path):
    text = GOOD.replace('      fail: ["Women hold 3 out of 25 seats, or 15%."]\n', "")
    assert "needs 'pass' and 'fail'" in error_of(write(tmp_path, text))


def test_missing_required_parameter(tmp_path):
    text = GOOD.replace("kind: share", "kind: expression").replace(
        "    hint: recompute", "    hint: recompute\n    params:\n      pattern: '{a:money}'")
    text = text.replace("{part} / {whole} = {computed}", "{computed}")
    msg = error_of(write(tmp_path, text))
    assert "missing parameter 'relation'" in msg and "key 'params'" in msg
    assert f":{line_of(text, 'params:')}:" in msg


def test_bad_yaml_names_line_and_column(tmp_path):
    text = GOOD.replace("    severity: warning", "    severity: [warning")
    msg = error_of(write(tmp_path, text))
    assert "malformed YAML" in msg
    assert msg.startswith(f"{tmp_path / 'pack.yml'}:")


def test_not_a_mapping_and_unknown_top_level_key(tmp_path):
    assert "must be a mapping" in error_of(write(tmp_path, "- just\n- a list\n"))
    assert "unknown top-level key 'rulez'" in error_of(write(tmp_path, "rulez: []\n"))
    assert "'rules' must be a list" in error_of(write(tmp_path, "rules: {a: 1}\n"))


def test_binary_and_missing_files(tmp_path):
    p = tmp_path / "bin.yml"
    p.write_bytes(b"\xff\xfe\x00rules")
    assert "not valid UTF-8" in error_of(p)
    assert "no such file" in error_of(tmp_path / "absent.yml")


def test_duplicate_codes_are_rejected(tmp_path):
    a = write(tmp_path, GOOD, "a.yml")
    b = write(tmp_path, GOOD.replace("test.share-mismatch", "test.other-mismatch"), "b.yml")
    with pytest.raises(ConfigError) as err:
        load_rule_packs([str(a), str(b)], builtin=False)
    assert "TST01 is defined twice" in str(err.value)


def test_cli_reports_a_bad_pack_in_one_line_with_exit_2(tmp_path):
    pack = write(tmp_path, GOOD.replace("kind: share", "kind: sharez"))
    doc = write(tmp_path, "Women hold 3 out of 25 seats, or 12%.\n", "doc.txt")
    proc = subprocess.run([sys.executable, "-m", "checks", "check", str(doc), "--rules",
                           str(pack)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(pack) in lines[0] and "TST01" in lines[0] and "'kind'" in lines[0]
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
