/**
 * Node tests in the style of GOV.UK Smart Answers (ADR 3): typical journeys per authority with the
 * real rules, the kind of move first, every question reachable, the exemption questions asked only
 * when the rules need them, exemptions end the flow, abandoned branches are dropped, and answers
 * given from the result page return there.
 */
import { describe, expect, it } from 'vitest';
import { isReachable, nextStep, pathTo, previousStep, type Evaluator, type NextStep } from './next';
import { orderedQuestions, stepIds, type FlowState, type StepId } from './questions';
import { evaluate } from '@/lib/rules/evaluate';
import type { AnswerPath } from '@/lib/rules/types';

const asOf = '2026-11-21';

/** Walks the flow answering each question from `answers`; returns the steps visited. */
function walk(start: FlowState, answers: Partial<Record<StepId, FlowState>>, options = {}): NextStep[] {
  let state = { ...start };
  const seen: NextStep[] = [];
  for (let i = 0; i < 40; i++) {
    const step = nextStep(state, asOf, options);
    seen.push(step);
    if (step === 'check-answers') return seen;
    const a = answers[step];
    if (!a) throw new Error(`no answer for ${step} after ${seen.join(' > ')}`);
    state = { ...state, ...a };
  }
  throw new Error('flow did not end');
}

const strong: Partial<Record<StepId, FlowState>> = {
  case: { case: 'hire' },
  'posting-employer': { postingEmployer: 'outside-eea' },
  'headquarters-executive': { hqExecutive: 'no' },
  'post-doctoral': { postDoc: 'no' },
  student: { student: 'no' },
  'short-business': { shortBusiness: 'no' },
  'diploma-date': { diplomaDate: '2020-06-30' },
  nationality: { nationality: 'IN' },
  residence: { residence: 'abroad' },
  employment: { employment: 'employee' },
  contract: { contract: 'open' },
  salary: { salary: '70000', salaryPer: 'year' },
  age: { age: '35' },
  qualification: { qualification: 'master' },
  experience: { experience: '5' },
  'job-level': { jobLevel: 'master' },
  'highly-qualified': { hqPosition: 'yes' },
  'nurse-or-teacher': { nurseTeacher: 'no' },
  executive: { executive: 'no' },
  ict: { ict: 'none' },
  transfer: { transfer: 'none' },
  'working-time': { fte: 'full' },
  'shortage-list': { shortageList: 'no' },
  'pes-shortage-list': { pesShortageList: 'no' },
  vacancy: { published: 'yes' },
  eures: { eures: 'yes' },
  'publication-weeks': { weeks: '9' },
  'publication-start': { publishedFrom: '2026-06-01' },
  'recruitment-support': { support: 'no' },
  candidate: { candidate: 'no' },
};
const vacancySteps: StepId[] = ['vacancy', 'eures', 'publication-weeks', 'publication-start', 'recruitment-support', 'candidate'];
const weak = { ...strong, salary: { salary: '30000', salaryPer: 'year' }, qualification: { qualification: 'secondary' }, 'job-level': { jobLevel: 'secondary' } };
const allUnknown: Partial<Record<StepId, FlowState>> = Object.fromEntries(
  Object.entries(strong).map(([step, values]) => [step, { [Object.keys(values!)[0]!]: 'unknown' }]),
);
allUnknown.employment = { employment: 'employee' };

