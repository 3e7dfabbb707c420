import { signal } from '@preact/signals';
import { messages } from './messages.js';

/** The console's language: Simplified Chinese unless the user switched to English (kept in the browser). */
const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('laborlink.lang');
export const lang = signal(stored === 'en' ? 'en' : 'zh');

/** What the API is told (Accept-Language) and the page says it is written in (html lang). */
export const languageTag = () => (lang.value === 'en' ? 'en' : 'zh-CN');

export function setLang(value) {
  lang.value = value;
  localStorage.setItem('laborlink.lang', value);
  document.documentElement.lang = languageTag();
}
document.documentElement.lang = languageTag();

/** The text of a key in the current language, with {name} placeholders filled; the key itself when none is known. */
export function t(key, values) {
  const text = messages[lang.value][key] ?? messages.zh[key] ?? key;
  return values ? text.replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? '')) : text;
}

/** The label of an enum value (a status, a job type, a programme...), or the value itself. */
export function label(kind, value) {
  if (value === null || value === undefined) return '';
  const key = `${kind}.${value}`;
  const text = messages[lang.value][key] ?? messages.zh[key];
  return text ?? String(value);
}

const numbers = { zh: new Intl.NumberFormat('zh-CN'), en: new Intl.NumberFormat('en') };
export const number = (n) => (n === null || n === undefined ? '–' : numbers[lang.value].format(n));
export const yuan = (n) => (n === null || n === undefined ? '–' : t('money.yuan', { amount: number(n) }));
export const percent = (n) => (n === null || n === undefined ? '–' : `${number(Math.round(n * 10) / 10)}%`);
export const date = (d) => (d ? new Date(d).toLocaleDateString(languageTag()) : '–');
export const dateTime = (d) => (d ? new Date(d).toLocaleString(languageTag()) : '–');

/**
 * The platform's calendar day (China's, Asia/Shanghai, as the services count days), `days` from today, as yyyy-mm-dd:
 * a browser's UTC or own-zone date is a day behind from 16:00 to 24:00 UTC.
 */
export function platformDay(days = 0) {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(Date.now() + days * 86400000));
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A region as people read it: a province by its name, a prefecture or county by its code and its province. */
export function region(code) {
  if (!code) return '–';
  const province = label('province', code.slice(0, 2) + '0000');
  return code.endsWith('0000') ? province : `${code}（${province}）`;
}
