// The `cdk-iam-kit/jest` entry point: `import 'cdk-iam-kit/jest'` (or `require`) in a test file,
// or list it in jest's `setupFilesAfterEnv`, to register `expect(...).toBeAllowed(action, resource)`.
module.exports = require('./lib/evaluation/jest-matchers.js');
