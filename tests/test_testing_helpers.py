"""checks.testing: the rule-case loader, sidecars, and the claim and quantity assertions."""

from __future__ import annotations

import textwrap

import pytest

from checks.errors import ConfigError
from checks.findings import Claim, DocumentResult, Input
from checks.testing import (ExpectedClaim, assert_claim, assert_no_claim, assert_quantity,
                            check_expectations, claim_matches, family_matches,
                            load_case_file, load_sidecar, quote_spans, rule_matches)
from checks.testing_reports import make_claim

TEXT = "BYD sold 2.146 million cars,\nnearly 40% of its 5.5 million goal."


def _result(*claims) -> DocumentResult:
    return DocumentResult(path="doc.txt", claims=list(claims), text=TEXT)


def _claim(quote="nearly 40%", verdict="pass", rule="PCT01", inputs=("2.146 million",),
           **kw) -> Claim:
    return make_claim(TEXT, quote, path="doc.txt", rule=rule, verdict=verdict,
                      inputs=inputs, name=kw.pop("name", "percent.share-mismatch"),
                      kind=kw.pop("kind", "share"), **kw)


def _write(tmp_path, name, body) -> str:
    p = tmp_path / name
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return str(p)


# ---------------------------------------------------------------- matching


def test_quote_spans_match_across_line_wraps():
    """A quote written on one line matches text wrapped over two."""
    start = TEXT.index("cars,")
    assert quote_spans(TEXT, "cars, nearly 40%") == [(start, start + 16)]
    assert quote_spans(TEXT, "nearly 45%") == []


def test_rule_matches_code_name_prefix_and_family():
    """Code, name, dotted name prefix and letter prefix select; a digit prefix does not."""
    assert rule_matches("PCT01", "PCT01", "percent.share-mismatch")
    assert rule_matches("percent", "PCT01", "percent.share-mismatch")
    assert rule_matches("PCT", "PCT01")
    assert not rule_matches("PCT0", "PCT01")
    assert not rule_matches("CHG01", "PCT01", "percent.share-mismatch")
    assert family_matches("total", "totals") and family_matches("conversion", "conversion")
    assert not family_matches("share", "change")


def test_claim_matches_by_overlapping_span_and_inputs():
    """The quote may be part of a longer claim; inputs must each be among the claim's."""
    c = _claim()
    assert claim_matches(c, TEXT, text="40%", verdict="pass", inputs=["2.146 million"])
    assert claim_matches(c, TEXT, text="nearly 40% of", rule="share")
    assert not claim_matches(c, TEXT, text="40%", verdict="fail")
    assert not claim_matches(c, TEXT, text="5.5 million goal")
    assert not claim_matches(c, TEXT, text="40%", inputs=["5.5 million"])
    assert claim_matches(c, TEXT, text="40%", verdict="fail|pass")


def test_assert_claim_returns_claim_or_lists_what_was_found():
    """A failing assertion names the claims at the quote with their verdicts."""
    res = _result(_claim())
    assert assert_claim(res, text="nearly 40%", verdict="pass").rule == "PCT01"
    with pytest.raises(AssertionError, match=r"(?s)claims at that text.*PCT01 pass"):
        assert_claim(res, text="nearly 40%", verdict="fail")
    with pytest.raises(AssertionError, match="was not found"):
        assert_claim(res, text="5.5 million goal")


def test_assert_no_claim():
    """A near-miss assertion fails when the rule reported a fail there."""
    assert_no_claim(_result(_claim()), text="nearly 40%", verdict="fail")
    with pytest.raises(AssertionError, match="expected no claim"):
        assert_no_claim(_result(_claim(verdict="fail")), verdict="fail")


def test_check_expectations_reports_missing_and_unexpected_fails():
    """Missing claims and fails nobody expected are problems; unexpected passes are not."""
    want = [ExpectedClaim("PCT01", "pass", "nearly 40%")]
    assert check_expectations(_result(_claim()), want) == []
    extra_pass = _claim("5.5 million", "pass", inputs=())
    assert check_expectations(_result(_claim(), extra_pass), want) == []
    assert check_expectations(_result(_claim(), extra_pass), want, strict=True)
    extra_fail = _claim("5.5 million", "fail", inputs=())
    problems = check_expectations(_result(_claim(), extra_fail), want)
    assert len(problems) == 1 and problems[0].startswith("unexpected PCT01 fail")
    problems = check_expectations(_result(_claim(verdict="fail")), want)
    assert len(problems) == 1 and problems[0].startswith("missing PCT01 pass")
    # a fail of another rule is not this rule's business when a rule is given
    other = _claim("5.5 million", "fail", rule="CHG01", inputs=(), name="change.x")
    assert check_expectations(_result(_claim(), other), want, rule="PCT01") == []


# ---------------------------------------------------------------- loading


