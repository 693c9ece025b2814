import { SYSTEM_ACTOR, type Actor, type Principal } from '@satupintu/engine';
import type { JsonObject } from '@satupintu/event-store';
import { SUBDIVISIONS, type LetterService } from '@satupintu/ptsp';
import type { DemoActors } from './demo-actors';
import { OFFICE_DAY_MINUTES } from './office-time';
import { randomPerson, type Person } from './people';
import type { CasePlan, PlannedCommand } from './planned-command';
import type { Random } from './random';

/** A step of a file's story, in the words of the desk. */
export type BerkasMove =
  | 'receive'
  | 'receive_incomplete'
  | 'return'
  | 'resubmit'
  | 'expire'
  | 'verify'
  | 'dispose'
  | 'dispose_elsewhere'
  | 'redispose'
  | 'draft'
  | 'initial'
  | 'initial_by_deputy'
  | 'initial_rest'
  | 'send_back'
  | 'sign'
  | 'number'
  | 'hand_over'
  | 'hand_over_to_representative'
  | 'withdraw';

export interface BerkasCase {
  streamId: string;
  service: LetterService;
  catalogueVersion: number;
  applicant: Person;
  trackingCode: string;
  moves: readonly BerkasMove[];
}

/** What the plan keeps track of while it writes the commands, as the machine will see it. */
interface Progress {
  chainIndex: number;
  subdivision: string;
  missing: string[];
}

const days = (n: number) => n * OFFICE_DAY_MINUTES;
/** The returned file is closed after 30 calendar days; 24 working days always span more. */
const RETURN_PERIOD_OFFICE_MINUTES = days(24);

const principal = ({ id, name, roles, position, unit }: Actor): Principal => ({
  id,
  roles,
  ...(name !== undefined ? { name } : {}),
  ...(position !== undefined ? { position } : {}),
  ...(unit !== undefined ? { unit } : {}),
});

/** The commands that take one file through its moves, with who sends each and when. */
export function planBerkas(file: BerkasCase, actors: DemoActors, random: Random): CasePlan {
  const { service } = file;
  const required = service.documents.filter((d) => d.required).map((d) => d.code);
  const progress: Progress = { chainIndex: 0, subdivision: service.subdivision, missing: [] };
  const command = (type: string, actor: Actor, after: number, payload: JsonObject = {}): PlannedCommand => ({
    type,
    payload,
    actor,
    after,
  });
  const official = () => actors('initialer', { position: service.initialsChain[progress.chainIndex] });

  const commandsOf = (move: BerkasMove): PlannedCommand[] => {
    switch (move) {
      case 'receive':
      case 'receive_incomplete': {
        progress.missing = move === 'receive_incomplete' ? required.slice(0, random.int(1, Math.min(2, required.length))) : [];
        const submitted = required.filter((code) => !progress.missing.includes(code));
        return [command('receive', actors('front_office'), 0, receivePayload(file, submitted))];
      }
      case 'return':
        return [command('return_incomplete', actors('verifier'), random.int(20, 90), { missingDocuments: progress.missing })];
      case 'resubmit':
        return [command('resubmit', actors('front_office'), days(random.int(2, 6)), { submittedDocuments: required })];
      case 'expire':
        return [command('expire', SYSTEM_ACTOR, RETURN_PERIOD_OFFICE_MINUTES)];
      case 'verify':
        return [command('verify_complete', actors('verifier'), random.int(20, 120))];
      case 'dispose':
        return [command('dispose', actors('dispatcher'), random.int(60, 240), { subdivision: service.subdivision })];
      case 'dispose_elsewhere': {
        progress.subdivision = random.pick(SUBDIVISIONS.filter((u) => u.code !== service.subdivision)).code;
        return [command('dispose', actors('dispatcher'), random.int(60, 240), { subdivision: progress.subdivision })];
      }
      case 'redispose':
        progress.subdivision = service.subdivision;
        return [
          command('redispose', actors('dispatcher'), random.int(120, 480), {
            subdivision: service.subdivision,
            reason: 'Salah disposisi: layanan ini ditangani sub bidang lain',
          }),
        ];
      case 'draft':
        progress.chainIndex = 0;
        return [
          command('submit_draft', actors('processor', { unit: progress.subdivision }), days(random.int(1, 3)), {
            summary: `Konsep surat ${service.name.id} a.n. ${file.applicant.name}`,
          }),
        ];
      case 'initial': {
        const by = official();
        progress.chainIndex += 1;
        return [command('initial', by, random.int(60, 480))];
      }
      case 'initial_by_deputy': {
        // The official is away: a Plh from the sub-division initials on their behalf.
        const deputy = { ...actors('processor', { unit: service.subdivision }), actingFor: [principal(official())] };
        progress.chainIndex += 1;
        return [command('initial', deputy, random.int(60, 480))];
      }
      case 'initial_rest':
        return service.initialsChain.slice(progress.chainIndex).flatMap(() => commandsOf('initial'));
      case 'send_back':
        return [
          command('send_back', official(), random.int(120, 480), {
            reason: 'Dasar hukum pada konsiderans perlu diperbarui',
          }),
        ];
      case 'sign':
        return [command('sign', actors('signer', { position: service.signer }), days(random.int(1, 2)))];
      case 'number':
        return [command('assign_number', actors('numberer'), random.int(30, 120))];
      case 'hand_over':
        return [
          command('hand_over', actors('duty_officer'), days(random.int(1, 3)), {
            recipientName: file.applicant.name,
            relation: 'self',
          }),
        ];
      case 'hand_over_to_representative': {
        const representative = randomPerson(random, 2020);
        return [
          command('hand_over', actors('duty_officer'), days(random.int(1, 3)), {
            recipientName: representative.name,
            relation: 'representative',
            // A KTP number (NIK) of Banjarmasin: region 6371, then birth date and sequence.
            recipientIdNumber: `6371${representative.nip.slice(6, 8)}${representative.nip.slice(4, 6)}${representative.nip.slice(2, 4)}${String(random.int(1, 9999)).padStart(4, '0')}`,
          }),
        ];
      }
      case 'withdraw':
        return [
          command('withdraw', actors('front_office'), days(random.int(1, 3)), {
            reason: 'Pemohon membatalkan permohonan',
          }),
        ];
    }
  };

  return { streamId: file.streamId, commands: file.moves.flatMap(commandsOf) };
}

function receivePayload(file: BerkasCase, submitted: string[]): JsonObject {
  return JSON.parse(
    JSON.stringify({
      serviceCode: file.service.code,
      catalogueVersion: file.catalogueVersion,
      service: file.service,
      applicant: { nip: file.applicant.nip, name: file.applicant.name, phone: file.applicant.phone },
      submittedDocuments: submitted,
      trackingCode: file.trackingCode,
    }),
  ) as JsonObject;
}
