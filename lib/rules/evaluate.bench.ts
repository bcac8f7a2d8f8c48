/**
 * Speed of the rules module: `npx vitest bench --run lib/rules/evaluate.bench.ts`.
 * Target: ≥ 100,000 evaluate() calls per second on one core for a full set of answers.
 */
import { bench, describe } from 'vitest';
import { evaluate } from './evaluate';
import { present } from './present';
import { typicalAnswers } from './testing/fixtures';

const asOf = '2026-11-21';
const [flanders, brussels, dg, sparse] = typicalAnswers as [never, never, never, never];
const evaluated = evaluate(flanders, asOf);

describe('evaluate()', () => {
  bench('Flanders, full answers', () => {
    evaluate(flanders, asOf);
  });
  bench('Brussels, full answers (monthly salary)', () => {
    evaluate(brussels, asOf);
  });
  bench('German-speaking Community, postcode 4700', () => {
    evaluate(dg, asOf);
  });
  bench('Wallonia, sparse answers', () => {
    evaluate(sparse, asOf);
  });
});

describe('present()', () => {
  bench('Flanders, en', () => {
    present(evaluated, 'en');
  });
  bench('Flanders, fr', () => {
    present(evaluated, 'fr');
  });
});
