/**
 * The answers of ../shared/api-contract.md as a zod schema: the one definition shared by the
 * public API, the wizard's server actions and its client-side validation (each answer's own schema
 * is in answer-fields.ts, which the wizard's question pages use in the browser with zod/mini).
 *
 * Every field but `workplace` is optional: a missing answer makes the checks that need it `unknown`.
 * Objects are strict: an unknown key is an error (a misspelt field must not silently become "unknown").
 * Every field carries its description (`.meta`): the OpenAPI document (lib/server/openapi.ts) is
 * generated from this schema. Extensions to the v1 contract say so in their description.
 */
import { z } from 'zod';
import { answerFields as f, isoDate } from './answer-fields';
import { residenceValues } from './answer-limits';

export { residenceValues, isoDate };

/** Prefix of the description of a request field added after v1 began (api-contract.md: optional, never required). */
const EXTENSION = 'Optional extension of v1:';

/** A field of the answers: its schema in answer-fields.ts (zod/mini, also used by the wizard in the browser), optional here. */
const optional = z.optional;

/** A required field with its description (zod/mini schemas have no .meta; a clone keeps answer-fields.ts untouched). */
function described<T extends z.core.$ZodType>(schema: T, description: string): T {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, { description });
  return copy;
}

// The refinement of isoDate (the date exists: no 2026-02-30) is what JSON Schema calls format "date".
z.globalRegistry.add(isoDate, { format: 'date' });

export const regionSchema = f.region;
export const triAnswer = f.triAnswer;

export const workplaceSchema = z
  .strictObject({
    postcode: optional(f.postcode).meta({ description: 'Belgian postcode (4 digits). It must exist.' }),
    region: optional(f.region).meta({ description: 'The competent authority, when no postcode is given.' }),
  })
  .refine((w) => w.postcode !== undefined || w.region !== undefined, { error: 'workplace_required' })
  .meta({
    id: 'Workplace',
    description: 'Where the work is done: a Belgian postcode or a region. If both are given they must agree (else 422 workplace_conflict).',
    // The refinement above, in JSON Schema.
    anyOf: [{ required: ['postcode'] }, { required: ['region'] }],
  });

export const salarySchema = z
  .strictObject({
    amount: described(f.salaryAmount, 'Gross amount in euro.'),
    period: described(f.salaryPeriod, 'The period the amount is paid for.'),
  })
  .meta({
    description:
      'Gross pay in euro for a full-time equivalent of the post. Each authority uses its own unit (Brussels: monthly base pay; the others: annual gross); ' +
      'a salary given in the other unit is converted only with the authority’s official rule, otherwise the salary check is unknown. ' +
      'Thresholds are compared with the pay actually received (grossSalary × fte).',
  });

export const workerSchema = z
  .strictObject({
    nationality: optional(f.nationality).meta({ description: 'ISO 3166-1 alpha-2 code, upper case. It must exist.' }),
    age: optional(f.age).meta({ description: 'Whole years on asOf.' }),
    highestQualificationEqf: optional(f.highestQualificationEqf).meta({ description: 'European Qualifications Framework level of the highest completed qualification, 0-8 (0 = none).' }),
    relevantExperienceYears: optional(f.relevantExperienceYears).meta({ description: 'Relevant professional experience, in years, within the 7 years before asOf.' }),
    residence: optional(f.residence).meta({
        description:
          'abroad | belgium-unlimited-labour-market (the residence card already says unlimited access to the labour market) | belgium-other | ' +
          'eu-long-term-resident (long-term resident status in another EU state) | uk-withdrawal-agreement (beneficiary of the EU-UK Withdrawal Agreement).',
      }),
    higherEducationDiplomaDate: optional(isoDate).meta({ description: `${EXTENSION} the day the worker obtained a higher-education diploma (decides the Walloon Blue Card's "junior" amount).` }),
  })
  .meta({ id: 'Worker', description: 'The worker.' });

