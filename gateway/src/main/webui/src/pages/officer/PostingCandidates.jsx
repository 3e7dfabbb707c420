import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { get } from '../../api.js';
import { label, number, region, t } from '../../i18n.js';
import { Empty, Input, Loading, MoreButton, ProblemNotice, Section, useCursorList, useLoad } from '../../ui.jsx';
import { Reasons } from '../reasons.jsx';

/** A posting's candidates, ranked and explained, and its migrating candidates as vehicle loads per home county. */
export function PostingCandidates() {
  const { params } = useRoute();
  const { route } = useLocation();
  const [id, setId] = useState(params.id ?? '');
  return (
    <div class="page">
      <h1>{t('candidates.title')}</h1>
      <form class="inline" role="search" onSubmit={(e) => { e.preventDefault(); route(`/officer/postings/${encodeURIComponent(id.trim())}`); }}>
        <Input label={t('candidates.posting')} name="posting" value={id} onInput={setId} />
        <button type="submit">{t('action.search')}</button>
      </form>
      {params.id ? <div class="grid"><Candidates id={params.id} /><TransportGroups id={params.id} /></div>
        : <Empty next={t('candidates.empty.next')}>{t('candidates.empty')}</Empty>}
    </div>
  );
}

function Candidates({ id }) {
  const list = useCursorList((after) => get(`/jobs/${encodeURIComponent(id)}/candidates`, { after, limit: 20 }), [id]);
  return (
    <Section title={t('candidates.list')}>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      {list.loading && list.items.length === 0 ? <Loading /> : list.items.length === 0 && !list.problem ? <Empty>{t('candidates.empty')}</Empty> : (
        <ol class="cards">{list.items.map((c) => (
          <li class="card">
            <a href={`/officer/files/${c.workerId}`}>{c.workerId.slice(0, 8)}</a> · {region(c.householdRegion)} · {label('poverty', c.povertyStatus)}
            <span class="score"> {t('candidates.score')} {number(Math.round(c.score * 10) / 10)}</span>
            <Reasons reasons={c.reasons} />
          </li>
        ))}</ol>
      )}
      <MoreButton list={list} />
    </Section>
  );
}

function TransportGroups({ id }) {
  const [seats, setSeats] = useState(45);
  const groups = useLoad(() => get(`/jobs/${encodeURIComponent(id)}/transport-groups`, { vehicleSeats: seats }), [id, seats]);
  return (
    <Section title={t('candidates.groups')}>
      <Input label={t('candidates.seats')} name="vehicleSeats" type="number" min="1" max="100" value={seats} onInput={(v) => v && setSeats(v)} problem={groups.problem} />
      {groups.problem && !groups.problem.namesAny(['vehicleSeats']) && <ProblemNotice problem={groups.problem} />}
      {groups.loading && !groups.data ? <Loading /> : groups.data && (groups.data.groups.length === 0 ? <Empty>{t('candidates.empty')}</Empty> : (
        <ul class="cards">{groups.data.groups.map((g) => (
          <li class="card">
            <h3>{region(g.homeRegion)} · {number(g.workers)}</h3>
            <ol class="vehicles">{g.vehicles.map((v, i) => (
              <li><span class="bar" style={{ width: `${Math.round((v.seatsTaken / groups.data.vehicleSeats) * 100)}%` }} aria-hidden="true" />
                {t('candidates.vehicle', { n: i + 1, taken: v.seatsTaken })} / {groups.data.vehicleSeats}</li>
            ))}</ol>
          </li>
        ))}</ul>
      ))}
    </Section>
  );
}
