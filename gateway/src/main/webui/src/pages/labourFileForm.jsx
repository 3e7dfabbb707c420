import { useState } from 'preact/hooks';
import { call } from '../api.js';
import { label, t } from '../i18n.js';
import { Check, Input, useAction } from '../ui.jsx';

export const JOB_TYPES = ['REGULAR', 'CARING_JOB', 'PUBLIC_WELFARE_POST', 'TEMPORARY_POST', 'WORKSHOP_JOB'];

/** Codes typed as a list ("4-10-01-05, 4-10-01-06" or with 、): the API's array. */
export const codes = (text) => (text ?? '').split(/[,，、\s]+/).map((s) => s.trim()).filter(Boolean);

/** The job types a worker accepts, one check box each. */
export const JobTypesField = ({ value, onChange }) => (
  <fieldset>
    <legend>{t('file.acceptedJobTypes')}</legend>
    {JOB_TYPES.map((j) => <Check label={label('jobType', j)} name={'jobType-' + j} checked={value.includes(j)}
      onChange={(on) => onChange(on ? [...value, j] : value.filter((x) => x !== j))} />)}
  </fieldset>
);

/** What a worker wishes, as the form holds it (lists as text), from a labour file. */
export const wishesOf = (file) => ({ phone: '', desiredOccupations: file.desiredOccupations.join(','), expectedMonthlyPay: file.expectedMonthlyPay,
  willingToMigrateTo: file.willingToMigrateTo.join(',') });

/** The form's wishes as the API takes them: lists split, the phone only when a new one was typed. */
export function wishesBody(w) {
  const body = { desiredOccupations: codes(w.desiredOccupations), expectedMonthlyPay: w.expectedMonthlyPay, willingToMigrateTo: codes(w.willingToMigrateTo) };
  if (w.phone) body.phone = w.phone;
  return body;
}

/** The fields of a worker's contact and wishes, shared by the officer's edit and the worker's own. */
export const WishFields = ({ values, set, problem, file }) => (
  <>
    <Input label={t('file.phone')} name="phone" type="tel" value={values.phone} onInput={set('phone')} problem={problem} placeholder={file.phone ?? ''} />
    <Input label={t('file.desiredOccupations')} name="desiredOccupations" value={values.desiredOccupations} onInput={set('desiredOccupations')} problem={problem} />
    <Input label={t('file.expectedMonthlyPay')} name="expectedMonthlyPay" type="number" min="0" value={values.expectedMonthlyPay} onInput={set('expectedMonthlyPay')} problem={problem} />
    <Input label={t('file.willingToMigrateTo')} name="willingToMigrateTo" value={values.willingToMigrateTo} onInput={set('willingToMigrateTo')} problem={problem} />
  </>
);

/**
 * A change of a labour file sent with If-Match (the version read); a stale version comes back as a conflict the form
 * shows, with a button that reads the latest version.
 */
export function useLabourFileChange(file, etag, onSaved) {
  const action = useAction();
  const [saved, setSaved] = useState(null);
  const save = (body) => action.run(async () => {
    const { data } = await call('PATCH', `/workers/${file.id}`, { body, headers: { 'If-Match': etag } });
    setSaved(t('file.saved', { version: data.version }));
    onSaved();
  });
  const reread = action.problem?.conflict ? () => { action.setProblem(null); onSaved(); } : undefined;
  return { action, saved, save, reread };
}
