import { useState } from 'preact/hooks';
import { get, postOnce } from '../../api.js';
import { user } from '../../auth.js';
import { date, label, region, t } from '../../i18n.js';
import { Done, Form, Input, Loading, ProblemNotice, Section, Select, useAction, useCursorList } from '../../ui.jsx';
import { ClaimTable } from '../officer/Claims.jsx';

/** The employer's claims: SME hiring (per hire) and public-welfare posts (per hire and month), with the contract as evidence. */
export function EmployerClaims() {
  const employer = user.value.employerId;
  const claims = useCursorList((after) => (after ? get(after.replace(/^\/api\/v1/, '')) : get('/claims', { limit: 20 })), []);
  const hires = useCursorList((after) => get(`/employers/${employer}/employments`, { after, limit: 100 }), [employer]);
  const [done, setDone] = useState(null);
  return (
    <div class="page">
      <h1>{t('nav.employerClaims')}</h1>
      <Done>{done}</Done>
      <div class="grid">
        <Section title={t('myclaims.title')}>
          <ProblemNotice problem={claims.problem} onRetry={claims.reload} />
          <ClaimTable list={claims} caption={t('myclaims.title')} />
        </Section>
        {hires.loading && hires.items.length === 0 ? <Loading /> : (
          <EmployerClaim hires={hires.items} onSubmitted={(c) => { setDone(t('claim.submitted', { status: label('claim', c.status) })); claims.reload(); }} />
        )}
      </div>
    </div>
  );
}

function EmployerClaim({ hires, onSubmitted }) {
  const [c, setC] = useState({ programme: 'SME_HIRING', employmentId: hires[0]?.id ?? null, period: '', reference: '' });
  const [key, setKey] = useState(() => crypto.randomUUID());
  const action = useAction();
  const submit = () => action.run(async () => {
    const claim = await postOnce('/claims', { programme: c.programme, employmentId: c.employmentId, period: c.programme === 'PUBLIC_WELFARE_POST' ? c.period : undefined,
      evidence: c.reference ? [{ kind: 'labour-contract', reference: c.reference }] : [] }, key);
    setKey(crypto.randomUUID());
    onSubmitted(claim);
  });
  return (
    <Section title={t('claim.submit')}>
      <Form label={t('claim.submit')} onSubmit={submit} problem={action.problem} fields={['programme', 'employmentId', 'period', 'evidence']} busy={action.busy} submit={t('claim.submit')}>
        <Select label={t('claims.programme')} name="programme" value={c.programme} onChange={(v) => setC({ ...c, programme: v })} options={['SME_HIRING', 'PUBLIC_WELFARE_POST']} kind="programme" problem={action.problem} />
        <Select label={t('myclaims.hire')} name="employmentId" value={c.employmentId} onChange={(v) => setC({ ...c, employmentId: v })} blank="—"
          options={hires.map((h) => h.id)} labels={Object.fromEntries(hires.map((h) => [h.id, `${date(h.startDate)} · ${region(h.workRegion)} · ${h.workerId.slice(0, 8)}`]))} problem={action.problem} />
        {c.programme === 'PUBLIC_WELFARE_POST' && <Input label="YYYY-MM" name="period" value={c.period} onInput={(v) => setC({ ...c, period: v })} problem={action.problem} placeholder="2026-11" />}
        <Input label={t('claim.evidence.reference')} name="evidence" value={c.reference} onInput={(v) => setC({ ...c, reference: v })} problem={action.problem} />
      </Form>
    </Section>
  );
}
