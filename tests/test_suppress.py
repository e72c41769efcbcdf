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
