"""pandera integration: registered checks, YAML table rules, failures as claims, bad schemas as errors."""

from __future__ import annotations

import json
import os
import textwrap

import pandas as pd
import pandera.errors
import pandera.pandas as pa
import pytest

from checks.cli import main
from checks.documents import make_document, read_document
from checks.errors import ConfigError
from checks.options import CheckOptions
from checks.tables import table_claims
from checks.tables.pandera_checks import CHECK_NAMES, register

DOC = """# Beef

Table 1: Beef exports by destination

| Rank | Destination | 2024 (¥ billion) | Share (%) |
|---|---|---|---|
| 1 | United States | 13.4 | 20.7 |
| 2 | Taiwan | 11.2 | 17.3 |
| 3 | Hong Kong | 8.4 | 13.0 |
| 4 | Cambodia | 6.7 | 10.3 |
| | Other | 25.1 | 38.7 |
| | Total | 64.8 | 100.0 |

## Second

| Name | Count |
|---|---|
| a | 1 |
"""


def _rules(tmp_path, body: str, name: str = "rules.yml") -> str:
    p = tmp_path / name
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return str(p)


def _check(tmp_path, body: str, text: str = DOC):
    path = _rules(tmp_path, body)
    doc = make_document(text, str(tmp_path / "doc.md"), "markdown")
    return table_claims(doc, CheckOptions(rule_paths=(path,)))


def test_checks_are_registered_with_pandera():
    """After register() the relations are pandera Check methods, usable in any schema."""
    register()
    register()   # idempotent
    for name in CHECK_NAMES:
        assert hasattr(pa.Check, name)


def test_registered_check_on_a_plain_dataframe():
    """Outside factlint values are exact, widened by ``tolerance``; lazy errors list the row."""
    register()
    df = pd.DataFrame({"Country": ["A", "B", "Other", "Total"], "v": [1.0, 2.0, 1.0, 5.0]})
    schema = pa.DataFrameSchema(checks=[pa.Check.parts_sum_to_total(columns=["v"])])
    with pytest.raises(pandera.errors.SchemaErrors) as exc:
        schema.validate(df, lazy=True)
    assert 3 in set(exc.value.failure_cases["index"])
    ok = pa.DataFrameSchema(checks=[pa.Check.parts_sum_to_total(columns=["v"], tolerance=0.5)])
    ok.validate(df)   # 4 ± 1.5 meets 5 ± 0.5


def test_schema_from_pandera_yaml_with_registered_checks():
    """pandera's own YAML format names factlint's checks like its built-in ones."""
    register()
    schema = pa.DataFrameSchema.from_yaml(textwrap.dedent("""
        columns:
          v: {dtype: float64, checks: {ge: 0}}
        checks:
          ordered_by: {column: v, descending: true}
    """))
    schema.validate(pd.DataFrame({"v": [3.0, 2.0, 1.0]}))
    with pytest.raises(pandera.errors.SchemaErrors):
        schema.validate(pd.DataFrame({"v": [3.0, 4.0, 1.0]}), lazy=True)


RULE = """
tables:
  - name: beef
    match: {caption: beef exports}
    schema:
      columns:
        Destination: {dtype: str}
        "2024 (¥ billion)":
          dtype: float64
          checks:
            greater_than_or_equal_to: 0
            less_than: 20
      checks:
        parts_sum_to_total: {columns: ["2024 (¥ billion)"]}
        share_of_total: {share: "Share (%)", value: "2024 (¥ billion)"}
        ordered_by: {column: "2024 (¥ billion)", rank: Rank}
"""


def test_every_failure_case_becomes_a_claim_at_its_cell(tmp_path):
    """Lazy validation: both cells over 20 are reported, each at its line, as TBL10 fails."""
    claims = _check(tmp_path, RULE)
    tbl10 = sorted((c.line, c.text) for c in claims if c.rule == "TBL10")
    assert tbl10 == [(11, "25.1"), (12, "64.8")]
    msg = next(c.message for c in claims if c.rule == "TBL10")
    assert "less_than(20)" in msg and "table rule 'beef'" in msg
    assert any(c.rule == "TBL01" and c.verdict == "pass" for c in claims)


def test_schema_relations_are_confident(tmp_path):
    """A relation the user declared fails outright where the automatic check would hedge."""
    text = DOC.replace("| 3 | Hong Kong | 8.4 |", "| 3 | Hong Kong | 18.4 |")
    claims = _check(tmp_path, RULE.replace("less_than: 20", "less_than: 100"), text)
    fails = {(c.rule, c.text) for c in claims if c.verdict == "fail"}
    assert ("TBL01", "64.8") in fails and ("TBL05", "18.4") in fails


def test_missing_column_and_wrong_dtype(tmp_path):
    """A column the schema needs and the table lacks is one claim at the table's header."""
    claims = _check(tmp_path, """
        tables:
          - match: {position: 1}
            schema:
              columns:
                Volume (tonnes): {dtype: float64}
                Destination: {dtype: int64}
    """)
    msgs = [c.message for c in claims if c.rule == "TBL10"]
    assert any("no column 'Volume (tonnes)'" in m for m in msgs)
    assert any("Destination" in m for m in msgs)
    assert all(c.line >= 1 for c in claims)


def test_match_by_heading_header_position_and_documents(tmp_path):
    """Each way of naming a table picks the right one; a document glob limits the rule."""
    body = """
        tables:
          - match: {{{m}}}
            documents: [{docs}]
            schema:
              checks:
                parts_sum_to_total: {{columns: [Count], complete: true}}
    """
    for m in ("heading: Second", "header: [Name, count]", "position: 2"):
        claims = _check(tmp_path, body.format(m=m, docs="'*.md'"))
        assert any(c.rule == "TBL01" and "no total row" in c.message for c in claims), m
    claims = _check(tmp_path, body.format(m="position: 2", docs="'*.html'"))
    assert not any("no total row" in c.message for c in claims)


