"""Robustness (issue 9): one document never sinks the run; crash classes fixed at the source.

A factlint bug while checking one document becomes that document's ``InternalError`` entry;
the other documents are checked and reported, and the run exits 2.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from checks.cli import main
from checks.documents import make_document
from checks.errors import ConfigError, is_internal
from checks.testing import check_text

INTERNAL_LINE = re.compile(r"^(?P<path>.+): InternalError: (?P<type>\w+): .* \(at [\w/]+\.py:\d+; "
                           r"this is a factlint bug, please report it\)$")


@pytest.fixture
def crashing_extraction(monkeypatch):
    """Make extraction raise on any document that says 'boom' (a stand-in for a bug)."""
    import checks.checker

    real = checks.checker.extract_document

    def flaky(doc, config=None):
        if "boom" in doc.text:
            raise ZeroDivisionError("float division by zero")
        return real(doc, config)

    monkeypatch.setattr(checks.checker, "extract_document", flaky)


def test_a_crash_in_one_document_is_its_error_and_the_others_are_reported(
        tmp_path, capsys, crashing_extraction):
    (tmp_path / "a_boom.txt").write_text("boom: 5 of 10 people, or 50%.\n")
    (tmp_path / "b_good.txt").write_text("Of 10 people, 5 came, or 50%.\n")
    code = main(["check", str(tmp_path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 2
    docs = {d["path"]: d for d in json.loads(out)["documents"]}
    bad, good = docs[str(tmp_path / "a_boom.txt")], docs[str(tmp_path / "b_good.txt")]
    assert good["errors"] == [] and good["claims"]
    (line,) = bad["errors"]
    m = INTERNAL_LINE.match(line)
    assert m and m["type"] == "ZeroDivisionError" and is_internal(line), line
    assert "\n" not in line and "Traceback" not in err


def test_a_crash_in_a_rule_names_the_rule(monkeypatch):
    import dataclasses

    import checks.checker
    from checks.options import CheckOptions

    checker = checks.checker.Checker(CheckOptions())

    def broken(ctx, rule):
        raise RecursionError("maximum recursion depth exceeded")

    checker.kinds = {k: dataclasses.replace(v, find=broken) for k, v in checker.kinds.items()}
    result = checker.check(make_document("Of 10 people, 5 came, or 50%.", "x.txt"))
    assert result.claims == [] and len(result.errors) == 1
    assert re.search(r"InternalError: RecursionError: .* in rule [A-Z]+\d+ \(at ",
                     result.errors[0]), result.errors


def test_a_formatter_crash_on_one_document_keeps_the_others(tmp_path, capsys, monkeypatch):
    from checks.formatters import markdown

    real = markdown.render

    def flaky(run, **options):
        if any("boom" in d.path and d.claims for d in run.documents):
            raise KeyError("claim")
        return real(run, **options)

    monkeypatch.setattr(markdown, "render", flaky)
    (tmp_path / "boom.txt").write_text("Of 10 people, 5 came, or 50%.\n")
    (tmp_path / "good.txt").write_text("Of 10 people, 5 came, or 50%.\n")
    code = main(["check", str(tmp_path), "--format", "markdown"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "good.txt" in out and "InternalError: KeyError" in out + err
    assert "in the markdown format" in out


def test_a_bug_outside_any_document_is_one_line_exit_2(tmp_path, capsys, monkeypatch):
    import checks.commands

    def broken(*a, **k):
        raise AttributeError("'NoneType' object has no attribute 'rules'")

    monkeypatch.setattr(checks.commands, "run_check", broken)
    monkeypatch.setattr(checks.commands, "stream_check", broken)
    (tmp_path / "a.txt").write_text("5%\n")
    code = main(["check", str(tmp_path / "a.txt")])
    err = capsys.readouterr().err
    assert code == 2
    assert re.fullmatch(r"factlint: InternalError: AttributeError: .*please report it\)\n", err)


def test_internal_errors_are_told_apart_from_input_errors():
    assert is_internal("a.md: InternalError: ValueError: x (at extract.py:3; this is a "
                       "factlint bug, please report it)")
    assert not is_internal("a.md:3: malformed YAML front matter: found ':'")


# --- the crash classes of the issue, fixed at the source ------------------------------

def test_issue_9_narrow_no_break_space_inside_a_from_to_range():
    result = check_text("Prices went from under \u00a58\u202f466 to 9\u202f000 million baht.")
    assert result.errors == []
    result = check_text("under \u00a58\u202f466-560'388 million baht just over \u20ac4 666.993 "
                        "million")
    assert result.errors == []


def test_issue_9_zero_amount_in_a_conversion_is_uncertain_with_a_reason():
    result = check_text("The deal was worth 5 billion yen ($0 billion).",
                        as_of=dt.date(2024, 5, 1))
    assert result.errors == []
    (claim,) = [c for c in result.claims if c.rule == "CNV01"]
    assert claim.verdict == "uncertain" and "zero amount" in claim.message
    result = check_text("They paid 0 dong ($2 billion) for it.", as_of=dt.date(2024, 5, 1))
    assert result.errors == [] and all(c.verdict != "fail" for c in result.claims)


@pytest.mark.parametrize("text", ["A rate of 0 yen per dollar; 500 yen ($20).",
                                  "$1 = 0 yen; 500 yen ($20).",
                                  "$1 = 1e400 yen; 500 yen ($20)."])
def test_issue_9_zero_or_infinite_rate_stated_in_the_text(text):
    result = check_text(text, as_of=dt.date(2024, 5, 1))
    assert result.errors == []


@pytest.mark.parametrize("rate", ["0", "-1", ".inf", ".nan", "-.inf"])
def test_issue_9_zero_infinite_or_nan_rate_in_a_rates_file_is_a_config_error(tmp_path, rate):
    from checks.references import load_rates

    path = tmp_path / "rates.yml"
    path.write_text(f"rates:\n  - {{base: EUR, quote: USD, rate: {rate}}}\n")
    with pytest.raises(ConfigError, match=r"rate.*positive number \(finite") as exc:
        load_rates(rate_files=[str(path)])
    assert exc.value.path == str(path) and exc.value.line == 2


@pytest.mark.parametrize("source, problem", [
    ("10**10**10", None),                      # evaluates: the exponent overflows, no hang
    ("x ** 1000", "exponent 1000 is beyond"),
    ("(" * 150 + "x" + ")" * 150, None),       # parentheses alone add no depth
    ("-" * 900 + "x", "nested too deeply"),
    ("x" + "+x" * 400, "nested too deeply"),
    ("x" + "+x" * 2000, "too long"),
    ("max(" + ", ".join(["x"] * 200) + ")", "too many terms"),
])
def test_issue_9_expression_limits(source, problem):
    from checks.expr import Expression

    if problem:
        with pytest.raises(ConfigError, match=problem):
            Expression(source)
        return
    try:
        Expression(source).evaluate({"x": 3})
    except OverflowError:
        pass  # what the rule kinds turn into "uncertain"


def test_issue_9_deep_expression_in_a_rule_names_the_rule_and_line(tmp_path):
    from checks.rules import load_rule_packs

    pack = tmp_path / "deep.yml"
    pack.write_text(
        "rules:\n"
        "  - code: USR01\n"
        "    name: deep.expression\n"
        "    kind: expression\n"
        "    params:\n"
        "      pattern: \"{a:count} ... {b:count}\"\n"
        f"      relation: \"a == {'-' * 500}b\"\n"
        "    message: \"{stated}\"\n"
        "    description: A relation nested far too deeply.\n"
        "    examples: {pass: [\"1 and 1\"], fail: [\"1 and 2\"]}\n")
    with pytest.raises(ConfigError) as exc:
        load_rule_packs((str(pack),), builtin=False)
    text = str(exc.value)
    assert str(pack) in text and "USR01" in text and "nested too deeply" in text
    assert exc.value.line is not None


# --- bounded input: one reader, regular files only, at most the limit --------------------

def test_done_when_a_crashing_document_a_fifo_and_a_good_document(tmp_path):
    """The issue's closing case, in a subprocess so that a regression hangs no test run."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "a_boom.txt").write_text("boom: 5 of 10 people, or 50%.\n")
    os.mkfifo(tmp_path / "b_pipe.txt")
    (tmp_path / "c_good.txt").write_text("Of 10 people, 5 came, or 50%.\n")
    code = (
        "import sys, checks.checker as e\n"
        "real = e.extract_document\n"
        "def flaky(doc, config=None):\n"
        "    if 'boom' in doc.text: raise ZeroDivisionError('float division by zero')\n"
        "    return real(doc, config)\n"
        "e.extract_document = flaky\n"
        "from checks.cli import main\n"
        f"sys.exit(main(['check', {str(tmp_path)!r}, '--format', 'json']))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode == 2, proc.stderr
    docs = {Path(d["path"]).name: d for d in json.loads(proc.stdout)["documents"]}
    assert docs["c_good.txt"]["claims"] and docs["c_good.txt"]["errors"] == []
    assert "InternalError: ZeroDivisionError" in docs["a_boom.txt"]["errors"][0]
    assert "named pipe (FIFO), not a regular file" in docs["b_pipe.txt"]["errors"][0]
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("flag", ["--rules", "--config", "--baseline", "--rates", "--facts",
                                  "--hedges"])
def test_a_fifo_given_as_a_configuration_file_is_refused(tmp_path, capsys, flag):
    import os

    fifo = tmp_path / "pipe.yml"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text("5%\n")
    code = main(["check", str(tmp_path / "a.txt"), flag, str(fifo)])
    out, err = capsys.readouterr()
    (line,) = [s for s in (out + err).splitlines() if "FIFO" in s]  # hedges: a document error
    assert code == 2 and "named pipe (FIFO), not a regular file" in line, out + err
    assert str(fifo) in line


def test_a_device_is_refused_not_read_forever(capsys):
    code = main(["check", "/dev/zero"])
    out = capsys.readouterr().out
    assert code == 2 and "/dev/zero: is a character device, not a regular file" in out


def test_the_limit_holds_when_the_reported_size_is_wrong(tmp_path):
    from checks.io import read_bytes

    # /proc files report size 0 but have content: the reader counts what it reads
    with pytest.raises(OSError, match="file too large"):
        read_bytes("/proc/self/maps", 10)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(OSError, match=r"the limit is 1000 bytes"):
        read_bytes(str(big), 1000)
    assert read_bytes(str(big), 1001) == b"x" * 1001


# --- YAML budget ---------------------------------------------------------------------------

BOMB = "\n".join(["a: &a [x, x, x, x, x, x, x, x, x, x]"]
                 + [f"{c}: &{c} [{', '.join(['*' + p] * 10)}]"
                    for p, c in zip("abcdefgh", "bcdefghi")]) + "\n"


def test_an_alias_bomb_in_a_rule_file_is_refused_at_its_line(tmp_path):
    from checks.rules import load_rule_packs

    pack = tmp_path / "bomb.yml"
    pack.write_text(BOMB)
    with pytest.raises(ConfigError, match="expands to more than") as exc:
        load_rule_packs((str(pack),), builtin=False)
    assert exc.value.path == str(pack) and exc.value.line in range(4, 10)


def test_an_alias_bomb_in_front_matter_is_a_one_line_document_error():
    from checks.errors import InputError

    text = "---\n" + BOMB + "---\nSome 5%.\n"
    with pytest.raises(InputError, match="expands to more than") as exc:
        make_document(text, "bomb.md", "markdown")
    assert len(str(exc.value)) < 300 and exc.value.line is not None


def test_deep_yaml_nesting_is_refused():
    import yaml

    from checks.safeyaml import MAX_DEPTH, load

    assert load("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None
    with pytest.raises(yaml.YAMLError, match="nested more than"):
        load("[" * 5000 + "]" * 5000)


def test_ordinary_aliases_still_load():
    from checks.safeyaml import load

    assert load("a: &x {k: 1}\nb: *x\nc: {<<: *x, j: 2}\n") == {
        "a": {"k": 1}, "b": {"k": 1}, "c": {"k": 1, "j": 2}}


# --- front matter confined to the project root ------------------------------------------

def _fm_doc(path, name):
    path.write_text(f"---\nfactlint:\n  assertions: {name}\n---\nSome 5%.\n")
    return path


def test_front_matter_cannot_name_a_file_outside_the_project(tmp_path, capsys, monkeypatch):
    project, outside = tmp_path / "project", tmp_path / "outside"
    project.mkdir(), outside.mkdir()
    (outside / "a.yml").write_text("assertions:\n  checks: []\n")
    (project / ".factlint.yaml").write_text("fail-on: error\n")
    _fm_doc(project / "doc.md", "../outside/a.yml")
    (project / "link.yml").symlink_to(outside / "a.yml")
    _fm_doc(project / "via_link.md", "link.yml")
    monkeypatch.chdir(project)
    code = main(["check", "doc.md", "via_link.md"])
    out = capsys.readouterr().out
    assert code == 2
    assert out.count("outside the project root") == 2, out
    # the configuration may allow more
    (project / ".factlint.yaml").write_text("assertion-roots: [../outside]\n")
    assert main(["check", "doc.md", "via_link.md"]) == 0


# --- user regular expressions ---------------------------------------------------------

@pytest.mark.parametrize("pattern, reason", [
    ("(a+)+b", "nested quantifiers"),
    ("(\\w+\\s?)*$", "nested quantifiers"),
    ("(x{1,3})+y", "nested quantifiers"),
    ("(a|ab)+c", "alternatives"),
    ("(a+)\\1", "backreference"),
    (".*a.*b", "2 unbounded quantifiers"),
    ("a" * 1001, "longer than"),
])
def test_catastrophic_user_regexes_are_refused(pattern, reason):
    from checks.saferegex import unsafe_reason

    assert reason in (unsafe_reason(pattern) or "")


@pytest.mark.parametrize("pattern", ["rose|fell", "after (discounts|fees)", "(\\d{3}){2}",
                                     "(?:,\\d{3})+", "[a-z]+ing", "list\\s+prices?|net\\s+of",
                                     "\\b(?:including|plus)\\b"])
def test_ordinary_user_regexes_are_accepted(pattern):
    from checks.saferegex import unsafe_reason

    assert unsafe_reason(pattern) is None


def _expression_rule(tmp_path, params: str):
    path = tmp_path / "user.yml"
    path.write_text(
        "rules:\n"
        "  - code: USR01\n"
        "    name: user.rule\n"
        "    kind: expression\n"
        "    params:\n" + params +
        "    message: \"{stated}\"\n"
        "    description: A user rule.\n"
        "    examples: {pass: [\"1 ab 1\"], fail: [\"1 ab 2\"]}\n")
    return path


@pytest.mark.parametrize("params", [
    "      pattern: \"{a:count} /(a+)+b/ {b:count}\"\n      relation: \"a == b\"\n",
    # RE2 cannot run a lookbehind: this unless would run on re, so it is checked
    "      pattern: \"{a:count} ... {b:count}\"\n      relation: \"a == b\"\n"
    "      unless: \"(?<=a)(x+x+)+y\"\n",
])
def test_a_rule_with_a_catastrophic_regex_is_refused_at_load(tmp_path, params):
    from checks.rules import load_rule_packs

    path = _expression_rule(tmp_path, params)
    with pytest.raises(ConfigError, match="is refused: .*nested quantifiers") as exc:
        load_rule_packs((str(path),), builtin=False)
    assert exc.value.path == str(path) and "USR01" in str(exc.value) and exc.value.line


def test_an_unless_re2_can_run_is_linear_whatever_its_shape(tmp_path):
    from checks.rules import load_rule_packs
    from checks.saferegex import compile_linear

    rx = compile_linear("(x+x+)+y")
    assert type(rx).__module__.startswith("re2")  # RE2: no backtracking at all
    assert rx.search("a" + "x" * 5000, 0, 5001) is None
    m = rx.search("€ XXy", 1, 5)
    assert m.start() == 2 and m.group(0) == "XXy"  # offsets in characters, case folded
    path = _expression_rule(tmp_path, "      pattern: \"{a:count} ... {b:count}\"\n"
                                      "      relation: \"a == b\"\n"
                                      "      unless: \"(x+x+)+y\"\n")
    assert load_rule_packs((str(path),), builtin=False).rules


@pytest.mark.parametrize("check", ["str_matches: '(a+)+$'",
                                   "str_matches: {pattern: '(a+)+$'}",
                                   "str_contains: '(x|xy)*z'"])
def test_a_pandera_regex_check_that_can_hang_is_refused_at_its_line(tmp_path, check):
    from checks.options import CheckOptions
    from checks.tables import table_claims

    path = tmp_path / "tables.yml"
    path.write_text("tables:\n  - match: {position: 1}\n    schema:\n      columns:\n"
                    f"        Name:\n          checks: {{{check}}}\n")
    doc = make_document("| Name | Count |\n|---|---|\n| a | 1 |\n", "doc.md", "markdown")
    with pytest.raises(ConfigError, match=r"str_\w+ /.*/ is refused") as exc:
        table_claims(doc, CheckOptions(rule_paths=(str(path),)))
    assert exc.value.path == str(path) and exc.value.line == 6  # the checks line


def test_a_bug_while_reading_a_document_is_its_internal_error(tmp_path, capsys, monkeypatch):
    import checks.documents

    def broken(text, work=None):
        raise IndexError("string index out of range")

    monkeypatch.setattr(checks.documents, "mask_html", broken)
    (tmp_path / "a.html").write_text("<p>5%</p>")
    (tmp_path / "b.txt").write_text("Of 10 people, 5 came, or 50%.\n")
    assert main(["check", str(tmp_path), "--format", "json"]) == 2
    docs = {d["path"]: d for d in json.loads(capsys.readouterr().out)["documents"]}
    assert docs[str(tmp_path / "b.txt")]["claims"]
    (err,) = docs[str(tmp_path / "a.html")]["errors"]
    assert "InternalError: IndexError: string index out of range in reading" in err


# --- terminal escaping ------------------------------------------------------------------

def test_the_text_format_escapes_control_characters_in_names_and_text(tmp_path, capsys):
    evil = tmp_path / "evil\x1b[31m\nname.txt"
    evil.write_text("Of 10 people, 5 came, or 60%.\n")
    code = main(["check", str(evil)])
    out = capsys.readouterr().out
    assert code == 1 and "\x1b" not in out
    (line,) = [s for s in out.splitlines() if "PCT01" in s]
    assert line.startswith(str(tmp_path / "evil\\x1b[31m\\x0aname.txt") + ":1:")


def test_rich_text_shows_markup_and_escapes_literally():
    from checks.findings import RunResult
    from checks.formatters import render

    from checks.findings import Claim, DocumentResult

    claim = Claim(rule="PCT01", verdict="fail", severity="error", path="a\x1b[2J.txt",
                  line=1, column=1, start=0, end=5, text="[bold]5%\x1b[2J",
                  message="stated [red]5%\x1b[2J")
    doc = DocumentResult(path="a\x1b[2J.txt", claims=[claim], errors=["a\x1b[2J.txt: bad"])
    out = render(RunResult(documents=[doc]), "text", color=True, verbose=True)
    assert "\x1b[2J" not in out and "\\x1b[2J" in out
    assert "[bold]5%" in out and "[red]5%" in out


def test_terminal_safe_leaves_ordinary_text_alone():
    from checks.formatters.common import terminal_safe

    ordinary = "¥64.8 billion, nearly 40% — “fine”"
    assert terminal_safe(ordinary) == ordinary
    assert terminal_safe("a\u202eb\x9bc\x7f") == "a\\u202eb\\x9bc\\x7f"
