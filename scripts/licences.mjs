// Writes docs/LICENCES.md: every runtime dependency with its licence, read from the package.json
// files in node_modules (node scripts/licences.mjs; --check only compares with the file).
//
// "Runtime" means:
//  1. the dependencies of package.json and everything they depend on (dependencies, and the
//     optional and peer dependencies that are installed), i.e. what `npm ci --omit=dev` installs;
//  2. marked among them: the packages Next.js copies into the standalone server
//     (<distDir>/standalone/node_modules, when a build exists), i.e. what the container runs.
// Code bundled into the browser's JavaScript comes from the packages of (1) as well.
// Licences are classified for publication by a public administration: permissive (MIT, Apache-2.0,
// ISC, BSD, 0BSD, …) or flagged for review (anything else, or no licence given).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs', 'LICENCES.md');
const PERMISSIVE = new Set(['MIT', 'Apache-2.0', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'BlueOak-1.0.0', 'Unlicense', 'CC0-1.0', 'Python-2.0', 'Zlib']);

/** Reviewed notes on licences that are not plainly permissive (matched by package name or prefix). */
const NOTES = {
  'caniuse-lite':
    'CC-BY-4.0. Browser-support data that the build reads to decide which JavaScript features to compile; none of it is sent to browsers or shipped in the container. CC-BY-4.0 only asks for attribution, which this file gives: data from the Can I Use project by Alexis Deveria, https://caniuse.com.',
  '@img/sharp-libvips':
    'LGPL-3.0-or-later. The libvips binary of `sharp`, an optional dependency of Next.js for image optimisation. This application has image optimisation switched off and leaves `sharp` and `@img/*` out of the standalone output (`next.config.ts`), so it is installed on the build machine but neither used nor published.',
};

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The folder of `name` as Node would resolve it from `from` (a package folder). */
function resolvePackage(name, from) {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return path.dirname(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/** Permissive when every alternative of an OR (or every part of an AND) is permissive. */
function classify(licence) {
  const ids = licence.replace(/[()]/g, '').split(/\s+(?:OR|AND)\s+/);
  const anyOr = /\sOR\s/.test(licence);
  const ok = anyOr ? ids.some((id) => PERMISSIVE.has(id)) : ids.every((id) => PERMISSIVE.has(id));
  return ok ? 'permissive' : 'review';
}

function repoUrl(pkg) {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!repo) return pkg.homepage ?? '';
  const url = repo.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^git:\/\//, 'https://').replace(/^github:/, 'https://github.com/');
  return /^[\w.-]+\/[\w.-]+$/.test(url) ? `https://github.com/${url}` : url;
}

// 1. The runtime tree.
const top = readJson(path.join(root, 'package.json'));
const found = new Map(); // folder -> { name, version, licence, direct, repo }
const queue = Object.keys(top.dependencies ?? {}).map((name) => ({ name, from: root, direct: true }));
while (queue.length) {
  const { name, from, direct } = queue.shift();
  const dir = resolvePackage(name, from);
  if (!dir || found.has(dir)) continue;
  const pkg = readJson(path.join(dir, 'package.json'));
  found.set(dir, { name: pkg.name ?? name, version: pkg.version, licence: licenceOf(pkg), direct, repo: repoUrl(pkg) });
  const next = { ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies };
  for (const dep of Object.keys(next)) queue.push({ name: dep, from: dir, direct: false });
}

// 2. What the standalone server ships: STANDALONE_DIR, else the build of NEXT_DIST_DIR, else the
//    most recent build found (.next*/standalone).
const standaloneDirs = process.env.STANDALONE_DIR
  ? [process.env.STANDALONE_DIR]
  : process.env.NEXT_DIST_DIR
    ? [path.join(root, process.env.NEXT_DIST_DIR, 'standalone')]
    : readdirSync(root)
        .filter((d) => d.startsWith('.next') && existsSync(path.join(root, d, 'BUILD_ID')))
        .sort((a, b) => statSync(path.join(root, b, 'BUILD_ID')).mtimeMs - statSync(path.join(root, a, 'BUILD_ID')).mtimeMs)
        .map((d) => path.join(root, d, 'standalone'));
const builds = standaloneDirs.filter((d) => existsSync(path.join(d, 'node_modules'))).map((d) => path.join(d, 'node_modules'));
const shipped = new Set();
if (builds.length) {
  const newest = builds[0];
  console.log(`container contents from ${path.relative(root, newest) || newest}`);
  for (const entry of readdirSync(newest)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) for (const sub of readdirSync(path.join(newest, entry))) shipped.add(`${entry}/${sub}`);
    else shipped.add(entry);
  }
}

