import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { Layout } from './components/Layout';
import { AreaPage } from './pages/AreaPage';
import { MobileChangePage, RecoverPasswordPage, RecoverUsernamePage } from './pages/CaptchaRequestPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { ConfirmMobileChangePage, ConfirmRegistrationPage } from './pages/ConfirmLinkPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OperatorLayout } from './pages/OperatorLayout';
import { NewMobilePage } from './pages/NewMobilePage';
import { OtpPage } from './pages/OtpPage';
import { ProfilePage } from './pages/ProfilePage';
import { RegistrationPage } from './pages/RegistrationPage';
import { SectionPage } from './pages/SectionPage';
// Sections with pages of their own (manual 6.4, 6.6, 6.7).
import { CommunicationsPage } from './pages/CommunicationsPage';
import { FailedUploadsPage } from './pages/FailedUploadsPage';
import { RemindersPage } from './pages/RemindersPage';
// Ricerca lettere (manual 6.8).
import { LetterSearchPage } from './pages/LetterSearchPage';
import { ReportsPage } from './pages/ReportsPage';
// Manuale e Moduli (manual 6.10) and the public documents (issue 10, item 5).
import { DocumentPage } from './pages/DocumentPage';
import { ManualPage } from './pages/ManualPage';
import { DOCUMENTS } from './markdown/useDocument';
import { areaPath, OLD_SEGMENTS, SCREEN_PATHS, type Screen } from './routes';
// The Sportello's console (issue 15).
import { AuditPage } from './staff/AuditPage';
import { CompaniesPage } from './staff/CompaniesPage';
import { CompanyPage } from './staff/CompanyPage';
import { DashboardPage } from './staff/DashboardPage';
import { JobsPage } from './staff/JobsPage';
import { NoticesPage } from './staff/NoticesPage';
import { OutagesPage } from './staff/OutagesPage';
import { PublicationPage } from './staff/PublicationPage';
import { RequireRole } from './staff/RequireRole';
import { StagedPage } from './staff/StagedPage';
import { DEV_SIGN_IN_SEGMENT, STAFF_PATH, STAFF_SCREENS } from './staff/screens';
import { StaffHomePage } from './staff/StaffHomePage';
import { StaffLayout } from './staff/StaffLayout';
import { UsersPage } from './staff/UsersPage';

// Only where __STAFF_DEV_SIGNIN__ is true: a production build has neither the route nor the page.
const DevSignInPage = __STAFF_DEV_SIGNIN__ ? lazy(() => import('./staff/DevSignInPage')) : undefined;

/** An old English address of the area (`/area/{company}/reminders`): the same screen at its Italian one. */
function MovedScreen({ to }: { to: Screen }) {
  const { companyId = '' } = useParams();
  const { search, hash } = useLocation();
  return <Navigate to={{ pathname: areaPath(companyId, to), search, hash }} replace />;
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="accedi" element={<LoginPage />} />
        <Route path="accedi/otp" element={<OtpPage />} />
        <Route path="accedi/cambio-password" element={<ChangePasswordPage />} />
        <Route path="accedi/nuovo-cellulare" element={<NewMobilePage />} />
        <Route path="registrazione" element={<RegistrationPage />} />
        <Route path="registrazione/conferma" element={<ConfirmRegistrationPage />} />
        <Route path="recupero-username" element={<RecoverUsernamePage />} />
        <Route path="recupero-password" element={<RecoverPasswordPage />} />
        <Route path="modifica-recapito-mobile" element={<MobileChangePage />} />
        <Route path="modifica-recapito-mobile/conferma" element={<ConfirmMobileChangePage />} />
        <Route
          path="informativa-privacy"
          element={<DocumentPage title="Informativa Privacy" path={DOCUMENTS.privacy} />}
        />
        <Route path="faq" element={<DocumentPage title="FAQ" path={DOCUMENTS.faq} />} />
        <Route path="area" element={<OperatorLayout />}>
          <Route index element={<AreaPage />} />
          <Route path="profilo" element={<ProfilePage />} />
          <Route path="profilo/password" element={<ChangePasswordPage inSession />} />
          <Route path=":companyId" element={<AreaPage />} />
          <Route path=":companyId/:section" element={<SectionPage />} />
          <Route path={`:companyId/${SCREEN_PATHS.reminders}`} element={<RemindersPage />} />
          <Route path={`:companyId/${SCREEN_PATHS.communications}`} element={<CommunicationsPage />} />
          <Route path={`:companyId/${SCREEN_PATHS['failed-uploads']}`} element={<FailedUploadsPage />} />
          <Route path={`:companyId/${SCREEN_PATHS.search}`} element={<LetterSearchPage />} />
          <Route path={`:companyId/${SCREEN_PATHS.reports}`} element={<ReportsPage />} />
          <Route path={`:companyId/${SCREEN_PATHS.manual}`} element={<ManualPage />} />
          {OLD_SEGMENTS.map(({ from, to }) => (
            <Route key={from} path={`:companyId/${from}`} element={<MovedScreen to={to} />} />
          ))}
        </Route>
        <Route path={STAFF_PATH.slice(1)} element={<StaffLayout />}>
          <Route index element={<StaffHomePage />} />
          {__STAFF_DEV_SIGNIN__ && DevSignInPage && (
            <Route
              path={DEV_SIGN_IN_SEGMENT}
              element={
                <Suspense fallback={<p role="status">Caricamento in corso…</p>}>
                  <DevSignInPage />
                </Suspense>
              }
            />
          )}
          <Route element={<RequireRole screen="dashboard" />}>
            <Route path={STAFF_SCREENS.dashboard.path} element={<DashboardPage />} />
          </Route>
          <Route element={<RequireRole screen="users" />}>
            <Route path={STAFF_SCREENS.users.path} element={<UsersPage />} />
          </Route>
          <Route element={<RequireRole screen="notices" />}>
            <Route path={STAFF_SCREENS.notices.path} element={<NoticesPage />} />
          </Route>
          <Route element={<RequireRole screen="staged" />}>
            <Route path={STAFF_SCREENS.staged.path} element={<StagedPage />} />
          </Route>
          <Route element={<RequireRole screen="outages" />}>
            <Route path={STAFF_SCREENS.outages.path} element={<OutagesPage />} />
          </Route>
          <Route element={<RequireRole screen="audit" />}>
            <Route path={STAFF_SCREENS.audit.path} element={<AuditPage />} />
          </Route>
          <Route element={<RequireRole screen="jobs" />}>
            <Route path={STAFF_SCREENS.jobs.path} element={<JobsPage />} />
          </Route>
          <Route element={<RequireRole screen="companies" />}>
            <Route path={STAFF_SCREENS.companies.path} element={<CompaniesPage />} />
            <Route path={`${STAFF_SCREENS.companies.path}/:companyId`} element={<CompanyPage />} />
          </Route>
          <Route element={<RequireRole screen="publication" />}>
            <Route path={STAFF_SCREENS.publication.path} element={<PublicationPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
