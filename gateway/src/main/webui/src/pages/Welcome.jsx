import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { post } from '../api.js';
import { refreshIdentity } from '../auth.js';
import { t } from '../i18n.js';
import { Check, Form, Input, Section, useAction } from '../ui.jsx';

/**
 * A signed-up person whose account is linked to nothing yet: a worker links their labour file, an HR person registers
 * their employer or accepts a colleague's invitation. The platform links the account; the new token says so.
 */
export function Welcome() {
  return (
    <div class="page">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.text')}</p>
      <div class="grid">
        <LinkLabourFile />
        <RegisterEmployer />
        <AcceptInvitation />
      </div>
    </div>
  );
}

function useLinked() {
  const { route } = useLocation();
  return async () => {
    await refreshIdentity();
    route('/', true);
  };
}

export function LinkLabourFile() {
  const [f, setF] = useState({ code: '', idNumber: '', phone: '' });
  const action = useAction();
  const linked = useLinked();
  const submit = () => action.run(async () => {
    await post('/labour-file-account', f.code ? { code: f.code.trim() } : { idNumber: f.idNumber.trim(), phone: f.phone.trim() });
    await linked();
  });
  return (
    <Section title={t('welcome.worker')}>
      <p>{t('me.link.text')}</p>
      <Form label={t('me.link')} onSubmit={submit} problem={action.problem} fields={['code', 'idNumber', 'phone']} busy={action.busy} submit={t('me.link')}>
        <Input label={t('me.link.code')} name="code" value={f.code} onInput={(v) => setF({ ...f, code: v })} problem={action.problem} autoComplete="one-time-code" />
        <Input label={t('file.idNumber')} name="idNumber" value={f.idNumber} onInput={(v) => setF({ ...f, idNumber: v })} problem={action.problem} maxLength={18} />
        <Input label={t('file.phone')} name="phone" type="tel" value={f.phone} onInput={(v) => setF({ ...f, phone: v })} problem={action.problem} />
      </Form>
    </Section>
  );
}

function RegisterEmployer() {
  const [f, setF] = useState({ name: '', creditCode: '', region: '', sme: true });
  const action = useAction();
  const linked = useLinked();
  const submit = () => action.run(async () => {
    await post('/employers', f);
    await linked();
  });
  return (
    <Section title={t('welcome.employer')}>
      <Form label={t('welcome.employer')} onSubmit={submit} problem={action.problem} fields={['name', 'creditCode', 'region', 'sme']} busy={action.busy} submit={t('welcome.employer')}>
        <Input label={t('employer.name')} name="name" value={f.name} onInput={(v) => setF({ ...f, name: v })} problem={action.problem} />
        <Input label={t('employer.creditCode')} name="creditCode" value={f.creditCode} onInput={(v) => setF({ ...f, creditCode: v })} problem={action.problem} maxLength={18} />
        <Input label={t('employer.region')} name="region" value={f.region} onInput={(v) => setF({ ...f, region: v })} problem={action.problem} inputMode="numeric" maxLength={6} />
        <Check label="SME" name="sme" checked={f.sme} onChange={(v) => setF({ ...f, sme: v })} problem={action.problem} />
      </Form>
    </Section>
  );
}

function AcceptInvitation() {
  const [code, setCode] = useState('');
  const action = useAction();
  const linked = useLinked();
  return (
    <Section title={t('welcome.invitation')}>
      <Form label={t('welcome.invitation')} onSubmit={() => action.run(async () => { await post('/employer-invitations/accept', { code: code.trim() }); await linked(); })}
        problem={action.problem} fields={['code']} busy={action.busy} submit={t('welcome.invitation')}>
        <Input label={t('me.link.code')} name="code" value={code} onInput={setCode} problem={action.problem} />
      </Form>
    </Section>
  );
}

