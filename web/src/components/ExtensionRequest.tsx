import { Alert, Button } from 'design-react-kit';
import { useState } from 'react';
import { requestExtension, type Letter } from '../api/operator';
import { useAction } from '../hooks/useAction';

/** "Proroga(gg)" → "Richiedi": only the days the letter allows (its `extensionChoices`). */
export function ExtensionRequest({
  companyId,
  letter,
  onGranted,
}: {
  companyId: string;
  letter: Letter;
  onGranted: (l: Letter) => void;
}) {
  const [days, setDays] = useState(letter.extensionChoices[0]);
  /** The proroga is granted once per letter: "Richiedi" first says what will happen, then asks. */
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAction();

  if (letter.extensionDays) return <p className="mt-3 mb-0">Proroga concessa: {letter.extensionDays} giorni.</p>;
  if (letter.extensionChoices.length === 0)
    return <p className="mt-3 mb-0">Proroga non disponibile per questa lettera.</p>;

  async function onRequest() {
    if (days === undefined) return;
    const granted = await run(() => requestExtension(companyId, letter.name, days));
    setConfirming(false);
    if (granted) onGranted(granted);
  }

  return (
    <div className="mt-3">
      <label htmlFor="extension-days" className="form-label">
        Proroga(gg)
      </label>
      <div className="d-flex gap-2 align-items-center">
        <select
          id="extension-days"
          className="form-select w-auto"
          value={days}
          disabled={confirming}
          onChange={(e) => setDays(Number(e.target.value))}
        >
          {letter.extensionChoices.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        {!confirming && (
          <Button type="button" color="primary" size="sm" onClick={() => setConfirming(true)}>
            Richiedi
          </Button>
        )}
      </div>
      {confirming && (
        <div className="callout warning mt-3 mb-0 p-3" role="group" aria-labelledby="extension-confirm-text">
          <p id="extension-confirm-text" className="mb-2">
            La scadenza della risposta sarà prorogata di {days} {days === 1 ? 'giorno lavorativo' : 'giorni lavorativi'}
            . La proroga si può richiedere una sola volta per lettera e non potrà essere modificata.
          </p>
          <div className="d-flex flex-wrap gap-2">
            <Button type="button" color="primary" size="sm" onClick={onRequest} disabled={busy}>
              Conferma la proroga
            </Button>
            <Button
              type="button"
              color="primary"
              outline
              size="sm"
              onClick={() => setConfirming(false)}
              disabled={busy}
            >
              Annulla
            </Button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {error && (
          <Alert color="danger" className="mt-2">
            {error}
          </Alert>
        )}
      </div>
    </div>
  );
}
