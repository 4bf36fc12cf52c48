import type { Api } from '../shared/ipc/api';

declare global {
  interface Window {
    /** The typed bridge to main, built from the IPC contract. */
    readonly api: Api;
  }
}
