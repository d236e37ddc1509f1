package uz.ultramarket.accounts.session;

import uz.ultramarket.accounts.account.User;

/** A signed-in user's tokens: the access token goes in the JSON body, the refresh token in the cookie. */
public record Session(User user, AccessTokenIssuer.AccessToken access, RefreshTokens.Issued refresh) {}
