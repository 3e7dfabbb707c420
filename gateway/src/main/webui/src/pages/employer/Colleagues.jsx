import { useState } from 'preact/hooks';
import { call, get, post } from '../../api.js';
import { user } from '../../auth.js';
import { dateTime, t } from '../../i18n.js';
import { Done, Empty, Form, Input, Loading, ProblemNotice, Section, Table, useAction, useLoad } from '../../ui.jsx';

/** The employer's HR accounts: invite a colleague (a code to hand over), remove one. */
export function Colleagues() {
  const employer = user.value.employerId;
  const accounts = useLoad(() => get(`/employers/${employer}/accounts`), [employer]);
  const [invite, setInvite] = useState({ email: '', phone: '' });
  const [issued, setIssued] = useState(null);
  const [done, setDone] = useState(null);
  const inviting = useAction();
  const removing = useAction();
  const send = () => inviting.run(async () => {
    setIssued(await post(`/employers/${employer}/invitations`, { email: invite.email || undefined, phone: invite.phone || undefined }));
  });
  const current = (accounts.data ?? []).filter((a) => !a.removedAt);
  return (
    <div class="page">
      <h1>{t('colleagues.title')}</h1>
      <Done>{done}</Done>
      <div class="grid">
        <Section title={t('colleagues.title')}>
          <ProblemNotice problem={accounts.problem ?? removing.problem} onRetry={accounts.reload} />
          {accounts.loading && !accounts.data ? <Loading /> : current.length <= 1 && current.every((a) => a.userId === user.value.subject) ? <Empty>{t('colleagues.empty')}</Empty> : null}
          {current.length > 0 && (
            <Table caption={t('colleagues.title')} rowKey={(a) => a.id} rows={current} columns={[
              { title: t('colleagues.email'), render: (a) => a.email ?? a.username },
              { title: t('colleagues.admin'), render: (a) => (a.accountAdmin ? '✓' : '') },
              { title: t('employer.registeredAt'), render: (a) => dateTime(a.linkedAt) },
              { title: '', render: (a) => (a.userId === user.value.subject ? null : (
                <button type="button" disabled={removing.busy} onClick={() => removing.run(async () => { await call('DELETE', `/employers/${employer}/accounts/${a.id}`); setDone(t('colleagues.removed')); accounts.reload(); })}>{t('colleagues.remove')}</button>
              )) },
            ]} />
          )}
        </Section>
        <Section title={t('colleagues.invite')}>
          <Form label={t('colleagues.invite')} onSubmit={send} problem={inviting.problem} fields={['email', 'phone']} busy={inviting.busy} submit={t('colleagues.invite')}>
            <Input label={t('colleagues.email')} name="email" type="email" value={invite.email} onInput={(v) => setInvite({ ...invite, email: v })} problem={inviting.problem} />
            <Input label={t('colleagues.phone')} name="phone" type="tel" value={invite.phone} onInput={(v) => setInvite({ ...invite, phone: v })} problem={inviting.problem} />
          </Form>
          {issued && <p class="code" role="status">{t('colleagues.code', { code: issued.code, until: dateTime(issued.expiresAt) })}</p>}
        </Section>
      </div>
    </div>
  );
}
