package uz.ultramarket.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.InvocationTargetException;
import java.util.UUID;
import uz.ultramarket.registry.FunctionSpec;

/**
 * One function's handler, created on first use and then kept, like a warm Lambda container. Unlike Lambda, one
 * instance serves concurrent invocations here, so handlers must be thread-safe (stateless handlers over
 * thread-safe clients are).
 */
final class WarmContainer {
    private final FunctionSpec function;
    private final FunctionLog log;
    private volatile RequestHandler<Object, Object> handler;

    WarmContainer(FunctionSpec function, boolean verbose) {
        this.function = function;
        this.log = new FunctionLog(function.name(), verbose);
    }

    FunctionSpec function() { return function; }

    String name() { return function.name(); }

    /** Runs the handler with {@code event}; whatever it throws reaches the caller, as a failed invocation. */
    Object invoke(Object event) {
        var context = new LambdaContext(UUID.randomUUID().toString(), function.name(), function.memoryMb(),
                System.currentTimeMillis() + function.timeout().toMillis(), log);
        return handler().handleRequest(event, context);
    }

    private RequestHandler<Object, Object> handler() {
        var ready = handler;
        if (ready != null) return ready;
        synchronized (this) {
            if (handler == null) handler = create();
            return handler;
        }
    }

    // a failed init leaves no instance behind, so the next invocation tries again, as Lambda does
    @SuppressWarnings("unchecked")
    private RequestHandler<Object, Object> create() {
        long start = System.nanoTime();
        try {
            var type = Class.forName(function.handler(), true, WarmContainer.class.getClassLoader());
            if (!RequestHandler.class.isAssignableFrom(type)) {
                throw new IllegalStateException(function.handler() + " is not a com.amazonaws.services.lambda.runtime.RequestHandler");
            }
            var instance = (RequestHandler<Object, Object>) type.getDeclaredConstructor().newInstance();
            if (log.verbose()) Progress.say(function.name() + " initialised in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return instance;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the constructor of " + function.handler() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + function.handler() + " for function " + function.name() + ": " + e, e);
        }
    }
}
