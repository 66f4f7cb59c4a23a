/** What the note says for each kind of list: the letters (feminine) and the solleciti (masculine). */
const WORDS = {
  lettere: {
    page: (n: number) =>
      n === 1 ? 'È selezionata 1 lettera di questa pagina.' : `Sono selezionate le ${n} lettere di questa pagina.`,
    all: (n: number) => `Sono selezionate tutte le ${n} lettere della sezione che corrispondono ai filtri.`,
    chooseAll: (n: number) => `Selezionare tutte le ${n} lettere della sezione che corrispondono ai filtri`,
    choosePage: 'Selezionare solo le lettere di questa pagina',
  },
  solleciti: {
    page: (n: number) =>
      n === 1 ? 'È selezionato 1 sollecito di questa pagina.' : `Sono selezionati ${n} solleciti di questa pagina.`,
    all: (n: number) => `Sono selezionati tutti i solleciti che corrispondono ai filtri: ${n}.`,
    chooseAll: (n: number) => `Selezionare tutti i solleciti che corrispondono ai filtri (${n})`,
    choosePage: 'Selezionare solo i solleciti di questa pagina',
  },
} as const;

/**
 * Under a list whose page is all checked and more match (manual 6.1.1, "download di tutte le nuove
 * lettere"): how many are chosen, and the switch between this page and every match.
 */
export function SelectAllNote({
  noun,
  pageCount,
  total,
  allChosen,
  onChoose,
}: {
  noun: keyof typeof WORDS;
  pageCount: number;
  total: number;
  allChosen: boolean;
  onChoose: (all: boolean) => void;
}) {
  const words = WORDS[noun];
  return (
    <p className="select-all-note small mb-2" data-testid="select-all-note" aria-live="polite">
      {allChosen ? words.all(total) : words.page(pageCount)}{' '}
      <button type="button" className="btn btn-link btn-xs p-0" onClick={() => onChoose(!allChosen)}>
        {allChosen ? words.choosePage : words.chooseAll(total)}
      </button>
    </p>
  );
}
