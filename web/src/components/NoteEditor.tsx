import { Alert, Button } from 'design-react-kit';
import { useState } from 'react';
import { saveNote, type Letter } from '../api/operator';
import { useAction } from '../hooks/useAction';

const MAX = 500;

/** "NOTA" of a letter (manual 6.1: max 500 caratteri); empty removes it. */
export function NoteEditor({
  companyId,
  letter,
  onSaved,
}: {
  companyId: string;
  letter: Letter;
  onSaved: (l: Letter) => void;
}) {
  const [text, setText] = useState(letter.note ?? '');
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();

  async function onSave() {
    setSaved(false);
    const note = await run(() => saveNote(companyId, letter.name, text));
    if (!note) return;
    onSaved(note);
    setSaved(true);
  }

  return (
    <div className="mt-3">
      <label htmlFor="note" className="form-label">
        Nota
      </label>
      <textarea
        id="note"
        className="form-control"
        rows={3}
        value={text}
        aria-describedby="note-counter"
        onChange={(e) => setText(e.target.value)}
      />
      <p id="note-counter" className={`small mb-2${text.length > MAX ? ' text-danger' : ''}`}>
        {text.length}/{MAX} caratteri
      </p>
      <div aria-live="polite">
        {error && <Alert color="danger">{error}</Alert>}
        {saved && <Alert color="success">Nota salvata.</Alert>}
      </div>
      <Button type="button" color="primary" size="sm" onClick={onSave} disabled={busy}>
        Salva nota
      </Button>
    </div>
  );
}
