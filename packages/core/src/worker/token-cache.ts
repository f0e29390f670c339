// The MSAL token cache on disk: one JSON file, mode 0600 in a 0700 folder, written atomically under a lock file.
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';

export function defaultCacheFile(): string {
  return path.join(
    process.env['EXOSH_CACHE_DIR'] || path.join(os.homedir(), '.exosh'),
    'msal-token-cache.json',
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A lock file created with O_EXCL; a lock older than 30 s is a crashed writer's and is taken over. */
async function withLock<T>(file: string, run: () => T): Promise<T> {
  const lock = `${file}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      closeSync(openSync(lock, 'wx', 0o600));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 30_000) rmSync(lock, { force: true });
      } catch {
        // it went away by itself
      }
      if (attempt > 200)
        throw new Error(`The token cache is locked by another process (${lock}).`, { cause: err });
      await sleep(25);
    }
  }
  try {
    return run();
  } finally {
    rmSync(lock, { force: true });
  }
}

export interface FileCachePlugin extends ICachePlugin {
  /** Set when the file could not be read as a cache: the sign-in starts fresh and the shell warns. */
  readonly problem: string | undefined;
}

export function fileCachePlugin(file = defaultCacheFile()): FileCachePlugin {
  let problem: string | undefined;
  return {
    get problem() {
      return problem;
    },
    async beforeCacheAccess(context: TokenCacheContext) {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      await withLock(file, () => {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          return;
        }
        try {
          JSON.parse(text);
          context.tokenCache.deserialize(text);
        } catch {
          problem = `The token cache ${file} is damaged; it was ignored and will be rewritten.`;
        }
      });
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (!context.cacheHasChanged) return;
      await withLock(file, () => {
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, context.tokenCache.serialize(), { mode: 0o600 });
        renameSync(tmp, file);
      });
    },
  };
}
