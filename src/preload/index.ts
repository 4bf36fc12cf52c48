import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/ipc/api';
import { contract } from '../shared/ipc/contract';

// The page gets one frozen object with a function per channel, nothing else: no ipcRenderer.
const api = buildApi(
  contract,
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    const wrapped = (_e: unknown, payload: unknown): void => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
