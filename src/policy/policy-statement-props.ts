import { Effect } from './effect';
import type { IPrincipal } from './principal';

/**
 * Interface for creating a policy statement.
 */
export interface PolicyStatementProps {
  /**
   * The Sid (statement ID) is an optional identifier that you provide for the
   * policy statement. You can assign a Sid value to each statement in a
   * statement array. In services that let you specify an ID element, such as
   * SQS and SNS, the Sid value is just a sub-ID of the policy document's ID. In
   * IAM, the Sid value must be unique within a JSON policy.
   *
   * @default - no sid
   */
  readonly sid?: string;

  /**
   * List of actions to add to the statement.
   *
   * @default - no actions
   */
  readonly actions?: string[];

  /**
   * List of not actions to add to the statement.
   *
   * @default - no not-actions
   */
  readonly notActions?: string[];

  /**
   * List of principals to add to the statement.
   *
   * @default - no principals
   */
  readonly principals?: IPrincipal[];

  /**
   * List of not principals to add to the statement.
   *
   * @default - no not principals
   */
  readonly notPrincipals?: IPrincipal[];

  /**
   * Resource ARNs to add to the statement.
   *
   * @default - no resources
   */
  readonly resources?: string[];

  /**
   * NotResource ARNs to add to the statement.
   *
   * @default - no resources
   */
  readonly notResources?: string[];

  /**
   * Conditions to add to the statement: operator -> key -> value(s).
   *
   * @default - no condition
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
   */
  readonly conditions?: { [key: string]: any };

  /**
   * Whether to allow or deny the actions in this statement.
   *
   * @default Effect.ALLOW
   */
  readonly effect?: Effect;
}

/**
 * Options for validating a policy statement used in a resource-based policy.
 */
export interface ResourcePolicyValidationOptions {
  /**
   * Skip the check that the statement names at least one resource (some services, e.g. KMS key
   * policies, imply the resource).
   *
   * @default false
   */
  readonly skipResourceValidation?: boolean;
}
