package org.yingsu.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Written by the database's audit triggers (and by logins); the application only reads it. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "transaction_id", nullable = false)
    public long transactionId;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(nullable = false, length = 16)
    public String action;

    @Column(nullable = false, length = 64)
    public String entity;

    @Column(name = "entity_id", nullable = false, length = 100)
    public String entityId;

    @Column(name = "natural_key", length = 400)
    public String naturalKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> after;
}
