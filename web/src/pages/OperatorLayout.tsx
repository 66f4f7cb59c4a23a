import { Alert, Container } from 'design-react-kit';
import { Link, Outlet, useOutletContext } from 'react-router-dom';
import { getMe, type Me } from '../api/operator';
import { LogoutButton } from '../components/LogoutButton';
import { useApi } from '../hooks/useApi';

/** The operator area's frame: who is signed in, "Esci", and the profile for the pages below. */
export function OperatorLayout() {
  const me = useApi((signal) => getMe(signal), []);
  return (
    <>
      <div className="operator-bar border-bottom">
        <Container className="d-flex flex-wrap align-items-center justify-content-between gap-2 py-2">
          <p className="mb-0" data-testid="welcome">
            {me.data ? (
              <>
                Benvenuto/a <strong>{me.data.firstName}</strong>
              </>
            ) : (
              'La mia area personale'
            )}
          </p>
          <div className="d-flex flex-wrap align-items-center gap-2">
            <Link to="/area/profilo" className="btn btn-outline-primary btn-sm">
              Gestione profilo
            </Link>
            <LogoutButton />
          </div>
        </Container>
      </div>
      {me.error && (
        <Container className="py-3">
          <Alert color="danger">{me.error}</Alert>
        </Container>
      )}
      {me.loading && !me.data && (
        <Container className="py-3">
          <p role="status">Caricamento in corso…</p>
        </Container>
      )}
      {me.data && <Outlet context={me.data} />}
    </>
  );
}

export function useMe(): Me {
  return useOutletContext<Me>();
}
