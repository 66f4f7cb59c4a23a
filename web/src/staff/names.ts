/** The codes of the staff API's lists, as the Sportello's people call them (both shown by code when not listed). */

/** The audit's actions as the Sportello names them; an action not listed is shown by its code. */
export const AUDIT_ACTIONS: Record<string, string> = {
  'company-saved': 'Società registrata',
  'user-enabled': 'Utente abilitato',
  'user-disabled': 'Utente disabilitato',
  'user-unlocked': 'Utente sbloccato',
  'user-reactivated': 'Utente riattivato',
  'notice-saved': 'Avviso pubblicato',
  'notice-deleted': 'Avviso eliminato',
  'answer-classified': 'Risposta classificata',
  'letter-staged': 'Lettera preparata',
  'letters-staged': 'Lettere preparate',
  'letter-withdrawn': 'Lettera ritirata',
  'reminder-staged': 'Sollecito preparato',
  'outage-saved': 'Interruzione registrata',
  'outage-deleted': 'Interruzione eliminata',
  'staff-call': 'Chiamata del personale',
  'access-refused': 'Accesso rifiutato',
};

/** The timer jobs by the names the Sportello uses; a job not listed is shown by its code. */
export const JOB_NAMES: Record<string, string> = {
  'nightly-loading': 'Caricamento notturno',
  'letter-ageing': 'Passaggio delle lettere tra le sezioni',
  'automatic-reminders': 'Solleciti automatici',
  'daily-pec-report': 'Report PEC giornaliero',
  'stalled-uploads': 'Caricamenti interrotti',
  'account-lifecycle': 'Scadenze degli account',
};

/** The sectors as the Sportello names them. */
export const SECTOR_NAMES = { energy: 'Energia', water: 'Acqua' } as const;
