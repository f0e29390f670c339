// The ExchangeOnlineManagement version exosh speaks for (sent as X-ClientModuleVersion and in EXOModuleFile).
export const moduleVersion = '3.9.0';
