/**
 * Shortage-occupation lists per competent authority, as far as ../shared/reference/belgian-rules.md
 * (§5) knows them. The reference has only partial lists: the full titles of the current Flemish,
 * Brussels and Walloon migration lists were NOT FOUND. We therefore keep, per list, the count *as
 * stated* by its source (or null), an honest `completeness`, and only the occupations the sources
 * name, each with its status ("reported added", "reported removed", …) and its sources.
 *
 * Titles: the reference gives most titles in English (a few in Dutch). The other languages are our
 * translations, made with the official occupational vocabulary of each language; `sourceLanguage`
 * says which title is the one the source used.
 *
 * The official list is always linked (`officialSources`): the tool never claims to replace it.
 * Pure data: no React, no Next.js.
 */
import type { AuthorityId, Confidence, IsoDate } from '../types';

export type TitleLanguage = 'nl' | 'fr' | 'de' | 'en';
export type Titles = Record<TitleLanguage, string>;

/**
 * What the source says about the occupation on this list.
 * - `listed`: named as being on the list (partial title lists).
 * - `added` / `removed` / `kept`: reported change compared to the previous list.
 * - `new-entry`: reported new entry of a study list (VDAB).
 * - `proposed-added` / `proposed-removed`: proposed in a draft, not confirmed in the final text.
 */
export type OccupationStatus = 'listed' | 'added' | 'removed' | 'kept' | 'new-entry' | 'proposed-added' | 'proposed-removed';

export interface ShortageOccupation {
  id: string;
  titles: Titles;
  /** Language of the title as the source gave it; the others are translations. */
  sourceLanguage: TitleLanguage;
  status: OccupationStatus;
  confidence: Confidence;
  /** Source ids (lib/rules/data/sources.ts). At least one. */
  sources: string[];
}

/**
 * - `full`: every title is known (none is, today).
 * - `partial`: some titles are known.
 * - `changes-only`: only reported additions and removals are known, not the list itself.
 * - `count-only`: only the number of occupations is known.
 * - `not-found`: the list was not found at all.
 */
export type Completeness = 'full' | 'partial' | 'changes-only' | 'count-only' | 'not-found';

/**
 * - `migration`: the list for foreign workers (no labour market test): the shortage-occupation route.
 * - `pes-study`: the public employment service's broader shortage study (Flanders: VDAB), which the
 *   Flemish labour-market-test route requires.
 */
export type ShortageListKind = 'migration' | 'pes-study';

export interface ShortageList {
  id: string;
  authority: AuthorityId;
  kind: ShortageListKind;
  /** First day the list applies, or null when the source gives only a publication period. */
  validFrom: IsoDate | null;
  /** Last day (inclusive), or null when open-ended or unknown. */
  validTo: IsoDate | null;
  /** Number of occupations as the source states it, or null when no count was confirmed. */
  count: number | null;
  countConfidence: Confidence;
  completeness: Completeness;
  /** Sources of the count and validity. At least one. */
  sources: string[];
  /** Where the official list is (or where the authority publishes it). At least one. */
  officialSources: string[];
  /** Key under `guide.shortage.notes` with what the reference says besides the titles (conflicts, history). */
  notes: string[];
  occupations: ShortageOccupation[];
}

function t(nl: string, fr: string, de: string, en: string): Titles {
  return { nl, fr, de, en };
}

