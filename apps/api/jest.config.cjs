const preset = require('../../jest.preset.cjs');

const base = preset(__dirname);
// jose ships ES modules only; Jest's module system cannot require them on Node 20, so SWC
// compiles jose to CommonJS for the tests (Node itself loads it natively at run time).
module.exports = {
  ...base,
  transform: { ...base.transform, '/node_modules/jose/.+\\.js$': base.transform['^.+\\.tsx?$'] },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
