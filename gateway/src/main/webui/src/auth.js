import Keycloak from 'keycloak-js';
import { signal } from '@preact/signals';
import { languageTag } from './i18n.js';

/**
 * Sign-in with Keycloak: authorization code with PKCE (S256) through the public client the gateway names in
 * /console-config.json. Tokens live in memory only; a page load asks Keycloak silently whether a session exists.
 */
let keycloak;
export const user = signal(null);

export async function startSession() {
  const config = await fetch('/console-config.json').then((r) => r.json());
  keycloak = new Keycloak({ url: config.authServerUrl, realm: config.realm, clientId: config.clientId });
  keycloak.onTokenExpired = () => keycloak.updateToken(30).catch(() => (user.value = null));
  keycloak.onAuthRefreshSuccess = () => (user.value = identityOf(keycloak.tokenParsed));
  const signedIn = await keycloak.init({
    onLoad: 'check-sso', pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'query',
  });
  user.value = signedIn ? identityOf(keycloak.tokenParsed) : null;
}

/** Who is signed in, as the token says: name, roles and the objects the platform linked the account to. */
function identityOf(claims) {
  const roles = claims.realm_access?.roles ?? [];
  const has = (r) => roles.includes(r);
  return {
    subject: claims.sub,
    name: claims.name || claims.preferred_username,
    username: claims.preferred_username,
    email: claims.email,
    kind: has('admin') ? 'admin' : has('officer') ? 'officer' : has('employer') ? 'employer'
      : has('worker') ? 'worker' : has('provider') ? 'provider' : 'person',
    region: claims.region,
    employerId: claims.employer_id,
    workerId: claims.worker_id,
    providerId: claims.provider_id,
  };
}

export const signIn = () => keycloak.login({ locale: languageTag(), redirectUri: window.location.href });
export const signUp = () => keycloak.register({ locale: languageTag(), redirectUri: window.location.origin + '/' });
export const signOut = () => keycloak.logout({ redirectUri: window.location.origin + '/' });

/** A fresh access token (refreshed when it has less than 30 s left); null when the session has ended. */
export async function accessToken() {
  try {
    await keycloak.updateToken(30);
    return keycloak.token;
  } catch {
    user.value = null;
    return null;
  }
}

/** After the platform linked this account to something (an employer, a labour file): read the new claims. */
export async function refreshIdentity() {
  await keycloak.updateToken(-1);
  user.value = identityOf(keycloak.tokenParsed);
}
