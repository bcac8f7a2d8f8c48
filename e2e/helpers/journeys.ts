/**
 * The journeys of the browser tests: an answer table per journey (by question id, values by input
 * name) and what the result page must say. The tables give an answer to every question the journey
 * may plausibly meet; which ones are asked is the wizard's business (the runner fails on a question
 * that has no entry).
 *
 * Figures are checked against docs/RULES.md on AS_OF (2026-11-21): highly skilled thresholds
 * Flanders €48,912/year, Brussels €3,703.44/month, Wallonia €53,220/year, German-speaking Community
 * €83,135/year (open-ended contract).
 */
import { stepIds, type StepId } from '@/lib/flow/questions';
import { DONT_KNOW, type AnswerTable, type Journey } from './wizard';

/** The questions about publishing the vacancy: never asked once a route without a labour market test is open. */
export const vacancySteps: StepId[] = ['vacancy', 'eures', 'publication-weeks', 'publication-start', 'recruitment-support', 'candidate'];

/**
 * The salary page's answer: the amount, and its unit where the authority lets one choose (Flanders:
 * year or month); Brussels asks a monthly amount only, Wallonia and the German-speaking Community an
 * annual one, without a choice.
 */
type SalaryAnswer = { salary: string; salaryPer?: 'year' | 'month'; thirteenth?: string };

/** A highly qualified candidate from India, abroad, hired on a Belgian contract, open-ended; the salary is set per authority. */
function highlySkilled(postcode: string, salary: SalaryAnswer): AnswerTable {
  return {
    case: { case: 'hire' },
    workplace: { postcode },
    nationality: { nationality: 'IN' },
    residence: { residence: 'abroad' },
    employment: { employment: 'employee' },
    contract: { contract: 'open' },
    salary,
    age: { age: '35' },
    qualification: { qualification: 'master' },
    experience: { experience: '5' },
    'job-level': { jobLevel: 'master' },
    'highly-qualified': { hqPosition: 'yes' },
    'nurse-or-teacher': { nurseTeacher: 'no' },
    executive: { executive: 'no' },
    ict: { ict: 'none' },
    'working-time': { fte: 'full' },
    'headquarters-executive': { hqExecutive: 'no' },
    'diploma-date': { diplomaDate: '2018-06-30' },
  };
}

/** A medium-skilled candidate (upper secondary) below every salary threshold; no vacancy published. */
function mediumSkilled(postcode: string, salary: SalaryAnswer): AnswerTable {
  return {
    case: { case: 'hire' },
    workplace: { postcode },
    nationality: { nationality: 'PH' },
    residence: { residence: 'abroad' },
    employment: { employment: 'employee' },
    contract: { contract: 'open' },
    salary,
    age: { age: '28' },
    qualification: { qualification: 'secondary' },
    experience: { experience: '4' },
    'job-level': { jobLevel: 'secondary' },
    'highly-qualified': { hqPosition: 'no' },
    'nurse-or-teacher': { nurseTeacher: 'no' },
    executive: { executive: 'no' },
    ict: { ict: 'none' },
    'working-time': { fte: 'full' },
    'shortage-list': { shortageList: 'no' },
    'pes-shortage-list': { pesShortageList: 'no' },
    vacancy: { published: 'no' },
    eures: { eures: 'no' },
    'publication-weeks': { weeks: '0' },
    'publication-start': { publishedFrom: '2026-06-01' },
    'recruitment-support': { support: 'no' },
    candidate: { candidate: 'no' },
  };
}

const highlySkilledExpected = (extra: Partial<Journey['expected']> = {}): Journey['expected'] => ({
  verdict: 'eligible',
  route: 'highly-skilled',
  routes: { 'highly-skilled': 'eligible' },
  asked: ['case', 'workplace', 'nationality', 'residence', 'employment', 'contract', 'salary', 'qualification'],
  notAsked: vacancySteps,
  ...extra,
});

