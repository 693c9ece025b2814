import createClient, { type Middleware } from 'openapi-fetch';
import { shownLanguage } from '../i18n/i18n';
import type { paths } from './schema';
import { session } from './session';

/** Sends the login token, and ends the session when the server no longer accepts it. */
const authentication: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token !== null) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/login'))
      session.set(null);
    return response;
  },
};

/**
 * Asks for the API's error messages in the language the UI shows now (they are put inside the
 * UI's own words, e.g. "Ditolak: …"), so an Indonesian screen never shows an English reason.
 */
const language: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', shownLanguage());
    return request;
  },
};

/** The typed API client: paths, parameters and answers are those of the OpenAPI document. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });
api.use(authentication, language);
