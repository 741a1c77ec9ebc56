/*
 * The example app: `npm run example` synthesizes it into cdk.out/ with no AWS account.
 *
 * It shows the drop-in API (the same names as aws-cdk-lib/aws-iam), the synth-time validation
 * (an error here would fail the synth with the construct path and a fix), and the offline access
 * report written next to the template.
 */
import * as path from 'path';
import { AccessCheck, AccessReport } from '../src';
import { buildExampleApp } from './example-app';

const outdir = path.join(__dirname, '..', 'cdk.out');
const { app, stack, role, alice } = buildExampleApp(outdir);

const assembly = app.synth();

// Offline evaluation: ask the graph before anything is deployed.
const check = AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::orders-bucket/2026/11/order.json');
const denied = AccessCheck.of(alice).can('s3:DeleteObject', 'arn:aws:s3:::orders-bucket/x');
AccessReport.of(app).writeTo(outdir);

const template = assembly.getStackByName(stack.stackName).templateFullPath;
console.log(`Template:      ${path.relative(process.cwd(), template)}`);
console.log(`Access report: ${path.relative(process.cwd(), path.join(outdir, 'access-report.md'))} (and .json)`);
console.log(`Worker may s3:GetObject on an order: ${check.decision}`);
console.log(`Alice may s3:DeleteObject: ${denied.decision}`);
