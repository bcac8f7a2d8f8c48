// Prints the size of public/embed.js and fails when it exceeds the budget (3 KB gzipped).
// Usage: npm run size:embed
//
// No minifier is installed, so the budget is checked on a conservative measure: the gzipped size of
// the file AS WRITTEN (comments, licence and indentation included). Any minifier only removes bytes
// from it, so minified+gzipped is smaller. For information it also prints the gzipped size after a
// naive strip (comments other than the /*! licence, indentation and blank lines removed), which
// approximates a whitespace-only minifier.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 3 * 1024;
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'embed.js');
const source = readFileSync(file);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const stripped = source
  .toString('utf8')
  .replace(/\/\*(?!!)[\s\S]*?\*\//g, '') // block comments, keeping /*! licence */
  .replace(/^\s*\/\/.*$/gm, '') // whole-line // comments
  .replace(/^\s+/gm, '') // indentation
  .replace(/\n{2,}/g, '\n');

const asWritten = gz(source);
console.log(`public/embed.js: ${source.length} B raw, ${asWritten} B gzipped as written (budget ${BUDGET} B)`);
console.log(`  approx. whitespace-stripped: ${Buffer.byteLength(stripped)} B raw, ${gz(Buffer.from(stripped))} B gzipped`);
if (asWritten > BUDGET) {
  console.error(`embed.js is over budget by ${asWritten - BUDGET} B`);
  process.exit(1);
}
