import { Button } from 'design-react-kit';
import { useState } from 'react';
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

/**
 * "Scarica selezionate (.zip)": one file with every checked document, or with all that match the
 * filters (manual 6.1.1), their number said on the button before the download starts.
 */
export function ZipDownloadButton({
  count,
  all,
  fetchZip,
  fileName,
  onDone,
  onError,
}: {
  /** How many documents the .zip will hold. */
  count: number;
  /** True when they are every document that matches the filters, not only those checked. */
  all: boolean;
  fetchZip: () => Promise<Blob>;
  /** The file's name before its date, e.g. `lettere-energia-demo`. */
  fileName: string;
  onDone: (count: number) => void;
  onError: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    try {
      const blob = await fetchZip();
      const stamp = new Date().toISOString().slice(0, 10);
      saveBlob(blob, `${fileName}-${stamp}.zip`);
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
        : all
          ? `Scarica tutte (.zip) · ${count}`
          : `Scarica selezionate (.zip)${count ? ` · ${count}` : ''}`}
    </Button>
  );
}
