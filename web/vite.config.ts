/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The local .NET host (and Azure Functions behind the Static Web App) answer on the same
// origin: in development Vite forwards /api and /admin to the local host.
const localHost = 'http://127.0.0.1:7071';

export default defineConfig(({ mode }) => ({
  // Absolute base: deep links such as /accedi are served index.html by the host's SPA
  // fallback, and the assets must still resolve from the site root.
  base: '/',
  plugins: [react()],
  // The staff console's development sign-in page exists in every mode but production: `npm run build`
  // (what azd deploys) leaves it out of the bundle, `npm run build:local` (run.sh, test.sh) keeps it.
  define: { __STAFF_DEV_SIGNIN__: JSON.stringify(mode !== 'production') },
  server: {
    proxy: {
      '/api': { target: localHost, changeOrigin: false },
      '/admin': { target: localHost, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    // Generous for the same reason as asyncUtilTimeout in setup.ts (busy CI machines).
    testTimeout: 20000,
    include: ['src/**/*.test.{ts,tsx}'],
    // design-react-kit's "exports" offers only the non-standard "module"/"main" conditions,
    // which the browser build honours but the test runner's Node resolution does not; its ESM
    // also uses extension-less imports, so Vite must transform it instead of Node loading it.
    alias: [
      {
        find: /^design-react-kit$/,
        replacement: fileURLToPath(new URL('./node_modules/design-react-kit/dist/index.js', import.meta.url)),
      },
      {
        find: /^bootstrap-italia$/,
        replacement: fileURLToPath(new URL('./src/test/bootstrap-italia-stub.ts', import.meta.url)),
      },
    ],
    server: { deps: { inline: ['design-react-kit'] } },
    restoreMocks: true,
    unstubGlobals: true,
  },
}));
