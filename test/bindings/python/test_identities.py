"""Role / User / Group / ManagedPolicy / PermissionsBoundary / OIDC through the Python binding.

Every scenario is written once against an `iam` module, synthesized with cdk_iam_kit and with
aws_cdk.aws_iam, and the two templates are compared: aws-cdk-lib's output is the expected JSON.
The explicit assertions (from the IAM CloudFormation reference) keep a test from passing on two
equally empty templates.
"""
from aws_cdk import aws_iam

from conftest import need, new_stack, resources, template

BUCKET_OBJECTS = "arn:aws:s3:::smoke-bucket/*"


def both(build):
    """(our Resources, aws-cdk-lib's Resources) for the same scenario."""
    import cdk_iam_kit

    out = []
    for iam in (cdk_iam_kit, aws_iam):
        stack = new_stack()
        build(iam, stack)
        out.append(resources(stack))
    return out


def role_with_grant(iam, stack):
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    iam.Grant.add_to_principal(grantee=role, actions=["s3:GetObject"], resource_arns=[BUCKET_OBJECTS])
    return role


def test_role_with_a_grant_synthesizes_like_aws_cdk_lib():
    need("Role", "Grant", "ServicePrincipal")
    import cdk_iam_kit

    # GIVEN / WHEN
    ours, theirs = both(role_with_grant)

    # THEN
    assert ours == theirs
    stack = new_stack()
    role_with_grant(cdk_iam_kit, stack)
    t = template(stack)
    t.has_resource_properties("AWS::IAM::Role", {
        "AssumeRolePolicyDocument": {
            "Statement": [{"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}}],
            "Version": "2012-10-17",
        },
    })
    t.has_resource_properties("AWS::IAM::Policy", {
        "PolicyDocument": {
            "Statement": [{"Action": "s3:GetObject", "Effect": "Allow", "Resource": BUCKET_OBJECTS}],
            "Version": "2012-10-17",
        },
    })


def user_in_group(iam, stack):
    user = iam.User(stack, "User")
    group = iam.Group(stack, "Group")
    user.add_to_group(group)


def test_user_in_a_group_synthesizes_like_aws_cdk_lib():
    need("User", "Group")

    # GIVEN / WHEN
    ours, theirs = both(user_in_group)

    # THEN
    assert ours == theirs
    (user,) = [r for r in ours.values() if r["Type"] == "AWS::IAM::User"]
    (group_id,) = [k for k, r in ours.items() if r["Type"] == "AWS::IAM::Group"]
    assert user["Properties"]["Groups"] == [{"Ref": group_id}]


def managed_policy_and_boundary(iam, stack):
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    policy = iam.ManagedPolicy(stack, "ReadLogs", statements=[
        iam.PolicyStatement(actions=["logs:GetLogEvents"], resources=["*"]),
    ])
    role.add_managed_policy(policy)
    boundary = iam.ManagedPolicy(stack, "Boundary", statements=[
        iam.PolicyStatement(actions=["logs:*", "s3:*"], resources=["*"]),
    ])
    iam.PermissionsBoundary.of(role).apply(boundary)


def test_managed_policy_and_permissions_boundary_synthesize_like_aws_cdk_lib():
    need("Role", "ManagedPolicy", "PermissionsBoundary", "PolicyStatement")

    # GIVEN / WHEN
    ours, theirs = both(managed_policy_and_boundary)

    # THEN
    assert ours == theirs
    managed = {k: r for k, r in ours.items() if r["Type"] == "AWS::IAM::ManagedPolicy"}
    (read_logs,) = [k for k, r in managed.items()
                    if r["Properties"]["PolicyDocument"]["Statement"][0]["Action"] == "logs:GetLogEvents"]
    (boundary,) = [k for k in managed if k != read_logs]
    (role,) = [r for r in ours.values() if r["Type"] == "AWS::IAM::Role"]
    assert role["Properties"]["ManagedPolicyArns"] == [{"Ref": read_logs}]
    assert role["Properties"]["PermissionsBoundary"] == {"Ref": boundary}


def oidc_provider(iam, stack):
    iam.OidcProviderNative(
        stack, "GitHub",
        url="https://token.actions.githubusercontent.com",
        client_ids=["sts.amazonaws.com"],
        thumbprints=["6938fd4d98bab03faadb97b34396831e3780aea1"],
    )


def test_oidc_provider_synthesizes_like_aws_cdk_lib():
    need("OidcProviderNative")

    # GIVEN / WHEN
    ours, theirs = both(oidc_provider)

    # THEN
    assert ours == theirs
    (provider,) = [r for r in ours.values() if r["Type"] == "AWS::IAM::OIDCProvider"]
    assert provider["Properties"] == {
        "Url": "https://token.actions.githubusercontent.com",
        "ClientIdList": ["sts.amazonaws.com"],
        "ThumbprintList": ["6938fd4d98bab03faadb97b34396831e3780aea1"],
    }
