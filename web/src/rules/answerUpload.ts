import { ANSWER_MAX_BYTES, ZIP_MAX_BYTES, type UploadKind } from '../api/uploads';
import { FILE_REQUIRED, invalidFormat, tooLarge } from './uploadMessages';

export { invalidFormat, tooLarge };

/**
 * The checks the browser can make before sending an answer (manual 6.2.2, FAQ 12.4): a single
 * answer is ONE .PDF for ONE selected letter (any name: the portal renames it R-…); several answers
 * are a .zip for the selected letters. The wording is the API's, so the user reads the same
 * sentence whichever side refuses; the server still decides.
 */
export type AnswerCheck = { kind: Extract<UploadKind, 'answer' | 'answers-zip'> } | { error: string };

export const NO_FILE = FILE_REQUIRED;
export const NO_LETTER = 'Selezionare la lettera a cui si risponde.';
export const NO_LETTERS_FOR_ZIP = 'Selezionare le lettere a cui si riferiscono le risposte del file .zip.';
export const ONE_LETTER_ONLY =
  'Una risposta singola si riferisce a una sola lettera: per più lettere caricare un archivio .zip.';

export const PDF_ONLY = 'Per la risposta ulteriore caricare un singolo file in formato .PDF.';

/**
 * What kind of upload `file` is for `selected` letters, or why it cannot be sent. `allowZip` is
 * false for the further answer of the archive, which replaces one letter's answer.
 */
export function checkAnswerFile(file: File | undefined, selected: number, allowZip = true): AnswerCheck {
  if (!file) return { error: NO_FILE };
  const name = file.name.toLowerCase();
  if (!allowZip && name.endsWith('.zip')) return { error: PDF_ONLY };
  if (name.endsWith('.pdf')) {
    if (file.size > ANSWER_MAX_BYTES) return { error: tooLarge(file.name, ANSWER_MAX_BYTES) };
    if (selected === 0) return { error: NO_LETTER };
    if (selected > 1) return { error: ONE_LETTER_ONLY };
    return { kind: 'answer' };
  }
  if (name.endsWith('.zip')) {
    if (file.size > ZIP_MAX_BYTES) return { error: tooLarge(file.name, ZIP_MAX_BYTES) };
    if (selected === 0) return { error: NO_LETTERS_FOR_ZIP };
    return { kind: 'answers-zip' };
  }
  return { error: invalidFormat(file.name) };
}
