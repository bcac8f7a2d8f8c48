/**
 * A question page's form, described as plain data: what each question kind (lib/flow/kinds) says
 * its page shows. The server builds it with the page's texts already translated and hands it to the
 * page's one client component (components/wizard/StepForm.tsx), which renders it with the GOV.UK
 * components of components/govuk. No React here.
 */

export interface Option {
  value: string;
  label: string;
  hint?: string;
  /** Text a filter-as-you-type matches (folded: no accents, lower case); only for filterable options. */
  filter?: string;
  /** Not shown (an occupation the search did not find); a filter may show it. */
  hidden?: boolean;
}

export type Field =
  | {
      type: 'radios';
      name: string;
      /** A nested question's legend; absent when the page heading is the legend. */
      legend?: string;
      hint?: string;
      options: Option[];
      /** "I don't know", shown after an "or" divider. */
      unknown?: Option;
      /** Fields revealed under an option (CSS :has, so without JavaScript too). */
      conditional?: Record<string, Field[]>;
      /** Options side by side (two short ones, like Yes and No); they wrap on a narrow screen. */
      inline?: boolean;
    }
  | {
      type: 'text';
      name: string;
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
      name: string;
      label: string;
      hint?: string;
      placeholder: string;
      options: Option[];
      unknown?: Option;
      /** With JavaScript, a type-ahead search on top of the select (the select stays without JavaScript). */
      autocomplete?: { hint: string; noResults: string; oneResult: string; results: string };
    }
  | { type: 'date'; name: string; label: string; hint?: string };

/** A list the question is about (the shortage list in force): its name, validity and what we know of it. */
export interface ListInfo {
  name: string;
  validity: string;
  /** Not in force on the page's date, and why ("expired on …"). */
  expired?: string;
  /** Our copy is partial: what is not found here may still be on the list. */
  partial?: string;
}

/** The occupation look-up of the shortage-list page: a GET search form beside the answer form. */
export interface OccupationSearch {
  label: string;
  hint: string;
  button: string;
  /** The text searched for (the `q` parameter), '' before a search. */
  query: string;
  /** What the search found, in words ("2 occupations of this list match “roof”"). */
  summary?: string;
  /** Occupations found that are not on the list (removed, or only proposed), with what the source says. */
  notOnList: string[];
  /** What a filter-as-you-type says (JavaScript): no match, one, or "{count}" matches. */
  live: { none: string; one: string; many: string };
  /** The radio group whose options (with `filter` texts) a browser filter shows and hides. */
  field: string;
  /** Hidden fields of the GET form: the answers and parameters of the page's URL. */
  hidden: Record<string, string>;
}

export interface QuestionForm {
  /**
   * `label`: one field whose label is the page heading; `legend`: a fieldset whose legend is the
   * heading; `page`: the heading stands alone (a search form comes between it and the answer, whose
   * fieldset has `legend`).
   */
  heading: 'label' | 'legend' | 'page';
  legend?: string;
  hint?: string;
  /** Further paragraphs under the hint. */
  notes?: string[];
  fields: Field[];
  /** Text of the "I don't know" button of text questions. */
  unknownButton?: string;
  /** Another way to answer ("I'd rather choose the region"). */
  alternative?: { href: string; label: string };
  /** Links that open in a new tab (the official list). */
  links: { href: string; label: string }[];
  list?: ListInfo;
  search?: OccupationSearch;
}

/** Every field of a form, nested ones included (in the order shown). */
export function flattenFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((f) => (f.type === 'radios' && f.conditional ? [f, ...Object.values(f.conditional).flatMap(flattenFields)] : [f]));
}
