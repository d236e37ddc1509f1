package uz.ultramarket.accounts.account;

/** Another account already has this phone number (two registrations raced, or it was registered before). */
public final class PhoneTakenException extends RuntimeException {
    public PhoneTakenException() {
        super("the phone number already has an account", null, false, false);
    }
}
