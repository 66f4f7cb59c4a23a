/// <reference types="vite/client" />

/**
 * True in the builds that carry the staff console's development sign-in page (`vite`, vitest,
 * `npm run build:local`); false in `npm run build`, the build azd deploys (vite.config.ts).
 */
declare const __STAFF_DEV_SIGNIN__: boolean;
