// requires: Role ServicePrincipal PolicyStatement
package dev.cdkiamkit.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.cdkiamkit.PolicyStatement;
import dev.cdkiamkit.Role;
import dev.cdkiamkit.ServicePrincipal;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;

/**
 * The synth-time IAM validation through the Java binding. The smoke run sets CDK_VALIDATION=false
 * (as `cdk synth --no-validation` does), which turns our validator off; these tests turn it back on
 * with the context key `cdk-iam-kit:validation`, as a user's cdk.json can.
 */
class ValidationTest {
    private static Stack roleWith(App app, String action, String resource) {
        Stack stack = new Stack(app, "Smoke");
        Role role = Role.Builder.create(stack, "Role").assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
        role.addToPolicy(PolicyStatement.Builder.create().actions(List.of(action)).resources(List.of(resource)).build());
        return stack;
    }

    private static App validating() {
        return App.Builder.create().context(Map.of("cdk-iam-kit:validation", true)).build();
    }

    private static int unknownActionWarnings(Stack stack) {
        return Annotations.fromStack(stack)
                .findWarning("*", Match.stringLikeRegexp("\\[UnknownAction\\].*did you mean 's3:GetObject'")).size();
    }

    @Test
    void warnsOnATypodActionNamingTheSuggestion() {
        assertEquals(1, unknownActionWarnings(roleWith(validating(), "s3:GetObjekt", "*")));
    }

    @Test
    void isOffUnderCdkValidationFalseWithoutTheContextKey() {
        assertEquals(0, unknownActionWarnings(roleWith(new App(), "s3:GetObjekt", "*")));
    }

    @Test
    void failsTheSynthOnWhatIamWouldReject() {
        App app = validating();
        roleWith(app, "s3:GetObject", "my-bucket/*");
        RuntimeException e = assertThrows(RuntimeException.class, app::synth);
        assertTrue(e.getMessage().contains("[InvalidResource]"), e.getMessage());
    }
}
