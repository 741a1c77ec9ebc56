package dev.cdkiamkit.smoke;

import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** Helpers shared by the smoke tests (no cdk-iam-kit types here: this file always compiles). */
final class Smoke {
    private Smoke() {
    }

    /** A fresh App + Stack (no environment: account and region stay tokens). */
    static Stack newStack() {
        return new Stack(new App(), "Smoke");
    }

    /** The Resources section of the stack's synthesized template. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> resources(Stack stack) {
        Map<String, Object> json = Template.fromStack(stack).toJSON();
        return (Map<String, Map<String, Object>>) json.get("Resources");
    }

    /** The resources of one CloudFormation type, by logical ID. */
    static Map<String, Map<String, Object>> ofType(Map<String, Map<String, Object>> resources, String type) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        resources.forEach((id, r) -> {
            if (type.equals(r.get("Type"))) {
                out.put(id, r);
            }
        });
        return out;
    }

    /** The Properties of the only resource of a type; fails when there is not exactly one. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> onlyProperties(Map<String, Map<String, Object>> resources, String type) {
        Map<String, Map<String, Object>> found = ofType(resources, type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + ", found " + found.keySet());
        }
        return (Map<String, Object>) found.values().iterator().next().get("Properties");
    }

    /** "ALLOW" / "EXPLICIT_DENY" / "IMPLICIT_DENY" whether the binding exposes an enum or a string. */
    static String decisionName(Object decision) {
        return decision instanceof Enum<?> ? ((Enum<?>) decision).name() : String.valueOf(decision);
    }
}
