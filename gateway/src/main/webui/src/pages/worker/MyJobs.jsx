import { useState } from 'preact/hooks';
import { post } from '../../api.js';
import { user } from '../../auth.js';
import { t } from '../../i18n.js';
import { Done, ProblemNotice, useAction } from '../../ui.jsx';
import { Recommendations } from '../officer/LabourFilePage.jsx';

/** The worker's recommendations with their reasons; apply with one tap. */
export function MyJobs() {
  return (
    <div class="page narrow">
      <h1>{t('jobs.title')}</h1>
      <Recommendations id={user.value.workerId} onApply={(posting) => <Apply posting={posting} />} />
    </div>
  );
}

function Apply({ posting }) {
  const [applied, setApplied] = useState(false);
  const action = useAction();
  return (
    <div class="actions">
      {!applied && <button type="button" class="primary" disabled={action.busy} aria-label={`${t('jobs.apply')}：${posting.title}`}
        onClick={() => action.run(async () => { await post(`/jobs/${posting.postingId}/applications`, {}); setApplied(true); })}>{t('jobs.apply')}</button>}
      <Done>{applied ? t('jobs.applied') : null}</Done>
      <ProblemNotice problem={action.problem} />
    </div>
  );
}
