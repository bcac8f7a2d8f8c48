/**
 * Shortage-occupation lists per competent authority: ../shared/reference/belgian-rules.md (§5) and the
 * official pages checked on 30 November 2026 (docs/research/2026-11-30-official-pages.md). The full
 * titles of the lists in force today were NOT FOUND (Flanders: only the count, 21, and reported changes;
 * Brussels from 1 July 2026 and Wallonia from 1 October 2026: not found at all). We therefore keep, per
 * list, the count *as stated* by its source (or null), an honest `completeness`, and only the occupations
 * the sources name, each with its status ("added", "removed", …) and its sources.
 *
 * A list the sources did not find is still recorded, with its start date and `completeness:
 * 'not-found'`, so that an expired list is never taken for the list in force.
 *
 * Titles: the title in `sourceLanguage` is the one the source used; the other languages are our
 * translations, made with the official occupational vocabulary of each language.
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
  // In force since 1 January 2026 (21 functions). The Ministerial Decree with the titles was not found;
  // the sources disagree on the changes: 10 removed and 7 added (Vandelanotte, Voka) or 14 removed and
  // 6 added (Altea). Only 29 − 14 + 6 gives 21. Occupations marked `removed` are NOT on this list.
  {
    id: 'flanders-migration-2026',
    authority: 'flanders',
    kind: 'migration',
    validFrom: '2026-01-01',
    validTo: null,
    count: 21,
    countConfidence: 'secondary',
    completeness: 'changes-only',
    sources: ['vandelanotte-2026-02-26', 'voka-2025-migration-list', 'altea-2026-flanders', 'brussels-times-2025-12-27'],
    officialSources: ['vlaanderen-medium-skilled-list'],
    notes: ['flandersTitlesNotFound', 'flandersChangesConflict', 'flandersVisaHqConflict', 'flandersMediumSkilled'],
    occupations: [
      { id: 'asbestos-remover', titles: t('asbestverwijderaar', 'désamianteur', 'Asbestsanierer', 'asbestos remover'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['vandelanotte-2026-02-26', 'brussels-times-2025-12-27', 'tvl-2025-04-draft-migration-list'] },
      { id: 'diamond-cutter', titles: t('diamantslijper', 'tailleur de diamant', 'Diamantschleifer', 'diamond cutter'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['vandelanotte-2026-02-26', 'altea-2026-flanders', 'brussels-times-2025-12-27'] },
      { id: 'roofer', titles: t('dakdekker', 'couvreur', 'Dachdecker', 'roofer'), sourceLanguage: 'en', status: 'added', confidence: 'secondary', sources: ['vandelanotte-2026-02-26'] },
      { id: 'data-network-installer', titles: t('installateur datacommunicatienetwerken', 'installateur de réseaux de communication de données', 'Installateur für Datenkommunikationsnetze', 'data network technician'), sourceLanguage: 'nl', status: 'added', confidence: 'secondary', sources: ['altea-2026-flanders', 'tvl-2025-04-draft-migration-list'] },
      { id: 'chemical-plant-operator', titles: t('operator installaties (chemie)', "opérateur d'installations (chimie)", 'Anlagenbediener (Chemie)', 'chemical process operator'), sourceLanguage: 'nl', status: 'added', confidence: 'secondary', sources: ['altea-2026-flanders', 'tvl-2025-04-draft-migration-list'] },
      { id: 'truck-driver', titles: t('vrachtwagenbestuurder', 'chauffeur poids lourd', 'Lkw-Fahrer', 'truck driver'), sourceLanguage: 'nl', status: 'removed', confidence: 'secondary', sources: ['voka-2025-migration-list', 'vandelanotte-2026-02-26', 'altea-2026-flanders', 'brussels-times-2025-12-27'] },
      { id: 'bus-coach-driver', titles: t('autobus- en autocarchauffeur', "chauffeur d'autobus et d'autocar", 'Bus- und Reisebusfahrer', 'bus and coach driver'), sourceLanguage: 'nl', status: 'removed', confidence: 'secondary', sources: ['voka-2025-migration-list', 'altea-2026-flanders', 'brussels-times-2025-12-27'] },
      { id: 'baker', titles: t('bakker en/of patissier', 'boulanger et/ou pâtissier', 'Bäcker und/oder Konditor', 'baker and/or pastry chef'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['vandelanotte-2026-02-26', 'altea-2026-flanders', 'brussels-times-2025-12-27'] },
      { id: 'butcher', titles: t('slager', 'boucher', 'Fleischer (Metzger)', 'butcher'), sourceLanguage: 'nl', status: 'removed', confidence: 'secondary', sources: ['voka-2025-migration-list', 'vandelanotte-2026-02-26', 'altea-2026-flanders'] },
      { id: 'sanitary-installer', titles: t('sanitair installateur', 'installateur sanitaire', 'Sanitärinstallateur', 'sanitary installer'), sourceLanguage: 'nl', status: 'removed', confidence: 'secondary', sources: ['voka-2025-migration-list', 'tvl-2025-04-draft-migration-list'] },
      { id: 'maintenance-mechanic', titles: t('onderhoudsmecanicien', "mécanicien d'entretien", 'Wartungsmechaniker', 'maintenance mechanic'), sourceLanguage: 'en', status: 'removed', confidence: 'secondary', sources: ['altea-2026-flanders'] },
      { id: 'floor-tile-layer', titles: t('vloerder-tegelzetter', 'carreleur', 'Fliesen- und Bodenleger', 'tiler'), sourceLanguage: 'nl', status: 'removed', confidence: 'secondary', sources: ['altea-2026-flanders', 'tvl-2025-04-draft-migration-list'] },
      { id: 'drilling-machine-operator', titles: t('boormachinist', 'opérateur de machine de forage', 'Bohrgeräteführer', 'drilling machine operator'), sourceLanguage: 'nl', status: 'proposed-removed', confidence: 'secondary', sources: ['tvl-2025-04-draft-migration-list'] },
      { id: 'lift-installer', titles: t('installateur van liften', "installateur d'ascenseurs", 'Aufzugsmonteur', 'lift installer'), sourceLanguage: 'nl', status: 'proposed-removed', confidence: 'secondary', sources: ['tvl-2025-04-draft-migration-list'] },
    ],
  },
  // 29 functions, Ministerial Decree in force since 1 September 2023 (published 14 September 2023),
  // replaced by the list of 21 on 1 January 2026. Titles in Dutch as the decree and vlaanderen.be give them.
  {
    id: 'flanders-migration-2023',
    authority: 'flanders',
    kind: 'migration',
    validFrom: '2023-09-01',
    validTo: '2025-12-31',
    count: 29,
    countConfidence: 'official',
    completeness: 'partial',
    sources: ['vlaanderen-medium-skilled-list', 'vlex-2023-migration-list'],
    officialSources: ['vlaanderen-medium-skilled-list'],
    notes: ['flanders2023ForReference'],
    occupations: [
      { id: 'construction-machine-operator', titles: t('bestuurder bouwplaatsmachines (inclusief (toren)kraanbestuurder)', "conducteur d'engins de chantier (y compris grutier)", 'Baumaschinenführer (einschließlich Turmkranführer)', 'construction machine operator (including tower crane operator)'), sourceLanguage: 'nl', status: 'listed', confidence: 'secondary', sources: ['vlex-2023-migration-list'] },
      { id: 'drilling-piling-operator', titles: t('boor- en heimachinist', 'foreur et opérateur de battage de pieux', 'Bohr- und Rammgeräteführer', 'drilling and pile-driving operator'), sourceLanguage: 'nl', status: 'added', confidence: 'official', sources: ['vlaanderen-medium-skilled-list', 'vlex-2023-migration-list'] },
      { id: 'truck-driver-c-ce', titles: t('vrachtwagenbestuurder rijbewijs C, C1, CE, C1E', 'chauffeur poids lourd (permis C, C1, CE, C1E)', 'Lkw-Fahrer (Führerschein C, C1, CE, C1E)', 'truck driver (licence C, C1, CE, C1E)'), sourceLanguage: 'nl', status: 'listed', confidence: 'secondary', sources: ['vlex-2023-migration-list'] },
      { id: 'coach-driver', titles: t('autocarchauffeur rijbewijs D, D1, DE, D1E', "chauffeur d'autocar (permis D, D1, DE, D1E)", 'Reisebusfahrer (Führerschein D, D1, DE, D1E)', 'coach driver (licence D, D1, DE, D1E)'), sourceLanguage: 'nl', status: 'added', confidence: 'official', sources: ['vlaanderen-medium-skilled-list', 'vlex-2023-migration-list'] },
      { id: 'bus-driver', titles: t('autobuschauffeur rijbewijs D, D1, DE, D1E', "chauffeur d'autobus (permis D, D1, DE, D1E)", 'Busfahrer (Führerschein D, D1, DE, D1E)', 'bus driver (licence D, D1, DE, D1E)'), sourceLanguage: 'nl', status: 'added', confidence: 'official', sources: ['vlaanderen-medium-skilled-list', 'vlex-2023-migration-list'] },
      { id: 'maintenance-mechanic', titles: t('onderhoudsmecanicien', "mécanicien d'entretien", 'Wartungsmechaniker', 'maintenance mechanic'), sourceLanguage: 'nl', status: 'listed', confidence: 'secondary', sources: ['vlex-2023-migration-list'] },
      { id: 'refrigeration-technician', titles: t('koeltechnicus', 'frigoriste', 'Kältetechniker', 'refrigeration technician'), sourceLanguage: 'nl', status: 'added', confidence: 'official', sources: ['vlaanderen-medium-skilled-list'] },
      { id: 'industrial-sheet-metal-worker', titles: t('industrieel plaatbewerker', 'tôlier industriel', 'Industrieblechschlosser', 'industrial sheet metal worker'), sourceLanguage: 'nl', status: 'added', confidence: 'official', sources: ['vlaanderen-medium-skilled-list'] },
      { id: 'formworker-steel-fixer', titles: t('bekister-ijzervlechter', 'coffreur-ferrailleur', 'Schalungsbauer und Eisenflechter', 'formworker and steel fixer'), sourceLanguage: 'nl', status: 'added', confidence: 'official', sources: ['vlaanderen-medium-skilled-list'] },
      { id: 'bricklayer', titles: t('metselaar', 'maçon', 'Maurer', 'bricklayer'), sourceLanguage: 'nl', status: 'added', confidence: 'official', sources: ['vlaanderen-medium-skilled-list'] },
      { id: 'floor-tile-layer', titles: t('vloerder tegelzetter/plaatser van muur- en vloerbekledingen', 'carreleur/poseur de revêtements de murs et de sols', 'Fliesenleger/Verleger von Wand- und Bodenbelägen', 'tiler/wall and floor covering installer'), sourceLanguage: 'nl', status: 'added', confidence: 'official', sources: ['vlaanderen-medium-skilled-list'] },
      { id: 'construction-estimator', titles: t('calculator bouw', 'calculateur construction', 'Kalkulator im Bauwesen', 'construction cost estimator'), sourceLanguage: 'nl', status: 'added', confidence: 'official', sources: ['vlaanderen-medium-skilled-list'] },
      { id: 'quality-inspector-metal', titles: t('kwaliteitscontroleur mechanische en metalen constructies', 'contrôleur qualité constructions mécaniques et métalliques', 'Qualitätsprüfer für Maschinen- und Metallbau', 'quality inspector, mechanical and metal structures'), sourceLanguage: 'nl', status: 'added', confidence: 'official', sources: ['vlaanderen-medium-skilled-list'] },
      { id: 'chef', titles: t('chef-kok', 'chef de cuisine', 'Küchenchef', 'chef'), sourceLanguage: 'nl', status: 'removed', confidence: 'official', sources: ['vlaanderen-medium-skilled-list'] },
      { id: 'data-network-installer', titles: t('installateur van datacommunicatiewerken', 'installateur de réseaux de communication de données', 'Installateur für Datenkommunikationsnetze', 'data communication network installer'), sourceLanguage: 'nl', status: 'removed', confidence: 'official', sources: ['vlaanderen-medium-skilled-list'] },
      { id: 'rigger-fitter', titles: t('rigger-monteerder', 'monteur-gréeur', 'Rigger und Monteur', 'rigger-fitter'), sourceLanguage: 'nl', status: 'removed', confidence: 'official', sources: ['vlaanderen-medium-skilled-list'] },
    ],
  },
  // ---------------------------------------------------------------- Flanders (b): VDAB study
  {
    id: 'flanders-vdab-2026',
    authority: 'flanders',
    kind: 'pes-study',
    // Published on or shortly before 1 February 2026 (Focus-WTV): the sources give no first day of application.
    validFrom: null,
    validTo: null,
    count: 227,
    countConfidence: 'secondary',
    completeness: 'partial',
    sources: ['focus-wtv-2026-vdab', 'brussels-times-2026-vdab'],
    officialSources: ['vdab-home', 'vlaanderen-medium-skilled-list'],
    notes: ['vdabPublishedEarly2026', 'vdabNotMigrationList'],
    occupations: [
      { id: 'railway-worker', titles: t('spoorwegmedewerker', 'agent des chemins de fer', 'Bahnmitarbeiter', 'railway worker'), sourceLanguage: 'nl', status: 'new-entry', confidence: 'secondary', sources: ['focus-wtv-2026-vdab', 'brussels-times-2026-vdab'] },
      { id: 'soldier-sailor', titles: t('soldaat-matroos', 'soldat-matelot', 'Soldat/Matrose', 'soldier-sailor'), sourceLanguage: 'nl', status: 'new-entry', confidence: 'secondary', sources: ['focus-wtv-2026-vdab', 'brussels-times-2026-vdab'] },
      { id: 'beautician', titles: t('schoonheidsspecialist', 'esthéticien', 'Kosmetiker', 'beautician'), sourceLanguage: 'nl', status: 'new-entry', confidence: 'secondary', sources: ['focus-wtv-2026-vdab', 'brussels-times-2026-vdab'] },
      { id: 'personal-assistant-disability', titles: t('persoonlijk assistent van mensen met een beperking', 'assistant personnel de personnes en situation de handicap', 'persönliche Assistenz für Menschen mit Behinderung', 'personal assistant for people with a disability'), sourceLanguage: 'nl', status: 'new-entry', confidence: 'secondary', sources: ['focus-wtv-2026-vdab', 'brussels-times-2026-vdab'] },
      { id: 'site-manager', titles: t('werfleider', 'chef de chantier', 'Bauleiter', 'site manager (construction)'), sourceLanguage: 'nl', status: 'listed', confidence: 'secondary', sources: ['focus-wtv-2026-vdab'] },
      { id: 'industrial-electromechanic', titles: t('industrieel elektromecanicien', 'électromécanicien industriel', 'Industrie-Elektromechaniker', 'industrial electromechanic'), sourceLanguage: 'nl', status: 'listed', confidence: 'secondary', sources: ['focus-wtv-2026-vdab'] },
      { id: 'nurse', titles: t('verpleegkundige', 'infirmier', 'Pflegefachkraft (Krankenpfleger)', 'nurse'), sourceLanguage: 'nl', status: 'listed', confidence: 'secondary', sources: ['focus-wtv-2026-vdab'] },
      { id: 'accountant', titles: t('accountant', 'comptable', 'Buchhalter', 'accountant'), sourceLanguage: 'nl', status: 'listed', confidence: 'secondary', sources: ['focus-wtv-2026-vdab'] },
      { id: 'truck-driver', titles: t('vrachtwagenbestuurder', 'chauffeur poids lourd', 'Lkw-Fahrer', 'truck driver'), sourceLanguage: 'nl', status: 'listed', confidence: 'secondary', sources: ['focus-wtv-2026-vdab'] },
      { id: 'horticultural-worker', titles: t('tuinbouwmedewerker', 'ouvrier horticole', 'Mitarbeiter im Gartenbau', 'horticultural worker'), sourceLanguage: 'nl', status: 'listed', confidence: 'secondary', sources: ['focus-wtv-2026-vdab'] },
    ],
  },
  // ---------------------------------------------------------------- Brussels
  // The list in force today (from 1 July 2026) was not found: it is recorded as "not found", so the
  // expired 2025–26 list is never taken for the list in force.
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
  // The first list of the Brussels reform of 1 October 2024 (Ministerial Decree of 9 September 2024,
  // reported by vreemdelingenrecht.be); 82 professions per a source of low reliability.
  {
    id: 'brussels-2024',
    authority: 'brussels',
    kind: 'migration',
    validFrom: '2024-10-01',
    validTo: '2025-06-30',
    count: 82,
    countConfidence: 'low',
    completeness: 'count-only',
    sources: ['visasupdate-2025-brussels-list', 'vreemdelingenrecht-brussels-2024'],
    officialSources: ['brussels-bottleneck-annexes'],
    notes: ['brussels2024Decree', 'brusselsCodesNotFound'],
    occupations: [],
  },
  // ---------------------------------------------------------------- Wallonia
  // The list in force today (from 1 October 2026) was not found: recorded as "not found".
  {
    id: 'wallonia-2026',
    authority: 'wallonia',
    kind: 'migration',
    validFrom: '2026-10-01',
    validTo: null,
    count: null,
    countConfidence: 'unverified',
    completeness: 'not-found',
    sources: ['wallonia-faq-migration-list'],
    officialSources: ['wallonia-faq-migration-list', 'wallonia-what-to-do'],
    notes: ['wallonia2026NotFound'],
    occupations: [],
  },
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
  // 68 functions, 1 October 2023 – 30 September 2024 (Horeca Wallonie). Titles: "chef de partie" (named
  // by that source) and the ten that the list of 1 October 2024 removed (Mondaq / Fragomen), which were
  // therefore on this one.
  {
    id: 'wallonia-2023',
    authority: 'wallonia',
    kind: 'migration',
    validFrom: '2023-10-01',
    validTo: '2024-09-30',
    count: 68,
    countConfidence: 'secondary',
    completeness: 'partial',
    sources: ['horecawallonie-2023-list', 'mondaq-fragomen-2024-wallonia-list'],
    officialSources: ['wallonia-faq-migration-list'],
    notes: ['wallonia2023Titles'],
    occupations: [
      { id: 'chef-de-partie', titles: t('chef de partie (sectiechef keuken)', 'chef de partie', 'Chef de Partie (Postenkoch)', 'chef de partie (section chef)'), sourceLanguage: 'fr', status: 'listed', confidence: 'secondary', sources: ['horecawallonie-2023-list'] },
      { id: 'butcher', titles: t('slager', 'boucher', 'Fleischer (Metzger)', 'butcher'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'baker', titles: t('bakker', 'boulanger', 'Bäcker', 'baker'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'sales-manager', titles: t('verkoopverantwoordelijke', 'responsable des ventes', 'Verkaufsleiter', 'sales manager'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'plasterer', titles: t('stukadoor', 'plafonneur', 'Verputzer (Stuckateur)', 'plasterer'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'meat-cutter', titles: t('uitsnijder (vlees)', 'découpeur de viande', 'Fleischzerleger', 'meat cutter'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'boilermaker', titles: t('ketelmaker', 'chaudronnier', 'Behälter- und Apparatebauer (Kesselbauer)', 'boilermaker'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'refrigeration-technician', titles: t('koeltechnicus', 'frigoriste', 'Kältetechniker', 'refrigeration technician'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'civil-engineering-mechanic', titles: t('mecanicien burgerlijke bouwkunde', 'mécanicien génie civil', 'Mechaniker im Tiefbau', 'civil-engineering mechanic'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'medical-imaging-technologist', titles: t('technoloog medische beeldvorming', 'technologue en imagerie médicale', 'Technologe für medizinische Bildgebung (MTR)', 'medical-imaging technologist'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
      { id: 'customs-declarant', titles: t('douanedeclarant', 'déclarant en douane', 'Zollanmelder (Zolldeklarant)', 'customs declarant'), sourceLanguage: 'en', status: 'listed', confidence: 'secondary', sources: ['mondaq-fragomen-2024-wallonia-list'] },
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
