/**
 * Version of the rules data. Bump `rulesVersion` to the date of the change whenever a value, a
 * validity period or a source of lib/rules/data changes; bump `rulesChecked` when the team re-checks
 * the sources against the official pages (see docs/UPDATING-RULES.md).
 */
import type { IsoDate } from '../types';

/** Date of the newest change to the rules data (the `rulesVersion` of every assessment). */
export const rulesVersion: IsoDate = '2026-12-01';

/** Date the team last reviewed the reference and its sources. */
export const rulesChecked: IsoDate = '2026-12-01';
