"""One self-contained HTML page: each article as a reader sees it, its claims highlighted.

Markdown is rendered (headings, paragraphs, lists, tables) with markdown-it-py, raw HTML in
it shown as text; each text run of the rendered page is found in the source, so claims are
highlighted in place. Front matter becomes a header. HTML documents show their visible
text, plain text its paragraphs. Failures come first, each with its suggested correction;
a filter (verdict, rule, severity) narrows every list; each rule's hint is given once.

Nothing is loaded from elsewhere: a Content-Security-Policy allows only the page's own
style and script, by hash. Every piece of document text goes through ``html.escape``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checks.documents import front_matter, mask_html
from checks.errors import FactlintError
from checks.findings import VERDICT_RANK, Claim, DocumentResult, RunResult
from checks.formatters import common

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token
    from markdown_it.utils import EnvType, OptionsDict


CSS = """
:root{--fail:#b71c1c;--fail-bg:#ffebee;--unc:#8a5300;--unc-bg:#fff4d6;--pass:#1b5e20;
--pass-bg:#e8f5e9;--ink:#1f2328;--mute:#57606a;--line:#d0d7de;--link:#0969da}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
margin:0 auto;max-width:60rem;padding:1.5rem;overflow-wrap:break-word}
a{color:var(--link)}
h1{font-size:1.5rem;margin:.2rem 0 1rem}
h2.doc{font-size:1.15rem;margin:2.5rem 0 .5rem;border-bottom:1px solid var(--line);
padding-bottom:.3rem;overflow-wrap:anywhere}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right}
.wrap{max-width:100%;overflow-x:auto;margin:.5rem 0 1rem}
.wrap>table{margin:0}
.badge{display:inline-block;border-radius:1rem;padding:.05rem .6rem;font-weight:600;
margin:0 .4rem .2rem 0;font-size:.9em}
.badge.fail,.v-fail{color:var(--fail);background:var(--fail-bg)}
.badge.uncertain,.v-uncertain{color:var(--unc);background:var(--unc-bg)}
.badge.pass,.v-pass{color:var(--pass);background:var(--pass-bg)}
#filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:1rem 0;padding:.6rem .8rem;
background:#f6f8fa;border:1px solid var(--line);border-radius:6px}
#filters label{font-size:.9em}#filters select{font:inherit;max-width:100%}
ol.findings{padding-left:1.4rem}ol.findings>li{margin:.6rem 0}
.findings .where{font-size:.9em}
.fix{display:block;margin-top:.2rem;padding:.25rem .5rem;border-left:3px solid var(--pass);
background:var(--pass-bg)}
.fix b{color:var(--pass)}
.article{border:1px solid var(--line);border-radius:6px;padding:.5rem 1.2rem;
background:#fff;overflow-wrap:anywhere}
.article.plain{white-space:pre-wrap}
.article h1,.article h2,.article h3{line-height:1.3;margin:1rem 0 .5rem}
.article h1{font-size:1.45rem}.article h2{font-size:1.25rem}.article h3{font-size:1.1rem}
.article pre{overflow-x:auto;background:#f6f8fa;padding:.5rem}
.article td.r,.article th.r{text-align:right}.article td.c,.article th.c{text-align:center}
.front{margin:.5rem 0;padding:.4rem .8rem;background:#f6f8fa;border-radius:6px;
font-size:.9em;display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem}
.front dt{font-weight:600}.front dd{margin:0;overflow-wrap:anywhere}
mark.claim{position:relative;border-radius:3px;padding:0 2px;cursor:pointer;
border-bottom:2px solid currentColor;outline:none;color:inherit}
mark.claim.fail{color:var(--fail);background:var(--fail-bg)}
mark.claim.uncertain{color:var(--unc);background:var(--unc-bg)}
mark.claim.pass{color:var(--pass);background:var(--pass-bg)}
mark.claim.dim{background:transparent;border-bottom-style:dotted}
mark.claim:focus,mark.claim:hover{box-shadow:0 0 0 2px currentColor}
.pop{display:none;position:absolute;left:0;top:1.6em;z-index:10;
width:max-content;min-width:16rem;max-width:min(32rem,calc(100vw - 2rem));
white-space:normal;font:14px/1.45 system-ui,sans-serif;color:var(--ink);font-weight:400;
background:#fff;border:1px solid var(--line);border-radius:6px;padding:.6rem .75rem;
box-shadow:0 6px 18px rgba(0,0,0,.15);cursor:auto;text-align:left}
mark.claim:hover>.pop,mark.claim:focus-within>.pop,mark.claim:focus>.pop{display:block}
.pop .calc+.calc{border-top:1px solid var(--line);margin-top:.4rem;padding-top:.4rem}
.pop .rule{font-weight:600}.pop .calc,.pop .msg,.pop .ins{display:block}
.pop .msg,.pop .ins{margin:.2rem 0}
.input{text-decoration:underline dotted 2px;text-underline-offset:3px;
background:rgba(9,105,218,.08)}
.input.linked,.input:target{background:rgba(9,105,218,.28);outline:2px solid var(--link)}
.mute{color:var(--mute)}.err{color:var(--fail)}
tr:target,li:target{outline:2px solid var(--link)}
dl.rules dt{font-weight:600;margin-top:.6rem}dl.rules dd{margin:.1rem 0 0 1rem}
footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.5rem}
[hidden]{display:none!important}
@media (max-width:640px){
body{padding:.75rem;font-size:15px}
.article{padding:.25rem .7rem}
.pop{position:fixed;left:.5rem;right:.5rem;top:auto;bottom:.5rem;width:auto;min-width:0;
max-width:none;max-height:55vh;overflow-y:auto}
.front{grid-template-columns:1fr}
table.claims thead{display:none}
table.claims,table.claims tbody,table.claims tr,table.claims td{display:block;width:100%}
table.claims tr{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;
padding:.3rem .6rem}
table.claims td{border:0;padding:.1rem 0}
table.claims td[data-label]::before{content:attr(data-label) ": ";color:var(--mute);
font-size:.85em}
}
"""

# Filters the lists by verdict, rule and severity; highlights a claim's inputs; keeps a
# pop-up on screen. The page reads fully without it.
SCRIPT = """
document.addEventListener('DOMContentLoaded',function(){
 function mark(id,on){document.querySelectorAll('[data-for~="'+id+'"]').forEach(
  function(e){e.classList.toggle('linked',on)})}
 function fit(m){var p=m.querySelector('.pop');if(!p)return;p.style.transform='';
  var r=p.getBoundingClientRect(),w=document.documentElement.clientWidth;
  if(getComputedStyle(p).position!=='absolute')return;
  var dx=0;if(r.right>w-8)dx=w-8-r.right;if(r.left+dx<8)dx=8-r.left;
  if(dx)p.style.transform='translateX('+dx+'px)'}
 document.querySelectorAll('mark.claim').forEach(function(m){
  var ids=(m.dataset.claims||'').split(' ');
  ['mouseenter','focusin'].forEach(function(t){m.addEventListener(t,function(){
   ids.forEach(function(i){mark(i,true)});fit(m)})});
  ['mouseleave','focusout'].forEach(function(t){m.addEventListener(t,function(){
   ids.forEach(function(i){mark(i,false)})})});
 });
 var f=document.getElementById('filters');if(!f)return;
 function has(list,v){return !v||(' '+(list||'')+' ').indexOf(' '+v+' ')>=0}
 function apply(){var v=f.querySelector('[name=verdict]').value,
  r=f.querySelector('[name=rule]').value,s=f.querySelector('[name=severity]').value;
  document.querySelectorAll('[data-verdict]').forEach(function(e){
   var ok=has(e.dataset.verdicts||e.dataset.verdict,v)&&has(e.dataset.rule,r)&&
    has(e.dataset.severity,s);
   if(e.tagName==='MARK')e.classList.toggle('dim',!ok);else e.hidden=!ok;});}
 f.addEventListener('change',apply);apply();
});
"""


def _sha256(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


#: only the page's own style and script run: by hash, nothing from elsewhere
CSP = (f"default-src 'none'; style-src {_sha256(CSS)}; script-src {_sha256(SCRIPT)}; "
       "img-src data:; base-uri 'none'; form-action 'none'")


def esc(s: object) -> str:
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

    def order(self) -> tuple[int, int, int, str]:
        """Outer spans first: by start, longer first, a claim before an input."""
        return (self.start, -self.end, 0 if self.kind == "claim" else 1, self.ident)


def _display_text(doc: DocumentResult, text: str) -> str:
    """The text to show: the file as written, or for HTML documents its visible text."""
    if Path(doc.path).suffix.lower() in (".html", ".htm"):
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
    # phrasing content only: the pop-up sits inside a <mark> inside a paragraph, where a
    # <div> or <ul> would end the paragraph
    parts = []
    for c, cid in zip(span.claims, span.claim_ids):
        inputs = ", ".join(
            f'<a href="#{doc_id}-q{i.start}-{i.end}">{esc(i.text)}</a> <span class="mute">'
            f'({common.position(text, i.start)[0]}:{common.position(text, i.start)[1]})</span>'
            for i in c.inputs)
        sug = common.suggestion(c)
        parts.append(
            f'<span class="calc" data-claim="{cid}"><span class="badge {c.verdict}">'
            f'{c.verdict}</span><a class="rule" href="#rule-{esc(c.rule)}">{esc(c.rule)}</a> '
            f'<span class="mute">{esc(c.name)}</span>'
            f'<span class="msg">{esc(common.computation(c))}</span>'
            + (f'<span class="ins">inputs: {inputs}</span>' if inputs else "")
            + (f'<span class="fix"><b>suggestion</b> {esc(sug)}</span>' if sug else "")
            + f'<a href="#{cid}-row">details</a></span>')
    return f'<span class="pop" role="tooltip">{"".join(parts)}</span>'


def _open(span: _Span, first: bool) -> str:
    if span.kind == "claim":
        verdict = max((c.verdict for c in span.claims), key=VERDICT_RANK.__getitem__)
        rules = " ".join(sorted({c.rule for c in span.claims}))
        severities = " ".join(sorted({c.severity for c in span.claims}))
        verdicts = " ".join(sorted({c.verdict for c in span.claims}))
        ident = f' id="{span.ident}" tabindex="0"' if first else ""
        return (f'<mark class="claim {verdict}"{ident} data-verdict="{verdict}" '
                f'data-verdicts="{verdicts}" data-rule="{esc(rules)}" '
                f'data-severity="{esc(severities)}" data-claims="{" ".join(span.claim_ids)}">')
    ident = f' id="{span.ident}"' if first else ""
    return f'<span class="input"{ident} data-for="{" ".join(span.claim_ids)}">'


def _close(span: _Span) -> str:
    return "</mark>" if span.kind == "claim" else "</span>"


class _Highlighter:
    """Wraps claims and inputs in any stretch of a document's text, properly nested even
    when spans overlap (an overlapping span is closed and reopened around the boundary).

    Stretches are asked for in document order; a span cut by a stretch's end (a claim that
    runs from plain text into bold) is reopened in the next stretch, keeps one id, and gets
    its pop-up where it really ends.
    """

    def __init__(self, doc: DocumentResult, doc_id: str, text: str, shown: str | None = None):
        self.doc_id, self.text = doc_id, text
        self.shown = text if shown is None else shown
        self.html_doc = self.shown is not text
        spans: dict[tuple[str, int, int], _Span] = {}
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
                                         _Span(i.start, i.end, "input",
                                               f"{doc_id}-q{i.start}-{i.end}"))
                    if cid not in q.claim_ids:
                        q.claim_ids.append(cid)
        self.ordered = sorted(spans.values(), key=_Span.order)
        self.opened: set[str] = set()

    def stretch(self, a0: int, b0: int) -> str:
        """The HTML of ``shown[a0:b0]`` with the spans that meet it."""
        inside = [s for s in self.ordered if s.start < b0 and s.end > a0]
        bounds = sorted({a0, b0} | {b for s in inside for b in (s.start, s.end)
                                    if a0 < b < b0})
        out: list[str] = []
        stack: list[_Span] = []
        for a, b in zip(bounds, bounds[1:]):
            want = [s for s in inside if s.start <= a < s.end]
            keep = 0
            while keep < min(len(stack), len(want)) and stack[keep] is want[keep]:
                keep += 1
            for s in reversed(stack[keep:]):
                out.append(self._end(s, a))
            stack = stack[:keep]
            for s in want[keep:]:
                out.append(_open(s, s.ident not in self.opened))
                self.opened.add(s.ident)
                stack.append(s)
            out.append(esc(_squeeze(self.shown[a:b], self.html_doc)))
        for s in reversed(stack):
            out.append(self._end(s, b0))
        return "".join(out)

    def _end(self, s: _Span, at: int) -> str:
        pop = _popup(s, self.doc_id, self.text) if s.kind == "claim" and s.end == at else ""
        return pop + _close(s)


def article(doc: DocumentResult, doc_id: str, text: str) -> str:
    """The document's text, every claim and input wrapped (plain text and HTML documents)."""
    shown = _display_text(doc, text)
    return _Highlighter(doc, doc_id, text, shown).stretch(0, len(shown))


