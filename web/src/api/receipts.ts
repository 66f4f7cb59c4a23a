import { apiFetchFile } from './client';

/** A receipt as signed JSON (`{ receiptId, jws, receipt }`, what scripts/verify-receipt.mjs reads) or as a PDF. */
export type ReceiptFormat = 'json' | 'pdf';

/** The receipt of an answer, a communication, a TIRV rejection or a refusal of the company (docs/receipts.md). */
export async function downloadReceipt(companyId: string, receiptId: string, format: ReceiptFormat) {
  const path = `/companies/${encodeURIComponent(companyId)}/receipts/${encodeURIComponent(receiptId)}`;
  const file = await apiFetchFile(format === 'pdf' ? `${path}/pdf` : path);
  return { blob: file.blob, fileName: file.fileName ?? `ricevuta-${receiptId}.${format}` };
}
