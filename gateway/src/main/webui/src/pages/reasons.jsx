import { lang, label, region, t, yuan } from '../i18n.js';

/** Why a posting is recommended: the reasons the API gives, in the chosen language. */
export const Reasons = ({ reasons }) => (
  <ul class="reasons">{reasons.map((r) => <li>{lang.value === 'en' ? r.en : r.zh}</li>)}</ul>
);

/** A posting as workers and officers see it in recommendations. */
export const PostingSummary = ({ posting }) => (
  <div class="posting-summary">
    <strong>{posting.title}</strong>
    <span>{label('jobType', posting.jobType)} · {region(posting.workRegion)}</span>
    <span>{t('jobs.pay', { min: yuan(posting.payMin), max: yuan(posting.payMax) })}</span>
    <span>{[posting.accommodation && t('posting.accommodation'), posting.meals && t('posting.meals'), posting.transport && t('posting.transport')].filter(Boolean).join(' · ')}</span>
  </div>
);
