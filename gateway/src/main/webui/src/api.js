import { accessToken } from './auth.js';
import { languageTag, t } from './i18n.js';

/** An API refusal: its RFC 9457 problem detail, with the fields it names. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || String(status));
    this.status = status;
    this.title = problem?.title;
    this.detail = problem?.detail;
    this.type = problem?.type;
    this.errors = problem?.errors ?? [];
    this.existing = problem?.existing;
    this.requestId = problem?.requestId;
  }

  /** What the problem says about one field (or a field inside it, e.g. requiredSkills[0].code), or null. */
  about(field) {
    const hit = this.errors.find((e) => e.field === field || e.field.startsWith(field + '[') || e.field.startsWith(field + '.'));
    return hit ? hit.message : null;
  }

  /** Whether the problem names any of these fields (then the form shows it beside them, not on top). */
  namesAny(fields) {
    return this.errors.length > 0 && this.errors.every((e) => fields.some((f) => e.field === f || e.field.startsWith(f + '[') || e.field.startsWith(f + '.')));
  }

  get conflict() {
    return this.status === 412;
  }
}

/**
 * One call of the public API (/api/v1...): the signed-in user's token, the chosen language, JSON both ways.
 * Resolves to {data, etag}; rejects with an ApiProblem.
 */
export async function call(method, path, { body, query, headers } = {}) {
  const token = await accessToken();
  const search = query ? '?' + new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '')) : '';
  let response;
  try {
    response = await fetch('/api/v1' + path + search, {
      method,
      headers: {
        Accept: 'application/json',
        'Accept-Language': languageTag(),
        ...(token ? { Authorization: 'Bearer ' + token } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiProblem(0, { title: t('problem.network'), detail: t('problem.network.detail') });
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    throw new ApiProblem(response.status, data ?? { title: response.statusText });
  }
  return { data, etag: response.headers.get('ETag') };
}

export const get = (path, query) => call('GET', path, { query }).then((r) => r.data);
export const post = (path, body, headers) => call('POST', path, { body, headers }).then((r) => r.data);

/** A money-moving write: sent with an Idempotency-Key, so a retry after a lost answer does it once. */
export const postOnce = (path, body, key) => post(path, body, { 'Idempotency-Key': key ?? crypto.randomUUID() });