const rows = [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
const unique = [];
for (const r of rows) if (!unique.some((u) => u.name === r.name && u.version === r.version)) unique.push(r);
const flagged = unique.filter((r) => classify(r.licence) !== 'permissive');
const byLicence = new Map();
for (const r of unique) byLicence.set(r.licence, (byLicence.get(r.licence) ?? 0) + 1);

const md = [];
md.push('# Licences of the runtime dependencies');
md.push('');
md.push('Generated by `node scripts/licences.mjs` from the `package.json` files in `node_modules`; do not edit by hand.');
md.push('Run it again after any change to the dependencies (`node scripts/licences.mjs --check` tells whether this file is current).');
md.push('');
md.push('The application itself is published under the MIT licence (`package.json`).');
md.push('');
md.push('## Scope');
md.push('');
md.push('- **Runtime dependencies**: the `dependencies` of `package.json` and everything they depend on, as `npm ci --omit=dev` installs them. The code sent to browsers is bundled from these packages only.');
md.push('- **Copied into the container** (✓): the packages Next.js copies as they are into the standalone server\'s `node_modules`. The container (see the Dockerfile) also holds the server and browser bundles, into which the build compiles the code of the other packages it uses (zod, next-intl, react-hook-form, …); the rest are build tools (the next-intl plugin and its message tooling, native compilers).');
md.push('- Development tools (TypeScript, Tailwind CSS, Vitest, Playwright, Lighthouse, …) are not listed: they are not published with the application.');
md.push('');
md.push('## Compatibility with publication by a public administration');
md.push('');
md.push(`${unique.length} packages. Licences: ${[...byLicence].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} (${n})`).join(', ')}.`);
md.push('');
if (flagged.length === 0) {
  md.push('Every runtime dependency is under a permissive licence (MIT, Apache-2.0, ISC or BSD type). They allow use, modification and publication by a public administration, including as open source, on condition that the copyright and licence notices are kept (Apache-2.0 also asks to keep NOTICE files and to state changes).');
} else {
  md.push('Permissive licences (MIT, Apache-2.0, ISC, BSD type) allow use, modification and publication by a public administration, including as open source, on condition that the copyright and licence notices are kept (Apache-2.0 also asks to keep NOTICE files and to state changes). These packages have another licence and are flagged for review:');
  md.push('');
  for (const r of flagged) md.push(`- \`${r.name}\` ${r.version}: **${r.licence}**${shipped.has(r.name) ? ' (copied into the container)' : ''}`);
  md.push('');
  md.push('Notes on the flagged licences:');
  md.push('');
  for (const r of flagged) {
    const note = Object.entries(NOTES).find(([prefix]) => r.name === prefix || r.name.startsWith(prefix))?.[1];
    md.push(`- \`${r.name}\`: ${note ?? '**not reviewed yet: review before publication.**'}${shipped.has(r.name) ? ' **It is in the container.**' : ''}`);
  }
}
md.push('');
md.push('Image optimisation is switched off (`images.unoptimized`, `next.config.ts`) and `sharp` with its libvips binaries (LGPL-3.0) is left out of the standalone output, so the container holds no copyleft code.');
md.push('');
md.push('## Packages');
md.push('');
md.push('| package | version | licence | copied into the container | source |');
md.push('|---|---|---|---|---|');
for (const r of unique) {
  md.push(`| ${r.direct ? `**${r.name}**` : r.name} | ${r.version} | ${r.licence}${classify(r.licence) === 'permissive' ? '' : ' ⚠'} | ${shipped.has(r.name) ? '✓' : ''} | ${r.repo} |`);
}
md.push('');
md.push('Direct dependencies in **bold**.');
md.push('');
const text = md.join('\n');

if (process.argv.includes('--check')) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  console.log(current === text ? 'docs/LICENCES.md is current' : 'docs/LICENCES.md is out of date: run node scripts/licences.mjs');
  process.exit(current === text ? 0 : 1);
}
writeFileSync(out, text);
console.log(`docs/LICENCES.md: ${unique.length} runtime packages, ${shipped.size} in the container, ${flagged.length} flagged for review${flagged.length ? `: ${flagged.map((r) => `${r.name} (${r.licence})`).join(', ')}` : ''}`);
if (!builds.length) console.log('(no standalone build found: the "in the container" column is empty; build first)');
