import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Link } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/testing/render';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

function Editor() {
  const [text, setText] = useState('');
  useUnsavedChangesGuard(text !== '');
  return (
    <>
      <input aria-label="text" value={text} onChange={(e) => setText(e.target.value)} />
      <Link to="/elsewhere">away</Link>
    </>
  );
}

describe('useUnsavedChangesGuard', () => {
  it('lets a clean form go without asking', async () => {
    const user = userEvent.setup();
    const { router } = renderPage(<Editor />, { routes: [{ path: '/elsewhere', element: <p>elsewhere</p> }] });
    await user.click(screen.getByText('away'));
    expect(router.state.location.pathname).toBe('/elsewhere');
  });

  it('asks before leaving unsaved input, and stays when told to', async () => {
    const user = userEvent.setup();
    const { router } = renderPage(<Editor />, { routes: [{ path: '/elsewhere', element: <p>elsewhere</p> }] });
    await user.type(screen.getByLabelText('text'), '未保存');
    await user.click(screen.getByText('away'));

    expect((await screen.findAllByText('有未保存的修改')).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: '继续编辑' }));
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByLabelText('text')).toHaveValue('未保存');

    await user.click(screen.getByText('away'));
    // The first question's dialog may still be fading out; the new one comes last.
    await user.click((await screen.findAllByRole('button', { name: /离\s*开/ })).at(-1)!);
    expect(router.state.location.pathname).toBe('/elsewhere');
  });
});
