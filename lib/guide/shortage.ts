/** What the shortage-lists page says about a list besides its occupations. */
import type { OccupationStatus, ShortageList } from '@/lib/rules';

/**
 * The figures a list's notes (guide.shortage.notes.*) read from the list's data: its count, and how
 * many removed and added occupations the sources name.
 */
export function noteValues(list: ShortageList): { count: number; removed: number; added: number } {
  const named = (status: OccupationStatus) => list.occupations.filter((o) => o.status === status).length;
  return { count: list.count ?? 0, removed: named('removed'), added: named('added') };
}
