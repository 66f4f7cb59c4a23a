import { useState } from 'react';
import { errorTitle } from '../api/problem';

/** A button's call: busy while it runs, then the API's Italian title if it failed. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  /** Runs `work`; its answer, or undefined after a failure (shown as `error`). */
  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(undefined);
    try {
      return await work();
    } catch (e) {
      setError(errorTitle(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, run };
}
