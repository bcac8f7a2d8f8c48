/** The sources of the under-30 clause: those of the worker guidance's statement (lib/guide/guidance.ts), so the two cannot drift. */
import { guideStatements } from '@/lib/guide/guidance';
import { sourceById } from '@/lib/guide/sources';
import type { Source } from '@/lib/rules';

export function under30Sources(): Source[] {
  const ids = guideStatements.find((s) => s.id === 'under30Clause')?.sources ?? [];
  return ids.map(sourceById).filter((s): s is Source => s !== undefined);
}
