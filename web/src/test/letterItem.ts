import type { Letter } from '../api/operator';

/** A list item as the API sends it (docs/api.md, "Lists"), every field set; `extra` overrides. */
export function letterItem(name: string, extra: Partial<Letter> = {}): Letter {
  return {
    name,
    publishedAt: '2026-03-10T02:00:00+01:00',
    recipient: 'TO',
    section: 'new',
    caseId: 'C-1',
    practiceType: 'RECLAMO',
    utility: 'POD:IT001',
    serviceType: 'elettrico',
    serviceTypeLabel: 'Elettrico',
    topic: 'CONTRATTI',
    subTopic: 'FATTURAZIONE',
    customerName: 'Mario Bianchi',
    supplyAddress: 'Via Roma 1',
    note: null,
    offlineOn: '2027-03-10',
    hash: 'abc123',
    downloadedAt: null,
    downloadedBy: null,
    deadline: null,
    daysToDeadline: null,
    termWorkingDays: 30,
    extensionDays: null,
    extensionChoices: [],
    specialProcedure: false,
    sector: 'energy',
    answerName: null,
    answeredAt: null,
    answeredBy: null,
    completeness: null,
    ...extra,
  };
}
