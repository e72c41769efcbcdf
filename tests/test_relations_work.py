"""Relation kinds do linear work on a long sentence of one repeated construct (issue 9).

A sentence holds up to ``MAX_SENTENCE`` characters, so a kind that compares every figure of
a sentence with every other stays linear in the document but not in the sentence: "a
surplus of 5" or "5% of 10" repeated made every figure ask about every other (quadratic:
seconds per 50 KB). The work is counted (calls of a kind's patterns or per-figure test),
never timed, at 1x, 2x and 4x the length of one sentence.
"""

from __future__ import annotations

import pytest

from checks.checker import Checker
from checks.context import MAX_SENTENCE, split_sentences
from checks.documents import make_document
from checks.options import CheckOptions
from checks import binder
from checks.relations import consistency, difference, ranking, reading, share


def _work(monkeypatch, module, name: str, text: str) -> int:
    """Calls of ``module.name`` while ``text`` is checked."""
    real = getattr(module, name)
    calls = 0

    def counted(*args, **kwargs):
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(module, name, counted)
        Checker(CheckOptions()).check(make_document(text, "x.txt", "text"))
    return calls


def _sentences(unit: str, n: int) -> tuple[str, int]:
    """``n`` sentences of ``unit`` repeated, each as long as a sentence may be (a longer
    run without a sentence end is no prose: its figures are not read), and the number of
    units in all."""
    each = (MAX_SENTENCE - 2) // len(unit)
    one = (unit * each).strip()
    return " ".join([one[0].upper() + one[1:] + "."] * n), each * n


