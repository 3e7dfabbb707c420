import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { lang, t, label } from './i18n.js';
import { ApiProblem } from './api.js';

/**
 * Loads something from the API when the page opens (and again on reload or when deps change). Until the answer for
 * the current deps has come, it says it is loading and has no data (never the answer for the previous deps).
 */
export function useLoad(load, deps = []) {
  const key = JSON.stringify(deps);
  const [state, setState] = useState({ loading: true, data: null, problem: null, key: null });
  const latest = useRef(0);
  const run = useCallback(() => {
    const mine = ++latest.current; // an answer to an earlier call that arrives late is dropped
    setState((s) => ({ ...s, loading: true }));
    return load().then(
      (data) => mine === latest.current && setState({ loading: false, data, problem: null, key }),
      (problem) => mine === latest.current && setState({ loading: false, data: null, problem: asProblem(problem), key }),
    );
  }, deps);
  useEffect(() => {
    run();
  }, [run, lang.value]);
  const current = state.key === key ? state : { loading: true, data: null, problem: null };
  return { loading: current.loading, data: current.data, problem: current.problem, reload: run };
}

/** A button's action: busy while it runs, its refusal kept to be shown. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const run = async (action) => {
    setBusy(true);
    setProblem(null);
    try {
      return await action();
    } catch (e) {
      setProblem(asProblem(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run, setProblem };
}

function asProblem(e) {
  if (e instanceof ApiProblem) return e;
  console.error(e);
  return new ApiProblem(0, { title: t('problem.unexpected'), detail: String(e?.message ?? e) });
}

export const Loading = ({ what }) => (
  <p class="loading" role="status" aria-live="polite">{t('loading', { what: what ?? '' })}</p>
);

/** An empty list says so, and what to do next. */
export const Empty = ({ children, next }) => (
  <div class="empty" role="status">
    <p>{children}</p>
    {next && <p class="next">{next}</p>}
  </div>
);

/** A refusal not about one field (or a failed load): its title and detail, and the request id to quote. */
export function ProblemNotice({ problem, onRetry }) {
  if (!problem) return null;
  return (
    <div class={'problem' + (problem.conflict ? ' conflict' : '')} role="alert">
      <strong>{problem.conflict ? t('problem.conflict') : problem.title}</strong>
      <p>{problem.conflict ? t('problem.conflict.detail') : problem.detail}</p>
      {problem.existing && <p>{t('problem.existing', { path: problem.existing })}</p>}
      {problem.requestId && <p class="request-id">{t('problem.request', { id: problem.requestId })}</p>}
      {onRetry && <button type="button" onClick={onRetry}>{problem.conflict ? t('action.reload') : t('action.retry')}</button>}
    </div>
  );
}

/** A labelled field with its hint and the API's refusal of it right beside it. */
export function Field({ label: text, name, problem, hint, children, note }) {
  const id = useId();
  const error = problem?.about?.(name) ?? null;
  const describedBy = [hint && id + '-hint', (error || note) && id + '-error'].filter(Boolean).join(' ') || undefined;
  const child = typeof children === 'function' ? children({ id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy, name }) : children;
  return (
    <div class={'field' + (error ? ' invalid' : '')}>
      <label for={id}>{text}</label>
      {child}
      {hint && <small id={id + '-hint'} class="hint">{hint}</small>}
      {(error || note) && <small id={id + '-error'} class={error ? 'error' : 'note'} role={error ? 'alert' : undefined} data-field={name}>{error || note}</small>}
    </div>
  );
}

export const Input = ({ label: text, name, value, onInput, problem, hint, note, type = 'text', ...rest }) => (
  <Field label={text} name={name} problem={problem} hint={hint} note={note}>
    {(a) => <input {...a} {...rest} type={type} value={value ?? ''} onInput={(e) => onInput(type === 'number' ? numberOrNull(e.currentTarget.value) : e.currentTarget.value)} />}
  </Field>
);

const numberOrNull = (v) => (v === '' ? null : Number(v));

