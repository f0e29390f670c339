import { describe, expect, it } from 'vitest';
import { exchangeEnvironments, scopeFor } from '../src/index.js';

describe('Exchange environments', () => {
  it('derives the token scope from the REST host', () => {
    expect(scopeFor(exchangeEnvironments.O365Default.connectionUri)).toBe(
      'https://outlook.office365.com/.default',
    );
    expect(scopeFor('https://nam12b.ps.compliance.protection.outlook.com/adminapi')).toBe(
      'https://nam12b.ps.compliance.protection.outlook.com/.default',
    );
  });

  it('lists the five clouds of -ExchangeEnvironmentName', () => {
    expect(Object.keys(exchangeEnvironments)).toHaveLength(5);
    for (const env of Object.values(exchangeEnvironments)) {
      expect(new URL(env.connectionUri).protocol).toBe('https:');
    }
  });
});
