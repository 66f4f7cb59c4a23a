import { Button } from 'design-react-kit';
import { useState } from 'react';
import { downloadZip, type Matching } from '../api/operator';
import { errorTitle } from '../api/problem';

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Scarica selezionate (.zip)": one file with every checked letter, or with all that match (manual 6.1.1). */
export function ZipDownloadButton({
  companyId,
  names,
  matching,
  onDone,
  onError,
}: {
  companyId: string;
  names: string[];
  /** Every letter of the section that matches the filters, and how many they are (shown before the download). */
  matching?: { query: Matching; total: number };
  onDone: (count: number) => void;
  onError: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const count = matching ? matching.total : names.length;
  async function onClick() {
    setBusy(true);
    try {
      const blob = await downloadZip(companyId, matching ? matching.query : names);
      const stamp = new Date().toISOString().slice(0, 10);
      saveBlob(blob, `lettere-${companyId}-${stamp}.zip`);
      onDone(count);
    } catch (e) {
      onError(errorTitle(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button type="button" color="primary" onClick={onClick} disabled={busy || count === 0}>
      {busy
        ? 'Download in corso…'
        : matching
          ? `Scarica tutte (.zip) · ${count}`
          : `Scarica selezionate (.zip)${count ? ` · ${count}` : ''}`}
    </Button>
  );
}
