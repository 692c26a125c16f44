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

/** A person who logs in to the web app. */
@Entity
@Table(name = "app_user")
public class UserAccount extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(name = "display_name", nullable = false, length = 100)
    public String displayName;

    /** bcrypt, {@code $2a$} form (the one Elytron reads). */
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Role role;

    /** The agency of an AGENCY account; null for the other roles. */
    @Column(name = "agency_id")
    public Long agencyId;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "password_changed_at", nullable = false)
    public OffsetDateTime passwordChangedAt;
}
