import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { get, post } from '../../api.js';
import { label, region, t, yuan } from '../../i18n.js';
import { Check, Form, Input, Loading, ProblemNotice, Section, Select, useAction, useLoad } from '../../ui.jsx';
import { JOB_TYPES } from '../labourFileForm.jsx';

const FIELDS = ['title', 'occupationCode', 'jobType', 'workRegion', 'payMin', 'payMax', 'headcount', 'accommodation', 'meals', 'transport',
  'startDate', 'endDate', 'expiresOn', 'accidentInsuranceCover', 'requiredSkills', 'draft'];

/**
 * A new posting: the rules of the chosen type with the numbers of the work province beside the form, and occupation
 * codes suggested from the title by the normalise endpoint.
 */
export function NewPosting() {
  const { route } = useLocation();
  const [p, setP] = useState({ jobType: 'REGULAR', headcount: 1, accommodation: false, meals: false, transport: false, draft: false });
  const set = (name) => (value) => setP((s) => ({ ...s, [name]: value }));
  const action = useAction();
  const submit = () => action.run(async () => {
    const body = { ...p };
    // what only another type asks for is not sent once the type changed
    if (p.jobType !== 'TEMPORARY_POST') delete body.endDate;
    if (p.jobType !== 'PUBLIC_WELFARE_POST') delete body.accidentInsuranceCover;
    for (const k of Object.keys(body)) if (body[k] === '' || body[k] === null || body[k] === undefined) delete body[k];
    const created = await post('/jobs', body);
    route(`/employer/postings/${created.id}?created=${created.status === 'DRAFT' ? 'draft' : 'open'}`);
  });
  return (
    <div class="page">
      <h1>{t('nav.newPosting')}</h1>
      <div class="grid wide-first">
        <Section title={t('nav.newPosting')}>
          <Form label={t('nav.newPosting')} onSubmit={submit} problem={action.problem} fields={FIELDS} busy={action.busy} submit={p.draft ? t('posting.saveDraft') : t('posting.publish')}>
            <Input label={t('posting.title')} name="title" value={p.title} onInput={set('title')} problem={action.problem} />
            <OccupationSuggestions title={p.title} onUse={set('occupationCode')} />
            <Input label={t('posting.occupationCode')} name="occupationCode" value={p.occupationCode} onInput={set('occupationCode')} problem={action.problem} placeholder="4-10-01-05" />
            <Select label={t('posting.jobType')} name="jobType" value={p.jobType} onChange={set('jobType')} options={JOB_TYPES} kind="jobType" problem={action.problem} />
            <Input label={t('posting.workRegion')} name="workRegion" value={p.workRegion} onInput={set('workRegion')} problem={action.problem} inputMode="numeric" maxLength={6} />
            <Input label={t('posting.payMin')} name="payMin" type="number" min="0" value={p.payMin} onInput={set('payMin')} problem={action.problem} />
            <Input label={t('posting.payMax')} name="payMax" type="number" min="0" value={p.payMax} onInput={set('payMax')} problem={action.problem} />
            <Input label={t('posting.headcount')} name="headcount" type="number" min="1" value={p.headcount} onInput={set('headcount')} problem={action.problem} />
            {p.jobType === 'PUBLIC_WELFARE_POST' && <Input label={t('posting.accidentInsuranceCover')} name="accidentInsuranceCover" type="number" min="0" value={p.accidentInsuranceCover} onInput={set('accidentInsuranceCover')} problem={action.problem} />}
            <Input label={t('posting.startDate')} name="startDate" type="date" value={p.startDate} onInput={set('startDate')} problem={action.problem} />
            {p.jobType === 'TEMPORARY_POST' && <Input label={t('posting.endDate')} name="endDate" type="date" value={p.endDate} onInput={set('endDate')} problem={action.problem} />}
            <Input label={t('posting.expiresOn')} name="expiresOn" type="date" value={p.expiresOn} onInput={set('expiresOn')} problem={action.problem} />
            <Check label={t('posting.accommodation')} name="accommodation" checked={p.accommodation} onChange={set('accommodation')} problem={action.problem} />
            <Check label={t('posting.meals')} name="meals" checked={p.meals} onChange={set('meals')} problem={action.problem} />
            <Check label={t('posting.transport')} name="transport" checked={p.transport} onChange={set('transport')} problem={action.problem} />
            <Check label={t('posting.draft')} name="draft" checked={p.draft} onChange={set('draft')} problem={action.problem} />
          </Form>
        </Section>
        <RulesOfType jobType={p.jobType} workRegion={p.workRegion} />
      </div>
    </div>
  );
}

/** The normalise endpoint's suggestions for the title typed so far (after a pause in typing). */
function OccupationSuggestions({ title, onUse }) {
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked((title ?? '').trim()), 400);
    return () => clearTimeout(timer);
  }, [title]);
  const suggestions = useLoad(() => (asked ? post('/occupations/normalize', { title: asked, limit: 3 }) : Promise.resolve(null)), [asked]);
  return (
    <div class="suggestions" aria-live="polite">
      <p class="hint">{t('posting.suggest')}</p>
      {!asked ? <p class="hint">{t('posting.suggest.none')}</p> : suggestions.data?.matches?.length > 0 && (
        <ul class="plain">{suggestions.data.matches.map((m) => (
          <li><button type="button" class="link" onClick={() => onUse(m.code)}>{t('posting.suggest.use', { code: m.code, name: m.name })}</button></li>
        ))}</ul>
      )}
    </div>
  );
}

/** The rules of one posting type with the numbers of the work region's province (GET /policies/{province}). */
export function RulesOfType({ jobType, workRegion }) {
  const province = /^[1-9][0-9]{5}$/.test(workRegion ?? '') ? workRegion.slice(0, 2) + '0000' : null;
  const policy = useLoad(() => (province ? get(`/policies/${province}`) : Promise.resolve(null)), [province]);
  return (
    <Section title={province ? t('posting.rules', { province: region(province) }) : label('jobType', jobType)}>
      {!province ? <p class="hint">{t('posting.workRegion')}</p> : policy.loading || (!policy.data && !policy.problem) ? <Loading what={t('posting.rules.loading')} />
        : policy.problem ? (policy.problem.status === 404 ? <p>{t('posting.noPolicy')}</p> : <ProblemNotice problem={policy.problem} />) : (
          <p class="rule" data-testid="posting-rule">{ruleText(jobType, policy.data)}</p>
        )}
    </Section>
  );
}

function ruleText(jobType, policy) {
  const min = yuan(policy.minimumMonthlyWage);
  switch (jobType) {
    case 'CARING_JOB': return t('posting.rule.caring', { floor: yuan(policy.caringJobPayFloor) });
    case 'PUBLIC_WELFARE_POST': return t('posting.rule.publicWelfare', { low: yuan(policy.povertyLineMonthlyIncome), high: yuan(Math.round(policy.minimumMonthlyWage * 50) / 100), cover: yuan(policy.publicWelfareInsuranceCover) });
    case 'TEMPORARY_POST': return t('posting.rule.temporary', { months: policy.temporaryPostMinimumMonths, min });
    case 'WORKSHOP_JOB': return t('posting.rule.workshop', { min });
    default: return t('posting.rule.regular', { min });
  }
}
