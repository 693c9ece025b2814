import type { Text } from '@satupintu/ptsp';
import { indonesianDateTime, type StaffNotification } from '@satupintu/read-models';

const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;

function englishDateTime(iso: string): string {
  const wita = new Date(Date.parse(iso) + WITA_OFFSET_MS);
  const month = wita.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const time = `${String(wita.getUTCHours()).padStart(2, '0')}:${String(wita.getUTCMinutes()).padStart(2, '0')}`;
  return `${wita.getUTCDate()} ${month} ${wita.getUTCFullYear()}, ${time} WITA`;
}

/** What a reminder says to whom it is addressed: the official, or their supervisor. */
export function reminderText(notification: StaffNotification): Text {
  const file = `${notification.agendaNumber ?? notification.caseId} (${notification.serviceCode})`;
  const act =
    notification.state === 'signature'
      ? { id: 'tanda tangan', en: 'signature' }
      : { id: 'paraf', en: 'initials' };
  const since = {
    id: indonesianDateTime(notification.waitingSince),
    en: englishDateTime(notification.waitingSince),
  };
  return notification.level === 'official'
    ? {
        id: `Berkas ${file} menunggu ${act.id} Anda sejak ${since.id}.`,
        en: `File ${file} has been waiting for your ${act.en} since ${since.en}.`,
      }
    : {
        id: `Berkas ${file} menunggu ${act.id} ${notification.post} sejak ${since.id}.`,
        en: `File ${file} has been waiting for the ${act.en} of ${notification.post} since ${since.en}.`,
      };
}
