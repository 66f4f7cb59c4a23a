// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';

/** Every JavaScript file `vite build --mode <mode>` would write, built in memory. */
async function bundle(mode: 'production' | 'development'): Promise<string> {
  const result = await build({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    mode,
    logLevel: 'silent',
    build: { write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs
    .flatMap((o) => o.output)
    .filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
}

// The page's route, its heading and the call it makes: none may reach the build azd deploys.
const DEV_SIGN_IN_MARKS = ['accesso-sviluppo', 'Accesso di sviluppo', '/admin/token'];

describe('the staff console in the production bundle', () => {
  it('has the Entra ID sign-in and not the development sign-in page', { timeout: 180_000 }, async () => {
    const production = await bundle('production');
    expect(production.includes('Console dello Sportello')).toBe(true);
    expect(production.includes('/staff-console')).toBe(true);
    for (const mark of DEV_SIGN_IN_MARKS) expect(production.includes(mark), mark).toBe(false);

    // The same search finds the page in the local build (run.sh, test.sh): it is not searching in vain.
    const local = await bundle('development');
    for (const mark of DEV_SIGN_IN_MARKS) expect(local.includes(mark), mark).toBe(true);
  });
});
