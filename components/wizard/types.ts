/**
 * What the server gives the one client component of a question page: plain, serializable data with
 * the texts already translated (only this page's texts travel to the browser). The form itself is
 * described by the question's kind (lib/flow/form.ts).
 */
import type { Locale } from '@/lib/i18n/locales';
import type { QuestionForm } from '@/lib/flow/form';
import type { FieldIssue, StepId, UnknownStyle } from '@/lib/flow/questions';
import type { SearchParamsInput } from '@/lib/flow/url';
import type { AuthorityId } from '@/lib/rules';

export type WizardMode = 'site' | 'embed';

/** What a page of the check gets from its route (app/[locale]/(site)/check/…, and the same under /embed with a preset's region). */
export interface ScreenProps {
  locale: Locale;
  mode: WizardMode;
  searchParams: SearchParamsInput;
  fixedRegion?: AuthorityId;
}

export interface StepSpec {
  step: StepId;
  locale: Locale;
  /** The competent authority: the salary's unit depends on it (the browser's check needs it too). */
  authority: AuthorityId | null;
  /** The question: the page's <h1> (legend of the fieldset, or label of the only field). */
  title: string;
  /** <title> of the page without the "Error:" prefix. */
  documentTitle: string;
  caption: string;
  why: { summary: string; text: string };
  form: QuestionForm;
  /** The question's URL keys, the keys its form shows, and how it says "I don't know" (the browser loads its checks only when needed). */
  keys: string[];
  formKeys: string[];
  unknown: UnknownStyle;
  texts: {
    continue: string;
    or: string;
    errorSummaryTitle: string;
    errorPrefix: string;
    opensInNewTab: string;
  };
  /** Error messages by `${field}.${code}`. */
  errors: Record<string, string>;
}

export interface StepFormState {
  /** What the user typed, to fill the form again (never cleared). */
  values: Record<string, string>;
  issues: FieldIssue[];
  /** Counts submissions, so the error summary takes focus again after each one. */
  attempt: number;
}

/** Name of the "I don't know" submit button. */
export const UNKNOWN_BUTTON = 'dontKnow';
