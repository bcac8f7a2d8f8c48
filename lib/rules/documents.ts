/**
 * What the employer files, per route and authority: the federal residence documents of the
 * Immigration Office (reference §2.2) for every route, then the regional ones (§2.3). What they pay
 * is fees.ts; how long it takes, processing.ts.
 */
import { Memo } from './memo';
import { authorityIndex, routeIndex } from './route-index';
import { param, jobOf, workerOf } from './routes/shared';
import type { AnswerPath } from './types';
import { S } from './routes/sourceIds';
import type { SourceId } from './data/sources';
import type { AuthorityId, DocumentRef, IsoDate, RouteId } from './types';
import type { Answers } from './answers';

function freezeDoc(d: DocumentRef): DocumentRef {
  Object.freeze(d.sources);
  return Object.freeze(d);
}

function doc(id: string, part: 'federal' | 'regional', sources: SourceId[], detail?: string): DocumentRef {
  const d: DocumentRef = { id, text: { key: `documents.${id}` }, sources, part };
  if (detail) d.detail = { key: `documentDetails.${detail}` };
  return freezeDoc(d);
}

// Federal residence documents (Immigration Office), §2.2.
const FED = S.federalDocuments;
const feeProof = doc('fee-payment-proof', 'federal', [FED]);
const passport = doc('passport-copy', 'federal', [FED]);
const passportBrussels = doc('passport-copy', 'federal', [FED, S.brusselsAnnexes], 'passport-every-page');
const means = doc('means-and-employment-proof', 'federal', [FED]);
const criminal = doc('criminal-record', 'federal', [FED]);
const criminalFlanders = doc('criminal-record', 'federal', [FED, S.flandersForms], 'criminal-record-flanders');
const criminalBrussels = doc('criminal-record', 'federal', [FED, S.brusselsAnnexes], 'criminal-record-brussels');
const medical = doc('medical-certificate', 'federal', [FED]);
const medicalFlanders = doc('medical-certificate', 'federal', [FED, S.flandersForms], 'medical-certificate-flanders');
const medicalBrussels = doc('medical-certificate', 'federal', [FED, S.brusselsAnnexes], 'medical-certificate-brussels');
const insurance = doc('health-insurance', 'federal', [FED]);
const insuranceBrussels = doc('health-insurance', 'federal', [FED, S.brusselsAnnexes], 'health-insurance-brussels');

const forms: Record<AuthorityId, DocumentRef> = {
  flanders: doc('application-form', 'regional', [S.flandersForms], 'application-form-flanders'),
  brussels: doc('application-form', 'regional', [S.brusselsAnnexes], 'application-form-brussels'),
  wallonia: doc('application-form', 'regional', [S.walloniaProcedure]),
  'german-speaking-community': doc('application-form', 'regional', [S.workingInBelgium], 'application-form-platform'),
};

const contract: Record<AuthorityId, DocumentRef> = {
  flanders: doc('employment-contract', 'regional', [S.flandersForms]),
  brussels: doc('employment-contract', 'regional', [S.brusselsAnnexes], 'employment-contract-brussels'),
  // Art. 15 of the Walloon Government Decree of 6 June 2024, plus the employer's clauses on travel
  // costs and on medical care until health insurance applies (emploi.wallonie.be, catégorie générale).
  wallonia: doc('employment-contract', 'regional', [S.walloniaContract, S.walloniaGeneral], 'employment-contract-wallonia'),
  'german-speaking-community': doc('employment-contract', 'regional', [S.workingInBelgium]),
};
// From 2026 Flemish highly-skilled contracts must state the items listed (KPMG 2026-026).
const contractFlanders2026 = doc('employment-contract', 'regional', [S.flandersForms, S.flandersContract2026], 'employment-contract-flanders-2026');

const jobDescBrussels = doc('job-description', 'regional', [S.brusselsAnnexes], 'job-description-brussels');
const employerId = doc('employer-id-copy', 'regional', [S.brusselsAnnexes]);
const residenceDoc = doc('residence-document', 'regional', [S.brusselsAnnexes]);

