import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

// vitest globals are off, so Testing Library cannot register its own auto-cleanup:
// unmount whatever a test rendered so the next test starts from an empty document.
afterEach(() => {
  cleanup();
});
