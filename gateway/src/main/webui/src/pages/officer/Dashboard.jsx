import { useState } from 'preact/hooks';
import { get } from '../../api.js';
import { user } from '../../auth.js';
import { label, number, percent, platformDay, region, t, yuan } from '../../i18n.js';
import { FigureChart } from '../../charts.jsx';
import { Empty, Input, Loading, ProblemNotice, Section, useLoad } from '../../ui.jsx';

/** A rate (0 to 1) as a percentage; none while nobody is due yet. */
const pct = (rate) => (rate === null || rate === undefined ? null : rate * 100);
const settle = (p) => p.then((data) => ({ data }), (problem) => ({ problem }));

/**
 * The officer's dashboard for a county, prefecture or province they govern: the two lists by status and destination,
 * files not verified for 180 days, stable employment at 3 and 6 months, the training target and the claims with
 * their budgets. Every figure is one public endpoint's answer.
 */
export function Dashboard() {
  const [code, setCode] = useState(user.value.region ?? '');
  const [shown, setShown] = useState(code);
  const year = Number(platformDay().slice(0, 4));
  const figures = useLoad(async () => {
    const base = `/regions/${encodeURIComponent(shown)}`;
    const [employed, willing, unverified, stable, training, claims] = await Promise.all([
      settle(get(`${base}/lists/employed`, { limit: 1 })),
      settle(get(`${base}/lists/willing-to-go-out`, { limit: 1 })),
      settle(get(`${base}/unverified-files`, { days: 180, limit: 200 })),
      settle(get(`${base}/stable-employment`)),
      settle(get(`${base}/training-targets`, { year })),
      settle(get(`${base}/claim-figures`, { year })),
    ]);
    return { employed, willing, unverified, stable, training, claims };
  }, [shown]);

  return (
    <div class="page">
      <h1>{t('dash.title', { region: region(shown) })}</h1>
      <form class="inline" role="search" onSubmit={(e) => { e.preventDefault(); setShown(code.trim()); }}>
        <Input label={t('dash.region')} name="region" value={code} onInput={setCode} inputMode="numeric" maxLength={6} />
        <button type="submit">{t('action.search')}</button>
      </form>
      {figures.loading && !figures.data && <Loading />}
      {figures.data && (
        <div class="grid" data-testid="dashboard">
          <ListFigures title={t('dash.employed')} answer={figures.data.employed} />
          <ListFigures title={t('dash.willing')} answer={figures.data.willing} />
          <Section title={t('dash.unverified')}>
            <Answer answer={figures.data.unverified}>{(u) => (
              <p class="figure"><a href="/officer/files?list=unverified">{u.next ? t('dash.unverified.more', { count: number(u.items.length) }) : t('dash.unverified.count', { count: number(u.items.length) })}</a></p>
            )}</Answer>
          </Section>
          <Section title={t('dash.stable', figures.data.stable.data ?? {})}>
            <Answer answer={figures.data.stable}>{(s) => (
              <>
                <p class="figure">{t('dash.hires', { count: number(s.hires) })}</p>
                <FigureChart type="bar" title={t('dash.stable', s)} labels={[t('dash.three'), t('dash.six')]}
                  values={[pct(s.threeMonthRate) ?? 0, pct(s.sixMonthRate) ?? 0]} />
                <ul class="plain">
                  <li>{t('dash.three')}：{percent(pct(s.threeMonthRate))}（{t('dash.due', { due: number(s.dueThreeMonths), stayed: number(s.stayedThreeMonths) })}）</li>
                  <li>{t('dash.six')}：{percent(pct(s.sixMonthRate))}（{t('dash.due', { due: number(s.dueSixMonths), stayed: number(s.stayedSixMonths) })}）</li>
                </ul>
              </>
            )}</Answer>
          </Section>
          <Section title={t('dash.training')}>
            <Answer answer={figures.data.training}>{(tr) => (tr.total.target == null ? <Empty>{t('dash.noTarget')}</Empty> : (
              <>
                <p class="figure">{percent(tr.total.completionPercent)}</p>
                <progress max="100" value={Math.min(100, tr.total.completionPercent ?? 0)} aria-label={t('dash.training')} />
                <p>{t('dash.training.line', { target: number(tr.total.target), enrolled: number(tr.total.enrolled), completed: number(tr.total.completed), percent: percent(tr.total.completionPercent) })}</p>
              </>
            ))}</Answer>
          </Section>
          <Section title={t('dash.claims')}>
            <Answer answer={figures.data.claims}>{(c) => <ClaimFigures figures={c} />}</Answer>
          </Section>
        </div>
      )}
    </div>
  );
}

/** One figure's answer: the figure, or the API's refusal of it (a region this officer does not govern...). */
function Answer({ answer, children }) {
  if (answer.problem) return <ProblemNotice problem={answer.problem} />;
  return children(answer.data);
}

function ListFigures({ title, answer }) {
  return (
    <Section title={title}>
      <Answer answer={answer}>{(l) => {
        const statuses = Object.keys(l.countsByStatus);
        const destinations = Object.keys(l.countsByDestination);
        return (
          <>
            <p class="figure">{t('dash.total', { count: number(l.total) })}</p>
            {statuses.length > 0 && <FigureChart type="doughnut" title={title + ' · ' + t('dash.byStatus')}
              labels={statuses.map((s) => label('status', s))} values={statuses.map((s) => l.countsByStatus[s])} />}
            {destinations.length > 0 && <FigureChart type="bar" title={title + ' · ' + t('dash.byDestination')}
              labels={destinations.map((d) => label('province', d))} values={destinations.map((d) => l.countsByDestination[d])} />}
            <p><a href={`/officer/files?list=${l.list}&region=${l.region}`}>{t('action.open')}</a></p>
          </>
        );
      }}</Answer>
    </Section>
  );
}

function ClaimFigures({ figures }) {
  const programmes = [...new Set(figures.claims.map((c) => c.programme))];
  const statuses = [...new Set(figures.claims.map((c) => c.status))];
  const count = (p, s) => figures.claims.filter((c) => c.programme === p && c.status === s).reduce((n, c) => n + c.claims, 0);
  return (
    <>
      {programmes.length === 0 ? <Empty>{t('claims.empty')}</Empty> : (
        <FigureChart type="bar" title={t('dash.claims')} labels={programmes.map((p) => label('programme', p))}
          series={statuses.map((s) => ({ label: label('claim', s), values: programmes.map((p) => count(p, s)) }))} />
      )}
      <h3>{t('dash.budgets')}</h3>
      {figures.budgets.length === 0 ? <p>{t('dash.noBudgets')}</p> : (
        <>
          <FigureChart type="bar" title={t('dash.budgets')} labels={figures.budgets.map((b) => label('programme', b.programme) + ' ' + b.region)}
            series={[{ label: t('dash.budget.used'), values: figures.budgets.map((b) => Number(b.used)) }, { label: t('dash.budget.left'), values: figures.budgets.map((b) => Number(b.left)) }]} />
          <ul class="plain">{figures.budgets.map((b) => <li>{label('programme', b.programme)} {b.region}：{t('dash.budget.used')} {yuan(b.used)}，{t('dash.budget.left')} {yuan(b.left)}</li>)}</ul>
        </>
      )}
    </>
  );
}
