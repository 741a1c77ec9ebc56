// requires: Role Grant GrantOnPrincipalOptions ServicePrincipal
package dev.cdkiamkit.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import dev.cdkiamkit.Grant;
import dev.cdkiamkit.GrantOnPrincipalOptions;
import dev.cdkiamkit.Role;
import dev.cdkiamkit.ServicePrincipal;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

/** A Role with a grant, compared with the same app written against aws-cdk-lib's aws_iam. */
class RoleGrantTest {
    private static final String OBJECTS = "arn:aws:s3:::smoke-bucket/*";

    @Test
    void roleWithAGrantSynthesizesLikeAwsCdkLib() {
        // GIVEN
        Stack ours = Smoke.newStack();
        Role role = Role.Builder.create(ours, "Role").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
        Stack theirs = Smoke.newStack();
        software.amazon.awscdk.services.iam.Role cdkRole = software.amazon.awscdk.services.iam.Role.Builder
                .create(theirs, "Role")
                .assumedBy(new software.amazon.awscdk.services.iam.ServicePrincipal("lambda.amazonaws.com")).build();

        // WHEN
        Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(role).actions(List.of("s3:GetObject")).resourceArns(List.of(OBJECTS)).build());
        software.amazon.awscdk.services.iam.Grant.addToPrincipal(
                software.amazon.awscdk.services.iam.GrantOnPrincipalOptions.builder()
                        .grantee(cdkRole).actions(List.of("s3:GetObject")).resourceArns(List.of(OBJECTS)).build());

        // THEN
        Map<String, Map<String, Object>> resources = Smoke.resources(ours);
        assertEquals(Smoke.resources(theirs), resources);
        assertEquals(Map.of(
                "Version", "2012-10-17",
                "Statement", List.of(Map.of("Action", "s3:GetObject", "Effect", "Allow", "Resource", OBJECTS))),
                Smoke.onlyProperties(resources, "AWS::IAM::Policy").get("PolicyDocument"));
        assertEquals(Map.of(
                "Version", "2012-10-17",
                "Statement", List.of(Map.of("Action", "sts:AssumeRole", "Effect", "Allow",
                        "Principal", Map.of("Service", "lambda.amazonaws.com")))),
                Smoke.onlyProperties(resources, "AWS::IAM::Role").get("AssumeRolePolicyDocument"));
    }
}