describe('nextStep', () => {
  it('starts with the kind of move, then the workplace', () => {
    expect(nextStep({}, asOf)).toBe('case');
    expect(nextStep({ postcode: '1000' }, asOf)).toBe('case');
    expect(nextStep({ case: 'hire' }, asOf)).toBe('workplace');
    expect(nextStep({ case: 'unknown' }, asOf)).toBe('workplace');
  });

  it('asks the workplace again when the postcode is not a Belgian one', () => {
    expect(nextStep({ case: 'hire', postcode: '0001' }, asOf)).toBe('workplace');
  });

  it('skips the workplace when an embedding preset fixes the region, not the kind of move', () => {
    expect(nextStep({}, asOf, { fixedRegion: 'wallonia' })).toBe('case');
    expect(nextStep({ case: 'hire' }, asOf, { fixedRegion: 'wallonia' })).toBe('nationality');
    const seen = walk({}, strong, { fixedRegion: 'brussels' });
    expect(seen).not.toContain('workplace');
    expect(seen.at(-1)).toBe('check-answers');
  });

  describe.each([
    ['flanders', '3000'],
    ['brussels', '1000'],
    ['wallonia', '5000'],
    ['german-speaking-community', '4700'],
  ])('typical journeys in %s', (_authority, postcode) => {
    it('a highly skilled candidate: short, and no vacancy questions once a route without a labour market test is eligible', () => {
      // Brussels sets monthly amounts; the German-speaking Community asks €83,135 for an open-ended contract.
      const salary = postcode === '1000' ? { salary: '5000', salaryPer: 'month' } : postcode === '4700' ? { salary: '90000', salaryPer: 'year' } : strong.salary;
      const answers = { ...strong, salary };
      const seen = walk({ postcode }, answers);
      expect(seen.slice(0, 6)).toEqual(['case', 'nationality', 'residence', 'employment', 'contract', 'salary']);
      expect(seen.at(-1)).toBe('check-answers');
      for (const s of vacancySteps) expect(seen).not.toContain(s);
    });

    it('a candidate below the thresholds: the shortage list or the vacancy is asked', () => {
      const seen = walk({ postcode }, postcode === '1000' ? { ...weak, salary: { salary: '2500', salaryPer: 'month' } } : weak);
      expect(seen.at(-1)).toBe('check-answers');
      expect(seen.some((s) => s === 'shortage-list' || s === 'vacancy')).toBe(true);
    });

    it('"I don\'t know" everywhere still ends, each question once', () => {
      const seen = walk({ postcode }, allUnknown);
      expect(seen.at(-1)).toBe('check-answers');
      expect(new Set(seen).size).toBe(seen.length);
    });
  });

  it.each([
    ['an EEA national', { nationality: 'FR' }],
    ['a Swiss national', { nationality: 'CH' }],
  ])('ends at once for %s', (_name, nationality) => {
    expect(nextStep({ case: 'hire', postcode: '1000', ...nationality }, asOf)).toBe('check-answers');
  });

  it.each([
    ['unlimited access to the labour market', { residence: 'belgium-unlimited-labour-market' }],
    ['a UK Withdrawal Agreement beneficiary', { residence: 'uk-withdrawal-agreement' }],
  ])('ends at once for %s', (_name, residence) => {
    expect(nextStep({ case: 'hire', postcode: '1000', nationality: 'IN', ...residence }, asOf)).toBe('check-answers');
  });

  it('ends for self-employment at once, and for 90 days or less once no earlier exemption is open (other procedures)', () => {
    const base = { case: 'hire', postcode: '3000', nationality: 'IN', residence: 'abroad' };
    expect(nextStep({ ...base, employment: 'self-employed' }, asOf)).toBe('check-answers');
    // 90 days or less is another procedure, unless an exemption checked before it applies: in
    // Flanders, short business activities. That question comes first, then the flow ends either way.
    const short = { ...base, employment: 'employee', contract: 'fixed', length: '90', lengthUnit: 'days' };
    expect(nextStep(short, asOf)).toBe('short-business');
    expect(nextStep({ ...short, shortBusiness: 'no' }, asOf)).toBe('check-answers');
    expect(nextStep({ ...short, shortBusiness: 'yes' }, asOf)).toBe('check-answers');
    expect(nextStep({ ...short, postcode: '4000', shortBusiness: undefined }, asOf)).toBe('check-answers');
    expect(nextStep({ ...base, employment: 'employee', contract: 'fixed', length: '3', lengthUnit: 'months' }, asOf)).not.toBe(
      'check-answers',
    );
  });

  it('never asks an answered question, even one answered "I don\'t know"', () => {
    const state = { case: 'hire', postcode: '3000', nationality: 'unknown' };
    expect(nextStep(state, asOf)).not.toBe('nationality');
  });

  it('every question is reachable from some journey (with a stand-in evaluator that needs everything)', () => {
    const everything: AnswerPath[] = orderedQuestions.flatMap((q) => [...q.paths]);
    const evaluator: Evaluator = () => ({ verdict: 'undetermined', openQuestions: everything, authority: 'flanders' });
    const seen = walk({ postcode: '3000' }, strong, { evaluator });
    expect(seen).toEqual([...orderedQuestions.map((q) => q.id).filter((id) => id !== 'workplace'), 'check-answers']);
  });

  it('every question the real rules ask today is asked in at least one journey', () => {
    const asked = new Set<string>();
    for (const postcode of ['3000', '1000', '5000', '4700']) {
      for (const answers of [strong, weak, allUnknown]) walk({ postcode }, answers).forEach((s) => asked.add(s));
    }
    asked.add('workplace');
    asked.add('region');
    // Asked only once the rules list their answers in openQuestions (the lead's rules work); the
    // stand-in evaluator above and the tests below ask them.
    const waitingForRules = ['posting-employer', 'headquarters-executive', 'post-doctoral', 'student', 'short-business', 'diploma-date'];
    expect([...stepIds].filter((s) => !asked.has(s) && !waitingForRules.includes(s))).toEqual([]);
  });

  describe('the exemption questions: asked only when the rules need their answer', () => {
    const start: FlowState = { case: 'posting', postcode: '3000' };
    const needing = (paths: AnswerPath[]): Evaluator => (answers) => ({
      verdict: 'undetermined',
      authority: 'flanders',
      // What a rule would do: the path stays open until answered.
      openQuestions: paths.filter((p) => {
        const [group, key] = p.split('.') as ['worker' | 'job', string];
        return (answers[group] as Record<string, unknown> | undefined)?.[key] === undefined;
      }),
    });
    it.each([
      ['posting-employer', 'job.postingEmployer'],
      ['headquarters-executive', 'job.headquartersExecutive'],
      ['post-doctoral', 'job.postDoctoralFellowship'],
      ['student', 'job.studentWithinAllowedHours'],
      ['short-business', 'job.shortBusinessActivities'],
      ['diploma-date', 'worker.higherEducationDiplomaDate'],
    ] as const)('%s when the rules list %s', (step, path) => {
      expect(nextStep(start, asOf, { evaluator: needing([path]) })).toBe(step);
      expect(nextStep(start, asOf, { evaluator: needing([]) })).toBe('check-answers');
      expect(nextStep({ ...start, ...strong[step] }, asOf, { evaluator: needing([path]) })).toBe('check-answers');
    });
    it('the posting employer right after the case and the workplace, before the nationality', () => {
      const evaluator = needing(['job.postingEmployer', 'worker.nationality']);
      expect(walk({}, { ...strong, workplace: { postcode: '3000' } }, { evaluator })).toEqual(['case', 'workplace', 'posting-employer', 'nationality', 'check-answers']);
    });
  });
});

