import { stateName, type Explanation, type MachineCommandEvent } from '@satupintu/engine';
import type { AnyMachineSnapshot } from 'xstate';
import { problemsOf } from '../access/content-check';
import { explanationOf } from '../i18n/text';
import { berkasChecks, berkasChecksOf } from './content-checks';
import type { BerkasContext } from './context';
import { mayActOnBerkas } from './permissions';
import { BERKAS_COMMANDS, type BerkasCommand } from './vocabulary';

const isBerkasCommand = (type: string): type is BerkasCommand => (BERKAS_COMMANDS as readonly string[]).includes(type);

/**
 * Why the machine refused a command, in words for the clerk (Indonesian, then English): the
 * content rules of the command that its payload breaks, e.g.
 * "Dokumen wajib belum lengkap: SKP … / Required documents missing: SKP …".
 */
export function explainRejection(snapshot: AnyMachineSnapshot, event: MachineCommandEvent): Explanation | undefined {
  if (!isBerkasCommand(event.type)) return undefined;
  const context = snapshot.context as BerkasContext;
  if (!mayActOnBerkas(stateName(snapshot.value), event.type, context, event.actor)) {
    return explanationOf([{ id: 'Anda tidak berwenang untuk langkah ini', en: 'You may not take this step' }]);
  }
  const problems = problemsOf(berkasChecks, berkasChecksOf[event.type], context, event);
  return explanationOf(problems);
}
