"""The readers of the scanner (checks/extract.py): one module per thing read around a number.

Layered, each module using only those above it: ``state`` (the Scan and ``emit``),
``around`` (skipped spans, a currency sign and hedges), ``units`` (units, nouns and
currency names after a number), ``labels`` (numbers that name things), ``prefix`` and
``suffix`` (the records of what is written before and after a number), ``words``,
``digits``, ``ranges``, and ``number`` (the steps that decide what a number in digits is).
"""
