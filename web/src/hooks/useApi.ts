import { useCallback, useEffect, useState } from 'react';
import { problemOf, type Problem } from '../api/problem';

export interface ApiState<T> {
  data?: T;
  error?: string;
  /** The API's problem behind `error`, for its per-field `errors`. */
  problem?: Problem;
  loading: boolean;
  reload: () => void;
  /** Shows `data` as the answer (e.g. the letter the API gave back after a change) without reading again. */
  replace: (data: T) => void;
}

const sameValues = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a !== undefined && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * Loads once per change of `deps`, aborting the previous call; errors are the API's Italian title.
 * While a new answer is awaited the previous data stays on screen and `loading` is true.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): ApiState<T> {
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const request = [...deps, version];
  // The answer remembers the request it belongs to: `loading` is whether it is the current one's.
  const [answer, setAnswer] = useState<{ request?: unknown[]; data?: T; problem?: Problem }>({});
  useEffect(() => {
    const controller = new AbortController();
    // A call overtaken by a newer one (aborted) must not overwrite the newer one's answer.
    load(controller.signal).then(
      (data) => controller.signal.aborted || setAnswer({ request, data }),
      (error: unknown) => controller.signal.aborted || setAnswer({ request, problem: problemOf(error) }),
    );
    return () => controller.abort();
    // `load` is a new closure at each render: `deps` say when to call it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, request);
  const loading = !sameValues(answer.request, request);
  return {
    data: answer.data,
    problem: loading ? undefined : answer.problem,
    error: loading ? undefined : answer.problem?.title,
    loading,
    reload,
    replace: (data: T) => setAnswer({ request, data }),
  };
}
