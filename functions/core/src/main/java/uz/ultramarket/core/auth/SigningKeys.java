package uz.ultramarket.core.auth;

import java.util.Optional;

/** Where signers and verifiers get the access-token keys: {@link SigningKeyStore} in a function, a fixed set in tests. */
public interface SigningKeys {

    /** The key set in force (its first key signs). */
    SigningKeySet current();

    /** The key named {@code kid}, if it is current or previous — looking again once when it is not known yet. */
    Optional<SigningKey> find(String kid);

    /** Always the same set. */
    static SigningKeys fixed(SigningKeySet set) {
        return new SigningKeys() {
            @Override public SigningKeySet current() { return set; }
            @Override public Optional<SigningKey> find(String kid) { return set.find(kid); }
        };
    }
}
