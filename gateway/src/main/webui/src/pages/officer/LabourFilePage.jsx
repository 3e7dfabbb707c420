import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { call, get, post } from '../../api.js';
import { useLabourFileChange, WishFields, wishesBody, wishesOf } from '../labourFileForm.jsx';
import { date, dateTime, label, platformDay, number, region, t, yuan } from '../../i18n.js';
import { Done, Empty, Form, Input, Loading, MoreButton, ProblemNotice, Section, Select, TextArea, useAction, useCursorList, useLoad } from '../../ui.jsx';
import { PostingSummary, Reasons } from '../reasons.jsx';

const POVERTY = ['REGISTERED_POOR', 'RELOCATED_EX_SITU', 'AT_RISK', 'LIFTED_OUT', 'NONE'];
const EDIT_FIELDS = ['name', 'phone', 'povertyStatus', 'desiredOccupations', 'expectedMonthlyPay', 'willingToMigrateTo'];

/** One labour file for its officers: read, edit (If-Match), record a visit, issue a link code, see recommendations. */
export function LabourFilePage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const file = useLoad(() => call('GET', `/workers/${encodeURIComponent(params.id)}`), [params.id]);
  if (file.loading && !file.data) return <Loading />;
  if (file.problem) return <ProblemNotice problem={file.problem} onRetry={file.reload} />;
  const { data: f, etag } = file.data;
  return (
    <div class="page">
      <h1>{f.name}</h1>
      <Done>{query.created ? t('file.created') : null}</Done>
      <div class="grid">
        <Section title={t('me.title')}>
          <dl class="facts">
            <dt>{t('file.idNumber')}</dt><dd>{f.idNumber}</dd>
            <dt>{t('file.phone')}</dt><dd>{f.phone ?? '–'}</dd>
            <dt>{t('file.householdRegion')}</dt><dd>{region(f.householdRegion)}</dd>
            <dt>{t('file.povertyStatus')}</dt><dd>{label('poverty', f.povertyStatus)}</dd>
            <dt>{t('file.status')}</dt><dd>{label('status', f.employmentStatus)}{f.employedSince ? ' · ' + date(f.employedSince) : ''}</dd>
            <dt>{t('file.expectedMonthlyPay')}</dt><dd>{yuan(f.expectedMonthlyPay)}</dd>
            <dt>{t('file.willingToMigrateTo')}</dt><dd>{f.willingToMigrateTo.map((p) => label('province', p)).join('、') || '–'}</dd>
            <dt>{t('file.lastVerified')}</dt><dd>{date(f.lastVerifiedOn)}</dd>
            <dt>{t('file.version')}</dt><dd data-testid="file-version">{f.version}</dd>
          </dl>
        </Section>
        <EditFile file={f} etag={etag} onSaved={file.reload} />
        <RecordVisit id={f.id} onSaved={file.reload} />
        <IssueLinkCode id={f.id} />
      </div>
      <Recommendations id={f.id} />
    </div>
  );
}

function EditFile({ file, etag, onSaved }) {
  const [f, setF] = useState(() => ({ ...wishesOf(file), name: file.name, povertyStatus: file.povertyStatus }));
  const set = (name) => (value) => setF((s) => ({ ...s, [name]: value }));
  const change = useLabourFileChange(file, etag, onSaved);
  const problem = change.action.problem;
  return (
    <Section title={t('file.edit')}>
      <Form label={t('file.edit')} onSubmit={() => change.save({ ...wishesBody(f), name: f.name, povertyStatus: f.povertyStatus })}
        problem={problem} fields={EDIT_FIELDS} busy={change.action.busy} submit={t('action.save')} onRetry={change.reread}>
        <Input label={t('file.name')} name="name" value={f.name} onInput={set('name')} problem={problem} />
        <Select label={t('file.povertyStatus')} name="povertyStatus" value={f.povertyStatus} onChange={set('povertyStatus')} options={POVERTY} kind="poverty" problem={problem} />
        <WishFields values={f} set={set} problem={problem} file={file} />
      </Form>
      <Done>{change.saved}</Done>
    </Section>
  );
}

function RecordVisit({ id, onSaved }) {
  const [v, setV] = useState({ visitedOn: platformDay(), outcome: 'CONFIRMED', notes: '' });
  const [done, setDone] = useState(null);
  const action = useAction();
  const save = () => action.run(async () => {
    await post(`/workers/${id}/verifications`, { visitedOn: v.visitedOn, outcome: v.outcome, notes: v.notes || undefined });
    setDone(t('file.visit.done'));
    onSaved();
  });
  return (
    <Section title={t('file.visit')}>
      <Form label={t('file.visit')} onSubmit={save} problem={action.problem} fields={['visitedOn', 'outcome', 'notes', 'corrections']} busy={action.busy} submit={t('action.save')}>
        <Input label={t('file.visit.date')} name="visitedOn" type="date" value={v.visitedOn} onInput={(x) => setV({ ...v, visitedOn: x })} problem={action.problem} />
        <Select label={t('file.visit.outcome')} name="outcome" value={v.outcome} onChange={(x) => setV({ ...v, outcome: x })} options={['CONFIRMED', 'CORRECTED', 'NOT_FOUND', 'MOVED_AWAY']} kind="visit" problem={action.problem} />
        <TextArea label={t('file.visit.notes')} name="notes" value={v.notes} onInput={(x) => setV({ ...v, notes: x })} problem={action.problem} />
      </Form>
      <Done>{done}</Done>
    </Section>
  );
}

function IssueLinkCode({ id }) {
  const [code, setCode] = useState(null);
  const action = useAction();
  return (
    <Section title={t('file.link')}>
      <p>{t('file.link.text')}</p>
      <button type="button" onClick={() => action.run(async () => setCode(await post(`/workers/${id}/link-codes`)))} disabled={action.busy}>{t('file.link.issue')}</button>
      <ProblemNotice problem={action.problem} />
      {code && <p class="code" role="status">{t('file.link.code', { code: '', until: dateTime(code.expiresAt) })}<output data-testid="link-code">{code.code}</output></p>}
    </Section>
  );
}

/** The worker's recommendations with their reasons, as the worker sees them. */
export function Recommendations({ id, onApply }) {
  const list = useCursorList((after) => get(`/workers/${id}/recommendations`, { after, limit: 10 }), [id]);
  return (
    <Section title={t('file.recommendations')}>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      {list.loading && list.items.length === 0 ? <Loading /> : list.items.length === 0 && !list.problem ? (
        <Empty next={t('file.noRecommendations.next')}>{t('file.noRecommendations')}</Empty>
      ) : (
        <ol class="cards">
          {list.items.map((r) => (
            <li class="card" data-posting={r.posting.postingId}>
              <PostingSummary posting={r.posting} />
              <p class="why">{t('jobs.why')}（{number(Math.round(r.score * 10) / 10)}）</p>
              <Reasons reasons={r.reasons} />
              {onApply && onApply(r.posting)}
            </li>
          ))}
        </ol>
      )}
      <MoreButton list={list} />
    </Section>
  );
}
