import type { ActualRevision, ExpectedRevision } from '../port';

export type { ActualRevision, ExpectedRevision };

export declare function expectedRevisionHolds(expected: ExpectedRevision, actual: ActualRevision): boolean;
