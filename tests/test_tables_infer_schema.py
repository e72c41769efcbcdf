"""Inferred relations as pandera checks: `factlint tables --infer-schema`, edited, passed back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pandera.errors
import pandera.pandas as pa
import pytest
import yaml

from checks.cli import main
from checks.errors import ConfigError
from checks.tables.pandera_checks import register
from checks.tables.schema_rules import parse_table_rules

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TRADE = """# Trade by region

| Region | Exports | Imports | Balance |
|---|---|---|---|
| North | 120 | 80 | 40 |
| South | 95 | 110 | -15 |
| East | 240 | 130 | {east} |
| West | 60 | 75 | -15 |
"""


def _json(capsys, argv):
    code = main(argv + ["--format", "json", "--as-of", "2025-07-15"])
    return code, json.loads(capsys.readouterr().out)["documents"][0]


def test_infer_schema_writes_pandera_yaml_with_the_relations(tmp_path, capsys):
    """The seed's table: total row, shares, share of total, order, change, prose."""
    out = tmp_path / "rules.yml"
    assert main(["tables", str(SEEDS / "tables_beef_exports.md"), "--infer-schema",
                 "--output", str(out)]) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    first, second = data["tables"]
    names = [c["options"]["check_name"] for c in first["schema"]["checks"]]
    assert names == ["parts_sum_to_total", "ordered_by", "shares_sum_to_100",
                     "share_of_total", "agrees_with_prose"]
    change = second["schema"]["checks"][0]
    assert change == {"change": "Change (%)", "old": "2024 (¥ billion)",
                      "new": "2030 target (¥ billion)", "how": "relative",
                      "options": {"check_name": "change_between"}}
    assert parse_table_rules(data, str(out))   # pandera reads it back


def test_round_trip_passes_the_correct_table_and_fails_an_edited_one(tmp_path, capsys):
    """Infer from the correct seed, then validate a copy with a mistyped share: it fails."""
    doc = tmp_path / "beef.md"
    shutil.copy(SEEDS / "tables_beef_exports.md", doc)
    rules = tmp_path / "beef.rules.yml"
    assert main(["tables", str(doc), "--infer-schema", "-o", str(rules)]) == 0
    code, res = _json(capsys, ["check", str(doc), "--rules", str(rules)])
    table = [c for c in res["claims"] if c["rule"].startswith("TBL")]
    assert code == 0 and all(c["verdict"] != "fail" for c in table)
    assert any("table rule 'beef.md table 1'" in c["message"] for c in table)
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.replace("| 17.3      |", "| 12.3      |", 1), encoding="utf-8")
    code, res = _json(capsys, ["check", str(doc), "--rules", str(rules)])
    fails = {(c["rule"], c["text"]) for c in res["claims"] if c["verdict"] == "fail"}
    assert code == 1 and ("TBL03", "12.3") in fails


def test_declared_inferred_relation_fails_even_on_a_small_table(tmp_path, capsys):
    """Four rows are too few for the chance guard, but a relation the user kept is stated."""
    doc = tmp_path / "trade.md"
    doc.write_text(TRADE.format(east=110), encoding="utf-8")
    rules = tmp_path / "trade.rules.yml"
    assert main(["tables", str(doc), "--infer-schema", "-o", str(rules)]) == 0
    spec = yaml.safe_load(rules.read_text(encoding="utf-8"))["tables"][0]["schema"]["checks"]
    assert {"kind": "difference", "target": "Balance", "inputs": ["Exports", "Imports"],
            "options": {"check_name": "inferred_relation"}} in spec
    doc.write_text(TRADE.format(east=101), encoding="utf-8")
    _, plain = _json(capsys, ["check", str(doc)])
    assert not [c for c in plain["claims"] if c["verdict"] == "fail"]
    code, res = _json(capsys, ["check", str(doc), "--rules", str(rules)])
    fails = [c for c in res["claims"] if c["verdict"] == "fail"]
    assert code == 1 and [(c["rule"], c["text"]) for c in fails] == [("TBL07", "101")]
    assert "110" in fails[0]["message"]
    # the schema's relation replaces the guessed ones: no second claim about the same row
    assert not [c for c in res["claims"] if c["rule"] == "TBL07" and c["verdict"] == "uncertain"]


def test_inferred_relation_on_a_plain_dataframe():
    """The registered check works in any pandera schema; values exact but for tolerance."""
    register()
    df = pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": [2.0, 3.0, 5.0], "t": [3.0, 5.0, 9.0]})
    schema = pa.DataFrameSchema(checks=[pa.Check.inferred_relation(
        kind="sum", target="t", inputs=["a", "b"])])
    with pytest.raises(pandera.errors.SchemaErrors) as exc:
        schema.validate(df, lazy=True)
    assert set(exc.value.failure_cases["index"]) == {2}
    loose = pa.DataFrameSchema(checks=[pa.Check.inferred_relation(
        kind="sum", target="t", inputs=["a", "b"], tolerance=0.5)])
    loose.validate(df)


def test_unknown_relation_kind_is_a_config_error(tmp_path):
    """A mistyped kind is refused when the rule file loads, naming file and line."""
    data = {"tables": [{"name": "x", "schema": {"checks": [
        {"kind": "product", "target": "t", "inputs": ["a", "b"],
         "options": {"check_name": "inferred_relation"}}]}}]}
    with pytest.raises(ConfigError, match="inferred_relation kind"):
        parse_table_rules(data, str(tmp_path / "r.yml"))


def test_tables_lists_tables_and_reports_a_missing_file(tmp_path, capsys):
    """Without --infer-schema the command lists tables; a missing file is exit 2, one line."""
    assert main(["tables", str(SEEDS / "tables_beef_exports.md")]) == 0
    out = capsys.readouterr().out
    assert "'Share (%)': share [%]" in out
    assert main(["tables", str(tmp_path / "missing.md")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
