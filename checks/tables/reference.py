"""The table-rule reference in docs/tables.md, generated from rules/tables.yml (never by hand).

Run ``python -m checks.tables.reference`` to rewrite the generated part of docs/tables.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from checks.rules import Rule
from checks.tables.claims import builtin_rules

BEGIN = "<!-- BEGIN generated table rule reference (python -m checks.tables.reference) -->"
END = "<!-- END generated table rule reference -->"
DOC = Path(__file__).resolve().parent.parent.parent / "docs" / "tables.md"


def _relation(rule: Rule) -> str:
    """The table relation of a rule: its kind without the ``table`` prefix."""
    return rule.kind.removeprefix("table ")


def render() -> str:
    """The reference section: a summary table, then each rule with its examples."""
    rules = list(builtin_rules().values())
    out = [BEGIN, "", f"{len(rules)} table rules.", "",
           "| code | name | kind | severity |", "|---|---|---|---|"]
    out += [f"| [{r.code}](#{r.code.lower()}) | `{r.name}` | {_relation(r)} | {r.severity} |"
            for r in rules]
    for r in rules:
        out += ["", f"### {r.code}", "",
                f"**`{r.name}`** · kind `{_relation(r)}` · severity `{r.severity}`", "",
                " ".join(r.description.split()), "", f"*Message:* `{r.message}`", "",
                f"*Hint:* {r.hint}"]
        for label, examples in (("Passes", r.examples_pass), ("Flagged", r.examples_fail)):
            for ex in examples:
                out += ["", f"*{label}:*", "", "```markdown", ex.rstrip(), "```"]
    out += ["", END]
    return "\n".join(out) + "\n"


def rewrite(path: Path = DOC) -> bool:
    """Replace the generated section of ``path``; return True when the file changed."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    new = head + render() + tail.lstrip("\n")
    if new != text:
        path.write_text(new, encoding="utf-8")
        return True
    return False


if __name__ == "__main__":
    changed = rewrite()
    print(f"{DOC}: {'rewritten' if changed else 'up to date'}", file=sys.stderr)
