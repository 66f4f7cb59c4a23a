import { useState } from 'react';
import { problemOf, type Problem, type ProblemWarning } from '../api/problem';
import { FISCAL_CODE_INPUTS, missingFields, type AccountValues, type LockedField } from '../components/AccountFields';
import { useMessageBox } from '../components/FormAlert';

export const INVALID_FORM = 'Alcuni dati non sono validi: correggere i campi indicati.';

interface SubmitOptions {
  /** More missing fields found by the page (privacy consent, captcha), keyed by API field. */
  missing?: Record<string, string[]>;
  /** Called with the API's problem after the message is shown. */
  onProblem?: (problem: Problem) => void;
}

/**
 * The registration and profile forms' state: values, mandatory fields checked in the API's words,
 * the API's field errors beside each field, and the codice fiscale warnings to confirm (manual
 * ch. 2, FAQ 11.4) that a change of the data behind the code withdraws.
 */
export function useAccountForm(initial: AccountValues | undefined, locked: readonly LockedField[] = []) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>();
  const [warnings, setWarnings] = useState<ProblemWarning[]>();
  const [submitting, setSubmitting] = useState(false);
  const messages = useMessageBox();

  function change<K extends keyof AccountValues>(field: K, value: AccountValues[K]) {
    setValues((v) => (v ? { ...v, [field]: value } : v));
    if (warnings && FISCAL_CODE_INPUTS.includes(field)) {
      setWarnings(undefined);
      messages.clear();
    }
  }

  /** Sends when nothing mandatory is missing; returns the answer, or undefined after showing why not. */
  async function submit<T>(
    send: (values: AccountValues) => Promise<T>,
    options: SubmitOptions = {},
  ): Promise<T | undefined> {
    if (!values || submitting) return undefined;
    const missing = { ...missingFields(values, locked), ...options.missing };
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setWarnings(undefined);
      messages.show(INVALID_FORM);
      return undefined;
    }
    setSubmitting(true);
    try {
      const answer = await send(values);
      setErrors(undefined);
      setWarnings(undefined);
      return answer;
    } catch (error) {
      const problem = problemOf(error);
      const confirm = problem.code === 'fiscal-code-confirm';
      setErrors(problem.errors);
      setWarnings(confirm ? (problem.warnings ?? []) : undefined);
      messages.show(problem.title, confirm ? 'warning' : 'danger');
      options.onProblem?.(problem);
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }

  return { values, setValues, change, errors, warnings, submitting, messages, submit };
}
