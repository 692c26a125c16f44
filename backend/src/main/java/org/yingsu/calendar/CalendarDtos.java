package org.yingsu.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class CalendarDtos {

    private CalendarDtos() {
    }

    @Schema(name = "CalendarSubscriptionCreate", description = "Exactly one of agencyCode and officialCode")
    public record SubscriptionCreate(@NotBlank @Size(max = 100) @Schema(example = "张局长的手机日历") String name,
            @Size(max = 64) String agencyCode, @Size(max = 64) String officialCode) {
    }

    @Schema(name = "CalendarSubscription")
    public record SubscriptionResponse(long id, String name, @Schema(nullable = true) String agencyCode,
            @Schema(nullable = true) String officialCode,
            OffsetDateTime createdAt, @Schema(nullable = true) OffsetDateTime revokedAt,
            @Schema(description = "Only in the answer that creates it: the feed's secret address")
            String feedPath) {

        static SubscriptionResponse of(CalendarSubscription s, String feedPath) {
            return new SubscriptionResponse(s.id, s.name, s.agency == null ? null : s.agency.code,
                    s.official == null ? null : s.official.code, s.createdAt, s.revokedAt, feedPath);
        }
    }
}
