package uz.ultramarket.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/** What the local stack keeps between runs, under one folder ({@code local/.data} by default). */
record DataFolder(Path root) {
    private static final Set<String> ENTRIES = Set.of("dynamodb", "postgres", "postgres.log", "moto.log", "function-environment.properties");

    Path dynamoDb() { return root.resolve("dynamodb"); }

    Path postgres() { return root.resolve("postgres"); }

    Path postgresLog() { return root.resolve("postgres.log"); }

    Path motoLog() { return root.resolve("moto.log"); }

    /** The environment functions see, for a function run in another JVM (a cold-start benchmark, say). */
    Path functionEnvironment() { return root.resolve("function-environment.properties"); }

    /** Creates the folder, wiping it first if asked; true when it starts empty, so deploy hooks see {@code Create}. */
    boolean prepare(boolean wipe) throws IOException {
        if (wipe && Files.isDirectory(root)) wipe();
        boolean fresh = !Files.isDirectory(root) || isEmpty();
        Files.createDirectories(root);
        return fresh;
    }

    // deletes only a folder that holds nothing but what the stack puts there, whatever --data-dir names
    private void wipe() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            var foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !ENTRIES.contains(n)).sorted().toList();
            if (!foreign.isEmpty()) {
                throw new IllegalStateException("--fresh refuses to wipe " + root + ": it holds " + foreign + ", which the local stack did not put there");
            }
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (var path : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
        }
        Progress.say("wiped " + root);
    }

    private boolean isEmpty() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.findAny().isEmpty();
        }
    }
}
