/**
 * parseAnswers(input, locale): the answers of a request, or every problem found with it (the 422 body
 * of api-contract.md), in the requested language. The wizard uses `fieldError` / `issueMessage` for
 * its own field validation, so that the API and the wizard say the same thing.
 *
 * Order: the zod schema (lib/rules/answers.ts) first, then what the schema cannot know: the asOf
 * range, unknown country codes, unknown postcodes, a postcode and region that disagree. The
 * semantic checks also run when the schema fails elsewhere, so that all problems are reported at once.
 */
import type { z } from 'zod';
import type { Locale } from '../i18n/locales';
import { findOccupation } from './shortage';
import { answersSchema, type Answers } from './answers';
import { lookupPostcode } from './authority';
import { isNationalityCode } from './data/countries';
import { coverageStart } from './params';
import { translator } from './messages';
import type { AuthorityId } from './types';

/** asOf must lie within the period the rules data covers (from coverageStart) and be a plausible date. */
export const asOfMin = coverageStart;
export const asOfMax = '2099-12-31';

export interface Issue {
  path: string;
  code: string;
  message: string;
}

export type ParseResult = { ok: true; answers: Answers } | { ok: false; issues: Issue[] };

/** Codes we set as the message of our own zod refinements (answers.ts). */
const ownCodes = new Set(['invalid_date', 'invalid_postcode', 'invalid_country', 'workplace_required']);

export type IssueValues = Record<string, string | number | boolean>;

/** The label of an answer path in the user's language ("job.grossSalary.amount" → "gross salary amount"). */
export function fieldLabel(path: string, locale: Locale): string {
  const t = translator(locale, 'validation');
  const key = `fields.${path === '' ? 'answers' : path.replace(/\./g, '_')}`;
  return t(key);
}

/**
 * The message for one problem with one field, e.g. fieldError('worker.age', 'too_small', 'fr', { minimum: 15, inclusive: true }).
 * `field` is filled in from the path unless given.
 */
export function fieldError(path: string, code: string, locale: Locale, values: IssueValues = {}): string {
  const t = translator(locale, 'validation');
  const v: Record<string, string | number> = {};
  for (const k in values) {
    const x = values[k];
    v[k] = typeof x === 'boolean' ? String(x) : (x as string | number);
  }
  if (v.field === undefined) v.field = fieldLabel(path, locale);
  const known = codeKeys.has(code) ? code : 'invalid';
  return t(`codes.${known}`, v);
}

const codeKeys = new Set([
  'required',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_value',
  'unrecognized_keys',
  'invalid_date',
  'date_out_of_range',
  'invalid_postcode',
  'unknown_postcode',
  'workplace_conflict',
  'workplace_required',
  'invalid_country',
  'unknown_country',
  'invalid_format',
  'invalid',
]);

function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur = input;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

function pathString(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** A key short and plain enough to be named back to the client as it is: letters, digits, `_`, `-`. */
const NAMEABLE_KEY = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * One issue per unrecognized key. A plain key is named (`workplace.postcde`: a spelling mistake to
 * correct); any other is named by its position among the keys of its object (`workplace.#3`), so
 * that the response never repeats what the client wrote (markup, control characters, 10,000
 * characters).
 */
function unrecognizedKeyIssues(keys: readonly string[], parentPath: readonly PropertyKey[], input: unknown, locale: Locale): Issue[] {
  const parent = pathString(parentPath);
  const object = at(input, parentPath);
  const ownKeys = object !== null && typeof object === 'object' ? Object.keys(object) : [];
  return keys.map((key, i) => {
    if (NAMEABLE_KEY.test(key)) {
      const p = parent ? `${parent}.${key}` : key;
      return { path: p, code: 'unrecognized_keys', message: fieldError(p, 'unrecognized_keys', locale, { kind: 'name', key, field: key }) };
    }
    const position = ownKeys.indexOf(key) + 1 || i + 1;
    const p = `${parent ? `${parent}.` : ''}#${position}`;
    return {
      path: p,
      code: 'unrecognized_keys',
      message: fieldError(p, 'unrecognized_keys', locale, { kind: 'position', key: '', position, field: fieldLabel(parent, locale) }),
    };
  });
}

/** Translates one zod issue into one or more API issues (one per unrecognized key). */
export function fromZodIssue(issue: z.core.$ZodIssue, input: unknown, locale: Locale): Issue[] {
  const path = pathString(issue.path);
  if (issue.code === 'unrecognized_keys') return unrecognizedKeyIssues(issue.keys, issue.path, input, locale);
  if (ownCodes.has(issue.message)) {
    return [{ path, code: issue.message, message: fieldError(path, issue.message, locale) }];
  }
  if (issue.code !== 'custom' && path !== '' && at(input, issue.path) === undefined) {
    return [{ path, code: 'required', message: fieldError(path, 'required', locale) }];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, code: 'invalid_type', message: fieldError(path, 'invalid_type', locale, { expected: String(issue.expected) }) }];
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const values: IssueValues = {
        [issue.code === 'too_small' ? 'minimum' : 'maximum']: Number(bound),
        inclusive: issue.inclusive !== false,
      };
      return [{ path, code: issue.code, message: fieldError(path, issue.code, locale, values) }];
    }
    case 'invalid_value':
      return [{ path, code: 'invalid_value', message: fieldError(path, 'invalid_value', locale, { options: issue.values.map(String).join(', ') }) }];
    case 'invalid_format':
      return [{ path, code: 'invalid_format', message: fieldError(path, 'invalid_format', locale) }];
    default:
      return [{ path, code: 'invalid', message: fieldError(path, 'invalid', locale) }];
  }
}

