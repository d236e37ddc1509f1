package uz.ultramarket.core.crac;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crac.Core;
import org.crac.Resource;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.Problem;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.money.Money;

/** Shared SnapStart (CRaC) helpers: what to load and run before the snapshot so restored functions start warm. */
public final class Priming {

    private record Sample(Instant at, Money amount, Optional<String> note, List<FieldError> errors, Problem problem) {}

    private Priming() {}

    /** Registers a resource whose {@code beforeCheckpoint} runs before Lambda takes the snapshot. */
    public static void register(Resource resource) {
        Core.getGlobalContext().register(resource);
    }

    /** Runs Jackson once both ways over the value types we use, loading its costliest classes before the snapshot. */
    public static void warmJson() {
        Sample sample = new Sample(Instant.now(), Money.ofSom(1), Optional.of("priming"),
                List.of(new FieldError("field", "reason")), Problem.internal("priming"));
        Json.read(Json.write(sample), Sample.class);
    }
}
