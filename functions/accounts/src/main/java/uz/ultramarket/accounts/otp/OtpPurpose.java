package uz.ultramarket.accounts.otp;

import java.util.Locale;

/** What a code is for: a code asked for to register cannot log in, and the other way round. */
public enum OtpPurpose {
    REGISTER, LOGIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OtpPurpose of(String id) {
        return switch (id) {
            case "register" -> REGISTER;
            case "login" -> LOGIN;
            default -> throw new IllegalArgumentException(id);
        };
    }
}
