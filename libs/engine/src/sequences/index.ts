export * from './sequence-allocator';
