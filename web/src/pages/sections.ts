import type { Badges, Section } from '../api/operator';
import { screenAt, type Screen } from '../routes';

/** The manual's sections (ch. 6.1–6.3, 6.5), in its order and wording. */
/** `badge` is absent where the badges API has no count (the archive). */
export const SECTIONS: ReadonlyArray<{ id: Section; title: string; badge?: keyof Badges; description: string }> = [
  {
    id: 'new',
    title: 'Nuove lettere ricevute',
    badge: 'newLetters',
    description: 'Le nuove lettere ricevute sul Portale da scaricare per la lavorazione.',
  },
  {
    id: 'to-work',
    title: 'Lettere scaricate da lavorare',
    badge: 'toWork',
    description: 'Le lettere già scaricate in attesa di risposta, con i giorni a scadenza.',
  },
  {
    id: 'cc',
    title: 'Lettere scaricate in copia conoscenza',
    badge: 'cc',
    description: 'Le lettere ricevute in copia conoscenza già scaricate.',
  },
  {
    id: 'archive',
    title: 'Archivio lettere con risposta',
    description:
      'Le lettere per le quali è stata caricata la risposta, presenti in archivio per un anno dalla data di ' +
      'pubblicazione.',
  },
];

export function sectionOf(id: string | undefined) {
  return SECTIONS.find((s) => s.id === id);
}

/** The letter section whose address ends with `path` (`lettere-da-lavorare` → to-work). */
export const sectionAt = (path: string | undefined) => sectionOf(screenAt(path));

/**
 * The sections with pages of their own (manual 6.4, 6.6, 6.7, 6.9), tiled after the letter sections;
 * only the solleciti have a badge (those not downloaded yet).
 */
export interface SectionTile {
  id: Screen;
  title: string;
  badge?: keyof Badges;
  /** What the badge counts, for screen readers, singular and plural (default lettera / lettere). */
  badgeUnit?: readonly [string, string];
  description: string;
}

export const OTHER_SECTIONS: ReadonlyArray<SectionTile> = [
  {
    id: 'reminders',
    title: 'Nuovi solleciti ricevuti',
    badge: 'reminders',
    badgeUnit: ['sollecito', 'solleciti'],
    description: 'I solleciti inviati dallo Sportello in caso di lettere non lavorate entro lo SLA previsto.',
  },
  {
    id: 'communications',
    title: 'Comunicazioni libere',
    description:
      'Le ulteriori comunicazioni inviate allo Sportello, compresi i rigetti TIRV, e il caricamento di una nuova ' +
      'comunicazione.',
  },
  {
    id: 'failed-uploads',
    title: 'Invii falliti',
    description: 'Gli eventuali errori generati nel caso di upload al Portale.',
  },
  {
    id: 'search',
    title: 'Ricerca lettere',
    description: 'La ricerca di una o più lettere, in qualsiasi sezione, con i filtri indicati (anche estesa con %).',
  },
  {
    id: 'reports',
    title: 'Report',
    description: 'I report del Portale da scaricare in formato Excel.',
  },
  {
    id: 'manual',
    title: 'Manuale e Moduli',
    description: 'Il manuale del Portale e il modulo di richiesta abilitazione/disabilitazione referenti.',
  },
];
