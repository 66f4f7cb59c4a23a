import { useCallback, useEffect, useState } from 'react';
import { problemOf, type Problem } from '../api/problem';

export interface ApiState<T> {
  data?: T;
  error?: string;
  /** The API's problem behind `error`, for its per-field `errors`. */
  problem?: Problem;
  loading: boolean;
  reload: () => void;
}

/** Loads once per change of `deps`, aborting the previous call; errors are the API's Italian title. */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): ApiState<T> {
  const [state, setState] = useState<{ data?: T; error?: string; problem?: Problem; loading: boolean }>({ loading: true });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined, problem: undefined }));
    load(controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const problem = problemOf(error);
        setState({ error: problem.title, problem, loading: false });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version]);
  return { ...state, reload };
}
