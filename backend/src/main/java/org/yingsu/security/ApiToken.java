package org.yingsu.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.yingsu.common.persistence.VersionedEntity;

/** A machine's credential; only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "api_token")
public class ApiToken extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    public String secretHash;

    /** The first characters of the secret, so that people can tell their tokens apart. */
    @Column(nullable = false, length = 16)
    public String hint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Role role;

    /** The agency of an AGENCY account; null for the other roles. */
    @Column(name = "agency_id")
    public Long agencyId;

    /** The court of a COURT token: it pushes and reads that court's cases only. */
    @Column(length = 200)
    public String court;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** Written with plain SQL at most once a minute, never through this entity (no version bump per request). */
    @Column(name = "last_used_at", insertable = false, updatable = false)
    public OffsetDateTime lastUsedAt;

    @Column(name = "created_by", length = 200)
    public String createdBy;
}