export const TextArea = ({ label: text, name, value, onInput, problem, hint, ...rest }) => (
  <Field label={text} name={name} problem={problem} hint={hint}>
    {(a) => <textarea {...a} {...rest} value={value ?? ''} onInput={(e) => onInput(e.currentTarget.value)} />}
  </Field>
);

/** A choice among an enum's values, labelled in the current language. */
export const Select = ({ label: text, name, value, onChange, options, kind, labels, problem, hint, blank }) => (
  <Field label={text} name={name} problem={problem} hint={hint}>
    {(a) => (
      <select {...a} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((o) => <option value={o}>{labels ? labels[o] : kind ? label(kind, o) : o}</option>)}
      </select>
    )}
  </Field>
);

export function Check({ label: text, name, checked, onChange, problem }) {
  const id = useId();
  const error = problem?.about?.(name);
  return (
    <div class={'check' + (error ? ' invalid' : '')}>
      <input id={id} type="checkbox" name={name} checked={!!checked} onChange={(e) => onChange(e.currentTarget.checked)} aria-invalid={error ? 'true' : undefined} />
      <label for={id}>{text}</label>
      {error && <small class="error" role="alert" data-field={name}>{error}</small>}
    </div>
  );
}

/**
 * A form whose refusals land beside the fields they name; a refusal naming none of its fields (a conflict, a
 * state that forbids it) is shown above the button.
 */
export function Form({ onSubmit, problem, fields, busy, submit, children, onRetry, label: aria }) {
  const shownAbove = problem && !problem.namesAny(fields ?? []);
  return (
    <form aria-label={aria} onSubmit={(e) => { e.preventDefault(); onSubmit(); }} noValidate>
      {children}
      {shownAbove && <ProblemNotice problem={problem} onRetry={onRetry} />}
      {problem && !shownAbove && <p class="error-summary" role="alert">{t('problem.fields', { count: problem.errors.length })}</p>}
      <button type="submit" class="primary" disabled={busy} aria-busy={busy ? 'true' : undefined}>{busy ? t('busy') : submit}</button>
    </form>
  );
}

/**
 * A list the API gives out page by page: the first page on open, the next ones with the cursor its answer names.
 * {@code load(after)} resolves to {items, next}.
 */
export function useCursorList(load, deps = []) {
  const [state, setState] = useState({ items: [], next: null, loading: true, problem: null, extra: null });
  const generation = useRef(0);
  const page = useCallback(async (after, append) => {
    const mine = ++generation.current;
    setState((s) => (append ? { ...s, loading: true, problem: null } : { items: [], next: null, loading: true, problem: null, extra: null }));
    try {
      const answer = await load(after);
      if (mine !== generation.current) return;
      setState((s) => ({ items: append ? [...s.items, ...answer.items] : answer.items, next: answer.next ?? null, loading: false, problem: null, extra: answer }));
    } catch (e) {
      if (mine !== generation.current) return;
      setState((s) => ({ ...s, loading: false, problem: asProblem(e) }));
    }
  }, deps);
  useEffect(() => {
    page(null, false);
  }, [page]);
  return { ...state, more: () => page(state.next, true), reload: () => page(null, false) };
}

export function MoreButton({ list }) {
  if (list.loading && list.items.length > 0) return <Loading />;
  if (!list.next) return null;
  return <button type="button" class="more" onClick={list.more}>{t('action.more')}</button>;
}

/** A table; on a phone each row becomes a card with the column names beside the values. */
export function Table({ caption, columns, rows, rowKey }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>{columns.map((c) => <th scope="col">{c.title}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={rowKey ? rowKey(r) : i}>
              {columns.map((c) => <td data-title={c.title}>{c.render ? c.render(r) : r[c.key]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const Badge = ({ kind, value }) => <span class={'badge badge-' + String(value).toLowerCase()}>{label(kind, value)}</span>;

export const Section = ({ title, children, actions }) => (
  <section class="card" aria-label={title}>
    <div class="card-head"><h2>{title}</h2>{actions}</div>
    {children}
  </section>
);

/** A short text that tells the user a write went through. */
export const Done = ({ children }) => (children ? <p class="done" role="status">{children}</p> : null);
