// Where the I/O worker finds core's operations: the ops module next to this file, or through the package exports.
import { siblingModuleUrl } from '@exosh/runtime';

export const workerOpsUrl = siblingModuleUrl(import.meta.url, 'ops-url', 'ops', '@exosh/core/worker-ops');
