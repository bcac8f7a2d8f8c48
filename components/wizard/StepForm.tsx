'use client';

/**
 * The one client component of a question page. A real <form> whose action is the server action:
 * without JavaScript the browser posts it and the server renders the errors (useActionState);
 * with JavaScript, react-hook-form runs the question's own check (the one the server action runs,
 * lib/flow/questions.ts) first and shows the same messages at once, without a round trip. The
 * "I don't know" button skips the check and goes straight to the server.
 */
import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useForm, type FieldErrors, type Resolver, type UseFormRegister } from 'react-hook-form';
import { getQuestion, UNKNOWN, type AnswerKey, type FieldIssue, type FlowState, type NumberParser, type Question } from '@/lib/flow/questions';
import { parseLocaleNumber } from '@/lib/flow/numbers';
import { flowHref, withAnswer, type FlowBase, type FlowParams } from '@/lib/flow/query';
import { UNKNOWN_BUTTON, type Field, type StepFormState, type StepSpec } from './types';
import { answerInQuery, formKeysOf, formValuesFor } from './values';

type Action = (state: StepFormState, formData: FormData) => Promise<StepFormState>;

/** Where the page is: the flow's base paths and the parameters of its URL (to put the answer in it). */
export interface StepLocation {
  base: FlowBase;
  params: FlowParams;
  /** Values a field shows when the URL has none (the salary's unit). */
  defaults: Partial<Record<AnswerKey, string>>;
}

