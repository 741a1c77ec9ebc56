// requires: AccessCheck Role ServicePrincipal PolicyStatement Effect ManagedPolicy PermissionsBoundary
package dev.cdkiamkit.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.cdkiamkit.AccessCheck;
import dev.cdkiamkit.Effect;
import dev.cdkiamkit.ManagedPolicy;
import dev.cdkiamkit.PermissionsBoundary;
import dev.cdkiamkit.PolicyStatement;
import dev.cdkiamkit.Role;
import dev.cdkiamkit.ServicePrincipal;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

/**
 * Offline decisions through the Java binding. Expected values follow the IAM policy evaluation
 * logic (IAM User Guide): an Allow allows, an explicit Deny wins, nothing matching is an implicit deny.
 */
class AccessCheckTest {
    private static final String ORDERS = "arn:aws:s3:::orders-bucket";

    private static Role worker(Stack stack) {
        Role role = Role.Builder.create(stack, "Worker").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject", "s3:DeleteObject")).resources(List.of(ORDERS + "/*")).build());
        role.addToPrincipalPolicy(PolicyStatement.Builder.create().effect(Effect.DENY)
                .actions(List.of("s3:DeleteObject")).resources(List.of(ORDERS + "/locked/*")).build());
        return role;
    }

    @Test
    void allowsAnActionGrantedByTheIdentityPolicy() {
        Role role = worker(Smoke.newStack());
        assertEquals("ALLOW", Smoke.decisionName(AccessCheck.of(role).can("s3:GetObject", ORDERS + "/2026/11/order.json").getDecision()));
    }

    @Test
    void explicitDenyWinsOverAnAllow() {
        Role role = worker(Smoke.newStack());
        assertEquals("EXPLICIT_DENY", Smoke.decisionName(AccessCheck.of(role).can("s3:DeleteObject", ORDERS + "/locked/a.json").getDecision()));
    }

    @Test
    void deniesImplicitlyWhatNoStatementAllows() {
        Role role = worker(Smoke.newStack());
        assertEquals("IMPLICIT_DENY", Smoke.decisionName(AccessCheck.of(role).can("s3:PutObject", ORDERS + "/a.json").getDecision()));
    }

    @Test
    void permissionsBoundaryLimitsWhatTheRoleCanDo() {
        // GIVEN (a boundary that allows reads only)
        Stack stack = Smoke.newStack();
        Role role = worker(stack);
        ManagedPolicy boundary = ManagedPolicy.Builder.create(stack, "ReadOnly").statements(List.of(
                PolicyStatement.Builder.create().actions(List.of("s3:GetObject")).resources(List.of("*")).build())).build();

        // WHEN
        PermissionsBoundary.of(role).apply(boundary);

        // THEN
        assertEquals("ALLOW", Smoke.decisionName(AccessCheck.of(role).can("s3:GetObject", ORDERS + "/a.json").getDecision()));
        assertEquals("IMPLICIT_DENY", Smoke.decisionName(AccessCheck.of(role).can("s3:DeleteObject", ORDERS + "/a.json").getDecision()));
    }
}