def test_severity_override_and_auto_off(tmp_path):
    """A rule's severity applies to its findings; auto: false drops the automatic checks."""
    claims = _check(tmp_path, """
        tables:
          - match: {position: 1}
            severity: warning
            auto: false
            schema:
              columns:
                "2024 (¥ billion)": {checks: {less_than: 20}}
    """)
    assert {c.rule for c in claims} <= {"TBL10", "TBL06"}
    assert all(c.severity == "warning" for c in claims if c.rule == "TBL10")


def test_prose_agreement_as_a_schema_check(tmp_path):
    """agrees_with_prose reports the TBL06 findings of the named columns."""
    text = "Taiwan bought ¥12.2 billion of beef in 2024.\n\n" + DOC
    claims = _check(tmp_path, """
        tables:
          - match: {position: 1}
            schema:
              checks:
                agrees_with_prose: {columns: ["2024 (¥ billion)"]}
    """, text)
    (c,) = [c for c in claims if c.rule == "TBL06"]
    assert c.verdict == "fail" and "table rule" in c.message


@pytest.mark.parametrize("body,line,words", [
    ("tables:\n  - match: {position: 1}\n    schema:\n      columns:\n        A:\n"
     "          checks: {greater_thn: 0}\n", 6, "unknown check 'greater_thn'"),
    ("tables:\n  - match: {position: 1}\n    schema:\n      columns:\n        A:\n"
     "          dtype: flot64\n", 6, "does not parse"),
    ("tables:\n  - match: {position: 1}\n    colour: red\n    schema: {}\n", 2,
     "unknown key 'colour'"),
    ("tables:\n  - match: {size: 1}\n    schema: {}\n", 2, "unknown match key 'size'"),
    ("tables:\n  - match: {position: 0}\n    schema: {}\n", 2, "position"),
    ("tables:\n  - match: {position: 1\n", 3, "malformed YAML"),
    ("tables:\n  - match: {position: 1}\n    schema:\n      checks:\n        change_between:\n"
     "          {change: A, old: B, new: C, how: sideways}\n", 6, "how must be"),
])
def test_bad_table_rules_are_config_errors(tmp_path, body, line, words):
    """A schema or rule that does not parse names the file and line; never a traceback."""
    path = _rules(tmp_path, body)
    doc = make_document(DOC, "doc.md", "markdown")
    with pytest.raises(ConfigError) as exc:
        table_claims(doc, CheckOptions(rule_paths=(path,)))
    assert words in exc.value.message
    assert exc.value.path == path and exc.value.line == line


def test_cli_bad_schema_exit_2_one_line(tmp_path, capsys):
    """factlint check --rules bad.yml: one line on stderr naming file and line, exit 2."""
    doc = tmp_path / "doc.md"
    doc.write_text(DOC, encoding="utf-8")
    bad = _rules(tmp_path, "tables:\n  - match: {position: 1}\n    schema:\n      checks:\n"
                           "        nope: {}\n")
    code = main(["check", str(doc), "--rules", bad, "--format", "json"])
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert code == 2 and len(err) == 1 and f"{bad}:5" in err[0]
    assert "Traceback" not in captured.err + captured.out


def test_cli_checks_a_csv_and_leaves_it_untouched(tmp_path, capsys):
    """factlint check file.csv reports the table's claims in JSON; the file is not modified."""
    p = tmp_path / "beef.csv"
    p.write_text("Destination,2024 (¥ billion)\nUS,13.4\nTaiwan,11.2\nOther,40.2\n"
                 "Total,46.8\n", encoding="utf-8")
    before = (p.read_bytes(), os.stat(p).st_mtime_ns)
    code = main(["check", str(p), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    claims = out["documents"][0]["claims"]
    (c,) = [c for c in claims if c["rule"] == "TBL01"]
    assert c["verdict"] == "fail" and c["text"] == "46.8" and c["line"] == 5
    assert p.read_text(encoding="utf-8")[c["start"]:c["end"]] == "46.8"
    assert code == 1
    assert (p.read_bytes(), os.stat(p).st_mtime_ns) == before


def test_large_table_is_checked(tmp_path):
    """A 10,000-row CSV: every row read, the total checked, a wrong total found."""
    rows = "".join(f"r{i},{i % 97}.{i % 10}\n" for i in range(10_000))
    total = sum(float(f"{i % 97}.{i % 10}") for i in range(10_000))
    p = tmp_path / "big.csv"
    # 10,000 parts rounded to 0.1 allow ±500 in their sum: an error must be larger
    p.write_text("Item,Value (m)\n" + rows + f"Other,0.0\nTotal,{total + 1000:.1f}\n",
                 encoding="utf-8")
    doc = read_document(str(p))
    claims = table_claims(doc)
    (c,) = [c for c in claims if c.rule == "TBL01"]
    assert c.verdict == "fail" and c.line == 10_003


def test_registered_check_naming_a_missing_column_is_reported(tmp_path):
    """A factlint check that cannot run on the matched table says so (uncertain), no crash."""
    claims = _check(tmp_path, """
        tables:
          - match: {position: 1}
            schema:
              checks:
                parts_sum_to_total: {columns: ["Nope"]}
    """)
    (c,) = [c for c in claims if c.rule == "TBL10"]
    assert c.verdict == "uncertain" and "no column 'Nope'" in c.message
