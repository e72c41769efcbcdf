"""Text reports: one finding per line for logs and editors, or rich tables on a terminal."""

from __future__ import annotations

import io
import shutil
from typing import TYPE_CHECKING

from checks.findings import Claim, DocumentResult, Input, RunResult, Verdict
from checks.formatters import common
from checks.formatters.common import terminal_safe as safe

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

#: verdict -> rich style (keyed by str: a claim's verdict may be the plain string)
_STYLE: dict[str, str] = {Verdict.FAIL: "bold red", Verdict.UNCERTAIN: "yellow",
                          Verdict.PASS: "green"}


def input_place(inp: Input, text: str | None) -> str:
    """``line:col`` of an input, from the record or computed from the text."""
    if inp.line:
        return f"{inp.line}:{inp.column}"
    line, col = common.position(text, inp.start, (0, 0))
    return f"{line}:{col}" if line else f"offset {inp.start}"


def finding_line(claim: Claim) -> str:
    """``path:line:col: severity rule: message``, the shape editors and CI logs parse."""
    message = safe(" ".join(claim.message.split()))
    return (f"{safe(claim.path)}:{claim.line}:{claim.column}: {common.level(claim)} "
            f"{safe(claim.rule)}: {message}")


def _plain(run: RunResult, verbose: bool = False) -> str:
    lines: list[str] = [f"factlint: {safe(e)}" for e in run.errors]
    for doc in common.documents(run):
        lines += [safe(e) for e in doc.errors]
        lines += [f"warning: {safe(w)}" for w in doc.warnings]
        text = common.text_of(doc)
        for c in common.claims(doc):
            if c.verdict == Verdict.PASS and not verbose:
                continue
            lines.append(finding_line(c))
            lines += [safe(line) for line in common.detail_lines(c, text)]
    lines.append(common.summary_line(run))
    lines.append(common.coverage_line(run))
    return "\n".join(lines) + "\n"


def _rich(run: RunResult, verbose: bool = False, width: int | None = None) -> str:
    # (rich takes about 45 ms to import; only the colour report needs it)
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    if not width:
        # the terminal's own width (COLUMNS when set), so that nothing wraps or is cut
        width = shutil.get_terminal_size((100, 24)).columns
    console = Console(file=buf, force_terminal=True, width=max(width, 40), highlight=False,
                      soft_wrap=False)
    for e in run.errors:
        console.print(Text(f"factlint: {safe(e)}", style="bold red"))
    for doc in common.documents(run):
        _rich_document(console, doc, verbose, Table, Text)
    s = run.summary()
    table = Table(title="summary", show_edge=True)
    for col in ("documents", "claims", "pass", "fail", "uncertain"):
        table.add_column(col, justify="right", style=_STYLE.get(col, ""))
    table.add_row(*(str(s[k]) for k in ("documents", "claims", "pass", "fail", "uncertain")))
    console.print(table)
    console.print(Text(common.coverage_line(run), style="dim"))
    return buf.getvalue()


def _rich_document(console: Console, doc: DocumentResult, verbose: bool, Table: type[Table],
                   Text: type[Text]) -> None:
    shown = [c for c in common.claims(doc) if verbose or c.verdict != Verdict.PASS]
    if not shown and not doc.errors and not doc.warnings:
        return
    console.print(Text(safe(doc.path), style="bold underline"))
    for e in doc.errors:
        console.print(Text(f"  {safe(e)}", style="bold red"))
    for w in doc.warnings:
        console.print(Text(f"  warning: {safe(w)}", style="yellow"))
    if not shown:
        return
    text = common.text_of(doc)
    table = Table(show_header=True, header_style="bold", expand=False)
    for col in ("where", "verdict", "rule", "claim", "computation"):
        table.add_column(col, overflow="fold")
    for c in shown:
        inputs = ", ".join(f"{safe(i.text)} ({input_place(i, text)})" for i in c.inputs)
        detail = safe(common.computation(c)) + (f"\ninputs: {inputs}" if inputs else "")
        sug = common.suggestion(c)
        if sug:
            detail += f"\nsuggestion: {safe(sug)}"
        if c.hint:
            detail += f"\nhint: {safe(c.hint)}"
        # Text cells: a document's "[bold]" is text, not rich markup
        table.add_row(f"{c.line}:{c.column}", Text(c.verdict, style=_STYLE[c.verdict]),
                      Text(f"{safe(c.rule)} {common.level(c)}"), Text(safe(c.text)),
                      Text(detail))
    console.print(table)


def render(run: RunResult, color: bool = False, verbose: bool = False,
           width: int | None = None, **_: object) -> str:
    """Plain lines, or (``color``) rich tables with a summary table, both ending in coverage."""
    return _rich(run, verbose, width) if color else _plain(run, verbose)
