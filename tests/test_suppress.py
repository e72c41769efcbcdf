"""Inline suppressions in Markdown and HTML, and quoted claims in configuration."""

from __future__ import annotations

from checks.config import Config, Suppression
from checks.findings import DocumentResult, RunResult
from checks.suppress import apply, directives
from checks.testing_reports import make_claim

MD = """# Round-up

Sales rose 8% to 10 (claim A).
<!-- factlint-disable PCT01 -->
Share was 40% of 100 (claim B).
Profit rose 9% to 12 (claim C).
<!-- factlint-enable PCT01 -->
Share was 41% of 100 (claim D).

<!-- factlint-disable-next-line CHG01 -->
Profit rose 7% to 13 (claim E).
Profit rose 6% to 14 (claim F).
<!-- factlint-disable -->
Share was 42% (claim G), up 5% (claim H).
<!-- factlint-enable -->
```
<!-- factlint-disable -->
```
Share was 43% (claim I).
"""


def claims_of(text, path, specs):
    return [make_claim(text, q, path=path, rule=rule, name=name)
            for q, rule, name in specs]


def run_for(text, path, specs):
    return RunResult(documents=[DocumentResult(path, claims=claims_of(text, path, specs),
                                               text=text)])


SPECS = [("8% to 10", "CHG01", "change.percent-mismatch"),
         ("40% of 100", "PCT01", "percent.share-mismatch"),
         ("9% to 12", "CHG01", "change.percent-mismatch"),
         ("41% of 100", "PCT01", "percent.share-mismatch"),
         ("7% to 13", "CHG01", "change.percent-mismatch"),
         ("6% to 14", "CHG01", "change.percent-mismatch"),
         ("42%", "PCT01", "percent.share-mismatch"),
         ("5% (claim H)", "CHG01", "change.percent-mismatch"),
         ("43%", "PCT01", "percent.share-mismatch")]


def kept(run):
    return [c.text for c in run.documents[0].claims]


def test_markdown_directives():
    run = apply(run_for(MD, "a.md", SPECS))
    # B (PCT01 in region) and E (next line) and G, H (all rules off) are suppressed;
    # the directive inside the code fence is an example, not a directive
    assert kept(run) == ["8% to 10", "9% to 12", "41% of 100", "6% to 14", "43%"]
    assert run.documents[0].filtered == {"suppressed": 4}


def test_rules_named_by_name_and_lists():
    text = "<!-- factlint-disable-next-line percent.share-mismatch, CHG01 -->\n" \
           "Share 40% of 100, up 8% to 10.\nShare 41% of 100.\n"
    specs = [("40% of 100", "PCT01", "percent.share-mismatch"),
             ("8% to 10", "CHG01", "change.percent-mismatch"),
             ("41% of 100", "PCT01", "percent.share-mismatch")]
    assert kept(apply(run_for(text, "a.md", specs))) == ["41% of 100"]


def test_enable_one_rule_inside_disable_all():
    text = "<!-- factlint-disable -->\n<!-- factlint-enable PCT01 -->\nShare 40% of 100, up " \
           "8% to 10.\n"
    specs = [("40% of 100", "PCT01", ""), ("8% to 10", "CHG01", "")]
    assert kept(apply(run_for(text, "a.md", specs))) == ["40% of 100"]


def test_html_directives_and_script_examples():
    text = "<p>Up 8% to 10.</p>\n<!-- factlint-disable-next-line -->\n<p>Up 9% to 12.</p>\n" \
           "<script>// <!-- factlint-disable --></script>\n<p>Up 7% to 13.</p>\n"
    specs = [("8% to 10", "CHG01", ""), ("9% to 12", "CHG01", ""), ("7% to 13", "CHG01", "")]
    assert kept(apply(run_for(text, "page.html", specs))) == ["8% to 10", "7% to 13"]


def test_plain_text_has_no_inline_directives():
    text = "<!-- factlint-disable -->\nUp 8% to 10.\n"
    assert kept(apply(run_for(text, "wire.txt", [("8% to 10", "CHG01", "")]))) == ["8% to 10"]


def test_configured_quotes_for_plain_text(tmp_path):
    text = "Sales reached 2.146 million, which is nearly 40%\nof the goal. Up 8% to 10.\n"
    path = str(tmp_path / "wire" / "a.txt")
    specs = [("nearly 40%", "PCT01", ""), ("8% to 10", "CHG01", "")]
    config = Config(root=str(tmp_path), suppress=(
        Suppression(path="wire/*.txt", claim="which is nearly 40% of the goal"),))
    assert kept(apply(run_for(text, path, specs), config)) == ["8% to 10"]
    other_rule = Config(root=str(tmp_path), suppress=(
        Suppression(path="wire/*.txt", claim="nearly 40%", rule="CHG01"),))
    assert len(kept(apply(run_for(text, path, specs), other_rule))) == 2
    other_path = Config(root=str(tmp_path), suppress=(
        Suppression(path="desk/*.txt", claim="nearly 40%"),))
    assert len(kept(apply(run_for(text, path, specs), other_path))) == 2


