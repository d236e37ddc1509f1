package uz.ultramarket.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The access-token keys in their Secrets Manager secret ({@value #SECRET_VARIABLE}), read once and reused for
 * {@code maxAge} per container. A token naming a key this container does not know yet (another container rotated)
 * makes it read again, at most every {@link #RELOAD_AT_MOST_EVERY}.
 *
 * <p>The first key is made by whoever needs one first: when the secret has no value, this puts a new key set as the
 * version with a fixed client request token — Secrets Manager keeps one version per token, so containers racing to
 * create it all end up reading the same one.
 */
public final class SigningKeyStore implements SigningKeys {

    /** Carries the secret's ARN: {@code Registry.SIGNING_KEYS.envName()}. */
    public static final String SECRET_VARIABLE = "SECRET_SIGNING_KEYS_ARN";
    static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(30);
    private static final String FIRST_VERSION_TOKEN = "ultramarket-signing-keys-first-version-0001";
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyStore.class);

    private final SecretsManagerClient secrets;
    private final String secretId;
    private final Clock clock;
    private final Duration maxAge;
    private final boolean mayCreate;
    private volatile Loaded loaded;

    private record Loaded(SigningKeySet set, Instant at) {}

    /**
     * @param mayCreate whether this function makes the first key when there is none (the signers, which keep the
     *                  secret); a verifier only reads, and before the first key exists no token can be valid anyway
     */
    /**
     * The store a function's environment names: the secret in {@value #SECRET_VARIABLE}, keys reused for
     * {@code SIGNING_KEYS_MAX_AGE} (default 5 minutes); {@code mayCreate} only for the functions that keep the secret.
     */
    public static SigningKeyStore configured(SecretsManagerClient secrets, uz.ultramarket.core.config.Config config,
                                             Clock clock, boolean mayCreate) {
        return new SigningKeyStore(secrets, config.require(SECRET_VARIABLE), clock,
                config.getDuration("SIGNING_KEYS_MAX_AGE", Duration.ofMinutes(5)), mayCreate);
    }

    public SigningKeyStore(SecretsManagerClient secrets, String secretId, Clock clock, Duration maxAge, boolean mayCreate) {
        this.secrets = secrets;
        this.secretId = secretId;
        this.clock = clock;
        this.maxAge = maxAge;
        this.mayCreate = mayCreate;
    }

    @Override
    public SigningKeySet current() {
        Loaded now = loaded;
        if (now == null || !clock.instant().isBefore(now.at().plus(maxAge))) {
            now = reload();
        }
        return now.set();
    }

    @Override
    public Optional<SigningKey> find(String kid) {
        Optional<SigningKey> key;
        try {
            key = current().find(kid);
        } catch (NoKeyYetException e) {
            return Optional.empty();
        }
        if (key.isPresent()) return key;
        Loaded now = loaded;
        if (now != null && clock.instant().isBefore(now.at().plus(RELOAD_AT_MOST_EVERY))) return Optional.empty();
        return reload().set().find(kid);
    }

    /** Makes a new current key, keeps the current one as previous (it still verifies), and writes the set. */
    public synchronized SigningKeySet rotate() {
        SigningKeySet next = read().orElseGet(this::createFirst).rotated(clock.instant());
        secrets.putSecretValue(r -> r.secretId(secretId).secretString(next.toJson()));
        loaded = new Loaded(next, clock.instant());
        LOG.info("Rotated the access-token signing key: new kid {}, previous kid {}", next.current().kid(), next.keys().get(1).kid());
        return next;
    }

    private synchronized Loaded reload() {
        Loaded fresh = new Loaded(read().orElseGet(() -> {
            if (!mayCreate) throw new NoKeyYetException(secretId);
            return createFirst();
        }), clock.instant());
        loaded = fresh;
        return fresh;
    }

    /** The secret has no key yet and this function may not make one. */
    static final class NoKeyYetException extends IllegalStateException {
        NoKeyYetException(String secretId) {
            super("the signing-keys secret " + secretId + " has no key yet; the accounts functions make the first one");
        }
    }

    private Optional<SigningKeySet> read() {
        try {
            return Optional.of(SigningKeySet.fromJson(secrets.getSecretValue(r -> r.secretId(secretId)).secretString()));
        } catch (ResourceNotFoundException noValueYet) {
            return Optional.empty();
        }
    }

    private SigningKeySet createFirst() {
        var first = SigningKeySet.generate(clock.instant());
        try {
            secrets.putSecretValue(r -> r.secretId(secretId).secretString(first.toJson()).clientRequestToken(FIRST_VERSION_TOKEN));
            LOG.info("Created the first access-token signing key, kid {}", first.current().kid());
        } catch (ResourceExistsException anotherContainerWon) {
            LOG.info("Another container created the first signing key; using it");
        } catch (ResourceNotFoundException e) {
            throw new IllegalStateException("the signing-keys secret " + secretId + " does not exist", e);
        }
        return read().orElseThrow(() -> new IllegalStateException("the signing-keys secret " + secretId + " has no value after creating one"));
    }
}
