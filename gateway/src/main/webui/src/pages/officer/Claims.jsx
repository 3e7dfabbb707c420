import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { get, postOnce } from '../../api.js';
import { dateTime, label, region, t, yuan } from '../../i18n.js';
import { Badge, Done, Empty, Form, Input, Loading, MoreButton, ProblemNotice, Section, Select, Table, useAction, useCursorList, useLoad } from '../../ui.jsx';

const STATUSES = ['SUBMITTED', 'WAITING_FOR_FACTS', 'APPROVED', 'PAID', 'REJECTED', 'REVERSED'];
export const PROGRAMMES = ['TRANSPORT', 'SME_HIRING', 'PUBLIC_WELFARE_POST', 'HELPING_COMPANY_REWARD', 'STUDENT_LIVING', 'TRAINING'];

/** The claims of the officer's region in one state, page by page. */
export function ClaimsQueue() {
  const [status, setStatus] = useState('SUBMITTED');
  const [programme, setProgramme] = useState(null);
  // the API's next is the whole path of the next page
  const list = useCursorList((after) => (after ? get(after.replace(/^\/api\/v1/, '')) : get('/claims', { status, programme, limit: 20 })), [status, programme]);
  return (
    <div class="page">
      <h1>{t('claims.title')}</h1>
      <form class="inline" onSubmit={(e) => e.preventDefault()}>
        <Select label={t('claims.status')} name="status" value={status} onChange={setStatus} options={STATUSES} kind="claim" />
        <Select label={t('claims.programme')} name="programme" value={programme} onChange={setProgramme} options={PROGRAMMES} kind="programme" blank="—" />
      </form>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      <ClaimTable list={list} base="/officer/claims" />
    </div>
  );
}

export function ClaimTable({ list, base, caption }) {
  if (list.loading && list.items.length === 0) return <Loading />;
  if (list.items.length === 0 && !list.problem) return <Empty next={t('claims.empty.next')}>{t('claims.empty')}</Empty>;
  return (
    <>
      <Table caption={caption ?? t('claims.title')} rowKey={(c) => c.id} rows={list.items} columns={[
        { title: t('claims.programme'), render: (c) => (base ? <a href={`${base}/${c.id}`} data-claim={c.id}>{label('programme', c.programme)}</a> : <span data-claim={c.id}>{label('programme', c.programme)}</span>) },
        { title: t('claims.status'), render: (c) => <Badge kind="claim" value={c.status} /> },
        { title: t('claim.amount'), render: (c) => yuan(c.amount ?? c.amountClaimed) },
        { title: t('claim.region'), render: (c) => region(c.region) },
      ]} />
      <MoreButton list={list} />
    </>
  );
}

/** One claim: the rules it was checked against, its trail, and approve / reject / pay, each with an Idempotency-Key. */
export function ClaimPage() {
  const { params } = useRoute();
  // a new claim is a new page: its own operation keys, nothing typed for the one before
  return <OneClaim key={params.id} id={params.id} />;
}

function OneClaim({ id }) {
  const claim = useLoad(() => get(`/claims/${encodeURIComponent(id)}`), [id]);
  // one key per intended operation: a retry of the same click is the same operation
  const [keys] = useState(() => ({ approve: crypto.randomUUID(), pay: crypto.randomUUID(), reject: crypto.randomUUID() }));
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(null);
  const action = useAction();
  if (claim.loading && !claim.data) return <Loading />;
  if (claim.problem) return <ProblemNotice problem={claim.problem} onRetry={claim.reload} />;
  const c = claim.data;
  const act = (what, run) => action.run(async () => { const after = await run(); setDone(t('claim.done', { status: label('claim', after.status) })); claim.reload(); });
  return (
    <div class="page">
      <h1>{label('programme', c.programme)} <Badge kind="claim" value={c.status} /></h1>
      <Done>{done}</Done>
      <div class="grid">
        <Section title={t('claim.title')}>
          <dl class="facts">
            <dt>{t('claim.amountClaimed')}</dt><dd>{yuan(c.amountClaimed)}</dd>
            <dt>{t('claim.amount')}</dt><dd data-testid="claim-amount">{yuan(c.amount)}</dd>
            <dt>{t('claim.worker')}</dt><dd>{c.workerId ?? '–'}</dd>
            <dt>{t('claim.hire')}</dt><dd>{c.employmentId ?? '–'}</dd>
            <dt>{t('claim.region')}</dt><dd>{region(c.region)}</dd>
            <dt>{t('claim.evidence')}</dt><dd>{c.evidence.map((e) => `${e.kind}: ${e.reference}`).join('；') || '–'}</dd>
            {c.decision?.missingFacts?.length > 0 && <><dt>{t('claim.missing')}</dt><dd>{c.decision.missingFacts.join('；')}</dd></>}
          </dl>
        </Section>
        <Section title={t('claim.rules')}>
          <ul class="rules">{(c.decision?.rules ?? []).map((r) => <li class={r.passed ? 'passed' : 'failed'}><strong>{r.passed ? '✓ ' + t('claim.passed') : '✗ ' + t('claim.failed')}</strong> {r.detail}</li>)}</ul>
        </Section>
        <Section title={t('claim.trail')}>
          <ol class="trail">{(c.trail ?? []).map((e) => <li><time>{dateTime(e.at)}</time> {label('trail', e.action)} · {label('claim', e.status)}</li>)}</ol>
        </Section>
        <Section title={t('claims.title')}>
          {c.status === 'SUBMITTED' && (
            <>
              <button type="button" class="primary" disabled={action.busy} onClick={() => act('approve', () => postOnce(`/claims/${c.id}/approve`, undefined, keys.approve))}>{t('claim.approve')}</button>
              <p class="hint">{t('claim.idempotency', { key: keys.approve.slice(0, 8) })}</p>
              <Form label={t('claim.reject')} onSubmit={() => act('reject', () => postOnce(`/claims/${c.id}/reject`, { reason }, keys.reject))} problem={action.problem} fields={['reason']} busy={action.busy} submit={t('claim.reject')}>
                <Input label={t('claim.reason')} name="reason" value={reason} onInput={setReason} problem={action.problem} />
              </Form>
            </>
          )}
          {c.status === 'APPROVED' && (
            <Form label={t('claim.pay')} onSubmit={() => act('pay', () => postOnce(`/claims/${c.id}/pay`, { paymentReference: reference }, keys.pay))} problem={action.problem} fields={['paymentReference']} busy={action.busy} submit={t('claim.pay')}>
              <Input label={t('claim.paymentReference')} name="paymentReference" value={reference} onInput={setReference} problem={action.problem} />
              <p class="hint">{t('claim.idempotency', { key: keys.pay.slice(0, 8) })}</p>
            </Form>
          )}
          {c.status !== 'SUBMITTED' && c.status !== 'APPROVED' && <p>{label('claim', c.status)}</p>}
          {c.status === 'SUBMITTED' && action.problem && !action.problem.namesAny(['reason']) && <ProblemNotice problem={action.problem} />}
        </Section>
      </div>
    </div>
  );
}
