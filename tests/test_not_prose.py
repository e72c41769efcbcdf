"""A run of text with no sentence end for more than ``MAX_SENTENCE`` characters is no prose
(markup left open, a table flattened into text): its figures are extracted and counted, the
relation kinds do not read them, and a warning says where (issue 9: "[5](" repeated over
200 KB of Markdown took 3.6 s, most of it relation kinds weighing link numbers as claims)."""

from __future__ import annotations

from checks.cache import decode, encode
from checks.checker import Checker
from checks.context import MAX_SENTENCE, split_sentences
from checks.documents import make_document
from checks.options import CheckOptions

CHANGE = "Sales rose 10% to 130 units from 100 units."  # a failing change (10% is 30%)


def _check(text: str, name: str = "x.md", fmt: str = "markdown"):
    return Checker(CheckOptions()).check(make_document(text, name, fmt))


def test_figures_of_a_long_run_make_no_claims_and_a_warning():
    run = "[5](" * (MAX_SENTENCE // 4 + 50)  # 50 units longer than a sentence may be
    for name, fmt in (("x.md", "markdown"), ("x.txt", "text")):
        result = _check(f"{CHANGE}\n\n{run}\n\n{CHANGE}", name, fmt)
        # the prose on either side is read as before
        assert [(c.rule, c.verdict, c.line) for c in result.claims] == [
            ("CHG01", "fail", 1), ("CHG01", "fail", 5)]
        assert result.quantities == 6 + MAX_SENTENCE // 4 + 50  # every figure is counted
        assert result.warnings == [
            f"{name}:3:1: {len(run):,} characters without a sentence end (markup left "
            f"open, a table flattened into text?) are not read as prose: their "
            f"{MAX_SENTENCE // 4 + 50:,} figure(s) are not checked against each other"]


def test_a_long_run_of_claims_without_full_stops_is_not_read():
    """Without this, "rose 5% to 6 from 7" repeated made a claim of every unit (14 s at 200
    KB, bench_adversarial), none of them a sentence anyone wrote."""
    unit = "rose 5% to 6 from 7 "
    text = unit * (2 * MAX_SENTENCE // len(unit))
    result = _check(text, "x.txt", "text")
    assert result.claims == [] and len(result.warnings) == 1


def test_a_sentence_as_long_as_a_sentence_may_be_is_read():
    words = "and the figures were stated in plain words "
    body = CHANGE[:-1] + ", " + words * ((MAX_SENTENCE - len(CHANGE) - 3) // len(words))
    text = body.rstrip() + "."
    assert len(text) <= MAX_SENTENCE and len(split_sentences(text)) == 1
    result = _check(text, "x.txt", "text")
    assert [c.verdict for c in result.claims if c.rule == "CHG01"] == ["fail"]
    assert result.warnings == []
    longer = _check(text[:-1] + " " + words * 3 + ".", "x.txt", "text")
    assert longer.claims == [] and len(longer.warnings) == 1


def test_the_warning_survives_the_cache():
    result = _check(f"{CHANGE}\n\n" + "[5](" * MAX_SENTENCE)
    back = decode(encode(result), result.path)
    assert back.warnings == result.warnings and len(back.warnings) == 1
