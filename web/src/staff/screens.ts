import type { StaffRole } from './session';

/** The staff console's address (Italian, like the operator area's `/area`). */
export const STAFF_PATH = '/sportello';

/** The console's screens: the last segment of their address, their title and who sees them. */
export const STAFF_SCREENS = {
  dashboard: { path: 'cruscotto', title: 'Cruscotto delle società', roles: ['BackOffice', 'HelpDesk', 'ReadOnly'] },
  companies: { path: 'societa', title: 'Società', roles: ['BackOffice', 'HelpDesk', 'ReadOnly'] },
  users: { path: 'utenti', title: 'Sblocco e riattivazione utenti', roles: ['HelpDesk'] },
  notices: { path: 'avvisi', title: 'Avvisi', roles: ['BackOffice'] },
  staged: { path: 'in-pubblicazione', title: 'Lettere in pubblicazione', roles: ['BackOffice', 'ReadOnly'] },
  outages: { path: 'interruzioni', title: 'Interruzioni del servizio', roles: ['BackOffice'] },
  audit: { path: 'registro-attivita', title: 'Registro delle attività', roles: ['BackOffice', 'ReadOnly'] },
  jobs: { path: 'elaborazioni', title: 'Elaborazioni pianificate', roles: ['BackOffice', 'HelpDesk'] },
  publication: { path: 'pubblicazione', title: 'Pubblicazione di lettere e solleciti', roles: ['BackOffice'] },
} as const satisfies Record<string, { path: string; title: string; roles: readonly StaffRole[] }>;

export type StaffScreen = keyof typeof STAFF_SCREENS;

export const staffPath = (screen?: StaffScreen) =>
  screen ? `${STAFF_PATH}/${STAFF_SCREENS[screen].path}` : STAFF_PATH;

/** A company's page in the console (`/sportello/societa/{id}`). */
export const companyPath = (companyId: string) => `${staffPath('companies')}/${encodeURIComponent(companyId)}`;

/** The screens a person with `roles` may open, in the menu's order. */
export function screensFor(roles: readonly StaffRole[]): StaffScreen[] {
  return (Object.keys(STAFF_SCREENS) as StaffScreen[]).filter((screen) =>
    (STAFF_SCREENS[screen].roles as readonly StaffRole[]).some((role) => roles.includes(role)),
  );
}

/**
 * The development sign-in page's segment (`/sportello/accesso-sviluppo`). Used only behind
 * `__STAFF_DEV_SIGNIN__`, so a production build (`npm run build`) drops it with the page.
 */
export const DEV_SIGN_IN_SEGMENT = 'accesso-sviluppo';
