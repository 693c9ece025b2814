const preset = require('../../jest.preset.cjs');

const base = preset(__dirname);
// jose and content-disposition (through @fastify/static) ship ES modules only; Jest's module
// system cannot require them on Node 20, so SWC compiles them to CommonJS for the tests (Node
// itself loads them natively at run time).
module.exports = {
  ...base,
  transform: {
    ...base.transform,
    '/node_modules/(jose|content-disposition)/.+\\.js$': base.transform['^.+\\.tsx?$'],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose|content-disposition)/)'],
};
