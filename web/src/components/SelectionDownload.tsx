import { matchingScope, type useSelection } from '../hooks/useSelection';
import { SelectAllNote } from './SelectAllNote';
import { ZipDownloadButton } from './ZipDownloadButton';

/**
 * Above a list with boxes (letters, solleciti): the .zip of the checked ones and, when the whole page
 * is checked and more match, the choice of every match (manual 6.1.1) with its count said first.
 */
export function SelectionDownload({
  noun,
  selection,
  pageNames,
  total,
  matchable,
  fetchZip,
  fileName,
  onDone,
  onError,
}: {
  noun: 'lettere' | 'solleciti';
  selection: ReturnType<typeof useSelection>;
  pageNames: string[];
  total: number;
  /** False where the .zip takes names only (e.g. Ricerca lettere). */
  matchable: boolean;
  /** `names` checked, or undefined for every one that matches the list's filters. */
  fetchZip: (names: string[] | undefined) => Promise<Blob>;
  fileName: string;
  onDone: (count: number) => void;
  onError: (message: string) => void;
}) {
  const { canChooseAll, allChosen } = matchingScope(selection, pageNames, total, matchable);
  const names = [...selection.selected];
  return (
    <>
      <div className="d-flex flex-wrap gap-2 mb-2">
        <ZipDownloadButton
          count={allChosen ? total : names.length}
          all={allChosen}
          fetchZip={() => fetchZip(allChosen ? undefined : names)}
          fileName={fileName}
          onDone={onDone}
          onError={onError}
        />
      </div>
      {canChooseAll && (
        <SelectAllNote
          noun={noun}
          pageCount={pageNames.length}
          total={total}
          allChosen={allChosen}
          onChoose={selection.setAllMatching}
        />
      )}
    </>
  );
}
