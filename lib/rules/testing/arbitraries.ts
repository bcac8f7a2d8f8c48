/**
 * fast-check arbitraries of the answers schema (lib/rules/answers.ts), for the property tests.
 * Every generated value parses with answersSchema (a property test proves it).
 */
import fc from 'fast-check';
import type { Answers } from '../answers';
import { residenceValues } from '../answers';
import { authorityIds } from '../types';
import { shortageLists } from '../data/shortage-lists';

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });

/** Postcodes of every authority (Brussels, Flanders, Wallonia, the German-speaking Community) plus region-only. */
const workplace: fc.Arbitrary<Answers['workplace']> = fc.oneof(
  fc.constantFrom('1000', '1050', '2000', '9000', '3500', '4000', '5000', '1300', '4700', '4780', '4960').map((postcode) => ({ postcode })),
  fc.constantFrom(...authorityIds).map((region) => ({ region })),
);

/** Days from 2024-01-01 (the start of the data) to the end of 2026. */
const isoDay = fc.integer({ min: 0, max: 1095 }).map((n) => {
  const d = new Date(Date.UTC(2024, 0, 1) + n * 86400000);
  return d.toISOString().slice(0, 10);
});

/** Days from 2018 to the end of 2026 (diploma dates). */
const pastDay = fc.integer({ min: 0, max: 3287 }).map((n) => new Date(Date.UTC(2018, 0, 1) + n * 86400000).toISOString().slice(0, 10));

/** Occupation ids of every shortage list (lists in force and expired ones). */
const occupationIds = [...new Set(shortageLists.flatMap((l) => l.occupations.map((o) => o.id)))];

export const salaryArb = fc.record({
  amount: fc.oneof(fc.integer({ min: 1, max: 200000 }), fc.integer({ min: 100, max: 12_000_00 }).map((c) => c / 100)),
  period: fc.constantFrom('year' as const, 'month' as const),
});

export const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    workplace,
    worker: opt(
      fc.record(
        {
          nationality: fc.constantFrom('IN', 'US', 'BR', 'TR', 'FR', 'CH', 'GB', 'NO', 'MA', 'CN', 'XK'),
          age: fc.integer({ min: 15, max: 100 }),
          highestQualificationEqf: fc.integer({ min: 0, max: 8 }),
          relevantExperienceYears: fc.integer({ min: 0, max: 14 }).map((x) => x / 2),
          residence: fc.constantFrom(...residenceValues),
          higherEducationDiplomaDate: pastDay,
        },
        { requiredKeys: [] },
      ),
    ),
    job: opt(
      fc.record(
        {
          employment: fc.constantFrom('employee' as const, 'self-employed' as const),
          durationDays: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 3000 })),
          grossSalary: salaryArb,
          fte: fc.integer({ min: 1, max: 10 }).map((x) => x / 10),
          requiredQualificationEqf: fc.integer({ min: 0, max: 8 }),
          highlyQualifiedPosition: fc.boolean(),
          nurseOrTeacher: fc.boolean(),
          ictRole: fc.constantFrom('none' as const, 'specialist' as const, 'manager' as const),
          executive: fc.boolean(),
          intraCorporateTransfer: fc.constantFrom(null, 'manager' as const, 'specialist' as const, 'trainee' as const),
          researcherHostingAgreement: fc.boolean(),
          onMigrationShortageList: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
          onPesShortageList: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
          posted: fc.boolean(),
          postingEmployer: fc.constantFrom('eea' as const, 'outside-eea' as const),
          thirteenthMonth: fc.boolean(),
          shortBusinessActivities: fc.boolean(),
          headquartersExecutive: fc.boolean(),
          postDoctoralFellowship: fc.boolean(),
          studentWithinAllowedHours: fc.boolean(),
          ...(occupationIds.length ? { shortageOccupation: fc.constantFrom(...occupationIds) } : {}),
        },
        { requiredKeys: [] },
      ),
    ),
    vacancy: opt(
      fc.record(
        {
          publishedWithPes: fc.boolean(),
          publishedOnEures: fc.boolean(),
          continuousWeeks: fc.integer({ min: 0, max: 20 }),
          publishedFrom: isoDay,
          pesRecruitmentSupport: fc.boolean(),
          suitableCandidateFound: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: ['workplace'] },
) as fc.Arbitrary<Answers>;

/** Filing dates across the covered period. */
export const asOfArb = isoDay;
