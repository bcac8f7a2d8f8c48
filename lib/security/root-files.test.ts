import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMissingRootFile, ROOT_FILES } from './root-files';

const root = path.resolve(__dirname, '../..');

describe('files at the root', () => {
  it('lists exactly the files of public/ and the metadata files of app/', () => {
    const publicFiles = readdirSync(path.join(root, 'public')).map((f) => `/${f}`);
    const metadataFiles = readdirSync(path.join(root, 'app'))
      .filter((f) => /^(icon|apple-icon|favicon|robots|sitemap|manifest|opengraph-image|twitter-image)\./.test(f))
      .map((f) => `/${f.replace(/\.(tsx?|jsx?)$/, '')}`);
    expect([...ROOT_FILES].sort()).toEqual([...publicFiles, ...metadataFiles].sort());
  });

  it('treats any other one-segment address with a dot as missing', () => {
    for (const p of ['/favicon.ico', '/robots.txt', '/no-such-file.txt', '/wp-login.php', '/.env', '/embed.js.map']) expect(isMissingRootFile(p), p).toBe(true);
    for (const p of ['/embed.js', '/icon.svg', '/en', '/en/x.txt', '/_next/static/a.js', '/api/v1/openapi.json', '/']) expect(isMissingRootFile(p), p).toBe(false);
  });
});
