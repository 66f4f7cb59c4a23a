import { Link } from 'react-router-dom';
import {
  HELP_DESK_EMAIL,
  HELP_DESK_ORARI,
  HELP_DESK_TELEFONO,
  HELP_DESK_TELEFONO_ORARI,
  HELP_DESK_TELEFONO_TEL,
  MAINTENANCE_WINDOW,
  NUMERO_VERDE,
  NUMERO_VERDE_ORARI,
  NUMERO_VERDE_TEL,
} from '../content';

export function SiteFooter() {
  return (
    <footer className="it-footer" id="footer" tabIndex={-1}>
      <div className="it-footer-main">
        <div className="container">
          <div className="row py-4">
            <div className="col-12 col-lg-4 pb-3">
              <h2 className="h4 footer-heading">Portale Operatori-Gestori</h2>
              <p>
                Sportello per il consumatore Energia e Ambiente, gestito da Acquirente Unico S.p.A. per conto
                dell'Autorità di Regolazione per Energia Reti e Ambiente (ARERA).
              </p>
            </div>
            <div className="col-12 col-md-6 col-lg-4 pb-3">
              <h2 className="h4 footer-heading">Numero Verde</h2>
              <p className="mb-1">
                <a href={`tel:${NUMERO_VERDE_TEL}`} className="footer-phone">
                  {NUMERO_VERDE}
                </a>
              </p>
              <p>Il Numero Verde è {NUMERO_VERDE_ORARI}</p>
            </div>
            <div className="col-12 col-md-6 col-lg-4 pb-3">
              <h2 className="h4 footer-heading">Help Desk tecnico</h2>
              <p className="mb-1">
                Risponde {HELP_DESK_ORARI} all'indirizzo <a href={`mailto:${HELP_DESK_EMAIL}`}>{HELP_DESK_EMAIL}</a>.
              </p>
              <p>
                Telefono <a href={`tel:${HELP_DESK_TELEFONO_TEL}`}>{HELP_DESK_TELEFONO}</a> ({HELP_DESK_TELEFONO_ORARI}
                ).
              </p>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints">
        <div className="container py-3">
          <p className="mb-0">
            Il portale è disponibile tutti i giorni, tranne {MAINTENANCE_WINDOW} quando è chiuso per il caricamento dei
            dati. <Link to="/">Pagina iniziale</Link>
          </p>
        </div>
      </div>
    </footer>
  );
}
