// Shared Get/New/Set/Remove logic for configuration objects whose identity is their name (connectors, rules, domains…).
import { randomUUID } from 'node:crypto';
import { ExchangeError } from '../errors/exchange-error.js';
import { warningText } from '../errors/messages.js';
import { configObject } from '../seed/contoso-config.js';
import type { ObjectKind } from '../store/tenant-store.js';
import type { ExchangeObject, JsonValue } from '../types.js';
import type { HandlerContext, ResultItem } from './handler.js';
import { resolveOne, selectObjects, type ObjectTest } from './identity.js';

export function* getConfig(
  ctx: HandlerContext,
  kind: ObjectKind,
  accept?: ObjectTest,
): Generator<ResultItem> {
  for (const o of selectObjects(ctx, kind, ctx.params.string('Identity'), accept))
    yield { seq: o.seq, object: o.data };
}

/** Copies the named bound parameters onto the object, multi-valued ones as lists. */
export function applySettings(ctx: HandlerContext, data: ExchangeObject, names: readonly string[]): void {
  for (const name of names) {
    if (!ctx.params.has(name)) continue;
    const edit = ctx.params.multiValued(name);
    data[name] = edit ? [...(edit.replace ?? edit.add ?? [])] : ((ctx.params.raw(name) ?? null) as JsonValue);
  }
}

export function newConfig(
  ctx: HandlerContext,
  kind: ObjectKind,
  defaults: ExchangeObject,
  settings: readonly string[],
): ResultItem[] {
  const name = ctx.params.string('Name') ?? '';
  if (ctx.store.findByKey(ctx.tenantId, kind, name).length > 0)
    throw new ExchangeError('ObjectAlreadyExists', [name, ctx.server], name);
  const guid = randomUUID();
  const data = configObject(name, guid, new Date(ctx.now()).toISOString(), { ...defaults });
  applySettings(ctx, data, settings);
  ctx.store.put(ctx.tenantId, kind, { id: guid, name, keys: [name, guid], data });
  return [{ object: data }];
}

export function setConfig(ctx: HandlerContext, kind: ObjectKind, settings: readonly string[]): [] {
  const identity = ctx.params.string('Identity') ?? '';
  const stored = resolveOne(ctx, kind, identity);
  const data: ExchangeObject = { ...stored.data };
  const before = JSON.stringify(data);
  applySettings(ctx, data, settings);
  if (ctx.params.has('Name')) {
    const name = ctx.params.string('Name') ?? String(data.Name);
    Object.assign(data, { Name: name, Identity: name, Id: name });
  }
  if (JSON.stringify(data) === before) {
    ctx.warn(warningText('NoSettingsModified', identity));
    return [];
  }
  data.WhenChanged = new Date(ctx.now()).toISOString();
  data.WhenChangedUTC = data.WhenChanged;
  ctx.store.put(ctx.tenantId, kind, {
    id: stored.id,
    name: String(data.Name),
    keys: [String(data.Name), stored.id],
    data,
  });
  return [];
}

export function removeConfig(ctx: HandlerContext, kind: ObjectKind): [] {
  const stored = resolveOne(ctx, kind, ctx.params.string('Identity') ?? '');
  ctx.store.delete(ctx.tenantId, kind, stored.id);
  return [];
}