# --- Markdown, rendered ---------------------------------------------------------------------

def _markdown() -> MarkdownIt:
    # (markdown-it takes about 80 ms to import; only Markdown documents need it)
    from markdown_it import MarkdownIt

    # raw HTML in an article is shown as text, never rendered; HTML5 void elements ("<br>",
    # not commonmark's XHTML "<br />", which an HTML parser also reads as a closing </br>)
    return MarkdownIt("commonmark", {"html": False, "linkify": False,
                                     "xhtmlOut": False}).enable("table")


def _locate_text_tokens(tokens: Sequence[Token], body: str, base: int) -> None:
    """Give each inline text token the offset of its text in the document (``meta['at']``),
    found in order within its block's source lines; tokens not found verbatim (escapes,
    entities) keep none and are shown without highlights."""
    starts = [0] + [m.end() for m in re.finditer("\n", body)]
    starts.append(len(body))
    for block in tokens:
        if block.type != "inline" or not block.map or not block.children:
            continue
        lo = starts[min(block.map[0], len(starts) - 1)]
        hi = starts[min(block.map[1], len(starts) - 1)]
        cursor = lo
        for child in block.children:
            if child.type in ("text", "code_inline") and child.content:
                at = body.find(child.content, cursor, hi)
                if at >= 0:
                    child.meta = dict(child.meta or {}, at=base + at)
                    cursor = at + len(child.content)


