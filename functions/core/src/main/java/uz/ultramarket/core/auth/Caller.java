package uz.ultramarket.core.auth;

import uz.ultramarket.core.http.ApiException;

/**
 * Who sent a request, as its verified access token says: {@link AccessTokenVerifier#authenticate} makes one. Handlers
 * take the user id from here, never from the URL or the body.
 */
public record Caller(String userId, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** 403 unless the caller is a store admin (checked here, on the server, from the signed token). */
    public Caller requireAdmin() {
        return require(Role.ADMIN);
    }

    /** 403 unless the caller's role covers {@code needed} (an admin may do what a manager may). */
    public Caller require(Role needed) {
        if (!role.covers(needed)) {
            throw ApiException.forbidden(needed == Role.ADMIN ? "Only a store admin may do this."
                    : "Only store staff (a manager or an admin) may do this.");
        }
        return this;
    }
}