export const jobSchema = z
  .strictObject({
    employment: optional(f.employment).meta({ description: 'employee or self-employed (self-employed → out-of-scope: the professional card applies).' }),
    durationDays: optional(z.nullable(f.durationDays)).meta({ description: 'Length of the contract in days; null = open-ended. 90 days or less → out-of-scope (short-stay procedure).' }),
    grossSalary: salarySchema.optional(),
    fte: optional(f.fte).meta({ description: 'Working time as a fraction of full time: 0 < fte ≤ 1.' }),
    requiredQualificationEqf: optional(f.requiredQualificationEqf).meta({ description: 'EQF level the position itself requires.' }),
    highlyQualifiedPosition: z.boolean().optional().meta({ description: 'The post is a highly qualified position.' }),
    nurseOrTeacher: z.boolean().optional().meta({ description: 'The post is a nurse or teacher position.' }),
    ictRole: optional(f.ictRole).meta({ description: 'The post is an ICT specialist or ICT manager position (none: neither).' }),
    executive: z.boolean().optional().meta({ description: 'The post is a managerial or executive staff position.' }),
    intraCorporateTransfer: optional(z.nullable(f.intraCorporateTransfer)).meta({ description: 'A transfer within a group from outside the EU, as manager, specialist or trainee; null = not a transfer.' }),
    researcherHostingAgreement: z
      .boolean()
      .optional()
      .meta({ description: 'A hosting agreement with an approved research organisation exists.' }),
    onMigrationShortageList: optional(triAnswer).meta({ description: 'The occupation is on the region’s shortage list for migration purposes.' }),
    onPesShortageList: optional(triAnswer).meta({ description: 'The occupation is on the public employment service’s broader shortage study (Flanders: VDAB).' }),
    posted: z
      .boolean()
      .optional()
      .meta({ description: `${EXTENSION} the worker stays employed by a foreign employer and is posted (seconded) to Belgium.` }),
    postingEmployer: optional(f.postingEmployer).meta({ description: `${EXTENSION} where the employer that posts the worker is established (with posted: true).` }),
    thirteenthMonth: z.boolean().optional().meta({
      description: `${EXTENSION} a 13th month is paid on top of double holiday pay (Flanders converts between a monthly and an annual salary with 13.92 only then).`,
    }),
    shortBusinessActivities: z.boolean().optional().meta({
      description: `${EXTENSION} the stay is only short business activities (meetings, trade fairs, negotiations …), at most 90 days in 180.`,
    }),
    headquartersExecutive: z
      .boolean()
      .optional()
      .meta({ description: `${EXTENSION} executive staff of the headquarters of an international group established in Belgium.` }),
    postDoctoralFellowship: z
      .boolean()
      .optional()
      .meta({ description: `${EXTENSION} a post-doctoral scholar paid by a fellowship (bourse / Stipendium).` }),
    studentWithinAllowedHours: z
      .boolean()
      .optional()
      .meta({ description: `${EXTENSION} a student in Belgium who works only within the hours students are allowed to work.` }),
    shortageOccupation: optional(f.shortageOccupation).meta({ description: `${EXTENSION} id of an occupation on the competent authority’s migration shortage list (lower-case letters, digits and hyphens).` }),
  })
  .meta({ id: 'Job', description: 'The job.' });

export const vacancySchema = z
  .strictObject({
    publishedWithPes: z
      .boolean()
      .optional()
      .meta({ description: 'The vacancy was published with the region’s public employment service (VDAB, Actiris, Forem, ADG).' }),
    publishedOnEures: z.boolean().optional().meta({ description: 'The vacancy was published on EURES.' }),
    continuousWeeks: optional(f.continuousWeeks).meta({ description: 'Longest continuous publication period, in weeks.' }),
    publishedFrom: optional(isoDate).meta({ description: 'First day of that period, when known.' }),
    pesRecruitmentSupport: z
      .boolean()
      .optional()
      .meta({ description: 'The employer used the service’s recruitment or pre-selection support (Actiris, Forem).' }),
    suitableCandidateFound: z.boolean().optional().meta({ description: 'A suitable candidate was found on the labour market.' }),
  })
  .meta({ id: 'Vacancy', description: 'The publication of the vacancy (labour market test).' });

export const answersSchema = z
  .strictObject({
    asOf: optional(isoDate).meta({
      description:
        'Date on which the application would be filed (default: today in Europe/Brussels). It must lie within the dates the rules data covers (see the request body), else 422 at path asOf.',
    }),
    workplace: workplaceSchema,
    worker: workerSchema.optional(),
    job: jobSchema.optional(),
    vacancy: vacancySchema.optional(),
  })
  .meta({
    id: 'Answers',
    description:
      'The answers. Every field is optional except workplace: a missing answer is not an error, the checks that need it come back unknown. ' +
      'Unknown fields are refused (422), so that a misspelt field never silently becomes "unknown".',
  });

export type Answers = z.infer<typeof answersSchema>;
export type Worker = z.infer<typeof workerSchema>;
export type Job = z.infer<typeof jobSchema>;
export type Vacancy = z.infer<typeof vacancySchema>;
export type Residence = (typeof residenceValues)[number];
