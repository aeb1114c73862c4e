// Writes test/fixtures/article-fingerprint.json: the sorted hashes of every normalised 8-word run
// of the source article, and nothing of its text. The originality test hashes every 8-word run of
// every text the library ships and fails on a match, so the test keeps its power in a clone that
// has no copy of the article.
//
// Usage: npm run fingerprint -- <article.txt>
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runHashes, RUN_LENGTH } from '../test/helpers/fingerprint.mjs';

const source = process.argv[2];
if (source === undefined) {
  process.stderr.write('usage: npm run fingerprint -- <article.txt>\n');
  process.exit(2);
}
const hashes = [...new Set(runHashes(readFileSync(source, 'utf8')))].sort();
const target = fileURLToPath(new URL('../test/fixtures/article-fingerprint.json', import.meta.url));
writeFileSync(target, `${JSON.stringify({ runLength: RUN_LENGTH, hash: 'sha256, first 16 hex digits', hashes }, null, 0)}\n`);
process.stdout.write(`${hashes.length} run hashes written to test/fixtures/article-fingerprint.json\n`);
