package org.yingsu.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.yingsu.agencies.Agency;
import org.yingsu.agencies.AgencyAccess;
import org.yingsu.agencies.OfficialRepository;
import org.yingsu.calendar.CalendarDtos.SubscriptionCreate;
import org.yingsu.calendar.CalendarDtos.SubscriptionResponse;
import org.yingsu.common.problem.ProblemException;
import org.yingsu.common.time.Shanghai;
import org.yingsu.litigation.hearings.Hearing;
import org.yingsu.litigation.hearings.HearingRepository;
import org.yingsu.litigation.vocabulary.HearingStatus;
import org.yingsu.warnings.HeadConfirmation;
import org.yingsu.warnings.HeadConfirmationRepository;

/** iCalendar (RFC 5545) feeds of hearings, written with ical4j. */
@ApplicationScoped
@Transactional
class CalendarService {

    public static final String FEED_PATH = "/api/calendar/feeds/";
    /** How far back and ahead a feed reaches. */
    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(365);
    /** Courts schedule hearings by their start; two hours is a fair guess at their length. */
    static final Duration HEARING_LENGTH = Duration.ofHours(2);

    /** The longest content line RFC 5545 allows, in octets (the CRLF not counted). */
    static final int LINE_OCTETS = 75;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    OfficialRepository officials;

    @Inject
    HeadConfirmationRepository confirmations;

    @Inject
    HearingRepository hearingRepository;

    @Inject
    Clock clock;

    @Inject
    AgencyAccess access;

    public SubscriptionResponse subscribe(SubscriptionCreate body) {
        boolean byAgency = body.agencyCode() != null && !body.agencyCode().isBlank();
        boolean byOfficial = body.officialCode() != null && !body.officialCode().isBlank();
        if (byAgency == byOfficial) {
            throw ProblemException.invalid("agencyCode", "give exactly one of agencyCode and officialCode");
        }
        CalendarSubscription s = new CalendarSubscription();
        s.name = body.name().trim();
        if (byAgency) {
            s.agency = access.named(body.agencyCode());
        } else {
            s.official = officials.findByCode(body.officialCode()).filter(access::sees).orElseThrow(() -> ProblemException.ruleBroken(
                    "officialCode", "no official has the code " + body.officialCode()));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        s.tokenHash = sha256(token);
        subscriptions.persist(s);
        subscriptions.flush();
        return SubscriptionResponse.of(s, FEED_PATH + token + ".ics");
    }

    public List<SubscriptionResponse> list(String agencyCode) {
        return subscriptions.list("from CalendarSubscription s left join fetch s.agency left join fetch s.official o"
                + " left join fetch o.agency order by s.id").stream()
                .filter(s -> agencyCode == null || s.subjectAgency().code.equals(agencyCode))
                .filter(s -> access.sees(s.subjectAgency()))
                .map(s -> SubscriptionResponse.of(s, null)).toList();
    }

    public void revoke(long id) {
        CalendarSubscription s = subscriptions.findByIdOptional(id).filter(sub -> access.sees(sub.subjectAgency()))
                .orElseThrow(() -> ProblemException.notFound("Calendar subscription", id));
        if (s.revokedAt == null) {
            s.revokedAt = OffsetDateTime.now(clock);
        }
    }

    /** The feed for a secret, or empty when the secret is unknown or revoked (the two look the same). */
    public Optional<String> feed(String token) {
        return subscriptions.find("tokenHash = ?1 and revokedAt is null", sha256(token)).firstResultOptional()
                .map(this::render);
    }

    private String render(CalendarSubscription s) {
        Agency agency = s.subjectAgency();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Hearing> hearings = hearingRepository.ofDefendant(agency.id, now.minus(PAST), now.plus(AHEAD));
        Map<Long, HeadConfirmation> confirmed = confirmations.search(null, agency.code).stream()
                .collect(Collectors.toMap(c -> c.hearing.id, c -> c, (a, b) -> a));

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Yingsu//应诉 开庭日历//ZH"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        // The name calendar apps show for the subscription, and the zone they show its times in.
        calendar.add(new XProperty("X-WR-CALNAME", s.name));
        calendar.add(new XProperty("X-WR-TIMEZONE", Shanghai.ZONE.getId()));
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Shanghai.ZONE.getId())
                .getVTimeZone());
        for (Hearing h : hearings) {
            HeadConfirmation confirmation = confirmed.get(h.id);
            boolean mine = s.official != null && confirmation != null && confirmation.official.id.equals(s.official.id);
            String summary = (mine ? "【请您出庭】" : "") + "开庭：" + h.litigationCase.caseNumber
                    + (h.litigationCase.causeOfAction == null ? "" : " " + h.litigationCase.causeOfAction);
            // Court time, as the court wrote it: a Beijing-time DTSTART with its TZID, not UTC.
            VEvent event = new VEvent(h.scheduledAt.atZoneSameInstant(Shanghai.ZONE), HEARING_LENGTH, summary);
            // Stamped with the last change of what the event shows, so that two fetches of an unchanged feed are
            // byte for byte the same and a calendar app sees an update only when there is one.
            OffsetDateTime changed = confirmation == null || confirmation.updatedAt.isBefore(h.updatedAt)
                    ? h.updatedAt : confirmation.updatedAt;
            event.replace(new DtStamp(changed.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            event.add(new LastModified(changed.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, h.version)));
            event.add(new Uid("hearing-" + h.id + "-" + agency.code + "@yingsu"));
            event.add(new Location(h.litigationCase.court));
            event.add(new Description("案号：" + h.litigationCase.caseNumber + "\n被告：" + agency.name
                    + "\n出庭负责人：" + (confirmation == null ? "尚未确认" : confirmation.official.name)));
            event.add(h.status == HearingStatus.CANCELLED || h.status == HearingStatus.POSTPONED
                    ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            // Unfolded here and folded by octets below: ical4j folds by characters, and a line of Chinese text
            // folded at 73 characters is over 200 octets.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold(out.toString());
    }

    /** RFC 5545 §3.1: content lines of at most 75 octets, longer ones continued after CRLF and a space. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 16);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = LINE_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > limit) {
                    folded.append("\r\n ");
                    octets = 0;
                    limit = LINE_OCTETS - 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
