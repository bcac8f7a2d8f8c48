// Prints the JavaScript a visitor's browser downloads for a page, raw and gzipped (npm run size).
// Figures only: no pass/fail.
//
// Each page is opened in Chromium (Debian's, headless) and every script response is counted once
// the network is idle (so chunks loaded after hydration count too). The ratio compares a question
// page with an "empty" page of the same build:
//  - framework baseline: the 404 page (app/global-not-found.tsx): no layout, no component of ours,
//    only what Next.js and React send to every page;
//  - site baseline: the privacy statement: the site's layout (header, footer, language switcher)
//    and static text, no form.
// The target is: question page <= 1.2 x the framework baseline (gzipped).
// Also: public/embed.js minified (terser, as shipped with Next.js) and gzipped; target < 3 KB.
//
// BASE_URL=http://127.0.0.1:3501 npm run size  measures a running server instead of building one.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { printTable, root } from './lib/server.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, RESULT_QUERY, fmt, withServer } from './lib/target.mjs';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const pages = [
  ['404 page (framework baseline)', '/en/no-such-page'],
  ['privacy statement (site baseline)', '/en/privacy'],
  ['start page', '/en'],
  ['question page', '/en/check/workplace'],
  ['result page', `/en/check/result?${RESULT_QUERY}`],
  ['embedded question page', '/en/embed/check/nationality?preset=brussels'],
];

async function measure(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      scripts.set(response.url(), await response.body());
    } catch {
      // a redirect or an aborted request has no body
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  await context.close();
  const bodies = [...scripts.values()];
  return {
    scripts: new Map([...scripts].map(([u, b]) => [new URL(u).pathname, b])),
    files: bodies.length,
    raw: bodies.reduce((n, b) => n + b.length, 0),
    gzip: bodies.reduce((n, b) => n + gz(b), 0),
    inlineRaw: Buffer.byteLength(inline),
    inlineGzip: gz(Buffer.from(inline)),
  };
}

async function embedSnippet() {
  const file = path.join(root, 'public', 'embed.js');
  if (!existsSync(file)) return null;
  const source = readFileSync(file, 'utf8');
  const require = createRequire(import.meta.url);
  const { minify } = require('next/dist/compiled/terser');
  const { code } = await minify(source, { compress: true, mangle: true, format: { comments: /^!/ } });
  return { raw: Buffer.byteLength(source), min: Buffer.byteLength(code), gzip: gz(Buffer.from(code)) };
}

await withServer(async ({ url }) => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const results = new Map();
  try {
    for (const [name, path] of pages) results.set(name, await measure(browser, url + path));
  } finally {
    await browser.close();
  }

  console.log('\nJavaScript downloaded per page (script files; inline scripts are Next.js data and bootstrap):\n');
  printTable([
    ['page', 'files', 'JS raw', 'JS gzip', 'inline raw', 'inline gzip'],
    ...[...results].map(([name, r]) => [name, r.files, fmt.kb(r.raw), fmt.kb(r.gzip), fmt.kb(r.inlineRaw), fmt.kb(r.inlineGzip)]),
  ]);

  const base = results.get('404 page (framework baseline)');
  const site = results.get('privacy statement (site baseline)');
  const question = results.get('question page');
  console.log('\nQuestion page vs an empty page of the same build (target <= 1.20, gzipped):');
  console.log(`  vs the 404 page (framework only):      ${(question.gzip / base.gzip).toFixed(2)} gzipped, ${(question.raw / base.raw).toFixed(2)} raw`);
  console.log(`  vs the privacy statement (site chrome): ${(question.gzip / site.gzip).toFixed(2)} gzipped, ${(question.raw / site.raw).toFixed(2)} raw`);
  console.log(`  question page's own JavaScript:         ${fmt.kb(question.gzip - base.gzip)} gzipped more than the 404 page`);
  const extra = [...question.scripts].filter(([u]) => !base.scripts.has(u)).sort((a, b) => gz(b[1]) - gz(a[1]));
  console.log('  the files it loads that the 404 page does not (look inside them to see which modules weigh):');
  for (const [u, b] of extra) console.log(`    ${u}  ${fmt.kb(b.length)} raw, ${fmt.kb(gz(b))} gzipped`);
});

const snippet = await embedSnippet();
if (snippet) {
  console.log(
    `\npublic/embed.js: ${snippet.raw} B as written, ${snippet.min} B minified (terser), ${snippet.gzip} B minified+gzipped (target < 3072 B)`,
  );
} else {
  console.log('\npublic/embed.js: not present');
}
