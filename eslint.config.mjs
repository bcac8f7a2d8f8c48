// The layers of docs/ARCHITECTURE.md, kept by the linter (npm test runs `npm run lint`):
//  - lib/rules (policy) imports nothing from the flow, the guide, the server, the app or React/Next.js;
//  - lib/flow (which question comes next) imports nothing from React, Next.js, app or components;
//  - lib/result (what a result page shows) and lib/guide (the guide pages' data) are pure: no React or Next.js;
//  - app and components reach the rules only through lib/rules/index.ts.
import tseslint from 'typescript-eslint';

// Package names as regular expressions (a glob such as "next" would also match the file ./next).
const framework = '^(react|react-dom|next|next-intl|react-hook-form)(/|$)';
const restrict = (groups) => ['error', { patterns: groups.map(([group, message]) => (typeof group === 'string' ? { regex: group, message } : { group, message })) }];
const tests = ['**/*.test.ts', '**/*.bench.ts', 'lib/rules/testing/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', '.next*/**', 'test-results/**', 'public/**', 'scripts/**', 'next-env.d.ts', '**/*.mjs', '**/*.js'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['lib/rules/**/*.ts'],
    ignores: tests,
    rules: {
      'no-restricted-imports': restrict([
        [framework, 'lib/rules is policy: no React or Next.js.'],
        [['@/lib/flow', '@/lib/flow/*', '../flow', '../flow/*', '../../flow/*'], 'lib/rules must not import the flow.'],
        [['@/lib/guide', '@/lib/guide/*', '../guide', '../guide/*', '../../guide/*'], 'lib/rules must not import the guide pages.'],
        [['@/lib/server', '@/lib/server/*', '../server', '../server/*', '../../server/*'], 'lib/rules must not import the server.'],
        [['@/app/*', '@/components/*', '../../app/*', '../../components/*'], 'lib/rules must not import pages or components.'],
      ]),
    },
  },
  {
    files: ['lib/flow/**/*.ts'],
    ignores: tests,
    rules: {
      'no-restricted-imports': restrict([
        [framework, 'lib/flow decides which question comes next: no React or Next.js.'],
        [['@/app/*', '@/components/*', '../../app/*', '../../components/*'], 'lib/flow must not import pages or components.'],
      ]),
    },
  },
  {
    files: ['lib/result/**/*.ts', 'lib/guide/**/*.ts'],
    ignores: tests,
    rules: {
      'no-restricted-imports': restrict([
        [framework, 'lib/result and lib/guide select and shape data: no React or Next.js.'],
        [['@/app/*', '@/components/*', '../../app/*', '../../components/*'], 'lib/result and lib/guide must not import pages or components.'],
      ]),
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([[['@/lib/rules/*', '**/lib/rules/*'], 'Pages and components reach the rules only through lib/rules/index.ts (import from "@/lib/rules").']]),
    },
  },
);
