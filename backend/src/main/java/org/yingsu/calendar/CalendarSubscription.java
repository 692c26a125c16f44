package org.yingsu.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.Official;

/** A calendar feed of an agency's or an official's hearings, at a secret URL that can be revoked. */
@Entity
@Table(name = "calendar_subscription")
public class CalendarSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** SHA-256 of the secret in the URL; the secret itself is never stored. */
    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    public Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "official_id")
    public Official official;

    @Column(nullable = false, length = 100)
    public String name;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** The agency whose hearings the feed shows: the subscriber's own, or the official's. */
    public Agency subjectAgency() {
        return agency != null ? agency : official.agency;
    }
}
