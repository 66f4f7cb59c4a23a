/**
 * Stands in for bootstrap-italia's JavaScript bundle in unit tests only. design-react-kit's
 * index re-exports its Video component, which imports that bundle; the bundle sets
 * process.env.NODE_ENV to "production" when evaluated, which turns React into its production
 * build in the middle of a test run. The browser build never loads it (tree-shaken away).
 */
export class VideoPlayer {}