function regionName(locale: Locale, id: AuthorityId): string {
  return translator(locale, 'validation')(`regions.${id}`);
}

/** Problems the schema cannot see. Runs on the raw input, checking each field's shape itself. */
function semanticIssues(input: unknown, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const asOf = at(input, ['asOf']);
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf) && (asOf < asOfMin || asOf > asOfMax)) {
    issues.push({ path: 'asOf', code: 'date_out_of_range', message: fieldError('asOf', 'date_out_of_range', locale, { minimum: asOfMin, maximum: asOfMax }) });
  }
  const nat = at(input, ['worker', 'nationality']);
  if (typeof nat === 'string' && /^[A-Z]{2}$/.test(nat) && !isNationalityCode(nat)) {
    issues.push({ path: 'worker.nationality', code: 'unknown_country', message: fieldError('worker.nationality', 'unknown_country', locale, { code: nat }) });
  }
  const pc = at(input, ['workplace', 'postcode']);
  const region = at(input, ['workplace', 'region']);
  // An occupation must be an entry of one of the authority's shortage lists (any list: a list that has
  // expired is answered as such by the rules, not refused).
  const occupation = at(input, ['job', 'shortageOccupation']);
  if (typeof occupation === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(occupation)) {
    const authority = typeof pc === 'string' ? lookupPostcode(pc)?.authority : typeof region === 'string' && isAuthority(region) ? region : undefined;
    if (authority !== undefined && !findOccupation(authority, occupation)) {
      issues.push({ path: 'job.shortageOccupation', code: 'unknown_occupation', message: fieldError('job.shortageOccupation', 'unknown_occupation', locale) });
    }
  }
  if (typeof pc === 'string' && /^\d{4}$/.test(pc)) {
    const info = lookupPostcode(pc);
    if (!info) {
      issues.push({ path: 'workplace.postcode', code: 'unknown_postcode', message: fieldError('workplace.postcode', 'unknown_postcode', locale, { postcode: pc }) });
    } else if (typeof region === 'string' && region !== info.authority && isAuthority(region)) {
      issues.push({
        path: 'workplace',
        code: 'workplace_conflict',
        message: fieldError('workplace', 'workplace_conflict', locale, {
          postcode: pc,
          actual: regionName(locale, info.authority),
          given: regionName(locale, region),
        }),
      });
    }
  }
  return issues;
}

function isAuthority(s: string): s is AuthorityId {
  return s === 'flanders' || s === 'brussels' || s === 'wallonia' || s === 'german-speaking-community';
}

export function parseAnswers(input: unknown, locale: Locale): ParseResult {
  const r = answersSchema.safeParse(input);
  const issues: Issue[] = [];
  if (!r.success) for (const i of r.error.issues) issues.push(...fromZodIssue(i, input, locale));
  issues.push(...semanticIssues(input, locale));
  if (issues.length > 0 || !r.success) return { ok: false, issues };
  return { ok: true, answers: r.data };
}
