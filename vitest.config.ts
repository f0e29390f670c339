// Root test configuration: every package is a vitest project; one run reports totals for all of them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'tests'],
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
  },
});
