// The Exchange service the emulator uses when the caller passes none.
import { unavailableExchangeService } from './exchange-routes.js';
import type { ExchangeServiceFactory } from './exchange-service.js';

export const defaultExchangeService: ExchangeServiceFactory = () => unavailableExchangeService();
