import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const backend = process.env.YINGSU_BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The one glossary, kept with the backend that prints workbooks and PDFs from it (docs/domain.md §2).
      '@glossary': fileURLToPath(new URL('../backend/src/main/resources/glossary.json', import.meta.url)),
    },
  },
  server: {
    // Maven's copies of the build would otherwise trigger reloads.
    watch: { ignored: ['**/target/**', '**/e2e-screenshots/**'] },
    // The one glossary lives with the backend, which prints workbooks and PDFs from it.
    fs: { allow: ['.', '../backend/src/main/resources/glossary.json'] },
    proxy: {
      '/api': backend,
      '/q': backend,
    },
  },
  build: {
    outDir: 'dist',
    // The antd chunk of lazily loaded pages is big by nature; the initial-JS budget is checked by scripts/bundle-size.mjs.
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 30000,
  },
});
