/**
 * Every statement of the worker guidance, in page order. Each is data: a message key
 * (messages/{locale}/guide.json → guidance.statements.<id>), its sources, and the rule parameters its
 * figures come from. No figure is written in a message: the text interpolates the parameters.
 */
import { allowsStatements } from './allows';
import { documentStatements } from './documents';
import { helpStatements } from './help';
import { stepStatements } from './steps';
import type { GuideStatement } from './types';

export { guideSectionIds, type GuideLink, type GuideSectionId, type GuideStatement } from './types';

export const guideStatements: readonly GuideStatement[] = [...allowsStatements, ...stepStatements, ...documentStatements, ...helpStatements];