def _assert_linear(monkeypatch, unit: str, module, name: str) -> None:
    """One sentence of ``unit`` repeated at 1x, 2x and 4x a quarter of MAX_SENTENCE: the
    calls of ``module.name`` grow at most a little over twice per doubling (quadratic is
    4x)."""
    texts = [unit * (k * (MAX_SENTENCE // 4) // len(unit)) for k in (1, 2, 4)]
    assert all(len(split_sentences(t)) == 1 for t in texts)  # one sentence each
    counts = [_work(monkeypatch, module, name, t) for t in texts]
    assert counts[0] > 0
    assert counts[1] <= 2.2 * counts[0] and counts[2] <= 4.4 * counts[0], counts


@pytest.mark.parametrize("unit, module, name", [
    # every stated balance asked every figure of its sentence whether "exports" names it
    # (the work: the kind's regular expressions used)
    ("a surplus of 5, ", difference, "_rx"),
    # every share asked every figure before it whether it is a change's earlier value
    ("5% of 10 ", share, "led_by"),
    # every share listed every like figure before it as a candidate part (the work: the
    # unit comparisons of the share kind; the output: a claim naming them all)
    ("5% of 10 ", share, "compatible"),
    # every figure read the words of its clause from the clause's start (the work: the
    # words the consistency kind stems)
    ("5% of 10 ", consistency, "_stem"),
])
def test_a_sentence_of_one_construct_costs_linear_work(monkeypatch, unit, module, name):
    _assert_linear(monkeypatch, unit, module, name)


@pytest.mark.parametrize("unit, module, name", [
    # every trigger filtered and sorted its whole window for its 40 nearest candidates
    # (the work: the binder's magnitude tests)
    ("3 times 5 ", binder, "is_magnitude"),
    # every pair of a change asked whether its earlier value is the base of the figure
    # just before it, listing every like figure before it in the sentence (the work: the
    # unit comparisons of the reading kind)
    ("rose 5% to 6 from 7 ", reading, "comparable"),
])
def test_a_sentence_of_changes_costs_linear_work(monkeypatch, unit, module, name):
    _assert_linear(monkeypatch, unit, module, name)


@pytest.mark.parametrize("name", ["_old_score_of", "_is_delta_of"])
def test_a_figure_is_scored_once_whatever_the_changes_around_it(monkeypatch, name):
    """Every change scored every figure after it in its sentence as an earlier value again
    (20 times per figure in a sentence of "rose 5% to 6 from 7"), and asked every candidate
    again whether it states a change: now once per figure (three in each unit)."""
    unit = "rose 5% to 6 from 7 "
    for k in (1, 4):
        units = k * (MAX_SENTENCE // 4) // len(unit)
        assert _work(monkeypatch, reading, name, unit * units) <= 3 * units


def test_a_change_with_no_possible_earlier_value_weighs_no_pairs(monkeypatch):
    """ "3 times 5" repeated: no figure has an earlier-value cue or a period, so no pair
    can be a reading; each trigger weighed 40 x 40 of them (78,000 unit comparisons for
    50 triggers), now none."""
    text = "3 times 5 " * (MAX_SENTENCE // 10)
    assert _work(monkeypatch, reading, "comparable", text) == 0


def test_a_share_lists_at_most_its_nearest_candidate_parts():
    """A share with more than ``share.MAX_PARTS`` candidate parts names the nearest ones and
    says there are more (its output was quadratic in a sentence of "5% of 10")."""
    text = "5% of 10 " * 30
    claims = [c for c in Checker(CheckOptions()).check(
        make_document(text, "x.txt", "text")).claims if c.rule == "PCT01"]
    last = claims[-1]
    assert last.verdict == "uncertain"
    assert f"the part could be any of more than {share.MAX_PARTS} figures, the nearest" \
        in last.message
    assert len(last.inputs) == 1 + share.MAX_PARTS
    # the parts named are the nearest ones before the share, in document order
    assert [i.start for i in last.inputs[1:]] == sorted(i.start for i in last.inputs[1:])
    assert last.inputs[-1].end <= last.start
    # a few candidates are all named, as before
    few = [c for c in claims if c.verdict == "uncertain"][0]
    assert "more than" not in few.message


@pytest.mark.parametrize("unit, module, name", [
    # every superlative named the figures of its sentence again (the work: the names read)
    ("rose 7.1% in Orlando, 6.2% in Vegas and 5.9% in Phoenix; Orlando saw the highest "
     "increase, ", "ranking", "_clean_name"),
])
def test_a_sentence_of_superlatives_costs_linear_work(monkeypatch, unit, module, name):
    from checks.relations import ranking

    mod = {"ranking": ranking}[module]
    _assert_linear(monkeypatch, unit, mod, name)



class _CountedPattern:
    """A compiled pattern that counts the characters it is asked to scan."""

    def __init__(self, rx):
        self.rx, self.chars, self.calls = rx, 0, 0
        self.pattern, self.flags = rx.pattern, rx.flags

    def _count(self, s, pos=0, endpos=None):
        self.calls += 1
        self.chars += max(0, (len(s) if endpos is None else min(endpos, len(s))) - pos)

    def search(self, s, *a):
        self._count(s, *a)
        return self.rx.search(s, *a)

    def match(self, s, *a):
        found = self.rx.match(s, *a)
        self.calls += 1
        self.chars += len(found.group(0)) if found else 1  # (anchored: a try, not a scan)
        return found

    def finditer(self, s, *a):
        self._count(s, *a)
        return self.rx.finditer(s, *a)

    def findall(self, s, *a):
        self._count(s, *a)
        return self.rx.findall(s, *a)


def _scanned(monkeypatch, module, name: str, text: str) -> _CountedPattern:
    counted = _CountedPattern(getattr(module, name))
    with monkeypatch.context() as m:
        m.setattr(module, name, counted)
        Checker(CheckOptions()).check(make_document(text, "x.txt", "text"))
    return counted


def test_the_clause_breaks_of_a_change_are_found_once(monkeypatch):
    """Every change searched the text between it and each of its 40 candidates for a clause
    break (about 130 times the text in a sentence of "rose 5% to 6 from 7"); the breaks
    are now listed once and found by bisection (a few times the text, linear)."""
    unit = "rose 5% to 6 from 7 "
    texts = [unit * (k * (MAX_SENTENCE // 4) // len(unit)) for k in (1, 2, 4)]
    chars = [_scanned(monkeypatch, reading, "_CLAUSE_BREAK", t).chars for t in texts]
    assert chars[0] > 0
    assert chars[1] <= 2.2 * chars[0] and chars[2] <= 4.4 * chars[0], chars
    assert all(c <= 10 * len(t) for c, t in zip(chars, texts)), chars


def test_a_price_looks_for_difference_words_in_its_clause_only(monkeypatch):
    """Each money figure (PRD10) searched its sentence from the start for the words of a
    difference ("more", "extra"): quadratic in a sentence of prices."""
    unit = "$5 a litre and a 5-litre tank at $25, "
    for k in (1, 2, 4):
        units = k * (MAX_SENTENCE // 4) // len(unit)
        chars = _scanned(monkeypatch, reading, "_PRODUCT_OFF", unit * units).chars
        # two prices a unit, each scanning its clause (and a few characters after it)
        assert 0 < chars <= 2 * units * (reading._DIFFERENCE_REACH + len(unit)), (k, chars)


def test_a_figure_bound_to_a_change_is_found_once(monkeypatch):
    """Every change asked each of its 40 candidates whether it is the direct object of
    another change (20 times per figure); now once per figure (three in each unit)."""
    unit = "rose 5% to 6 from 7 "
    for k in (1, 2, 4):
        units = k * (MAX_SENTENCE // 4) // len(unit)
        calls = _scanned(monkeypatch, binder, "_BOUND_GAP", unit * units).calls
        assert 0 < calls <= 5 * units, (k, calls)


def test_the_nearest_change_of_a_figure_is_found_once(monkeypatch):
    """Every change asked each of its 40 candidates whether another change stands closer
    (clauses counted), measuring the distance to every trigger near it; the least distance
    of a figure is now found once (a few distances per figure; a pair still asks its own
    distance, cached per pair: 40 calls per unit before, 24 now)."""
    unit = "rose 5% to 6 from 7 "
    for k in (1, 2, 4):
        units = k * (MAX_SENTENCE // 4) // len(unit)
        calls = _work(monkeypatch, binder, "_clause_distance", unit * units)
        assert 0 < calls <= 30 * units, (k, calls)


def test_a_suggestion_extracts_each_claim_text_once(monkeypatch):
    """Every failed claim's suggestion extracted the figures of its text again (thousands of
    "3 times" claims in a sentence of "3 times 5": an extraction each); now once per
    distinct text."""
    from checks import extract, suggest
    from checks.findings import RunResult
    from checks.formatters import render

    unit = "3 times 5 "
    counts, claims = [], []
    for k in (1, 2, 4):
        text = unit * (k * (MAX_SENTENCE // 4) // len(unit))
        result = Checker(CheckOptions()).check(make_document(text, "x.txt", "text"))
        if hasattr(suggest, "_extracted"):  # (a cache of an earlier test or run)
            suggest._extracted.cache_clear()
        suggest.correction.cache_clear()
        real, calls = extract.extract, 0

        def counted(*args, **kwargs):
            nonlocal calls
            calls += 1
            return real(*args, **kwargs)

        with monkeypatch.context() as m:
            m.setattr(extract, "extract", counted)
            render(RunResult(documents=[result]), "text")
        counts.append(calls)
        claims.append(result.claims)
    assert len([c for c in claims[0] if c.verdict == "fail"]) >= 10
    assert counts[1] <= 2.2 * counts[0] and counts[2] <= 4.4 * counts[0], counts
    assert all(n <= len({c.text for c in cs}) + len({i.text for c in cs for i in c.inputs})
               for n, cs in zip(counts, claims)), counts


@pytest.mark.parametrize("unit", ["5% of 10 ", "sales of 5% of 10, "])
def test_the_metric_of_a_figure_is_looked_for_in_the_named_places(monkeypatch, unit):
    """Every figure searched up to ``binder.METRIC_REACH`` characters before it for a metric
    word with the whole vocabulary's pattern (about 130 times the text of a sentence of
    "5% of 10"); the places a metric is named are now listed once, and a figure tries only
    those before it (the text is scanned once for them, with a pattern of its own)."""
    real = binder._metric_rx
    chars = []
    for k in (1, 2, 4):
        text = unit * (k * (MAX_SENTENCE // 4) // len(unit))
        counted: list[_CountedPattern] = []

        def metric_rx(vocab):
            rx, names = real(vocab)
            counted.append(_CountedPattern(rx))
            return counted[-1], names

        with monkeypatch.context() as m:
            m.setattr(binder, "_metric_rx", metric_rx)
            Checker(CheckOptions()).check(make_document(text, "x.txt", "text"))
        chars.append(sum(c.chars for c in counted))
        assert chars[-1] <= 5 * len(text), (k, chars[-1], len(text))
    assert chars[1] <= 2.2 * max(1, chars[0]) and chars[2] <= 4.4 * max(1, chars[0]), chars


def test_a_figure_s_own_cues_are_read_once(monkeypatch):
    """Every change read each candidate's "up from" / "against" lead, and its new-value
    word, again (20 times per figure in a sentence of "rose 5% to 6 from 7"); they are the
    figure's own, now read once per figure (three in each unit)."""
    unit = "rose 5% to 6 from 7 "
    for k in (1, 2, 4):
        units = k * (MAX_SENTENCE // 4) // len(unit)
        up_from = _scanned(monkeypatch, reading, "_UP_FROM", unit * units).calls
        assert 0 < up_from <= 3 * units, (k, up_from)
        ends = _work(monkeypatch, reading, "ends_with", unit * units)
        assert 0 < ends <= 20 * units, (k, ends)


def test_a_claim_s_inputs_are_made_with_their_roles(monkeypatch):
    """Every claim with roles built its inputs, then copied each with its role
    (dataclasses.replace: two per conversion in a sentence of "$5 (€6)" repeated); a
    figure's input is now made with its role."""
    from checks import context

    unit = "$5 (\u20ac6) "
    for k in (1, 2, 4):
        text = unit * (k * (MAX_SENTENCE // 4) // len(unit))
        copies = _work(monkeypatch, context, "replace", text)
        claims = Checker(CheckOptions()).check(make_document(text, "x.txt", "text")).claims
        assert len(claims) >= 10 * k
        assert copies <= 0.1 * len(claims), (k, copies, len(claims))


@pytest.mark.parametrize("unit", ["5% of 10 ", "rose 6 cents, or 0.2 percent, "])
def test_a_change_s_sign_reads_no_list_of_the_figures_before_it(monkeypatch, unit):
    """Every percentage of a sentence listed every figure before it to know the last one
    (a sentence of "5% of 10" repeated: quadratic); the last one is now found walking back
    from it, and only when the words before it ask ("6 cents, or 0.2 percent")."""
    import sys

    from checks.context import DocContext

    real = DocContext.sentence_quantities
    looked = 0

    class Counted(list):
        def __iter__(self):
            nonlocal looked
            for x in list.__iter__(self):
                looked += _from_change_sign()
                yield x

        def __getitem__(self, i):
            nonlocal looked
            looked += _from_change_sign()
            return list.__getitem__(self, i)

    def _from_change_sign():
        f = sys._getframe(2)
        names = {f.f_code.co_name, f.f_back.f_code.co_name if f.f_back else ""}
        return int(bool(names & {"_change_sign", "_last_figure_before"}))

    def sentence_quantities(self, index):
        held = self.__dict__.setdefault("_counted_quantities", {})
        if index not in held:  # (one list per sentence: callers compare them by identity)
            held[index] = Counted(real(self, index))
        return held[index]

    counts = []
    for k in (1, 2, 4):
        text = unit * (k * (MAX_SENTENCE // 4) // len(unit))
        looked = 0
        with monkeypatch.context() as m:
            m.setattr(DocContext, "sentence_quantities", sentence_quantities)
            Checker(CheckOptions()).check(make_document(text, "x.txt", "text"))
        counts.append(looked)
        assert looked <= len(text), (k, looked)
    assert counts[1] <= 2.2 * max(1, counts[0]) and counts[2] <= 4.4 * max(1, counts[0]), counts


def test_a_multiple_lists_no_amounts_of_its_sentence(monkeypatch):
    """Every multiple listed the amounts of its sentence after it and before it, and tried
    every amount before it as its implicit base (a sentence of "3 times 5" repeated:
    quadratic); the amounts of a sentence are now listed once, and the implicit base stops
    at a second candidate."""
    from checks.relations import multiplier

    unit = "3 times 5 "
    texts = [unit * (k * (MAX_SENTENCE // 4) // len(unit)) for k in (1, 2, 4)]
    counts = [_work(monkeypatch, multiplier, "is_magnitude", t) for t in texts]
    assert counts[0] > 0
    assert counts[1] <= 2.2 * counts[0] and counts[2] <= 4.4 * counts[0], counts
    assert all(c <= 4 * (len(t) // len(unit)) for c, t in zip(counts, texts)), counts  # (a few per unit)


@pytest.mark.parametrize("unit", ["rose 5% to 6 from 7 ", "3 times 5 "])
def test_a_change_matches_its_comparand_only_up_to_the_next_figure(monkeypatch, unit):
    """Every change matched "what it is measured against" ("4.0 percent below the peak of
    X") over the text up to each of its candidates after it (about 20 per change); the
    text between has no digit but a year's, so candidates past the first other figure are
    no longer tried (about one per change)."""
    for k in (1, 2, 4):
        units = k * (MAX_SENTENCE // 4) // len(unit)
        calls = _scanned(monkeypatch, reading, "_COMPARAND", unit * units).calls
        assert calls <= 3 * units, (k, calls)


def test_a_change_lists_no_figures_of_its_sentence(monkeypatch):
    """Every change listed the amounts of its sentence after and before it, read every one
    after it for a new and an earlier value, and looked through every figure of its
    sentence for a percentage between it and its farther end (a sentence of "rose 5% to 6
    from 7" repeated: quadratic); the amounts are now listed once per sentence, the reading
    stops once both ends are found, and the figures between are found by bisection."""
    from checks.relations import change

    unit = "rose 5% to 6 from 7 "
    texts = [unit * (k * (MAX_SENTENCE // 4) // len(unit)) for k in (1, 2, 4)]
    counts = [_work(monkeypatch, change, "is_percent", t) for t in texts]
    assert counts[0] > 0
    assert counts[1] <= 2.2 * counts[0] and counts[2] <= 4.4 * counts[0], counts


@pytest.mark.parametrize("unit, module, name", [
    # an amount in brackets after a percentage walks back to the level it moved from
    ("$1,412, 3.1 percent ($42) above May and ", reading, "comparable"),
    # the amount a change moved by after its new value
    ("fell 3.6% to $249.0 billion, which was $9.2 billion less than in March, and ",
     reading, "comparable"),
])
def test_a_sentence_of_comparatives_costs_linear_work(monkeypatch, unit, module, name):
    _assert_linear(monkeypatch, unit, module, name)


def test_a_sentence_of_comparatives_reads_a_bounded_number_of_them():
    """A comparative between two names reads the figures of its whole clause: a sentence of
    dozens of them (a table flattened into one line) is read for its first
    ``MAX_PAIRWISE`` only."""
    unit = "Arvika (41,300) came ahead of Oslund (38,900); "
    text = unit * (MAX_SENTENCE // len(unit))
    assert len(split_sentences(text)) == 1
    claims = [c for c in Checker(CheckOptions()).check(
        make_document(text, "x.txt", "text")).claims if c.rule == "RNK05"]
    assert 0 < len(claims) <= ranking.MAX_PAIRWISE


def test_two_currencies_are_told_apart_without_the_unit_registry(monkeypatch):
    """A share or a conversion compared two currencies ("$5 (€6)") with pint, loading its
    registry (about 1.4 s) to learn that dollars are not euros; every ISO code is a
    dimension of its own (checks/units.txt), which the shortcut assumes and this checks."""
    from checks import units
    from checks.lexicon import ISO_CODES
    from checks.relations import _binding

    for code in ISO_CODES:
        assert dict(units.unit_for(code).dimensionality) == {f"[currency_{code}]": 1}, code
    _binding.compatible.cache_clear()
    calls = 0

    def counted(a, b):
        nonlocal calls
        calls += 1
        return units.same_dimension(a, b)

    monkeypatch.setattr(units, "same_dimension", counted)
    assert not _binding.compatible("USD", "EUR") and _binding.compatible("USD", "USD")
    assert calls == 0
    _binding.compatible.cache_clear()


def test_a_change_is_read_once(monkeypatch):
    """A change whose own new value has no reading of its window asks for the readings of
    the later change to that value: in sentences of "rose 5% to 6 from 7" repeated, the
    first change of each sentence was read again for every change of the sentence before
    (about 100 times); each change is now read once."""
    text, units = _sentences("rose 5% to 6 from 7 ", 4)
    assert len(split_sentences(text)) == 4
    calls = _work(monkeypatch, reading, "_change_readings_of", text)
    assert 0 < calls <= units, (calls, units)


def test_a_change_weighs_only_the_candidates_a_reading_can_use(monkeypatch):
    """A change scored every candidate of its window (40) as a new value and worked out the
    cues each shares, though a change naming its own new value ("rose 5% to 6") keeps
    only that one, and a reading pairs a new value with an earlier one: now one new value
    is scored, and the shared cues are those of the new and earlier values (21 of 40 in
    a sentence of "rose 5% to 6 from 7")."""
    text, units = _sentences("rose 5% to 6 from 7 ", 4)
    assert _work(monkeypatch, reading, "_new_score", text) <= 2 * units
    assert _work(monkeypatch, reading, "bound_to_other", text) <= 25 * units


def test_a_named_metric_reads_the_words_of_its_clause_once(monkeypatch):
    """Every money figure read the words of its clause for a metric ("sales", "exports"),
    and searched the rest of its sentence for where its clause stops; in a sentence of
    "$5 (€6)" repeated (no comma) both ran to the sentence's ends for every figure. The
    metric words of the document, and the clause stops of a sentence, are now listed
    once and found by bisection."""
    unit = "$5 (\u20ac6) "
    texts = [unit * (k * (MAX_SENTENCE // 4) // len(unit)) for k in (1, 2, 4)]
    for name in ("_WORD", "_CLAUSE_STOP"):
        chars = [_scanned(monkeypatch, consistency, name, t).chars for t in texts]
        assert chars[0] > 0
        assert chars[1] <= 2.2 * chars[0] and chars[2] <= 4.4 * chars[0], (name, chars)
        assert all(c <= 5 * len(t) for c, t in zip(chars, texts)), (name, chars)


def test_a_change_reads_its_candidates_earlier_value_scores_without_a_call_each(monkeypatch):
    """Every change (every multiple) asked each of its 40 candidates for its earlier-value
    score through ``_old_score``, which copied the figure's cached cues each time; the
    candidates' own scores are now read from the cache, and only a candidate the change
    may be measured against is scored for it."""
    text, units = _sentences("3 times 5 ", 4)
    assert _work(monkeypatch, reading, "_old_score", text) == 0
    assert 0 < _work(monkeypatch, reading, "_old_score_of", text) <= units


def test_a_change_reads_what_it_weighs_only_when_it_has_a_reading_to_weigh(monkeypatch):
    """Every change and multiple read its metric, subject and pronoun; "3 times 5" has no
    possible earlier value, so nothing used them: they are now read when a reading is
    weighed."""
    text, _ = _sentences("3 times 5 ", 4)
    for name in ("trigger_metric", "_subject", "_pronoun_subject"):
        assert _work(monkeypatch, reading, name, text) == 0, name


def test_a_figure_s_neighbouring_changes_are_read_once(monkeypatch):
    """Every change asked each candidate closer to another change whether it is that
    change's new value, reading the changes around it and its earlier-value score (about
    18 times per figure in a sentence of "rose 5% to 6 from 7"); the figure's
    neighbourhood is now read once (the earlier-value scores: about two per unit)."""
    unit = "rose 5% to 6 from 7 "
    for k in (1, 2, 4):
        units = k * (MAX_SENTENCE // 4) // len(unit)
        calls = _work(monkeypatch, reading, "_old_score", unit * units)
        assert 0 < calls <= 3 * units, (k, calls)


def test_a_stated_difference_finds_its_ends_without_listing_the_figures_after_it(monkeypatch):
    """Every amount beside a change word ("7 rose 5% ...") listed every figure after it in
    its sentence to find one after "from" and one after "to" (a sentence of "rose 5% to
    6 from 7" repeated: quadratic); they are now found by bisection from lists of the
    sentence made once (the work: the difference kind's figure tests)."""
    from checks.relations import difference

    _assert_linear(monkeypatch, "rose 5% to 6 from 7 ", difference, "_figure")


def test_a_change_finds_its_pair_and_its_one_count_before_without_lists(monkeypatch):
    """Every change with a "from" after it listed every "to" after that, and every change
    listed every amount before it to know whether there is exactly one (a sentence of
    "rose 5% to 6 from 7": quadratic); the first "to", and the amounts before it up to a
    second, are now read."""
    from checks.relations import change

    unit = "rose 5% to 6 from 7 "
    _assert_linear(monkeypatch, unit, change, "is_magnitude")
    for k in (1, 4):
        units = k * (MAX_SENTENCE // 4) // len(unit)
        assert _work(monkeypatch, change, "is_magnitude", unit * units) <= 6 * units


def test_the_conversion_pairs_of_a_document_are_found_once(monkeypatch):
    """Each of the conversion kind's four forms (rates, consistency, units, rescaled)
    looked for the document's conversion pairs again; they are found once."""
    from checks.relations import conversion

    text = "$5 (\u20ac6) " * 200
    assert _work(monkeypatch, conversion, "_pairs_of", text) == 1
