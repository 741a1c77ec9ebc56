// requires: Role Grant GrantOnPrincipalOptions ServicePrincipal
package dev.cdkiamkit.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.cdkiamkit.Grant;
import dev.cdkiamkit.GrantOnPrincipalOptions;
import dev.cdkiamkit.Role;
import dev.cdkiamkit.ServicePrincipal;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.Bucket;

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

    @Test
    void awsCdkLibConstructsGrantToOurRole() {
        // GIVEN
        Stack stack = Smoke.newStack();
        Role role = Role.Builder.create(stack, "Role").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
        Bucket bucket = new Bucket(stack, "Bucket");

        // WHEN (an aws-cdk-lib L2 takes our Role as its IGrantable)
        bucket.grantPut(role);

        // THEN
        Object statements = ((Map<?, ?>) Smoke.onlyProperties(Smoke.resources(stack), "AWS::IAM::Policy")
                .get("PolicyDocument")).get("Statement");
        assertTrue(String.valueOf(statements).contains("s3:PutObject"), String.valueOf(statements));
    }
}
