import { Col, Container, Row } from 'design-react-kit';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { getStatus, type PortalStatus } from '../api/status';
import { MaintenanceBanner } from '../components/MaintenanceBanner';
import { NoticeList } from '../components/NoticeList';
import { NUMERO_VERDE } from '../content';
import { usePageTitle } from '../usePageTitle';

type StatusState = { phase: 'loading' } | { phase: 'ready'; status: PortalStatus } | { phase: 'failed' };

const SERVICES = [
  'Nuove lettere ricevute',
  'Lettere scaricate da lavorare',
  'Lettere scaricate in copia conoscenza',
  'Nuovi solleciti ricevuti',
  'Archivio lettere con risposta',
  'Comunicazioni libere',
  'Invii falliti',
  'Ricerca lettere',
  'Report',
  'Manuale e moduli',
];

export function HomePage() {
  usePageTitle();
  const [state, setState] = useState<StatusState>({ phase: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    getStatus(controller.signal)
      .then((status) => setState({ phase: 'ready', status }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ phase: 'failed' });
      });
    return () => controller.abort();
  }, []);

  return (
    <Container className="py-4 py-lg-5">
      {state.phase === 'ready' && state.status.maintenance && <MaintenanceBanner />}

      <Row>
        <Col lg={8}>
          <h1 className="mb-3">Benvenuto nel Portale Operatori-Gestori</h1>
          <p className="lead">
            Il Portale Operatori-Gestori è il canale con cui lo Sportello per il consumatore Energia e Ambiente e gli
            operatori e i gestori dei servizi di energia elettrica, gas e servizio idrico integrato si scambiano la
            corrispondenza relativa ai reclami e alle richieste dei clienti.
          </p>
          <p>
            Gli utenti registrati e abilitati dalla propria azienda possono scaricare le lettere pubblicate dallo
            Sportello, caricare le risposte entro i termini previsti, inviare comunicazioni, consultare i solleciti e
            l'archivio e scaricare i report. Ogni giorno l'azienda riceve via PEC il riepilogo delle operazioni svolte.
          </p>
        </Col>
        <Col lg={4}>
          <section className="access-box p-4 mb-4" aria-labelledby="accesso-title">
            <h2 id="accesso-title" className="h4">
              Area riservata
            </h2>
            <p>Sei un utente che opera per conto di un operatore o di un gestore?</p>
            <Link to="/accedi" className="btn btn-primary w-100 mb-2">
              Accedi al portale
            </Link>
            <Link to="/registrazione" className="btn btn-outline-primary w-100">
              Nuova registrazione
            </Link>
          </section>
        </Col>
      </Row>

      <section className="mt-4" aria-labelledby="avvisi-title">
        <h2 id="avvisi-title">Avvisi</h2>
        <p className="text-secondary-emphasis">
          Interventi tecnici programmati e non programmati che sospendono il servizio.
        </p>
        <div aria-live="polite" aria-busy={state.phase === 'loading'}>
          {state.phase === 'loading' && <p>Caricamento degli avvisi in corso…</p>}
          {state.phase === 'failed' && (
            // Plain bootstrap-italia markup: the kit's Alert forces role="alert", too loud for
            // a notice the user did not cause.
            <div className="alert alert-info" role="status" data-testid="status-error">
              Al momento non è possibile mostrare gli avvisi del portale. Ci scusiamo per il disagio: riprovare tra
              qualche minuto. Per informazioni è possibile chiamare il Numero Verde {NUMERO_VERDE}.
            </div>
          )}
          {state.phase === 'ready' && <NoticeList notices={state.status.notices} />}
        </div>
      </section>

      <section className="mt-5" aria-labelledby="servizi-title">
        <h2 id="servizi-title">Servizi dell'area riservata</h2>
        <ul className="services-list">
          {SERVICES.map((service) => (
            <li key={service}>{service}</li>
          ))}
        </ul>
        <p>
          Il portale è disponibile tutti i giorni, tranne dalle 01:00 alle 03:00 quando è chiuso per il caricamento dei
          dati. Gli interventi tecnici programmati sono annunciati in questa pagina almeno 4 giorni prima, con l'orario
          di interruzione e quello previsto di ripresa.
        </p>
      </section>
    </Container>
  );
}
