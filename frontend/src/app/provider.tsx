import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { localiseAntdLabels } from '@/lib/i18n/antd-labels';
import { LanguageProvider } from '@/lib/i18n/LanguageProvider';
import { useLanguage } from '@/lib/i18n/language-context';
import { createQueryClient } from '@/lib/query-client';

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { lang } = useLanguage();
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  useEffect(() => localiseAntdLabels(lang), [lang]);
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 6 } }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <LocalizedAntd>{children}</LocalizedAntd>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
