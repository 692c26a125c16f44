/**
 * 案号 as the courts print them: the year in full-width parentheses, no spaces — "（2022）渝0112行初116号".
 * Clerks type half-width brackets, 〔〕 borrowed from document numbers, full-width digits or stray spaces;
 * all of these mean the same case, so searches compare the normal form. The server applies the same rule.
 */
const OPENING = /[(（〔［[【]/g;
const CLOSING = /[)）〕］\]】]/g;
const SPACES = /[\s\u3000]+/g;
const FULL_WIDTH_DIGITS = /[０-９]/g;

export function normaliseCaseNumber(text: string): string {
  return text
    .replace(SPACES, '')
    .replace(OPENING, '（')
    .replace(CLOSING, '）')
    .replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** A search box's text for the case list: normalised, or nothing when only spaces were typed. */
export function caseSearchText(text: string | undefined): string | undefined {
  const normal = text ? normaliseCaseNumber(text) : '';
  return normal === '' ? undefined : normal;
}
