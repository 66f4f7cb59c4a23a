import { Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { AreaPage } from './pages/AreaPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OperatorLayout } from './pages/OperatorLayout';
import { OtpPage } from './pages/OtpPage';
import { SectionPage } from './pages/SectionPage';
// Sections with pages of their own (manual 6.4, 6.6, 6.7).
import { CommunicationsPage } from './pages/CommunicationsPage';
import { FailedUploadsPage } from './pages/FailedUploadsPage';
import { RemindersPage } from './pages/RemindersPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="accedi" element={<LoginPage />} />
        <Route path="accedi/otp" element={<OtpPage />} />
        <Route path="accedi/cambio-password" element={<ChangePasswordPage />} />
        <Route path="accedi/nuovo-cellulare" element={<ComingSoonPage title="Nuovo recapito mobile" />} />
        <Route path="registrazione" element={<ComingSoonPage title="Nuova registrazione" />} />
        <Route path="recupero-username" element={<ComingSoonPage title="Recupero username" />} />
        <Route path="recupero-password" element={<ComingSoonPage title="Recupero password" />} />
        <Route path="area" element={<OperatorLayout />}>
          <Route index element={<AreaPage />} />
          <Route path=":companyId" element={<AreaPage />} />
          <Route path=":companyId/:section" element={<SectionPage />} />
          <Route path=":companyId/reminders" element={<RemindersPage />} />
          <Route path=":companyId/communications" element={<CommunicationsPage />} />
          <Route path=":companyId/failed-uploads" element={<FailedUploadsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
