/**
 * What the worker provides, and the recognition of a regulated profession (nurse, doctor, teacher),
 * which the permit does not replace (guide.guidance.statements.*).
 */
import type { GuideStatement } from './types';

export const documentStatements: GuideStatement[] = [
  { id: 'docPassport', section: 'documents', sources: ['dofi-single-permit'] },
  { id: 'docPassportBrussels', section: 'documents', authorities: ['brussels'], sources: ['brussels-annexes-blue-card'] },
  {
    id: 'docCriminalRecord',
    section: 'documents',
    sources: ['dofi-single-permit'],
    parameters: { age: 'federal.documents.criminal-record-from-age' },
  },
  {
    id: 'docCriminalRecordFlanders',
    section: 'documents',
    authorities: ['flanders'],
    sources: ['vlaanderen-forms'],
    parameters: { months: 'flanders.documents.criminal-record-max-months' },
  },
  {
    id: 'docCriminalRecordBrussels',
    section: 'documents',
    authorities: ['brussels'],
    sources: ['brussels-annexes-blue-card'],
    parameters: { months: 'brussels.documents.criminal-record-max-months' },
  },
  { id: 'docMedical', section: 'documents', sources: ['dofi-single-permit'] },
  {
    id: 'docMedicalFlanders',
    section: 'documents',
    authorities: ['flanders'],
    sources: ['vlaanderen-forms'],
    parameters: { months: 'flanders.documents.medical-max-months' },
  },
  {
    id: 'docMedicalBrussels',
    section: 'documents',
    authorities: ['brussels'],
    sources: ['brussels-annexes-blue-card'],
    parameters: { months: 'brussels.documents.medical-max-months' },
  },
  { id: 'docDiplomaFlanders', section: 'documents', authorities: ['flanders'], sources: ['kpmg-2026-026'] },
  { id: 'docDiplomaGraduatesFlanders', section: 'documents', authorities: ['flanders'], sources: ['vlaanderen-diploma-fr'] },
  {
    id: 'docDiplomaWallonia',
    section: 'documents',
    routes: ['highly-skilled'],
    authorities: ['wallonia'],
    sources: ['wallonia-highly-qualified'],
    parameters: { years: 'wallonia.highly-skilled.min-experience-years' },
  },
  { id: 'docDiplomaRecognition', section: 'documents', authorities: ['flanders'], sources: ['naric-vlaanderen'] },

  // Regulated professions. Nurse and doctor: equivalence of the diploma by a Community, then the visa
  // (authorisation to practise) of the FPS Public Health (coordinated Law of 10 May 2015, art. 145).
  // Teacher: the Community that runs or funds the school recognises the diploma.
  {
    id: 'regulatedHealth',
    section: 'documents',
    sources: ['health-visa-foreign-diploma', 'zorg-en-gezondheid-non-eea-diploma'],
  },
  {
    id: 'recognitionFlanders',
    section: 'documents',
    authorities: ['flanders'],
    sources: ['vlaanderen-regulated-profession-diploma', 'zorg-en-gezondheid-non-eea-diploma', 'vlaanderen-teacher-foreign-diploma'],
  },
  {
    id: 'recognitionBrussels',
    section: 'documents',
    authorities: ['brussels'],
    sources: ['vlaanderen-regulated-profession-diploma', 'vlaanderen-teacher-foreign-diploma', 'fwb-equivalence-procedure', 'fwb-teacher-recognition'],
  },
  {
    id: 'recognitionWallonia',
    section: 'documents',
    authorities: ['wallonia'],
    sources: ['fwb-equivalence-procedure', 'fwb-teacher-recognition'],
  },
  {
    id: 'recognitionGermanSpeaking',
    section: 'documents',
    authorities: ['german-speaking-community'],
    sources: ['ostbelgienbildung-equivalence'],
  },

  { id: 'docHealthInsurance', section: 'documents', sources: ['dofi-single-permit'] },
  {
    id: 'docHealthInsuranceWallonia',
    section: 'documents',
    authorities: ['wallonia'],
    sources: ['wallonia-general-category', 'wallonia-decree-2024-06-06-art-15'],
  },
  { id: 'docContractBrussels', section: 'documents', authorities: ['brussels'], sources: ['brussels-annexes-blue-card'] },
  { id: 'docResidenceBrussels', section: 'documents', authorities: ['brussels'], sources: ['brussels-annexes-blue-card'] },
  { id: 'docLanguageFlanders', section: 'documents', authorities: ['flanders'], sources: ['vlaanderen-forms'] },
  { id: 'docLanguageBrussels', section: 'documents', authorities: ['brussels'], sources: ['brussels-annexes-blue-card'] },
];
