import { useState } from 'preact/hooks';
import { get } from '../../api.js';
import { user } from '../../auth.js';
import { date, label, region, t, yuan } from '../../i18n.js';
import { Badge, Empty, Loading, MoreButton, ProblemNotice, Select, Table, useCursorList } from '../../ui.jsx';

const STATUSES = ['DRAFT', 'OPEN', 'SUSPENDED', 'FILLED', 'CLOSED', 'EXPIRED'];

/** The employer's postings, newest first, in every state or one. */
export function Postings() {
  const employer = user.value.employerId;
  const [status, setStatus] = useState(null);
  const list = useCursorList((after) => get(`/employers/${employer}/postings`, { status, after, limit: 20 }), [employer, status]);
  return (
    <div class="page">
      <h1>{t('postings.title')}</h1>
      <p><a class="button primary" href="/employer/postings/new">{t('nav.newPosting')}</a></p>
      <form class="inline" onSubmit={(e) => e.preventDefault()}>
        <Select label={t('claims.status')} name="status" value={status} onChange={setStatus} options={STATUSES} kind="posting" blank="—" />
      </form>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      {list.loading && list.items.length === 0 ? <Loading /> : list.items.length === 0 && !list.problem ? (
        <Empty next={t('postings.empty.next')}>{t('postings.empty')}</Empty>
      ) : (
        <Table caption={t('postings.title')} rowKey={(p) => p.id} rows={list.items} columns={[
          { title: t('posting.title'), render: (p) => <a href={`/employer/postings/${p.id}`}>{p.title}</a> },
          { title: t('claims.status'), render: (p) => <Badge kind="posting" value={p.status} /> },
          { title: t('posting.jobType'), render: (p) => label('jobType', p.jobType) },
          { title: t('posting.workRegion'), render: (p) => region(p.workRegion) },
          { title: t('posting.payMin'), render: (p) => `${yuan(p.payMin)}–${yuan(p.payMax)}` },
          { title: t('posting.placesLeft'), render: (p) => `${p.placesLeft}/${p.headcount}` },
          { title: t('posting.expiresOn'), render: (p) => date(p.expiresOn) },
        ]} />
      )}
      <MoreButton list={list} />
      <Hires employer={employer} />
    </div>
  );
}

/** The employer's hires (employment records), newest first: who stayed 3 and 6 months, who left. */
function Hires({ employer }) {
  const hires = useCursorList((after) => get(`/employers/${employer}/employments`, { after, limit: 20 }), [employer]);
  return (
    <section class="card" aria-label={t('hires.title')}>
      <h2>{t('hires.title')}</h2>
      <ProblemNotice problem={hires.problem} onRetry={hires.reload} />
      {hires.loading && hires.items.length === 0 ? <Loading /> : hires.items.length === 0 && !hires.problem ? (
        <Empty next={t('hires.empty.next')}>{t('hires.empty')}</Empty>
      ) : (
        <Table caption={t('hires.title')} rowKey={(h) => h.id} rows={hires.items} columns={[
          { title: t('application.worker'), render: (h) => h.workerId.slice(0, 8) + '…' },
          { title: t('posting.startDate'), render: (h) => date(h.startDate) },
          { title: t('posting.workRegion'), render: (h) => region(h.workRegion) },
          { title: t('application.offeredPay'), render: (h) => yuan(h.monthlyPay) },
          { title: t('hires.stayed'), render: (h) => (h.endDate ? t('hires.ended', { date: date(h.endDate) }) : h.stayedSixMonthsOn ? t('dash.six') : h.stayedThreeMonthsOn ? t('dash.three') : t('hires.current')) },
        ]} />
      )}
      <MoreButton list={hires} />
    </section>
  );
}
