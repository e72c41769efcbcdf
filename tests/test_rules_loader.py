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
    [rule] = rs.reading("prose")  # and the table and assertion rules, always loaded
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


def test_a_user_pack_cannot_pick_a_table_or_assertion_kind(tmp_path):
    """Those kinds report what the package's own checks find; a rule of its own would
    never fire, so the pack is refused at load, naming a prose kind to pick."""
    for kind in ("table change", "assertion"):
        message = error_of(write(tmp_path, GOOD.replace("kind: share", f"kind: {kind}")))
        assert f"kind {kind!r} is one of the package's own" in message and "share" in message


def test_pass_messages_belong_to_the_kinds_that_have_them(tmp_path):
    pack = GOOD.replace("    hint: recompute\n", "    hint: recompute\n    pass_message: ok\n")
    assert "kind share has no pass_message" in error_of(write(tmp_path, pack))


def test_one_catalogue_for_every_reader(capsys):
    """The checker, `factlint rules`, `explain`, --select and the docs read one list: prose,
    table and assertion rules alike, also without the built-in prose packs."""
    from checks.cli import main
    from checks.selection import catalog

    rules = load_rule_packs()
    codes = sorted(r.code for r in rules.rules)
    assert [r.code for r in catalog()] == codes
    assert {"TBL01", "DOC01", "PCT01"} <= set(codes)
    assert {r.code for r in load_rule_packs(builtin=False).rules} == {
        r.code for r in rules.reading("table") + rules.reading("document")}
    assert main(["rules"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listed[1:-1]] == codes
    assert listed[-1] == f"{len(codes)} rules"
    assert main(["explain", "doc.assertion-failed"]) == 0
    assert capsys.readouterr().out.startswith("DOC01  doc.assertion-failed")


def test_the_assertion_code_is_the_documents_pack_rule():
    from checks.assertions import CODE, NAME

    assert load_rule_packs().get(CODE).name == NAME
