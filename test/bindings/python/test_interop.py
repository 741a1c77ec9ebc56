"""Hand-overs between cdk-iam-kit and aws-cdk-lib constructs in Python (docs/interop.md).

At runtime Python accepts our objects in aws-cdk-lib's slots as they are; the bridge
(role.to_cdk_role(), CdkBridge.from_cdk_grantable) is what keeps type checkers satisfied.
Both paths are exercised.
"""
from aws_cdk import aws_lambda, aws_s3

from conftest import need, new_stack, resources

INLINE = "exports.handler = async () => {};"


def lambda_role(stack):
    (Role, ServicePrincipal) = need("Role", "ServicePrincipal")
    return Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))


def only(res, type_):
    (found,) = [(k, r) for k, r in res.items() if r["Type"] == type_]
    return found


def test_aws_cdk_lib_bucket_grants_to_our_role_as_is():
    # GIVEN
    stack = new_stack()
    role = lambda_role(stack)
    bucket = aws_s3.Bucket(stack, "Bucket")

    # WHEN (no bridge: Python checks the slot's type only at runtime, by duck typing)
    bucket.grant_put(role)

    # THEN
    res = resources(stack)
    role_id, _ = only(res, "AWS::IAM::Role")
    _, policy = only(res, "AWS::IAM::Policy")
    assert policy["Properties"]["Roles"] == [{"Ref": role_id}]
    assert "s3:PutObject" in policy["Properties"]["PolicyDocument"]["Statement"][0]["Action"]


def test_aws_cdk_lib_function_runs_as_our_role_through_the_bridge():
    need("CdkBridge")
    # GIVEN
    stack = new_stack()
    role = lambda_role(stack)

    # WHEN
    aws_lambda.Function(stack, "Fn", runtime=aws_lambda.Runtime.NODEJS_22_X, handler="index.handler",
                        code=aws_lambda.Code.from_inline(INLINE), role=role.to_cdk_role())

    # THEN
    res = resources(stack)
    role_id, _ = only(res, "AWS::IAM::Role")
    _, fn = only(res, "AWS::Lambda::Function")
    assert fn["Properties"]["Role"] == {"Fn::GetAtt": [role_id, "Arn"]}


def test_our_grant_reaches_the_role_aws_cdk_lib_created():
    (CdkBridge, Grant) = need("CdkBridge", "Grant")
    # GIVEN (a function whose role aws-cdk-lib creates)
    stack = new_stack()
    fn = aws_lambda.Function(stack, "Fn", runtime=aws_lambda.Runtime.NODEJS_22_X, handler="index.handler",
                             code=aws_lambda.Code.from_inline(INLINE))

    # WHEN
    Grant.add_to_principal(grantee=CdkBridge.from_cdk_grantable(fn), actions=["s3:ListAllMyBuckets"],
                           resource_arns=["*"])

    # THEN
    res = resources(stack)
    role_id, _ = only(res, "AWS::IAM::Role")
    _, policy = only(res, "AWS::IAM::Policy")
    assert policy["Properties"]["Roles"] == [{"Ref": role_id}]
    assert policy["Properties"]["PolicyDocument"]["Statement"] == [
        {"Action": "s3:ListAllMyBuckets", "Effect": "Allow", "Resource": "*"}]
