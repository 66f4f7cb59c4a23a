/**
 * The operator area's addresses, in Italian as users read them (issue #9). The keys are the code's
 * names of the screens (the API's sections and lists); the values are the last segment of the URL.
 */
export const SCREEN_PATHS = {
  new: 'nuove-lettere',
  'to-work': 'lettere-da-lavorare',
  cc: 'copia-conoscenza',
  archive: 'archivio',
  reminders: 'solleciti',
  communications: 'comunicazioni-libere',
  'failed-uploads': 'invii-falliti',
  search: 'ricerca-lettere',
  reports: 'report',
  manual: 'manuale-e-moduli',
} as const;

export type Screen = keyof typeof SCREEN_PATHS;

export const AREA_PATH = '/area';

export const SCREENS = Object.keys(SCREEN_PATHS) as Screen[];

/**
 * Before issue #9 the area's URLs ended with the screens' code names (`/area/{company}/reminders`):
 * the router sends those old bookmarks and links on to the Italian address (App.tsx).
 */
export const OLD_SEGMENTS: ReadonlyArray<{ from: string; to: Screen }> = SCREENS.map((screen) => ({
  from: screen,
  to: screen,
}));

/** `/area`, `/area/{company}` or `/area/{company}/{screen}`. */
export function areaPath(companyId?: string, screen?: Screen): string {
  if (companyId === undefined) return AREA_PATH;
  const company = `${AREA_PATH}/${encodeURIComponent(companyId)}`;
  return screen ? `${company}/${SCREEN_PATHS[screen]}` : company;
}

/** The screen whose Italian segment is `path`, if any. */
export function screenAt(path: string | undefined): Screen | undefined {
  return SCREENS.find((screen) => SCREEN_PATHS[screen] === path);
}