def test_case_file_loads_with_ids_and_flags(tmp_path):
    """Cases get ``<CODE>_<name>`` ids; a case expecting a fail of its rule flags."""
    path = _write(tmp_path, "PCT01.yml", """\
        rule: PCT01
        cases:
          - name: wrong_share
            why: 96 / 310 is 31%.
            text: It paid ¥96 billion, 41% of its ¥310 billion income.
            expect:
              - {verdict: fail, text: 41%, inputs: [¥96 billion]}
          - name: near
            why: within rounding
            near_miss: true
            config: {as_of: 2025-07-15, format: markdown}
            text: It paid ¥96 billion, 31% of its ¥310 billion income.
        """)
    flag, near = load_case_file(path)
    assert (flag.id, flag.flags, near.flags, near.near_miss) == \
        ("PCT01_wrong_share", True, False, True)
    assert flag.expect[0] == ExpectedClaim("PCT01", "fail", "41%", ("¥96 billion",))
    assert near.config["format"] == "markdown"


@pytest.mark.parametrize("body,message", [
    ("rule: PCT01\ncases:\n  - name: a\n    text: x 41%\n", "needs a non-empty 'why'"),
    ("rule: PCT01\ncases:\n  - name: a\n    why: w\n    text: x 41%\n    expect:\n"
     "      - {verdict: fail, text: 45%}\n", "'45%' is not in the case's text"),
    ("rule: PCT01\ncases:\n  - name: a\n    why: w\n    text: x 41%\n    expect:\n"
     "      - {verdict: wrong, text: 41%}\n", "verdict must be one of"),
    ("rule: PCT01\ncases:\n  - name: a\n    why: w\n    text: x\n    colour: red\n",
     "unknown key 'colour'"),
    ("rule: PCT01\ncases:\n  - name: a\n    why: w\n    text: x\n    config: {date: 1}\n",
     "unknown config key 'date'"),
    ("rule: PCT01\ncases:\n  - name: a\n    why: w\n    text: x\n  - name: a\n    why: w\n"
     "    text: y\n", "defined twice"),
    ("rule: PCT01\ncases: [\n", "malformed YAML"),
])
def test_bad_case_files_name_file_and_line(tmp_path, body, message):
    """Every problem of a case file is a ConfigError naming the file (and line)."""
    path = _write(tmp_path, "PCT01.yml", body)
    with pytest.raises(ConfigError, match=message) as exc:
        load_case_file(path)
    assert str(exc.value).startswith(path)


def test_sidecar_finds_its_document_and_checks_quotes(tmp_path):
    """A sidecar pairs with the one document of its name; quotes must be in it."""
    (tmp_path / "seed.md").write_text("---\ndate: 2025-07-15\n---\nUp 8% to $2.7 billion "
                                      "from $2.5 billion.\n", encoding="utf-8")
    path = _write(tmp_path, "seed.expected.yml", """\
        as_of: 2025-07-15
        rules: [extra.yml]
        claims:
          - {rule: change, verdict: [pass, uncertain], text: Up 8%, inputs: [$2.5 billion]}
        """)
    spec = load_sidecar(path)
    assert spec.document.endswith("seed.md") and spec.name == "seed"
    assert spec.claims[0].verdict == "pass|uncertain"
    assert spec.rule_paths == (str(tmp_path / "extra.yml"),)
    _write(tmp_path, "seed.expected.yml", "claims:\n  - {verdict: pass, text: Up 9%}\n")
    with pytest.raises(ConfigError, match="'Up 9%' is not in"):
        load_sidecar(path)


# ---------------------------------------------------------------- quantities


def test_assert_quantity_with_tolerance():
    """Values compare within a relative tolerance; a wrong field is named in the error."""
    from checks.documents import make_document
    from checks.extraction import extract_document

    qs = extract_document(make_document("It sold about 2.146 million vehicles."))
    q = assert_quantity(qs, "2.146 million vehicles", value=2_146_000.0000001,
                        unit="vehicle", kind="count")
    assert q.hedge is None or q.hedge == "about"
    with pytest.raises(AssertionError, match="value"):
        assert_quantity(qs, "2.146 million vehicles", value=2_150_000, rel=1e-4)
    with pytest.raises(AssertionError, match="no quantity"):
        assert_quantity(qs, "5.5 million")


def test_input_records_keep_their_quote():
    """make_claim inputs (the helper this module's tests build on) carry their places."""
    c = _claim(inputs=("2.146 million", "5.5 million"))
    assert [i.text for i in c.inputs] == ["2.146 million", "5.5 million"]
    assert all(isinstance(i, Input) and TEXT[i.start:i.end] == i.text for i in c.inputs)


def test_case_params_for_rule_pack_authors(tmp_path):
    """case_params gives one pytest.param per case, with ids and xfail marks."""
    from checks.testing import case_params

    _write(tmp_path, "ABC01.yml", """\
        rule: ABC01
        cases:
          - {name: one, why: w, text: t}
          - {name: two, why: w, text: t, xfail: known bug}
        """)
    one, two = case_params(tmp_path)
    assert (one.id, two.id) == ("ABC01_one", "ABC01_two")
    assert not one.marks and two.marks[0].kwargs["reason"] == "known bug"
