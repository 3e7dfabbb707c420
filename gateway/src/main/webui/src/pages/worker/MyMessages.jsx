import { useEffect, useState } from 'preact/hooks';
import { call, get } from '../../api.js';
import { dateTime, t } from '../../i18n.js';
import { Badge, Check, Done, Form, Loading, ProblemNotice, Section, Select, useAction, useLoad } from '../../ui.jsx';

/** The texts the platform sent the worker (offers, hires, course places, claims, suggestions), and how she wants them. */
export function MyMessages() {
  const me = useLoad(() => get('/me'));
  const id = me.data?.id;
  const messages = useLoad(() => (id ? get(`/workers/${id}/messages`, { limit: 50 }) : Promise.resolve(null)), [id]);
  return (
    <div class="page narrow">
      <h1>{t('messages.title')}</h1>
      {me.problem && <ProblemNotice problem={me.problem} onRetry={me.reload} />}
      <Section title={t('messages.title')}>
        <ProblemNotice problem={messages.problem} onRetry={messages.reload} />
        {(me.loading || messages.loading) && !messages.data ? <Loading /> : messages.data?.length === 0 ? <p>{t('messages.empty')}</p> : (
          <ul class="plain">{(messages.data ?? []).map((m) => (
            <li data-message={m.kind}><Badge kind="message" value={m.status} /> <small>{dateTime(m.createdAt)}</small><br />{m.text}</li>
          ))}</ul>
        )}
      </Section>
      {id && <Choices worker={id} />}
    </div>
  );
}

function Choices({ worker }) {
  const saved = useLoad(() => get(`/workers/${worker}/message-preferences`), [worker]);
  const [c, setC] = useState(null);
  const [done, setDone] = useState(null);
  const action = useAction();
  useEffect(() => { if (saved.data) setC(saved.data); }, [saved.data]);
  if (!c) return saved.problem ? <ProblemNotice problem={saved.problem} onRetry={saved.reload} /> : <Loading />;
  const save = () => action.run(async () => {
    const r = await call('PUT', `/workers/${worker}/message-preferences`, { body: c });
    setC(r.data);
    setDone(t('messages.saved'));
  });
  return (
    <Section title={t('messages.choices')}>
      <Done>{done}</Done>
      <Form label={t('messages.choices')} onSubmit={save} problem={action.problem} fields={['language', 'optedOut']} busy={action.busy} submit={t('messages.save')}>
        <Select label={t('messages.language')} name="language" value={c.language} onChange={(v) => setC({ ...c, language: v })}
          options={['zh-CN', 'en']} labels={{ 'zh-CN': '中文', en: 'English' }} problem={action.problem} />
        <Check label={t('messages.optedOut')} name="optedOut" checked={c.optedOut} onChange={(v) => setC({ ...c, optedOut: v })} problem={action.problem} />
      </Form>
    </Section>
  );
}
