// requires: User Group
package dev.cdkiamkit.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import dev.cdkiamkit.Group;
import dev.cdkiamkit.User;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;

/** A User in a Group, compared with the same app written against aws-cdk-lib's aws_iam. */
class UserGroupTest {
    @Test
    void userInAGroupSynthesizesLikeAwsCdkLib() {
        // GIVEN
        Stack ours = Smoke.newStack();
        Stack theirs = Smoke.newStack();

        // WHEN
        new User(ours, "User").addToGroup(new Group(ours, "Group"));
        new software.amazon.awscdk.services.iam.User(theirs, "User")
                .addToGroup(new software.amazon.awscdk.services.iam.Group(theirs, "Group"));

        // THEN
        Map<String, Map<String, Object>> resources = Smoke.resources(ours);
        assertEquals(Smoke.resources(theirs), resources);
        String groupId = Smoke.ofType(resources, "AWS::IAM::Group").keySet().iterator().next();
        assertEquals(List.of(Map.of("Ref", groupId)), Smoke.onlyProperties(resources, "AWS::IAM::User").get("Groups"));
    }
}
