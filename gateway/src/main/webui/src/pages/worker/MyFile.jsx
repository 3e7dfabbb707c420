import { useState } from 'preact/hooks';
import { call } from '../../api.js';
import { JobTypesField, useLabourFileChange, WishFields, wishesBody, wishesOf } from '../labourFileForm.jsx';
import { date, label, region, t } from '../../i18n.js';
import { Check, Done, Form, Loading, ProblemNotice, Section, useLoad } from '../../ui.jsx';

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
  const [w, setW] = useState(() => ({ ...wishesOf(file), acceptedJobTypes: file.acceptedJobTypes, willingToTrain: file.willingToTrain }));
  const set = (name) => (value) => setW((s) => ({ ...s, [name]: value }));
  const change = useLabourFileChange(file, etag, onSaved);
  const problem = change.action.problem;
  return (
    <Section title={t('me.mayChange')}>
      <Form label={t('me.mayChange')} onSubmit={() => change.save({ ...wishesBody(w), acceptedJobTypes: w.acceptedJobTypes, willingToTrain: w.willingToTrain })}
        problem={problem} fields={WORKER_FIELDS} busy={change.action.busy} submit={t('action.save')} onRetry={change.reread}>
        <WishFields values={w} set={set} problem={problem} file={file} />
        <JobTypesField value={w.acceptedJobTypes} onChange={set('acceptedJobTypes')} />
        <Check label={t('me.willingToTrain')} name="willingToTrain" checked={w.willingToTrain} onChange={set('willingToTrain')} problem={problem} />
      </Form>
      <Done>{change.saved}</Done>
    </Section>
  );
}
