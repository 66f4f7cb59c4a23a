import { useState } from 'react';
import type { Letter, Section } from '../api/operator';
import { TextField } from '../components/FormField';
import type { ListColumn } from '../components/ListTable';
import { columnsFor, type Column } from '../pages/letterColumns';
import { SECTIONS } from '../pages/sections';
import { AnswerClassification, classifiable } from './AnswerClassification';
import { ChoiceField } from './StaffForm';
import { StaffDownloadButton } from './StaffDownloadButton';
import { useStaff } from './StaffLayout';
import { StaffList, useStaffPages } from './StaffList';
import { hasAnyRole } from './session';

/** A letter as the staff routes give it: the operator's fields and the answer's upload (its download). */
export type StaffLetter = Letter & { answerUploadId?: string | null };

const SECTION_CHOICES = Object.fromEntries(SECTIONS.map((s) => [s.id, s.title]));

/**
 * The company's letters by the operator's sections, with the columns its people see there; the letter
 * and the answer download with the staff token; the back office classifies answers in the row.
 */
export function CompanyLetters({
  companyId,
  section,
  onSection,
}: {
  companyId: string;
  section: Section;
  onSection: (section: Section) => void;
}) {
  const { session } = useStaff();
  const base = `/backoffice/companies/${encodeURIComponent(companyId)}/letters`;
  const [q, setQ] = useState('');
  const pages = useStaffPages<StaffLetter>(base, { section, q: q.trim() });
  const canClassify = hasAnyRole(session, ['BackOffice']);

  const saved = (letter: Letter) => {
    const data = pages.list.data;
    if (data) pages.list.replace({ ...data, items: data.items.map((l) => (l.name === letter.name ? letter : l)) });
  };

  const staffCell = (column: Column): ListColumn<StaffLetter> => {
    if (column.field === 'answerName')
      return {
        label: column.label,
        render: (l) =>
          l.answerName && l.answerUploadId ? (
            <StaffDownloadButton
              id={`answer-${l.name}`}
              path={`${base}/${encodeURIComponent(l.name)}/answers/${encodeURIComponent(l.answerUploadId)}/pdf`}
              fileName={l.answerName}
              label={l.answerName}
              describe={`(scarica la risposta alla lettera ${l.name})`}
            />
          ) : (
            (l.answerName ?? '')
          ),
      };
    // The operator's "Richiedi" (a proroga) is theirs to ask: the Sportello sees the days granted.
    if (column.field === 'extensionDays') return { label: column.label, render: (l) => l.extensionDays ?? '' };
    if (column.field === 'completeness' && canClassify)
      return {
        label: column.label,
        render: (l) =>
          classifiable(l) ? <AnswerClassification companyId={companyId} letter={l} onSaved={saved} /> : '',
      };
    return {
      label: column.label,
      className: column.className,
      render: (l) => column.render(l, { companyId, openDetail: () => undefined }),
    };
  };

  const columns: ListColumn<StaffLetter>[] = [
    {
      label: 'Lettera',
      render: (l) => (
        <StaffDownloadButton
          id={`letter-${l.name}`}
          path={`${base}/${encodeURIComponent(l.name)}/pdf`}
          fileName={l.name}
          label={l.name}
          describe="(scarica la lettera)"
        />
      ),
    },
    ...columnsFor(section).map(staffCell),
  ];
  // Outside the archive the classification of an energy TO letter without answer («assente») has its column.
  if (canClassify && section !== 'archive' && section !== 'cc')
    columns.push(staffCell({ field: 'completeness', label: 'Completezza Risposta', render: () => '' }));

  return (
    <>
      <div className="row">
        <div className="col-md-6">
          <ChoiceField
            id="company-section"
            label="Sezione"
            value={section}
            onChange={(value) => onSection(value as Section)}
            choices={SECTION_CHOICES}
          />
        </div>
        <div className="col-md-6">
          <TextField id="company-letters-q" label="Cerca" value={q} onChange={setQ} autoComplete="off" />
        </div>
      </div>
      <StaffList<StaffLetter>
        pages={pages}
        caption={`Lettere: ${SECTION_CHOICES[section]}`}
        empty="Nessuna lettera in questa sezione."
        testId="company-letters"
        rowKey={(l) => l.name}
        columns={columns}
      />
    </>
  );
}
