"""Reference data: facts, exchange-rate tables and the ECB default (checks/references.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from checks.errors import ConfigError
from checks.references import Rate, Rates, ecb_rate, load_facts, load_rates


def yml(tmp_path, text, name="r.yml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_builtin_facts_know_the_end_of_the_second_world_war():
    facts = load_facts()
    for phrase in ("the end of World War II", "the END OF WWII", "the end of the Second "
                   "World War"):
        fact, start, end = facts.find(f"marking the 80th anniversary of {phrase}, China")
        assert fact.year == 1945
    assert facts.find("the war ended") is None  # "the war" alone names many wars


def test_longest_alias_wins():
    facts = load_facts()
    fact, _, _ = facts.find("the anniversary of the Korean War armistice")
    assert fact.year == 1953


def test_user_facts_add_and_override(tmp_path):
    path = yml(tmp_path, "facts:\n  end-of-the-second-world-war: 1946\n  thai-plant:\n"
                         "    date: 2024-07-04\n    aliases: [BYD's Thai plant]\n")
    facts = load_facts(fact_files=[path])
    assert facts["end-of-the-second-world-war"].year == 1946
    assert facts.find("opening of BYD's Thai plant")[0].year == 2024


@pytest.mark.parametrize("body, msg, line", [
    ("facts:\n  x: {yeer: 1945}\n", "unknown key 'yeer'", 2),
    ("facts:\n  x: {year: '1945'}\n", "whole year", 2),
    ("facts:\n  x: {year: 1945, date: 1946-01-01}\n", "disagrees", 2),
    ("facts:\n  x: {aliases: [a]}\n", "needs 'year'", 2),
    ("facts:\n  x: {year: 1945, date: someday}\n", "not a date", 2),
    ("facts: [1945]\n", "must be a mapping", None),
    ("facts:\n  x: [1945\n", "malformed YAML", 3),
    ("rates: []\n", "expected a top-level 'facts:'", 1),
])
def test_bad_fact_files_name_file_and_line(tmp_path, body, msg, line):
    path = yml(tmp_path, body)
    with pytest.raises(ConfigError) as exc:
        load_facts(fact_files=[path])
    assert msg in exc.value.message and exc.value.path == path
    if line is not None:
        assert exc.value.line == line


def test_rate_table_exact_inverse_nearest_earlier_and_undated(tmp_path):
    path = yml(tmp_path, "rates:\n"
                         "  - {base: USD, quote: VND, rate: 25000, date: 2025-01-01}\n"
                         "  - {base: USD, quote: VND, rate: 26100, date: 2025-07-01}\n"
                         "  - {base: usd, quote: MYR, rate: 4.2}\n")
    rates = load_rates(rate_files=[path], use_ecb=False)
    assert rates.lookup("USD", "VND", dt.date(2025, 7, 15)).rate == 26100
    assert rates.lookup("USD", "VND", dt.date(2025, 3, 1)).rate == 25000
    assert rates.lookup("VND", "USD", dt.date(2025, 7, 15)).rate == pytest.approx(1 / 26100)
    assert rates.lookup("USD", "VND", dt.date(2024, 12, 31)) is None  # nothing earlier
    assert rates.lookup("MYR", "USD", None).rate == pytest.approx(1 / 4.2)
    assert rates.lookup("JPY", "USD", dt.date(2025, 7, 15)) is None  # ECB switched off


def test_user_table_wins_over_the_ecb(tmp_path):
    path = yml(tmp_path, "rates:\n  - {base: USD, quote: JPY, rate: 100, date: 2025-07-01}\n")
    rate = load_rates(rate_files=[path]).lookup("USD", "JPY", dt.date(2025, 7, 15))
    assert rate.rate == 100 and rate.source.endswith("r.yml:2")


def test_ecb_rate_on_a_holiday_takes_the_previous_business_day():
    # 2025-04-18 and 2025-04-21 are TARGET holidays (Good Friday, Easter Monday)
    rate = ecb_rate("USD", "JPY", dt.date(2025, 4, 21))
    assert rate.date == dt.date(2025, 4, 17) and 140 < rate.rate < 150


def test_ecb_has_no_dong():
    assert ecb_rate("USD", "VND", dt.date(2025, 7, 15)) is None
    assert Rates().lookup("USD", "VND", dt.date(2025, 7, 15)) is None


def test_identity_rate():
    assert Rates().lookup("JPY", "JPY", None) == Rate("JPY", "JPY", 1.0, None, "identity")


@pytest.mark.parametrize("body, msg", [
    ("rates:\n  - {base: USD, quote: XYZ, rate: 3}\n", "unknown currency 'XYZ'"),
    ("rates:\n  - {base: USD, quote: JPY, rate: -3}\n", "positive number"),
    ("rates:\n  - {base: USD, quote: JPY}\n", "missing key 'rate'"),
    ("rates:\n  - {base: USD, quote: JPY, rate: 3, when: today}\n", "unknown key 'when'"),
    ("rates:\n  - {base: USD, quote: JPY, rate: 3, date: 2025-13-01}\n", "invalid date"),
])
def test_bad_rate_tables_name_file_and_line(tmp_path, body, msg):
    path = yml(tmp_path, body)
    with pytest.raises(ConfigError) as exc:
        load_rates(rate_files=[path])
    assert msg in exc.value.message and exc.value.line == 2 and exc.value.path == path


def test_rates_and_facts_keys_of_a_rule_file_are_read(tmp_path):
    from checks.checker import Checker
    from checks.options import CheckOptions

    path = yml(tmp_path, "rates:\n  - {base: USD, quote: VND, rate: 26100}\n"
                         "facts:\n  thai-plant: {year: 2024, aliases: [Thai plant]}\n")
    checker = Checker(CheckOptions(rule_paths=(path,)))
    assert checker.rates.lookup("USD", "VND", None).rate == 26100
    assert checker.facts["thai-plant"].year == 2024
    assert "end-of-the-second-world-war" in checker.facts


@pytest.mark.parametrize("flag, body", [
    ("--rates", "rates:\n  - {base: USD, quote: XYZ, rate: 3}\n"),
    ("--facts", "facts:\n  x: {yeer: 1}\n"),
])
def test_cli_flags_report_bad_files_in_one_line_with_exit_2(tmp_path, capsys, flag, body):
    from checks.cli import main

    doc = tmp_path / "d.txt"
    doc.write_text("Beef exports stood at ¥64.8 billion in 2024.\n", encoding="utf-8")
    path = yml(tmp_path, body)
    assert main(["check", str(doc), flag, path, "--format", "json"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"{path}:2" in err[0]


def test_cli_facts_flag_is_used(tmp_path, capsys):
    import json

    from checks.cli import main

    doc = tmp_path / "d.txt"
    doc.write_text("In 2025 the firm marks the first anniversary of its Thai plant.\n",
                   encoding="utf-8")
    path = yml(tmp_path, "facts:\n  thai-plant: {year: 2024, aliases: [Thai plant]}\n")
    code = main(["check", str(doc), "--facts", path, "--format", "json", "--select", "ELA03"])
    out = json.loads(capsys.readouterr().out)
    (claim,) = out["documents"][0]["claims"]
    assert code == 0 and claim["verdict"] == "pass" and claim["text"] == "first anniversary"
