package dev.valuenetwork.common.security;

import dev.valuenetwork.common.error.ApiException;
import dev.valuenetwork.common.error.ErrorCode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may write: role editor for creating and updating, admin for deleting and importing; an
 * admin is also an editor. Identity is resolved lazily (proactive authentication is off), so a
 * bad token surfaces here, as UNAUTHENTICATED in the GraphQL response, not as a bare HTTP 401.
 */
@ApplicationScoped
public class Access {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;

    @Inject
    VerificationKeys keys;

    /** The editor's name for the audit trail; fails unless the caller is an editor or admin. */
    public String requireEditor() {
        return require(EDITOR);
    }

    /** The admin's name for the audit trail; fails unless the caller is an admin. */
    public String requireAdmin() {
        return require(ADMIN);
    }

    private String require(String role) {
        if (!keys.any()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "This instance verifies no tokens, so it accepts no writes:"
                    + " set mp.jwt.verify.publickey.location (and mp.jwt.verify.issuer) to your token issuer's key.");
        }
        try {
            if (identity.isAnonymous()) {
                throw new ApiException(ErrorCode.UNAUTHENTICATED,
                        "This operation needs a bearer token with role " + role + ": send Authorization: Bearer <token>.");
            }
            boolean allowed = identity.hasRole(ADMIN) || (EDITOR.equals(role) && identity.hasRole(EDITOR));
            if (!allowed) {
                throw new ApiException(ErrorCode.FORBIDDEN, "This operation needs role " + role + "; the token has "
                        + identity.getRoles() + ".");
            }
            return identity.getPrincipal().getName();
        } catch (AuthenticationFailedException e) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "The bearer token is not valid here: expired, badly signed"
                    + " or from another issuer.");
        }
    }
}