def markdown_article(doc: DocumentResult, doc_id: str, text: str) -> str:
    """A Markdown document rendered as a reader sees it: front matter as a header, then the
    body with its claims highlighted where they stand."""
    meta: Mapping[str, object]
    try:
        meta, base = front_matter(text, doc.path)
    except FactlintError:
        meta, base = {}, 0
    body = text[base:]
    md = _markdown()
    tokens = md.parse(body)
    _locate_text_tokens(tokens, body, base)
    marks = _Highlighter(doc, doc_id, text)

    def render_text(_self: object, tokens: Sequence[Token], idx: int, options: OptionsDict,
                    env: EnvType) -> str:
        tok = tokens[idx]
        at = (tok.meta or {}).get("at")
        if at is None:
            return esc(tok.content)
        return marks.stretch(at, at + len(tok.content))

    def render_code(_self: object, tokens: Sequence[Token], idx: int, options: OptionsDict,
                    env: EnvType) -> str:
        return f"<code>{render_text(_self, tokens, idx, options, env)}</code>"

    def render_table_open(_self: object, tokens: Sequence[Token], idx: int,
                          options: OptionsDict, env: EnvType) -> str:
        return '<div class="wrap"><table>\n'

    def render_table_close(_self: object, tokens: Sequence[Token], idx: int,
                           options: OptionsDict, env: EnvType) -> str:
        return "</table></div>\n"

    def render_cell(_self: object, tokens: Sequence[Token], idx: int, options: OptionsDict,
                    env: EnvType) -> str:
        # column alignment as a class: a style attribute would be blocked by the CSP
        tok = tokens[idx]
        align = re.search(r"text-align:(\w+)", str(tok.attrGet("style") or ""))
        cls = f' class="{align.group(1)[0]}"' if align else ""
        return f"<{tok.tag}{cls}>"

    md.add_render_rule("th_open", render_cell)
    md.add_render_rule("td_open", render_cell)
    md.add_render_rule("text", render_text)
    md.add_render_rule("code_inline", render_code)
    md.add_render_rule("table_open", render_table_open)
    md.add_render_rule("table_close", render_table_close)
    # links and images of an article lead nowhere from a report: show their text only
    md.add_render_rule("link_open", lambda *a: '<span class="link">')
    md.add_render_rule("link_close", lambda *a: "</span>")
    md.add_render_rule("image", lambda _s, tokens, idx, *a: esc(tokens[idx].content or ""))
    rendered: str = md.renderer.render(tokens, md.options, {})
    head = ""
    if meta:
        items = "".join(f"<dt>{esc(k)}</dt><dd>{esc(_plain(v))}</dd>" for k, v in meta.items())
        head = f'<dl class="front">{items}</dl>'
    return head + rendered


