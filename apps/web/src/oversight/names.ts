import { SUBDIVISIONS } from '@satupintu/ptsp/organisation';
import { useTranslation } from 'react-i18next';
import { loadServices } from '../api/catalogue';
import type { Service } from '../api/types';
import { useText } from '../i18n/use-language';
import { useResource } from '../ui/use-resource';

/** The consultation is the one service outside GET /api/services (the letter services). */
const CONSULTATION = 'KONSULTASI';

export interface Names {
  services: Service[];
  service(code: string): string;
  subdivision(code: string | null | undefined): string;
}

/** Service and sub-division names for figures that carry only their codes. */
export function useNames(): Names {
  const { t } = useTranslation();
  const text = useText();
  const services = useResource(loadServices, 'services');
  return {
    services: services.data ?? [],
    service: (code) => {
      const found = services.data?.find((service) => service.code === code);
      if (found !== undefined) return text(found.name);
      return code === CONSULTATION ? t('oversight.consultation') : code;
    },
    subdivision: (code) => {
      if (code === null || code === undefined) return t('oversight.notRouted');
      const unit = SUBDIVISIONS.find((u) => u.code === code);
      return unit !== undefined ? text(unit.name) : code;
    },
  };
}
