import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Chooses an option of an Ant Design select: opens it (typing `search` first when given), clicks the option and
 * waits until the select shows it. Under load a click can land while a search's answer re-renders the list and
 * choose nothing (seen in CI: the dependent select then stayed disabled), or while the list still slides in, when
 * the click falls on what lies beneath (the dialog's footer, a label) and closes the list (seen in CI: the click
 * then waited 20 s for an option no longer shown). So it clicks only a list done opening, gives each click a few
 * seconds, and tries again, four times at most.
 */
export async function chooseOption(select: Locator, option: string | RegExp, search?: string): Promise<void> {
  const page = select.page();
  const root = select.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  // Ant Design's motion classes (…-enter, …-appear, …-leave) are on the list while it moves.
  const openList = page.locator(
    '.ant-select-dropdown:visible:not([class*="-enter"]):not([class*="-appear"]):not([class*="-leave"])',
  );
  for (let attempt = 1; ; attempt++) {
    if (search !== undefined) await select.fill(search);
    else if ((await openList.count()) === 0) await select.click();
    try {
      await openList.locator('.ant-select-item-option', { hasText: option }).first().click({ timeout: 5_000 });
      await root.filter({ hasText: option }).waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

/**
 * Types a date into an Ant Design date picker and leaves the field with Tab, which takes the typed date (Enter would
 * also submit a form that has a submit button), then waits until the field holds it. Under load the typing can land
 * before the picker's panel has opened, and the picker then drops it (seen in CI: the form was sent without its
 * date), so it types again, three times at most.
 */
export async function typeDate(picker: Locator, value: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await picker.click();
    await picker.fill(value);
    await picker.press('Tab');
    try {
      await expect.poll(() => picker.inputValue(), { timeout: 3_000 }).toBe(value);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
