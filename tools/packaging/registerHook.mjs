// Registers resolveHook.mjs with the stand-in and layout named in the environment (see bootPackaged.ts).
import { register } from 'node:module';
import process from 'node:process';
import { URL } from 'node:url';

register(new URL('./resolveHook.mjs', import.meta.url), {
  data: {
    standInUrl: process.env.UPWARD_BOOT_STAND_IN_URL,
    layoutRoot: process.env.UPWARD_BOOT_LAYOUT,
  },
});
