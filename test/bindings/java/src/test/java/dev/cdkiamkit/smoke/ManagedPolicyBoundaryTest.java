// requires: Role ManagedPolicy PermissionsBoundary PolicyStatement ServicePrincipal
package dev.cdkiamkit.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import dev.cdkiamkit.ManagedPolicy;
import dev.cdkiamkit.PermissionsBoundary;
import dev.cdkiamkit.PolicyStatement;
import dev.cdkiamkit.Role;
import dev.cdkiamkit.ServicePrincipal;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

/** A ManagedPolicy attached to a Role and another one as its permissions boundary. */
class ManagedPolicyBoundaryTest {
    @Test
    void managedPolicyAndPermissionsBoundarySynthesizeLikeAwsCdkLib() {
        // GIVEN
        Stack ours = Smoke.newStack();
        Role role = Role.Builder.create(ours, "Role").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
        ManagedPolicy readLogs = ManagedPolicy.Builder.create(ours, "ReadLogs").statements(List.of(
                PolicyStatement.Builder.create().actions(List.of("logs:GetLogEvents")).resources(List.of("*")).build())).build();
        ManagedPolicy boundary = ManagedPolicy.Builder.create(ours, "Boundary").statements(List.of(
                PolicyStatement.Builder.create().actions(List.of("logs:*", "s3:*")).resources(List.of("*")).build())).build();

        Stack theirs = Smoke.newStack();
        software.amazon.awscdk.services.iam.Role cdkRole = software.amazon.awscdk.services.iam.Role.Builder
                .create(theirs, "Role")
                .assumedBy(new software.amazon.awscdk.services.iam.ServicePrincipal("lambda.amazonaws.com")).build();
        software.amazon.awscdk.services.iam.ManagedPolicy cdkReadLogs = software.amazon.awscdk.services.iam.ManagedPolicy.Builder
                .create(theirs, "ReadLogs").statements(List.of(software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                        .actions(List.of("logs:GetLogEvents")).resources(List.of("*")).build())).build();
        software.amazon.awscdk.services.iam.ManagedPolicy cdkBoundary = software.amazon.awscdk.services.iam.ManagedPolicy.Builder
                .create(theirs, "Boundary").statements(List.of(software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                        .actions(List.of("logs:*", "s3:*")).resources(List.of("*")).build())).build();

        // WHEN
        role.addManagedPolicy(readLogs);
        PermissionsBoundary.of(role).apply(boundary);
        cdkRole.addManagedPolicy(cdkReadLogs);
        software.amazon.awscdk.services.iam.PermissionsBoundary.of(cdkRole).apply(cdkBoundary);

        // THEN
        Map<String, Map<String, Object>> resources = Smoke.resources(ours);
        assertEquals(Smoke.resources(theirs), resources);
        Map<String, Object> roleProps = Smoke.onlyProperties(resources, "AWS::IAM::Role");
        assertEquals(List.of(ours.resolve(readLogs.getManagedPolicyArn())),
                roleProps.get("ManagedPolicyArns"));
        assertEquals(ours.resolve(boundary.getManagedPolicyArn()), roleProps.get("PermissionsBoundary"));
    }
}
