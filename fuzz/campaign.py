"""A long fuzz campaign over ``check`` and every formatter (hypothesis with a large budget).

    nice -n 10 .venv/bin/python fuzz/campaign.py --examples 1000000 --seed 1
    nice -n 10 .venv/bin/python fuzz/campaign.py --minutes 60

Documents come from fuzz/strategies.py (amounts, currencies, ranges, conversions, markup
closed and unclosed, control characters, front matter). Every input is checked and
rendered in every format; an input that makes factlint fail (an ``InternalError`` entry or
an exception) is written to fuzz/corpus/, which tests/test_fuzz.py replays as regression
tests. Progress goes to stderr every 1,000 inputs; the last line is the summary.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from strategies import documents, problems, save  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=1_000_000)
    ap.add_argument("--minutes", type=float, default=None, help="stop after this long")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--corpus", default=str(HERE / "corpus"))
    args = ap.parse_args()

    import datetime as dt

    from checks.checker import Checker
    from checks.options import CheckOptions

    checker = Checker(CheckOptions(as_of=dt.date(2024, 5, 1)))
    deadline = time.monotonic() + args.minutes * 60 if args.minutes else None
    stats = {"inputs": 0, "crashes": 0, "kinds": {}}
    started = time.monotonic()

    class Done(Exception):
        pass

    # (hypothesis draws from its own generator: random.seed does not reach it, @seed does)
    @seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(documents())
    def run(doc):
        if deadline and time.monotonic() > deadline:
            raise Done
        fmt, text = doc
        stats["inputs"] += 1
        found = problems(fmt, text, checker)
        if found:
            stats["crashes"] += 1
            key = found[0].split(" (at ")[0][-120:]
            if key not in stats["kinds"]:
                stats["kinds"][key] = save(args.corpus, fmt, text)
                print(f"crash: {found[0]} -> {stats['kinds'][key]}", file=sys.stderr,
                      flush=True)
        if stats["inputs"] % 1000 == 0:
            rate = stats["inputs"] / (time.monotonic() - started)
            print(f"{stats['inputs']} inputs, {stats['crashes']} crashes, {rate:.1f}/s",
                  file=sys.stderr, flush=True)

    try:
        run()
    except (Done, KeyboardInterrupt):
        pass  # the time is up, or Ctrl-C: report what was reached
    elapsed = time.monotonic() - started
    print(f"campaign: {stats['inputs']} inputs, {stats['crashes']} crashing inputs "
          f"({len(stats['kinds'])} distinct) in {elapsed:.0f} s, seed {args.seed}")
    return 1 if stats["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
