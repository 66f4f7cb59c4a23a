import { Alert, Container } from 'design-react-kit';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../usePageTitle';
import { BatchStagingForm } from './BatchStagingForm';
import { LetterStagingForm } from './LetterStagingForm';
import { ReminderStagingForm } from './ReminderStagingForm';
import { staffPath } from './screens';
import { useCompanies } from './useCompanies';

/** Back office (issue 13, item 3): a letter, or a sollecito by hand, for tonight's loading. */
export function PublicationPage() {
  usePageTitle('Pubblicazione di lettere e solleciti');
  const companies = useCompanies();
  return (
    <Container className="py-4">
      <h1 className="h2">Pubblicazione di lettere e solleciti</h1>
      <p className="mb-4">
        Ciò che si prepara qui è pubblicato dal caricamento notturno (dalle 01:00 alle 03:00); fino ad allora si può
        ritirare da <Link to={staffPath('staged')}>Lettere in pubblicazione</Link>.
      </p>
      <h2 className="h4 mt-4 mb-5">Una lettera</h2>
      {companies.error && <Alert color="danger">{companies.error}</Alert>}
      {companies.data ? (
        <LetterStagingForm companies={companies.data.items} />
      ) : (
        !companies.error && <p role="status">Caricamento in corso…</p>
      )}
      <h2 className="h4 mt-5 mb-5">Più lettere (archivio ZIP)</h2>
      <BatchStagingForm />
      <h2 className="h4 mt-5 mb-5">Un sollecito</h2>
      <ReminderStagingForm />
    </Container>
  );
}