export const journeys: Journey[] = [
  {
    id: 'hs-flanders',
    title: 'a highly skilled hire in Flanders (9000 Gent, €70,000 a year)',
    answers: highlySkilled('9000', { salary: '70000', salaryPer: 'year' }),
    maxSteps: 12,
    expected: highlySkilledExpected({ routes: { 'highly-skilled': 'eligible', 'eu-blue-card': 'eligible' } }),
  },
  {
    id: 'hs-brussels',
    title: 'a highly skilled hire in Brussels (1000, €5,000 a month)',
    answers: highlySkilled('1000', { salary: '5000' }),
    maxSteps: 12,
    expected: highlySkilledExpected(),
  },
  {
    id: 'hs-wallonia',
    title: 'a highly skilled hire in Wallonia (4000 Liège, €70,000 a year)',
    answers: highlySkilled('4000', { salary: '70000' }),
    maxSteps: 12,
    expected: highlySkilledExpected(),
  },
  {
    id: 'hs-german-speaking',
    title: 'a highly skilled hire in the German-speaking Community (4700 Eupen, €90,000 a year, open-ended)',
    answers: highlySkilled('4700', { salary: '90000' }),
    maxSteps: 12,
    // Hired on a Belgian contract: the salary alone decides (no diploma condition is known for the DG).
    expected: highlySkilledExpected({ asked: ['case', 'workplace', 'nationality', 'residence', 'employment', 'contract', 'salary'] }),
  },
  {
    id: 'shortage',
    title: 'a shortage-occupation hire in Flanders (2000 Antwerpen): a roofer, found by searching the migration shortage list',
    // The search (a GET form) finds "roofer" by a word of any of its four titles.
    answers: { ...mediumSkilled('2000', { salary: '32000', salaryPer: 'year' }), 'shortage-list': { q: 'roof', shortageList: 'roofer' } },
    maxSteps: 15,
    expected: {
      verdict: 'eligible',
      route: 'shortage-occupation',
      routes: { 'shortage-occupation': 'eligible', 'highly-skilled': 'ineligible' },
      asked: ['shortage-list', 'working-time'],
      notAsked: vacancySteps,
    },
  },
  {
    id: 'labour-market-test',
    title: 'a labour-market-test hire in Flanders (9 weeks on VDAB and EURES from 3 August 2026): earliest filing date',
    answers: {
      ...mediumSkilled('9000', { salary: '30000', salaryPer: 'year' }),
      nationality: { nationality: 'MA' },
      'pes-shortage-list': { pesShortageList: 'yes' },
      vacancy: { published: 'yes' },
      eures: { eures: 'yes' },
      'publication-weeks': { weeks: '9' },
      'publication-start': { publishedFrom: '2026-08-03' },
      candidate: { candidate: 'no' },
    },
    maxSteps: 21,
    expected: {
      verdict: 'eligible',
      route: 'labour-market-test',
      routes: { 'labour-market-test': 'eligible', 'shortage-occupation': 'ineligible', 'highly-skilled': 'ineligible' },
      asked: ['shortage-list', 'pes-shortage-list', 'vacancy', 'eures', 'publication-weeks', 'publication-start', 'candidate'],
      // 3 August 2026 + 9 weeks
      earliestFiling: '2026-10-05',
    },
  },
  {
    id: 'eu-national',
    title: 'an EU national (French): no permit needed',
    answers: { case: { case: 'hire' }, workplace: { postcode: '9000' }, nationality: { nationality: 'FR' } },
    maxSteps: 3,
    expected: { verdict: 'permit-not-required', reason: 'eea-national', route: null, path: ['case', 'workplace', 'nationality'] },
  },
  {
    id: 'short-stay',
    title: 'a 60-day job: out of scope (short stay)',
    answers: {
      case: { case: 'hire' },
      workplace: { postcode: '1000' },
      nationality: { nationality: 'IN' },
      residence: { residence: 'abroad' },
      employment: { employment: 'employee' },
      contract: { contract: 'fixed', length: '60', lengthUnit: 'days' },
      'short-business': { shortBusiness: 'no' },
    },
    maxSteps: 7,
    expected: {
      verdict: 'out-of-scope',
      reason: 'short-stay',
      route: null,
      // In Brussels, short business activities are exempt: asked before the 90-day procedure decides.
      path: ['case', 'workplace', 'nationality', 'residence', 'employment', 'contract', 'short-business'],
    },
  },
  {
    id: 'dont-know',
    title: '"I don\'t know" to every question (4000 Liège): undetermined, unknown checks shown',
    answers: {
      workplace: { postcode: '4000' },
      employment: { employment: 'employee' },
      // Every other question of the flow (lib/flow/questions.ts), so that a new question is covered too.
      ...Object.fromEntries(stepIds.filter((s) => !['workplace', 'region', 'employment'].includes(s)).map((s) => [s, DONT_KNOW])),
    },
    maxSteps: 32,
    expected: {
      verdict: 'undetermined',
      route: null,
      routes: { 'highly-skilled': 'unknown', 'labour-market-test': 'unknown' },
      asked: ['nationality', 'residence', 'contract', 'salary', 'qualification'],
    },
  },
];

/**
 * Three journeys of the issue tracker, pinned question by question so that their length is
 * measured (the report of issue 11 counts them): before the kind of move was asked first they took
 * 8, 8 and 9 questions, and skipped the ones that define the case (age and profession, the transfer,
 * the ICT role); now 13, 12 and 14.
 */
