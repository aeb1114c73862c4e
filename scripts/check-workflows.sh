#!/usr/bin/env bash
# Validates the GitHub workflows against the GitHub Actions workflow schema (action-validator,
# from the npm registry), since they cannot run here. A workflow broken on purpose must be
# refused first, so the check cannot pass vacuously.
set -euo pipefail
cd "$(dirname "$0")/.."
validator=node_modules/.bin/action-validator

broken=$(mktemp --suffix=.yml)
trap 'rm -f "$broken"' EXIT
printf 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz: []\n' > "$broken"
if "$validator" "$broken" > /dev/null 2>&1; then
  echo "workflows: the validator accepted a workflow with an unknown key; it checks nothing" >&2
  exit 1
fi

count=0
for workflow in .github/workflows/*.yml; do
  "$validator" "$workflow"
  echo "workflows: $workflow is valid"
  count=$((count + 1))
done
[ "$count" -ge 3 ] || { echo "workflows: expected ci.yml, release.yml and docs.yml, found $count" >&2; exit 1; }
