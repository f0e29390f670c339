// Registers the Entra ID and managed-identity routes on the router.
import { htmlResponse } from '../server/http.js';
import type { Router } from '../server/router.js';
import { authorizeEndpoint } from './authorize-endpoint.js';
import type { EntraContext } from './context.js';
import { deviceLoginPage } from './device-login.js';
import { deviceCodeEndpoint } from './devicecode-endpoint.js';
import { instanceDiscovery, jwks, openIdConfiguration } from './discovery.js';
import { page } from './html.js';
import { managedIdentityEndpoint } from './managed-identity.js';
import { tokenEndpoint } from './token-endpoint.js';

const T = '(?<tenant>[^/]+)';

export function addEntraRoutes(router: Router, ctx: EntraContext, identityHeader: string): void {
  router
    .add({
      name: 'entra.instance-discovery',
      family: 'entra',
      methods: ['GET'],
      pattern: /^\/common\/discovery\/instance$/i,
      handler: () => instanceDiscovery(ctx),
    })
    .add({
      name: 'entra.openid-configuration',
      family: 'entra',
      methods: ['GET'],
      pattern: new RegExp(`^/${T}(?:/v2\\.0)?/\\.well-known/openid-configuration$`, 'i'),
      handler: (req, p) => openIdConfiguration(ctx, req, p),
    })
    .add({
      name: 'entra.jwks',
      family: 'entra',
      methods: ['GET'],
      pattern: new RegExp(`^/${T}/discovery/(?:v2\\.0/)?keys$`, 'i'),
      handler: (req, p) => jwks(ctx, req, p),
    })
    .add({
      name: 'entra.devicecode',
      family: 'entra',
      methods: ['POST'],
      pattern: new RegExp(`^/${T}/oauth2/v2\\.0/devicecode$`, 'i'),
      handler: (req, p) => deviceCodeEndpoint(ctx, req, p),
    })
    .add({
      name: 'entra.token',
      family: 'entra',
      methods: ['POST'],
      pattern: new RegExp(`^/${T}/oauth2/v2\\.0/token$`, 'i'),
      handler: (req, p) => tokenEndpoint(ctx, req, p),
    })
    .add({
      name: 'entra.authorize',
      family: 'entra',
      methods: ['GET'],
      pattern: new RegExp(`^/${T}/oauth2/v2\\.0/authorize$`, 'i'),
      handler: (req, p) => authorizeEndpoint(ctx, req, p),
    })
    .add({
      name: 'entra.logout',
      family: 'entra',
      methods: ['GET', 'POST'],
      pattern: new RegExp(`^/${T}/oauth2/v2\\.0/logout$`, 'i'),
      handler: () => htmlResponse(200, page('Signed out', '<h1>You signed out of your account.</h1>')),
    })
    .add({
      name: 'entra.devicelogin',
      family: 'entra',
      methods: ['GET', 'POST'],
      pattern: /^\/devicelogin$/i,
      handler: (req) => deviceLoginPage(ctx, req),
    })
    .add({
      name: 'identity.imds',
      family: 'entra',
      methods: ['GET'],
      pattern: /^\/metadata\/identity\/oauth2\/token\/?$/i,
      handler: (req) => managedIdentityEndpoint(ctx, req, 'imds', identityHeader),
    })
    .add({
      name: 'identity.app-service',
      family: 'entra',
      methods: ['GET'],
      pattern: /^\/msi\/token\/?$/i,
      handler: (req) => managedIdentityEndpoint(ctx, req, 'app-service', identityHeader),
    });
}
