import { useCallback } from 'react';
import { api } from '../lib/api';
import { useToast } from './Toast';

/**
 * Announces a saved export: where it went, with "Show in folder" (the system file manager)
 * and "Open" (the file's usual app).
 */
export function useSavedFileToast(): (path: string, message?: string) => void {
  const toast = useToast();
  return useCallback(
    (path: string, message = `Saved to ${path}`) => {
      const fail = (): void =>
        toast('The file could not be shown. It may have been moved.', 'error');
      toast(message, 'info', [
        {
          label: 'Show in folder',
          run: async () => {
            const { done } = await api.app.showInFolder({ path }).catch(() => ({ done: false }));
            if (!done) fail();
          },
        },
        {
          label: 'Open',
          run: async () => {
            const { done } = await api.app.openFile({ path }).catch(() => ({ done: false }));
            if (!done) fail();
          },
        },
      ]);
    },
    [toast],
  );
}
