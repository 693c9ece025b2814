const preset = require('../jest.preset.cjs');

// The topology cannot run here (no Docker engine): its specs read the files and check them.
module.exports = { ...preset(__dirname), testMatch: ['<rootDir>/test/**/*.spec.ts'] };
