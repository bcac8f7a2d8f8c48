/**
 * The wizard's questions, in the order they are asked. Each is an instance of a kind
 * (lib/flow/kinds/*.ts), which owns its parsing, validation, answer, form and summary; the step ids
 * and the query-string keys are derived from this list. Pure: no React, no Next.js, no eligibility
 * (that is lib/rules), no rules data beyond the country codes; safe to import in the browser.
 *
 * Order: the kind of move first (always), then the workplace; the role of a group transfer;
 * exemptions early (the posting employer and post-doctoral fellows after the case, students after the residence, short business
 * activities after the contract, headquarters executives after the salary, which decides whether
 * that exemption can apply); the working time right after the salary (the pay actually received is
 * salary × working time); then the route questions. Which of
 * them are asked is next.ts's business (the rules say which answers still matter).
 */
import { answerFields } from '@/lib/rules/answer-fields';
import type { Job, Worker } from '@/lib/rules/answers';
import { caseQuestion } from './kinds/case';
import { choice, yesNo, yesNoQuestion } from './kinds/choice';
import { nationality } from './kinds/country';
import { dateQuestion } from './kinds/date';
import { contract } from './kinds/duration';
import { workingTime } from './kinds/fte';
import { UNKNOWN, type Question, type Translate } from './kinds/kind';
import { numberQuestion } from './kinds/number';
import { shortageList } from './kinds/occupation';
import { salary } from './kinds/salary';
import { region, workplace } from './kinds/workplace';

export { UNKNOWN } from './kinds/kind';
// The rules' answers for these values (here too, for the pages that read them with the questions).
export { toAnswers, type FlowOptions } from './answers';
export type { CheckContext, DraftAnswers, FieldIssue, FormValues, NumberParser, Question, UnknownStyle, ValidationResult } from './kinds/kind';

/** Highest qualification in plain words, from lowest to highest, and its EQF level. */
export const qualificationLevels = {
  none: 0,
  vocational: 3,
  secondary: 4,
  'short-cycle': 5,
  bachelor: 6,
  master: 7,
  doctorate: 8,
} as const;
export type QualificationLevel = keyof typeof qualificationLevels;
const levelOptions = Object.keys(qualificationLevels) as QualificationLevel[];
const levelLabel = (v: string, t: Translate) => t(`levels.${v}`);
const levelHint = (v: string, ctx: { has(k: string): boolean; t: Translate }) => (ctx.has(`levelHints.${v}`) ? ctx.t(`levelHints.${v}`) : undefined);

/** Residence options in the order shown (the common case first). */
const residenceOptions = ['abroad', 'belgium-other', 'belgium-unlimited-labour-market', 'eu-long-term-resident', 'uk-withdrawal-agreement'] as const satisfies readonly Worker['residence'][];

