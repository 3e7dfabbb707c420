import { useState } from 'preact/hooks';
import { get } from '../../api.js';
import { user } from '../../auth.js';
import { label, number, percent, platformDay, region, t, yuan } from '../../i18n.js';
import { FigureChart } from '../../charts.jsx';
import { Input, Loading, ProblemNotice, Section, Table, useLoad } from '../../ui.jsx';

const pct = (rate) => (rate === null || rate === undefined ? null : rate * 100);

/**
 * The transcript of a region for a period (GET /reports/transcript), as a page to read and print: where the workers
 * employed here come from and who stayed, where the region's own workers went, fairs held in partner regions,
 * employers, subsidies paid, rights cases (about work here; of the region's people) and the training of the regions it
 * helps. Only counts, never a worker.
 */
export function Transcript() {
  const today = platformDay();
  const [q, setQ] = useState({ region: user.value.region ?? '', from: `${today.slice(0, 4)}-01-01`, to: today });
  const [shown, setShown] = useState(q);
  const report = useLoad(() => (shown.region ? get('/reports/transcript', shown) : Promise.resolve(null)), [JSON.stringify(shown)]);
  const r = report.data;
  return (
    <div class="page transcript">
      <h1>{r ? t('transcript.title', { name: r.name, from: r.from, to: r.to }) : t('nav.transcript')}</h1>
      <form class="inline no-print" role="search" onSubmit={(e) => { e.preventDefault(); setShown({ ...q, region: q.region.trim() }); }}>
        <Input label={t('dash.region')} name="region" value={q.region} onInput={(v) => setQ({ ...q, region: v })} inputMode="numeric" maxLength={6} />
        <Input label={t('transcript.from')} name="from" type="date" value={q.from} onInput={(v) => setQ({ ...q, from: v })} />
        <Input label={t('transcript.to')} name="to" type="date" value={q.to} onInput={(v) => setQ({ ...q, to: v })} />
        <button type="submit">{t('action.search')}</button>
        {r && <button type="button" onClick={() => window.print()}>{t('transcript.print')}</button>}
      </form>
      <ProblemNotice problem={report.problem} onRetry={report.reload} />
      {report.loading && !r && <Loading />}
      {r && (
        <div data-testid="transcript">
          <Side title={t('transcript.destination')} side={r.destination} place={t('transcript.origin.place')} field="prefecture" />
          <Side title={t('transcript.origin')} side={r.origin} place={t('transcript.destination.place')} field="prefecture" />
          <Section title={t('transcript.fairs')}>
            <p>{t('transcript.fairs.line', { fairs: number(r.fairsInPartnerRegions.fairs), employers: number(r.fairsInPartnerRegions.employers),
              postings: number(r.fairsInPartnerRegions.postings), places: number(r.fairsInPartnerRegions.places),
              intentions: number(r.fairsInPartnerRegions.intentions), hired: number(r.fairsInPartnerRegions.hiredWorkers) })}</p>
          </Section>
          <Section title={t('transcript.employers')}>
            <ul class="plain">
              <li>{t('transcript.bases', { count: number(r.employers.labourInputBases), employed: number(r.employers.employmentsAtLabourInputBases) })}</li>
              <li>{t('transcript.workshops', { count: number(r.employers.povertyAlleviationWorkshops), employed: number(r.employers.employmentsAtWorkshops) })}</li>
              <li>{t('transcript.helping', { count: number(r.employers.helpingCompanies), employed: number(r.employers.employmentsAtHelpingCompanies) })}</li>
            </ul>
          </Section>
          <Section title={t('transcript.subsidies', { total: yuan(r.subsidiesPaid?.total) })}>
            {(r.subsidiesPaid?.byProgramme ?? []).length > 0 && (
              <FigureChart title={t('transcript.subsidies', { total: yuan(r.subsidiesPaid.total) })}
                labels={r.subsidiesPaid.byProgramme.map((p) => label('programme', p.programme))} values={r.subsidiesPaid.byProgramme.map((p) => Number(p.amount))} />
            )}
          </Section>
          <Rights title={t('transcript.rights.here')} figures={r.rights?.workHere} />
          <Rights title={t('transcript.rights.people')} figures={r.rights?.workersFromHere} />
          <Section title={t('transcript.training')}>
            <Table caption={t('transcript.training')} rows={r.trainingOfHelpedRegions ?? []} columns={[
              { title: t('transcript.region'), render: (x) => x.name ?? region(x.region) },
              { title: t('transcript.target'), render: (x) => number(x.target) },
              { title: t('transcript.enrolled'), render: (x) => number(x.enrolled) },
              { title: t('transcript.completed'), render: (x) => number(x.completed) },
              { title: '%', render: (x) => percent(x.completionPercent) },
            ]} />
          </Section>
        </div>
      )}
    </div>
  );
}

/** Rights protection in the period: cases filed, by type, with what was recovered (left out when not shown). */
function Rights({ title, figures: f }) {
  if (!f) return null;
  return (
    <Section title={title}>
      <p class="figure">{t('transcript.rights.line', { cases: number(f.cases), overdue: number(f.overdue),
        recovered: yuan(f.amountRecovered), days: f.medianDaysToResolve ?? '–', flagged: number(f.flaggedEmployers) })}</p>
      <Table caption={title} rows={f.byType ?? []} columns={[
        { title: t('transcript.rights.type'), render: (x) => label('caseType', x.caseType) },
        { title: t('transcript.rights.cases'), render: (x) => number(x.cases) },
        { title: t('transcript.rights.open'), render: (x) => number(x.open) },
        { title: t('transcript.rights.resolved'), render: (x) => number(x.resolved) },
        { title: t('transcript.rights.overdue'), render: (x) => number(x.overdue) },
        { title: t('transcript.rights.recovered'), render: (x) => yuan(x.amountRecovered) },
      ]} />
    </Section>
  );
}

/** One side of the transcript: its total, a chart by province, and a table by prefecture (city). */
function Side({ title, side, place }) {
  const rows = side.byProvince.flatMap((p) => (p.prefectures ?? []).map((c) => ({ province: p.name, name: c.name, f: c.figures })));
  return (
    <Section title={title}>
      <p class="figure">{t('transcript.total', { employments: number(side.total.employments), inWork: number(side.total.inWorkAtEnd),
        three: percent(pct(side.total.threeMonthRate)), six: percent(pct(side.total.sixMonthRate)) })}</p>
      {side.byProvince.length > 0 && (
        <FigureChart title={title} labels={side.byProvince.map((p) => p.name)} series={[
          { label: t('transcript.employments'), values: side.byProvince.map((p) => p.figures.employments) },
          { label: t('transcript.inWork'), values: side.byProvince.map((p) => p.figures.inWorkAtEnd) },
        ]} />
      )}
      <Table caption={title} rows={rows} columns={[
        { title: place, render: (x) => `${x.province} · ${x.name}` },
        { title: t('transcript.employments'), render: (x) => number(x.f.employments) },
        { title: t('transcript.inWork'), render: (x) => number(x.f.inWorkAtEnd) },
        { title: t('transcript.three'), render: (x) => `${number(x.f.stayedThreeMonths)} / ${number(x.f.dueThreeMonths)}` },
        { title: t('transcript.six'), render: (x) => `${number(x.f.stayedSixMonths)} / ${number(x.f.dueSixMonths)}` },
      ]} />
      {side.byPovertyStatus.length > 0 && (
        <ul class="plain">{side.byPovertyStatus.map((p) => <li>{label('poverty', p.povertyStatus)}：{number(p.figures.employments)}</li>)}</ul>
      )}
    </Section>
  );
}
