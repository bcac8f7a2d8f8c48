import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../..');
const csv = path.resolve(repoRoot, '../shared/reference/postcodes.csv');
const script = path.resolve(repoRoot, 'scripts/generate-postcodes.mjs');

describe('postcodes.json', () => {
  // The reference folder sits next to the repository; where it is absent (e.g. a fresh clone) the
  // committed JSON is all there is, and this comparison cannot run.
  it.skipIf(!existsSync(csv))('is up to date with ../shared/reference/postcodes.csv', () => {
    const out = execFileSync(process.execPath, [script, '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  });
});
