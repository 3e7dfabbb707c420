import { useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { user } from '../../auth.js';
import { date, region, t } from '../../i18n.js';
import { Done, Empty, Input, Loading, MoreButton, ProblemNotice, useAction, useCursorList } from '../../ui.jsx';

/** Employers of the officer's region waiting to be verified: verify, or refuse with a reason. */
export function EmployersToVerify() {
  const code = user.value.region;
  const list = useCursorList((after) => get(`/regions/${code}/employers`, { standing: 'PENDING', after, limit: 20 }), [code]);
  const [done, setDone] = useState(null);
  return (
    <div class="page">
      <h1>{t('employers.title')}</h1>
      <Done>{done}</Done>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      {list.loading && list.items.length === 0 ? <Loading /> : list.items.length === 0 && !list.problem ? (
        <Empty next={t('employers.empty.next')}>{t('employers.empty')}</Empty>
      ) : (
        <ul class="cards">{list.items.map((e) => <PendingEmployer employer={e} onDecided={(text) => { setDone(text); list.reload(); }} />)}</ul>
      )}
      <MoreButton list={list} />
    </div>
  );
}

function PendingEmployer({ employer: e, onDecided }) {
  const [reason, setReason] = useState('');
  const action = useAction();
  return (
    <li class="card">
      <h2>{e.name}</h2>
      <dl class="facts">
        <dt>{t('employer.creditCode')}</dt><dd>{e.creditCode}</dd>
        <dt>{t('employer.region')}</dt><dd>{region(e.region)}</dd>
        <dt>{t('employer.registeredAt')}</dt><dd>{date(e.registeredAt)}</dd>
      </dl>
      <div class="actions">
        <button type="button" class="primary" disabled={action.busy}
          onClick={() => action.run(async () => { await post(`/employers/${e.id}/verify`); onDecided(t('employer.verified', { name: e.name })); })}>{t('employer.verify')}</button>
      </div>
      <form class="inline" onSubmit={(ev) => { ev.preventDefault(); action.run(async () => { await post(`/employers/${e.id}/refuse`, { reason }); onDecided(t('employer.refused', { name: e.name })); }); }}>
        <Input label={t('employer.reason')} name="reason" value={reason} onInput={setReason} problem={action.problem} />
        <button type="submit" disabled={action.busy}>{t('employer.refuse')}</button>
      </form>
      {action.problem && !action.problem.namesAny(['reason']) && <ProblemNotice problem={action.problem} />}
    </li>
  );
}
