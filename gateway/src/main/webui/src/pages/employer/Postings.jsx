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
    </div>
  );
}
