import { Container } from 'design-react-kit';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../usePageTitle';

export function NotFoundPage() {
  usePageTitle('Pagina non trovata');
  return (
    <Container className="py-4 py-lg-5">
      <h1>Pagina non trovata</h1>
      <p className="lead">L'indirizzo richiesto non corrisponde ad alcuna pagina del portale.</p>
      <Link to="/">Torna alla pagina iniziale</Link>
    </Container>
  );
}
