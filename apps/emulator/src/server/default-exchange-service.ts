// The Exchange service the emulator uses when the caller passes none: the real logic in src/exchange.
import { exchangeServiceFactory } from '../exchange/index.js';
import type { ExchangeServiceFactory } from './exchange-service.js';

export const defaultExchangeService: ExchangeServiceFactory = exchangeServiceFactory;
