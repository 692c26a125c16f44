package org.yingsu.interviews;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.yingsu.agencies.Official;

/** A person at an interview; an official of the agency when picked from its list, else a name and a title. */
@Embeddable
public class InterviewParticipant {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ParticipantSide side;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(length = 100)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "official_id")
    public Official official;
}
