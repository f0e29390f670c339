// Test project "workspace": checks that span the repository (README quick start vs .ci/run, package layout).
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'workspace', include: ['*.test.ts'] },
});
