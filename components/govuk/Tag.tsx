import type { ReactNode } from 'react';

/** The tone of a tag: met / open (success), not met / not open (error), not sure (warning). */
export type TagTone = 'success' | 'error' | 'warning';

const toneClass: Record<TagTone, string> = { success: 'tag-pass', error: 'tag-fail', warning: 'tag-unknown' };

/** GOV.UK tag: a short status in bold, coloured text and border (colours: theme tokens in app/globals.css). */
export function Tag({ tone, children, className }: { tone: TagTone; children: ReactNode; className?: string }) {
  return <strong className={`tag ${toneClass[tone]}${className ? ` ${className}` : ''}`}>{children}</strong>;
}
