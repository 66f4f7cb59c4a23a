import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { errorTitle } from '../api/problem';
import { downloadReport, REPORTS } from '../api/reports';
import { SectionFrame } from '../components/SectionFrame';
import { saveBlob } from '../components/ZipDownloadButton';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';

const TITLE = 'Report';

/** Manual 6.9 (fig. 15): the reports of the portal, each downloaded as an Excel file. */
export function ReportsPage() {
  const { companyId = '' } = useParams();
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<Outcome>();
  const [percent, setPercent] = useState<number>();

  async function download(report: { id: string; title: string }) {
    setBusy(report.id);
    setMessage(undefined);
    setPercent(undefined);
    try {
      const file = await downloadReport(companyId, report.id, (received, total) =>
        setPercent(total ? Math.floor((received * 100) / total) : undefined),
      );
      saveBlob(file.blob, file.fileName);
      setMessage({ tone: 'success', text: `${report.title} scaricato: ${file.fileName}.` });
    } catch (e) {
      setMessage({ tone: 'danger', text: errorTitle(e) });
    } finally {
      setBusy(undefined);
      setPercent(undefined);
    }
  }

  return (
    <SectionFrame companyId={companyId} title={TITLE}>
      <p>
        In questa pagina è possibile scaricare i <strong>report</strong> messi a disposizione dal Portale
        Operatori-Gestori in formato Excel e di seguito indicati:
      </p>
      <div aria-live="polite">
        <OutcomeAlert outcome={message} testId="report-message" />
      </div>
      <ul className="list-group mb-4" aria-label="Report disponibili">
        {REPORTS.map((r) => (
          <li
            key={r.id}
            className="list-group-item d-flex justify-content-between align-items-center gap-3 flex-wrap"
            data-testid={`report-${r.id}`}
          >
            <span>{r.title}</span>
            <Button
              type="button"
              color="primary"
              size="sm"
              onClick={() => download(r)}
              disabled={busy !== undefined}
              aria-busy={busy === r.id}
            >
              {busy === r.id
                ? percent === undefined
                  ? 'Download in corso…'
                  : `Download in corso… ${percent}%`
                : 'Scarica (.xlsx)'}
              <span className="visually-hidden"> {r.title}</span>
            </Button>
          </li>
        ))}
      </ul>
    </SectionFrame>
  );
}
