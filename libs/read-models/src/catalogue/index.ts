export * from './catalogue-events';
export * from './catalogue-errors';
export { catalogueProjection } from './catalogue-projection';
export { CatalogueReadModel, type CatalogueVersionView } from './catalogue-read-model';
export {
  publishCatalogue,
  isCatalogueFieldProblem,
  MAX_REASON_LENGTH,
  type CatalogueFieldProblem,
  type CatalogueContext,
  type CatalogueChangeRequest,
} from './catalogue-publishing';
