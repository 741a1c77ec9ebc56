// requires: PolicyDocument PolicyStatement ServicePrincipal AccountPrincipal Effect
package dev.cdkiamkit.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.cdkiamkit.AccountPrincipal;
import dev.cdkiamkit.Effect;
import dev.cdkiamkit.PolicyDocument;
import dev.cdkiamkit.PolicyStatement;
import dev.cdkiamkit.ServicePrincipal;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.CfnManagedPolicy;

/** PolicyStatement / PolicyDocument / principals through the Java binding; aws-cdk-lib is the oracle. */
class PolicyDocumentTest {
    private static final String OBJECTS = "arn:aws:s3:::orders-bucket/*";

    @Test
    void rendersTheSameJsonAsAwsCdkLib() {
        // GIVEN
        Stack stack = Smoke.newStack();
        PolicyDocument ours = PolicyDocument.Builder.create().statements(List.of(
                PolicyStatement.Builder.create()
                        .actions(List.of("s3:GetObject")).resources(List.of(OBJECTS))
                        .principals(List.of(new ServicePrincipal("lambda.amazonaws.com"), new AccountPrincipal("123456789012")))
                        .conditions(Map.of("Bool", Map.of("aws:SecureTransport", "true")))
                        .build(),
                PolicyStatement.Builder.create().effect(Effect.DENY)
                        .actions(List.of("s3:DeleteObject")).resources(List.of(OBJECTS))
                        .principals(List.of(new AccountPrincipal("123456789012")))
                        .build()))
                .build();
        software.amazon.awscdk.services.iam.PolicyDocument theirs = software.amazon.awscdk.services.iam.PolicyDocument.Builder
                .create().statements(List.of(
                        software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                                .actions(List.of("s3:GetObject")).resources(List.of(OBJECTS))
                                .principals(List.of(
                                        new software.amazon.awscdk.services.iam.ServicePrincipal("lambda.amazonaws.com"),
                                        new software.amazon.awscdk.services.iam.AccountPrincipal("123456789012")))
                                .conditions(Map.of("Bool", Map.of("aws:SecureTransport", "true")))
                                .build(),
                        software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                                .effect(software.amazon.awscdk.services.iam.Effect.DENY)
                                .actions(List.of("s3:DeleteObject")).resources(List.of(OBJECTS))
                                .principals(List.of(new software.amazon.awscdk.services.iam.AccountPrincipal("123456789012")))
                                .build()))
                .build();

        // WHEN
        Object ourJson = stack.resolve(ours);
        Object theirJson = stack.resolve(theirs);

        // THEN
        assertEquals(theirJson, ourJson);
        assertTrue(String.valueOf(ourJson).contains("lambda.amazonaws.com"));
        assertEquals(2, ours.getStatementCount());
    }

    @Test
    void isAcceptedByAwsCdkLibL1Constructs() {
        // GIVEN
        Stack stack = Smoke.newStack();
        PolicyDocument doc = PolicyDocument.Builder.create().statements(List.of(
                PolicyStatement.Builder.create().actions(List.of("logs:CreateLogGroup")).resources(List.of("*")).build()))
                .build();

        // WHEN
        CfnManagedPolicy.Builder.create(stack, "Policy").policyDocument(doc).build();

        // THEN
        Map<String, Object> props = Smoke.onlyProperties(Smoke.resources(stack), "AWS::IAM::ManagedPolicy");
        assertEquals(Map.of(
                "Version", "2012-10-17",
                "Statement", List.of(Map.of("Action", "logs:CreateLogGroup", "Effect", "Allow", "Resource", "*"))),
                props.get("PolicyDocument"));
    }

    @Test
    void throwsWithAnErrorCodeOnMalformedJson() {
        // jsii surfaces a JavaScript Error as software.amazon.jsii.JsiiException (a RuntimeException).
        RuntimeException err = assertThrows(RuntimeException.class,
                () -> PolicyDocument.fromJson(Map.of("Statement", "not a statement")));
        assertTrue(err.getMessage().contains("[InvalidPolicyJson]"), err.getMessage());
    }
}
