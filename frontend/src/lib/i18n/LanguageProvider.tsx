import { useMemo, useState, type ReactNode } from 'react';
import { LanguageContext, type Language } from './language-context';

const STORAGE_KEY = 'yingsu.lang';

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [lang, setLangState] = useState<Language>(initial ?? initialLanguage);
  const value = useMemo(
    () => ({
      lang,
      setLang: (next: Language) => {
        setLangState(next);
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Private browsing may refuse storage; the choice then lasts for this visit only.
        }
        document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
      },
    }),
    [lang],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