export const shortageLists: ShortageList[] = [
  // ---------------------------------------------------------------- Flanders (a): migration list
  {
    id: 'flanders-migration-2026',
    authority: 'flanders',
    kind: 'migration',
    validFrom: '2026-01-01',
    validTo: null,
    count: 21,
    countConfidence: 'secondary',
    completeness: 'changes-only',
    sources: ['voka-2025-migration-list', 'vandelanotte-2026-02-26'],
    officialSources: ['vlaanderen-medium-skilled-list'],
    notes: ['flandersTitlesNotFound', 'flandersRemovedTen', 'flandersAddedSeven', 'flandersVisaHqConflict', 'flandersMediumSkilled'],
    occupations: [
      { id: 'truck-driver', titles: t('vrachtwagenchauffeur', 'chauffeur poids lourd', 'Lkw-Fahrer', 'truck driver'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['voka-2025-migration-list'] },
      { id: 'baker', titles: t('bakker', 'boulanger', 'Bäcker', 'baker'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['voka-2025-migration-list'] },
      { id: 'butcher', titles: t('slager', 'boucher', 'Fleischer (Metzger)', 'butcher'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['voka-2025-migration-list'] },
      { id: 'bus-coach-driver', titles: t('autobus- en autocarchauffeur', "chauffeur d'autobus et d'autocar", 'Bus- und Reisebusfahrer', 'bus and coach driver'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['voka-2025-migration-list'] },
      { id: 'sanitary-installer', titles: t('sanitair installateur', 'installateur sanitaire', 'Sanitärinstallateur', 'sanitary installer'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['voka-2025-migration-list'] },
      { id: 'asbestos-remover', titles: t('asbestverwijderaar', 'désamianteur', 'Asbestsanierer', 'asbestos remover'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['vandelanotte-2026-02-26'] },
      { id: 'diamond-cutter', titles: t('diamantslijper', 'tailleur de diamant', 'Diamantschleifer', 'diamond cutter'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['vandelanotte-2026-02-26'] },
      { id: 'roofer', titles: t('dakdekker', 'couvreur', 'Dachdecker', 'roofer'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['vandelanotte-2026-02-26'] },
      { id: 'drilling-machine-operator', titles: t('boormachinist', 'opérateur de machine de forage', 'Bohrgeräteführer', 'drilling machine operator'), sourceLanguage: 'nl', status: 'proposed-removed', confidence: 'secondary', sources: ['de-tijd-2025-draft-migration-list'] },
      { id: 'lift-installer', titles: t('installateur liften', "installateur d'ascenseurs", 'Aufzugsmonteur', 'lift installer'), sourceLanguage: 'nl', status: 'proposed-removed', confidence: 'secondary', sources: ['de-tijd-2025-draft-migration-list'] },
      { id: 'floor-tile-layer', titles: t('vloerder-tegelzetter', 'carreleur', 'Fliesen- und Bodenleger', 'floor and tile layer'), sourceLanguage: 'nl', status: 'proposed-removed', confidence: 'secondary', sources: ['de-tijd-2025-draft-migration-list'] },
      { id: 'data-network-installer', titles: t('installateur datacommunicatienetwerken', 'installateur de réseaux de communication de données', 'Installateur für Datenkommunikationsnetze', 'data communication network installer'), sourceLanguage: 'nl', status: 'proposed-added', confidence: 'secondary', sources: ['de-tijd-2025-draft-migration-list'] },
      { id: 'chemical-plant-operator', titles: t('operator installaties (chemie)', "opérateur d'installations (chimie)", 'Anlagenbediener (Chemie)', 'plant operator (chemicals)'), sourceLanguage: 'nl', status: 'proposed-added', confidence: 'secondary', sources: ['de-tijd-2025-draft-migration-list'] },
    ],
  },
  {
    id: 'flanders-migration-2023',
    authority: 'flanders',
    kind: 'migration',
    validFrom: '2023-09-01',
    // Replaced by the list of 21 functions from 1 January 2026.
    validTo: '2025-12-31',
    count: 29,
    countConfidence: 'secondary',
    completeness: 'partial',
    sources: ['vlex-2023-migration-list'],
    officialSources: ['vlaanderen-medium-skilled-list'],
    notes: ['flanders2023ForReference'],
    occupations: [
      { id: 'construction-machine-operator', titles: t('machinist bouwmachines', "conducteur d'engins de chantier", 'Baumaschinenführer', 'construction machine operator'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['vlex-2023-migration-list'] },
      { id: 'drilling-piling-operator', titles: t('machinist boor- en heiwerken', 'opérateur de forage et de battage de pieux', 'Bohr- und Rammgeräteführer', 'drilling and piling operator'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['vlex-2023-migration-list'] },
      { id: 'truck-driver-c-ce', titles: t('vrachtwagenchauffeur C/CE', 'chauffeur poids lourd C/CE', 'Lkw-Fahrer C/CE', 'truck driver C/CE'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['vlex-2023-migration-list'] },
      { id: 'bus-coach-driver-d', titles: t('autobus- en autocarchauffeur D', "chauffeur d'autobus et d'autocar D", 'Bus- und Reisebusfahrer D', 'coach and bus driver D'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['vlex-2023-migration-list'] },
      { id: 'maintenance-mechanic', titles: t('onderhoudsmecanicien', "mécanicien d'entretien", 'Wartungsmechaniker', 'maintenance mechanic'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['vlex-2023-migration-list'] },
    ],
  },
  // ---------------------------------------------------------------- Flanders (b): VDAB study
  {
    id: 'flanders-vdab-2026',
    authority: 'flanders',
    kind: 'pes-study',
    // "Published early 2026": the sources give no first day of application.
    validFrom: null,
    validTo: null,
    count: 227,
    countConfidence: 'secondary',
    completeness: 'partial',
    sources: ['focus-wtv-2026-vdab', 'brussels-times-2026-vdab'],
    officialSources: ['vdab-home', 'vlaanderen-medium-skilled-list'],
    notes: ['vdabPublishedEarly2026', 'vdabNotMigrationList'],
    occupations: [
      { id: 'railway-worker', titles: t('spoorwegarbeider', 'ouvrier des chemins de fer', 'Gleisbauer (Bahnarbeiter)', 'railway worker'), sourceLanguage: 'en', status: 'new-entry', confidence: 'secondary', sources: ['focus-wtv-2026-vdab', 'brussels-times-2026-vdab'] },
      { id: 'soldier-sailor', titles: t('militair (soldaat of matroos)', 'militaire (soldat ou matelot)', 'Soldat oder Matrose', 'soldier or sailor'), sourceLanguage: 'en', status: 'new-entry', confidence: 'secondary', sources: ['focus-wtv-2026-vdab', 'brussels-times-2026-vdab'] },
      { id: 'beautician', titles: t('schoonheidsspecialist', 'esthéticien', 'Kosmetiker', 'beautician'), sourceLanguage: 'en', status: 'new-entry', confidence: 'secondary', sources: ['focus-wtv-2026-vdab', 'brussels-times-2026-vdab'] },
      { id: 'personal-assistant-disability', titles: t('persoonlijk assistent voor personen met een handicap', 'assistant personnel pour personnes en situation de handicap', 'persönlicher Assistent für Menschen mit Behinderung', 'personal assistant for people with a disability'), sourceLanguage: 'en', status: 'new-entry', confidence: 'secondary', sources: ['focus-wtv-2026-vdab', 'brussels-times-2026-vdab'] },
    ],
  },
  // ---------------------------------------------------------------- Brussels
  {
    id: 'brussels-2026',
    authority: 'brussels',
    kind: 'migration',
    validFrom: '2026-07-01',
    validTo: null,
    count: null,
    countConfidence: 'unverified',
    completeness: 'not-found',
    sources: ['brussels-bottleneck-annexes'],
    officialSources: ['brussels-bottleneck-annexes'],
    notes: ['brussels2026NotFound'],
    occupations: [],
  },
  {
    id: 'brussels-2025',
    authority: 'brussels',
    kind: 'migration',
    validFrom: '2025-07-01',
    validTo: '2026-06-30',
    count: 81,
    countConfidence: 'low',
    completeness: 'changes-only',
    sources: ['visasupdate-2025-brussels-list'],
    officialSources: ['brussels-bottleneck-annexes'],
    notes: ['brusselsEmn82', 'brusselsSalesCut', 'brusselsCodesNotFound', 'brusselsNotCriticalFunctions'],
    occupations: [
      { id: 'home-cleaner', titles: t('huishoudhulp', 'aide ménager', 'Haushaltshilfe', 'home cleaner'), sourceLanguage: 'en', status: 'removed', confidence: 'low', sources: ['visasupdate-2025-brussels-list'] },
      { id: 'hairdresser', titles: t('kapper', 'coiffeur', 'Friseur', 'hairdresser'), sourceLanguage: 'en', status: 'removed', confidence: 'low', sources: ['visasupdate-2025-brussels-list'] },
      { id: 'public-safety-officer', titles: t('medewerker openbare veiligheid', 'agent de sécurité publique', 'Mitarbeiter für öffentliche Sicherheit', 'public-safety officer'), sourceLanguage: 'en', status: 'removed', confidence: 'low', sources: ['visasupdate-2025-brussels-list'] },
      { id: 'security-guard', titles: t('bewakingsagent', 'agent de gardiennage', 'Wachmann (Sicherheitsdienst)', 'security guard'), sourceLanguage: 'en', status: 'kept', confidence: 'low', sources: ['visasupdate-2025-brussels-list'] },
      { id: 'software-developer', titles: t('softwareontwikkelaar (IT)', 'développeur informatique', 'Softwareentwickler (IT)', 'software developer (IT)'), sourceLanguage: 'en', status: 'added', confidence: 'low', sources: ['visasupdate-2025-brussels-list'] },
      { id: 'network-specialist', titles: t('netwerkspecialist (IT)', 'spécialiste réseaux informatiques', 'Netzwerkspezialist (IT)', 'network specialist (IT)'), sourceLanguage: 'en', status: 'added', confidence: 'low', sources: ['visasupdate-2025-brussels-list'] },
      { id: 'cyber-security-specialist', titles: t('specialist cyberbeveiliging (IT)', 'spécialiste en cybersécurité', 'Spezialist für Cybersicherheit (IT)', 'cyber-security specialist (IT)'), sourceLanguage: 'en', status: 'added', confidence: 'low', sources: ['visasupdate-2025-brussels-list'] },
    ],
  },
  // ---------------------------------------------------------------- Wallonia
  {
    id: 'wallonia-2025',
    authority: 'wallonia',
    kind: 'migration',
    validFrom: '2025-10-01',
    validTo: '2026-09-30',
    count: null,
    countConfidence: 'unverified',
    completeness: 'changes-only',
    sources: ['theimmigrationworld-wallonia-list'],
    officialSources: ['wallonia-faq-migration-list', 'wallonia-what-to-do'],
    notes: ['walloniaEmn56', 'walloniaCodesNotFound', 'walloniaNotForemList'],
    occupations: [
      { id: 'industrial-electrician', titles: t('elektricien industriële installaties', "électricien d'installations industrielles", 'Elektriker für Industrieanlagen', 'industrial-installation electrician'), sourceLanguage: 'en', status: 'added', confidence: 'low', sources: ['theimmigrationworld-wallonia-list'] },
      { id: 'industrial-maintenance-manager', titles: t('verantwoordelijke industrieel onderhoud', 'responsable de maintenance industrielle', 'Leiter der industriellen Instandhaltung', 'industrial maintenance manager'), sourceLanguage: 'en', status: 'added', confidence: 'low', sources: ['theimmigrationworld-wallonia-list'] },
      { id: 'car-mechanic', titles: t('automecanicien (lichte voertuigen)', 'mécanicien automobile (véhicules légers)', 'Kfz-Mechatroniker (Pkw und leichte Nutzfahrzeuge)', 'car and light-vehicle mechanic'), sourceLanguage: 'en', status: 'added', confidence: 'low', sources: ['theimmigrationworld-wallonia-list'] },
    ],
  },
  {
    id: 'wallonia-2024',
    authority: 'wallonia',
    kind: 'migration',
    validFrom: '2024-10-01',
    validTo: '2025-09-30',
    count: 73,
    countConfidence: 'secondary',
    completeness: 'changes-only',
    sources: ['mondaq-fragomen-2024-wallonia-list'],
    officialSources: ['wallonia-faq-migration-list'],
    notes: ['walloniaEarlierCounts'],
    occupations: [
      { id: 'buyer', titles: t('aankoper', 'acheteur', 'Einkäufer', 'buyer'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'driving-instructor', titles: t('rijinstructeur', "moniteur d'auto-école", 'Fahrlehrer', 'driving instructor'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'social-worker', titles: t('maatschappelijk werker', 'assistant social', 'Sozialarbeiter', 'social worker'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'automotive-technician', titles: t('autotechnicus', 'technicien automobile', 'Kfz-Techniker', 'automotive technician'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'cook', titles: t('kok (chef-kok)', 'cuisinier (chef de cuisine)', 'Koch (Küchenchef)', 'chef or cook'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'building-manager', titles: t('gebouwbeheerder', 'gestionnaire de bâtiments', 'Gebäudeverwalter', 'building manager'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'butcher', titles: t('slager', 'boucher', 'Fleischer (Metzger)', 'butcher'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'baker', titles: t('bakker', 'boulanger', 'Bäcker', 'baker'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'sales-manager', titles: t('verkoopverantwoordelijke', 'responsable des ventes', 'Verkaufsleiter', 'sales manager'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'plasterer', titles: t('stukadoor', 'plafonneur', 'Verputzer (Stuckateur)', 'plasterer'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'meat-cutter', titles: t('uitsnijder (vlees)', 'découpeur de viande', 'Fleischzerleger', 'meat cutter'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'boilermaker', titles: t('ketelmaker', 'chaudronnier', 'Behälter- und Apparatebauer (Kesselbauer)', 'boilermaker'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'refrigeration-technician', titles: t('koeltechnicus', 'frigoriste', 'Kältetechniker', 'refrigeration technician'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'civil-engineering-mechanic', titles: t('mecanicien burgerlijke bouwkunde', 'mécanicien génie civil', 'Mechaniker im Tiefbau', 'civil-engineering mechanic'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'medical-imaging-technologist', titles: t('technoloog medische beeldvorming', 'technologue en imagerie médicale', 'Technologe für medizinische Bildgebung (MTR)', 'medical-imaging technologist'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'customs-declarant', titles: t('douanedeclarant', 'déclarant en douane', 'Zollanmelder (Zolldeklarant)', 'customs declarant'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
    ],
  },
  // ---------------------------------------------------------------- German-speaking Community
  {
    id: 'german-speaking-community',
    authority: 'german-speaking-community',
    kind: 'migration',
    validFrom: null,
    validTo: null,
    count: null,
    countConfidence: 'unverified',
    completeness: 'not-found',
    sources: ['ostbelgienlive-permits'],
    officialSources: ['ostbelgienlive-permits'],
    notes: ['dgNotFound'],
    occupations: [],
  },
];

/** The lists of one authority, newest first (lists without a start date last). */
export function shortageListsOf(authority: AuthorityId): ShortageList[] {
  return shortageLists
    .filter((l) => l.authority === authority)
    .sort((a, b) => (b.validFrom ?? '0000').localeCompare(a.validFrom ?? '0000'));
}

/** Whether a list is in force on `asOf` (lists without a start date count as current when open-ended). */
export function isListInForce(list: ShortageList, asOf: IsoDate): boolean {
  if (list.validFrom !== null && asOf < list.validFrom) return false;
  if (list.validTo !== null && asOf > list.validTo) return false;
  return true;
}
