import { apiFetchFile, type DownloadProgress } from './client';

/** The reports of manual 6.9, in its order and wording; `id` is the API's (docs/api.md, "Report"). */
export const REPORTS: ReadonlyArray<{ id: string; title: string }> = [
  { id: 'failed-uploads', title: 'Report invii falliti' },
  { id: 'communications', title: 'Report comunicazioni libere' },
  { id: 'new', title: 'Report nuove lettere ricevute' },
  { id: 'to-work', title: 'Report lettere scaricate da lavorare' },
  { id: 'archive', title: 'Report archivio lettere con risposta' },
  { id: 'reminders', title: 'Report nuovi solleciti ricevuti' },
  { id: 'cc', title: 'Report lettere scaricate in copia conoscenza' },
];

/** The report as an Excel file, with the name the API gives it (`Report_<nome>_<società>_<aaaammgg>.xlsx`). */
export async function downloadReport(
  companyId: string,
  report: string,
  onProgress?: DownloadProgress,
): Promise<{ blob: Blob; fileName: string }> {
  const file = await apiFetchFile(
    `/companies/${encodeURIComponent(companyId)}/reports/${encodeURIComponent(report)}`,
    {},
    onProgress,
  );
  return { blob: file.blob, fileName: file.fileName ?? `Report_${report}_${companyId}.xlsx` };
}
