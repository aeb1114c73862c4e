// Measures the bundles an app gets (esbuild, minified, gzip level 9; sizes are deterministic) and
// holds them to their ceilings: no byte of `ics` or its dependencies in a bundle that imports only
// the core entry, and the core entry's own code (luxon external) within its budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const dist = { 'interview-followup': `${root}dist/index.js`, 'interview-followup/ics': `${root}dist/ics/index.js` };
/**
 * Ceilings in gzipped bytes, a few percent above the sizes measured when the transition tables
 * and the positional instant reader landed (performance round two); see docs/performance.md for
 * the figures and why the core is above 8 KB. Rows with luxon bundled are held too, so a change
 * that pulls more of luxon in shows. Raised by the measured growth when zone names became IANA's
 * own: tzdb's 597 names cost 3.1 KB gzipped, the abbreviation hints and "did you mean" lookup
 * 1.6 KB more in every bundle that reads a zone, and key suggestions 0.35 KB in the drafts.
 * Raised again, to about 1% above the measured sizes, when every text moved into the locale
 * object: English is one object, so a bundle that reads a language carries all of it. The plans'
 * texts moving there cost 3.7 KB in each planner-only bundle and 5.1 KB in the drafts-only one;
 * the drafts' and the review's texts moving there 3.1 KB more in each planner-only bundle, 2.0 KB
 * in the drafts-only one (the outcome messages and the review's lists travel with `en`) and 1.0 KB
 * with every export.
 */
const CEILINGS = {
  'core (every export), luxon external': 36.75 * 1024,
  'core (every export), luxon bundled': 58 * 1024,
  'core (planFollowUps only), luxon external': 26.75 * 1024,
  'core (planFollowUps only), luxon bundled': 48.25 * 1024,
  'core (planPipeline only), luxon external': 29.5 * 1024,
  'core (planPipeline only), luxon bundled': 51 * 1024,
  'core (drafts and review only), luxon external': 15 * 1024,
  'ics entry, core and dependencies external': 3.5 * 1024,
  'core + ics with every dependency': 84.25 * 1024,
};

async function bundle(source, external) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
    write: false, metafile: true, external, logLevel: 'error',
    plugins: [{
      name: 'package-entries',
      setup(context) {
        context.onResolve({ filter: /^interview-followup(\/ics)?$/ }, (args) =>
          external.includes(args.path) ? { path: args.path, external: true } : { path: dist[args.path] });
        // The chunks the entries share are the core's code: external when the core is.
        context.onResolve({ filter: /^\.\.?\/(?:\.\.\/)?chunk-[\w-]+\.js$/ }, (args) =>
          (external.includes('interview-followup') ? { path: args.path, external: true } : undefined));
      },
    }],
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

const rows = {
  'core (every export), luxon external': await bundle("export * from 'interview-followup';", ['luxon']),
  'core (every export), luxon bundled': await bundle("export * from 'interview-followup';", []),
  'core (planFollowUps only), luxon external': await bundle("export { planFollowUps } from 'interview-followup';", ['luxon']),
  'core (planFollowUps only), luxon bundled': await bundle("export { planFollowUps } from 'interview-followup';", []),
  'core (planPipeline only), luxon external': await bundle("export { planPipeline } from 'interview-followup';", ['luxon']),
  'core (planPipeline only), luxon bundled': await bundle("export { planPipeline } from 'interview-followup';", []),
  'core (drafts and review only), luxon external': await bundle("export { draftThankYouEmail, draftThankYouLetter, draftCheckIn, reviewDraft } from 'interview-followup';", ['luxon']),
  'core (drafts and review only), luxon bundled': await bundle("export { draftThankYouEmail, draftThankYouLetter, draftCheckIn, reviewDraft } from 'interview-followup';", []),
  'core with luxon': await bundle("export * from 'interview-followup';", []),
  'ics entry, core and dependencies external': await bundle("export * from 'interview-followup/ics';", ['luxon', 'ics', 'interview-followup']),
  'ics entry with ics bundled, core external': await bundle("export * from 'interview-followup/ics';", ['luxon', 'interview-followup']),
  'core + ics with every dependency': await bundle("export * from 'interview-followup'; export * from 'interview-followup/ics';", []),
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.table(Object.fromEntries(Object.entries(rows).map(([name, row]) => [name, { minified: kb(row.raw), gzipped: kb(row.gzip), 'gzipped bytes': row.gzip }])));

const failures = [];
for (const [name, ceiling] of Object.entries(CEILINGS)) {
  if (rows[name].gzip > ceiling) failures.push(`${name} is ${rows[name].gzip} bytes gzipped, over its ${ceiling}-byte ceiling`);
}
const serialiser = /node_modules\/(ics|yup|nanoid|runes2|property-expr|tiny-case|toposort|type-fest)\//;
const leaked = rows['core with luxon'].inputs.filter((input) => serialiser.test(input));
if (leaked.length > 0) failures.push(`the core bundle pulls in the calendar serialiser: ${leaked.join(', ')}`);
if (!rows['core + ics with every dependency'].inputs.some((input) => serialiser.test(input))) failures.push('the serialiser check saw no ics code even where it belongs');
if (failures.length > 0) {
  console.error(`size budget FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('size budget ok: within the ceilings, and no ics code in a core-only bundle');
