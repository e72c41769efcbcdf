"""Count claims and verdicts on benchmarks/articles: false fails on clean_*, planted errors
caught (fail or uncertain on a claim touching the planted quote) on wrong_*.

Run: .venv/bin/python benchmarks/articles/measure.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from checks.documents import read_document  # noqa: E402
from checks.checker import Checker  # noqa: E402
from checks.options import CheckOptions  # noqa: E402

HERE = Path(__file__).resolve().parent
AS_OF = dt.date(2025, 7, 15)


def main() -> None:
    checker = Checker(CheckOptions(as_of=AS_OF))
    claims = fails = uncertain = 0
    for path in sorted(HERE.glob("clean_*.md")):
        res = checker.check(read_document(str(path), as_of=AS_OF))
        claims += len(res.claims)
        for c in res.claims:
            if c.verdict == "fail":
                fails += 1
                print(f"FALSE FAIL {path.name}:{c.line}:{c.column} {c.rule} {c.message}")
            elif c.verdict == "uncertain":
                uncertain += 1
    print(f"clean: {len(list(HERE.glob('clean_*.md')))} articles, {claims} claims, "
          f"{fails} fail, {uncertain} uncertain")
    planted = caught_fail = caught_unc = 0
    for path in sorted(HERE.glob("wrong_*.md")):
        text = path.read_text(encoding="utf-8")
        errors = yaml.safe_load(path.with_suffix(".errors.yml").read_text())["errors"]
        res = checker.check(read_document(str(path), as_of=AS_OF))
        for e in errors:
            planted += 1
            at = text.find(e["quote"])
            span = (at, at + len(e["quote"]))
            hit = [c for c in res.claims if any(
                s < span[1] and span[0] < t
                for s, t in [(c.start, c.end)] + [(i.start, i.end) for i in c.inputs])]
            verdicts = {c.verdict for c in hit}
            if "fail" in verdicts:
                caught_fail += 1
            elif "uncertain" in verdicts:
                caught_unc += 1
            print(f"{path.name}: {e['family']:<18} {e['quote']!r}: "
                  f"{'/'.join(sorted(verdicts)) or 'missed'}")
    print(f"planted: {planted}, caught as fail {caught_fail}, as uncertain {caught_unc}, "
          f"missed {planted - caught_fail - caught_unc}")


if __name__ == "__main__":
    main()
