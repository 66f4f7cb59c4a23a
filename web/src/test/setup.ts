import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default: on a busy 2-core CI machine a render plus a
// mocked fetch can take longer, and a test must fail for a wrong page, not a slow one.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
