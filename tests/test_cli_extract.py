"""`factlint extract`: the jsonl contract, formats, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest

from checks.cli import main
from checks.quantity import CONTRACT_FIELDS


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "article.md"
    p.write_text("---\ndate: 2024-03-01\n---\nWagyu exports rose nearly 40% to ¥64.8 billion,\n"
                 "and Toyota sold 2.146 million vehicles.\n", encoding="utf-8")
    return p


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_contract(capsys, article):
    code, out, err = run(capsys, "extract", str(article), "--format", "jsonl")
    assert code == 0 and err == ""
    recs = [json.loads(line) for line in out.splitlines()]
    assert [tuple(r) for r in recs] == [CONTRACT_FIELDS] * 3
    first = recs[0]
    assert first == {"path": str(article), "line": 4, "column": 20, "start": first["start"],
                     "end": first["end"], "text": "nearly 40%", "value": 40.0,
                     "unit": "percent", "kind": "percent", "low": 36.0, "high": 40.5,
                     "hedge": "nearly"}
    text = article.read_text(encoding="utf-8")
    for r in recs:
        assert text[r["start"]:r["end"]] == r["text"]
    assert (recs[1]["value"], recs[1]["unit"], recs[1]["kind"]) == (64.8e9, "JPY", "money")
    assert (recs[2]["unit"], recs[2]["kind"]) == ("vehicle", "count")


def test_csv_and_table(capsys, article):
    code, out, _ = run(capsys, "extract", str(article), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and tuple(rows[0]) == CONTRACT_FIELDS and len(rows) == 3
    code, out, _ = run(capsys, "extract", str(article), "--format", "table")
    assert code == 0 and "¥64.8 billion" in out and out.splitlines()[0].startswith("place")
    # numbers as people write them: no exponents, thousands separators, open ends as ∞
    assert "e+" not in out and "64,800,000,000" in out


def test_table_writes_numbers_without_exponents(capsys, tmp_path):
    doc = tmp_path / "n.md"
    doc.write_text("Sales hit ¥2.45 billion, more than 800,000 units.\n", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(doc), "--format", "table")
    assert "2,450,000,000" in out and "2.45e+09" not in out and "800,000 – ∞" in out


def test_output_file_is_written_atomically(capsys, article, tmp_path):
    target = tmp_path / "out" / "q.jsonl"
    code, out, _ = run(capsys, "extract", str(article), "--format", "jsonl", "-o", str(target))
    assert code == 0 and out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3
    assert [p for p in os.listdir(target.parent) if p.endswith(".tmp")] == []


def test_bad_documents_exit_2_and_others_still_reported(capsys, article, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"ok\nbad \xc3\x28 byte\n")
    code, out, err = run(capsys, "extract", str(binary), str(tmp_path / "gone.md"),
                         str(broken), str(article), "--format", "jsonl")
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("factlint: ") for line in lines)
    assert f"{binary}: binary file" in lines[0]
    assert f"{tmp_path / 'gone.md'}: no such file" in lines[1]
    assert f"{broken}:2:5: not valid UTF-8" in lines[2]
    assert "Traceback" not in err
    assert len(out.splitlines()) == 3  # the good article is still reported


def test_directory_argument(capsys, article):
    code, out, _ = run(capsys, "extract", str(article.parent), "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 3


def test_validate_passes_on_good_output(capsys, article):
    code, out, err = run(capsys, "extract", str(article), "--format", "jsonl", "--validate")
    assert code == 0 and err == "" and len(out.splitlines()) == 3


def test_validate_reports_a_schema_violation_as_internal_error(capsys, article, monkeypatch):
    from checks import extraction

    real = extraction.Extracted.records

    def broken(self):
        recs = real(self)
        recs[0]["low"] = recs[0]["value"] + 1  # low above value: a factlint bug
        return recs

    monkeypatch.setattr(extraction.Extracted, "records", broken)
    code, out, err = run(capsys, "extract", str(article), "--format", "jsonl", "--validate")
    assert code == 2 and out == ""
    assert err.startswith("factlint: internal error: quantity table violates its schema")
    assert "low <= value <= high (rows [0])" in err and "Traceback" not in err and err.count("\n") == 1


def test_malformed_hedge_lexicon(capsys, article, tmp_path):
    bad = tmp_path / "hedges.yml"
    bad.write_text("hedges:\n  - phrases: [about]\n    type: approx\n    low: lo\n    high: [\n")
    code, _, err = run(capsys, "extract", str(article), "--hedges", str(bad))
    assert code == 2 and err.startswith(f"factlint: {bad}:") and "malformed YAML" in err
    unknown = tmp_path / "unknown.yml"
    unknown.write_text("hedges:\n  - phrases: [about]\n    type: approx\n    low: lo\n"
                       "    high: hi\n    colour: red\n")
    code, _, err = run(capsys, "extract", str(article), "--hedges", str(unknown))
    assert code == 2 and "unknown key 'colour'" in err


def test_user_hedge_lexicon_extends_the_built_in_one(capsys, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("The plant employs a smidge over 500 workers.")
    extra = tmp_path / "extra.yml"
    extra.write_text("hedges:\n  - phrases: [a smidge over]\n    type: above\n    low: lo\n"
                     "    high: x*1.02\n    strict: low\n")
    code, out, _ = run(capsys, "extract", str(doc), "--format", "jsonl", "--hedges", str(extra))
    rec = json.loads(out)
    assert code == 0 and rec["hedge"] == "a smidge over" and rec["high"] == pytest.approx(510)


def test_usage_error_is_one_line(capsys, article):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(article), "--format", "xml"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("factlint: error:") and err.count("\n") == 1


def test_extract_start_up_imports_no_pandas_or_pint(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Sales rose 5%.")
    code = ("import sys; from checks.cli import main; main(['extract', %r, '--format', 'jsonl']);"
            "print(sorted(m for m in ('pandas', 'pint', 'pandera') if m in sys.modules))"
            % str(doc))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().endswith("[]")


def test_a_scanner_bug_is_one_line_and_other_documents_go_on(capsys, article, tmp_path,
                                                           monkeypatch):
    from checks import extraction

    other = tmp_path / "boom.txt"
    other.write_text("boom 5%")
    real = extraction.extract

    def flaky(text, config=None):
        if "boom" in text:
            raise ZeroDivisionError("division by zero")
        return real(text, config)

    monkeypatch.setattr(extraction, "extract", flaky)
    code, out, err = run(capsys, "extract", str(other), str(article), "--format", "jsonl")
    assert code == 2 and len(out.splitlines()) == 3
    assert re.fullmatch(
        rf"factlint: {re.escape(str(other))}: InternalError: ZeroDivisionError: division by "
        r"zero in extraction \(at extraction\.py:\d+; this is a factlint bug, please report "
        r"it\)\n", err), err


def test_jsonl_is_strict_json_with_null_for_open_interval_ends(tmp_path):
    """'more than 800,000' is open above: its high is null, never the non-JSON Infinity."""
    import json as _json
    import subprocess
    import sys

    doc = tmp_path / "a.txt"
    doc.write_text("It aims to sell more than 800,000 vehicles.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "checks", "extract", str(doc), "--format",
                          "jsonl"], capture_output=True, text=True, check=True).stdout

    def strict(token):
        raise ValueError(f"non-standard JSON constant {token}")

    recs = [_json.loads(line, parse_constant=strict) for line in out.splitlines()]
    assert recs[0]["low"] == 800000.0 and recs[0]["high"] is None
