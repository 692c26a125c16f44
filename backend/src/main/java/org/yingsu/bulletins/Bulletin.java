package org.yingsu.bulletins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 季度通报 as published: a numbered, dated snapshot of its whole content, never changed (a database trigger refuses
 * it); a correction is a new revision that supersedes it.
 */
@Entity
@Immutable
@Table(name = "bulletin")
public class Bulletin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int quarter;

    @Column(nullable = false)
    public int revision;

    @Column(name = "supersedes_id")
    public Long supersedesId;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(nullable = false)
    public String number;

    @Column(name = "number_year", nullable = false)
    public int numberYear;

    @Column(name = "number_sequence", nullable = false)
    public int numberSequence;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(name = "published_at", nullable = false, updatable = false)
    public OffsetDateTime publishedAt;

    /** The actor, as in the audit trail ({@code user:admin}, {@code token:12}). */
    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_by_name", nullable = false)
    public String publishedByName;

    /** The {@link BulletinContent} as JSON, written once. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;
}
