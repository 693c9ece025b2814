import { workflowSpec } from '@satupintu/engine/testing';
import { berkasStory } from '../testing/berkas-story';
import { agendaNumberAllocation, letterNumberAllocation } from './allocations';
import { berkasWorkflow } from './definition';

const spec = workflowSpec(berkasWorkflow);
const contextAt = (at: string, state: 'start' | 'numbering', code = 'KP-REG') => ({
  snapshot: spec.given(state === 'start' ? [] : berkasStory(code).until(state)).snapshot(),
  payload: {},
  at: new Date(at),
});

describe('Numbers the engine draws for a file', () => {
  it('are drawn on receipt (agenda number) and on numbering (letter number), nowhere else', () => {
    expect(Object.keys(berkasWorkflow.allocations ?? {}).sort()).toEqual(['assign_number', 'receive']);
    expect(berkasWorkflow.allocations?.receive).toBe(agendaNumberAllocation);
    expect(berkasWorkflow.allocations?.assign_number).toBe(letterNumberAllocation);
  });

  describe('the incoming agenda number', () => {
    it('comes from a sequence per year and reads AG-<year>-<six digits>', () => {
      const ctx = contextAt('2026-03-02T01:00:00.000Z', 'start');
      expect(agendaNumberAllocation.field).toBe('agendaNumber');
      expect(agendaNumberAllocation.sequence(ctx)).toBe('agenda-2026');
      expect(agendaNumberAllocation.format(123, ctx)).toBe('AG-2026-000123');
    });

    it('counts the year in WITA: a file received at 07:30 WITA on 1 January 2027 opens the 2027 register', () => {
      const ctx = contextAt('2026-12-31T23:30:00.000Z', 'start');
      expect(agendaNumberAllocation.sequence(ctx)).toBe('agenda-2027');
      expect(agendaNumberAllocation.format(1, ctx)).toBe('AG-2027-000001');
    });
  });

  describe('the outgoing letter number', () => {
    it("reads <class. code>/<four digits>/BKD/<year>, with the file's own service class", () => {
      const ctx = contextAt('2026-03-05T03:00:00.000Z', 'numbering');
      expect(letterNumberAllocation.field).toBe('letterNumber');
      expect(letterNumberAllocation.sequence(ctx)).toBe('letter-2026');
      expect(letterNumberAllocation.format(457, ctx)).toBe('800.1.3.2/0457/BKD/2026');
      expect(letterNumberAllocation.format(12, contextAt('2026-03-05T03:00:00.000Z', 'numbering', 'KARIS'))).toBe('800.1.11.8/0012/BKD/2026');
    });

    it('restarts in the new WITA year', () => {
      const ctx = contextAt('2026-12-31T16:00:00.000Z', 'numbering');
      expect(letterNumberAllocation.sequence(ctx)).toBe('letter-2027');
      expect(letterNumberAllocation.format(1, ctx)).toBe('800.1.3.2/0001/BKD/2027');
    });
  });
});
