import * as fs from 'fs';
import * as path from 'path';
import { App, aws_iam as iam, Stack } from 'aws-cdk-lib';
import { Severity } from '../../src/validation/finding';
import { IamValidator } from '../../src/validation/iam-validator';
import { IamValidationPlugin } from '../../src/validation/plugin';

function appWith(plugin: IamValidationPlugin, statement: iam.PolicyStatement): { app: App; stack: Stack } {
  const app = new App({ policyValidationBeta1: [plugin] });
  const stack = new Stack(app, 'Stack');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  role.addToPolicy(statement);
  return { app, stack };
}

function report(outdir: string): any {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf-8'));
}

describe('IamValidationPlugin', () => {
  test('reports a typo\'d action of an aws-cdk-lib-only app as a warning with the suggestion', () => {
    // GIVEN
    const { app } = appWith(new IamValidationPlugin(),
      new iam.PolicyStatement({ actions: ['s3:GetObjekt'], resources: ['*'] }));

    // WHEN
    const assembly = app.synth();

    // THEN
    const text = JSON.stringify(report(assembly.directory));
    expect(text).toContain('UnknownAction');
    expect(text).toContain("did you mean 's3:GetObject'?");
    expect(text).toContain('Stack/Role/DefaultPolicy/Resource');
  });

  test('fails the synth when a policy would be rejected by IAM', () => {
    const { app } = appWith(new IamValidationPlugin(),
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['my-bucket/*'] }));

    expect(() => app.synth()).toThrow(/ERROR .*\(cdk-iam-kit\)/);
  });

  test('errorRules turns a warning rule into a failing one', () => {
    const { app } = appWith(new IamValidationPlugin({ errorRules: ['UnknownAction'] }),
      new iam.PolicyStatement({ actions: ['s3:GetObjekt'], resources: ['*'] }));

    expect(() => app.synth()).toThrow(/ERROR .*\(cdk-iam-kit\)/);
  });

  test('disabledRules are not run', () => {
    const { app } = appWith(new IamValidationPlugin({ disabledRules: ['InvalidResource'] }),
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['my-bucket/*'] }));

    expect(() => app.synth()).not.toThrow();
  });

  test('passes a clean app', () => {
    const { app } = appWith(new IamValidationPlugin(),
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::my-bucket/*'] }));

    const r = report(app.synth().directory);
    expect(JSON.stringify(r)).not.toContain('cdk-iam-kit:');
    expect(JSON.stringify(r)).not.toMatch(/"ruleName":\s*"(UnknownAction|InvalidResource)/);
  });

  test('honours IamValidator settings made in the app', () => {
    const { app, stack } = appWith(new IamValidationPlugin(),
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['my-bucket/*'] }));
    IamValidator.of(stack).acknowledge('InvalidResource', 'test');

    expect(() => app.synth()).not.toThrow();
  });

  test('a severity raised with IamValidator fails the synth', () => {
    const { app, stack } = appWith(new IamValidationPlugin(),
      new iam.PolicyStatement({ actions: ['s3:GetObjekt'], resources: ['*'] }));
    IamValidator.of(stack.node.findChild('Role')).setSeverity('UnknownAction', Severity.ERROR);

    expect(() => app.synth()).toThrow(/ERROR .*\(cdk-iam-kit\)/);
  });
});
