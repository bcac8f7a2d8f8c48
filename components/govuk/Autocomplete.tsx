'use client';

/**
 * A type-ahead over a select's options, following the WAI-ARIA combobox pattern ("list
 * autocomplete with manual selection", APG): the text field is a combobox that controls a listbox
 * of the options whose name contains what was typed (accents and case ignored). Down/Up move through
 * the list, Enter chooses, Escape closes (or clears); typing an option's exact name chooses it too.
 * The choice is written into the hidden select (./Select.tsx), which stays the form's field, and a
 * status region says how many options match.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { fold } from '@/lib/guide/fold';
import type { AutocompleteTexts, SelectOption } from './Select';

export interface AutocompleteProps {
  id: string;
  /** The select whose value this sets. */
  selectId: string;
  /** The element that labels the field (and so the list). */
  labelId: string;
  options: SelectOption[];
  defaultValue: string;
  texts: AutocompleteTexts;
  describedBy?: string;
  invalid?: boolean;
}

/** Options whose folded name contains the folded query; names that start with it first. */
function matching(options: SelectOption[], folded: string[], query: string): SelectOption[] {
  const q = fold(query);
  if (!q) return options;
  const starts: SelectOption[] = [];
  const contains: SelectOption[] = [];
  options.forEach((o, i) => {
    const f = folded[i]!;
    if (f.startsWith(q)) starts.push(o);
    else if (f.includes(q)) contains.push(o);
  });
  return [...starts, ...contains];
}

export function Autocomplete({ id, selectId, labelId, options, defaultValue, texts, describedBy, invalid }: AutocompleteProps) {
  const [text, setText] = useState(() => options.find((o) => o.value === defaultValue)?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const folded = useMemo(() => options.map((o) => fold(o.label)), [options]);
  const shown = useMemo(() => matching(options, folded, text), [options, folded, text]);
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;

  // The select is the form's field: set it and tell the form (a change event, as a person choosing would).
  const setSelect = (value: string) => {
    const select = document.getElementById(selectId);
    if (!(select instanceof HTMLSelectElement) || select.value === value) return;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const choose = (o: SelectOption) => {
    setText(o.label);
    setOpen(false);
    setActive(-1);
    setSelect(o.value);
  };

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, active]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, shown.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, -1));
    } else if (e.key === 'Enter' && open && active >= 0 && shown[active]) {
      // Choose, do not submit the form.
      e.preventDefault();
      choose(shown[active]);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else {
        setText('');
        setSelect('');
      }
      setActive(-1);
    } else if (e.key === 'Tab') {
      setOpen(false);
    }
  };

  const expanded = open && shown.length > 0;
  const status = !open ? '' : shown.length === 0 ? texts.noResults : shown.length === 1 ? texts.oneResult : texts.results.replace('{count}', String(shown.length));

  return (
    <div className="relative max-w-md">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        spellCheck={false}
        className={`input${invalid ? ' input-error' : ''}`}
        value={text}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          setOpen(true);
          setActive(-1);
          // The exact name of an option chooses it; anything else leaves no choice.
          const exact = options.find((o, i) => folded[i] === fold(v));
          setSelect(exact?.value ?? '');
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(text !== '')}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-labelledby={labelId} hidden={!expanded} className="absolute z-10 m-0 max-h-72 w-full list-none overflow-y-auto border-2 border-t-0 border-ink bg-white p-0">
        {expanded &&
          shown.map((o, i) => (
            <li
              key={o.value}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer border-b border-line px-3 py-2 ${i === active ? 'bg-ink text-white' : 'hover:bg-panel'}`}
              // Keep the focus in the field while the mouse chooses.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
            >
              {o.label}
            </li>
          ))}
      </ul>
      <div role="status" className="sr-only">
        {status}
      </div>
    </div>
  );
}
