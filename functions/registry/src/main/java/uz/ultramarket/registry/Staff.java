package uz.ultramarket.registry;

/**
 * Who may use an admin-console function: store managers (catalog, stock, orders, the dashboard) and admins, or admins
 * only (customers, roles, delivery settings, the audit log). The ids are the token's {@code role} claims.
 */
public enum Staff {
    MANAGER("manager"),
    ADMIN("admin");

    private final String role;

    Staff(String role) { this.role = role; }

    /** The role claim this clearance needs at least ({@code admin} also passes a manager's check). */
    public String role() { return role; }
}
