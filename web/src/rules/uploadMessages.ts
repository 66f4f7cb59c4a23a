import { MEGABYTE } from '../api/uploads';

/** File messages every upload form shows, in the API's words (UploadMessages.cs). */
export const FILE_REQUIRED = 'Selezionare il file da caricare.';

export const invalidFormat = (fileName: string) => `Il formato del file '${fileName}' non è valido`;

export const tooLarge = (fileName: string, limitBytes: number) =>
  `Il file '${fileName}' supera la dimensione massima di ${limitBytes / MEGABYTE} MB.`;
