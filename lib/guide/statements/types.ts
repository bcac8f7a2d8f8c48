/**
 * The shape of a statement of the worker guidance (the data is in the files of this folder, the
 * selection and the figures in lib/guide/guidance.ts).
 */
import type { AuthorityId, RouteId } from '@/lib/rules';

export const guideSectionIds = ['allows', 'steps', 'documents', 'family', 'help'] as const;
export type GuideSectionId = (typeof guideSectionIds)[number];

/** An internal page or an official directory the statement points to, shown as a link below it. */
export type GuideLink = 'shortage-lists' | 'authorities' | 'embassies';

export interface GuideStatement {
  /** Message key under guide.guidance.statements. */
  id: string;
  section: GuideSectionId;
  /**
   * Source ids of lib/rules/data/sources.ts. At least one for every authority the statement is shown
   * for: a page for one authority leaves out the other authorities' pages (lib/guide/sources.ts).
   */
  sources: string[];
  /** Only on these route pages (default: every route). */
  routes?: readonly RouteId[];
  /** Only about these authorities (default: all). The text names the authority. */
  authorities?: readonly AuthorityId[];
  /**
   * ICU argument → rule parameter id, read on the page's date (every figure of the text is one).
   * The statement is left out when a value is missing or null on that date.
   */
  parameters?: Record<string, string>;
  link?: GuideLink;
}
