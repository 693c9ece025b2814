import { api } from '../api/client';
import { request } from '../api/problem';
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type CatalogueHistory = Schemas['CatalogueHistoryDto'];
export type CatalogueVersion = Schemas['CatalogueVersionDto'];
export type ServiceChange = Schemas['ServiceChangeDto'];
export type PutServiceForm = Schemas['PutServiceDto'];
export type DocumentInput = Schemas['DocumentInputDto'];

/** The catalogue page's requests: read by any staff, history by admins (and auditors), changes by admins. */
export const catalogueApi = {
  /** The latest version's letter services, fresh (not the desk's cached copy). */
  services: () => request(() => api.GET('/api/services')),
  history: () => request(() => api.GET('/api/services/versions')),
  put: (code: string, body: PutServiceForm) =>
    request(() => api.PUT('/api/services/{code}', { params: { path: { code } }, body })),
  retire: (code: string, expectedVersion: number, reason: string) =>
    request(() =>
      api.POST('/api/services/{code}/retire', {
        params: { path: { code } },
        body: { expectedVersion, reason },
      }),
    ),
};
