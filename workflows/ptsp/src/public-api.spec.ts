import { WorkflowRegistry } from '@satupintu/engine';
import * as ptsp from '@satupintu/ptsp';

/** What other projects import from `@satupintu/ptsp`. */
describe('The public API of @satupintu/ptsp', () => {
  it('offers the workflows for the registry, each with its screens', () => {
    expect(ptsp.ptspWorkflows).toEqual([ptsp.berkasWorkflow, ptsp.konsultasiWorkflow]);
    expect(new WorkflowRegistry(ptsp.ptspWorkflows).latest('berkas').version).toBe(1);
    expect(ptsp.ptspPresentations.berkas.stateLabels).toBe(ptsp.berkas.stateLabels);
    expect(ptsp.ptspPresentations.konsultasi.waitingOn).toBe(ptsp.konsultasi.waitingOn);
  });

  it('offers the catalogue, the organisation, the roles and the validators', () => {
    expect(ptsp.findService('KP-REG')?.code).toBe('KP-REG');
    expect(ptsp.catalogue().version).toBe(ptsp.LATEST_CATALOGUE_VERSION);
    expect(ptsp.SUBDIVISIONS).toHaveLength(12);
    expect(ptsp.ROLES).toHaveLength(13);
    expect(ptsp.validateNip('198503122010031001', { today: '2026-03-02T00:00:00Z' })).toEqual([]);
    expect(ptsp.normalizePhone('081234567890')).toBe('+6281234567890');
    expect(ptsp.isTrackingCode(ptsp.trackingCodeFrom([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]))).toBe(true);
  });

  it('keeps each workflow under its own name, where both use the same words', () => {
    expect(Object.keys(ptsp.berkas.stateLabels)).toContain('handed_over');
    expect(Object.keys(ptsp.konsultasi.stateLabels)).toContain('escalated');
    expect(ptsp.berkas.BERKAS_COMMANDS).toContain('assign_number');
  });
});
