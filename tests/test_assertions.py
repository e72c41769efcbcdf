"""Document-specific assertions (checks/assertions.py) and their wiring into check runs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from checks.documents import make_document, read_document
from checks.checker import Checker
from checks.errors import ConfigError
from checks.options import CheckOptions

ROOT = Path(__file__).resolve().parent.parent
DOC = ("Beef exports stood at ¥64.8 billion in 2024, and the goal for 2030 is ¥113.2 billion. "
       "The US was the largest buyer at ¥13.4 billion, followed by Taiwan at ¥11.2 billion, "
       "Hong Kong at ¥8.4 billion and Cambodia at ¥6.7 billion.\n")


def write(tmp_path, body, name="a.yml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return str(p)


def run(tmp_path, body, text=DOC, path="beef.txt"):
    rules = write(tmp_path, body)
    checker = Checker(CheckOptions(rule_paths=(rules,), selected=("DOC01",)))
    return checker.check(make_document(text, path))


FACTS = """\
    assertions:
      facts:
        total: {quote: "¥64.8 billion"}
        target: {quote: "¥113.2 billion"}
        us: {quote: "¥13.4 billion"}
        taiwan: "¥11.2 billion"
        hong_kong: {quote: "¥8.4 billion"}
        cambodia: {quote: "¥6.7 billion"}
      checks:
