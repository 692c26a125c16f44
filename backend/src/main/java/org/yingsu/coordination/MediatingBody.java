package org.yingsu.coordination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.yingsu.common.persistence.VersionedEntity;

/** A body that mediates disputes: the centre, a 镇街 or a professional 人民调解 committee (the bureau's list). */
@Entity
@Table(name = "mediating_body")
public class MediatingBody extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MediatingBodyKind kind;

    @Column(nullable = false)
    public boolean active = true;
}
