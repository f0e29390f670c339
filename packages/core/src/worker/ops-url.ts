// Where the I/O worker finds core's operations: the ops module next to this file (the bridge runs built code).
export const workerOpsUrl = import.meta.url.replace(/ops-url\.(ts|js)$/, 'ops.$1');
