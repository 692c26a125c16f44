package org.yingsu.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class SubscriptionRepository implements PanacheRepository<CalendarSubscription> {
}
