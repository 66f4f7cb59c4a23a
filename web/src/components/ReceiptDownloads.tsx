import { downloadReceipt, type ReceiptFormat } from '../api/receipts';
import { useAction } from '../hooks/useAction';
import { saveBlob } from './ZipDownloadButton';

/**
 * "Ricevuta": the signed receipt of what the portal received (or refused), as JSON to verify offline and as a
 * PDF for people. `subject` names the row for screen readers ("della ricevuta di nota.pdf"); `labelled` writes
 * "Ricevuta" before the buttons where no column header says it (beside an archived answer).
 */
export function ReceiptDownloads({
  companyId,
  receiptId,
  subject,
  labelled = false,
}: {
  companyId: string;
  receiptId?: string | null;
  subject: string;
  labelled?: boolean;
}) {
  const action = useAction();
  if (!receiptId) return null;
  const save = (format: ReceiptFormat) =>
    action.run(async () => {
      const file = await downloadReceipt(companyId, receiptId, format);
      saveBlob(file.blob, file.fileName);
    });
  return (
    <span className="receipt-downloads d-inline-flex flex-nowrap align-items-center gap-1" data-testid="receipt">
      {labelled && <span aria-hidden="true">Ricevuta</span>}
      {(['json', 'pdf'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="btn btn-outline-primary btn-xs"
          disabled={action.busy}
          onClick={() => void save(format)}
        >
          {format.toUpperCase()}
          <span className="visually-hidden"> della ricevuta di {subject}</span>
        </button>
      ))}
      {action.error && (
        <span role="alert" className="text-danger small">
          {action.error}
        </span>
      )}
    </span>
  );
}
