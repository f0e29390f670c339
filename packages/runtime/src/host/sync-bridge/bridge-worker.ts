// The I/O worker's entry when the shell runs unbundled: serves the bridge, loading each operation's module by URL.
import { workerData } from 'node:worker_threads';
import { serveBridge, type BridgeEnds } from './bridge-server.js';

serveBridge(workerData as BridgeEnds);
