import { useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { date, dateTime, t, yuan } from '../../i18n.js';
import { Badge, Done, Empty, Loading, ProblemNotice, useAction, useLoad } from '../../ui.jsx';

/** The worker's applications: an offer is accepted (the hire) or the application withdrawn. */
export function MyApplications() {
  const mine = useLoad(() => get('/me/applications'));
  const [done, setDone] = useState(null);
  return (
    <div class="page narrow">
      <h1>{t('applications.title')}</h1>
      <Done>{done}</Done>
      <ProblemNotice problem={mine.problem} onRetry={mine.reload} />
      {mine.loading && !mine.data ? <Loading /> : mine.data?.length === 0 ? <Empty next={t('applications.empty.next')}>{t('applications.empty')}</Empty> : (
        <ul class="cards">{(mine.data ?? []).map((a) => <MyApplication application={a} onChanged={(text) => { setDone(text); mine.reload(); }} />)}</ul>
      )}
    </div>
  );
}

function MyApplication({ application: a, onChanged }) {
  const posting = useLoad(() => get(`/jobs/${a.postingId}`).catch(() => null), [a.postingId]);
  const action = useAction();
  return (
    <li class="card" data-application={a.id}>
      <h2>{posting.data?.title ?? a.postingId.slice(0, 8)}</h2>
      <p><Badge kind="application" value={a.status} /> · {dateTime(a.appliedAt)}</p>
      {a.status === 'OFFERED' && <p class="offer">{t('applications.offer', { start: date(a.offeredStart), pay: yuan(a.offeredPay) })}</p>}
      <div class="actions">
        {a.status === 'OFFERED' && <button type="button" class="primary" disabled={action.busy}
          onClick={() => action.run(async () => { await post(`/applications/${a.id}/accept`); onChanged(t('applications.accepted')); })}>{t('applications.accept')}</button>}
        {(a.status === 'APPLIED' || a.status === 'OFFERED') && <button type="button" disabled={action.busy}
          onClick={() => action.run(async () => { await post(`/applications/${a.id}/withdraw`); onChanged(t('applications.withdraw')); })}>{t('applications.withdraw')}</button>}
      </div>
      <ProblemNotice problem={action.problem} />
    </li>
  );
}
