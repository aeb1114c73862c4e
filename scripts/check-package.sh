#!/usr/bin/env bash
# Checks the package as users get it: publint and @arethetypeswrong/cli on the packed tarball,
# then a clean install of that tarball where require() and import of both entries, the shared
# error class and the command all work on this Node.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f dist/index.js ] && [ -f dist/ics/index.js ] && [ -f dist/cli.js ] || npm run build >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "== packed $tarball ($(du -k "$work/$tarball" | cut -f1) KB)"
tar -tzf "$work/$tarball" | sort > "$work/files.txt"
unexpected=$(grep -vE '^package/(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist/.*)$' "$work/files.txt" || true)
if [ -n "$unexpected" ]; then echo "package holds unexpected files:" >&2; echo "$unexpected" >&2; exit 1; fi

echo "== npm pack on a clean clone (nothing built) ships the built entries"
git clone --quiet "$PWD" "$work/clean"
(cd "$work/clean" && npm ci --no-audit --no-fund >/dev/null && npm pack --dry-run --json 2>/dev/null) > "$work/clean-pack.json"
for entry in dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/ics/index.js dist/ics/index.cjs dist/cli.js CHANGELOG.md; do
  grep -q "\"path\": \"$entry\"" "$work/clean-pack.json" || { echo "a clean clone's pack lacks $entry" >&2; exit 1; }
done
echo "clean clone's pack holds dist/ and CHANGELOG.md"

echo "== publint"
npx publint --strict "$work/$tarball"

echo "== arethetypeswrong (node10, node16 CJS and ESM, bundler)"
npx attw "$work/$tarball"

echo "== install the tarball into an empty project"
mkdir -p "$work/app"
cd "$work/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --prefer-offline "$work/$tarball" >/dev/null

cat > smoke.cjs <<'JS'
const assert = require('node:assert');
const core = require('interview-followup');
const { toICalendar } = require('interview-followup/ics');
const plan = core.planFollowUps({ id: 'smoke', company: 'Acme', position: 'Engineer', start: '2026-11-17T10:00', timeZone: 'Europe/Paris', interviewers: [{ name: 'Ana' }] });
assert.strictEqual(plan.steps[1].suggestedAt, '2026-11-18T11:00:00.000+01:00');
assert.ok(toICalendar(plan, { generatedAt: '2026-11-17T00:00:00Z' }).startsWith('BEGIN:VCALENDAR\r\n'));
assert.throws(() => toICalendar(plan, {}), (error) => error instanceof core.FollowUpError && error.code === 'missing-field');
assert.strictEqual(require('interview-followup/package.json').name, 'interview-followup');
console.log('require() ok');
JS
cat > smoke.mjs <<'JS'
import assert from 'node:assert';
import { FollowUpError, planFollowUps, defaultPolicy } from 'interview-followup';
import { toICalendar } from 'interview-followup/ics';
const plan = planFollowUps({ id: 'smoke', company: 'Acme', position: 'Engineer', start: '2026-11-17T10:00', timeZone: 'Europe/Paris', interviewers: [{ name: 'Ana' }] });
assert.strictEqual(defaultPolicy.maxCheckIns, 2);
assert.ok(toICalendar(plan, { generatedAt: new Date(0) }).includes('UID:smoke.before-leaving@interview-followup'));
assert.throws(() => toICalendar(plan, { generatedAt: 'x' }), FollowUpError);
console.log('import ok');
JS
node smoke.cjs
node smoke.mjs
echo '{"id":"cli","company":"Acme","position":"Engineer","start":"2026-11-17T10:00","timeZone":"Europe/Paris"}' | npx --no-install interview-followup - --ics - --generated-at 2026-11-17T00:00:00Z | head -1 | grep -q '^BEGIN:VCALENDAR' && echo "command ok"
echo "package checks passed on Node $(node --version)"
