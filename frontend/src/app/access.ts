import type { Role } from '@/lib/auth/use-me';

/**
 * Which pages each role is offered (the menu key is the path's first segment). The server enforces the same
 * rules on every request; this only keeps people away from pages that would answer 403.
 */
const PAGES: Record<Role, readonly string[] | 'all'> = {
  ADMIN: 'all',
  // An agency lands on its own desk; the district's dashboard speaks for the bureau.
  AGENCY: [
    '/desk',
    '/cases',
    '/warnings',
    '/monthly-reports',
    '/recommendations',
    '/referrals',
    '/papers-check',
    '/interviews',
    '/assessment',
    '/lost-cases',
    '/observations',
    '/trainings',
    '/coordination',
    '/bulletins',
    '/compliance',
    '/calendar',
  ],
  READER: ['/compliance', '/assessment', '/bulletins'],
  COURT: ['/cases'],
};

/** Pages of one role only, even for the bureau, which otherwise sees every page. */
const ONLY: Record<string, Role> = { '/desk': 'AGENCY' };

export function canVisit(role: Role | undefined, pathKey: string): boolean {
  if (!role) return false;
  if (ONLY[pathKey]) return ONLY[pathKey] === role;
  const pages = PAGES[role];
  return pages === 'all' || pages.includes(pathKey);
}

/** Where a role lands after logging in, or when it opens a page it is not offered. */
export function homeOf(role: Role | undefined): string {
  if (!role) return '/login';
  const pages = PAGES[role];
  return pages === 'all' ? '/' : pages[0];
}
