import { Alert, Button, Container } from 'design-react-kit';
import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useOutletContext } from 'react-router-dom';
import { apiFetch, apiFetchFile, type DownloadProgress, type RequestOptions } from '../api/client';
import { errorTitle } from '../api/problem';
import { useApi } from '../hooks/useApi';
import { entraConfigured, entraSession, entraSignIn, entraSignOut } from './entra';
import { STAFF_SCREENS, screensFor, staffPath, DEV_SIGN_IN_SEGMENT } from './screens';
import {
  forgetDevelopmentSession,
  getConsoleSettings,
  ROLE_NAMES,
  storedDevelopmentSession,
  type StaffConsoleSettings,
  type StaffSession,
} from './session';

/** What the console's pages get: who is signed in and calls carrying their token. */
export interface StaffContext {
  session: StaffSession;
  call: <T>(path: string, options?: RequestOptions) => Promise<T>;
  download: (path: string, onProgress?: DownloadProgress) => Promise<{ blob: Blob; fileName?: string }>;
}

/** What the development sign-in page gets: where to put the session it obtained. */
export interface StaffSignInContext {
  signedIn: (session: StaffSession) => void;
}

export function useStaff(): StaffContext {
  return useOutletContext<StaffContext>();
}

/** The session of this tab: the development token kept for it, else Entra ID's (MSAL), else none. */
async function currentSession(settings: StaffConsoleSettings): Promise<StaffSession | null> {
  if (__STAFF_DEV_SIGNIN__ && settings.developmentSignIn) {
    const development = storedDevelopmentSession();
    if (development) return development;
  }
  return (await entraSession(settings)) ?? null;
}

/**
 * The console's frame under /sportello: signs the person in (Entra ID, or in Development the page
 * that asks for a development token), shows who they are and the menu of the screens their roles
 * open, and gives the pages calls carrying the token.
 */
export function StaffLayout() {
  const settings = useApi((signal) => getConsoleSettings(signal), []);
  const [session, setSession] = useState<StaffSession | null>();
  const [problem, setProblem] = useState<string>();
  const [expired, setExpired] = useState<StaffSession>();
  const { pathname } = useLocation();

  useEffect(() => {
    if (!settings.data) return;
    let live = true;
    currentSession(settings.data).then(
      (found) => live && setSession(found),
      (error: unknown) => {
        if (!live) return;
        setProblem(errorTitle(error));
        setSession(null);
      },
    );
    return () => {
      live = false;
    };
  }, [settings.data]);

  // The token's end: the console asks to sign in again rather than let every call be refused.
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(() => setExpired(session), Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session]);

  if (settings.error) return <Notice color="danger" text={settings.error} />;
  if (!settings.data || session === undefined) return <Notice color="info" text="Caricamento in corso…" status />;

  const onDevPage = __STAFF_DEV_SIGNIN__ && pathname.endsWith(`/${DEV_SIGN_IN_SEGMENT}`);
  if (!session || expired === session) {
    if (onDevPage) return <Outlet context={{ signedIn: setSession } satisfies StaffSignInContext} />;
    return <StaffSignIn settings={settings.data} problem={problem} expired={Boolean(session)} />;
  }

  const signOut = () => {
    if (session.via === 'development') {
      forgetDevelopmentSession();
      setSession(null);
    } else {
      void entraSignOut(settings.data!);
    }
  };
  const context: StaffContext = {
    session,
    call: (path, options) => apiFetch(path, { ...options, bearer: session.token }),
    download: (path, onProgress) => apiFetchFile(path, { bearer: session.token }, onProgress),
  };
  return (
    <>
      <div className="operator-bar border-bottom">
        <Container className="d-flex flex-wrap align-items-center justify-content-between gap-2 py-2">
          <p className="mb-0" data-testid="staff-who">
            Console dello Sportello: <strong>{session.name}</strong>
            {session.roles.length > 0 && ` (${session.roles.map((role) => ROLE_NAMES[role]).join(', ')})`}
          </p>
          <Button color="primary" outline size="sm" onClick={signOut}>
            Esci
          </Button>
        </Container>
        <Container>
          <nav aria-label="Funzioni della console">
            <ul className="nav staff-menu">
              <li className="nav-item">
                <NavLink end to={staffPath()} className="nav-link">
                  Inizio
                </NavLink>
              </li>
              {screensFor(session.roles).map((screen) => (
                <li className="nav-item" key={screen}>
                  <NavLink to={staffPath(screen)} className="nav-link">
                    {STAFF_SCREENS[screen].title}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </Container>
      </div>
      <div className="staff-console">
        <Outlet context={context} />
      </div>
    </>
  );
}

function Notice({ color, text, status }: { color: 'danger' | 'info'; text: string; status?: boolean }) {
  return (
    <Container className="py-4">{status ? <p role="status">{text}</p> : <Alert color={color}>{text}</Alert>}</Container>
  );
}

/** Signed out: Entra ID's button where the app registration is configured, the development page locally. */
function StaffSignIn({
  settings,
  problem,
  expired,
}: {
  settings: StaffConsoleSettings;
  problem?: string;
  expired: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(problem);
  const entra = entraConfigured(settings);
  async function signIn() {
    setBusy(true);
    setError(undefined);
    try {
      await entraSignIn(settings);
    } catch (e) {
      setError(errorTitle(e));
      setBusy(false);
    }
  }
  return (
    <Container className="py-4 py-lg-5">
      <h1 className="h2">Console dello Sportello</h1>
      <p>
        La console è riservata al personale dello Sportello: help desk, back office e consultazione. Si accede con
        l&apos;account aziendale (Microsoft Entra ID); le funzioni mostrate dipendono dai ruoli assegnati.
      </p>
      {expired && <Alert color="warning">La sessione è scaduta: accedere di nuovo.</Alert>}
      {error && <Alert color="danger">{error}</Alert>}
      {entra && (
        <Button color="primary" disabled={busy} onClick={() => void signIn()}>
          {busy ? 'Reindirizzamento in corso…' : 'Accedi con l’account dello Sportello'}
        </Button>
      )}
      {!entra && !(__STAFF_DEV_SIGNIN__ && settings.developmentSignIn) && (
        <Alert color="danger">
          L&apos;accesso con Entra ID non è configurato per questo ambiente: contattare l&apos;amministratore del
          portale.
        </Alert>
      )}
      {__STAFF_DEV_SIGNIN__ && settings.developmentSignIn && (
        <p className="mt-3">
          <Link to={`${staffPath()}/${DEV_SIGN_IN_SEGMENT}`} className="btn btn-outline-primary">
            Accesso di sviluppo
          </Link>
        </p>
      )}
    </Container>
  );
}
