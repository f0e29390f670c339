// Test project "repl": runs tests/**/*.test.ts from the sources.
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@exosh/source'] },
  ssr: { resolve: { conditions: ['@exosh/source'] } },
  test: { name: 'repl', include: ['tests/**/*.test.ts'], testTimeout: 60_000 },
});
