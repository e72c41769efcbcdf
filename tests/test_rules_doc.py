"""docs/rules.md is generated from the rule packs and must be regenerated when they change."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("gen_rules_doc",
                                                  ROOT / "scripts" / "gen_rules_doc.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_rules_doc_is_up_to_date():
    """The committed reference equals what scripts/gen_rules_doc.py writes."""
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == _generator().render(), \
        "docs/rules.md is stale: run python scripts/gen_rules_doc.py and commit it"


def test_rules_doc_lists_every_rule_with_its_examples():
    """Each prose rule has a section with its anchor, message and both example lists."""
    from checks.rules import load_rule_packs

    text = _generator().render()
    for rule in load_rule_packs().reading("prose"):
        section = text.split(f"### {rule.code}\n", 1)
        assert len(section) == 2, f"no section for {rule.code}"
        body = section[1].split("\n### ", 1)[0]
        assert rule.name in body and "Passes:" in body and "Fails:" in body
        assert rule.examples_fail[0].split()[0] in body


def test_check_mode_reports_a_stale_file(tmp_path, capsys):
    """--check exits 1 on a stale file, and 0 once the script has rewritten it."""
    gen = _generator()
    out = tmp_path / "rules.md"
    out.write_text("# stale\n", encoding="utf-8")
    assert gen.main(["--check", "--output", str(out)]) == 1
    assert "out of date" in capsys.readouterr().err
    assert gen.main(["--output", str(out)]) == 0
    assert gen.main(["--check", "--output", str(out)]) == 0
