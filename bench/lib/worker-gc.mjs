// A bridge operation for benchmarks: a full garbage collection inside the runtime's I/O worker (needs --expose-gc).
export function collect() {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, gc: typeof globalThis.gc === 'function' };
}