const qualFlanders = doc('qualification-proof', 'regional', [S.flandersForms, S.flandersContract2026], 'qualification-proof-flanders');
const qualWalloniaHs = doc('qualification-proof', 'regional', [S.walloniaHighlySkilled], 'qualification-proof-wallonia');
const qualPlain: Record<AuthorityId, DocumentRef> = {
  flanders: qualFlanders,
  brussels: doc('qualification-proof', 'regional', [S.brusselsAnnexes]),
  wallonia: doc('qualification-proof', 'regional', [S.walloniaProcedure]),
  'german-speaking-community': doc('qualification-proof', 'regional', [S.workingInBelgium]),
};

const lmtEvidence: Record<AuthorityId, DocumentRef> = {
  flanders: doc('labour-market-test-evidence', 'regional', [S.flandersLmt], 'labour-market-test-flanders'),
  brussels: doc('labour-market-test-evidence', 'regional', [S.brusselsLmt], 'labour-market-test-brussels'),
  wallonia: doc('labour-market-test-evidence', 'regional', [S.walloniaLmt, S.walloniaLmtForem], 'labour-market-test-wallonia'),
  'german-speaking-community': doc('labour-market-test-evidence', 'regional', [S.dgLmt], 'labour-market-test-german-speaking-community'),
};

const shortageEvidence: Record<AuthorityId, DocumentRef> = {
  flanders: doc('shortage-evidence', 'regional', [S.flandersForms, S.flandersShortage], 'shortage-flanders'),
  brussels: doc('shortage-evidence', 'regional', [S.brusselsShortage], 'shortage-brussels'),
  wallonia: doc('shortage-evidence', 'regional', [S.walloniaShortage], 'shortage-wallonia'),
  'german-speaking-community': doc('shortage-evidence', 'regional', [S.dgShortage]),
};

/**
 * A posted worker (and an intra-corporate transferee) keeps the employment contract with the employer
 * abroad: no Belgian employment contract, but that contract and the posting documents (reference §2.3
 * "Secondment files": Flanders posting letter / A1; Brussels the employer's declaration on the terms
 * of the secondment, A1 or certificate of coverage, the foreign employer's articles of association;
 * Wallonia the specific documents its site lists).
 */
const foreignContract: Record<AuthorityId, DocumentRef> = {
  flanders: doc('foreign-employment-contract', 'regional', [S.flandersForms, S.ictDirective]),
  brussels: doc('foreign-employment-contract', 'regional', [S.brusselsAnnexes, S.ictDirective]),
  wallonia: doc('foreign-employment-contract', 'regional', [S.walloniaProcedure, S.ictDirective]),
  'german-speaking-community': doc('foreign-employment-contract', 'regional', [S.workingInBelgium, S.ictDirective]),
};
const secondment: Record<AuthorityId, DocumentRef> = {
  flanders: doc('secondment-documents', 'regional', [S.flandersForms], 'secondment-flanders'),
  brussels: doc('secondment-documents', 'regional', [S.brusselsAnnexes], 'secondment-brussels'),
  wallonia: doc('secondment-documents', 'regional', [S.walloniaProcedure], 'secondment-wallonia'),
  'german-speaking-community': doc('secondment-documents', 'regional', [S.workingInBelgium]),
};

const hosting = doc('hosting-agreement', 'regional', [S.researcherDirective]);
const ictPrior = doc('ict-prior-employment', 'regional', [S.ictDirective, S.flandersIct]);
const ictLetter = doc('ict-transfer-letter', 'regional', [S.ictDirective]);

/** Routes whose file proves a qualification. */
const needsQualification: Record<RouteId, boolean> = {
  'highly-skilled': true,
  'eu-blue-card': true,
  executive: false,
  'intra-corporate-transfer': true,
  researcher: true,
  'shortage-occupation': true,
  'labour-market-test': false,
};

/**
 * The documents of a route. Answer-dependent only where the reference makes them conditional
 * (criminal record for applicants over 18; Brussels: residence document if already in Belgium; a posted
 * worker's contract abroad and posting documents instead of a Belgian employment contract).
 */
