package org.laborlink.platform.caller;

/** The realm roles of LaborLink's Keycloak realm. */
public enum Role {
    WORKER("worker"), EMPLOYER("employer"), OFFICER("officer"), ADMIN("admin"), PARTNER("partner"), PROVIDER("provider");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
