// ConnectionRegistry: the connections of one runspace, with an Id counter that is never reused.
import type { Connection } from './connection.js';

export class ConnectionRegistry {
  private readonly connections: Connection[] = [];
  private lastId = 0;

  nextId(): number {
    return ++this.lastId;
  }

  add(connection: Connection): void {
    this.connections.push(connection);
  }

  remove(connection: Connection): void {
    const i = this.connections.indexOf(connection);
    if (i >= 0) this.connections.splice(i, 1);
  }

  all(): readonly Connection[] {
    return [...this.connections].sort((a, b) => a.id - b.id);
  }

  /** The connection the module's own cmdlets (Get-EXO*) use: the most recent Exchange Online one. */
  latestExchange(): Connection | undefined {
    return [...this.connections].reverse().find((c) => !c.isEopSession);
  }

  byConnectionId(ids: readonly string[]): Connection[] {
    const wanted = new Set(ids.map((i) => i.toLowerCase()));
    return this.all().filter((c) => wanted.has(c.connectionId.toLowerCase()));
  }

  byModulePrefix(prefixes: readonly string[]): Connection[] {
    const wanted = new Set(prefixes.map((p) => p.toLowerCase()));
    return this.all().filter((c) => c.modulePrefix !== '' && wanted.has(c.modulePrefix.toLowerCase()));
  }
}
