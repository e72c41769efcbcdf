"""The reading binder: its vocabulary is data users extend, and its judge commits or doubts."""

from __future__ import annotations

import pytest

from checks.binder import Judged, Reading, decide, load_vocabulary
from checks.context import MAX_SENTENCE
from checks.errors import ConfigError
from checks.intervals import Interval
from checks.testing import check_text, find_claims


def _judged(score, verdict):
    return Judged(Reading({}, score), Interval(0, 0), verdict)


def test_judge_commits_to_a_clear_best_reading():
    d = decide([_judged(8.0, "fail"), _judged(4.0, "pass")], 1.5, lambda j: "other")
    assert d.verdict == "fail"


def test_judge_doubts_when_a_close_reading_disagrees():
    d = decide([_judged(8.0, "fail"), _judged(7.0, "pass")], 1.5, lambda j: "the other pair")
    assert d.verdict == "uncertain" and "the other pair would fit" in d.reason
    d = decide([_judged(8.0, "pass"), _judged(7.5, "fail")], 1.5, lambda j: "x")
    assert d.verdict == "uncertain"


def test_users_extend_the_vocabulary_with_a_rule_file(tmp_path):
    text = "Freight volume ballooned 30% to 130,000 tonnes from 100,000 tonnes in 2023."
    # "ballooned" is no change word of the built-in vocabulary: no claim
    assert not find_claims(check_text(text, selected=("CHG10", "CHG01")), verdict="pass")
    res = check_text(text, selected=("CHG10", "CHG01"),
                     extra={"vocabulary": {"up": ["ballooned"]}})
    assert find_claims(res, rule="CHG10", verdict="pass")


def test_a_malformed_vocabulary_is_a_config_error(tmp_path):
    bad = tmp_path / "v.yml"
    bad.write_text("vocabulary:\n  up: ballooned\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="must be a list"):
        load_vocabulary((str(bad),))


def test_open_ended_stated_change_is_judged_not_crashed():
    # "more than 40%" has no upper end: the message says "above", never a crash
    res = check_text("Net profit jumped more than 40% in the quarter. The group booked "
                     "¥412.6 billion, against ¥280.2 billion a year earlier.", selected=("CHG10",))
    claims = find_claims(res, rule="CHG10")
    assert claims and "above" in claims[0].message


def test_a_trigger_weighs_a_bounded_number_of_candidates():
    """A sentence of hundreds of figures ("3 times 5" repeated) gives each trigger at most
    MAX_CANDIDATES candidates, the nearest ones, so its readings stay bounded."""
    from checks import binder
    from checks.relations import reading

    seen: list[int] = []
    original = binder.magnitude_candidates

    def counting(idx, ctx, trigger, sentence):
        out = original(idx, ctx, trigger, sentence)
        seen.append(len(out))
        assert all(abs(o.q.start - trigger.start) <= max(
            abs(c.q.start - trigger.start) for c in out) for o in out)
        return out

    reading.magnitude_candidates = counting
    try:
        check_text("3 times 5 " * (MAX_SENTENCE // 10 - 1) + "\n")  # one sentence
    finally:
        reading.magnitude_candidates = original
    assert seen and max(seen) == binder.MAX_CANDIDATES


def test_a_pass_by_rounding_says_so_and_shows_the_printed_arithmetic():
    """ "1.2 million against 1.0 million" is +20% as printed, +9.5% to +31.6% within their
    rounding: a stated 30% passes, and the message gives both, not a bare contradiction."""
    r = check_text("Sales were 1.2 million units, compared with 1.0 million a year earlier, "
                   "a 30% increase.\n")
    (c,) = [c for c in r.claims if c.rule == "CHG10"]
    assert c.verdict == "pass"
    assert "is +20.0%" in c.message and "within the rounding of the figures" in c.message
    assert c.computed == pytest.approx(20.0)


def test_a_restated_change_names_the_earlier_level():
    r = check_text("Exports were $80 billion, lower by $20 billion, or 25 percent.\n")
    (c,) = [c for c in r.claims if c.rule == "CHG10"]
    assert c.verdict == "fail"
    assert "$20 billion on $100 billion ($80 billion + $20 billion, the earlier level)" in c.message
