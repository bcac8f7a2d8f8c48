'use client';

/**
 * The occupation look-up of the shortage-list question: the list in force (name, validity, whether
 * it expired, what we know of it) and a search by job title. The search is a GET form that keeps
 * the page's answers in hidden fields, so it works without JavaScript (the server lists what it
 * finds); with JavaScript the occupations of the answer form also filter as one types.
 */
import type { ListInfo, OccupationSearch as Search, Option } from '@/lib/flow/form';
import { fold } from '@/lib/guide/fold';
import type { Field } from '@/lib/flow/form';

/** Which options to show for what was typed: every word must be in one of the option's titles. */
export function occupationFilter(typed: string): (o: Pick<Option, 'hidden' | 'filter'>) => boolean {
  const words = fold(typed).split(' ').filter(Boolean);
  return (o) => (o.filter === undefined || words.length === 0 ? !o.hidden : words.every((w) => o.filter!.includes(w)));
}

/** The list in force: its name, validity, whether it expired, and what we know of it (also without a search: a list not found). */
export function ListDetails({ list }: { list: ListInfo }) {
  return (
    <div className="inset mb-6" data-list-expired={list.expired ? 'true' : 'false'}>
      <p className="mb-1 font-bold">{list.name}</p>
      <p className="mb-1">{list.validity}</p>
      {list.expired && <p className="mb-1 font-bold text-error">{list.expired}</p>}
      {list.partial && <p className="mb-0">{list.partial}</p>}
    </div>
  );
}

export function OccupationSearch({
  search,
  list,
  filter,
  onFilter,
  options,
}: {
  search: Search;
  list?: ListInfo;
  filter: string;
  onFilter(text: string): void;
  options: Field[];
}) {
  const group = options.find((f) => f.name === search.field);
  const filterable = group?.type === 'radios' ? group.options.filter((o) => o.filter !== undefined) : [];
  const count = filter.trim() ? filterable.filter(occupationFilter(filter)).length : null;
  const live = count === null ? search.summary : count === 0 ? search.live.none : count === 1 ? search.live.one : search.live.many.replace('{count}', String(count));
  return (
    <>
      {list && <ListDetails list={list} />}
      <form method="get" role="search" className="no-print mb-6">
        {Object.entries(search.hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="q" className="mb-1 block font-bold">
          {search.label}
        </label>
        <div id="q-hint" className="hint">
          {search.hint}
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <input
            id="q"
            name="q"
            type="search"
            className="input max-w-md"
            defaultValue={search.query}
            aria-describedby="q-hint"
            maxLength={100}
            onChange={(e) => onFilter(e.target.value)}
          />
          <button type="submit" className="btn btn-secondary">
            {search.button}
          </button>
        </div>
        <p role="status" className="mt-3 min-h-6 font-bold" data-search-results={count ?? undefined}>
          {live}
        </p>
        {search.notOnList.length > 0 && (
          <ul className="mb-0 list-disc pl-6">
            {search.notOnList.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </form>
    </>
  );
}
