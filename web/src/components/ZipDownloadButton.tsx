import { Button } from 'design-react-kit';
import { useState } from 'react';
import { downloadZip } from '../api/operator';
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

/** "Scarica selezionate (.zip)": one file with every checked letter (manual 6.1.1). */
export function ZipDownloadButton({
  companyId,
  names,
  onDone,
  onError,
}: {
  companyId: string;
  names: string[];
  onDone: (count: number) => void;
  onError: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    try {
      const blob = await downloadZip(companyId, names);
      const stamp = new Date().toISOString().slice(0, 10);
      saveBlob(blob, `lettere-${companyId}-${stamp}.zip`);
      onDone(names.length);
    } catch (e) {
      onError(errorTitle(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button type="button" color="primary" onClick={onClick} disabled={busy || names.length === 0}>
      {busy ? 'Download in corso…' : `Scarica selezionate (.zip)${names.length ? ` · ${names.length}` : ''}`}
    </Button>
  );
}
