import type { ReactNode } from 'react';

/**
 * An identifier people type and compare as it is (an agency's or official's code, a token's first characters):
 * marked translate="no", so that neither a browser's translation nor the test that no English reaches a screen
 * takes it for a word.
 */
export function Code({ children }: { children: ReactNode }) {
  return <span translate="no">{children}</span>;
}
