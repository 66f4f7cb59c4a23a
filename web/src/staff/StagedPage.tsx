import { Button, Container } from 'design-react-kit';
import { useState } from 'react';
import { errorTitle } from '../api/problem';
import { FieldError } from '../components/FormField';
import { ShortHash } from '../components/ShortHash';
import { formatDateTime } from '../format';
import { usePageTitle } from '../usePageTitle';
import type { Schemas } from '../api/contract';
import { DoneMessage } from './StaffForm';
import { useStaff } from './StaffLayout';
import { StaffList, useStaffPages } from './StaffList';
import { hasAnyRole } from './session';

type StagedItem = Schemas['StagedLetterItem'] | Schemas['StagedReminderItem'];

const KINDS = {
  letters: {
    path: '/backoffice/letters/staged',
    noun: 'la lettera',
    first: 'Lettera',
    doneTestId: 'staged-withdrawn',
    testId: 'staged-table',
    withdrawn: (name: string) => `La lettera ${name} è stata ritirata: il caricamento notturno non la pubblicherà.`,
    extra: { label: 'Copia conoscenza', render: (r: StagedItem) => ('cc' in r ? r.cc.join(', ') : '') },
    caption: 'Lettere preparate per il prossimo caricamento',
    empty: 'Nessuna lettera in attesa di pubblicazione.',
  },
  reminders: {
    path: '/backoffice/reminders/staged',
    noun: 'il sollecito',
    first: 'Sollecito',
    doneTestId: 'staged-reminders-withdrawn',
    testId: 'staged-reminders-table',
    withdrawn: (name: string) => `Il sollecito ${name} è stato ritirato: il caricamento notturno non lo pubblicherà.`,
    extra: { label: 'Lettera sollecitata', render: (r: StagedItem) => ('letter' in r ? r.letter : '') },
    caption: 'Solleciti preparati per il prossimo caricamento',
    empty: 'Nessun sollecito in attesa di pubblicazione.',
  },
} as const;

/** Back office and consultazione: letters and solleciti staged for tonight; the back office may withdraw one. */
export function StagedPage() {
  usePageTitle('Lettere in pubblicazione');
  return (
    <Container className="py-4">
      <h1 className="h2">Lettere in pubblicazione</h1>
      <p className="mb-4">
        Le lettere e i solleciti preparati sono pubblicati dal caricamento notturno (dalle 01:00 alle 03:00); fino ad
        allora si possono ritirare.
      </p>
      <h2 className="h4 mt-4">Lettere</h2>
      <StagedList kind="letters" />
      <h2 className="h4 mt-5">Solleciti</h2>
      <StagedList kind="reminders" />
    </Container>
  );
}

function StagedList({ kind }: { kind: keyof typeof KINDS }) {
  const { call, session } = useStaff();
  const { path, noun, caption, empty, first, doneTestId, testId, withdrawn: said, extra } = KINDS[kind];
  const pages = useStaffPages<StagedItem>(path, {});
  const canWithdraw = hasAnyRole(session, ['BackOffice']);
  const [refused, setRefused] = useState<{ name: string; message: string }>();
  const [withdrawn, setWithdrawn] = useState<string>();

  async function withdraw(name: string) {
    setRefused(undefined);
    setWithdrawn(undefined);
    try {
      await call(`${path}/${encodeURIComponent(name)}`, { method: 'DELETE' });
      setWithdrawn(said(name));
      pages.restart();
    } catch (error) {
      // Not staged any more, or already published: said beside the document it is about.
      setRefused({ name, message: errorTitle(error) });
    }
  }

  return (
    <>
      <DoneMessage testId={doneTestId}>{withdrawn}</DoneMessage>
      <StaffList<StagedItem>
        pages={pages}
        caption={caption}
        empty={empty}
        testId={testId}
        rowKey={(r) => r.name}
        columns={[
          { label: first, render: (r) => r.name },
          { label: 'Società', render: (r) => r.companyName ?? r.companyId },
          { label: 'Destinatario', render: (r) => r.to },
          extra,
          { label: 'Impronta', render: (r) => <ShortHash value={r.hash} /> },
          { label: 'Preparata il', render: (r) => `${formatDateTime(r.stagedAt)} (${r.stagedBy})` },
          ...(canWithdraw
            ? [
                {
                  label: 'Azioni',
                  render: (r: StagedItem) => (
                    <>
                      <Button
                        color="danger"
                        outline
                        size="sm"
                        aria-describedby={refused?.name === r.name ? `withdraw-${r.name}-error` : undefined}
                        onClick={() => void withdraw(r.name)}
                      >
                        Ritira
                        <span className="visually-hidden">
                          {' '}
                          {noun} {r.name}
                        </span>
                      </Button>
                      <FieldError
                        id={`withdraw-${r.name}`}
                        errors={refused?.name === r.name ? [refused.message] : []}
                      />
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
