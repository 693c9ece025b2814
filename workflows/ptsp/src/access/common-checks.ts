import type { Text } from '../i18n/text';
import { isNonEmptyText, isUnitCode } from '../payload/reading';
import { isTrackingCode } from '../validation/tracking-code';
import type { ContentCheck } from './content-check';

/** Content rules that more than one workflow uses, whatever its context. */
const text = (id: string, en: string): Text => ({ id, en });

export const trackingCodeIsValid: ContentCheck<unknown> = (_context, event) =>
  typeof event.trackingCode === 'string' && isTrackingCode(event.trackingCode)
    ? undefined
    : text('Kode lacak tidak sah', 'The tracking code is not valid');

export const reasonGiven: ContentCheck<unknown> = (_context, event) =>
  isNonEmptyText(event.reason) ? undefined : text('Alasan wajib diisi', 'A reason is required');

export const subdivisionNamed: ContentCheck<unknown> = (_context, event) =>
  isUnitCode(event.subdivision)
    ? undefined
    : text('Sub bidang tujuan wajib dipilih', 'Choose the sub-division to send the case to');
