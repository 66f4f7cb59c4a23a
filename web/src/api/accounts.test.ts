import { describe, expect, it } from 'vitest';
import choices from '../../../tests/vectors/how-heard-choices.json';
import { HOW_HEARD_CHOICES } from './accounts';

describe('HOW_HEARD_CHOICES', () => {
  // The same list the C# HowHeardChoices tests read: the form offers exactly what the API accepts.
  it("are the API's 14 answers, in the same order and spelling", () => {
    expect(choices).toHaveLength(14);
    expect([...HOW_HEARD_CHOICES]).toEqual(choices);
  });
});
