import { Alert, Container } from 'design-react-kit';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Schemas } from '../api/contract';
import type { Section } from '../api/operator';
import { ShortHash } from '../components/ShortHash';
import { formatDateTime } from '../format';
import { usePageTitle } from '../usePageTitle';
import { CompanyLetters } from './CompanyLetters';
import { EnablementForm } from './EnablementForm';
import { hasAnyRole } from './session';
import { useStaff } from './StaffLayout';
import { staffPath } from './screens';
import { StaffDownloadButton } from './StaffDownloadButton';
import { StaffList, useStaffPages } from './StaffList';
import { useCompanies } from './useCompanies';

type Communication = Schemas['Communication'];
type FailedUpload = Schemas['FailedUpload'];

const KIND_NAMES: Record<Communication['kind'], string> = {
  communication: 'Comunicazione',
  'tirv-rejection': 'Rifiuto TIRV',
};

/**
 * Every staff role: one company as the Sportello follows it — its letters section by section, its
 * communications and TIRV rejections, its invii falliti, each with its download.
 */
export function CompanyPage() {
  const { companyId = '' } = useParams();
  const companies = useCompanies();
  const company = companies.data?.items.find((c) => c.id === companyId);
  const title = company ? `${company.name} (${company.id})` : companyId;
  usePageTitle(`Società ${title}`);
  const [section, setSection] = useState<Section>('new');
  const base = `/backoffice/companies/${encodeURIComponent(companyId)}`;
  const communications = useStaffPages<Communication>(`${base}/communications`, {});
  const failed = useStaffPages<FailedUpload>(`${base}/failed-uploads`, {});
  const canEnable = hasAnyRole(useStaff().session, ['BackOffice']);

  return (
    <Container className="py-4">
      <p className="mb-2">
        <Link to={staffPath('companies')}>Tutte le società</Link>
      </p>
      <h1 className="h2">Società {title}</h1>
      {companies.data && !company && <Alert color="warning">La società {companyId} non è censita nel portale.</Alert>}
      <h2 className="h4 mt-4 mb-5">Lettere</h2>
      <CompanyLetters companyId={companyId} section={section} onSection={setSection} />

      <h2 className="h4 mt-5">Comunicazioni libere e rifiuti TIRV</h2>
      <StaffList<Communication>
        pages={communications}
        caption="Comunicazioni inviate dalla società"
        empty="Nessuna comunicazione inviata."
        testId="company-communications"
        rowKey={(c) => c.key}
        columns={[
          {
            label: 'File',
            render: (c) => (
              <StaffDownloadButton
                id={`communication-${c.key}`}
                path={`${base}/communications/${encodeURIComponent(c.key)}/pdf`}
                fileName={c.file}
                label={c.file}
                describe="(scarica la comunicazione)"
              />
            ),
          },
          { label: 'Tipo', render: (c) => KIND_NAMES[c.kind] },
          { label: 'Oggetto', render: (c) => c.label ?? '' },
          { label: 'Data invio', render: (c) => formatDateTime(c.sentAt) },
          { label: 'Utente', render: (c) => c.user },
          { label: 'Hash', render: (c) => <ShortHash value={c.hash} /> },
        ]}
      />

      {canEnable && (
        <>
          <h2 className="h4 mt-5 mb-5">Abilitazione dei referenti</h2>
          <EnablementForm companyId={companyId} />
        </>
      )}

      <h2 className="h4 mt-5">Invii falliti</h2>
      <StaffList<FailedUpload>
        pages={failed}
        caption="Caricamenti rifiutati della società"
        empty="Nessun invio fallito."
        testId="company-failed-uploads"
        rowKey={(f) => f.receiptId}
        columns={[
          { label: 'File', render: (f) => f.file },
          { label: 'Data', render: (f) => formatDateTime(f.eventAt) },
          { label: 'Utente', render: (f) => f.user },
          { label: 'Motivo', render: (f) => f.reason },
          {
            label: 'Ricevuta',
            render: (f) => (
              <StaffDownloadButton
                id={`receipt-${f.receiptId}`}
                path={`${base}/receipts/${encodeURIComponent(f.receiptId)}/pdf`}
                fileName={`ricevuta-${f.receiptId}.pdf`}
                label="Ricevuta (PDF)"
                describe={`del rifiuto di ${f.file}`}
              />
            ),
          },
        ]}
      />
    </Container>
  );
}
