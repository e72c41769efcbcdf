#!/usr/bin/env bash
# The main job: set up, then check the seed documents and write the reports under reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p reports
.venv/bin/factlint extract seeds --format jsonl --output reports/quantities.jsonl
.venv/bin/factlint extract seeds --format table --output reports/quantities.txt
# Check the seeds and write every report. The seeds carry deliberate errors, so a check
# exits 1 (failing claims): that is the expected outcome, not a reason to stop; 2 (bad input
# or configuration) still stops the job.
check() {
  local rc=0
  .venv/bin/factlint check seeds --quiet "$@" || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "factlint check $* failed with exit code $rc" >&2
    exit "$rc"
  fi
}
check --format json --output reports/check.json
check --format markdown --output reports/check.md
check --format html --output reports/check.html
check --format sarif --output reports/check.sarif
check --format junit --output reports/check.junit.xml
check --format text --color never --output reports/check.txt
echo "reports written under reports/" >&2
