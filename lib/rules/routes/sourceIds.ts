/**
 * The source ids (lib/rules/data/sources.ts) that checks, conditions and documents cite besides the
 * sources of the parameters they use. One place, typed: a renamed source fails the type check here.
 */
import type { SourceId } from '../data/sources';

export const S = {
  // Competence and procedure
  cooperationAgreement: 'cooperation-agreement-2018',
  workingInBelgium: 'workinginbelgium-fixed-term',
  workingInBelgiumShortStay: 'workinginbelgium-index',
  // Preliminary checks
  eeaAgreement: 'eea-agreement',
  swissAgreement: 'eu-swiss-free-movement',
  withdrawalAgreement: 'withdrawal-agreement',
  flandersWhoNeedsPermit: 'vlaanderen-who-needs-permit',
  brusselsExemptions: 'brussels-exemptions',
  immigrationOfficeGuide: 'dofi-single-permit',
  vanderElst: 'cjeu-vander-elst',
  vanderElstConditions: 'vanhavermaet-2020-vander-elst',
  eeaPostingOfficial: 'socialsecurity-working-in-belgium',
  limosa: 'limosa',
  dgExemptionList: 'ostbelgienlive-exemptions',
  reliance: 'reliance-littler-2024',
  // Highly skilled
  flandersHighlySkilled: 'vlaanderen-highly-skilled',
  flandersWages: 'vlaanderen-wages',
  brusselsHighlySkilled: 'brussels-minimum-remuneration',
  brusselsReform: 'reliance-littler-2024',
  brusselsSituation: 'brussels-your-situation',
  walloniaHighlySkilled: 'wallonia-highly-qualified',
  flandersReducedClause: 'agii-2024',
  dgHighlySkilled: 'ostbelgienlive-permits',
  // Blue Card
  blueCardDirective: 'directive-2021-1883',
  blueCardPostedBrussels: 'brussels-blue-card-former',
  walloniaBlueCard: 'wallonia-blue-card',
  // Executive
  flandersExecutive: 'vlaanderen-executive',
  walloniaExecutive: 'wallonia-decree-2024-06-06',
  dgExemptions: 'ostbelgienlive-exemptions',
  // ICT
  ictDirective: 'directive-2014-66',
  flandersIct: 'vlaanderen-ict',
  // Researcher
  researcherDirective: 'directive-2016-801',
  // Shortage
  flandersShortage: 'vlaanderen-medium-skilled-list',
  brusselsShortage: 'brussels-your-situation',
  walloniaShortage: 'wallonia-what-to-do',
  walloniaGeneral: 'wallonia-general-category',
  dgShortage: 'ostbelgienlive-permits',
  // Labour market test
  flandersLmt: 'vandelanotte-2024-06-27',
  flandersOther: 'vlaanderen-other',
  flandersLmt2026: 'fragomen-2025-12-17',
  emn2026: 'emn-belgium-2026',
  brusselsLmt: 'brussels-other-cases',
  walloniaLmt: 'wallonia-general-category',
  walloniaLmtForem: 'securex-2024',
  dgLmt: 'ostbelgienlive-permits',
  // Documents and fees
  federalDocuments: 'dofi-single-permit',
  flandersForms: 'vlaanderen-forms',
  brusselsAnnexes: 'brussels-annexes-blue-card',
  walloniaProcedure: 'wallonia-what-to-do',
  walloniaContract: 'wallonia-decree-2024-06-06-art-15',
  flandersContract2026: 'kpmg-2026-026',
  dofiFees: 'dofi-fee-faq',
} as const satisfies Record<string, SourceId>;
