import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { get, post } from '../../api.js';
import { user } from '../../auth.js';
import { date, label, region, t } from '../../i18n.js';
import { checkIdNumber, birthDateOf } from '../../idnumber.js';
import { codes, JOB_TYPES, JobTypesField } from '../labourFileForm.jsx';
import { Empty, Form, Input, Loading, MoreButton, ProblemNotice, Select, Table, useAction, useCursorList } from '../../ui.jsx';

const LISTS = ['all', 'employed', 'willing-to-go-out', 'unverified'];

/** The labour files of a region: the two lists and the files not verified for 180 days, page by page. */
export function LabourFiles() {
  const { query } = useLocation();
  const [list, setList] = useState(LISTS.includes(query.list) ? query.list : 'all');
  const [code, setCode] = useState(query.region ?? user.value.region ?? '');
  const [shown, setShown] = useState(code);
  const [name, setName] = useState('');
  const [shownName, setShownName] = useState('');
  const files = useCursorList((after) => (list === 'unverified'
    ? get(`/regions/${encodeURIComponent(shown)}/unverified-files`, { days: 180, after, limit: 50 })
    : get(`/regions/${encodeURIComponent(shown)}/lists/${list}`, { after, limit: 50, name: shownName })), [list, shown, shownName]);
  const rows = files.items;
  return (
    <div class="page">
      <h1>{t('files.title')}</h1>
      <p><a class="button primary" href="/officer/files/new">{t('files.register')}</a></p>
      <form class="inline" role="search" onSubmit={(e) => { e.preventDefault(); setShown(code.trim()); setShownName(name.trim()); }}>
        <Select label={t('files.list')} name="list" value={list} onChange={setList} options={LISTS}
          kind="list" />
        <Input label={t('dash.region')} name="region" value={code} onInput={setCode} inputMode="numeric" maxLength={6} />
        {list !== 'unverified' && <Input label={t('files.search')} name="name" value={name} onInput={setName} />}
        <button type="submit">{t('action.search')}</button>
      </form>
      <ProblemNotice problem={files.problem} onRetry={files.reload} />
      {files.extra?.total !== undefined && <p>{t('dash.total', { count: files.extra.total })}</p>}
      {files.loading && files.items.length === 0 ? <Loading /> : rows.length === 0 && !files.problem ? (
        <Empty next={t('files.empty.next')}>{t('files.empty')}</Empty>
      ) : (
        <Table caption={list === 'unverified' ? t('dash.unverified') : label('list', list)} rowKey={(f) => f.id} rows={rows} columns={[
          { title: t('file.name'), render: (f) => <a href={`/officer/files/${f.id}`}>{f.name}</a> },
          { title: t('file.householdRegion'), render: (f) => region(f.householdRegion) },
          list === 'unverified'
            ? { title: t('file.lastVerified'), render: (f) => date(f.lastVerifiedOn) }
            : { title: t('file.status'), render: (f) => label('status', f.employmentStatus) },
          ...(list === 'unverified' ? [] : [{ title: t('file.willingToMigrateTo'), render: (f) => f.willingToMigrateTo.map((p) => label('province', p)).join('、') }]),
        ]} />
      )}
      <MoreButton list={files} />
    </div>
  );
}

const POVERTY = ['REGISTERED_POOR', 'RELOCATED_EX_SITU', 'AT_RISK', 'LIFTED_OUT', 'NONE'];
const EDUCATION = ['NONE', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'BACHELOR', 'POSTGRADUATE'];
const FIELDS = ['name', 'idNumber', 'phone', 'householdRegion', 'povertyStatus', 'sex', 'educationLevel', 'desiredOccupations', 'expectedMonthlyPay', 'willingToMigrateTo', 'acceptedJobTypes', 'birthDate'];

/** Registers a labour file; the ID number is checked as it is typed, the API checks it again. */
export function NewLabourFile() {
  const { route } = useLocation();
  const [f, setF] = useState({ householdRegion: user.value.region?.endsWith('00') ? '' : user.value.region, povertyStatus: 'REGISTERED_POOR', acceptedJobTypes: [...JOB_TYPES] });
  const set = (name) => (value) => setF((s) => ({ ...s, [name]: value }));
  const action = useAction();
  const idCheck = checkIdNumber(f.idNumber);
  const submit = () => action.run(async () => {
    const created = await post('/workers', {
      name: f.name, idNumber: (f.idNumber ?? '').trim().toUpperCase(), phone: f.phone || undefined, householdRegion: f.householdRegion,
      povertyStatus: f.povertyStatus, sex: f.sex || undefined, educationLevel: f.educationLevel || undefined,
      desiredOccupations: codes(f.desiredOccupations), expectedMonthlyPay: f.expectedMonthlyPay ?? undefined,
      willingToMigrateTo: codes(f.willingToMigrateTo), acceptedJobTypes: f.acceptedJobTypes,
    });
    route(`/officer/files/${created.id}?created=1`);
  });
  return (
    <div class="page narrow">
      <h1>{t('files.register')}</h1>
      <Form label={t('files.register')} onSubmit={submit} problem={action.problem} fields={FIELDS} busy={action.busy} submit={t('files.register')}>
        <Input label={t('file.name')} name="name" value={f.name} onInput={set('name')} problem={action.problem} autoComplete="off" />
        <Input label={t('file.idNumber')} name="idNumber" value={f.idNumber} onInput={set('idNumber')} problem={action.problem} maxLength={18} autoComplete="off"
          note={idCheck ? (idCheck === 'id.ok' ? t('file.birthFromId', { date: birthDateOf(f.idNumber.trim().toUpperCase()) }) : t(idCheck)) : null} />
        <Input label={t('file.phone')} name="phone" type="tel" value={f.phone} onInput={set('phone')} problem={action.problem} inputMode="tel" />
        <Input label={t('file.householdRegion')} name="householdRegion" value={f.householdRegion} onInput={set('householdRegion')} problem={action.problem} inputMode="numeric" maxLength={6} />
        <Select label={t('file.povertyStatus')} name="povertyStatus" value={f.povertyStatus} onChange={set('povertyStatus')} options={POVERTY} kind="poverty" problem={action.problem} />
        <Select label={t('file.sex')} name="sex" value={f.sex} onChange={set('sex')} options={['FEMALE', 'MALE']} kind="sex" blank="—" problem={action.problem} />
        <Select label={t('file.educationLevel')} name="educationLevel" value={f.educationLevel} onChange={set('educationLevel')} options={EDUCATION} kind="education" blank="—" problem={action.problem} />
        <Input label={t('file.desiredOccupations')} name="desiredOccupations" value={f.desiredOccupations} onInput={set('desiredOccupations')} problem={action.problem} />
        <Input label={t('file.expectedMonthlyPay')} name="expectedMonthlyPay" type="number" min="0" value={f.expectedMonthlyPay} onInput={set('expectedMonthlyPay')} problem={action.problem} />
        <Input label={t('file.willingToMigrateTo')} name="willingToMigrateTo" value={f.willingToMigrateTo} onInput={set('willingToMigrateTo')} problem={action.problem} />
        <JobTypesField value={f.acceptedJobTypes} onChange={set('acceptedJobTypes')} />
      </Form>
    </div>
  );
}
