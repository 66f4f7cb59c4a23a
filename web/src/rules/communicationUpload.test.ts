import { describe, expect, it } from 'vitest';
import {
  checkCommunication,
  FILE_REQUIRED,
  isTirvName,
  LABEL_INVALID,
  LABEL_REQUIRED,
  LABEL_TOO_LONG,
  labelError,
  labelLength,
  TIRV_NAME_INVALID,
} from './communicationUpload';

function pdf(name: string, size = 10): File {
  const file = new File(['%PDF-1.4'], name, { type: 'application/pdf' });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('communication label (manual 6.6: meno di 17 caratteri)', () => {
  it('counts characters as a person sees them, trimmed and NFC', () => {
    expect(labelLength('  e\u0300e\u0300  ')).toBe(2);
    expect(labelLength('è'.repeat(16))).toBe(16);
  });

  it('accepts 16 characters, refuses 17, requires a label only for a free communication', () => {
    expect(labelError('x'.repeat(16), true)).toBeNull();
    expect(labelError('x'.repeat(17), true)).toBe(LABEL_TOO_LONG);
    expect(labelError('   ', true)).toBe(LABEL_REQUIRED);
    expect(labelError('', false)).toBeNull();
    expect(labelError('riga\nnuova', true)).toBe(LABEL_INVALID);
  });
});

describe('TIRV rejection name (manual ch. 7)', () => {
  it('is RIGETTO_TIRV plus at most 10 characters, spaces and .PDF included, in any case', () => {
    expect(isTirvName('RIGETTO_TIRV.PDF')).toBe(true);
    expect(isTirvName('RIGETTO_TIRV 01.pdf')).toBe(true);
    expect(isTirvName('rigetto_tirv_12345.pdf')).toBe(true); // 12 + 10
    expect(isTirvName('RIGETTO_TIRV_123456.pdf')).toBe(false); // 12 + 11
    expect(isTirvName('RIGETTO_TIRV')).toBe(false);
    expect(isTirvName('RIGETTO_TIRV.doc')).toBe(false);
    expect(isTirvName('TIRV_RIGETTO.pdf')).toBe(false);
  });
});

describe('pre-checks before sending', () => {
  it('says every missing or wrong field at once', () => {
    expect(checkCommunication('communication', '', undefined)).toEqual({ label: LABEL_REQUIRED, file: FILE_REQUIRED });
    expect(checkCommunication('tirv-rejection', '', pdf('rigetto.pdf'))).toEqual({ file: TIRV_NAME_INVALID });
    expect(checkCommunication('communication', 'Nota', pdf('nota.docx'))).toEqual({
      file: "Il formato del file 'nota.docx' non è valido",
    });
    expect(checkCommunication('communication', 'Nota', pdf('nota.pdf'))).toEqual({});
  });

  it('applies 15 MB to a communication and 8 MB to a TIRV rejection (MB = 1024 × 1024)', () => {
    const mb = 1024 * 1024;
    expect(checkCommunication('communication', 'Nota', pdf('nota.pdf', 15 * mb))).toEqual({});
    expect(checkCommunication('communication', 'Nota', pdf('nota.pdf', 15 * mb + 1)).file).toBe(
      "Il file 'nota.pdf' supera la dimensione massima di 15 MB.",
    );
    expect(checkCommunication('tirv-rejection', '', pdf('RIGETTO_TIRV.pdf', 8 * mb + 1)).file).toBe(
      "Il file 'RIGETTO_TIRV.pdf' supera la dimensione massima di 8 MB.",
    );
  });
});