describe('pathTo (replaying the flow)', () => {
  const full = (postcode: string, answers = strong): FlowState => Object.assign({ postcode }, ...Object.values(answers));

  it('returns the questions visited, in order, and check-answers at the end', () => {
    const walked = walk({ postcode: '3000' }, strong).slice(0, -1) as StepId[];
    const path = pathTo(Object.assign({ postcode: '3000' }, ...walked.map((s) => strong[s])), asOf);
    expect(path.current).toBe('check-answers');
    expect(path.visited).toEqual([walked[0], 'workplace', ...walked.slice(1)]);
  });

  it('drops the answers of abandoned branches', () => {
    // A weak profile answers the vacancy questions; once the job is on no list of VDAB, no route
    // needs the vacancy any more (the labour market test is ruled out): those answers go.
    const weakPath = pathTo(full('3000', { ...weak, 'pes-shortage-list': { pesShortageList: 'yes' } }), asOf);
    expect(weakPath.visited).toContain('vacancy');
    const path = pathTo({ ...weakPath.state, pesShortageList: 'no' }, asOf);
    expect(path.current).toBe('check-answers');
    expect(path.state.published).toBeUndefined();
    expect(path.visited).not.toContain('vacancy');
    expect(path.state.pesShortageList).toBe('no');
  });

  it('keeps an answer the result still needs, after the others, and lets its question be shown', () => {
    // The real rules, except that the flow is told the working time does not matter (as for a
    // route ranked below an eligible one): the result still lists it, and its link leads there.
    const fteIgnored: Evaluator = (answers, on) => {
      const e = evaluate(answers, on);
      return { ...e, openQuestions: e.openQuestions.filter((p) => p !== 'job.fte') };
    };
    const options = { evaluator: fteIgnored };
    const walked = walk({ postcode: '3000' }, strong, options).slice(0, -1) as StepId[];
    const base: FlowState = Object.assign({ postcode: '3000' }, ...walked.map((s) => strong[s]));
    expect(walked).not.toContain('working-time');
    const before = pathTo(base, asOf, options);
    expect(before.visited).not.toContain('working-time');
    expect(before.answerable).toContain('working-time');
    expect(isReachable(before, 'working-time')).toBe(true);
    const after = pathTo({ ...base, fte: 'full' }, asOf, options);
    expect(after.visited.at(-1)).toBe('working-time');
    expect(after.state.fte).toBe('full');
    expect(after.current).toBe('check-answers');
  });

  it('drops everything after an exemption', () => {
    const path = pathTo({ ...full('3000'), nationality: 'NL' }, asOf);
    expect(path.visited).toEqual(['case', 'workplace', 'nationality']);
    expect(path.state).toEqual({ case: 'hire', postcode: '3000', nationality: 'NL' });
  });

  it('stops at the first unanswered question', () => {
    const path = pathTo({ case: 'hire', postcode: '1000', nationality: 'IN', employment: 'employee' }, asOf);
    expect(path.visited).toEqual(['case', 'workplace', 'nationality']);
    expect(path.current).toBe('residence');
    // the later answer is not on the path yet
    expect(path.state.employment).toBeUndefined();
  });

  it('records the region page when the workplace was given by region', () => {
    const path = pathTo({ case: 'hire', region: 'wallonia', nationality: 'IN' }, asOf);
    expect(path.visited).toEqual(['case', 'region', 'nationality']);
  });

  it('keeps the postcode when both postcode and region are given', () => {
    const path = pathTo({ case: 'hire', postcode: '1000', region: 'wallonia' }, asOf);
    expect(path.state).toEqual({ case: 'hire', postcode: '1000' });
  });

  it('ignores a workplace answer when a preset fixes the region', () => {
    const path = pathTo({ case: 'hire', postcode: '1000', nationality: 'IN' }, asOf, { fixedRegion: 'flanders' });
    expect(path.visited).toEqual(['case', 'nationality']);
    expect(path.state).toEqual({ case: 'hire', nationality: 'IN' });
  });

  it('without the kind of move, asks it first and keeps no other answer on the path (an old link)', () => {
    const path = pathTo({ postcode: '1000', nationality: 'IN', residence: 'abroad' }, asOf);
    expect(path.current).toBe('case');
    expect(path.visited).toEqual([]);
  });

  it('asks the salary again when the workplace changed to an authority that does not use its unit', () => {
    const state = { ...full('1000', { ...strong, salary: { salary: '5000', salaryPer: 'month' } }) };
    expect(pathTo(state, asOf).visited).toContain('salary');
    const moved = pathTo({ ...state, postcode: '4000' }, asOf);
    expect(moved.current).toBe('salary');
    expect(moved.state.salary).toBeUndefined();
  });
});

describe('back links and reachable pages', () => {
  const path = pathTo({ case: 'hire', postcode: '3000', nationality: 'IN', residence: 'abroad' }, asOf);

  it('goes back to the previous question on the path', () => {
    expect(path.current).toBe('employment');
    expect(previousStep(path, 'employment')).toBe('residence');
    expect(previousStep(path, 'residence')).toBe('nationality');
    expect(previousStep(path, 'nationality')).toBe('workplace');
    expect(previousStep(path, 'workplace')).toBe('case');
    expect(previousStep(path, 'region')).toBe('case');
    expect(previousStep(path, 'case')).toBe('start');
  });

  it('check answers goes back to the last question', () => {
    const done = pathTo({ case: 'hire', postcode: '3000', nationality: 'FR' }, asOf);
    expect(previousStep(done, 'check-answers')).toBe('nationality');
  });

  it('shows questions on the path and the current one, not questions further on', () => {
    expect(isReachable(path, 'nationality')).toBe(true);
    expect(isReachable(path, 'employment')).toBe(true);
    expect(isReachable(path, 'region')).toBe(true);
    expect(isReachable(path, 'salary')).toBe(false);
    expect(isReachable(path, 'candidate')).toBe(false);
  });
});
