/**
 * Types of the staff routes of the session's contract that are not in openapi.json yet (they are
 * being built on the branches sportello-tracking and sportello-publishing). Once merged, the
 * generated types replace these (api/contract.ts checks the rest).
 */

/** `GET /api/backoffice/dashboard`: one row per company, read from counters. */
export interface CompanyDashboard {
  companyId: string;
  companyName: string;
  sectors: ('energy' | 'water')[];
  toDownload: number;
  toAnswer: number;
  overdue: number;
  absentThisMonth: number;
  remindersSent: number;
  medianDaysToAnswer: number | null;
  updatedAt: string;
}
