import { stateName, type Explanation, type MachineCommandEvent } from '@satupintu/engine';
import type { AnyMachineSnapshot } from 'xstate';
import { problemsOf } from '../access/content-check';
import { explanationOf } from '../i18n/text';
import { konsultasiChecks, konsultasiChecksOf } from './content-checks';
import type { KonsultasiContext } from './context';
import { mayActOnKonsultasi } from './permissions';
import { KONSULTASI_COMMANDS, type KonsultasiCommand } from './vocabulary';

const isKonsultasiCommand = (type: string): type is KonsultasiCommand =>
  (KONSULTASI_COMMANDS as readonly string[]).includes(type);

/** Why the machine refused a command, in words (Indonesian, then English). */
export function explainRejection(snapshot: AnyMachineSnapshot, event: MachineCommandEvent): Explanation | undefined {
  if (!isKonsultasiCommand(event.type)) return undefined;
  const context = snapshot.context as KonsultasiContext;
  if (!mayActOnKonsultasi(stateName(snapshot.value), event.type, context, event.actor)) {
    return explanationOf([{ id: 'Anda tidak berwenang untuk langkah ini', en: 'You may not take this step' }]);
  }
  const problems = problemsOf(konsultasiChecks, konsultasiChecksOf[event.type], context, event);
  return explanationOf(problems);
}
