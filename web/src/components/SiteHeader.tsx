import { Header, HeaderContent, HeaderRightZone } from 'design-react-kit';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { NUMERO_VERDE, NUMERO_VERDE_TEL } from '../content';
import { STAFF_PATH } from '../staff/screens';

export function SiteHeader() {
  // Inside the operator area the user is signed in: "Esci" is in the area's bar instead. The staff
  // console signs in its own way: the operators' "Accedi" would lead the Sportello's people astray.
  const { pathname } = useLocation();
  const signedIn = pathname.startsWith('/area') || pathname.startsWith(STAFF_PATH);
  return (
    <header className="it-header-wrapper">
      <Header type="slim">
        <HeaderContent>
          <p className="slim-attribution mb-0">
            <span className="d-md-none">
              Acquirente Unico · <abbr title="Autorità di Regolazione per Energia Reti e Ambiente">ARERA</abbr>
            </span>
            <span className="d-none d-md-inline">
              Sportello per il consumatore Energia e Ambiente · gestito da Acquirente Unico per conto di{' '}
              <abbr title="Autorità di Regolazione per Energia Reti e Ambiente">ARERA</abbr>
            </span>
          </p>
          <HeaderRightZone>
            {!signedIn && (
              <NavLink to="/accedi" className="btn btn-primary btn-sm slim-login">
                Accedi
              </NavLink>
            )}
          </HeaderRightZone>
        </HeaderContent>
      </Header>
      <Header type="center">
        <HeaderContent>
          <div className="it-brand-wrapper">
            <Link to="/">
              <div className="it-brand-text">
                <div className="it-brand-title">Portale Operatori-Gestori</div>
                <div className="it-brand-tagline">Sportello per il consumatore Energia e Ambiente</div>
              </div>
            </Link>
          </div>
          <HeaderRightZone>
            <div className="header-numero-verde d-none d-md-block">
              <span className="d-block small">Numero Verde</span>
              <a href={`tel:${NUMERO_VERDE_TEL}`} className="fw-semibold">
                {NUMERO_VERDE}
              </a>
            </div>
          </HeaderRightZone>
        </HeaderContent>
      </Header>
    </header>
  );
}
