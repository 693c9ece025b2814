/** Which cases a supervisor's figure covers, and by what it is broken down besides the state. */
export interface FlowFilter {
  serviceCode?: string;
  subdivision?: string;
  /** Only these states (e.g. those of one workflow). */
  states?: readonly string[];
}

export type FlowDimension = 'service' | 'subdivision';

const COLUMN: Record<FlowDimension, string> = {
  service: 'service_code',
  subdivision: 'subdivision',
};

/** The SQL columns of a breakdown: always the state, then the dimensions asked for. */
export function groupColumns(by: readonly FlowDimension[]): string[] {
  return ['state', ...by.map((dimension) => COLUMN[dimension])];
}

/** The WHERE conditions and named parameters of a filter (parameters are never spliced into SQL). */
export function filterSql(filter: FlowFilter): { where: string[]; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filter.serviceCode !== undefined) {
    where.push('service_code = @serviceCode');
    params.serviceCode = filter.serviceCode;
  }
  if (filter.subdivision !== undefined) {
    where.push('subdivision = @subdivision');
    params.subdivision = filter.subdivision;
  }
  if (filter.states !== undefined) {
    const names = filter.states.map((state, i) => {
      params[`state${i}`] = state;
      return `@state${i}`;
    });
    where.push(names.length === 0 ? '0' : `state IN (${names.join(', ')})`);
  }
  return { where, params };
}
