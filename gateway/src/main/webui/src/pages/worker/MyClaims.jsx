import { useState } from 'preact/hooks';
import { get, postOnce } from '../../api.js';
import { date, label, region, t } from '../../i18n.js';
import { Done, Form, Input, Loading, ProblemNotice, Section, Select, useAction, useCursorList, useLoad } from '../../ui.jsx';
import { ClaimTable } from '../officer/Claims.jsx';

/** The worker's claims, and a transport-subsidy claim for one of their hires (with the ticket as evidence). */
export function MyClaims() {
  const claims = useCursorList((after) => (after ? get(after.replace(/^\/api\/v1/, '')) : get('/claims', { limit: 20 })), []);
  const hires = useLoad(() => get('/me/employments'));
  const [done, setDone] = useState(null);
  return (
    <div class="page narrow">
      <h1>{t('myclaims.title')}</h1>
      <Done>{done}</Done>
      <Section title={t('myclaims.title')}>
        <ProblemNotice problem={claims.problem} onRetry={claims.reload} />
        <ClaimTable list={claims} caption={t('myclaims.title')} />
      </Section>
      {hires.loading && !hires.data ? <Loading /> : hires.problem ? <ProblemNotice problem={hires.problem} /> : (
        <TransportClaim hires={hires.data} onSubmitted={(c) => { setDone(t('claim.submitted', { status: label('claim', c.status) })); claims.reload(); }} />
      )}
    </div>
  );
}

function TransportClaim({ hires, onSubmitted }) {
  const [c, setC] = useState({ employmentId: hires[0]?.id ?? null, amount: null, reference: '' });
  // one key for this claim: submitting again after a lost answer is the same claim
  const [key, setKey] = useState(() => crypto.randomUUID());
  const action = useAction();
  const submit = () => action.run(async () => {
    const claim = await postOnce('/claims', { programme: 'TRANSPORT', employmentId: c.employmentId, amount: c.amount,
      evidence: c.reference ? [{ kind: 'travel-ticket', reference: c.reference }] : [] }, key);
    setKey(crypto.randomUUID());
    onSubmitted(claim);
  });
  const hireLabel = (h) => `${date(h.startDate)} · ${region(h.workRegion)}`;
  return (
    <Section title={t('myclaims.transport')}>
      {hires.length === 0 ? <p>{t('myclaims.empty.next')}</p> : (
        <Form label={t('myclaims.transport')} onSubmit={submit} problem={action.problem} fields={['employmentId', 'amount', 'evidence']} busy={action.busy} submit={t('claim.submit')}>
          <Select label={t('myclaims.hire')} name="employmentId" value={c.employmentId} onChange={(v) => setC({ ...c, employmentId: v })}
            options={hires.map((h) => h.id)} problem={action.problem} labels={Object.fromEntries(hires.map((h) => [h.id, hireLabel(h)]))} />
          <Input label={t('myclaims.amount')} name="amount" type="number" min="0" value={c.amount} onInput={(v) => setC({ ...c, amount: v })} problem={action.problem} />
          <Input label={t('claim.evidence.reference')} name="evidence" value={c.reference} onInput={(v) => setC({ ...c, reference: v })} problem={action.problem} />
        </Form>
      )}
    </Section>
  );
}
