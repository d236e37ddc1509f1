package uz.ultramarket.ops.health;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How one component answered: {@code status} is {@code up} or {@code down}; {@code error} says why it is down. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComponentCheck(String component, String status, long latencyMs, String error) {

    static ComponentCheck up(String component, long latencyMs) {
        return new ComponentCheck(component, "up", latencyMs, null);
    }

    static ComponentCheck down(String component, long latencyMs, String error) {
        return new ComponentCheck(component, "down", latencyMs, error);
    }

    boolean isUp() { return status.equals("up"); }
}
