// requires: Role ServicePrincipal CdkBridge Grant GrantOnPrincipalOptions
package dev.cdkiamkit.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.cdkiamkit.CdkBridge;
import dev.cdkiamkit.Grant;
import dev.cdkiamkit.GrantOnPrincipalOptions;
import dev.cdkiamkit.Role;
import dev.cdkiamkit.ServicePrincipal;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * Hand-overs between cdk-iam-kit and aws-cdk-lib constructs in Java. Java types are nominal, so
 * each hand-over goes through the bridge (docs/interop.md): role.toCdkRole(), CdkBridge.from*.
 */
class CdkInteropTest {
    private static Role lambdaRole(Stack stack) {
        return Role.Builder.create(stack, "Role").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
    }

    private static String logicalId(Map<String, Map<String, Object>> resources, String type) {
        return Smoke.ofType(resources, type).keySet().iterator().next();
    }

    @Test
    void awsCdkLibBucketGrantsToOurRole() {
        // GIVEN
        Stack stack = Smoke.newStack();
        Role role = lambdaRole(stack);
        Bucket bucket = new Bucket(stack, "Bucket");

        // WHEN
        bucket.grantPut(role.toCdkRole());

        // THEN
        Map<String, Map<String, Object>> resources = Smoke.resources(stack);
        Map<String, Object> policy = Smoke.onlyProperties(resources, "AWS::IAM::Policy");
        assertEquals(List.of(Map.of("Ref", logicalId(resources, "AWS::IAM::Role"))), policy.get("Roles"));
        Object statements = ((Map<?, ?>) policy.get("PolicyDocument")).get("Statement");
        assertTrue(String.valueOf(statements).contains("s3:PutObject"), String.valueOf(statements));
    }

    @Test
    void awsCdkLibFunctionRunsAsOurRole() {
        // GIVEN
        Stack stack = Smoke.newStack();
        Role role = lambdaRole(stack);

        // WHEN
        Function.Builder.create(stack, "Fn").runtime(Runtime.NODEJS_22_X).handler("index.handler")
                .code(Code.fromInline("exports.handler = async () => {};")).role(role.toCdkRole()).build();

        // THEN
        Map<String, Map<String, Object>> resources = Smoke.resources(stack);
        assertEquals(Map.of("Fn::GetAtt", List.of(logicalId(resources, "AWS::IAM::Role"), "Arn")),
                Smoke.onlyProperties(resources, "AWS::Lambda::Function").get("Role"));
    }

    @Test
    void ourGrantReachesTheRoleAwsCdkLibCreated() {
        // GIVEN (a function whose role aws-cdk-lib creates)
        Stack stack = Smoke.newStack();
        Function fn = Function.Builder.create(stack, "Fn").runtime(Runtime.NODEJS_22_X).handler("index.handler")
                .code(Code.fromInline("exports.handler = async () => {};")).build();

        // WHEN
        Grant.addToPrincipal(GrantOnPrincipalOptions.builder().grantee(CdkBridge.fromCdkGrantable(fn))
                .actions(List.of("s3:ListAllMyBuckets")).resourceArns(List.of("*")).build());

        // THEN
        Map<String, Map<String, Object>> resources = Smoke.resources(stack);
        Map<String, Object> policy = Smoke.onlyProperties(resources, "AWS::IAM::Policy");
        assertEquals(List.of(Map.of("Ref", logicalId(resources, "AWS::IAM::Role"))), policy.get("Roles"));
        assertEquals(List.of(Map.of("Action", "s3:ListAllMyBuckets", "Effect", "Allow", "Resource", "*")),
                ((Map<?, ?>) policy.get("PolicyDocument")).get("Statement"));
    }
}
