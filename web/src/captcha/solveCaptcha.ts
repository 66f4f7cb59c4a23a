import type { CaptchaChallenge } from '../api/accounts';

/** How many hashes are computed together before yielding to the page (keeps typing and reading smooth). */
const BATCH = 200;

const encoder = new TextEncoder();

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** Lets the browser paint and handle input between batches. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Finds the secret number of an ALTCHA challenge (SHA-256(salt + number) = challenge, number ≤
 * maxnumber) with Web Crypto, in batches that give the page back between them; returns the
 * payload the API expects (Base64 of the JSON solution), or undefined when no number matches.
 */
export async function solveCaptcha(challenge: CaptchaChallenge, signal?: AbortSignal): Promise<string | undefined> {
  if (challenge.algorithm.toUpperCase() !== 'SHA-256') return undefined;
  const target = challenge.challenge.toLowerCase();
  const started = Date.now();
  for (let start = 0; start <= challenge.maxnumber; start += BATCH) {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const end = Math.min(start + BATCH - 1, challenge.maxnumber);
    const numbers = Array.from({ length: end - start + 1 }, (_, i) => start + i);
    const hashes = await Promise.all(numbers.map((n) => sha256Hex(challenge.salt + n)));
    const found = hashes.indexOf(target);
    if (found >= 0) {
      const solution = {
        algorithm: challenge.algorithm,
        challenge: challenge.challenge,
        number: numbers[found],
        salt: challenge.salt,
        signature: challenge.signature,
        took: Date.now() - started,
      };
      return btoa(JSON.stringify(solution));
    }
    await yieldToPage();
  }
  return undefined;
}
