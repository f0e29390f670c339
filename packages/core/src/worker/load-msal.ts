// Loads @azure/msal-node. Its CommonJS entry is one prebuilt file (its ES build is ~100 files, 35 ms more to load);
// the shell's I/O worker bundle replaces this module with a plain require, so msal-node is bundled there.
import { createRequire } from 'node:module';
import type * as MsalModule from '@azure/msal-node';

export const loadMsal = (): typeof MsalModule =>
  createRequire(import.meta.url)('@azure/msal-node') as typeof MsalModule;
