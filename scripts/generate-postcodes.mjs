#!/usr/bin/env node
/**
 * Generates lib/rules/data/postcodes.json from ../shared/reference/postcodes.csv (relative to the
 * repository root): { "4700": ["german-speaking-community", ["EUPEN", "Kettenis", …]], … }.
 *
 * Localities: main municipality first, then special codes, then sub-municipalities, each in the
 * order of the CSV. The JSON is committed; the build never reads ../shared.
 *
 *   npm run postcodes            write the JSON
 *   npm run postcodes -- --check exit 1 if the committed JSON differs from the CSV
 *
 * Export `buildPostcodes(csvText)` for the test that proves the committed JSON is up to date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..');
export const csvPath = path.resolve(repoRoot, '../shared/reference/postcodes.csv');
export const jsonPath = path.resolve(repoRoot, 'lib/rules/data/postcodes.json');

const AUTHORITIES = new Set(['flanders', 'brussels', 'wallonia', 'german-speaking-community']);
const KIND_ORDER = { municipality: 0, special: 1, 'sub-municipality': 2 };

/** @param {string} csv @returns {string} the JSON text (stable order, trailing newline) */
export function buildPostcodes(csv) {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift();
  if (header !== 'postcode,locality,kind,province,region') {
    throw new Error(`postcodes.csv: unexpected header ${JSON.stringify(header)}`);
  }
  /** @type {Map<string, {region: string, rows: {locality: string, kind: string, n: number}[]}>} */
  const byCode = new Map();
  lines.forEach((line, n) => {
    const cols = line.split(',');
    if (cols.length !== 5) throw new Error(`postcodes.csv line ${n + 2}: expected 5 columns, got ${cols.length}`);
    const [postcode, locality, kind, , region] = cols.map((c) => c.trim());
    if (!/^\d{4}$/.test(postcode)) throw new Error(`postcodes.csv line ${n + 2}: bad postcode ${postcode}`);
    if (!AUTHORITIES.has(region)) throw new Error(`postcodes.csv line ${n + 2}: unknown region ${region}`);
    if (!(kind in KIND_ORDER)) throw new Error(`postcodes.csv line ${n + 2}: unknown kind ${kind}`);
    if (!locality) throw new Error(`postcodes.csv line ${n + 2}: empty locality`);
    const entry = byCode.get(postcode) ?? { region, rows: [] };
    if (entry.region !== region) {
      throw new Error(`postcodes.csv: postcode ${postcode} maps to both ${entry.region} and ${region}`);
    }
    entry.rows.push({ locality, kind, n });
    byCode.set(postcode, entry);
  });
  // One postcode per line: small diffs when the reference changes.
  const entries = [];
  for (const code of [...byCode.keys()].sort()) {
    const { region, rows } = byCode.get(code);
    const localities = [...rows]
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.n - b.n)
      .map((r) => r.locality)
      .filter((l, i, all) => all.indexOf(l) === i);
    entries.push(`${JSON.stringify(code)}:${JSON.stringify([region, localities])}`);
  }
  return `{\n${entries.join(',\n')}\n}\n`;
}

function main() {
  if (!existsSync(csvPath)) {
    console.error(
      `generate-postcodes: ${csvPath} not found.\n` +
        'The postcode list lives in the shared reference folder next to the repository (../shared/reference/postcodes.csv).\n' +
        'The committed lib/rules/data/postcodes.json is used by the build; regenerate it only when the reference changes.',
    );
    process.exit(2);
  }
  const json = buildPostcodes(readFileSync(csvPath, 'utf8'));
  if (process.argv.includes('--check')) {
    const current = existsSync(jsonPath) ? readFileSync(jsonPath, 'utf8') : '';
    if (current !== json) {
      console.error('generate-postcodes: lib/rules/data/postcodes.json is out of date; run `npm run postcodes`.');
      process.exit(1);
    }
    console.log('generate-postcodes: postcodes.json is up to date.');
    return;
  }
  writeFileSync(jsonPath, json);
  console.log(`generate-postcodes: wrote ${Object.keys(JSON.parse(json)).length} postcodes to ${path.relative(repoRoot, jsonPath)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
