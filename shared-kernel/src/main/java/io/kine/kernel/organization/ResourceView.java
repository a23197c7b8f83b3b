package io.kine.kernel.organization;

public record ResourceView(ResourceId resourceId, ResourceKind kind, String name) {
}
