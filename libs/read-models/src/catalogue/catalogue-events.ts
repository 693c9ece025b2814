import type { CatalogueChange } from '@satupintu/ptsp';

/**
 * The published versions of the service catalogue after the seed (version 1, in code) are events
 * of one admin stream: version N is the event at revision N - 2, so the expected revision of a
 * change follows from the version the admin edited. The prefix is not a workflow's name.
 */
export const CATALOGUE_STREAM_PREFIX = 'catalogue-';
export const CATALOGUE_STREAM = `${CATALOGUE_STREAM_PREFIX}services`;

/** The version published by the seed, in code (`catalogue(1)`); no event stands for it. */
export const SEED_CATALOGUE_VERSION = 1;

export const CatalogueEventType = {
  CataloguePublished: 'CataloguePublished',
} as const;

/** An admin published the next version: these changes over the previous one, and why. Who and when are in the metadata. */
export interface CataloguePublishedData {
  version: number;
  reason: string;
  changes: CatalogueChange[];
}

export const revisionOfVersion = (version: number): number => version - 2;
export const versionOfRevision = (revision: number): number => revision + 2;
