// Maps a module URL to the file Node can run in a worker: sources under src/*.ts run from their built dist/*.js.
/**
 * Worker threads run plain Node without the test runner's TypeScript transform, so code that lives in
 * `src/x.ts` (as under vitest) is loaded from `dist/x.js`, which `pnpm build` produces.
 */
export function runnableUrl(url: string): string {
  if (!url.endsWith('.ts')) return url;
  const i = url.lastIndexOf('/src/');
  if (i < 0) return url;
  return `${url.slice(0, i)}/dist/${url.slice(i + 5, -3)}.js`;
}
