import { useState } from 'preact/hooks';
import { call } from '../../api.js';
import { date, label, region, t } from '../../i18n.js';
import { Check, Done, Form, Input, Loading, ProblemNotice, Section, useAction, useLoad } from '../../ui.jsx';
import { codes, JOB_TYPES } from '../officer/LabourFiles.jsx';

const WORKER_FIELDS = ['phone', 'desiredOccupations', 'expectedMonthlyPay', 'willingToMigrateTo', 'acceptedJobTypes', 'willingToTrain'];

/**
 * The worker's own labour file (ID and phone masked as the API masks them); the worker changes their own contact and
 * wishes, everything else is their employment office's to change.
 */
export function MyFile() {
  const me = useLoad(() => call('GET', '/me'));
  if (me.loading && !me.data) return <Loading />;
  if (me.problem) return <ProblemNotice problem={me.problem} onRetry={me.reload} />;
  const { data: f, etag } = me.data;
  return (
    <div class="page narrow">
      <h1>{t('me.title')}</h1>
      <Section title={f.name}>
        <dl class="facts">
          <dt>{t('file.idNumber')}</dt><dd>{f.idNumber}</dd>
          <dt>{t('file.phone')}</dt><dd>{f.phone ?? '–'}</dd>
          <dt>{t('file.householdRegion')}</dt><dd>{region(f.householdRegion)}</dd>
          <dt>{t('file.povertyStatus')}</dt><dd>{label('poverty', f.povertyStatus)}</dd>
          <dt>{t('file.status')}</dt><dd>{label('status', f.employmentStatus)}{f.employedSince ? ' · ' + date(f.employedSince) : ''}</dd>
          <dt>{t('file.lastVerified')}</dt><dd>{date(f.lastVerifiedOn)}</dd>
        </dl>
      </Section>
      <MyWishes file={f} etag={etag ?? `"${f.version}"`} onSaved={me.reload} />
    </div>
  );
}

function MyWishes({ file, etag, onSaved }) {
  const [w, setW] = useState({ phone: '', desiredOccupations: file.desiredOccupations.join(','), expectedMonthlyPay: file.expectedMonthlyPay,
    willingToMigrateTo: file.willingToMigrateTo.join(','), acceptedJobTypes: file.acceptedJobTypes, willingToTrain: file.willingToTrain });
  const [done, setDone] = useState(null);
  const set = (name) => (value) => setW((s) => ({ ...s, [name]: value }));
  const action = useAction();
  const save = () => action.run(async () => {
    const body = { desiredOccupations: codes(w.desiredOccupations), expectedMonthlyPay: w.expectedMonthlyPay, willingToMigrateTo: codes(w.willingToMigrateTo),
      acceptedJobTypes: w.acceptedJobTypes, willingToTrain: w.willingToTrain };
    if (w.phone) body.phone = w.phone;
    const { data } = await call('PATCH', `/workers/${file.id}`, { body, headers: { 'If-Match': etag } });
    setDone(t('file.saved', { version: data.version }));
    onSaved();
  });
  return (
    <Section title={t('me.mayChange')}>
      <Form label={t('me.mayChange')} onSubmit={save} problem={action.problem} fields={WORKER_FIELDS} busy={action.busy} submit={t('action.save')}
        onRetry={action.problem?.conflict ? () => { action.setProblem(null); onSaved(); } : undefined}>
        <Input label={t('file.phone')} name="phone" type="tel" value={w.phone} onInput={set('phone')} problem={action.problem} placeholder={file.phone ?? ''} />
        <Input label={t('file.desiredOccupations')} name="desiredOccupations" value={w.desiredOccupations} onInput={set('desiredOccupations')} problem={action.problem} />
        <Input label={t('file.expectedMonthlyPay')} name="expectedMonthlyPay" type="number" min="0" value={w.expectedMonthlyPay} onInput={set('expectedMonthlyPay')} problem={action.problem} />
        <Input label={t('file.willingToMigrateTo')} name="willingToMigrateTo" value={w.willingToMigrateTo} onInput={set('willingToMigrateTo')} problem={action.problem} />
        <fieldset>
          <legend>{t('file.acceptedJobTypes')}</legend>
          {JOB_TYPES.map((j) => <Check label={label('jobType', j)} name={'jobType-' + j} checked={w.acceptedJobTypes.includes(j)}
            onChange={(on) => set('acceptedJobTypes')(on ? [...w.acceptedJobTypes, j] : w.acceptedJobTypes.filter((x) => x !== j))} />)}
        </fieldset>
        <Check label={t('me.willingToTrain')} name="willingToTrain" checked={w.willingToTrain} onChange={set('willingToTrain')} problem={action.problem} />
      </Form>
      <Done>{done}</Done>
    </Section>
  );
}
