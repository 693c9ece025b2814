import { berkas, DAY_MS, WITA_OFFSET_HOURS } from '@satupintu/ptsp';

/** What the applicant is told about, by SMS. */
export type ApplicantMessageKind = 'returned' | 'ready' | 'expired';

/** What a message needs to know about the file. */
export interface MessageFacts {
  serviceName: string;
  trackingCode: string | null;
}

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const WITA_OFFSET_MS = WITA_OFFSET_HOURS * 60 * 60 * 1000;

/** "1 April 2026 pukul 10.00 WITA": how an Indonesian notice writes a moment. */
export function indonesianDateTime(iso: string): string {
  const wita = new Date(Date.parse(iso) + WITA_OFFSET_MS);
  const time = `${String(wita.getUTCHours()).padStart(2, '0')}.${String(wita.getUTCMinutes()).padStart(2, '0')}`;
  return `${wita.getUTCDate()} ${MONTHS[wita.getUTCMonth()]} ${wita.getUTCFullYear()} pukul ${time} WITA`;
}

const fileOf = (facts: MessageFacts) =>
  `Berkas ${facts.serviceName} Anda${facts.trackingCode ? ` (kode ${facts.trackingCode})` : ''}`;

/**
 * The returned file's notice: exactly the missing documents by their checklist names, numbered,
 * and the last moment to bring them (30 calendar days after the return).
 */
export function returnedMessage(
  facts: MessageFacts,
  missingDocuments: readonly string[],
  returnedAt: string,
): string {
  const deadline = new Date(
    Date.parse(returnedAt) + berkas.RETURN_PERIOD_DAYS * DAY_MS,
  ).toISOString();
  const list = missingDocuments.map((name, i) => `${i + 1}) ${name}`).join('; ');
  return (
    `SatuPintu BKD: ${fileOf(facts)} belum lengkap dan dikembalikan. Dokumen yang kurang: ${list}. ` +
    `Serahkan kelengkapannya di loket PTSP paling lambat ${indonesianDateTime(deadline)}; setelah itu berkas ditutup.`
  );
}

export function readyMessage(facts: MessageFacts): string {
  return (
    `SatuPintu BKD: ${fileOf(facts)} sudah selesai dan dapat diambil di loket PTSP pada jam kerja. ` +
    'Bawa tanda terima berkas; bila diwakilkan, bawa surat kuasa dan KTP penerima.'
  );
}

export function expiredMessage(facts: MessageFacts): string {
  return (
    `SatuPintu BKD: ${fileOf(facts)} ditutup karena kelengkapannya tidak diserahkan dalam ${berkas.RETURN_PERIOD_DAYS} hari. ` +
    'Silakan ajukan berkas baru di loket PTSP.'
  );
}
