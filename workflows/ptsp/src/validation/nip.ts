import { witaDate, witaYearMonth } from '../time/wita';
import { problem, type ValidationProblem } from './problem';

/**
 * The NIP (Nomor Induk Pegawai) of a civil servant: 18 digits that are
 * birth date (yyyymmdd) + civil-service start (yyyymm) + sex (1 male, 2 female) + sequence (3 digits).
 */
export type NipParts = {
  birthDate: string;
  serviceStart: string;
  sex: 'male' | 'female';
  sequence: string;
};

/** The youngest age at which one can enter the civil service; a start earlier than this is a typo. */
const MINIMUM_ENTRY_AGE = 18;
const EARLIEST_BIRTH_YEAR = 1900;

/** Strips the spaces and dots people type NIPs with ("19850312 201003 1 001"). */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.]/g, '');
}

/** The NIP as it is printed on letters: "19850312 201003 1 001". */
export function formatNip(nip: string): string {
  const n = normalizeNip(nip);
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * What is wrong with a NIP, or nothing. `today` (an instant; its WITA date counts) bounds the
 * dates: a case's guard passes the command's time, so a replay years later decides the same way.
 */
export function validateNip(nip: string, options: { today: string | Date }): ValidationProblem[] {
  if (!/^\d{18}$/.test(nip)) {
    return [problem('nip.format', 'NIP harus terdiri dari 18 angka', 'A NIP is exactly 18 digits')];
  }
  const problems: ValidationProblem[] = [];
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const startYear = Number(nip.slice(8, 12));
  const startMonth = Number(nip.slice(12, 14));
  const today = witaDate(options.today);
  const birthIso = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;

  if (!isRealDate(birthYear, birthMonth, birthDay) || birthYear < EARLIEST_BIRTH_YEAR) {
    problems.push(problem('nip.birth_date', `Tanggal lahir ${nip.slice(0, 8)} pada NIP bukan tanggal yang benar`, `Birth date ${nip.slice(0, 8)} in the NIP is not a real date`));
  } else if (birthIso > today) {
    problems.push(problem('nip.birth_date_future', 'Tanggal lahir pada NIP ada di masa depan', 'The birth date in the NIP is in the future'));
  }

  if (startMonth < 1 || startMonth > 12) {
    problems.push(problem('nip.start_month', `Bulan TMT CPNS ${nip.slice(12, 14)} pada NIP tidak ada`, `Civil-service start month ${nip.slice(12, 14)} in the NIP does not exist`));
  } else if (startYear < birthYear + MINIMUM_ENTRY_AGE) {
    problems.push(problem('nip.start_too_early', `TMT CPNS ${startYear} lebih awal dari usia ${MINIMUM_ENTRY_AGE} tahun`, `Civil-service start ${startYear} is before the age of ${MINIMUM_ENTRY_AGE}`));
  } else if (startYear * 100 + startMonth > witaYearMonth(options.today)) {
    problems.push(problem('nip.start_future', 'TMT CPNS pada NIP ada di masa depan', 'The civil-service start in the NIP is in the future'));
  }

  const sex = nip.charAt(14);
  if (sex !== '1' && sex !== '2') {
    problems.push(problem('nip.sex', `Kode jenis kelamin ${sex} pada NIP harus 1 atau 2`, `Sex digit ${sex} in the NIP must be 1 or 2`));
  }
  if (nip.slice(15) === '000') {
    problems.push(problem('nip.sequence', 'Nomor urut pada NIP tidak boleh 000', 'The sequence number in the NIP cannot be 000'));
  }
  return problems;
}

/** The parts of a NIP that has no problems, or undefined. */
export function parseNip(nip: string, options: { today: string | Date }): NipParts | undefined {
  if (validateNip(nip, options).length > 0) return undefined;
  return {
    birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    serviceStart: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    sex: nip.charAt(14) === '1' ? 'male' : 'female',
    sequence: nip.slice(15),
  };
}
