import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { listChannels } from '../shared/ipc/contract';
import type { Dispatch } from './core/ipc/dispatch';

/** Decides whether an IPC message comes from the app's own window and page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Binds every channel of the contract to the core dispatcher, in this one place:
 * the sender is checked first, then the dispatcher parses the input and maps errors.
 */
export function bindContract(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  isTrusted: SenderCheck,
): () => void {
  const names = listChannels().map((c) => c.name);
  for (const name of names) {
    ipcMain.handle(name, async (event, payload: unknown) => {
      if (!isTrusted(event)) {
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'This request did not come from Upward’s own window.',
          },
        };
      }
      return dispatch(name, payload);
    });
  }
  return () => names.forEach((n) => ipcMain.removeHandler(n));
}
