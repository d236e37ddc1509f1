package uz.ultramarket.local;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;

/** A function's {@code context.getLogger()}: every line in verbose mode, otherwise only warnings and errors. */
record FunctionLog(String function, boolean verbose) implements LambdaLogger {

    @Override
    public void log(String message) {
        log(message, LogLevel.UNDEFINED);
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }

    @Override
    public void log(String message, LogLevel level) {
        if (verbose || level == LogLevel.WARN || level == LogLevel.ERROR || level == LogLevel.FATAL) {
            System.out.println("[" + function + "] " + message.stripTrailing());
        }
    }

    @Override
    public void log(byte[] message, LogLevel level) {
        log(new String(message, StandardCharsets.UTF_8), level);
    }
}
