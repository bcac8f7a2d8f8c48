import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isArgumentsRow, isPlainReplyValue, isWellFormedFetchAction, isWellFormedFormAction, MAX_ARGUMENTS } from './action-post';

const ID = '706cf8ec08d18a29eb35699528fd3d1a6be8b676a0';
const CONTEXT = { locale: 'en', mode: 'site', step: 'workplace', query: '' };
const STATE = { values: {}, issues: [], attempt: 0 };

/** The hidden fields of a question page's form, as the page renders them. */
function form(overrides: Record<string, string | null> = {}) {
  const f = new FormData();
  const fields: Record<string, string | null> = {
    '$ACTION_REF_1': '',
    '$ACTION_1:0': JSON.stringify({ id: ID, bound: '$@1' }),
    '$ACTION_1:1': JSON.stringify([CONTEXT, STATE]),
    '$ACTION_KEY': 'k1a81624e82aeb103827b80611930f8b5',
    postcode: '1000',
    ...overrides,
  };
  for (const [k, v] of Object.entries(fields)) if (v !== null) f.append(k, v);
  return f;
}

describe('a form post without JavaScript', () => {
  it('accepts what our question pages send, and a form that is no server action', () => {
    expect(isWellFormedFormAction(form())).toBe(true);
    expect(isWellFormedFormAction(form({ '$ACTION_1:1': JSON.stringify([{ ...CONTEXT, query: '$$ and $undefined are escaped' }, { values: { salary: '$$5000' }, issues: [], attempt: 2 }]) }))).toBe(true);
    expect(isWellFormedFormAction(form({ '$ACTION_1:0': JSON.stringify({ id: ID, bound: null }), '$ACTION_1:1': null }))).toBe(true);
    const plain = new FormData();
    plain.set('postcode', '1000');
    expect(isWellFormedFormAction(plain)).toBe(true);
  });

  it('refuses the forgeries that made Next.js answer 500', () => {
    const forged: Record<string, Record<string, string | null>> = {
      'broken metadata JSON': { '$ACTION_1:0': '{"id":' },
      'no metadata': { '$ACTION_1:0': null },
      'metadata not an object': { '$ACTION_1:0': '[1]' },
      'bound arguments null': { '$ACTION_1:1': 'null' },
      'bound arguments broken JSON': { '$ACTION_1:1': '[{"locale":' },
      'bound arguments missing': { '$ACTION_1:0': JSON.stringify({ id: ID, bound: '$@7' }) },
      'bound arguments a Map and a FormData reference': { '$ACTION_1:1': '["$Q1","$W2"]' },
      'a reference to another row': { '$ACTION_1:1': '[{"locale":"$1"}]' },
      'a promise': { '$ACTION_1:1': '["$@2"]' },
      'a date and a bigint': { '$ACTION_1:1': '["$D2026-01-01","$n1"]' },
      '2,000 bound arguments': { '$ACTION_1:1': JSON.stringify(Array(2000).fill(1)) },
      'bound not a reference': { '$ACTION_1:0': JSON.stringify({ id: ID, bound: 'x' }) },
      'an id that is not a string': { '$ACTION_1:0': JSON.stringify({ id: 42, bound: '$@1' }) },
    };
    for (const [name, overrides] of Object.entries(forged)) expect(isWellFormedFormAction(form(overrides)), name).toBe(false);
  });

  it(`bounds the arguments (${MAX_ARGUMENTS}) and the nesting`, () => {
    expect(isArgumentsRow(JSON.stringify(Array(MAX_ARGUMENTS).fill(1)))).toBe(true);
    expect(isArgumentsRow(JSON.stringify(Array(MAX_ARGUMENTS + 1).fill(1)))).toBe(false);
    const deep = (n: number): unknown => (n === 0 ? 1 : [deep(n - 1)]);
    expect(isArgumentsRow(JSON.stringify([deep(10)]))).toBe(true);
    expect(isArgumentsRow(JSON.stringify([deep(40)]))).toBe(false);
  });
});

describe('a form post with JavaScript (Next-Action header)', () => {
  it('accepts the root row our pages send: context, state and the form data', () => {
    const f = new FormData();
    f.set('_1_postcode', '1000');
    f.set('0', JSON.stringify([CONTEXT, STATE, '$K1']));
    expect(isWellFormedFetchAction({ form: f })).toBe(true);
    expect(isWellFormedFetchAction({ text: JSON.stringify([CONTEXT, STATE]) })).toBe(true);
  });

  it('refuses broken or foreign rows', () => {
    for (const text of ['[{"locale":', '["$1","$2"]', 'null', '{}', '"x"', '', `[${Array(100).fill(0)}]`]) expect(isWellFormedFetchAction({ text }), text).toBe(false);
    expect(isWellFormedFetchAction({ form: new FormData() })).toBe(false);
  });
});

describe('isPlainReplyValue', () => {
  it('plain JSON without a leading $ is always accepted', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        if (!/"\$/.test(text)) expect(isPlainReplyValue(value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
