"""PolicyStatement / PolicyDocument / principals through the Python binding.

Each scenario is written once against an `iam` module and run with both cdk_iam_kit and
aws_cdk.aws_iam: the expected JSON is aws-cdk-lib's own output, and the test also shows that
changing the import is the whole migration.
"""
from aws_cdk import aws_iam

from conftest import need, new_stack, resolved, resources


def bucket_policy_document(iam):
    return iam.PolicyDocument(
        statements=[
            iam.PolicyStatement(
                sid="ReadOrders",
                actions=["s3:GetObject"],
                resources=["arn:aws:s3:::orders-bucket/*"],
                principals=[iam.ServicePrincipal("lambda.amazonaws.com"), iam.AccountPrincipal("123456789012")],
                conditions={"Bool": {"aws:SecureTransport": "true"}},
            ),
            iam.PolicyStatement(
                effect=iam.Effect.DENY,
                actions=["s3:DeleteObject"],
                resources=["arn:aws:s3:::orders-bucket/*"],
                principals=[iam.AnyPrincipal()],
            ),
        ]
    )


def test_policy_document_renders_like_aws_cdk_lib():
    need("PolicyDocument", "PolicyStatement", "ServicePrincipal", "AccountPrincipal", "AnyPrincipal", "Effect")
    import cdk_iam_kit

    # GIVEN / WHEN
    stack = new_stack()
    ours = resolved(stack, bucket_policy_document(cdk_iam_kit))
    theirs = resolved(stack, bucket_policy_document(aws_iam))

    # THEN
    assert ours == theirs
    assert ours["Version"] == "2012-10-17"
    assert ours["Statement"][0]["Principal"]["Service"] == "lambda.amazonaws.com"
    assert ours["Statement"][1]["Effect"] == "Deny"


def test_statement_mutators_and_getters_cross_the_binding():
    (PolicyStatement, Effect) = need("PolicyStatement", "Effect")

    # GIVEN
    statement = PolicyStatement()

    # WHEN
    statement.add_actions("sqs:SendMessage", "sqs:GetQueueUrl")
    statement.add_resources("arn:aws:sqs:us-east-1:123456789012:orders")
    statement.effect = Effect.DENY

    # THEN
    assert statement.actions == ["sqs:SendMessage", "sqs:GetQueueUrl"]
    assert statement.effect == Effect.DENY
    json_ = statement.to_statement_json()
    assert json_ == {
        "Action": ["sqs:SendMessage", "sqs:GetQueueUrl"],
        "Effect": "Deny",
        "Resource": "arn:aws:sqs:us-east-1:123456789012:orders",
    }


def test_document_from_json_round_trips():
    (PolicyDocument,) = need("PolicyDocument")

    # GIVEN (a policy written by hand, as in the IAM documentation)
    doc_json = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::example_bucket"}],
    }

    # WHEN
    doc = PolicyDocument.from_json(doc_json)

    # THEN
    assert doc.statement_count == 1
    assert resolved(new_stack(), doc) == doc_json


def test_throws_with_an_error_code_on_malformed_json():
    (PolicyDocument,) = need("PolicyDocument")
    import pytest

    # jsii surfaces a JavaScript Error as a Python RuntimeError carrying the message.
    with pytest.raises(RuntimeError, match=r"\[InvalidPolicyJson\]"):
        PolicyDocument.from_json({"Statement": "not a statement"})


def test_document_is_accepted_by_aws_cdk_lib_l1_constructs():
    (PolicyDocument, PolicyStatement) = need("PolicyDocument", "PolicyStatement")

    # GIVEN
    stack = new_stack()
    doc = PolicyDocument(statements=[PolicyStatement(actions=["logs:CreateLogGroup"], resources=["*"])])

    # WHEN
    aws_iam.CfnManagedPolicy(stack, "Policy", policy_document=doc)

    # THEN
    (policy,) = [r for r in resources(stack).values() if r["Type"] == "AWS::IAM::ManagedPolicy"]
    assert policy["Properties"]["PolicyDocument"] == {
        "Version": "2012-10-17",
        "Statement": [{"Action": "logs:CreateLogGroup", "Effect": "Allow", "Resource": "*"}],
    }
