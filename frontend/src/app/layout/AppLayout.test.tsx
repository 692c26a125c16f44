import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/testing/render';
import { AppLayout } from './AppLayout';

describe('AppLayout', () => {
  it('is in Chinese, switches to English and remembers the choice', async () => {
    const user = userEvent.setup();
    renderPage(<AppLayout />, { route: '/*', path: '/cases' });

    expect(screen.getByRole('menuitem', { name: /案件/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /English/ }));

    expect(await screen.findByRole('menuitem', { name: /Cases/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /Delegation review/ })).toBeInTheDocument();
    expect(localStorage.getItem('yingsu.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps the section of a deep link selected', () => {
    renderPage(<AppLayout />, { route: '/*', path: '/cases/12' });
    expect(screen.getByRole('menuitem', { name: /案件/ }).closest('li')).toHaveClass('ant-menu-item-selected');
  });
});
