/**
 * The answers of ../shared/api-contract.md as a zod schema: the one definition shared by the
 * public API, the wizard's server actions and its client-side validation (each answer's own schema
 * is in answer-fields.ts, which the wizard's question pages use in the browser with zod/mini).
 *
 * Every field but `workplace` is optional: a missing answer makes the checks that need it `unknown`.
 * Objects are strict: an unknown key is an error (a misspelt field must not silently become "unknown").
 * Extensions to the v1 contract are marked "extension".
 */
import { z } from 'zod';
import { answerFields as f, isoDate } from './answer-fields';
import { residenceValues } from './answer-limits';

export { residenceValues, isoDate };

/** A field of the answers: its schema in answer-fields.ts (zod/mini, also used by the wizard in the browser), optional here. */
const optional = z.optional;

export const regionSchema = f.region;
export const triAnswer = f.triAnswer;

export const workplaceSchema = z
  .strictObject({
    postcode: optional(f.postcode),
    region: optional(f.region),
  })
  .refine((w) => w.postcode !== undefined || w.region !== undefined, { error: 'workplace_required' });

export const salarySchema = z.strictObject({
  amount: f.salaryAmount,
  period: f.salaryPeriod,
});

export const workerSchema = z.strictObject({
  nationality: optional(f.nationality),
  age: optional(f.age),
  highestQualificationEqf: optional(f.highestQualificationEqf),
  relevantExperienceYears: optional(f.relevantExperienceYears),
  residence: optional(f.residence),
  /** extension: the day the worker obtained a higher-education diploma (Walloon Blue Card "junior" amount). */
  higherEducationDiplomaDate: optional(isoDate),
});

export const jobSchema = z.strictObject({
  employment: optional(f.employment),
  durationDays: optional(z.nullable(f.durationDays)),
  grossSalary: salarySchema.optional(),
  fte: optional(f.fte),
  requiredQualificationEqf: optional(f.requiredQualificationEqf),
  highlyQualifiedPosition: z.boolean().optional(),
  nurseOrTeacher: z.boolean().optional(),
  ictRole: optional(f.ictRole),
  executive: z.boolean().optional(),
  intraCorporateTransfer: optional(z.nullable(f.intraCorporateTransfer)),
  researcherHostingAgreement: z.boolean().optional(),
  onMigrationShortageList: optional(f.triAnswer),
  onPesShortageList: optional(f.triAnswer),
  /** extension: the worker stays employed by a foreign employer and is posted (seconded) to Belgium. */
  posted: z.boolean().optional(),
  /** extension: where the employer that posts the worker is established (with `posted: true`). */
  postingEmployer: optional(f.postingEmployer),
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
  shortageOccupation: optional(f.shortageOccupation),
});

export const vacancySchema = z.strictObject({
  publishedWithPes: z.boolean().optional(),
  publishedOnEures: z.boolean().optional(),
  continuousWeeks: optional(f.continuousWeeks),
  publishedFrom: optional(isoDate),
  pesRecruitmentSupport: z.boolean().optional(),
  suitableCandidateFound: z.boolean().optional(),
});

export const answersSchema = z.strictObject({
  asOf: optional(isoDate),
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