export function documentsFor(route: RouteId, authority: AuthorityId, answers: Answers, asOf: IsoDate): DocumentRef[] {
  const worker = workerOf(answers);
  // The list depends on the date only through the Flemish 2026 contract rule: cache it per date.
  const adult = worker.age === undefined || worker.age >= 18;
  const inBelgium = worker.residence !== 'abroad' && worker.residence !== 'eu-long-term-resident';
  const posted = route === 'intra-corporate-transfer' || jobOf(answers).posted === true;
  const key = (((routeIndex[route] * 4 + authorityIndex[authority]) * 2 + (adult ? 1 : 0)) * 2 + (inBelgium ? 1 : 0)) * 2 + (posted ? 1 : 0);
  const row = docCache.getOr(asOf, () => []);
  let hit = row[key];
  if (!hit) {
    hit = Object.freeze(buildDocuments(route, authority, adult, inBelgium, posted, asOf)) as DocumentRef[];
    row[key] = hit;
  }
  return hit;
}

const docCache = new Memo<IsoDate, (DocumentRef[] | undefined)[]>(1024);

function buildDocuments(route: RouteId, authority: AuthorityId, adult: boolean, inBelgium: boolean, posted: boolean, asOf: IsoDate): DocumentRef[] {
  const out: DocumentRef[] = [];
  // Federal (§2.2)
  out.push(feeProof);
  out.push(authority === 'brussels' ? passportBrussels : passport);
  out.push(means);
  if (adult) {
    out.push(authority === 'flanders' ? criminalFlanders : authority === 'brussels' ? criminalBrussels : criminal);
  }
  out.push(authority === 'flanders' ? medicalFlanders : authority === 'brussels' ? medicalBrussels : medical);
  out.push(authority === 'brussels' ? insuranceBrussels : insurance);
  // Regional (§2.3)
  out.push(forms[authority]);
  if (posted) {
    out.push(foreignContract[authority]);
    if (route !== 'intra-corporate-transfer') out.push(secondment[authority]);
  } else if (authority === 'flanders' && route === 'highly-skilled' && param('flanders.highly-skilled.position-requirement', asOf).value === true) {
    out.push(contractFlanders2026);
  } else {
    out.push(contract[authority]);
  }
  if (authority === 'brussels') out.push(jobDescBrussels);
  if (needsQualification[route]) {
    out.push(authority === 'wallonia' && route === 'highly-skilled' ? qualWalloniaHs : qualPlain[authority]);
  }
  if (route === 'labour-market-test') out.push(lmtEvidence[authority]);
  if (route === 'shortage-occupation') out.push(shortageEvidence[authority]);
  if (route === 'researcher') out.push(hosting);
  if (route === 'intra-corporate-transfer') {
    out.push(ictPrior);
    out.push(ictLetter);
  }
  if (authority === 'brussels') {
    out.push(employerId);
    if (inBelgium) out.push(residenceDoc);
  }
  return out;
}

/**
 * The answers not given that could still change a route's documents or fees: the worker's age
 * (criminal record from 18; the federal fee is waived under 18), nationality (Turkish nationals pay no
 * federal fee), residence (the visa fee abroad; Brussels asks for the residence document of a worker
 * already in Belgium) and whether the worker is posted (the contract abroad and the posting documents
 * instead of a Belgian employment contract).
 */
export function documentAndFeeAnswers(route: RouteId, answers: Answers): readonly AnswerPath[] {
  const worker = workerOf(answers);
  const key =
    (worker.age === undefined ? 1 : 0) |
    (worker.nationality === undefined ? 2 : 0) |
    (worker.residence === undefined ? 4 : 0) |
    (route !== 'intra-corporate-transfer' && jobOf(answers).posted === undefined ? 8 : 0);
  return answerSets[key]!;
}

/** The 16 possible lists, built once and frozen. */
const answerSets: readonly (readonly AnswerPath[])[] = Array.from({ length: 16 }, (_, key) => {
  const out: AnswerPath[] = [];
  if (key & 1) out.push('worker.age');
  if (key & 2) out.push('worker.nationality');
  if (key & 4) out.push('worker.residence');
  if (key & 8) out.push('job.posted');
  return Object.freeze(out);
});
