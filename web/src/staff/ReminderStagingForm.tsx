import { useState, type FormEvent } from 'react';
import { TextField } from '../components/FormField';
import type { Schemas } from '../api/contract';
import { DoneMessage, PdfField, pdfForm, SubmitRow, useChosenFile, useStaffSubmit } from './StaffForm';
import { useStaff } from './StaffLayout';

/** Refusals about the letter (not published, answered, at its limit) and about the file, under them. */
const FIELD_OF_CODE = {
  'letter-not-published': 'letter',
  'letter-answered': 'letter',
  'reminder-limit': 'letter',
  'reminder-exists': 'file',
};

/**
 * Back office (manual 6.3): a sollecito by hand for a published letter not yet answered; it goes to the
 * letter's TO company at tonight's loading. Refused, the letter's name and the PDF stay.
 */
export function ReminderStagingForm() {
  const { call } = useStaff();
  const [letter, setLetter] = useState('');
  const [done, setDone] = useState<string>();
  const pdf = useChosenFile(() => setDone(undefined));
  const { busy, formError, submit, fieldErrors } = useStaffSubmit(FIELD_OF_CODE);

  async function stage(event: FormEvent) {
    event.preventDefault();
    const staged = await submit(() =>
      call<Schemas['StagedReminder']>('/backoffice/reminders', {
        method: 'POST',
        body: pdfForm(pdf.file, { letter: letter.trim() }),
      }),
    );
    if (!staged) return;
    setDone(`Il sollecito ${staged.name} della lettera ${staged.letter} sarà pubblicato a ${staged.to} stanotte.`);
    setLetter('');
    pdf.clear();
  }

  return (
    <form noValidate onSubmit={(e) => void stage(e)} data-testid="reminder-staging-form" className="col-lg-8">
      <TextField
        id="reminder-letter"
        label="Lettera sollecitata"
        hint="Il nome della lettera pubblicata, nella forma L-P-AA-NNNNNNN_NN.PDF."
        value={letter}
        onChange={(value) => {
          setLetter(value);
          setDone(undefined);
        }}
        required
        autoComplete="off"
        errors={fieldErrors('letter')}
      />
      <PdfField
        key={pdf.version}
        id="reminder-file"
        label="PDF del sollecito"
        hint="S-P-AA-NNNNNNN_NN.PDF, con anno e numero del caso della lettera."
        onChange={pdf.choose}
        errors={[...fieldErrors('file'), ...fieldErrors('metadata')]}
      />
      <SubmitRow formError={formError} busy={busy} label="Prepara il sollecito" />
      <DoneMessage testId="reminder-staged">{done}</DoneMessage>
    </form>
  );
}
