"""factlint: find the quantities in prose, recompute the relations it states, report discrepancies."""

__version__ = "0.1.0"
