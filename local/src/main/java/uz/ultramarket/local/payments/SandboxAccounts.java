package uz.ultramarket.local.payments;

/**
 * The fixed test accounts the local Payme and Click sandboxes stand for — the one place they are written: the local
 * stack puts them in the shop's secrets, the sandboxes sign and check with them, tests compare with them.
 */
public final class SandboxAccounts {
    private SandboxAccounts() {}

    /** The kassa id the shop puts in a checkout link's {@code m}. */
    public static final String PAYME_MERCHANT_ID = "64f1c0ffee0ba5e0da7a0001";
    /** Payme's Basic-auth login: always the literal {@code Paycom} (spec §2). */
    public static final String PAYME_LOGIN = "Paycom";
    /** The kassa key (36 characters, as Payme's are) until a ChangePassword rotates it. */
    public static final String PAYME_KEY = "UltraMarket-local-Payme-test-key-001";

    public static final String CLICK_SERVICE_ID = "30001";
    public static final String CLICK_MERCHANT_ID = "20001";
    public static final String CLICK_SECRET_KEY = "ultramarket-local-click-secret";
}
