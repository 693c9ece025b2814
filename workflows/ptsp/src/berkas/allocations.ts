import type { SequenceAllocation } from '@satupintu/engine';
import { witaYear } from '../time/wita';
import type { BerkasContext } from './context';

/**
 * The incoming agenda number, drawn when a file is received: `AG-2026-000123`. The sequence
 * restarts each (WITA) year by naming a new one.
 */
export const agendaNumberAllocation: SequenceAllocation = {
  field: 'agendaNumber',
  sequence: ({ at }) => `agenda-${witaYear(at)}`,
  format: (value, { at }) => `AG-${witaYear(at)}-${String(value).padStart(6, '0')}`,
};

/**
 * The outgoing letter number, drawn only once the letter is signed (the numbering step), so a
 * letter that is never signed takes no number: `800.1.3.2/0457/BKD/2026`.
 */
export const letterNumberAllocation: SequenceAllocation = {
  field: 'letterNumber',
  sequence: ({ at }) => `letter-${witaYear(at)}`,
  format: (value, { snapshot, at }) => {
    const { service } = snapshot.context as BerkasContext;
    return `${service?.classificationCode ?? ''}/${String(value).padStart(4, '0')}/BKD/${witaYear(at)}`;
  },
};

export const allocations: Record<string, SequenceAllocation> = {
  receive: agendaNumberAllocation,
  assign_number: letterNumberAllocation,
};
