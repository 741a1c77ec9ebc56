"""AccessCheck through the Python binding: offline decisions on the in-memory policy graph.

Expected decisions follow the IAM policy evaluation logic (AWS IAM User Guide, "Policy evaluation
logic"): an identity-policy Allow allows, an explicit Deny wins over any Allow, and nothing
matching is an implicit deny.
"""
from conftest import decision_name, need, new_stack

ORDERS = "arn:aws:s3:::orders-bucket"


def worker(stack):
    (Role, ServicePrincipal, PolicyStatement, Effect) = need("Role", "ServicePrincipal", "PolicyStatement", "Effect")
    role = Role(stack, "Worker", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
    role.add_to_principal_policy(PolicyStatement(actions=["s3:GetObject", "s3:DeleteObject"], resources=[f"{ORDERS}/*"]))
    role.add_to_principal_policy(PolicyStatement(
        effect=Effect.DENY, actions=["s3:DeleteObject"], resources=[f"{ORDERS}/locked/*"]))
    return role


def test_allows_an_action_granted_by_the_identity_policy():
    (AccessCheck,) = need("AccessCheck")
    role = worker(new_stack())

    # WHEN
    check = AccessCheck.of(role).can("s3:GetObject", f"{ORDERS}/2026/11/order.json")

    # THEN
    assert decision_name(check.decision) == "ALLOW"


def test_explicit_deny_wins_over_an_allow():
    (AccessCheck,) = need("AccessCheck")
    role = worker(new_stack())

    # WHEN
    check = AccessCheck.of(role).can("s3:DeleteObject", f"{ORDERS}/locked/a.json")

    # THEN
    assert decision_name(check.decision) == "EXPLICIT_DENY"


def test_denies_implicitly_what_no_statement_allows():
    (AccessCheck,) = need("AccessCheck")
    role = worker(new_stack())

    # WHEN
    check = AccessCheck.of(role).can("s3:PutObject", f"{ORDERS}/a.json")

    # THEN
    assert decision_name(check.decision) == "IMPLICIT_DENY"


def test_permissions_boundary_limits_what_the_role_can_do():
    (AccessCheck, ManagedPolicy, PermissionsBoundary, PolicyStatement) = need(
        "AccessCheck", "ManagedPolicy", "PermissionsBoundary", "PolicyStatement")
    stack = new_stack()
    role = worker(stack)

    # GIVEN (a boundary that allows reads only)
    boundary = ManagedPolicy(stack, "ReadOnly", statements=[PolicyStatement(actions=["s3:GetObject"], resources=["*"])])
    PermissionsBoundary.of(role).apply(boundary)

    # WHEN
    read = AccessCheck.of(role).can("s3:GetObject", f"{ORDERS}/a.json")
    delete = AccessCheck.of(role).can("s3:DeleteObject", f"{ORDERS}/a.json")

    # THEN
    assert decision_name(read.decision) == "ALLOW"
    assert decision_name(delete.decision) == "IMPLICIT_DENY"
