import glossary from '@glossary';
import { useCallback } from 'react';
import { useLanguage, type Language } from './language-context';

/**
 * The glossary of docs/domain.md §2: how each code value reads to a person. It is the backend's glossary.json, the
 * one list the workbooks, CSV headers, PDFs and server messages take their Chinese from, so that the screen and
 * the files say the same words.
 */
type Term = { zh: string; en: string; also?: string[] };
type Enums = typeof glossary.enums;

export const enumLabels = Object.fromEntries(
  Object.entries(glossary.enums).map(([name, values]) => [
    name,
    Object.fromEntries(
      Object.entries(values as Record<string, Term>).map(([code, term]) => [code, [term.zh, term.en] as const]),
    ),
  ]),
) as { [E in keyof Enums]: { [V in keyof Enums[E]]: readonly [string, string] } };

/** A term of the glossary that is not a code value (a column's or a flag's word), in the reader's language. */
export function term(name: keyof typeof glossary.terms, lang: Language): string {
  const entry: Term = glossary.terms[name];
  return lang === 'zh' ? entry.zh : entry.en;
}

export type EnumName = keyof typeof enumLabels;

export function enumLabel(name: EnumName, value: string | null | undefined, lang: Language): string {
  if (value == null) return '';
  const labels = enumLabels[name] as Record<string, readonly [string, string]>;
  const pair = labels[value];
  return pair ? pair[lang === 'zh' ? 0 : 1] : value;
}

/** Options for a Select, in the glossary's order. */
export function enumOptions(name: EnumName, lang: Language): { value: string; label: string }[] {
  return Object.keys(enumLabels[name]).map((value) => ({ value, label: enumLabel(name, value, lang) }));
}

export function useEnumLabel() {
  const { lang } = useLanguage();
  return useCallback((name: EnumName, value: string | null | undefined) => enumLabel(name, value, lang), [lang]);
}
