import { Alert, Container } from 'design-react-kit';
import { Link } from 'react-router-dom';
import { ListTable } from '../components/ListTable';
import { usePageTitle } from '../usePageTitle';
import { SECTOR_NAMES } from './names';
import { companyPath } from './screens';
import { useCompanies, type Company } from './useCompanies';

/** Every staff role: the companies registered, each a link to its page. */
export function CompaniesPage() {
  usePageTitle('Società');
  const companies = useCompanies();
  return (
    <Container className="py-4">
      <h1 className="h2">Società</h1>
      <p className="mb-4">Le società censite nel portale: aprire una società per le sue lettere, risposte e invii.</p>
      {companies.error && <Alert color="danger">{companies.error}</Alert>}
      {!companies.data && !companies.error && <p role="status">Caricamento in corso…</p>}
      {companies.data && (
        <ListTable<Company>
          caption="Società censite"
          testId="companies-table"
          rows={companies.data.items}
          rowKey={(c) => c.id}
          columns={[
            { label: 'Società', render: (c) => <Link to={companyPath(c.id)}>{`${c.name} (${c.id})`}</Link> },
            { label: 'Settori', render: (c) => c.sectors.map((s) => SECTOR_NAMES[s]).join(', ') },
            { label: 'Partita IVA', render: (c) => c.vatNumber },
            { label: 'PEC', render: (c) => c.pecAddress },
          ]}
        />
      )}
    </Container>
  );
}
