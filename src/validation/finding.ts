/** How serious a finding is. */
export enum Severity {
  /** IAM would reject the policy or entity at deploy time: the synth fails. */
  ERROR = 'error',
  /** Very likely a mistake (a typo'd action, an unknown condition key); acknowledgeable. */
  WARNING = 'warning',
  /** Advice that does not change what the policy allows. */
  INFO = 'info',
}

/**
 * One problem found by the IAM validator.
 */
export interface Finding {
  /**
   * The stable id of the rule that found it, e.g. `UnknownAction`.
   */
  readonly ruleId: string;

  /**
   * The severity, after configuration.
   */
  readonly severity: Severity;

  /**
   * Construct path (at synth), or `<template>/<logical id>` (plugin and CLI), of the resource.
   */
  readonly path: string;

  /**
   * Where in the resource, e.g. `Properties.Policies[0].PolicyDocument.Statement[2]`.
   *
   * @default - the resource as a whole
   */
  readonly location?: string;

  /**
   * Index of the statement in its document.
   *
   * @default - the finding concerns no single statement
   */
  readonly statementIndex?: number;

  /**
   * The Sid of that statement.
   *
   * @default - the statement has no Sid
   */
  readonly sid?: string;

  /**
   * What is wrong, on one line, with the value in quotes.
   */
  readonly message: string;

  /**
   * How to fix it.
   */
  readonly fix: string;
}
