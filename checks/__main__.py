"""Allow ``python -m checks``."""

from checks.cli import main

raise SystemExit(main())
