import { App } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { commonMessages } from '@/lib/i18n/common-messages';
import { useMessages } from '@/lib/i18n/language-context';

/**
 * While `dirty`, asks before the user navigates away inside the app, and lets the browser ask before a
 * reload or a closed tab, so that what was typed is never lost by accident. Call the returned `release`
 * right before navigating away after a successful save.
 */
export function useUnsavedChangesGuard(dirty: boolean): { release: () => void } {
  const { modal } = App.useApp();
  const t = useMessages(commonMessages);
  // A save navigates in the same tick as it clears `dirty`, before a re-render could update the blocker.
  const released = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !released.current && currentLocation.pathname !== nextLocation.pathname,
  );

  // The blocker object changes on every render while blocked; one question is enough.
  const asking = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    modal.confirm({
      title: t('unsavedTitle'),
      content: t('unsavedBody'),
      okText: t('leave'),
      cancelText: t('stay'),
      okButtonProps: { danger: true },
      onOk: () => {
        asking.current = false;
        blocker.proceed();
      },
      onCancel: () => {
        asking.current = false;
        blocker.reset();
      },
    });
  }, [blocker, modal, t]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const release = useCallback(() => {
    released.current = true;
  }, []);
  return { release };
}

/** For forms in a dialog: closing it with unsaved input asks first. */
export function useConfirmDiscard() {
  const { modal } = App.useApp();
  const t = useMessages(commonMessages);
  return (dirty: boolean, discard: () => void) => {
    if (!dirty) {
      discard();
      return;
    }
    modal.confirm({
      title: t('unsavedTitle'),
      content: t('unsavedBody'),
      okText: t('leave'),
      cancelText: t('stay'),
      okButtonProps: { danger: true },
      onOk: discard,
    });
  };
}
