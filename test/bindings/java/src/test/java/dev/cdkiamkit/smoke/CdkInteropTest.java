// requires: Role ServicePrincipal
package dev.cdkiamkit.smoke;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import dev.cdkiamkit.Role;
import dev.cdkiamkit.ServicePrincipal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * Our Role handed to an aws-cdk-lib L2 grant method, as an existing Java app does after changing
 * its imports. Java types are nominal: this compiles only if Role implements aws-cdk-lib's
 * IGrantable, so the test checks that first and reports the gap by name when it does not.
 */
class CdkInteropTest {
    @Test
    void awsCdkLibConstructsGrantToOurRole() {
        // GIVEN
        Stack stack = Smoke.newStack();
        Role role = Role.Builder.create(stack, "Role").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
        Bucket bucket = new Bucket(stack, "Bucket");
        Object candidate = role;
        Assumptions.assumeTrue(candidate instanceof IGrantable,
                "GAP: dev.cdkiamkit.Role does not implement software.amazon.awscdk.services.iam.IGrantable, "
                        + "so Java code cannot pass it to aws-cdk-lib grant methods (bucket.grantPut(role))");

        // WHEN
        bucket.grantPut((IGrantable) candidate);

        // THEN
        Object statements = ((Map<?, ?>) Smoke.onlyProperties(Smoke.resources(stack), "AWS::IAM::Policy")
                .get("PolicyDocument")).get("Statement");
        assertTrue(String.valueOf(statements).contains("s3:PutObject"), String.valueOf(statements));
    }
}
