package io.kine.infra.organization;

import io.kine.kernel.organization.ResourceKind;

/** Adding or renaming a resource from the locations page. */
public class ResourceForm {

    private ResourceKind kind = ResourceKind.ROOM;
    private String name;

    public ResourceKind getKind() { return kind; }
    public void setKind(ResourceKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
