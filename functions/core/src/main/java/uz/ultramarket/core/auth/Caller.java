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
        if (!isAdmin()) {
            throw ApiException.forbidden("Only a store admin may do this.");
        }
        return this;
    }
}
