// Live password strength meter: the TypeScript twin of
// functions/Portale.Core/Accounts/Passwords/PasswordStrength.cs. Keep the two identical; both are
// pinned by tests/vectors/password-strength.json and the algorithm is in docs/password-strength.md.
//
// 1. n = length in Unicode code points; n < 8 -> 'Troppo corta'; n > 20 -> 'Troppo lunga'.
// 2. score = classes present: lower (\p{Ll}), upper (\p{Lu}), digit (\p{Nd}), special (anything else).
// 3. +1 when n >= 12; +1 more when n >= 16.
// 4. -1 when the same code point appears three times in a row ("aaa").
// 5. -1 when three consecutive code points each step by +1, or each by -1 ("abc", "321").
// 6. score >= 5 -> 'Forte'; 4 -> 'Media'; 3 -> 'Debole'; otherwise 'Molto debole'.
// The meter only advises: the server's password policy decides what is accepted.

export type PasswordStrength = 'Forte' | 'Media' | 'Debole' | 'Molto debole' | 'Troppo corta' | 'Troppo lunga';

export const MIN_LENGTH = 8;
export const MAX_LENGTH = 20;

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
const DIGIT = /^\p{Nd}$/u;

function classOf(ch: string): 'lower' | 'upper' | 'digit' | 'special' {
  if (LOWER.test(ch)) return 'lower';
  if (UPPER.test(ch)) return 'upper';
  if (DIGIT.test(ch)) return 'digit';
  return 'special';
}

function hasTriple(cp: number[], step: (a: number, b: number) => boolean): boolean {
  for (let i = 0; i + 2 < cp.length; i++) {
    if (step(cp[i], cp[i + 1]) && step(cp[i + 1], cp[i + 2])) return true;
  }
  return false;
}

export function passwordStrength(pw: string): PasswordStrength {
  const chars = Array.from(pw); // splits by code point, not UTF-16 unit
  if (chars.length < MIN_LENGTH) return 'Troppo corta';
  if (chars.length > MAX_LENGTH) return 'Troppo lunga';

  const cp = chars.map((c) => c.codePointAt(0) as number);
  let score = new Set(chars.map(classOf)).size;
  if (chars.length >= 12) score++;
  if (chars.length >= 16) score++;
  if (hasTriple(cp, (a, b) => a === b)) score--;
  if (hasTriple(cp, (a, b) => b - a === 1) || hasTriple(cp, (a, b) => a - b === 1)) score--;

  if (score >= 5) return 'Forte';
  if (score === 4) return 'Media';
  if (score === 3) return 'Debole';
  return 'Molto debole';
}
