'use client';

/**
 * The state of a question's form, apart from how it looks (StepForm.tsx renders it):
 *
 *  - The form's action is the server action: without JavaScript the browser posts it and the
 *    server renders the errors (useActionState). With JavaScript, react-hook-form first runs the
 *    question's own check (its kind's `validate`, the one the server action runs) and shows the same
 *    messages at once. The "I don't know" button skips the check and goes straight to the server.
 *    The checks (the questions and the answers' zod schemas) are loaded when the form is first
 *    used, not with the page: the page works without them, the server checks every answer anyway.
 *  - Browser Back must show this question with its answer. The server action answers with a
 *    redirect to the next page, so this page's history entry would keep the URL it was opened with,
 *    without the answer: before the action runs, the entry takes the URL with the answer
 *    (history.replaceState; Next.js keeps its router in step), and gets its own URL back if the
 *    server refuses the answer. When the router later restores the page as first rendered, the form
 *    shows the URL's answer instead. (Without JavaScript the browser restores the form itself.)
 */
import { startTransition, useActionState, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { Bind } from '@/components/govuk/describedBy';
import { flattenFields } from '@/lib/flow/form';
import { UNKNOWN, type CheckContext } from '@/lib/flow/kinds/kind';
import { parseLocaleNumber } from '@/lib/flow/numbers';
import { flowHref, toQueryString, withAnswer, type FlowBase, type FlowParams } from '@/lib/flow/query';
import type { FieldIssue, FlowState, Question } from '@/lib/flow/questions';
import { UNKNOWN_BUTTON, type StepFormState, type StepSpec } from './types';

export type StepAction = (state: StepFormState, formData: FormData) => Promise<StepFormState>;

/** Where the page is: the flow's base paths and the parameters of its URL (to put the answer in it). */
export interface StepLocation {
  base: FlowBase;
  params: FlowParams;
}

/** The page's question with its checks, loaded once (a chunk of its own). */
function useQuestion(step: StepSpec['step']): () => Promise<Question> {
  const loaded = useRef<Promise<Question> | null>(null);
  return useCallback(() => (loaded.current ??= import('@/lib/flow/questions').then((m) => m.getQuestion(step))), [step]);
}

export function useStepForm(spec: StepSpec, action: StepAction, initial: StepFormState, location: StepLocation) {
  const [state, formAction, pending] = useActionState(action, initial);
  const loadQuestion = useQuestion(spec.step);
  const check = useMemo<CheckContext>(
    () => ({ parse: (s: string) => parseLocaleNumber(s, spec.locale), authority: spec.authority, state: location.params.state }),
    [spec.locale, spec.authority, location.params.state],
  );
  const { register, handleSubmit, setValue } = useForm<Record<string, unknown>>({
    resolver: useMemo(() => questionResolver(loadQuestion, check), [loadQuestion, check]),
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

  const replacedFrom = useRef<string | null>(null);
  const rememberAnswer = (values: FlowState) => {
    const here = flowHref(location.base, spec.step, { ...location.params, state: withAnswer(location.params.state, { id: spec.step, keys: spec.keys }, values) });
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
  // Back (or Forward) to such an entry: when the URL holds another answer to this question than the
  // page was rendered with, the form shows the URL's. Only on mounting: afterwards the form is the user's.
  const mounted = useRef({ spec, rendered: toQueryString(location.params) });
  useEffect(() => {
    const { spec, rendered } = mounted.current;
    if (`${window.location.search}` === rendered) return;
    void loadQuestion().then((q) => {
      const answer = answerInQuery(q, window.location.search);
      if (!answer) return;
      const values = q.formValues(answer, spec.locale, spec.authority);
      for (const key of spec.formKeys) setValue(key, values[key] ?? '');
    });
  }, [setValue, loadQuestion]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name === UNKNOWN_BUTTON) {
      // React runs the action with the button's value.
      if (spec.unknown !== 'none') rememberAnswer({ [spec.keys[0]!]: UNKNOWN });
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

  const bind: Bind = (name) => register(name);
  // Using the form (focus, a key, a click) loads the checks, so they are there by the time it is sent.
  const warm = () => void loadQuestion();
  return { values: state.values, issues, attemptKey, pending, formAction, onSubmit, bind, warm };
}

/** The answer to a question in a query string, as the URL codec reads it, or null. */
function answerInQuery(q: Question, search: string): FlowState | null {
  const sp = new URLSearchParams(search);
  const values: Record<string, string> = {};
  for (const key of q.keys) {
    const v = sp.get(key);
    if (v !== null) values[key] = v;
  }
  return Object.keys(values).length ? q.parse(values) : null;
}

/** react-hook-form's resolver for one question: its kind's `validate`, the check the server action runs too. */
function questionResolver(load: () => Promise<Question>, check: CheckContext): Resolver<Record<string, unknown>> {
  return async (values) => {
    const r = (await load()).validate(values, check);
    if (r.ok) return { values: r.values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of r.issues) errors[issue.field] ??= { type: 'validate', message: issue.code };
    return { values: {}, errors: errors as FieldErrors };
  };
}

/** react-hook-form's errors as issues, in the order of the fields on the page. */
function toIssues(errors: FieldErrors, spec: StepSpec): FieldIssue[] {
  const order = flattenFields(spec.form.fields).map((f) => f.name);
  return Object.entries(errors)
    .filter(([, e]) => e && typeof e.message === 'string')
    .map(([field, e]) => ({ field, code: e!.message as string }))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}
