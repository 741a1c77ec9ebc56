"""The synth-time IAM validation through the Python binding.

The smoke scripts run with CDK_VALIDATION=false (aws-cdk-lib's own template validation costs seconds
per synth), which turns our validator off as `cdk synth --no-validation` would; these tests turn it
back on with the context key `cdk-iam-kit:validation`, as a user's cdk.json can.
"""
import aws_cdk
import pytest
from aws_cdk import assertions

from conftest import need

ON = {"cdk-iam-kit:validation": True}


def role_with(context, actions, resources):
    Role, PolicyStatement, ServicePrincipal = need("Role", "PolicyStatement", "ServicePrincipal")
    app = aws_cdk.App(context=context)
    stack = aws_cdk.Stack(app, "Smoke")
    role = Role(stack, "Role", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    role.add_to_policy(PolicyStatement(actions=actions, resources=resources))
    return app, stack


def unknown_action_warnings(stack):
    return assertions.Annotations.from_stack(stack).find_warning(
        "*", assertions.Match.string_like_regexp(r"\[UnknownAction\].*did you mean 's3:GetObject'"))


def test_warns_on_a_typod_action_naming_the_suggestion():
    # GIVEN / WHEN
    _, stack = role_with(ON, ["s3:GetObjekt"], ["*"])

    # THEN
    assert len(unknown_action_warnings(stack)) == 1


def test_is_off_under_cdk_validation_false_without_the_context_key():
    _, stack = role_with({}, ["s3:GetObjekt"], ["*"])

    assert unknown_action_warnings(stack) == []


def test_fails_the_synth_on_what_iam_would_reject():
    # a resource that is neither an ARN nor '*': IAM rejects the policy (MalformedPolicyDocument)
    app, _ = role_with(ON, ["s3:GetObject"], ["my-bucket/*"])

    with pytest.raises(Exception, match=r"\[InvalidResource\]"):
        app.synth()
