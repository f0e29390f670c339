// Test project "core": runs tests/**/*.test.ts from the sources; sign-ins cache tokens and module metadata in
// throwaway folders.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@exosh/source'] },
  ssr: { resolve: { conditions: ['@exosh/source'] } },
  test: {
    name: 'core',
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    env: {
      EXOSH_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'exosh-core-cache-')),
      XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'exosh-core-xdg-cache-')),
    },
  },
});
