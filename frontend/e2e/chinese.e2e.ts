import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { get } from './api';
import { launchBrowser, settle, type BrowserSession } from './browser';
import { loginAs, newPage } from './login';

/*
 * People read Chinese: no English word, enum code or internal key may reach a screen. Every route of the SPA is
 * opened as the bureau and as an agency, at the desk and on a phone, and its rendered text (and the placeholders,
 * titles and labels a person also reads) is scanned for ASCII words. Only these may appear: the names of file
 * formats and of the API, which have no Chinese name clerks use. Digits (案号, dates) are not words, nor is a token
 * with a digit in it: it is an identifier, like the keys test records carry (see `run` in api.ts). Text an
 * element marks as another language (lang="en", the language switch) or as not to be translated (translate="no":
 * an agency's or official's code, a user name, a token's first characters — identifiers typed as they are) is
 * skipped.
 */
const ALLOWED = new Set(['PDF', 'Excel', 'CSV', 'API']);

const baseUrl = inject('baseUrl');
let session: BrowserSession;

interface Found {
  route: string;
  words: string[];
  context: string[];
}

/** The ASCII words a person reads on the page now, with a little of the text around each. */
async function asciiWords(page: Page): Promise<{ words: string[]; context: string[] }> {
  const texts = await page.evaluate(() => {
    const skip = (el: Element | null) =>
      !!el?.closest('[lang="en"], [translate="no"], script, style, noscript, [aria-hidden="true"]');
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skip(parent)) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (!parent.getClientRects().length) continue;
      out.push(node.textContent ?? '');
    }
    for (const el of Array.from(document.querySelectorAll('[placeholder], [title], [aria-label], img[alt]'))) {
      if (skip(el) || !(el as HTMLElement).getClientRects().length) continue;
      for (const name of ['placeholder', 'title', 'aria-label', 'alt']) {
        // Ant Design names each icon in English (aria-label="user"); an icon beside text is decoration.
        if (name === 'aria-label' && el.classList.contains('anticon')) continue;
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
  const words: string[] = [];
  const context: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(/[A-Za-z0-9_]+/g)) {
      // A token with a digit in it is a number or an identifier (0112, E2E1733…), never a word.
      if (ALLOWED.has(match[0]) || /[0-9]/.test(match[0])) continue;
      words.push(match[0]);
      const at = match.index ?? 0;
      context.push(text.slice(Math.max(0, at - 12), at + match[0].length + 12).trim());
    }
  }
  return { words, context };
}

async function scan(page: Page, route: string, found: Found[]): Promise<void> {
  await page.goto(`${baseUrl}${route}`);
  await page.locator('main, .ant-layout-content, form').first().waitFor();
  await page.waitForLoadState('networkidle');
  await settle(page);
  for (const width of [1440, 390]) {
    await page.setViewportSize(width === 1440 ? { width: 1440, height: 900 } : { width: 390, height: 844 });
    await page.waitForTimeout(100);
    const { words, context } = await asciiWords(page);
    if (words.length) found.push({ route: `${route} @${width}`, words, context });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

let caseId: number;
let hearingId: number;
let officialCode: string;
let bulletinId: number | undefined;

beforeAll(async () => {
  // A demo case of 2022 with a held hearing: its page shows appearances, delegations, notices and the outcome.
  const hearings = await get<{ items: { id: number; caseId: number }[] }>(
    '/api/hearings?status=HELD&from=2022-06-01T00:00:00%2B08:00&size=1',
  );
  hearingId = hearings.items[0].id;
  caseId = hearings.items[0].caseId;
  const officials = await get<{ items: { code: string; role: string }[] }>('/api/officials?role=PRINCIPAL&size=1');
  officialCode = officials.items[0].code;
  const bulletins = await get<{ id: number }[]>('/api/bulletins');
  bulletinId = bulletins[0]?.id;
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
});

/**
 * Every route the router declares (read from its source, so a new page cannot be left out), with its parameters
 * filled in; the bureau is offered them all.
 */
function bureauRoutes(): string[] {
  const router = readFileSync(fileURLToPath(new URL('../src/app/router.tsx', import.meta.url)), 'utf8');
  const values: Record<string, string | undefined> = {
    caseId: String(caseId),
    hearingId: String(hearingId),
    code: encodeURIComponent(officialCode),
    bulletinId: bulletinId === undefined ? undefined : String(bulletinId),
  };
  const routes: string[] = [];
  for (const [, path] of router.matchAll(/path: '([^']*)'/g)) {
    if (path === '/login') continue; // scanned logged out, by its own test
    if (path === '*') {
      routes.push('/no-such-page');
      continue;
    }
    const params = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);
    for (const name of params) if (!(name in values)) throw new Error(`no value for :${name} of route ${path}`);
    // The demo publishes no bulletin; one published by an earlier test is scanned when there is one.
    if (params.some((name) => values[name] === undefined)) continue;
    routes.push(`/${path.replace(/:(\w+)/g, (_, name: string) => values[name] ?? '')}`.replace('//', '/'));
  }
  return routes;
}

/** The pages an agency is offered: the menu's own list (src/app/access.ts), read from its source like the routes. */
function agencyRoutes(): string[] {
  const access = readFileSync(fileURLToPath(new URL('../src/app/access.ts', import.meta.url)), 'utf8');
  const list = /\bAGENCY: \[([^\]]*)\]/.exec(access);
  if (!list) throw new Error('src/app/access.ts no longer lists the AGENCY pages as `AGENCY: [...]`');
  return [...list[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

function report(found: Found[]): string {
  return found
    .map((f) => `${f.route}: ${[...new Set(f.words)].join(' ')} — «${f.context.slice(0, 6).join('» «')}»`)
    .join('\n');
}

describe('every screen speaks Chinese', () => {
  it('the login page', async () => {
    const page = await newPage(session.browser);
    const found: Found[] = [];
    await scan(page, '/login', found);
    await page.context().close();
    expect(report(found)).toBe('');
  });

  it('every page the bureau opens', async () => {
    const page = await newPage(session.browser);
    await loginAs(page, 'admin');
    const found: Found[] = [];
    for (const route of bureauRoutes()) await scan(page, route, found);
    await page.context().close();
    expect(report(found)).toBe('');
  }, 300_000);

  it('every page an agency opens', async () => {
    const page = await newPage(session.browser);
    await loginAs(page, 'yb-gov');
    const found: Found[] = [];
    for (const route of agencyRoutes()) await scan(page, route, found);
    await page.context().close();
    expect(report(found)).toBe('');
  }, 300_000);
});
