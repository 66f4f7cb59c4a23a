import { useState } from 'react';
import { errorTitle } from '../api/problem';
import { FieldError } from '../components/FormField';
import { saveBlob } from '../components/ZipDownloadButton';
import { useStaff } from './StaffLayout';

/** How far a download is, in words (bytes, and the percentage when the server gave the length). */
export function progressText(received: number, total?: number): string {
  const kb = Math.round(received / 1024);
  return total ? `${Math.floor((received / total) * 100)}% (${kb} KB)` : `${kb} KB`;
}

/**
 * A staff download (the token travels in the header, so not a plain link): the file is saved under
 * the name the API gives; while it arrives the button says how far it is; a refusal is said beside it.
 */
export function StaffDownloadButton({
  id,
  path,
  fileName,
  label,
  describe,
}: {
  id: string;
  path: string;
  fileName: string;
  label: string;
  /** What the download is, for screen readers ("la lettera L-…"). */
  describe: string;
}) {
  const { download } = useStaff();
  const [progress, setProgress] = useState<string>();
  const [error, setError] = useState<string>();

  async function run() {
    setError(undefined);
    setProgress(progressText(0));
    try {
      const file = await download(path, (received, total) => setProgress(progressText(received, total)));
      saveBlob(file.blob, file.fileName ?? fileName);
    } catch (e) {
      setError(errorTitle(e));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <>
      <button
        type="button"
        className="btn btn-link p-0 text-nowrap"
        disabled={progress !== undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onClick={() => void run()}
      >
        {progress ? `Scaricamento… ${progress}` : label}
        <span className="visually-hidden"> {describe}</span>
      </button>
      <FieldError id={id} errors={error ? [error] : []} />
    </>
  );
}
