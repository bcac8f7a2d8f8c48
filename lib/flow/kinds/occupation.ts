/**
 * The shortage-list question looks the occupation up in the competent authority's migration list in
 * force (lib/rules/data/shortage-lists.ts): the employer searches by job title in any of the four
 * languages (a GET form, so it works without JavaScript; with JavaScript the occupations filter as
 * they type), sees the list's name and validity (an expired list says so), and chooses:
 *
 *   an occupation of the list        shortageList=yes&occupation=<id>  → on the list, naming it
 *   on the official list, not here    shortageList=yes                   → on the list (our lists are partial)
 *   not on the list                   shortageList=no
 *   I don't know                      shortageList=unknown               → "unsure"
 *
 * Only occupations the sources name as being on the list can be chosen; those reported removed, or
 * only proposed in a draft, are shown as such when the search finds them.
 */
import type { ShortageList, ShortageOccupation } from '@/lib/rules/data/shortage-lists';
import type { IsoDate } from '@/lib/rules/types';
import { answerFields } from '@/lib/rules/answer-fields';
import type { ListInfo, Option, OccupationSearch } from '../form';
import { fail, type FormContext, parsed, type Question, raw, UNKNOWN, valueOf } from './kind';

/** Statuses of an occupation that mean it is on the list. */
const onList: readonly ShortageOccupation['status'][] = ['listed', 'added', 'kept', 'new-entry'];

const answers = ['yes', 'no', UNKNOWN];
const languages = ['nl', 'fr', 'de', 'en'] as const;

/** Whether a list applies on `asOf`. */
function inForce(list: ShortageList, asOf: IsoDate): boolean {
  return (list.validFrom === null || list.validFrom <= asOf) && (list.validTo === null || asOf <= list.validTo);
}

function listInfo(list: ShortageList, ctx: FormContext): ListInfo {
  const d = ctx.lookups.formatDate;
  const validity =
    list.validFrom && list.validTo
      ? ctx.s('validity.fromTo', { from: d(list.validFrom), to: d(list.validTo) })
      : list.validFrom
        ? ctx.s('validity.from', { from: d(list.validFrom) })
        : ctx.s('validity.unknown');
  const info: ListInfo = { name: ctx.s('listName'), validity };
  if (!inForce(list, ctx.asOf)) info.expired = ctx.s(list.validTo && list.validTo < ctx.asOf ? 'expired' : 'notYetInForce', { date: d(ctx.asOf) });
  if (list.completeness !== 'full') info.partial = ctx.s(`completeness.${list.completeness}`);
  return info;
}

export const shortageList: Question<'shortage-list', 'shortageList' | 'occupation'> = {
  id: 'shortage-list',
  keys: ['shortageList', 'occupation'],
  formKeys: ['shortageList'],
  paths: ['job.onMigrationShortageList', 'job.shortageOccupation'],
  section: 'job',
  unknown: 'option',
  isAnswered: (state) => state.shortageList !== undefined,
  parse(values) {
    // The URL names the occupation apart from the answer; the form has one choice for both.
    const base = parsed(shortageList, { shortageList: values.shortageList ?? '' });
    if (!base) return null;
    const occupation = values.occupation;
    if (base.shortageList === 'yes' && occupation && answerFields.shortageOccupation.safeParse(occupation).success) return { ...base, occupation };
    return base;
  },
  validate(values) {
    const v = raw(values, 'shortageList');
    if (v === undefined) return fail('shortageList', 'required');
    if (answers.includes(v)) return { ok: true, values: { shortageList: v } };
    // An occupation of the list: its id (the list itself is checked on the server).
    if (!answerFields.shortageOccupation.safeParse(v).success) return fail('shortageList', 'required');
    return { ok: true, values: { shortageList: 'yes', occupation: v } };
  },
  apply(state, draft) {
    const v = state.shortageList;
    if (v === 'yes' || v === 'no') draft.job.onMigrationShortageList = v;
    else if (v === UNKNOWN) draft.job.onMigrationShortageList = 'unsure';
    if (v === 'yes' && state.occupation) draft.job.shortageOccupation = state.occupation;
  },
  form(ctx) {
    const list = ctx.lookups.shortageList('migration');
    const links = [{ href: ctx.lookups.listsPageHref('migration'), label: ctx.s('listsLink') }];
    const official = ctx.lookups.officialListUrl('migration');
    if (official) links.unshift({ href: official, label: ctx.s('link') });
    const choosable = (list?.occupations ?? []).filter((o) => onList.includes(o.status));
    const query = (ctx.query.q ?? '').slice(0, 100).trim();
    const hits = list && query ? ctx.lookups.searchOccupations(list, query) : [];
    const found = new Set(hits.map((h) => h.occupation.id));
    const occupations: Option[] = choosable.map((o) => ({
      value: o.id,
      label: o.titles[ctx.locale],
      // The title in the other languages: the employer may have searched in one of them.
      hint: languages.filter((l) => l !== ctx.locale).map((l) => o.titles[l]).join(' · '),
      filter: languages.map((l) => ctx.lookups.fold(o.titles[l])).join(' '),
      ...(found.has(o.id) || o.id === ctx.state.occupation ? {} : { hidden: true }),
    }));
    const search: OccupationSearch | undefined =
      choosable.length > 0
        ? {
            label: ctx.s('searchLabel'),
            hint: ctx.s('searchHint'),
            button: ctx.s('searchButton'),
            query,
            ...(query ? { summary: ctx.s('searchResults', { count: hits.filter((h) => onList.includes(h.occupation.status)).length, query }) } : {}),
            notOnList: hits.filter((h) => !onList.includes(h.occupation.status)).map((h) => ctx.s(`status.${h.occupation.status}`, { title: h.occupation.titles[ctx.locale] })),
            live: { none: ctx.s('live.none'), one: ctx.s('live.one'), many: ctx.s('live.many', { count: '{count}' }) },
            field: 'shortageList',
            hidden: ctx.hiddenParams,
          }
        : undefined;
    return {
      heading: search ? 'page' : 'legend',
      ...(search ? { legend: ctx.s('legend') } : {}),
      hint: ctx.s('hint'),
      fields: [
        {
          type: 'radios',
          name: 'shortageList',
          options: [...occupations, { value: 'yes', label: ctx.s(search ? 'options.yesNotFound' : 'options.yes') }, { value: 'no', label: ctx.s('options.no') }],
          unknown: { value: UNKNOWN, label: ctx.t('common.dontKnow') },
        },
      ],
      links,
      ...(list ? { list: listInfo(list, ctx) } : {}),
      ...(search ? { search } : {}),
    };
  },
  formValues: (state) => valueOf('shortageList', state.shortageList === 'yes' && state.occupation ? state.occupation : state.shortageList),
  summary(state, ctx) {
    const v = state.shortageList;
    if (v === undefined) return '';
    if (v === UNKNOWN) return ctx.t('answers.unknown');
    if (v === 'yes' && state.occupation) {
      const o = ctx.lookups.shortageList('migration')?.occupations.find((x) => x.id === state.occupation);
      return ctx.s('answerOccupation', { title: o ? o.titles[ctx.locale] : state.occupation });
    }
    return ctx.s(`options.${v}`);
  },
};
