import { MEGABYTE } from '../api/uploads';
import { FILE_REQUIRED, invalidFormat, tooLarge } from './uploadMessages';

export { FILE_REQUIRED, invalidFormat, tooLarge };

/**
 * The checks the browser can make before sending a free communication (manual 6.6) or a TIRV
 * rejection (ch. 7). The wording is the API's (UploadMessages.cs), so the user reads the same
 * sentence whichever side refuses; the server still decides.
 */
export type CommunicationKind = 'communication' | 'tirv-rejection';

/** Manual 6.6: "etichetta avente meno di 17 caratteri". */
export const LABEL_MAX_LENGTH = 16;
/** Manual 6.6: "il limite di 15 MB"; ch. 7: "il limite di 8 Mb" (MB = 1024 × 1024, as the API counts). */
export const COMMUNICATION_MAX_BYTES = 15 * MEGABYTE;
export const TIRV_MAX_BYTES = 8 * MEGABYTE;
export const TIRV_PREFIX = 'RIGETTO_TIRV';
export const TIRV_MAX_EXTRA = 10;

export const LABEL_REQUIRED = "L'etichetta della comunicazione è obbligatoria.";
export const LABEL_TOO_LONG = "L'etichetta della comunicazione deve avere meno di 17 caratteri.";
export const LABEL_INVALID = "L'etichetta della comunicazione contiene caratteri non ammessi.";
export const TIRV_NAME_INVALID =
  'Il nome del file non rispetta il formato RIGETTO_TIRV: dopo RIGETTO_TIRV sono ammessi al massimo 10 caratteri, ' +
  'spazi ed estensione .PDF inclusi.';

const segmenter = new Intl.Segmenter('it', { granularity: 'grapheme' });

/**
 * Characters as a person sees them, after trimming and NFC: "è" typed either way counts once
 * (CommunicationLabel.cs).
 */
export function labelLength(label: string): number {
  return [...segmenter.segment(label.trim().normalize('NFC'))].length;
}

/** Null when the label is fine; the label is required for a free communication, optional for a TIRV rejection. */
export function labelError(label: string, required: boolean): string | null {
  const trimmed = label.trim();
  if (trimmed === '') return required ? LABEL_REQUIRED : null;
  if (/[\p{Cc}\p{Zl}\p{Zp}\p{Cs}]/u.test(trimmed)) return LABEL_INVALID;
  return labelLength(trimmed) > LABEL_MAX_LENGTH ? LABEL_TOO_LONG : null;
}

/** Ch. 7: RIGETTO_TIRV, then at most 10 characters, spaces and the .PDF extension included (TirvRejectionName.cs). */
export function isTirvName(fileName: string): boolean {
  const upper = fileName.toUpperCase();
  return (
    fileName.length <= TIRV_PREFIX.length + TIRV_MAX_EXTRA &&
    fileName.length >= TIRV_PREFIX.length + '.PDF'.length &&
    upper.startsWith(TIRV_PREFIX) &&
    upper.endsWith('.PDF') &&
    !/[\p{Cc}/\\]/u.test(fileName)
  );
}

export const maxBytes = (kind: CommunicationKind) =>
  kind === 'tirv-rejection' ? TIRV_MAX_BYTES : COMMUNICATION_MAX_BYTES;

/** Every reason the form cannot be sent yet, by field (empty when it can). */
export function checkCommunication(
  kind: CommunicationKind,
  label: string,
  file: File | undefined,
): { label?: string; file?: string } {
  const errors: { label?: string; file?: string } = {};
  const label_ = labelError(label, kind === 'communication');
  if (label_) errors.label = label_;
  if (!file) {
    errors.file = FILE_REQUIRED;
  } else if (kind === 'tirv-rejection' && !isTirvName(file.name)) {
    errors.file = TIRV_NAME_INVALID;
  } else if (!file.name.toLowerCase().endsWith('.pdf')) {
    errors.file = invalidFormat(file.name);
  } else if (file.size > maxBytes(kind)) {
    errors.file = tooLarge(file.name, maxBytes(kind));
  }
  return errors;
}
