import type { ConditionKeyType } from './reference';

/*
 * The AWS global condition context keys and their types, as listed in the IAM User Guide
 * ("AWS global condition context keys"). The service reference does not carry them, so they
 * are kept here by hand. `${TagKey}` marks a key that takes a suffix.
 *
 * aws:EpochTime accepts date and numeric operators; it is typed Date and special-cased by the
 * operator rule.
 */
export const GLOBAL_CONDITION_KEYS: ReadonlyArray<readonly [string, ConditionKeyType]> = [
  // properties of the principal
  ['aws:PrincipalArn', 'ARN'],
  ['aws:PrincipalAccount', 'String'],
  ['aws:PrincipalOrgPaths', 'ArrayOfString'],
  ['aws:PrincipalOrgID', 'String'],
  ['aws:PrincipalTag/${TagKey}', 'String'],
  ['aws:PrincipalIsAWSService', 'Bool'],
  ['aws:PrincipalServiceName', 'String'],
  ['aws:PrincipalServiceNamesList', 'ArrayOfString'],
  ['aws:PrincipalType', 'String'],
  ['aws:userid', 'String'],
  ['aws:username', 'String'],
  ['aws:AssumedRoot', 'Bool'],
  // properties of a role session
  ['aws:FederatedProvider', 'String'],
  ['aws:TokenIssueTime', 'Date'],
  ['aws:MultiFactorAuthAge', 'Numeric'],
  ['aws:MultiFactorAuthPresent', 'Bool'],
  ['aws:ChatbotSourceArn', 'ARN'],
  ['aws:Ec2InstanceSourceVpc', 'String'],
  ['aws:Ec2InstanceSourcePrivateIPv4', 'IPAddress'],
  ['aws:SourceIdentity', 'String'],
  ['aws:RoleSessionName', 'String'],
  ['ec2:RoleDelivery', 'Numeric'],
  ['ec2:SourceInstanceArn', 'ARN'],
  ['glue:RoleAssumedBy', 'String'],
  ['glue:CredentialIssuingService', 'String'],
  ['lambda:SourceFunctionArn', 'ARN'],
  ['ssm:SourceInstanceArn', 'ARN'],
  ['identitystore:UserId', 'String'],
  // properties of the network
  ['aws:SourceIp', 'IPAddress'],
  ['aws:SourceVpc', 'String'],
  ['aws:SourceVpcArn', 'ARN'],
  ['aws:SourceVpce', 'String'],
  ['aws:VpcSourceIp', 'IPAddress'],
  ['aws:VpceAccount', 'String'],
  ['aws:VpceOrgID', 'String'],
  ['aws:VpceOrgPaths', 'ArrayOfString'],
  // properties of the resource
  ['aws:ResourceAccount', 'String'],
  ['aws:ResourceOrgID', 'String'],
  ['aws:ResourceOrgPaths', 'ArrayOfString'],
  ['aws:ResourceTag/${TagKey}', 'String'],
  // properties of the request
  ['aws:CalledVia', 'ArrayOfString'],
  ['aws:CalledViaFirst', 'String'],
  ['aws:CalledViaLast', 'String'],
  ['aws:ViaAWSService', 'Bool'],
  ['aws:CurrentTime', 'Date'],
  ['aws:EpochTime', 'Date'],
  ['aws:referer', 'String'],
  ['aws:RequestedRegion', 'String'],
  ['aws:RequestTag/${TagKey}', 'String'],
  ['aws:TagKeys', 'ArrayOfString'],
  ['aws:SecureTransport', 'Bool'],
  ['aws:SourceAccount', 'String'],
  ['aws:SourceArn', 'ARN'],
  ['aws:SourceOrgID', 'String'],
  ['aws:SourceOrgPaths', 'ArrayOfString'],
  ['aws:UserAgent', 'String'],
  ['aws:IsMcpServiceAction', 'Bool'],
  // older keys still accepted by IAM and used in AWS managed policies
  ['aws:SourceOwner', 'String'],
  ['aws:EpochTime', 'Numeric'],
];
