import { useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { date, label, region, t, yuan } from '../../i18n.js';
import { Badge, Done, Empty, Loading, MoreButton, ProblemNotice, Section, useAction, useCursorList, useLoad } from '../../ui.jsx';

/** Courses open in the worker's home county, and the worker's own enrolments. */
export function MyCourses() {
  const me = useLoad(() => get('/me'));
  const enrolments = useLoad(() => get('/enrolments'));
  const [done, setDone] = useState(null);
  return (
    <div class="page narrow">
      <h1>{t('courses.title')}</h1>
      <Done>{done}</Done>
      <Section title={t('courses.mine')}>
        <ProblemNotice problem={enrolments.problem} onRetry={enrolments.reload} />
        {enrolments.loading && !enrolments.data ? <Loading /> : enrolments.data?.length === 0 ? <p>{t('courses.noEnrolments')}</p> : (
          <ul class="plain">{(enrolments.data ?? []).map((e) => <li><Badge kind="enrolment" value={e.status} /> {e.courseTitle ?? e.courseId}</li>)}</ul>
        )}
      </Section>
      {me.problem && <ProblemNotice problem={me.problem} onRetry={me.reload} />}
      {me.data && <CoursesIn home={me.data.householdRegion} onEnrolled={(text) => { setDone(text); enrolments.reload(); }} />}
    </div>
  );
}

function CoursesIn({ home, onEnrolled }) {
  const list = useCursorList((after) => (after ? get(after.replace(/^\/api\/v1/, '')) : get('/courses', { region: home, limit: 10 })), [home]);
  return (
    <Section title={`${t('courses.title')} · ${region(home)}`}>
      <ProblemNotice problem={list.problem} onRetry={list.reload} />
      {list.loading && list.items.length === 0 ? <Loading /> : list.items.length === 0 && !list.problem ? <Empty next={t('courses.empty.next')}>{t('courses.empty')}</Empty> : (
        <ul class="cards">{list.items.map((c) => <Course course={c} onEnrolled={onEnrolled} />)}</ul>
      )}
      <MoreButton list={list} />
    </Section>
  );
}

function Course({ course: c, onEnrolled }) {
  const action = useAction();
  return (
    <li class="card">
      <h3>{c.title}</h3>
      <p>{label('mode', c.mode)} · {t('courses.dates', { from: date(c.startsOn), to: date(c.endsOn), sessions: c.sessions })}</p>
      <p>{c.free ? t('courses.free') : yuan(c.cost)} · {t('courses.places', { count: c.placesLeft })}</p>
      <button type="button" disabled={action.busy} aria-label={`${t('courses.enrol')}：${c.title}`}
        onClick={() => action.run(async () => { const e = await post(`/courses/${c.id}/enrolments`, {}); onEnrolled(t('courses.enrolled', { status: label('enrolment', e.status) })); })}>{t('courses.enrol')}</button>
      <ProblemNotice problem={action.problem} />
    </li>
  );
}
