export * from './workflow-spec';
