/**
 * What the server gives the one client component of a question page: plain, serializable data with
 * the texts already translated (only this page's texts travel to the browser).
 */
import type { Locale } from '@/lib/i18n/locales';
import type { AnswerKey, FieldIssue, StepId } from '@/lib/flow/questions';

export type WizardMode = 'site' | 'embed';

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export type Field =
  | {
      type: 'radios';
      name: AnswerKey;
      /** A nested question's legend; absent when the page heading is the legend. */
      legend?: string;
      options: Option[];
      /** "I don't know", shown after an "or" divider. */
      unknown?: Option;
      /** Fields revealed under an option (CSS :has, so without JavaScript too). */
      conditional?: Record<string, Field[]>;
      inline?: boolean;
    }
  | {
      type: 'text';
      name: AnswerKey;
      label: string;
      hint?: string;
      inputMode: 'numeric' | 'decimal' | 'text';
      /** Tailwind width class, e.g. 'max-w-32'. */
      width: string;
      prefix?: string;
      suffix?: string;
      autoComplete?: string;
    }
  | {
      type: 'select';
      name: AnswerKey;
      label: string;
      placeholder: string;
      options: Option[];
      unknown?: Option;
    }
  | { type: 'date'; name: AnswerKey; label: string; hint?: string };

export interface StepSpec {
  step: StepId;
  locale: Locale;
  /** The question: the page's <h1> (legend of the fieldset, or label of the only field). */
  title: string;
  /** <title> of the page without the "Error:" prefix. */
  documentTitle: string;
  caption: string;
  hint?: string;
  links: { href: string; label: string }[];
  why: { summary: string; text: string };
  /** `label`: one field whose label is the heading; `legend`: a fieldset whose legend is the heading. */
  heading: 'label' | 'legend';
  fields: Field[];
  /** Text of the "I don't know" button of text questions. */
  unknownButton?: string;
  /** Another way to answer ("I'd rather choose the region"). */
  alternative?: { href: string; label: string };
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
