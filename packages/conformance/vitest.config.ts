// Test project "conformance": runs tests/**/*.test.ts from the sources.
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@exosh/source'] },
  ssr: { resolve: { conditions: ['@exosh/source'] } },
  test: { name: 'conformance', include: ['tests/**/*.test.ts'] },
});
