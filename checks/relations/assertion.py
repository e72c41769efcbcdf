"""Document assertions as a relation kind: the checks of the assertion files that apply.

The assertion files (``assertions:`` in a rule file, or named by a document's front
matter) are read once per run (checks/assertions.py); the one rule of this kind, DOC01 in
rules/documents.yml, runs every check that applies to the document. Each check reports
under its own ``code`` when it sets one, with its own message and severity.

Formula: the check's expression over the intervals of the quoted figures. Tolerance: the
figures' printed precision and hedges; ``grey`` (relative) widens them for uncertain.
"""

from __future__ import annotations

from checks.context import DocContext
from checks.findings import Claim
from checks.relations import kind
from checks.rules import Rule


@kind("assertion", message_fields=("check", "values"), reads="document", examples=False,
      description="A relation between named figures of one document, from an assertion "
                  "file that applies to it.")
def find(ctx: DocContext, rule: Rule) -> list[Claim]:
    """The claims of every assertion check that applies to the document."""
    if ctx.assertions is None:
        return []
    claims, errors = ctx.assertions.check(ctx)
    ctx.errors += errors
    return claims
