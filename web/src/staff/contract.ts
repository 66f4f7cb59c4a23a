/**
 * Types of the staff routes of the session's contract that are not in openapi.json yet (being built
 * on the branch sportello-publishing). Once merged, the generated types replace these.
 */

/** An item of `GET /api/backoffice/letters/staged`: what tonight's loading will publish. */
export interface StagedLetterItem {
  name: string;
  companyId: string;
  companyName: string | null;
  to: string;
  cc: string[];
  hash: string;
  stagedAt: string;
  stagedBy: string;
}

/** `POST /api/backoffice/letters/batch` (sportello-publishing): each letter of the manifest, in its order. */
export interface BatchStagingResult {
  items: {
    name: string;
    status: 'staged' | 'refused';
    problem: { code?: string; title: string; detail?: string; errors?: Record<string, string[]> } | null;
  }[];
  staged: number;
  refused: number;
}
