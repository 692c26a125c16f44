import { createContext, useCallback, useContext } from 'react';

export type Language = 'zh' | 'en';

/** Each text in both languages, side by side, so that a translation can never go missing. */
export type Messages = Record<string, readonly [zh: string, en: string]>;

export interface LanguageState {
  lang: Language;
  setLang: (lang: Language) => void;
}

export const LanguageContext = createContext<LanguageState>({ lang: 'zh', setLang: () => {} });

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

export function translate<M extends Messages>(
  messages: M,
  lang: Language,
  key: keyof M,
  vars?: Record<string, string | number>,
): string {
  const text = messages[key][lang === 'zh' ? 0 : 1];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** `t` for one feature's messages in the current language. */
export function useMessages<M extends Messages>(messages: M) {
  const { lang } = useLanguage();
  return useCallback(
    (key: keyof M, vars?: Record<string, string | number>) => translate(messages, lang, key, vars),
    [messages, lang],
  );
}
