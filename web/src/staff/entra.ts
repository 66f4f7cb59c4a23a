import { InteractionRequiredAuthError, PublicClientApplication } from '@azure/msal-browser';
import { sessionOf, type StaffConsoleSettings, type StaffSession } from './session';

/** The console's address: MSAL comes back here after the Entra ID sign-in (the SPA's redirect URI). */
const redirectUri = () => `${window.location.origin}/sportello`;

let client: Promise<PublicClientApplication> | undefined;

/** One MSAL client per page load, initialised once, its cache in sessionStorage (closing the tab signs out). */
function msal(settings: StaffConsoleSettings): Promise<PublicClientApplication> {
  client ??= (async () => {
    const app = new PublicClientApplication({
      auth: {
        clientId: settings.clientId ?? '',
        authority: settings.authority ?? undefined,
        redirectUri: redirectUri(),
      },
      cache: { cacheLocation: 'sessionStorage' },
    });
    await app.initialize();
    return app;
  })();
  return client;
}

export const entraConfigured = (settings: StaffConsoleSettings) => Boolean(settings.clientId && settings.scope);

/**
 * The Entra ID session of this tab, if any: finishes a sign-in coming back from Entra ID, then asks
 * for an access token to the API's scope without interaction. Undefined when the person must sign in.
 */
export async function entraSession(settings: StaffConsoleSettings): Promise<StaffSession | undefined> {
  if (!entraConfigured(settings)) return undefined;
  const app = await msal(settings);
  const returned = await app.handleRedirectPromise();
  const account = returned?.account ?? app.getAllAccounts()[0];
  if (!account) return undefined;
  try {
    const result = await app.acquireTokenSilent({ scopes: [settings.scope!], account });
    return sessionOf(result.accessToken, 'entra');
  } catch (error) {
    if (error instanceof InteractionRequiredAuthError) return undefined;
    throw error;
  }
}

/** Leaves for the Entra ID sign-in page, asking for the API's scope. */
export async function entraSignIn(settings: StaffConsoleSettings): Promise<void> {
  const app = await msal(settings);
  await app.loginRedirect({ scopes: [settings.scope!], redirectUri: redirectUri() });
}

export async function entraSignOut(settings: StaffConsoleSettings): Promise<void> {
  const app = await msal(settings);
  await app.logoutRedirect({ postLogoutRedirectUri: redirectUri() });
}
