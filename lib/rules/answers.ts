/**
 * The answers of ../shared/api-contract.md as a zod schema: the one definition shared by the
 * public API, the wizard's server actions and its client-side validation.
 *
 * Every field but `workplace` is optional: a missing answer makes the checks that need it `unknown`.
 * Objects are strict: an unknown key is an error (a misspelt field must not silently become "unknown").
 * Extensions to the v1 contract are marked "extension".
 */
import { z } from 'zod';
import { answerRanges, COUNTRY_CODE, isIsoDate, residenceValues, type NumberRange } from './answer-limits';
import { authorityIds } from './types';

export { residenceValues };

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' })
  .refine(isIsoDate, { error: 'invalid_date' });

/** A number schema from answer-limits.ts (the wizard checks the same ranges without zod). */
function inRange(r: NumberRange) {
  let n = r.integer ? z.number().int() : z.number().finite();
  n = r.minExclusive ? n.gt(r.min) : n.min(r.min);
  return n.max(r.max);
}

export const regionSchema = z.enum(authorityIds);
export const triAnswer = z.enum(['yes', 'no', 'unsure']);

export const workplaceSchema = z
  .strictObject({
    postcode: z.string().regex(/^\d{4}$/, { error: 'invalid_postcode' }).optional(),
    region: regionSchema.optional(),
  })
  .refine((w) => w.postcode !== undefined || w.region !== undefined, { error: 'workplace_required' });

export const salarySchema = z.strictObject({
  amount: inRange(answerRanges.salaryAmount),
  period: z.enum(['year', 'month']),
});

export const workerSchema = z.strictObject({
  nationality: z.string().regex(COUNTRY_CODE, { error: 'invalid_country' }).optional(),
  age: inRange(answerRanges.age).optional(),
  highestQualificationEqf: inRange(answerRanges.highestQualificationEqf).optional(),
  relevantExperienceYears: inRange(answerRanges.relevantExperienceYears).optional(),
  residence: z.enum(residenceValues).optional(),
  /** extension: the day the worker obtained a higher-education diploma (Walloon Blue Card "junior" amount). */
  higherEducationDiplomaDate: isoDate.optional(),
});

export const jobSchema = z.strictObject({
  employment: z.enum(['employee', 'self-employed']).optional(),
  durationDays: inRange(answerRanges.durationDays).nullable().optional(),
  grossSalary: salarySchema.optional(),
  fte: inRange(answerRanges.fte).optional(),
  requiredQualificationEqf: inRange(answerRanges.requiredQualificationEqf).optional(),
  highlyQualifiedPosition: z.boolean().optional(),
  nurseOrTeacher: z.boolean().optional(),
  ictRole: z.enum(['none', 'specialist', 'manager']).optional(),
  executive: z.boolean().optional(),
  intraCorporateTransfer: z.enum(['manager', 'specialist', 'trainee']).nullable().optional(),
  researcherHostingAgreement: z.boolean().optional(),
  onMigrationShortageList: triAnswer.optional(),
  onPesShortageList: triAnswer.optional(),
  /** extension: the worker stays employed by a foreign employer and is posted (seconded) to Belgium. */
  posted: z.boolean().optional(),
  /** extension: where the employer that posts the worker is established (with `posted: true`). */
  postingEmployer: z.enum(['eea', 'outside-eea']).optional(),
  /** extension: a 13th month is paid on top of double holiday pay (Flanders converts a monthly salary with 13.92 only then). */
  thirteenthMonth: z.boolean().optional(),
  /** extension: the stay is only short business activities (meetings, trade fairs, negotiations …), at most 90 days in 180. */
  shortBusinessActivities: z.boolean().optional(),
  /** extension: executive staff of the headquarters of an international group established in Belgium. */
  headquartersExecutive: z.boolean().optional(),
  /** extension: post-doctoral scholar paid by a fellowship (bourse / Stipendium). */
  postDoctoralFellowship: z.boolean().optional(),
  /** extension: a student in Belgium who works only within the hours students are allowed. */
  studentWithinAllowedHours: z.boolean().optional(),
  /** extension: id of an occupation on the competent authority's migration shortage list (lib/rules/data/shortage-lists.ts). */
  shortageOccupation: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'invalid_format' }).optional(),
});

export const vacancySchema = z.strictObject({
  publishedWithPes: z.boolean().optional(),
  publishedOnEures: z.boolean().optional(),
  continuousWeeks: inRange(answerRanges.continuousWeeks).optional(),
  publishedFrom: isoDate.optional(),
  pesRecruitmentSupport: z.boolean().optional(),
  suitableCandidateFound: z.boolean().optional(),
});

export const answersSchema = z.strictObject({
  asOf: isoDate.optional(),
  workplace: workplaceSchema,
  worker: workerSchema.optional(),
  job: jobSchema.optional(),
  vacancy: vacancySchema.optional(),
});

export type Answers = z.infer<typeof answersSchema>;
export type Worker = z.infer<typeof workerSchema>;
export type Job = z.infer<typeof jobSchema>;
export type Vacancy = z.infer<typeof vacancySchema>;
export type Residence = (typeof residenceValues)[number];
