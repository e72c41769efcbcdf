"""The built-in table rules (rules/tables.yml): documented, named, and their examples behave."""

from __future__ import annotations

import pytest

from checks.documents import make_document
from checks.tables import table_claims
from checks.rules import load_rule_packs
from checks.tables.claims import builtin_rules, rule_codes

RULES = list(builtin_rules().values())


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_is_documented(rule):
    """Code, problem name, description, message, pass message and hint are all there."""
    assert rule.code.startswith("TBL") and rule.name.startswith("table.")
    assert len(rule.description.split()) >= 15
    assert rule.message.strip() and rule.pass_message.strip() and rule.hint.strip()
    assert rule_codes([rule.name]) == {rule.code} == rule_codes([rule.code])
    assert load_rule_packs().get(rule.name) == rule


EXAMPLES = [r for r in RULES if r.examples_pass and r.examples_fail]


@pytest.mark.parametrize("rule", EXAMPLES, ids=[r.code for r in EXAMPLES])
def test_examples_behave(rule):
    """The pass example yields no finding of the rule but passes; the fail example is flagged."""
    good = table_claims(make_document(rule.examples_pass[0], "example.md", "markdown"))
    bad = table_claims(make_document(rule.examples_fail[0], "example.md", "markdown"))
    mine = [c for c in good if c.rule == rule.code]
    assert all(c.verdict == "pass" for c in mine), [c.message for c in mine]
    flagged = "uncertain" if rule.kind == "table reading" else "fail"
    assert any(c.rule == rule.code and c.verdict == flagged for c in bad), \
        [(c.rule, c.verdict, c.message) for c in bad]
    if rule.kind != "table reading":
        assert mine, f"{rule.code}: the pass example is not checked at all"


def test_every_check_kind_but_schema_has_examples():
    """Only the schema rule, whose checks are the user's, goes without examples."""
    assert {r.code for r in RULES} - {r.code for r in EXAMPLES} == {"TBL10"}


def test_reference_in_docs_is_generated_from_the_rules():
    """docs/tables.md carries exactly the reference rules/tables.yml generates."""
    from checks.tables.reference import DOC, render

    if not DOC.is_file():
        pytest.skip("docs/ is not installed beside the package")
    assert render() in DOC.read_text(encoding="utf-8"), \
        "docs/tables.md is stale: run python -m checks.tables.reference"


def test_rules_and_explain_list_the_table_rules(capsys):
    """`factlint rules` lists the table rules; `factlint explain TBL01` (or its name) explains it."""
    from checks.cli import main

    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "TBL01" in out and "table.prose-disagrees" in out
    assert main(["explain", "table.total-mismatch"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("TBL01  table.total-mismatch") and "hint:" in out
