import { Container } from 'design-react-kit';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../usePageTitle';
import { STAFF_SCREENS, screensFor, staffPath } from './screens';
import { useStaff } from './StaffLayout';

/** What each screen is for, as the help desk and the back office would say it. */
const PURPOSE: Record<keyof typeof STAFF_SCREENS, string> = {
  dashboard: 'Le società a colpo d’occhio: lettere da scaricare, da lavorare, scadute, «assente», solleciti.',
  users: 'Sbloccare un operatore bloccato dopo troppi tentativi, riattivare un account inattivo.',
  notices: 'Pubblicare gli avvisi della pagina iniziale: interventi programmati (4 giorni prima) e non programmati.',
  staged: 'Le lettere e i solleciti che il caricamento notturno pubblicherà, e il ritiro prima della pubblicazione.',
  outages: 'Registrare le interruzioni del servizio (capitolo 9): quali contano e i giorni di indisponibilità.',
  audit: 'Consultare chi ha fatto che cosa, e quando, nella console e con le chiamate dello Sportello.',
  jobs: 'Vedere l’esito delle elaborazioni notturne e il registro del report PEC giornaliero.',
  companies: 'Una società: le sue lettere sezione per sezione, le risposte, le comunicazioni, gli invii falliti.',
  publication: 'Preparare una lettera, con tutti i suoi campi e il PDF, o un sollecito per il caricamento notturno.',
};

export function StaffHomePage() {
  usePageTitle('Console dello Sportello');
  const { session } = useStaff();
  const screens = screensFor(session.roles);
  return (
    <Container className="py-4">
      <h1 className="h2">Console dello Sportello</h1>
      {screens.length === 0 ? (
        <p data-testid="staff-no-role">
          L&apos;account non ha alcun ruolo della console: chiedere all&apos;amministratore di assegnare Help desk, Back
          office o Consultazione.
        </p>
      ) : (
        <ul className="list-unstyled row g-3" data-testid="staff-screens">
          {screens.map((screen) => (
            <li key={screen} className="col-12 col-md-6">
              <div className="card card-bg h-100">
                <div className="card-body">
                  <h2 className="h5 card-title">
                    <Link to={staffPath(screen)}>{STAFF_SCREENS[screen].title}</Link>
                  </h2>
                  <p className="card-text">{PURPOSE[screen]}</p>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
