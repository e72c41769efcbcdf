"""Adversarial inputs of issue 9, each at about 200 KB: how long a full check takes.

Run on demand (not a test; the tests assert work counters, never times):

    .venv/bin/python benchmarks/bench_adversarial.py            # every case, 200 KB
    .venv/bin/python benchmarks/bench_adversarial.py --kb 400   # another size
    .venv/bin/python benchmarks/bench_adversarial.py --old      # also the old regex masking

Each case is read and checked as ``factlint check`` would (masking, extraction, every
built-in rule, tables, one formatter); rule-file cases load the file as ``--rules`` does.
The goal of the issue is under 2 s per case at 200 KB.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checks.documents import make_document  # noqa: E402
from checks.checker import Checker  # noqa: E402
from checks.errors import FactlintError  # noqa: E402
from checks.findings import RunResult  # noqa: E402
from checks.formatters import render  # noqa: E402
from checks.options import CheckOptions  # noqa: E402

DOC_CASES = {
    # name: (format, repeated unit)
    "html <!-- unclosed": ("html", "<!--"),
    "html <div  unclosed": ("html", "<div "),
    "html <a unclosed": ("html", "<a"),
    "html <script> unclosed": ("html", "<script>"),
    "html <! unclosed": ("html", "<!"),
    "markdown <!-- unclosed": ("markdown", "<!--"),
    "markdown [5]( unclosed": ("markdown", "[5]("),
    "markdown <https: unclosed": ("markdown", "<https:"),
    "markdown ](x \" unclosed": ("markdown", '](x "'),
    "markdown [x reference": ("markdown", "[x\n"),
    "markdown ``` unclosed": ("markdown", "```\n"),
    "text digits": ("text", "1234567890"),
    "text 5% of 10 people": ("text", "Of 10 people, 5 came, or 50%. "),
    "text $1,000,000 runs": ("text", "$1,000,000 "),
    "text no-break separators": ("text", "5\u202f000\u20136\u202f000 "),
    "text (($( parentheses": ("text", "((($ "),
    "text hedges": ("text", "nearly about more than almost "),
    # one sentence after another of a construct a kind compared pairwise within the sentence
    "text a surplus of 5": ("text", "a surplus of 5, "),
    "text $5 (€6) conversions": ("text", "$5 (\u20ac6) "),
    "text 5% of 10 shares": ("text", "5% of 10 "),
    # a change stated between figures: every trigger weighs pairs of nearby candidates
    "text 3 times 5": ("text", "3 times 5 "),
    "text rose 5% to 6 from 7": ("text", "rose 5% to 6 from 7 "),
    "csv one column": ("csv", "1,2\n"),
    "markdown table pipes": ("markdown", "| 5 | 6 |\n"),
}

BOMB = "\n".join(["a: &a [x, x, x, x, x, x, x, x, x, x]"]
                 + [f"{c}: &{c} [{', '.join(['*' + p] * 10)}]"
                    for p, c in zip("abcdefgh", "bcdefghi")]) + "\n"
REGEX_RULE = """rules:
  - code: USR01
    name: user.catastrophic
    kind: expression
    params:
      pattern: "{a:count} /(a+)+b/ {b:count}"
      relation: "a == b"
      unless: "(x+x+)+y"
    message: "{stated}"
    description: A catastrophic regular expression.
    examples: {pass: ["1 ab 1"], fail: ["1 ab 2"]}
"""
POW_RULE = REGEX_RULE.replace('/(a+)+b/', 'is').replace('"a == b"', '"a == 10**10**10"') \
    .replace('      unless: "(x+x+)+y"\n', '')


def _time(fn) -> tuple[float, str]:
    """CPU seconds of ``fn`` (steadier than wall time on a shared machine) and its outcome."""
    t = time.process_time()
    try:
        fn()
        outcome = "ok"
    except FactlintError as exc:
        outcome = "refused: " + str(exc)[-90:]
    return time.process_time() - t, outcome


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", type=int, default=200)
    ap.add_argument("--case", action="append", default=[],
                    help="only the document cases whose name contains this (repeatable)")
    ap.add_argument("--old", action="store_true",
                    help="also time the previous regex masking (slow: minutes)")
    args = ap.parse_args()
    size = args.kb * 1024
    checker = Checker(CheckOptions())
    rows = []
    for name, (fmt, unit) in DOC_CASES.items():
        if args.case and not any(c in name for c in args.case):
            continue
        text = unit * (size // len(unit))

        def run(text=text, fmt=fmt):
            result = checker.check(make_document(text, f"case.{fmt}", fmt))
            render(RunResult(documents=[result]), "text")
        rows.append((name, *_time(run)))
        print(f"  {name}: {rows[-1][1]:.3f} s", file=sys.stderr, flush=True)
    if args.old:
        from checks import documents as d

        for unit in ("<!--", "<div ", "<a", "<script>"):
            text = unit * (size // len(unit))
            rows.append((f"OLD regex masking {unit}", *_time(
                lambda text=text: d._HTML_TAG.sub("", d._HTML_HIDDEN.sub("", text)))))
    with tempfile.TemporaryDirectory() as tmp:
        from checks.rules import load_rule_packs

        for name, content in (("rule file alias bomb (802 bytes)", BOMB),
                              ("rule with (a+)+b pattern / unless", REGEX_RULE),
                              ("rule with 10**10**10", POW_RULE)):
            path = Path(tmp) / "rules.yml"
            path.write_text(content)

            def load(path=path, name=name):
                pack = load_rule_packs((str(path),), builtin=False)
                if "10**10" in name:
                    c = Checker(CheckOptions(rule_paths=(str(path),), no_builtin_rules=True),
                                rules=pack)
                    c.check(make_document("1 is 1. " * (size // 8), "x.txt"))
            rows.append((name, *_time(load)))
        fm = "---\n" + BOMB + "---\n" + "Some 5%. " * (size // 9)
        rows.append(("front matter alias bomb", *_time(
            lambda: make_document(fm, "x.md", "markdown"))))
    width = max(len(r[0]) for r in rows)
    print(f"{'case':{width}}  CPU s    outcome  ({args.kb} KB documents)")
    for name, secs, outcome in rows:
        print(f"{name:{width}}  {secs:7.3f}  {re.sub(r'/tmp/[^:]*', '<tmp>', outcome)}")
    worst = max(r[1] for r in rows if not r[0].startswith("OLD"))
    print(f"worst: {worst:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
