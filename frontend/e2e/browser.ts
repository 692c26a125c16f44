import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.YINGSU_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumMissingMessage(): string {
  return (
    `Chromium is not installed at ${CHROMIUM}; the browser tests cannot run. ` +
    'Install it with: apt-get update && apt-get install -y chromium'
  );
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const screenshotDir = resolve(dirname(fileURLToPath(import.meta.url)), '../e2e-screenshots');

export interface BrowserSession {
  browser: Browser;
  close: () => Promise<void>;
}

/** A browser with a fresh profile, and HOME/XDG_* in a temp dir, because Chromium writes there otherwise. */
export async function launchBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) throw new Error(chromiumMissingMessage());
  const home = mkdtempSync(join(tmpdir(), 'yingsu-chromium-'));
  for (const dir of ['.config', '.cache', '.local/share', 'run']) mkdirSync(join(home, dir), { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
      XDG_DATA_HOME: join(home, '.local/share'),
      XDG_RUNTIME_DIR: join(home, 'run'),
    },
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Waits until no spinner or skeleton is showing, so that a screenshot shows the page, not its loading. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-spin-blur, .ant-skeleton-active'));
}

/**
 * Waits until the page's CSS animations and transitions have ended (antd fades a table back in after loading).
 * Endless ones, such as a status badge's pulse, never end and are not waited for.
 */
export async function stillPage(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
}

/**
 * Waits until every chart has finished drawing: ECharts animates on a canvas, which no DOM state reports, so the
 * canvases must show the same picture over a few consecutive checks.
 */
export async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const state = window as unknown as { yingsuCharts?: string; yingsuChartsStill?: number };
      const picture = Array.from(document.querySelectorAll('canvas'), (canvas) => canvas.toDataURL()).join('|');
      state.yingsuChartsStill = picture === state.yingsuCharts ? (state.yingsuChartsStill ?? 0) + 1 : 0;
      state.yingsuCharts = picture;
      return state.yingsuChartsStill >= 3;
    },
    undefined,
    { polling: 100 },
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await settle(page);
  await stillPage(page);
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The page at the desk (1440×900) and on a phone (390×844, saved as `<name>-390`), then back to the desk. */
export async function screenshots(page: Page, name: string): Promise<void> {
  const desk = page.viewportSize() ?? { width: 1440, height: 900 };
  await screenshot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  await page.setViewportSize(desk);
}
