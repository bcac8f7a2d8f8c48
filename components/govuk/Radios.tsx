import type { ReactNode } from 'react';
import { describedBy, plainBind, type Bind } from './describedBy';
import { ErrorMessage } from './ErrorMessage';

export interface RadioItem {
  value: string;
  label: string;
  hint?: string;
  /** Shown under the item while it is chosen (CSS :has, so without JavaScript too). */
  conditional?: ReactNode;
  /** Not shown (a filter may show it). */
  hidden?: boolean;
}

/**
 * GOV.UK radios: one choice of a group; each item's id is `{name}-{value}` (the error summary
 * links to the first). An "I don't know" item comes after an "or" divider. Inline items (Yes / No)
 * sit side by side and wrap on a narrow screen. The fieldset around them is the caller's.
 */
export function Radios({
  name,
  items,
  unknown,
  orText,
  inline,
  checked,
  error,
  errorPrefix,
  bind = plainBind,
}: {
  name: string;
  items: RadioItem[];
  unknown?: RadioItem;
  orText?: string;
  inline?: boolean;
  /** The value chosen when the page is rendered. */
  checked?: string;
  error?: string;
  errorPrefix: string;
  bind?: Bind;
}) {
  const errorId = error ? `${name}-error` : undefined;
  const item = (i: RadioItem) => {
    const id = `${name}-${i.value}`;
    const hintId = i.hint ? `${id}-hint` : undefined;
    return (
      <div key={i.value} className="radio-item" hidden={i.hidden || undefined} data-value={i.value}>
        <div className="choice">
          <input type="radio" id={id} value={i.value} defaultChecked={checked === i.value} aria-describedby={describedBy(hintId, errorId)} {...bind(name)} />
          <div>
            <label htmlFor={id}>{i.label}</label>
            {i.hint && (
              <div id={hintId} className="text-muted">
                {i.hint}
              </div>
            )}
          </div>
        </div>
        {i.conditional && (
          <div className="conditional" id={`${id}-conditional`}>
            {i.conditional}
          </div>
        )}
      </div>
    );
  };
  return (
    <>
      {error && errorId && (
        <ErrorMessage id={errorId} prefix={errorPrefix}>
          {error}
        </ErrorMessage>
      )}
      <div className={inline ? 'flex flex-wrap gap-x-6' : undefined}>
        {items.map(item)}
        {unknown && (
          <>
            <p className="divider">{orText}</p>
            {item(unknown)}
          </>
        )}
      </div>
    </>
  );
}
