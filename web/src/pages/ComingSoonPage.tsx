import { Container } from 'design-react-kit';
import { Link } from 'react-router-dom';
import { NUMERO_VERDE } from '../content';
import { usePageTitle } from '../usePageTitle';

/** A service named by the manual whose page is not built yet: say so plainly, offer help. */
export function ComingSoonPage({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <Container className="py-4 py-lg-5">
      <h1>{title}</h1>
      <p className="lead">Questo servizio sarà disponibile a breve su questo portale.</p>
      <p>
        Nel frattempo, per assistenza è possibile chiamare il Numero Verde {NUMERO_VERDE} o scrivere all'Help Desk
        tecnico.
      </p>
      <Link to="/">Torna alla pagina iniziale</Link>
    </Container>
  );
}
