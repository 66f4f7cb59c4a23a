/**
 * The contract checks checked: each `@ts-expect-error` below is a disagreement that must fail the
 * build (tsc -b fails on an expectation that is not met), each plain line one that must not.
 */
import type { Agreed, Disagreements } from './contract';

type Contract = {
  name?: string | null;
  total?: number;
  kind?: 'answer' | 'answers-zip';
  recipient?: string;
  items?: { file?: string; outcome?: 'accepted' | 'rejected' }[];
  letter?: { name?: string } | null;
};

export type Checks = [
  // Presence and null are the web's own knowledge; a plain string in the contract takes the client's literals.
  Agreed<Disagreements<{ name: string; recipient: 'TO' | 'CC'; letter: { name: string } | null }, Contract>>,
  // The client may know more values than the contract lists.
  Agreed<Disagreements<{ kind: 'answer' | 'answers-zip' | 'communication' }, Contract>>,
  // @ts-expect-error a field the contract does not have (renamed or removed)
  Agreed<Disagreements<{ nome: string }, Contract>>,
  // @ts-expect-error a field of another type
  Agreed<Disagreements<{ total: string }, Contract>>,
  // @ts-expect-error a value of an enumeration the client does not know
  Agreed<Disagreements<{ kind: 'answer' }, Contract>>,
  // @ts-expect-error a list that is not one
  Agreed<Disagreements<{ name: string[] }, Contract>>,
  // @ts-expect-error inside the items of a list
  Agreed<Disagreements<{ items: { file: string; outcome: 'accepted' }[] }, Contract>>,
  // @ts-expect-error inside a nested object
  Agreed<Disagreements<{ letter: { nome: string } | null }, Contract>>,
];
