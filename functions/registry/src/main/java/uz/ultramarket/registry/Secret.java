package uz.ultramarket.registry;

/**
 * A Secrets Manager secret whose value only an operator knows (a provider's key, a gateway login). The stack creates
 * it empty as {@code ultramarket/<stage>/<name>}; the operator puts the value in; a function that declares
 * {@link Access#readSecret} may read exactly this one. Locally, the stack creates and fills it for the sandboxes.
 */
public record Secret(String name, String description) {
    public Secret { Names.check(name); }

    /** The environment variable that carries this secret's ARN. */
    public String envName() { return "SECRET_" + Names.constant(name) + "_ARN"; }
}
