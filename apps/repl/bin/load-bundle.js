// Runs a CommonJS bundle (the shell's, the I/O worker's) through vm.Script with a V8 code cache kept in
// $XDG_CACHE_HOME/exosh (mode 0600): the second start skips parsing and compiling what the first one ran.
// EXOSH_NO_COMPILE_CACHE=1 turns it off.
'use strict';
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

function cacheFileFor(bundle, name) {
  if (process.env.EXOSH_NO_COMPILE_CACHE === '1') return undefined;
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const { size, mtimeMs } = statSync(bundle);
  // V8 checks only the source length: the name carries what identifies this exact build and Node.
  const key = `${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}`;
  return { dir: path.join(base, 'exosh'), prefix: `${name}-`, name: `${name}-${key}.v8` };
}

function readCache(cache) {
  if (!cache) return undefined;
  try {
    return readFileSync(path.join(cache.dir, cache.name));
  } catch {
    return undefined;
  }
}

function writeCache(cache, data) {
  try {
    mkdirSync(cache.dir, { recursive: true, mode: 0o700 });
    for (const old of readdirSync(cache.dir))
      if (old.startsWith(cache.prefix) && old.endsWith('.v8') && old !== cache.name)
        rmSync(path.join(cache.dir, old), { force: true });
    const file = path.join(cache.dir, cache.name);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // A read-only or missing cache directory only costs start-up time.
  }
}

/**
 * Loads `bundle` (its cache is named after `name`); `saveCompileCache` stores the code V8 compiled so far, when
 * the bundle had no cache or V8 rejected it.
 */
function loadBundle(bundle, name) {
  const cache = cacheFileFor(bundle, name);
  const cachedData = readCache(cache);
  // ASCII by construction (scripts/bundle.mjs checks it): latin1 skips UTF-8 decoding.
  const source = readFileSync(bundle, 'latin1');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return {
    exports: module.exports,
    saveCompileCache: () => {
      if (cache && (!cachedData || script.cachedDataRejected)) writeCache(cache, script.createCachedData());
    },
  };
}

module.exports = { loadBundle };
