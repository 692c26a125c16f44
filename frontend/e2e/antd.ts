import type { Locator } from 'playwright-core';

/**
 * Chooses an option of an Ant Design select: opens it (typing `search` first when given), clicks the option and
 * waits until the select shows it. Under load a click can land while a search's answer re-renders the list and
 * choose nothing (seen in CI: the dependent select then stayed disabled); so it tries again, three times at most.
 */
export async function chooseOption(select: Locator, option: string | RegExp, search?: string): Promise<void> {
  const page = select.page();
  const root = select.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  for (let attempt = 1; ; attempt++) {
    if (search === undefined) await select.click();
    else await select.fill(search);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
    try {
      await root.filter({ hasText: option }).waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