export const namedJourneys: Journey[] = [
  {
    id: 'ghent-nurse',
    title: 'a hospital in Ghent hires a 26-year-old nurse at €38,000 a year (below the 80% threshold of €39,129.60)',
    answers: {
      case: { case: 'hire' },
      workplace: { postcode: '9000' },
      nationality: { nationality: 'PH' },
      residence: { residence: 'abroad' },
      employment: { employment: 'employee' },
      contract: { contract: 'open' },
      salary: { salary: '38000', salaryPer: 'year' },
      'working-time': { fte: 'full' },
      age: { age: '26' },
      qualification: { qualification: 'bachelor' },
      'job-level': { jobLevel: 'bachelor' },
      'highly-qualified': { hqPosition: 'yes' },
      'nurse-or-teacher': { nurseTeacher: 'yes' },
      executive: { executive: 'no' },
    },
    maxSteps: 13,
    expected: {
      verdict: 'not-eligible',
      route: null,
      path: ['case', 'workplace', 'nationality', 'residence', 'employment', 'contract', 'salary', 'working-time', 'age', 'qualification', 'job-level', 'highly-qualified', 'executive'],
    },
  },
  {
    id: 'antwerp-ict-manager',
    title: 'an office in Antwerp: a manager transferred within a Japanese group (€95,000 a year, 3 years)',
    answers: {
      case: { case: 'group-transfer' },
      workplace: { postcode: '2000' },
      nationality: { nationality: 'JP' },
      residence: { residence: 'abroad' },
      employment: { employment: 'employee' },
      contract: { contract: 'fixed', length: '3', lengthUnit: 'years' },
      salary: { salary: '95000', salaryPer: 'year' },
      'working-time': { fte: 'full' },
      'posting-employer': { postingEmployer: 'outside-eea' },
      qualification: { qualification: 'master' },
      'highly-qualified': { hqPosition: 'yes' },
      transfer: { transfer: 'manager' },
      age: { age: '45' },
    },
    maxSteps: 12,
    expected: {
      verdict: 'eligible',
      // The route made for the case (lib/rules/recommend.ts caseRoute), though the highly skilled route may be open too.
      route: 'intra-corporate-transfer',
      path: ['case', 'workplace', 'posting-employer', 'transfer', 'nationality', 'residence', 'employment', 'contract', 'salary', 'working-time', 'qualification', 'age'],
    },
  },
  {
    id: 'brussels-developer',
    title: 'a Brussels startup: a developer with five years of experience and no degree (€4,500 a month)',
    answers: {
      case: { case: 'hire' },
      workplace: { postcode: '1000' },
      nationality: { nationality: 'IN' },
      residence: { residence: 'abroad' },
      employment: { employment: 'employee' },
      contract: { contract: 'open' },
      salary: { salary: '4500' },
      'working-time': { fte: 'full' },
      qualification: { qualification: 'none' },
      experience: { experience: '5' },
      ict: { ict: 'specialist' },
      // The Brussels list in force (from July 2026) was not found: no search, yes / no / I don't know.
      'shortage-list': { shortageList: 'no' },
      vacancy: { published: 'no' },
      'recruitment-support': { support: 'no' },
    },
    maxSteps: 14,
    expected: {
      // The ICT role is asked: as an ICT specialist with five years' experience the Blue Card's salary is what stands in the way.
      verdict: 'not-eligible',
      route: null,
      path: ['case', 'workplace', 'nationality', 'residence', 'employment', 'contract', 'salary', 'working-time', 'qualification', 'experience', 'ict', 'shortage-list', 'vacancy', 'recruitment-support'],
    },
  },
];

export const journey = (id: string): Journey => {
  const j = [...journeys, ...namedJourneys].find((x) => x.id === id);
  if (!j) throw new Error(`no journey ${id}`);
  return j;
};

/**
 * The changed-answer journey: a highly skilled hire in Wallonia (eligible), then on the check-answers
 * page the salary goes down to €45,000 (below €53,220): new questions are asked, the journey comes
 * back to check answers and the result is no longer eligible.
 */
export const changedSalary = {
  before: journey('hs-wallonia'),
  after: {
    id: 'hs-wallonia-lower-salary',
    title: 'the same hire at €45,000 a year',
    answers: { ...mediumSkilled('4000', { salary: '45000' }), ...highlySkilled('4000', { salary: '45000' }) },
    maxSteps: 12,
    expected: {
      verdict: 'not-eligible',
      route: null,
      routes: { 'highly-skilled': 'ineligible', 'labour-market-test': 'ineligible' },
    },
  } satisfies Journey,
  newSalary: { salary: '45000' },
};
