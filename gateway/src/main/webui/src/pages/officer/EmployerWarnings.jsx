import { get } from '../../api.js';
import { user } from '../../auth.js';
import { date, label, number, region, t } from '../../i18n.js';
import { Empty, Loading, ProblemNotice, Table, useLoad } from '../../ui.jsx';

/**
 * The early warning as the officer's region sees it (GET /regions/{code}/employer-warnings): employers flagged for
 * wage arrears, churn or a layoff that are in the region or employ its people now, with how many of them.
 */
export function EmployerWarnings() {
  const code = user.value.region;
  const list = useLoad(() => get(`/regions/${code}/employer-warnings`), [code]);
  const rows = list.data ?? [];
  return (
    <div class="page">
      <h1>{t('warnings.title')}</h1>
      <p>{t('warnings.intro')}</p>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      {list.loading && !list.data ? <Loading /> : rows.length === 0 && !list.problem ? (
        <Empty next={t('warnings.empty.next')}>{t('warnings.empty')}</Empty>
      ) : (
        <Table caption={t('warnings.title')} rows={rows} columns={[
          { title: t('warnings.employer'), render: (w) => w.employerName },
          { title: t('employer.region'), render: (w) => region(w.employerRegion) },
          { title: t('warnings.reasons'), render: (w) => w.warnings.map((x) => label('warning', x.reason)).join('、') },
          { title: t('warnings.since'), render: (w) => date(w.warnings[w.warnings.length - 1].raisedAt) },
          { title: t('warnings.workers'), render: (w) => number(w.workersFromRegion) },
        ]} />
      )}
    </div>
  );
}
