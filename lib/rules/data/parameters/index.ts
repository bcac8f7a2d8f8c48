/**
 * Every parameter of the rules, in one list. Add a new file here when a new authority appears.
 * See docs/UPDATING-RULES.md for the yearly update.
 */
import type { Parameter } from '../../types';
import { brusselsParameters } from './brussels';
import { euParameters } from './eu';
import { federalParameters } from './federal';
import { flandersParameters } from './flanders';
import { germanSpeakingCommunityParameters } from './german-speaking-community';
import { walloniaParameters } from './wallonia';

export const parameters: readonly Parameter[] = [
  ...federalParameters,
  ...euParameters,
  ...flandersParameters,
  ...brusselsParameters,
  ...walloniaParameters,
  ...germanSpeakingCommunityParameters,
];
