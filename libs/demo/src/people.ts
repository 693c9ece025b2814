import type { Random } from './random';

const GIVEN_MALE = ['Ahmad', 'Muhammad', 'Rizky', 'Budi', 'Agus', 'Hendra', 'Fajar', 'Dedi', 'Yusuf', 'Arif', 'Irwan', 'Syahrul', 'Gusti', 'Fahmi', 'Hairil'];
const GIVEN_FEMALE = ['Siti', 'Nur', 'Dewi', 'Rina', 'Fitri', 'Aisyah', 'Rahmawati', 'Lina', 'Maya', 'Wulan', 'Noor', 'Halimah', 'Rusmini', 'Yuliana', 'Ratna'];
// Banjar, Javanese and Bugis family names and second names, as one meets them in South Kalimantan.
const SECOND = ['Saputra', 'Rahman', 'Hidayat', 'Wahyudi', 'Fauzan', 'Anshari', 'Kurniawan', 'Setiawan', 'Hasanah', 'Lestari', 'Sari', 'Handayani', 'Rahmah', 'Maulida', 'Fitriani', 'Baderun', 'Aidil', 'Norhayati'];

export type Sex = 'male' | 'female';

export interface Person {
  name: string;
  nip: string;
  phone: string;
  sex: Sex;
}

/**
 * A civil servant with a structurally valid NIP (birth date, civil-service start at 22–32, sex
 * digit, sequence) and an Indonesian mobile number, drawn from `random`.
 */
export function randomPerson(random: Random, latestStartYear: number): Person {
  const sex: Sex = random.next() < 0.5 ? 'male' : 'female';
  const given = random.pick(sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
  const name = `${given} ${random.pick(SECOND)}`;
  const startYear = random.int(latestStartYear - 30, latestStartYear - 1);
  const birthYear = startYear - random.int(22, 32);
  const nip = [
    String(birthYear),
    pad(random.int(1, 12), 2),
    pad(random.int(1, 28), 2),
    String(startYear),
    pad(random.int(1, 12), 2),
    sex === 'male' ? '1' : '2',
    pad(random.int(1, 999), 3),
  ].join('');
  const operator = random.pick(['811', '812', '813', '821', '822', '852', '853', '857', '877', '895']);
  const phone = `0${operator}${pad(random.int(0, 9999), 4)}${pad(random.int(0, 9999), 4)}`;
  return { name, nip, phone, sex };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
