package org.yingsu.accountability;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReferralRepository implements PanacheRepository<AccountabilityReferral> {
}
