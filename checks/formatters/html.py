"""One self-contained HTML page: each article with its checked claims highlighted by verdict.

Nothing is loaded from elsewhere (a Content-Security-Policy forbids it); every piece of
document text goes through ``html.escape``, so an article containing ``<script>`` shows it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from checks.findings import Claim, DocumentResult, RunResult
from checks.formatters import common

_RANK = {"pass": 0, "uncertain": 1, "fail": 2}

CSS = """
:root{--fail:#c62828;--fail-bg:#ffebee;--unc:#b26a00;--unc-bg:#fff4d6;--pass:#2e7d32;
--pass-bg:#e8f5e9;--ink:#1f2328;--mute:#57606a;--line:#d0d7de}
*{box-sizing:border-box}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
margin:0 auto;max-width:70rem;padding:1.5rem}
h1{font-size:1.5rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;
border-bottom:1px solid var(--line);padding-bottom:.3rem;word-break:break-all}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right}
.badge{display:inline-block;border-radius:1rem;padding:.05rem .6rem;font-weight:600;
margin-right:.4rem}
.badge.fail,.v-fail{color:var(--fail);background:var(--fail-bg)}
.badge.uncertain,.v-uncertain{color:var(--unc);background:var(--unc-bg)}
.badge.pass,.v-pass{color:var(--pass);background:var(--pass-bg)}
.article{white-space:pre-wrap;font:14px/1.7 ui-monospace,SFMono-Regular,Menlo,monospace;
background:#fbfbfc;border:1px solid var(--line);border-radius:6px;padding:1rem;
overflow-wrap:anywhere}
mark.claim{position:relative;border-radius:3px;padding:0 2px;cursor:pointer;
border-bottom:2px solid currentColor;outline:none}
mark.claim.fail{color:var(--fail);background:var(--fail-bg)}
mark.claim.uncertain{color:var(--unc);background:var(--unc-bg)}
mark.claim.pass{color:var(--pass);background:var(--pass-bg)}
mark.claim:focus,mark.claim:hover{box-shadow:0 0 0 2px currentColor}
.pop{display:none;position:absolute;left:0;top:1.6em;z-index:10;min-width:22rem;
max-width:34rem;white-space:normal;font:13px/1.45 system-ui,sans-serif;color:var(--ink);
background:#fff;border:1px solid var(--line);border-radius:6px;padding:.6rem .75rem;
box-shadow:0 6px 18px rgba(0,0,0,.15);cursor:auto}
mark.claim:hover>.pop,mark.claim:focus-within>.pop{display:block}
.pop .rule{font-weight:600}.pop ul{margin:.3rem 0 0;padding-left:1.1rem}
.input{text-decoration:underline dotted 2px;text-underline-offset:3px;
background:rgba(9,105,218,.08)}
.input.linked,.input:target{background:rgba(9,105,218,.28);outline:2px solid #0969da}
.mute{color:var(--mute)}.err{color:var(--fail)}
tr:target{outline:2px solid #0969da}
footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.5rem}
"""

# Highlights the inputs of the claim under the pointer or focus; the page works without it.
SCRIPT = """
document.addEventListener('DOMContentLoaded',function(){
 function mark(id,on){document.querySelectorAll('[data-for~="'+id+'"]').forEach(
  function(e){e.classList.toggle('linked',on)})}
 document.querySelectorAll('mark.claim').forEach(function(m){
  var ids=(m.dataset.claims||'').split(' ');
  ['mouseenter','focusin'].forEach(function(t){m.addEventListener(t,function(){
   ids.forEach(function(i){mark(i,true)})})});
  ['mouseleave','focusout'].forEach(function(t){m.addEventListener(t,function(){
   ids.forEach(function(i){mark(i,false)})})});
 });
});
"""

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:")


def esc(s) -> str:
    """Escape text for element content and attribute values."""
    return html.escape(str(s), quote=True)


@dataclass
class _Span:
    start: int
    end: int
    kind: str  # "claim" or "input"
    ident: str
    claims: list[Claim] = field(default_factory=list)
    claim_ids: list[str] = field(default_factory=list)

    def order(self) -> tuple:
        """Outer spans first: by start, longer first, a claim before an input."""
        return (self.start, -self.end, 0 if self.kind == "claim" else 1, self.ident)


def _display_text(doc: DocumentResult, text: str) -> str:
    """The text to show: the file as written, or for HTML documents its visible text."""
    if Path(doc.path).suffix.lower() in (".html", ".htm"):
        from checks.documents import mask_html

        masked = mask_html(text)
        if len(masked) == len(text):
            return masked
    return text


def _squeeze(s: str, html_doc: bool) -> str:
    if not html_doc:
        return s
    s = re.sub(r"[ \t\r]*\n[ \t\r\n]*\n[ \t\r\n]*", "\n\n", s)
    return re.sub(r"[ \t\r]{2,}", " ", s)


def _popup(span: _Span, doc_id: str, text: str) -> str:
    parts = []
    for c, cid in zip(span.claims, span.claim_ids):
        inputs = "".join(
            f'<li><a href="#{doc_id}-q{i.start}-{i.end}">{esc(i.text)}</a> '
            f'<span class="mute">at {common.position(text, i.start)[0]}:'
            f'{common.position(text, i.start)[1]}</span></li>' for i in c.inputs)
        parts.append(
            f'<div class="calc" data-claim="{cid}"><span class="badge {c.verdict}">'
            f'{c.verdict}</span><span class="rule">{esc(c.rule)}</span> '
            f'<span class="mute">{esc(c.name)}</span><div class="msg">'
            f'{esc(common.computation(c))}</div>'
            + (f"<ul>{inputs}</ul>" if inputs else "")
            + (f'<div class="fix">suggestion: {esc(common.suggestion(c))}</div>'
               if common.suggestion(c) else "")
            + (f'<div class="mute">hint: {esc(c.hint)}</div>' if c.hint else "")
            + f'<div><a href="#{cid}-row">details</a></div></div>')
    return f'<span class="pop" role="tooltip">{"".join(parts)}</span>'


def _open(span: _Span, first: bool) -> str:
    if span.kind == "claim":
        verdict = max((c.verdict for c in span.claims), key=_RANK.__getitem__)
        rules = " ".join(sorted({c.rule for c in span.claims}))
        ident = f' id="{span.ident}" tabindex="0"' if first else ""
        return (f'<mark class="claim {verdict}"{ident} data-verdict="{verdict}" '
                f'data-rule="{esc(rules)}" data-claims="{" ".join(span.claim_ids)}">')
    ident = f' id="{span.ident}"' if first else ""
    return f'<span class="input"{ident} data-for="{" ".join(span.claim_ids)}">'


def _close(span: _Span) -> str:
    return "</mark>" if span.kind == "claim" else "</span>"


def article(doc: DocumentResult, doc_id: str, text: str) -> str:
    """The document text with claims and inputs wrapped, properly nested even when spans
    overlap (an overlapping span is closed and reopened around the boundary)."""
    shown = _display_text(doc, text)
    html_doc = shown is not text
    spans: dict[tuple, _Span] = {}
    for n, c in enumerate(common.claims(doc)):
        cid = f"{doc_id}-c{n}"
        if not (0 <= c.start < c.end <= len(text)):
            continue
        s = spans.setdefault(("claim", c.start, c.end),
                             _Span(c.start, c.end, "claim", f"{doc_id}-m{c.start}-{c.end}"))
        s.claims.append(c)
        s.claim_ids.append(cid)
        for i in c.inputs:
            if 0 <= i.start < i.end <= len(text):
                q = spans.setdefault(("input", i.start, i.end),
                                     _Span(i.start, i.end, "input", f"{doc_id}-q{i.start}-{i.end}"))
                if cid not in q.claim_ids:
                    q.claim_ids.append(cid)
    ordered = sorted(spans.values(), key=_Span.order)
    bounds = sorted({0, len(shown)} | {b for s in ordered for b in (s.start, s.end)})
    out: list[str] = []
    stack: list[_Span] = []
    opened: set[str] = set()
    starting: dict[int, list[_Span]] = {}
    for s in ordered:
        starting.setdefault(s.start, []).append(s)
    active: list[_Span] = []
    for a, b in zip(bounds, bounds[1:]):
        if a in starting:
            active = sorted(active + starting[a], key=_Span.order)
        active = [s for s in active if s.end > a]
        want = active
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] is want[keep]:
            keep += 1
        for s in reversed(stack[keep:]):
            if s.end == a and s.kind == "claim":
                out.append(_popup(s, doc_id, text))
            out.append(_close(s))
        stack = stack[:keep]
        for s in want[keep:]:
            out.append(_open(s, s.ident not in opened))
            opened.add(s.ident)
            stack.append(s)
        out.append(esc(_squeeze(shown[a:b], html_doc)))
    for s in reversed(stack):
        if s.kind == "claim":
            out.append(_popup(s, doc_id, text))
        out.append(_close(s))
    return "".join(out)


def _claim_rows(doc: DocumentResult, doc_id: str, text: str | None) -> str:
    rows = []
    for n, c in enumerate(common.claims(doc)):
        cid = f"{doc_id}-c{n}"
        target = f"{doc_id}-m{c.start}-{c.end}"
        inputs = ", ".join(f'<a href="#{doc_id}-q{i.start}-{i.end}">{esc(i.text)}</a>'
                           for i in c.inputs) or "–"
        rows.append(
            f'<tr id="{cid}-row" class="row-{c.verdict}"><td><span class="badge {c.verdict}">'
            f'{c.verdict}</span></td><td><a href="#{target}">{c.line}:{c.column}</a></td>'
            f'<td>{esc(c.rule)}<br><span class="mute">{esc(c.name)}</span></td>'
            f'<td>“{esc(c.text)}”</td><td>{inputs}</td><td>{esc(common.computation(c))}'
            + (f'<br><span class="fix">suggestion: {esc(common.suggestion(c))}</span>'
               if common.suggestion(c) else "")
            + (f'<br><span class="mute">hint: {esc(c.hint)}</span>' if c.hint else "")
            + "</td></tr>")
    if not rows:
        return '<p class="mute">No claims checked in this document.</p>'
    return ("<table class=\"claims\"><thead><tr><th>verdict</th><th>where</th><th>rule</th>"
            "<th>claim</th><th>inputs</th><th>computation</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _badges(counts: dict) -> str:
    return "".join(f'<span class="badge {v}">{counts[v]} {v}</span>'
                   for v in ("fail", "uncertain", "pass"))


def render(run: RunResult, title: str = "factlint report", **_) -> str:
    """The whole page: summary, each document highlighted with its claims, coverage."""
    docs = common.documents(run)
    s = run.summary()
    body = [f"<h1>{esc(title)}</h1>", '<section id="summary">',
            f"<p>{_badges(s)} in {common.plural(s['claims'], 'claim')} of "
            f"{common.plural(s['documents'], 'document')}</p>"]
    errors = common.all_errors(run)
    if errors:
        body.append('<ul class="errors">' + "".join(f'<li class="err">{esc(e)}</li>'
                                                   for e in errors) + "</ul>")
    warnings = common.all_warnings(run)
    if warnings:
        body.append('<ul class="warnings">' + "".join(f'<li>{esc(w)}</li>'
                                                     for w in warnings) + "</ul>")
    body.append("<table><thead><tr><th>document</th><th>as of</th><th>fail</th>"
                "<th>uncertain</th><th>pass</th></tr></thead><tbody>")
    for n, d in enumerate(docs):
        counts = {v: sum(c.verdict == v for c in d.claims) for v in _RANK}
        body.append(f'<tr><td><a href="#d{n}">{esc(d.path)}</a></td><td>{esc(d.as_of or "–")}'
                    f'</td><td class="n">{counts["fail"]}</td><td class="n">'
                    f'{counts["uncertain"]}</td><td class="n">{counts["pass"]}</td></tr>')
    body.append("</tbody></table>")
    fails = [(n, c) for n, d in enumerate(docs) for c in common.claims(d) if c.verdict == "fail"]
    if fails:
        body.append('<h2>Failing claims</h2><ol class="fails">' + "".join(
            f'<li><a href="#d{n}-m{c.start}-{c.end}">{esc(c.path)}:{c.line}:{c.column}</a> '
            f'{esc(c.rule)} “{esc(c.text)}” <span class="mute">{esc(c.message)}</span></li>'
            for n, c in fails) + "</ol>")
    body.append("</section>")
    for n, d in enumerate(docs):
        doc_id = f"d{n}"
        counts = {v: sum(c.verdict == v for c in d.claims) for v in _RANK}
        body.append(f'<section class="document" id="{doc_id}" data-path="{esc(d.path)}">'
                    f"<h2>{esc(d.path)}</h2><p>{_badges(counts)}"
                    + (f'<span class="mute">as of {esc(d.as_of)}</span>' if d.as_of else "")
                    + "</p>")
        for e in d.errors:
            body.append(f'<p class="err">{esc(e)}</p>')
        text = common.text_of(d)
        if text is not None and not d.errors:
            body.append(f'<div class="article">{article(d, doc_id, text)}</div>')
        body.append(_claim_rows(d, doc_id, text) + "</section>")
    cov = common.coverage(run)
    body.append(
        '<footer id="coverage"><h2>Coverage</h2><table><thead><tr><th>documents</th>'
        "<th>quantities found</th><th>used in a checked claim</th><th>claims</th>"
        f"<th>uncertain</th></tr></thead><tbody><tr><td class=\"n\">{cov['documents']}</td>"
        f"<td class=\"n\">{cov['quantities']}</td><td class=\"n\">{cov['quantities_used']}</td>"
        f"<td class=\"n\">{cov['claims']}</td><td class=\"n\">{cov['uncertain']}</td></tr>"
        f"</tbody></table><p class=\"mute\">{esc(common.coverage_line(run))}</p></footer>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{CSS}</style><script>{SCRIPT}</script>"
            "</head><body>\n" + "\n".join(body) + "\n</body></html>\n")
