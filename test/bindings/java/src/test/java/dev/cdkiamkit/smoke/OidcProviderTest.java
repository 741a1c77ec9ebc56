// requires: OidcProviderNative
package dev.cdkiamkit.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import dev.cdkiamkit.OidcProviderNative;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

/** The native OIDC provider (AWS::IAM::OIDCProvider), compared with aws-cdk-lib's. */
class OidcProviderTest {
    private static final String URL = "https://token.actions.githubusercontent.com";
    private static final String THUMBPRINT = "6938fd4d98bab03faadb97b34396831e3780aea1";

    @Test
    void oidcProviderSynthesizesLikeAwsCdkLib() {
        // GIVEN
        Stack ours = Smoke.newStack();
        Stack theirs = Smoke.newStack();

        // WHEN
        OidcProviderNative.Builder.create(ours, "GitHub")
                .url(URL).clientIds(List.of("sts.amazonaws.com")).thumbprints(List.of(THUMBPRINT)).build();
        software.amazon.awscdk.services.iam.OidcProviderNative.Builder.create(theirs, "GitHub")
                .url(URL).clientIds(List.of("sts.amazonaws.com")).thumbprints(List.of(THUMBPRINT)).build();

        // THEN
        Map<String, Map<String, Object>> resources = Smoke.resources(ours);
        assertEquals(Smoke.resources(theirs), resources);
        assertEquals(Map.of("Url", URL, "ClientIdList", List.of("sts.amazonaws.com"), "ThumbprintList", List.of(THUMBPRINT)),
                Smoke.onlyProperties(resources, "AWS::IAM::OIDCProvider"));
    }
}