def _plain(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    return str(value)


def _is_markdown(path: str) -> bool:
    return Path(path).suffix.lower() in (".md", ".markdown")


# --- the page -------------------------------------------------------------------------------

def _data(c: Claim) -> str:
    return (f'data-verdict="{c.verdict}" data-rule="{esc(c.rule)}" '
            f'data-severity="{esc(c.severity)}"')


def _claim_rows(doc: DocumentResult, doc_id: str, text: str | None) -> str:
    rows = []
    for n, c in enumerate(common.claims(doc)):
        cid = f"{doc_id}-c{n}"
        target = f"{doc_id}-m{c.start}-{c.end}"
        inputs = ", ".join(f'<a href="#{doc_id}-q{i.start}-{i.end}">{esc(i.text)}</a>'
                           for i in c.inputs) or "–"
        sug = common.suggestion(c)
        rows.append(
            f'<tr id="{cid}-row" class="row-{c.verdict}" {_data(c)}><td>'
            f'<span class="badge {c.verdict}">{c.verdict}</span>'
            f'<a href="#{target}">{c.line}:{c.column}</a></td>'
            f'<td data-label="rule"><a href="#rule-{esc(c.rule)}">{esc(c.rule)}</a> '
            f'<span class="mute">{esc(c.name)}</span></td>'
            f'<td data-label="claim">“{esc(c.text)}”</td><td data-label="inputs">{inputs}</td>'
            f'<td data-label="computation">{esc(common.computation(c))}'
            + (f'<span class="fix"><b>suggestion</b> {esc(sug)}</span>' if sug else "")
            + "</td></tr>")
    if not rows:
        return '<p class="mute">No claims checked in this document.</p>'
    return ('<div class="wrap"><table class="claims"><thead><tr><th>verdict, where</th>'
            "<th>rule</th><th>claim</th><th>inputs</th><th>computation</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></div>")


def _badges(counts: Mapping[str, int]) -> str:
    return "".join(f'<span class="badge {v}">{counts[v]} {v}</span>'
                   for v in ("fail", "uncertain", "pass"))


def _filters(claims: list[Claim]) -> str:
    def select(name: str, label: str, values: Iterable[str]) -> str:
        opts = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
        return (f'<label>{label} <select name="{name}"><option value="">all</option>{opts}'
                "</select></label>")

    rules = sorted({c.rule for c in claims})
    severities = [s for s in ("error", "warning", "info") if any(c.severity == s
                                                                  for c in claims)]
    return ('<form id="filters" aria-label="filter the claims">'
            + select("verdict", "verdict", [v for v in ("fail", "uncertain", "pass")])
            + select("rule", "rule", rules) + select("severity", "severity", severities)
            + "</form>")


def _findings(docs: list[DocumentResult]) -> str:
    """Fails first, then uncertain claims: place, claim, computation, suggestion beside."""
    items = []
    for verdict in ("fail", "uncertain"):
        for n, d in enumerate(docs):
            for c in common.claims(d):
                if c.verdict != verdict:
                    continue
                sug = common.suggestion(c)
                items.append(
                    f'<li {_data(c)}><span class="badge {c.verdict}">{common.level(c)}</span>'
                    f'<a class="where" href="#d{n}-m{c.start}-{c.end}">{esc(c.path)}:{c.line}:'
                    f'{c.column}</a> <a href="#rule-{esc(c.rule)}">{esc(c.rule)}</a> '
                    f'“{esc(c.text)}”<br><span class="mute">{esc(c.message)}</span>'
                    + (f'<span class="fix"><b>suggestion</b> {esc(sug)}</span>' if sug else "")
                    + "</li>")
    if not items:
        return "<p>No failing or uncertain claims.</p>"
    return '<h2>Failing and uncertain claims</h2><ol class="findings">' + "".join(items) \
        + "</ol>"


def _rules(run: RunResult) -> str:
    """Each rule the claims use, once, with its hint (rather than on every row)."""
    hints: dict[str, tuple[str, str]] = {}
    for d in run.documents:
        for c in d.claims:
            if c.rule not in hints or (c.hint and not hints[c.rule][1]):
                hints[c.rule] = (c.name, c.hint)
    if not hints:
        return ""
    items = "".join(
        f'<dt id="rule-{esc(code)}">{esc(code)} <span class="mute">{esc(name)}</span></dt>'
        + (f"<dd>{esc(hint)}</dd>" if hint else "<dd class=\"mute\">no hint</dd>")
        for code, (name, hint) in sorted(hints.items()))
    return f'<section id="rules"><h2>Rules and what to do</h2><dl class="rules">{items}</dl>' \
        "</section>"


def render(run: RunResult, title: str = "factlint report", **_: object) -> str:
    """The whole page: summary and failures first, each document as read, rules, coverage."""
    docs = common.documents(run)
    s = run.summary()
    all_claims = [c for d in docs for c in d.claims]
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
    if all_claims:
        body.append(_filters(all_claims))
    body.append(_findings(docs))
    body.append('<div class="wrap"><table><thead><tr><th>document</th><th>as of</th>'
                "<th>fail</th><th>uncertain</th><th>pass</th></tr></thead><tbody>")
    for n, d in enumerate(docs):
        counts = {v: sum(c.verdict == v for c in d.claims) for v in VERDICT_RANK}
        body.append(f'<tr><td><a href="#d{n}">{esc(d.path)}</a></td><td>{esc(d.as_of or "–")}'
                    f'</td><td class="n">{counts["fail"]}</td><td class="n">'
                    f'{counts["uncertain"]}</td><td class="n">{counts["pass"]}</td></tr>')
    body.append("</tbody></table></div></section>")
    for n, d in enumerate(docs):
        doc_id = f"d{n}"
        counts = {v: sum(c.verdict == v for c in d.claims) for v in VERDICT_RANK}
        body.append(f'<section class="document" id="{doc_id}" data-path="{esc(d.path)}">'
                    f'<h2 class="doc">{esc(d.path)}</h2><p>{_badges(counts)}'
                    + (f'<span class="mute">as of {esc(d.as_of)}</span>' if d.as_of else "")
                    + "</p>")
        for e in d.errors:
            body.append(f'<p class="err">{esc(e)}</p>')
        text = common.text_of(d)
        if text is not None and not d.errors:
            if _is_markdown(d.path):
                body.append(f'<div class="article">{markdown_article(d, doc_id, text)}</div>')
            else:
                body.append(f'<div class="article plain">{article(d, doc_id, text)}</div>')
        body.append(_claim_rows(d, doc_id, text) + "</section>")
    body.append(_rules(run))
    cov = common.coverage(run)
    body.append(
        '<footer id="coverage"><h2>Coverage</h2><div class="wrap"><table><thead><tr>'
        "<th>documents</th><th>quantities found</th><th>used in a checked claim</th>"
        f"<th>claims</th><th>uncertain</th></tr></thead><tbody><tr><td class=\"n\">"
        f"{cov['documents']}</td><td class=\"n\">{cov['quantities']}</td><td class=\"n\">"
        f"{cov['quantities_used']}</td><td class=\"n\">{cov['claims']}</td><td class=\"n\">"
        f"{cov['uncertain']}</td></tr></tbody></table></div>"
        f"<p class=\"mute\">{esc(common.coverage_line(run))}</p></footer>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{CSS}</style><script>{SCRIPT}</script>"
            "</head><body>\n" + "\n".join(body) + "\n</body></html>\n")
