import { Button, Container } from 'design-react-kit';
import { useState } from 'react';
import { errorTitle } from '../api/problem';
import { FieldError } from '../components/FormField';
import { ShortHash } from '../components/ShortHash';
import { formatDateTime } from '../format';
import { usePageTitle } from '../usePageTitle';
import type { StagedLetterItem } from './contract';
import { DoneMessage } from './StaffForm';
import { useStaff } from './StaffLayout';
import { StaffList, useStaffPages } from './StaffList';
import { hasAnyRole } from './session';

/** Back office and consultazione: the letters staged for tonight; the back office may withdraw one. */
export function StagedPage() {
  usePageTitle('Lettere in pubblicazione');
  const { call, session } = useStaff();
  const pages = useStaffPages<StagedLetterItem>('/backoffice/letters/staged', {});
  const canWithdraw = hasAnyRole(session, ['BackOffice']);
  const [refused, setRefused] = useState<{ name: string; message: string }>();
  const [withdrawn, setWithdrawn] = useState<string>();

  async function withdraw(name: string) {
    setRefused(undefined);
    setWithdrawn(undefined);
    try {
      await call(`/backoffice/letters/staged/${encodeURIComponent(name)}`, { method: 'DELETE' });
      setWithdrawn(`La lettera ${name} è stata ritirata: il caricamento notturno non la pubblicherà.`);
      pages.restart();
    } catch (error) {
      // Not staged any more, or already published: said beside the letter it is about.
      setRefused({ name, message: errorTitle(error) });
    }
  }

  return (
    <Container className="py-4">
      <h1 className="h2">Lettere in pubblicazione</h1>
      <p className="mb-4">
        Le lettere preparate sono pubblicate dal caricamento notturno (dalle 01:00 alle 03:00); fino ad allora si
        possono ritirare.
      </p>
      <DoneMessage testId="staged-withdrawn">{withdrawn}</DoneMessage>
      <StaffList<StagedLetterItem>
        pages={pages}
        caption="Lettere preparate per il prossimo caricamento"
        empty="Nessuna lettera in attesa di pubblicazione."
        testId="staged-table"
        rowKey={(r) => r.name}
        columns={[
          { label: 'Lettera', render: (r) => r.name },
          { label: 'Società', render: (r) => r.companyName ?? r.companyId },
          { label: 'Destinatario', render: (r) => r.to },
          { label: 'Copia conoscenza', render: (r) => r.cc.join(', ') },
          { label: 'Impronta', render: (r) => <ShortHash value={r.hash} /> },
          { label: 'Preparata il', render: (r) => `${formatDateTime(r.stagedAt)} (${r.stagedBy})` },
          ...(canWithdraw
            ? [
                {
                  label: 'Azioni',
                  render: (r: StagedLetterItem) => (
                    <>
                      <Button
                        color="danger"
                        outline
                        size="sm"
                        aria-describedby={refused?.name === r.name ? `withdraw-${r.name}-error` : undefined}
                        onClick={() => void withdraw(r.name)}
                      >
                        Ritira<span className="visually-hidden"> la lettera {r.name}</span>
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
    </Container>
  );
}
