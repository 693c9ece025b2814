import type { BerkasMove } from './berkas-plan';
import type { KonsultasiMove } from './konsultasi-plan';

/** Where a demo file ends up, and how it gets there. */
export interface BerkasRecipe {
  moves: readonly BerkasMove[];
  /** The shortest initials chain the recipe needs to end where it says. */
  minChain?: number;
}

const toProcessing: BerkasMove[] = ['receive', 'verify', 'dispose'];
const toSignature: BerkasMove[] = [...toProcessing, 'draft', 'initial_by_deputy', 'initial_rest'];
const toReady: BerkasMove[] = [...toSignature, 'sign', 'number'];

/**
 * One recipe per situation a desk meets, so that every state is on show: the queues, the
 * returned files (one completed and sent on), the expired one, a re-routed file, drafts at each
 * step of the chain (one initialled by a Plh, one sent back), and every ending.
 */
export const BERKAS_RECIPES: readonly BerkasRecipe[] = [
  { moves: ['receive'] },
  { moves: ['receive_incomplete', 'return'] },
  { moves: ['receive_incomplete', 'return', 'resubmit', 'verify'] },
  { moves: ['receive_incomplete', 'return', 'expire'] },
  { moves: ['receive', 'verify'] },
  { moves: toProcessing },
  { moves: ['receive', 'verify', 'dispose_elsewhere', 'redispose'] },
  { moves: [...toProcessing, 'draft'] },
  { moves: [...toProcessing, 'draft', 'initial'], minChain: 2 },
  { moves: [...toProcessing, 'draft', 'send_back', 'draft'] },
  { moves: toSignature },
  { moves: [...toSignature, 'sign'] },
  { moves: toReady },
  { moves: [...toReady, 'hand_over'] },
  { moves: [...toReady, 'hand_over_to_representative'] },
  { moves: [...toProcessing, 'withdraw'] },
];

export const KONSULTASI_RECIPES: readonly (readonly KonsultasiMove[])[] = [
  ['ask'],
  ['ask', 'escalate'],
  ['ask', 'answer'],
  ['ask', 'answer', 'close'],
  ['ask', 'escalate', 'answer_by_manager', 'close'],
];
