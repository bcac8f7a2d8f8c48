/**
 * The frame of every page of the check after the start (a question, the answers, the result, a
 * route): the back link before <main>, then <main> (the skip link's target). The embedded mode is
 * narrower and tighter. A page whose title is not set by its form (StepForm sets its own) gives
 * `documentTitle`.
 */
import type { ReactNode } from 'react';
import { BackLink } from './BackLink';
import type { WizardMode } from './types';

export function FlowPage({
  mode,
  documentTitle,
  back,
  mainData,
  children,
}: {
  mode: WizardMode;
  documentTitle?: string;
  back: { href: string; label: string };
  /** data-* attributes of <main> (the tests find a route page by them). */
  mainData?: Record<`data-${string}`, string>;
  children: ReactNode;
}) {
  return (
    <div className={mode === 'embed' ? 'px-3' : 'mx-auto w-full max-w-3xl px-4'}>
      {documentTitle !== undefined && <title>{documentTitle}</title>}
      <BackLink href={back.href} label={back.label} />
      <main id="main-content" className={mode === 'embed' ? 'pb-6 pt-3' : 'pb-12 pt-6'} {...mainData}>
        {children}
      </main>
    </div>
  );
}
