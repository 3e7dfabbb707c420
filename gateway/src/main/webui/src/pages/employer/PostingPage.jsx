import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { call, get, post } from '../../api.js';
import { date, dateTime, label, platformDay, region, t, yuan } from '../../i18n.js';
import { Badge, Done, Empty, Form, Input, Loading, ProblemNotice, Section, useAction, useLoad } from '../../ui.jsx';
import { RulesOfType } from './NewPosting.jsx';

/** One posting for its HR: publish a draft, edit, close; its applicants (as the API masks them), offers. */
export function PostingPage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const posting = useLoad(() => call('GET', `/jobs/${encodeURIComponent(params.id)}`), [params.id]);
  const action = useAction();
  const [done, setDone] = useState(query.created ? t('posting.created', { how: t('posting.how.' + query.created) }) : null);
  if (posting.loading && !posting.data) return <Loading />;
  if (posting.problem) return <ProblemNotice problem={posting.problem} onRetry={posting.reload} />;
  const { data: p, etag } = posting.data;
  const act = (path, text) => action.run(async () => { await post(`/jobs/${p.id}/${path}`); setDone(text); posting.reload(); });
  return (
    <div class="page">
      <h1>{p.title} <Badge kind="posting" value={p.status} /></h1>
      <Done>{done}</Done>
      <ProblemNotice problem={action.problem} />
      <div class="actions">
        {p.status === 'DRAFT' && <button type="button" class="primary" disabled={action.busy} onClick={() => act('publish', t('posting.created', { how: t('posting.how.open') }))}>{t('posting.publish')}</button>}
        {(p.status === 'OPEN' || p.status === 'DRAFT') && <button type="button" disabled={action.busy} onClick={() => act('close', label('posting', 'CLOSED'))}>{t('posting.close')}</button>}
      </div>
      <div class="grid">
        <Section title={t('nav.postings')}>
          <dl class="facts">
            <dt>{t('posting.occupationCode')}</dt><dd>{p.occupationCode}</dd>
            <dt>{t('posting.jobType')}</dt><dd>{label('jobType', p.jobType)}</dd>
            <dt>{t('posting.workRegion')}</dt><dd>{region(p.workRegion)}</dd>
            <dt>{t('posting.payMin')}</dt><dd>{yuan(p.payMin)}–{yuan(p.payMax)}</dd>
            <dt>{t('posting.placesLeft')}</dt><dd>{p.placesLeft}/{p.headcount}</dd>
            <dt>{t('posting.expiresOn')}</dt><dd>{date(p.expiresOn)}</dd>
          </dl>
        </Section>
        <RulesOfType jobType={p.jobType} workRegion={p.workRegion} />
        {(p.status === 'DRAFT' || p.status === 'OPEN') && <EditPosting posting={p} etag={etag} onSaved={() => { setDone(t('posting.saved')); posting.reload(); }} />}
      </div>
      <Applicants posting={p} />
    </div>
  );
}

function EditPosting({ posting, etag, onSaved }) {
  const [f, setF] = useState({ title: posting.title, payMin: posting.payMin, payMax: posting.payMax, headcount: posting.headcount });
  const set = (name) => (value) => setF((s) => ({ ...s, [name]: value }));
  const action = useAction();
  const save = () => action.run(async () => {
    await call('PATCH', `/jobs/${posting.id}`, { body: f, headers: { 'If-Match': etag } });
    onSaved();
  });
  return (
    <Section title={t('posting.edit')}>
      <Form label={t('posting.edit')} onSubmit={save} problem={action.problem} fields={['title', 'payMin', 'payMax', 'headcount']} busy={action.busy} submit={t('action.save')}
        onRetry={action.problem?.conflict ? () => { action.setProblem(null); onSaved(); } : undefined}>
        <Input label={t('posting.title')} name="title" value={f.title} onInput={set('title')} problem={action.problem} />
        <Input label={t('posting.payMin')} name="payMin" type="number" value={f.payMin} onInput={set('payMin')} problem={action.problem} />
        <Input label={t('posting.payMax')} name="payMax" type="number" value={f.payMax} onInput={set('payMax')} problem={action.problem} />
        <Input label={t('posting.headcount')} name="headcount" type="number" value={f.headcount} onInput={set('headcount')} problem={action.problem} />
      </Form>
    </Section>
  );
}

function Applicants({ posting }) {
  const applications = useLoad(() => get(`/jobs/${posting.id}/applications`), [posting.id]);
  return (
    <Section title={t('posting.applications')}>
      <ProblemNotice problem={applications.problem} onRetry={applications.reload} />
      {applications.loading && !applications.data ? <Loading /> : applications.data?.length === 0 ? (
        <Empty next={t('posting.noApplications.next')}>{t('posting.noApplications')}</Empty>
      ) : (
        <ul class="cards">{(applications.data ?? []).map((a) => <Applicant application={a} posting={posting} onChanged={applications.reload} />)}</ul>
      )}
    </Section>
  );
}

function Applicant({ application: a, posting, onChanged }) {
  const [offer, setOffer] = useState({ startDate: platformDay(1), monthlyPay: posting.payMin });
  const [done, setDone] = useState(null);
  const action = useAction();
  return (
    <li class="card" data-application={a.id}>
      <p><strong>{t('application.worker')}</strong> {a.workerId.slice(0, 8)}… · <Badge kind="application" value={a.status} /> · {dateTime(a.appliedAt)}</p>
      {a.note && <p>{t('application.note')}：{a.note}</p>}
      {a.status === 'OFFERED' && <p>{t('applications.offer', { start: date(a.offeredStart), pay: yuan(a.offeredPay) })}</p>}
      {a.status === 'APPLIED' && (
        <Form label={t('application.offer')} onSubmit={() => action.run(async () => { await post(`/applications/${a.id}/offer`, offer); setDone(t('application.offered')); onChanged(); })}
          problem={action.problem} fields={['startDate', 'monthlyPay']} busy={action.busy} submit={t('application.offer')}>
          <Input label={t('application.offeredStart')} name="startDate" type="date" value={offer.startDate} onInput={(v) => setOffer({ ...offer, startDate: v })} problem={action.problem} />
          <Input label={t('application.offeredPay')} name="monthlyPay" type="number" value={offer.monthlyPay} onInput={(v) => setOffer({ ...offer, monthlyPay: v })} problem={action.problem} />
        </Form>
      )}
      <Done>{done}</Done>
    </li>
  );
}
