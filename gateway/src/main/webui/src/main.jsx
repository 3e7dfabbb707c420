import { render } from 'preact';
import { LocationProvider, Router, Route, useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { lang, setLang, t } from './i18n.js';
import { signIn, signOut, signUp, startSession, user } from './auth.js';
import { Loading } from './ui.jsx';
import './styles.css';

import { Dashboard } from './pages/officer/Dashboard.jsx';
import { LabourFiles, NewLabourFile } from './pages/officer/LabourFiles.jsx';
import { LabourFilePage } from './pages/officer/LabourFilePage.jsx';
import { EmployersToVerify } from './pages/officer/EmployersToVerify.jsx';
import { ClaimsQueue, ClaimPage } from './pages/officer/Claims.jsx';
import { PostingCandidates } from './pages/officer/PostingCandidates.jsx';
import { Postings } from './pages/employer/Postings.jsx';
import { NewPosting } from './pages/employer/NewPosting.jsx';
import { PostingPage } from './pages/employer/PostingPage.jsx';
import { Colleagues } from './pages/employer/Colleagues.jsx';
import { EmployerClaims } from './pages/employer/EmployerClaims.jsx';
import { MyFile } from './pages/worker/MyFile.jsx';
import { MyJobs } from './pages/worker/MyJobs.jsx';
import { MyApplications } from './pages/worker/MyApplications.jsx';
import { MyCourses } from './pages/worker/MyCourses.jsx';
import { MyClaims } from './pages/worker/MyClaims.jsx';
import { MyMessages } from './pages/worker/MyMessages.jsx';
import { Transcript } from './pages/officer/Transcript.jsx';
import { EmployerWarnings } from './pages/officer/EmployerWarnings.jsx';
import { Welcome } from './pages/Welcome.jsx';

/** Each kind of user's pages, in the order the menu lists them. */
const menus = {
  officer: [['/officer', 'nav.dashboard'], ['/officer/files', 'nav.files'], ['/officer/employers', 'nav.employers'], ['/officer/claims', 'nav.claims'], ['/officer/postings', 'nav.candidates'], ['/officer/transcript', 'nav.transcript'], ['/officer/warnings', 'nav.warnings']],
  employer: [['/employer', 'nav.postings'], ['/employer/postings/new', 'nav.newPosting'], ['/employer/colleagues', 'nav.colleagues'], ['/employer/claims', 'nav.employerClaims']],
  worker: [['/worker', 'nav.myFile'], ['/worker/jobs', 'nav.myJobs'], ['/worker/applications', 'nav.myApplications'], ['/worker/courses', 'nav.myCourses'], ['/worker/claims', 'nav.myClaims'], ['/worker/messages', 'nav.myMessages']],
  person: [['/welcome', 'nav.welcome']],
};
const menuOf = (kind) => menus[kind === 'admin' ? 'officer' : kind] ?? menus.person;

function Header() {
  const u = user.value;
  const { path } = useLocation();
  return (
    <header class="top">
      <a class="skip" href="#main">{t('skip')}</a>
      <div class="brand"><a href="/">{t('app.name')}</a></div>
      {u && (
        <nav aria-label={t('nav.label')}>
          <ul>
            {menuOf(u.kind).map(([href, key]) => (
              <li><a href={href} aria-current={path === href ? 'page' : undefined}>{t(key)}</a></li>
            ))}
          </ul>
        </nav>
      )}
      <div class="session">
        <button type="button" class="lang" onClick={() => setLang(lang.value === 'zh' ? 'en' : 'zh')} lang={lang.value === 'zh' ? 'en' : 'zh-CN'}>
          {lang.value === 'zh' ? 'English' : '中文'}
        </button>
        {u ? (
          <>
            <span class="who">{u.name}（{t('kind.' + u.kind)}{u.region ? ' · ' + u.region : ''}）</span>
            <button type="button" onClick={signOut}>{t('action.signOut')}</button>
          </>
        ) : null}
      </div>
    </header>
  );
}

/** Signed out: what LaborLink is, and the way in. */
function Landing() {
  return (
    <div class="landing card">
      <h1>{t('landing.title')}</h1>
      <p>{t('landing.text')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={signIn}>{t('action.signIn')}</button>
        <button type="button" onClick={signUp}>{t('action.signUp')}</button>
      </div>
    </div>
  );
}

/** The home of whoever signed in: officers their dashboard, HR their postings, workers their file. */
function Home() {
  const { route } = useLocation();
  const u = user.value;
  useEffect(() => {
    if (u) route(menuOf(u.kind)[0][0], true);
  }, [u?.kind]);
  return u ? <Loading /> : <Landing />;
}

/** The window's title follows the page, so a screen reader and the browser's history say where one is. */
function PageTitle() {
  const { path } = useLocation();
  useEffect(() => {
    const heading = document.querySelector('main h1');
    document.title = heading ? `${heading.textContent} · ${t('app.name')}` : t('app.name');
  });
  return null;
}

function NotFound() {
  return <div class="card"><h1>{t('notFound')}</h1><p><a href="/">{t('notFound.home')}</a></p></div>;
}

function App() {
  const signedIn = !!user.value;
  return (
    <LocationProvider>
      <PageTitle />
      <Header />
      <main id="main" tabIndex={-1}>
        {signedIn ? (
          <Router>
            <Route path="/" component={Home} />
            <Route path="/welcome" component={Welcome} />
            <Route path="/officer" component={Dashboard} />
            <Route path="/officer/files" component={LabourFiles} />
            <Route path="/officer/files/new" component={NewLabourFile} />
            <Route path="/officer/files/:id" component={LabourFilePage} />
            <Route path="/officer/employers" component={EmployersToVerify} />
            <Route path="/officer/claims" component={ClaimsQueue} />
            <Route path="/officer/claims/:id" component={ClaimPage} />
            <Route path="/officer/postings" component={PostingCandidates} />
            <Route path="/officer/postings/:id" component={PostingCandidates} />
            <Route path="/officer/transcript" component={Transcript} />
            <Route path="/officer/warnings" component={EmployerWarnings} />
            <Route path="/employer" component={Postings} />
            <Route path="/employer/postings/new" component={NewPosting} />
            <Route path="/employer/postings/:id" component={PostingPage} />
            <Route path="/employer/colleagues" component={Colleagues} />
            <Route path="/employer/claims" component={EmployerClaims} />
            <Route path="/worker" component={MyFile} />
            <Route path="/worker/jobs" component={MyJobs} />
            <Route path="/worker/applications" component={MyApplications} />
            <Route path="/worker/courses" component={MyCourses} />
            <Route path="/worker/claims" component={MyClaims} />
            <Route path="/worker/messages" component={MyMessages} />
            <Route default component={NotFound} />
          </Router>
        ) : (
          <Landing />
        )}
      </main>
    </LocationProvider>
  );
}

const root = document.getElementById('app');
render(<Loading />, root);
startSession().then(
  () => render(<App />, root),
  (e) => render(<div class="problem" role="alert"><strong>{t('problem.signInUnavailable')}</strong><p>{String(e?.message ?? e)}</p></div>, root),
);