export function StepForm({ spec, action, initial, location }: { spec: StepSpec; action: Action; initial: StepFormState; location: StepLocation }) {
  const [state, formAction, pending] = useActionState(action, initial);
  const question = getQuestion(spec.step);
  const resolver = useMemo(() => questionResolver(question, (s) => parseLocaleNumber(s, spec.locale)), [question, spec.locale]);
  const { register, handleSubmit, setValue } = useForm<Record<string, unknown>>({
    resolver,
    defaultValues: state.values,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // GOV.UK: the error summary takes focus, not the first field.
    shouldFocusError: false,
  });
  // Issues found in the browser, shown until the server answers again (its `attempt` then moves on).
  const [client, setClient] = useState<{ issues: FieldIssue[]; attempt: number; serverAttempt: number } | null>(null);
  const useClient = client !== null && client.serverAttempt === state.attempt;
  const issues = useClient ? client.issues : state.issues;
  const attemptKey = useClient ? `c${client.attempt}` : `s${state.attempt}`;
  const values = state.values;

  // GOV.UK: the error summary takes focus after each submission with errors. (The `autoFocus`
  // attribute does this without JavaScript; React only auto-focuses form controls itself.)
  const summaryRef = useRef<HTMLDivElement>(null);
  const hasIssues = issues.length > 0;
  useEffect(() => {
    if (hasIssues) summaryRef.current?.focus();
  }, [attemptKey, hasIssues]);

  // Browser Back must show this question with its answer. The server action answers with a redirect
  // to the next page, so this page's history entry would keep the URL it was opened with, without the
  // answer. Before the action runs, the current entry takes the URL with the answer (Next.js keeps
  // its router in step with history.replaceState); if the server refuses the answer, it gets its
  // own URL back. (Without JavaScript the browser restores the form itself.)
  const replacedFrom = useRef<string | null>(null);
  const rememberAnswer = (values: FlowState) => {
    const here = flowHref(location.base, spec.step, { ...location.params, state: withAnswer(location.params.state, question, values) });
    const current = `${window.location.pathname}${window.location.search}`;
    if (here === current) return;
    replacedFrom.current ??= current;
    window.history.replaceState(null, '', here);
  };
  useEffect(() => {
    if (state.issues.length === 0 || replacedFrom.current === null) return;
    window.history.replaceState(null, '', replacedFrom.current);
    replacedFrom.current = null;
  }, [state]);
  // Back (or Forward) to such an entry: the router shows the page as it was first rendered, for the
  // URL without the answer. The URL is where answers live: when it holds another answer to this
  // question than the page was rendered with, the form shows the URL's (no request, so nothing can
  // race with a further Back). Only on mounting: afterwards the form is the user's.
  const mounted = useRef({ step: spec.step, rendered: location.params.state, defaults: location.defaults, locale: spec.locale });
  useEffect(() => {
    const { step, rendered, defaults, locale } = mounted.current;
    const answer = answerInQuery(step, window.location.search);
    if (!answer || formKeysOf(step).every((key) => answer[key] === rendered[key])) return;
    const values = formValuesFor(step, { state: answer }, locale, defaults);
    for (const key of formKeysOf(step)) setValue(key, values[key] ?? '');
  }, [setValue]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name === UNKNOWN_BUTTON) {
      // React runs the action with the button's value.
      if (question.unknown !== 'none') rememberAnswer({ [question.keys[0]!]: UNKNOWN });
      return;
    }
    const form = e.currentTarget;
    void handleSubmit(
      (values) => {
        setClient(null);
        rememberAnswer(values as FlowState);
        startTransition(() => formAction(new FormData(form, submitter)));
      },
      (errors) => {
        setClient((c) => ({ issues: toIssues(errors, spec), attempt: (c?.attempt ?? 0) + 1, serverAttempt: state.attempt }));
      },
    )(e);
  };

  const messageOf = (i: FieldIssue) => spec.errors[`${i.field}.${i.code}`] ?? spec.errors[`${i.field}.required`] ?? i.code;
  const errorOf = (name: string) => {
    const i = issues.find((x) => x.field === name);
    return i ? messageOf(i) : undefined;
  };
  const title = issues.length ? `${spec.texts.errorPrefix} ${spec.documentTitle}` : spec.documentTitle;
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  const only = spec.heading === 'label' ? spec.fields[0] : undefined;
  const ctx: Ctx = { register, values, errorPrefix: spec.texts.errorPrefix };

  return (
    <>
      <title>{title}</title>
      {issues.length > 0 && (
        <div ref={summaryRef} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus>
          <h2 id="error-summary-title" className="mb-3 text-xl font-bold">
            {spec.texts.errorSummaryTitle}
          </h2>
          <ul className="m-0 list-none p-0">
            {issues.map((i) => (
              <li key={`${i.field}-${i.code}`} className="mb-1">
                <a href={`#${fieldAnchor(spec, i.field)}`} className="font-bold text-error underline">
                  {messageOf(i)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form action={formAction} onSubmit={onSubmit} noValidate aria-busy={pending || undefined}>
        {only && only.type !== 'radios' ? (
          <div className={errorOf(only.name) ? 'field-error mb-6' : 'mb-6'}>
            <Caption spec={spec} />
            <h1 className="mb-3 text-3xl font-bold">
              <label htmlFor={only.name}>{spec.title}</label>
            </h1>
            <Hint spec={spec} id={`${only.name}-hint`} />
            <Links spec={spec} />
            <ErrorMessage ctx={ctx} name={only.name} error={errorOf(only.name)} />
            <Control
              ctx={ctx}
              field={only}
              error={errorOf(only.name)}
              describedBy={describedBy(spec.hint && `${only.name}-hint`, errorOf(only.name) && `${only.name}-error`)}
            />
          </div>
        ) : (
          <fieldset
            className={spec.fields.length === 1 && errorOf(spec.fields[0]!.name) ? 'field-error mb-6' : 'mb-6'}
            aria-describedby={describedBy(spec.hint && 'question-hint', spec.fields.length === 1 && errorOf(spec.fields[0]!.name) && `${spec.fields[0]!.name}-error`)}
          >
            <legend className="mb-3">
              <Caption spec={spec} />
              <h1 className="text-3xl font-bold">{spec.title}</h1>
            </legend>
            <Hint spec={spec} id="question-hint" />
            <Links spec={spec} />
            {spec.fields.map((f) => (
              <FieldView key={f.name} ctx={ctx} field={f} spec={spec} errorOf={errorOf} nested={spec.fields.length > 1} />
            ))}
          </fieldset>
        )}

        {spec.alternative && (
          <p className="mb-6">
            <a className="link" href={spec.alternative.href}>
              {spec.alternative.label}
            </a>
          </p>
        )}

        <details className="mb-6">
          <summary className="link inline-block min-h-6 cursor-pointer">{spec.why.summary}</summary>
          <div className="inset mt-2">{spec.why.text}</div>
        </details>

        <div className="flex flex-wrap items-center gap-x-6 gap-y-4">
          <button type="submit" className="btn" disabled={pending}>
            {spec.texts.continue}
          </button>
          {spec.unknownButton && (
            <button
              type="submit"
              name={UNKNOWN_BUTTON}
              value="1"
              disabled={pending}
              className="link min-h-11 cursor-pointer border-0 bg-transparent p-0 text-left text-lg"
            >
              {spec.unknownButton}
            </button>
          )}
        </div>
      </form>
    </>
  );
}

/** Where an error summary link goes: the field, or the first radio of a group. */
function fieldAnchor(spec: StepSpec, name: string): string {
  const f = flatten(spec.fields).find((x) => x.name === name);
  if (f?.type === 'radios') return `${name}-${f.options[0]?.value ?? 'unknown'}`;
  return name;
}

function flatten(fields: Field[]): Field[] {
  return fields.flatMap((f) => (f.type === 'radios' && f.conditional ? [f, ...Object.values(f.conditional).flatMap(flatten)] : [f]));
}

/**
 * react-hook-form's resolver for one question: its `validate`, the same function the server action
 * calls, so both sides accept and refuse the same answers with the same codes. (No zod in the
 * browser: the number ranges it checks come from lib/rules/answer-limits.ts, which also builds the
 * API's zod schema; npm run size measures what that saves.)
 */
function questionResolver(question: Question, parse: NumberParser): Resolver<Record<string, unknown>> {
  return (values) => {
    const r = question.validate(values as Parameters<Question['validate']>[0], parse);
    if (r.ok) return { values: r.values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of r.issues) errors[issue.field] ??= { type: 'validate', message: issue.code };
    return { values: {}, errors: errors as FieldErrors };
  };
}

function toIssues(errors: FieldErrors, spec: StepSpec): FieldIssue[] {
  const order = flatten(spec.fields).map((f) => f.name as string);
  return Object.entries(errors)
    .filter(([, e]) => e && typeof e.message === 'string')
    .map(([field, e]) => ({ field, code: e!.message as string }) as FieldIssue)
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

function Caption({ spec }: { spec: StepSpec }) {
  return <span className="caption">{spec.caption}</span>;
}

function Hint({ spec, id }: { spec: StepSpec; id: string }) {
  return spec.hint ? (
    <div id={id} className="hint">
      {spec.hint}
    </div>
  ) : null;
}

function Links({ spec }: { spec: StepSpec }) {
  if (!spec.links.length) return null;
  return (
    <ul className="mb-4 list-none p-0">
      {spec.links.map((l) => (
        <li key={l.href}>
          <a className="link" href={l.href} target="_blank" rel="noopener noreferrer">
            {l.label} <span className="sr-only">{spec.texts.opensInNewTab}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

type Register = UseFormRegister<Record<string, unknown>>;

/** What every field needs besides its own description. */
interface Ctx {
  register: Register;
  /** The values to show (the current answer, or what was typed before an error). */
  values: Record<string, string>;
  errorPrefix: string;
}

function ErrorMessage({ ctx, name, error }: { ctx: Ctx; name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${name}-error`} className="error-message">
      <span className="sr-only">{ctx.errorPrefix} </span>
      {error}
    </p>
  );
}

function Control({
  ctx,
  field,
  error,
  describedBy,
}: {
  ctx: Ctx;
  field: Exclude<Field, { type: 'radios' }>;
  error?: string;
  describedBy?: string;
}) {
  const cls = `input${error ? ' input-error' : ''}`;
  const common = {
    id: field.name,
    defaultValue: ctx.values[field.name] ?? '',
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    ...ctx.register(field.name),
  };
  if (field.type === 'select') {
    return (
      <select className={`${cls} max-w-md`} {...common}>
        <option value="">{field.placeholder}</option>
        {field.unknown && <option value={field.unknown.value}>{field.unknown.label}</option>}
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  if (field.type === 'date') {
    return <input type="date" className={`${cls} max-w-56`} {...common} />;
  }
  // No autocomplete="off": without JavaScript, the browser's Back button restores what was typed
  // only in fields it may remember.
  const input = (
    <input type="text" className={`${cls} ${field.width}`} inputMode={field.inputMode} autoComplete={field.autoComplete} spellCheck={false} {...common} />
  );
  if (!field.prefix && !field.suffix) return input;
  return (
    <div className="flex items-stretch">
      {field.prefix && (
        <span aria-hidden="true" className="flex min-w-10 items-center justify-center border-2 border-r-0 border-ink bg-panel px-2 font-bold">
          {field.prefix}
        </span>
      )}
      {input}
      {field.suffix && (
        <span aria-hidden="true" className="flex min-w-10 items-center justify-center border-2 border-l-0 border-ink bg-panel px-2 font-bold">
          {field.suffix}
        </span>
      )}
    </div>
  );
}

function FieldView({
  ctx,
  field,
  spec,
  errorOf,
  nested,
}: {
  ctx: Ctx;
  field: Field;
  spec: StepSpec;
  errorOf: (name: string) => string | undefined;
  nested: boolean;
}) {
  const error = errorOf(field.name);
  if (field.type !== 'radios') {
    const hintId = (field.type === 'text' || field.type === 'date') && field.hint ? `${field.name}-hint` : undefined;
    return (
      <div className={`mb-5 ${error && nested ? 'field-error' : ''}`}>
        <label htmlFor={field.name} className="mb-1 block font-bold">
          {field.label}
        </label>
        {hintId && (
          <div id={hintId} className="hint">
            {(field as { hint?: string }).hint}
          </div>
        )}
        <ErrorMessage ctx={ctx} name={field.name} error={error} />
        <Control ctx={ctx} field={field} error={error} describedBy={[hintId, error && `${field.name}-error`].filter(Boolean).join(' ') || undefined} />
      </div>
    );
  }
  const errorId = error ? `${field.name}-error` : undefined;
  const radios = (
    <>
      <ErrorMessage ctx={ctx} name={field.name} error={error} />
      <div className={field.inline ? 'flex flex-wrap gap-x-6' : ''}>
        {field.options.map((o) => (
          <RadioOption key={o.value} ctx={ctx} name={field.name} option={o} describedBy={errorId}>
            {field.conditional?.[o.value] && (
              <div className="conditional" id={`${field.name}-${o.value}-conditional`}>
                {field.conditional[o.value]!.map((f) => (
                  <FieldView key={f.name} ctx={ctx} field={f} spec={spec} errorOf={errorOf} nested />
                ))}
              </div>
            )}
          </RadioOption>
        ))}
        {field.unknown && (
          <>
            <p className="divider">{spec.texts.or}</p>
            <RadioOption ctx={ctx} name={field.name} option={field.unknown} describedBy={errorId} />
          </>
        )}
      </div>
    </>
  );
  if (!field.legend) return <div className={error && nested ? 'field-error' : ''}>{radios}</div>;
  return (
    <fieldset className={`mb-5 ${error ? 'field-error' : ''}`}>
      <legend className="mb-2 font-bold">{field.legend}</legend>
      {radios}
    </fieldset>
  );
}

function RadioOption({
  ctx,
  name,
  option,
  describedBy,
  children,
}: {
  ctx: Ctx;
  name: string;
  option: { value: string; label: string; hint?: string };
  describedBy?: string;
  children?: ReactNode;
}) {
  const id = `${name}-${option.value}`;
  const hintId = option.hint ? `${id}-hint` : undefined;
  return (
    <>
      <div className="choice">
        <input
          type="radio"
          id={id}
          value={option.value}
          defaultChecked={ctx.values[name] === option.value}
          aria-describedby={[hintId, describedBy].filter(Boolean).join(' ') || undefined}
          {...ctx.register(name)}
        />
        <div>
          <label htmlFor={id}>{option.label}</label>
          {option.hint && (
            <div id={hintId} className="text-muted">
              {option.hint}
            </div>
          )}
        </div>
      </div>
      {children}
    </>
  );
}
