import { describe, expect, it } from 'vitest';
import vectors from '../../../tests/vectors/password-strength.json';
import { passwordStrength } from './passwordStrength';

// The same vectors the C# PasswordStrength tests read: browser and API must agree on every one.
describe('passwordStrength, shared vectors with the API', () => {
  it('has vectors to check', () => {
    expect(vectors.length).toBeGreaterThan(10);
  });

  it.each(vectors)('"$password" is $expected', ({ password, expected }) => {
    expect(passwordStrength(password)).toBe(expected);
  });
});
