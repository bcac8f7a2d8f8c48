/**
 * The answers of ../shared/api-contract.md as a zod schema: the one definition shared by the
 * public API, the wizard's server actions and its client-side validation.
 *
 * Every field but `workplace` is optional: a missing answer makes the checks that need it `unknown`.
 * Objects are strict: an unknown key is an error (a misspelt field must not silently become "unknown").
 * Extensions to the v1 contract are marked "extension".
 */
import { z } from 'zod';
import { authorityIds } from './types';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: 'invalid_date' });

export const regionSchema = z.enum(authorityIds);
export const residenceValues = [
  'abroad',
  'belgium-unlimited-labour-market',
  'belgium-other',
  'eu-long-term-resident',
  'uk-withdrawal-agreement',
] as const;
export const triAnswer = z.enum(['yes', 'no', 'unsure']);

export const workplaceSchema = z
  .strictObject({
    postcode: z.string().regex(/^\d{4}$/, { error: 'invalid_postcode' }).optional(),
    region: regionSchema.optional(),
  })
  .refine((w) => w.postcode !== undefined || w.region !== undefined, { error: 'workplace_required' });

export const salarySchema = z.strictObject({
  amount: z.number().finite().positive().max(10_000_000),
  period: z.enum(['year', 'month']),
});

export const workerSchema = z.strictObject({
  nationality: z.string().regex(/^[A-Z]{2}$/, { error: 'invalid_country' }).optional(),
  age: z.number().int().min(15).max(100).optional(),
  highestQualificationEqf: z.number().int().min(0).max(8).optional(),
  relevantExperienceYears: z.number().finite().min(0).max(7).optional(),
  residence: z.enum(residenceValues).optional(),
});

export const jobSchema = z.strictObject({
  employment: z.enum(['employee', 'self-employed']).optional(),
  durationDays: z.number().int().min(1).max(36_500).nullable().optional(),
  grossSalary: salarySchema.optional(),
  fte: z.number().finite().gt(0).max(1).optional(),
  requiredQualificationEqf: z.number().int().min(0).max(8).optional(),
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
});

export const vacancySchema = z.strictObject({
  publishedWithPes: z.boolean().optional(),
  publishedOnEures: z.boolean().optional(),
  continuousWeeks: z.number().int().min(0).max(520).optional(),
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