"""


def test_sum_order_and_phrase_checks(tmp_path):
    res = run(tmp_path, FACTS + """\
        - check: us + taiwan + hong_kong + cambodia <= total
          message: the four buyers fit inside the total
        - check: descending(us, taiwan, hong_kong, cambodia)
        - check: target 'almost double' total
        - check: target 'more than triple' total
    """)
    got = [(c.rule, c.verdict) for c in res.claims]
    assert got.count(("DOC01", "pass")) == 2
    by_msg = {c.message.split(" (")[0].split(":")[0]: c for c in res.claims}
    sum_claim = by_msg["the four buyers fit inside the total"]
    assert "¥39.5 billion–¥39.9 billion" in sum_claim.message
    assert {i.text for i in sum_claim.inputs} == {"¥64.8 billion", "¥13.4 billion",
                                                  "¥11.2 billion", "¥8.4 billion",
                                                  "¥6.7 billion"}
    verdicts = {c.message.split(":")[0]: c.verdict for c in res.claims}
    assert verdicts["target 'almost double' total"] == "uncertain"  # 1.75x: grey zone
    assert verdicts["target 'more than triple' total"] == "fail"
    assert not res.errors


def test_out_of_order_and_over_the_total_fail(tmp_path):
    text = DOC.replace("¥11.2 billion", "¥51.2 billion")
    res = run(tmp_path, FACTS.replace("¥11.2 billion", "¥51.2 billion") + """\
        - us + taiwan + hong_kong + cambodia <= total
        - descending(us, taiwan, hong_kong, cambodia)
    """, text=text)
    assert [c.verdict for c in res.claims] == ["fail", "fail"]


def test_missing_quote_is_an_error_naming_file_and_fact(tmp_path):
    res = run(tmp_path, """\
        assertions:
          facts: {total: {quote: "¥99.9 billion"}, us: {quote: "¥13.4 billion"}}
          checks: [us <= total]
    """)
    assert not res.claims
    (err,) = res.errors
    assert "a.yml:2" in err and "'total'" in err and "¥99.9 billion" in err


def test_ambiguous_quote_is_uncertain(tmp_path):
    res = run(tmp_path, """\
        assertions:
          facts: {year: {quote: "billion"}, us: {quote: "¥13.4 billion"}}
          checks: [us <= year]
    """)
    (c,) = res.claims
    assert c.verdict == "uncertain" and "ambiguous" in c.message


def test_occurrence_picks_one_of_several(tmp_path):
    res = run(tmp_path, """\
        assertions:
          facts: {first: {quote: "billion", occurrence: 1}, us: {quote: "¥13.4 billion"}}
          checks: [us <= first]
    """)
    assert [c.verdict for c in res.claims] == ["pass"]


def test_yen_never_adds_to_dollars(tmp_path):
    res = run(tmp_path, """\
        assertions:
          facts: {yen: {quote: "¥13.4 billion"}, usd: {quote: "$2 billion"}}
          checks: [yen + usd <= 100]
    """, text="Exports were ¥13.4 billion, or $2 billion.\n")
    (c,) = res.claims
    assert c.verdict == "uncertain" and "JPY" in c.message and "USD" in c.message


def test_documents_glob_limits_where_assertions_apply(tmp_path):
    body = "documents: ['other/*.md']\n" + textwrap.dedent(FACTS) + "    - us <= total\n"
    res = run(tmp_path, body)
    assert res.claims == []


@pytest.mark.parametrize("body, where", [
    ("assertions:\n  facts: {us: {quote: x}\n", "a.yml:3"),                   # malformed YAML
    ("assertions:\n  facts: {us: {qoute: x}}\n  checks: [us > 1]\n", "a.yml:2"),  # bad key
    ("assertions:\n  facts: {us: {quote: x}}\n  checks:\n    - check: us > nobody\n",
     "a.yml:4"),                                                              # unknown fact
    ("assertions:\n  facts: {us: {quote: x}}\n  checks:\n    - check: us 'sort of' us\n",
     "a.yml:4"),                                                              # phrase
    ("assertions:\n  facts: {us: {value: 3, unit: XYZ}}\n  checks: [us > 1]\n",
     "a.yml:2"),                                                              # unknown unit
    ("assertions:\n  checks:\n    - check: __import__('os')\n", "a.yml:3"),  # not eval
])
def test_malformed_assertion_files_name_file_and_line(tmp_path, body, where):
    path = write(tmp_path, body)
    with pytest.raises(ConfigError) as exc:
        Checker(CheckOptions(rule_paths=(path,)))
    assert where in str(exc.value)


def test_cli_exit_code_2_for_a_bad_assertion_file(tmp_path, capsys):
    from checks.cli import main

    doc = tmp_path / "d.txt"
    doc.write_text(DOC, encoding="utf-8")
    bad = write(tmp_path, "assertions:\n  checks:\n    - check: us > 1\n")
    assert main(["check", str(doc), "--rules", bad, "--format", "json"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "a.yml:3" in err[0] and "Traceback" not in err[0]


def test_seed_front_matter_names_its_assertions():
    doc = read_document(str(ROOT / "seeds" / "asia_autos_and_beef.md"))
    res = Checker(CheckOptions(selected=("DOC01",))).check(doc)
    verdicts = sorted(c.verdict for c in res.claims)
    assert verdicts == ["pass", "pass", "uncertain"], [c.message for c in res.claims]
    assert not res.errors
    assert doc.text == (ROOT / "seeds" / "asia_autos_and_beef.md").read_text(encoding="utf-8")


def test_disabling_doc01_skips_assertions():
    doc = read_document(str(ROOT / "seeds" / "asia_autos_and_beef.md"))
    res = Checker(CheckOptions(disabled=("DOC01",))).check(doc)
    assert not [c for c in res.claims if c.rule == "DOC01"]


def test_front_matter_naming_a_missing_file_is_a_document_error(tmp_path):
    doc = tmp_path / "d.md"
    doc.write_text("---\ndate: 2025-07-15\nfactlint:\n  assertions: nowhere.yml\n---\n"
                   "Beef exports stood at ¥64.8 billion in 2024.\n", encoding="utf-8")
    res = Checker(CheckOptions()).check(read_document(str(doc)))
    (err,) = res.errors
    assert "nowhere.yml" in err and "no such file" in err


def test_a_value_fact_and_units_through_pint(tmp_path):
    res = run(tmp_path, """\
        assertions:
          facts:
            total: {quote: "¥64.8 billion"}
            cap: {value: 70000000000, unit: JPY}
            km: {value: 3, unit: kilometer}
          checks:
            - total <= cap
            - total <= km
    """)
    verdicts = [c.verdict for c in res.claims]
    assert sorted(verdicts) == ["pass", "uncertain"]
    bad = next(c for c in res.claims if c.verdict == "uncertain")
    assert "JPY" in bad.message and "kilometer" in bad.message


def test_beef_assertions_on_the_real_article(shared_dir):
    import datetime as dt

    rules = str(ROOT / "seeds" / "beef_exports_2024.assertions.yml")
    doc = read_document(str(shared_dir / "seeds" / "000_e7c17cc93f2e231c.txt"),
                        as_of=dt.date(2025, 7, 15))
    res = Checker(CheckOptions(rule_paths=(rules,), selected=("DOC01",))).check(doc)
    got = {c.message.split(" (")[0]: c.verdict for c in res.claims}
    assert got == {
        "the four largest buyers cannot have bought more beef than Japan exported": "pass",
        "the buyers are listed as a ranking, largest first": "pass",
        "the 2030 beef target is called almost double the 2024 figure": "uncertain",
    }
    assert not res.errors
