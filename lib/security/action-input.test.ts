import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPreviousState, isStepActionInput, isStepContext } from './action-input';

const context = { locale: 'en', mode: 'site', step: 'workplace', query: 'postcode=1000' };
const previous = { values: {}, issues: [], attempt: 0 };
const form = () => {
  const f = new FormData();
  f.set('postcode', '1000');
  return f;
};

describe('isStepActionInput', () => {
  it('accepts what our forms send', () => {
    expect(isStepActionInput(context, previous, form())).toBe(true);
    expect(isStepActionInput({ ...context, mode: 'embed', fixedRegion: 'brussels' }, undefined, form())).toBe(true);
    expect(isStepActionInput(context, null, new FormData())).toBe(true);
  });

  it('refuses the forged shapes seen while probing: [null], a list in place of a string', () => {
    expect(isStepActionInput(null, previous, form())).toBe(false);
    expect(isStepActionInput([null], previous, form())).toBe(false);
    expect(isStepActionInput({ ...context, locale: ['en'] }, previous, form())).toBe(false);
    expect(isStepActionInput({ ...context, step: ['workplace'] }, previous, form())).toBe(false);
    expect(isStepActionInput({ ...context, query: ['postcode=1000'] }, previous, form())).toBe(false);
    expect(isStepActionInput({ ...context, fixedRegion: ['brussels'] }, previous, form())).toBe(false);
  });

  it('refuses a form that is not form data', () => {
    for (const f of [undefined, null, 'postcode=1000', { postcode: '1000' }, ['postcode', '1000']]) expect(isStepActionInput(context, previous, f)).toBe(false);
  });

  it('refuses a context with a missing field or an oversized one', () => {
    const { query: _q, ...withoutQuery } = context;
    expect(isStepContext(withoutQuery)).toBe(false);
    expect(isStepContext({ ...context, step: 'x'.repeat(65) })).toBe(false);
    expect(isStepContext({ ...context, query: 'x'.repeat(8001) })).toBe(false);
    expect(isStepContext(Object.assign(Object.create({ locale: 'en' }), { mode: 'site', step: 'workplace', query: '' }))).toBe(false);
  });

  it('the previous state: absent, or an attempt count', () => {
    for (const p of [undefined, null, {}, { attempt: 3 }, { values: { a: 'b' }, issues: [], attempt: 0 }]) expect(isPreviousState(p), JSON.stringify(p)).toBe(true);
    for (const p of ['x', 1, [], [previous], { attempt: '1' }, { attempt: -1 }, { attempt: 1.5 }, { attempt: [1] }]) expect(isPreviousState(p), JSON.stringify(p)).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        expect(typeof isStepActionInput(a, b, c)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
