import type { Language } from './language-context';

/**
 * Ant Design writes a few screen-reader labels in English whatever the locale (a number box's step buttons:
 * "Increase Value" / "Decrease Value"); its zh_CN locale does not cover them. This relabels them as they appear.
 */
const LABELS: Record<string, readonly [string, string]> = {
  'Increase Value': ['增加', 'Increase Value'],
  'Decrease Value': ['减少', 'Decrease Value'],
  增加: ['增加', 'Increase Value'],
  减少: ['减少', 'Decrease Value'],
};

function relabel(root: ParentNode, lang: Language): void {
  for (const el of Array.from(root.querySelectorAll('[role="button"][aria-label]'))) {
    const pair = LABELS[el.getAttribute('aria-label') ?? ''];
    const wanted = pair?.[lang === 'zh' ? 0 : 1];
    if (wanted && el.getAttribute('aria-label') !== wanted) el.setAttribute('aria-label', wanted);
  }
}

/** Keeps the labels in the app's language until the returned function is called. */
export function localiseAntdLabels(lang: Language): () => void {
  relabel(document, lang);
  const observer = new MutationObserver(() => relabel(document, lang));
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-label'],
  });
  return () => observer.disconnect();
}
