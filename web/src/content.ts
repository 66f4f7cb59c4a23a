/** Facts from the manual (v1.5) shown in more than one place. */
export const NUMERO_VERDE = '800.166.654';
export const NUMERO_VERDE_TEL = '+39800166654';
export const NUMERO_VERDE_ORARI =
  'attivo dal lunedì al venerdì dalle 8 alle 18, esclusi i festivi. Nei giorni 29 giugno, 2 novembre, 24 e 31 ' +
  'dicembre il servizio non è attivo.';
export const HELP_DESK_EMAIL = 'HD_PORTALE@acquirenteunico.it';
export const HELP_DESK_ORARI = 'dal lunedì al venerdì dalle ore 09:00 alle ore 17:00';
export const HELP_DESK_TELEFONO = '06-8013.3840';
export const HELP_DESK_TELEFONO_TEL = '+390680133840';
export const HELP_DESK_TELEFONO_ORARI = 'dal lunedì al venerdì, ore 9:30–12:00 e 14:30–16:00';
export const MAINTENANCE_WINDOW = 'dalle 01:00 alle 03:00';

export const APP_TITLE = 'Portale Operatori-Gestori';
