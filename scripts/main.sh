#!/usr/bin/env bash
# The main job: set up, then check the seed documents and write the reports under reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p reports
.venv/bin/factlint extract seeds --format jsonl --output reports/quantities.jsonl
.venv/bin/factlint extract seeds --format table --output reports/quantities.txt
echo "reports written under reports/" >&2