/** The list of question pages, in the order asked (the region page is the workplace's alternative). */
export const questions = [
  caseQuestion,
  workplace,
  region,
  choice({
    id: 'posting-employer',
    key: 'postingEmployer',
    paths: ['job.postingEmployer'],
    section: 'case',
    options: answerFields.postingEmployer.options,
    unknown: 'option',
    apply: (v, d) => {
      if (v) d.job.postingEmployer = v as Job['postingEmployer'];
    },
  }),
  choice({
    id: 'transfer',
    key: 'transfer',
    paths: ['job.intraCorporateTransfer'],
    section: 'case',
    // A group transfer is defined by the transferee's role (Directive 2014/66/EU, art. 3): asked right after the case.
    askedWhen: (state) => state.case === 'group-transfer',
    options: [...answerFields.intraCorporateTransfer.options, 'none'],
    unknown: 'option',
    // The role within a group transfer; any other case has already said "no transfer".
    apply: (v, d, state) => {
      if (!v || (state.case !== undefined && state.case !== UNKNOWN && state.case !== 'group-transfer')) return;
      d.job.intraCorporateTransfer = v === 'none' ? null : (v as 'manager' | 'specialist' | 'trainee');
    },
  }),
  yesNoQuestion('post-doctoral', 'postDoc', 'job.postDoctoralFellowship', 'case', (v, d) => (d.job.postDoctoralFellowship = v)),
  nationality,
  choice({
    id: 'residence',
    key: 'residence',
    paths: ['worker.residence'],
    section: 'candidate',
    options: residenceOptions,
    unknown: 'option',
    apply: (v, d) => {
      if (v) d.worker.residence = v as Worker['residence'];
    },
  }),
  yesNoQuestion('student', 'student', 'job.studentWithinAllowedHours', 'candidate', (v, d) => (d.job.studentWithinAllowedHours = v)),
  choice({
    id: 'employment',
    key: 'employment',
    paths: ['job.employment'],
    section: 'job',
    options: answerFields.employment.options,
    unknown: 'none',
    apply: (v, d) => {
      if (v) d.job.employment = v as Job['employment'];
    },
  }),
  contract,
  yesNoQuestion('short-business', 'shortBusiness', 'job.shortBusinessActivities', 'job', (v, d) => (d.job.shortBusinessActivities = v)),
  salary,
  workingTime,
  yesNoQuestion('headquarters-executive', 'hqExecutive', 'job.headquartersExecutive', 'job', (v, d) => (d.job.headquartersExecutive = v)),
  numberQuestion({ id: 'age', key: 'age', path: 'worker.age', section: 'candidate', schema: answerFields.age, inputMode: 'numeric', set: (v, d) => (d.worker.age = v) }),
  choice({
    id: 'qualification',
    key: 'qualification',
    paths: ['worker.highestQualificationEqf'],
    section: 'candidate',
    options: levelOptions,
    unknown: 'option',
    label: levelLabel,
    hint: levelHint,
    apply: (v, d) => {
      if (v) d.worker.highestQualificationEqf = qualificationLevels[v as QualificationLevel];
    },
  }),
  dateQuestion({
    id: 'diploma-date',
    key: 'diplomaDate',
    path: 'worker.higherEducationDiplomaDate',
    section: 'candidate',
    earliest: '1940-01-01',
    latest: '2100-12-31',
    set: (v, d) => (d.worker.higherEducationDiplomaDate = v),
  }),
  numberQuestion({
    id: 'experience',
    key: 'experience',
    path: 'worker.relevantExperienceYears',
    section: 'candidate',
    schema: answerFields.relevantExperienceYears,
    inputMode: 'decimal',
    set: (v, d) => (d.worker.relevantExperienceYears = v),
    summary: (n, ctx) => ctx.t('answers.years', { years: n }),
  }),
  choice({
    id: 'job-level',
    key: 'jobLevel',
    paths: ['job.requiredQualificationEqf'],
    section: 'job',
    options: levelOptions,
    unknown: 'option',
    label: (v, t) => (v === 'none' ? t('jobLevels.none') : t(`levels.${v}`)),
    hint: levelHint,
    apply: (v, d) => {
      if (v) d.job.requiredQualificationEqf = qualificationLevels[v as QualificationLevel];
    },
  }),
  yesNoQuestion('highly-qualified', 'hqPosition', 'job.highlyQualifiedPosition', 'job', (v, d) => (d.job.highlyQualifiedPosition = v)),
  yesNoQuestion('nurse-or-teacher', 'nurseTeacher', 'job.nurseOrTeacher', 'job', (v, d) => (d.job.nurseOrTeacher = v)),
  yesNoQuestion('executive', 'executive', 'job.executive', 'job', (v, d) => (d.job.executive = v)),
  choice({
    id: 'ict',
    key: 'ict',
    paths: ['job.ictRole'],
    section: 'job',
    options: ['specialist', 'manager', 'none'],
    unknown: 'option',
    apply: (v, d) => {
      if (v) d.job.ictRole = v as Job['ictRole'];
    },
  }),
  shortageList,
  choice({
    id: 'pes-shortage-list',
    key: 'pesShortageList',
    paths: ['job.onPesShortageList'],
    section: 'job',
    options: yesNo,
    unknown: 'option',
    // "I don't know" is the answer set's own "unsure".
    apply: (v, d) => (d.job.onPesShortageList = v === 'yes' || v === 'no' ? v : 'unsure'),
    links: (ctx) => {
      const official = ctx.lookups.officialListUrl('pes-study');
      return [...(official ? [{ href: official, label: ctx.s('link') }] : []), { href: ctx.lookups.listsPageHref('pes-study'), label: ctx.s('listsLink') }];
    },
  }),
  yesNoQuestion('vacancy', 'published', 'vacancy.publishedWithPes', 'vacancy', (v, d) => (d.vacancy.publishedWithPes = v)),
  yesNoQuestion('eures', 'eures', 'vacancy.publishedOnEures', 'vacancy', (v, d) => (d.vacancy.publishedOnEures = v)),
  numberQuestion({
    id: 'publication-weeks',
    key: 'weeks',
    path: 'vacancy.continuousWeeks',
    section: 'vacancy',
    schema: answerFields.continuousWeeks,
    inputMode: 'numeric',
    set: (v, d) => (d.vacancy.continuousWeeks = v),
    summary: (n, ctx) => ctx.t('answers.weeks', { weeks: n }),
  }),
  dateQuestion({
    id: 'publication-start',
    key: 'publishedFrom',
    path: 'vacancy.publishedFrom',
    section: 'vacancy',
    earliest: '2000-01-01',
    latest: '2100-12-31',
    set: (v, d) => (d.vacancy.publishedFrom = v),
  }),
  yesNoQuestion('recruitment-support', 'support', 'vacancy.pesRecruitmentSupport', 'vacancy', (v, d) => (d.vacancy.pesRecruitmentSupport = v)),
  yesNoQuestion('candidate', 'candidate', 'vacancy.suitableCandidateFound', 'vacancy', (v, d) => (d.vacancy.suitableCandidateFound = v)),
] as const satisfies readonly Question[];

type AnyQuestion = (typeof questions)[number];

export type StepId = AnyQuestion['id'];
/** Every query-string key the flow owns. Also the `name` of a form field. */
export type AnswerKey = AnyQuestion['keys'][number];
/** The wizard's answers as they live in the URL: normalized strings, "unknown" for "I don't know". */
export type FlowState = Partial<Record<AnswerKey, string>>;

export const stepIds: readonly StepId[] = questions.map((q) => q.id);
export const answerKeys: readonly AnswerKey[] = [...new Set(questions.flatMap((q) => q.keys as readonly AnswerKey[]))];

const byId = new Map<string, Question>(questions.map((q) => [q.id, q]));

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && byId.has(value);
}

export function getQuestion(id: StepId): Question<StepId, AnswerKey> {
  return byId.get(id)! as Question<StepId, AnswerKey>;
}

/** The questions that nextStep chooses from, in order (alternatives such as the region page excluded). */
export const orderedQuestions: readonly Question<StepId, AnswerKey>[] = questions.filter((q: Question) => !q.alternativeOf) as Question<StepId, AnswerKey>[];

/** The keys a step's form shows (the workplace page has only the postcode, the region page only the region). */
export function formKeysOf(step: StepId): readonly AnswerKey[] {
  const q = getQuestion(step);
  return q.formKeys ?? q.keys;
}
