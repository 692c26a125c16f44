package org.yingsu.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.common.http.ReadBack;
import org.yingsu.common.time.Shanghai;

/** Request and response bodies of logins, accounts and API tokens; requests hold only what a client may set. */
public final class SecurityDtos {

    private SecurityDtos() {
    }

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @NotBlank @Size(max = 64) @Schema(example = "admin") String username,
            @NotNull @Size(max = 200) String password) {
    }

    @Schema(name = "Me", description = "Who is calling, and which agencies they see")
    public record Me(
            @Schema(description = "USER (a person with a session) or TOKEN (an API token)") Caller.Kind kind,
            @Schema(nullable = true, description = "The username; null for a token") String username,
            @Schema(description = "The person's name, or the token's name") String displayName,
            Role role,
            @Schema(nullable = true, description = "The agency of an AGENCY caller") String agencyCode,
            @Schema(description = "AGENCY: its agency and those under it; empty for the other roles, which are not "
                    + "scoped by agency") List<String> visibleAgencyCodes,
            @Schema(nullable = true, description = "For a cookie session: send it as X-CSRF-Token with every "
                    + "POST, PUT, PATCH and DELETE; null for a token") String csrfToken) {
    }

    @Schema(name = "PasswordChange")
    public record PasswordChange(
            @NotNull @Size(max = 200) String currentPassword,
            @NotNull @Size(max = 200) String newPassword) {
    }

    @Schema(name = "PasswordReset")
    public record PasswordReset(@NotNull @Size(max = 200) String newPassword) {
    }

    @Schema(name = "UserCreate")
    public record UserCreate(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.@-]*",
                    message = "must be letters, digits, '-', '_', '.' or '@'") @Schema(example = "minzheng") String username,
            @NotBlank @Size(max = 100) @Schema(example = "区民政局 王某") String displayName,
            @NotNull Role role,
            @Size(max = 64) @Schema(description = "Required for AGENCY, not allowed otherwise") String agencyCode,
            @NotNull @Size(max = 200) String password) {
    }

    @ReadBack(UserResponse.class)
    @Schema(name = "UserUpdate")
    public record UserUpdate(
            @NotBlank @Size(max = 100) String displayName,
            @NotNull Role role,
            @Size(max = 64) String agencyCode,
            @NotNull @Schema(description = "A disabled account cannot log in; its sessions end") Boolean enabled) {
    }

    @Schema(name = "User")
    public record UserResponse(String username, String displayName, Role role,
            @Schema(nullable = true) String agencyCode, boolean enabled,
            OffsetDateTime passwordChangedAt, OffsetDateTime createdAt, long version) {

        static UserResponse of(UserAccount user, String agencyCode) {
            return new UserResponse(user.username, user.displayName, user.role, agencyCode, user.enabled,
                    Shanghai.local(user.passwordChangedAt), Shanghai.local(user.createdAt), user.version);
        }
    }

    @Schema(name = "TokenCreate")
    public record TokenCreate(
            @NotBlank @Size(max = 100) @Schema(example = "渝北区法院 立案系统") String name,
            @NotNull Role role,
            @Size(max = 64) @Schema(description = "Required for AGENCY, not allowed otherwise") String agencyCode,
            @Size(max = 200) @Schema(description = "Required for COURT, not allowed otherwise: the court whose cases "
                    + "the token pushes and reads, as cases name it", example = "重庆市渝北区人民法院") String court,
            @NotNull @Schema(description = "When the token stops working; must be in the future")
            OffsetDateTime expiresAt) {
    }

    @Schema(name = "Token", description = "An API token; its secret is never shown again after creation")
    public record TokenResponse(long id, String name, Role role, @Schema(nullable = true) String agencyCode,
            @Schema(nullable = true, description = "The court of a COURT token; empty for a COURT token made before "
                    + "tokens had one, which reads and pushes every case the court side created: replace it")
            String court,
            @Schema(description = "The first characters of the secret, to tell tokens apart") String hint,
            @Schema(nullable = true) OffsetDateTime expiresAt, @Schema(nullable = true) OffsetDateTime revokedAt,
            @Schema(nullable = true) OffsetDateTime lastUsedAt, @Schema(nullable = true) String createdBy,
            OffsetDateTime createdAt,
            @Schema(description = "ACTIVE, EXPIRED or REVOKED") String status) {

        static TokenResponse of(ApiToken token, String agencyCode, OffsetDateTime now) {
            String status = token.revokedAt != null ? "REVOKED"
                    : token.expiresAt != null && !token.expiresAt.isAfter(now) ? "EXPIRED" : "ACTIVE";
            return new TokenResponse(token.id, token.name, token.role, agencyCode, token.court, token.hint,
                    Shanghai.local(token.expiresAt),
                    Shanghai.local(token.revokedAt), Shanghai.local(token.lastUsedAt), token.createdBy,
                    Shanghai.local(token.createdAt), status);
        }
    }

    @Schema(name = "TokenCreated", description = "The new token with its secret, shown this once")
    public record TokenCreated(TokenResponse token,
            @Schema(description = "Send as Authorization: Bearer <secret>. Store it now: it cannot be shown again")
            String secret) {
    }
}
