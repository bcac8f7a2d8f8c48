/** Family, and where to get help (guide.guidance.statements.*). */
import type { GuideStatement } from './types';

export const helpStatements: GuideStatement[] = [
  { id: 'familyInsurance', section: 'family', sources: ['dofi-single-permit'] },
  { id: 'familyReunification', section: 'family', sources: ['dofi-home'] },

  { id: 'helpCompetentAuthority', section: 'help', sources: ['cooperation-agreement-2018', 'pdg-municipalities'], link: 'authorities' },
  {
    id: 'helpWorkingInBelgium',
    section: 'help',
    sources: ['workinginbelgium-index'],
    parameters: { days: 'federal.short-stay.max-days' },
  },
  { id: 'helpEuPortal', section: 'help', sources: ['eu-immigration-portal'] },
  { id: 'helpIntegration', section: 'help', sources: ['info-integration'] },
  { id: 'helpImmigrationOffice', section: 'help', sources: ['dofi-home'] },
];
