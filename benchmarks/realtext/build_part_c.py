"""Build benchmarks/realtext/part_c.jsonl from the hand-written passages in part_c_passages.py,
with part A's builder (offsets computed, each quote checked to occur once, -m1 variants made).

Usage: python benchmarks/realtext/build_part_c.py [--check]   (--check: build, do not write)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_part_a import main  # noqa: E402
from part_c_passages import PASSAGES  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(passages=PASSAGES, out=HERE / "part_c.jsonl"))