def test_directive_parsing():
    found = directives("x <!--factlint-disable-next-line  A,B  C--> y <!-- factlint-enable all -->")
    assert [(d.kind, sorted(d.rules)) for d in found] == [
        ("disable-next-line", ["A", "B", "C"]), ("enable", [])]


def test_disable_line_covers_only_its_own_line():
    # the old parser read "disable-line" as "disable" with the rule "-line PCT02" and hid the
    # rule for the rest of the document
    text = "Share 40% of 100. <!-- factlint-disable-line PCT01 -->\nShare 41% of 100.\n"
    specs = [("40% of 100", "PCT01", "percent.share-mismatch"),
             ("41% of 100", "PCT01", "percent.share-mismatch")]
    run = apply(run_for(text, "a.md", specs))
    assert kept(run) == ["41% of 100"]
    assert run.documents[0].errors == [] and run.documents[0].warnings == []


def test_disable_file_anywhere_and_families_in_any_case():
    text = "Share 40% of 100, up 8% to 10.\n\n<!-- factlint-disable-file percent -->\n" \
           "Share 41% of 100.\n"
    specs = [("40% of 100", "PCT01", "percent.share-mismatch"),
             ("8% to 10", "CHG01", "change.percent-mismatch"),
             ("41% of 100", "PCT01", "percent.share-mismatch")]
    assert kept(apply(run_for(text, "a.md", specs))) == ["8% to 10"]
    text2 = text.replace("disable-file percent", "disable-file pct01")
    assert kept(apply(run_for(text2, "a.md", specs))) == ["8% to 10"]


def test_a_directive_that_suppresses_nothing_is_a_warning():
    text = "<!-- factlint-disable-next-line CHG01 -->\nShare 40% of 100.\n" \
           "Up 8% to 10. <!-- factlint-disable-line CHG01 -->\n"
    specs = [("40% of 100", "PCT01", "percent.share-mismatch"),
             ("8% to 10", "CHG01", "change.percent-mismatch")]
    run = apply(run_for(text, "a.md", specs))
    assert kept(run) == ["40% of 100"]
    (warning,) = run.documents[0].warnings
    assert warning.startswith("a.md:1:1: factlint-disable-next-line CHG01 suppresses nothing")


def test_unknown_rules_and_directives_are_errors_with_did_you_mean():
    text = "Up 8% to 10. <!-- factlint-disable-line CHG1 -->\n" \
           "<!-- factlint-disabel-next-line -->\nUp 9% to 12.\n"
    specs = [("8% to 10", "CHG01", ""), ("9% to 12", "CHG01", "")]
    run = apply(run_for(text, "a.md", specs))
    assert kept(run) == ["8% to 10", "9% to 12"]   # a broken directive suppresses nothing
    errors = run.documents[0].errors
    assert any(e.startswith("a.md:1:14: factlint-disable-line names no rule: 'CHG1' "
                            "(did you mean ") and "CHG01" in e for e in errors)
    assert any(e.startswith("a.md:2:1: unknown directive 'factlint-disabel-next-line' "
                            "(did you mean factlint-disable-next-line?)") for e in errors)


def test_warnings_reach_every_report():
    from checks.formatters import render

    text = "<!-- factlint-disable-next-line CHG01 -->\nShare 40% of 100.\n"
    run = apply(run_for(text, "a.md", [("40% of 100", "PCT01", "")]))
    for fmt in ("text", "markdown", "html", "sarif", "github"):
        assert "suppresses nothing" in render(run, fmt), fmt
    import json

    assert json.loads(render(run, "json"))["documents"][0]["warnings"]


def test_no_unused_warning_for_a_rule_the_run_switched_off(tmp_path):
    text = "Up 8% to 10. <!-- factlint-disable-line CHG01 -->\nShare 40% of 100.\n"
    specs = [("40% of 100", "PCT01", "percent.share-mismatch")]
    for config, warned in ((Config(root=str(tmp_path)), True),
                           (Config(root=str(tmp_path), select=("PCT01",)), False),
                           (Config(root=str(tmp_path), disable=("CHG01",)), False)):
        run = apply(run_for(text, str(tmp_path / "a.md"), specs), config)
        assert bool(run.documents[0].warnings) == warned, config
