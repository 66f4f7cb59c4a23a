import { useState } from 'react';

/** Characters of a hash shown in a list: enough to tell letters apart at a glance. */
export const SHORT_HASH_LENGTH = 10;

/**
 * A long hash (64 hex characters) shortened in a list; "Mostra" reveals the whole value, selected
 * for copying, and "Copia" puts it in the clipboard where the browser allows it.
 */
export function ShortHash({ value }: { value: string }) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  if (value.length <= SHORT_HASH_LENGTH) return <code className="letter-hash">{value}</code>;

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a denied permission): the value is shown selected instead.
      setCopied(false);
    }
  }

  return (
    <span className="short-hash">
      {open ? (
        <code className="letter-hash letter-hash-full" data-testid="hash-full">
          {value}
        </code>
      ) : (
        <code className="letter-hash" title={value}>
          {value.slice(0, SHORT_HASH_LENGTH)}…
        </code>
      )}
      <button
        type="button"
        className="btn btn-link btn-xs p-0 ms-2"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Nascondi' : 'Mostra'}
        <span className="visually-hidden"> l'hash completo</span>
      </button>
      {open && (
        <button type="button" className="btn btn-link btn-xs p-0 ms-2" onClick={copy}>
          {copied ? 'Copiato' : 'Copia'}
          <span className="visually-hidden"> l'hash</span>
        </button>
      )}
    </span>
  );
}
