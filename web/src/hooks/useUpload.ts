import { useEffect, useRef, useState } from 'react';
import { problemOf } from '../api/problem';
import { postUpload, waitForUpload, type Upload } from '../api/uploads';

export type UploadState =
  | { step: 'idle' }
  | { step: 'sending' }
  | { step: 'processing' }
  /** The server's verdict (or still pending after the longest wait). */
  | { step: 'done'; upload: Upload }
  /** Refused at once (400/413) or not sent: the API's Italian title and its field errors. */
  | { step: 'failed'; title: string; errors: Record<string, string[]> };

/**
 * Sends a file and polls its status until the server decides, backing off between reads
 * (api/uploads.ts). One upload at a time; leaving the page aborts the polling.
 */
export function useUpload(companyId: string) {
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const busy = useRef(false);
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  async function send(upload: Parameters<typeof postUpload>[1]): Promise<Upload | undefined> {
    if (busy.current) return undefined;
    busy.current = true;
    const abort = new AbortController();
    controller.current = abort;
    setState({ step: 'sending' });
    try {
      const { uploadId } = await postUpload(companyId, upload, abort.signal);
      setState({ step: 'processing' });
      const done = await waitForUpload(companyId, uploadId, abort.signal);
      setState({ step: 'done', upload: done });
      return done;
    } catch (e) {
      if (abort.signal.aborted) return undefined;
      const problem = problemOf(e);
      setState({ step: 'failed', title: problem.title, errors: problem.errors ?? {} });
      return undefined;
    } finally {
      busy.current = false;
    }
  }

  return {
    state,
    send,
    sending: state.step === 'sending' || state.step === 'processing',
    reset: () => setState({ step: 'idle' }),
  };
}
