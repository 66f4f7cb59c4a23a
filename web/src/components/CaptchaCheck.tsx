import { useEffect, useRef, useState } from 'react';
import { getCaptcha } from '../api/accounts';
import { errorTitle } from '../api/problem';
import { solveCaptcha } from '../captcha/solveCaptcha';

type Status = 'idle' | 'solving' | 'solved' | 'failed';

export const CAPTCHA_REQUIRED = 'Inserire il flag nel campo "Controllo di sicurezza" ("Non sono un robot").';
const FAILED = 'Controllo di sicurezza non riuscito: riprovare.';

interface Props {
  /** The solution to send with the form, or undefined while there is none. */
  onChange: (payload: string | undefined) => void;
  /** Changing it clears the control: a solution is good for one submission only. */
  resetKey?: number;
  /** The form's or the API's messages about it (problem `errors.captcha`). */
  errors?: string[];
}

/**
 * "Controllo di sicurezza: Non sono un robot" (manual ch. 2, 3.1, 3.2, 5.1): ticking the box fetches
 * an ALTCHA-compatible challenge and solves its proof of work in the browser; the result is
 * announced to screen readers.
 */
export function CaptchaCheck({ onChange, resetKey = 0, errors = [] }: Props) {
  const [status, setStatus] = useState<Status>('idle');
  const [failure, setFailure] = useState<string>();
  const work = useRef<AbortController | undefined>(undefined);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // A new resetKey (the form used the solution): the box is cleared, the work in progress dropped.
  const [seenResetKey, setSeenResetKey] = useState(resetKey);
  if (seenResetKey !== resetKey) {
    setSeenResetKey(resetKey);
    setStatus('idle');
    setFailure(undefined);
  }
  useEffect(() => {
    work.current?.abort();
    onChangeRef.current(undefined);
  }, [resetKey]);

  useEffect(() => () => work.current?.abort(), []);

  async function start() {
    work.current?.abort();
    const controller = new AbortController();
    work.current = controller;
    setStatus('solving');
    setFailure(undefined);
    try {
      const challenge = await getCaptcha(controller.signal);
      const payload = await solveCaptcha(challenge, controller.signal);
      if (controller.signal.aborted) return;
      if (!payload) throw new Error('unsolved');
      setStatus('solved');
      onChangeRef.current(payload);
    } catch (e) {
      if (controller.signal.aborted) return;
      setStatus('failed');
      setFailure(e instanceof Error && e.message === 'unsolved' ? FAILED : errorTitle(e));
      onChangeRef.current(undefined);
    }
  }

  function onToggle(checked: boolean) {
    if (checked) {
      void start();
    } else {
      work.current?.abort();
      setStatus('idle');
      onChangeRef.current(undefined);
    }
  }

  const message = failure ?? (errors.join(' ') || undefined);
  return (
    <fieldset className="mb-4 captcha-check">
      <legend className="h6">Controllo di sicurezza *</legend>
      <div className="form-check">
        <input
          id="captcha"
          type="checkbox"
          checked={status === 'solving' || status === 'solved'}
          disabled={status === 'solving'}
          aria-invalid={message ? true : undefined}
          aria-describedby={`captcha-status${message ? ' captcha-error' : ''}`}
          onChange={(e) => onToggle(e.target.checked)}
        />
        <label htmlFor="captcha">Non sono un robot</label>
      </div>
      <p id="captcha-status" className="small mb-0" role="status" aria-live="polite" data-testid="captcha-status">
        {status === 'solving' && 'Verifica in corso…'}
        {status === 'solved' && 'Verifica completata.'}
      </p>
      {message && (
        <div id="captcha-error" className="invalid-feedback d-block">
          {message}
        </div>
      )}
    </fieldset>
  );
}
