import { describe, expect, it } from 'vitest';
import { knownChallenge } from '../test/routeFetch';
import { sha256Hex, solveCaptcha } from './solveCaptcha';

describe('solveCaptcha', () => {
  it('hashes as the API does (SHA-256, lower-case hex)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('finds the secret number and sends the ALTCHA payload the API verifies', async () => {
    const challenge = await knownChallenge(1234, 5000);
    const payload = await solveCaptcha(challenge);
    const solution = JSON.parse(atob(payload!)) as Record<string, unknown>;
    expect(solution).toMatchObject({
      algorithm: 'SHA-256',
      challenge: challenge.challenge,
      number: 1234,
      salt: challenge.salt,
      signature: challenge.signature,
    });
  });

  it('finds a secret in the last batch, up to maxnumber inclusive', async () => {
    const challenge = await knownChallenge(450, 450);
    const solution = JSON.parse(atob((await solveCaptcha(challenge))!)) as { number: number };
    expect(solution.number).toBe(450);
  });

  it('gives up when no number up to maxnumber matches', async () => {
    expect(await solveCaptcha(await knownChallenge(900, 300))).toBeUndefined();
  });

  it('refuses an algorithm it does not implement', async () => {
    expect(await solveCaptcha({ ...(await knownChallenge()), algorithm: 'SHA-512' })).toBeUndefined();
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(solveCaptcha(await knownChallenge(), controller.signal)).rejects.toThrow();
  });
});
