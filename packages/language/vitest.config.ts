// Test project "language": runs tests/**/*.test.ts from the sources.
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@exosh/source'] },
  ssr: { resolve: { conditions: ['@exosh/source'] } },
  test: { name: 'language', include: ['tests/**/*.test.ts'] },
});
