/**
 * The resident ID number (GB 11643-1999) as it is typed: 18 characters, six digits of the household's division,
 * a birth date that exists, and the ISO 7064 MOD 11-2 check character. The API checks it again; this only says
 * early what it will say.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkIdNumber(value) {
  const v = (value ?? '').trim().toUpperCase();
  if (v === '') return null;
  if (!/^[0-9]{0,17}[0-9X]?$/.test(v)) return 'id.chars';
  if (v.length < 18) return 'id.short';
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  const born = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || born.getUTCMonth() !== m - 1 || born.getUTCDate() !== d || born > new Date()) return 'id.birth';
  const sum = WEIGHTS.reduce((s, w, i) => s + w * +v[i], 0);
  return CHECK[sum % 11] === v[17] ? 'id.ok' : 'id.check';
}

/** The birth date an ID number carries (yyyy-mm-dd), or null. */
export const birthDateOf = (value) => (checkIdNumber(value) === 'id.ok' ? `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}` : null);
