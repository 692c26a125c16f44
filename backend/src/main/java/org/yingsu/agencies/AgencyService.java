package org.yingsu.agencies;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.yingsu.agencies.AgencyDtos.AgencyCreate;
import org.yingsu.agencies.AgencyDtos.AgencyResponse;
import org.yingsu.agencies.AgencyDtos.AgencyUpdate;
import org.yingsu.agencies.AgencyDtos.OfficialCreate;
import org.yingsu.agencies.AgencyDtos.OfficialResponse;
import org.yingsu.agencies.AgencyDtos.OfficialUpdate;
import org.yingsu.common.http.ETags;
import org.yingsu.common.http.Listing;
import org.yingsu.common.http.PageResult;
import org.yingsu.common.http.Paging;
import org.yingsu.common.persistence.KeepsDutiesCurrent;
import org.yingsu.common.problem.ProblemException;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@KeepsDutiesCurrent
class AgencyService {

    @Inject
    AgencyRepository agencies;

    @Inject
    OfficialRepository officials;

    @Inject
    AgencyAccess access;

    public PageResult<AgencyResponse> listAgencies(AgencyKind kind, String parentCode, String text, Listing listing,
            Paging paging) {
        var query = agencies.search(kind, parentCode, text, listing, Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(AgencyResponse::of).toList(), paging.page, paging.size,
                query.count());
    }

    public Optional<AgencyResponse> findAgency(String code) {
        return agencies.findByCode(code).filter(access::sees).map(AgencyResponse::of);
    }

    public AgencyResponse createAgency(AgencyCreate body) {
        Agency agency = new Agency();
        agency.code = body.code().trim();
        agency.name = body.name().trim();
        agency.kind = body.kind();
        agency.parent = parentOf(body.parentCode(), null);
        agency.email = blankToNull(body.email());
        agencies.persist(agency);
        agencies.flush();
        return AgencyResponse.of(agency);
    }

    public AgencyResponse updateAgency(String code, AgencyUpdate body, String ifMatch) {
        Agency agency = requireAgency(code);
        ETags.checkIfMatch(ifMatch, agency.version);
        agency.name = body.name().trim();
        agency.kind = body.kind();
        agency.parent = parentOf(body.parentCode(), agency);
        agency.email = blankToNull(body.email());
        agencies.flush();
        return AgencyResponse.of(agency);
    }

    public void deleteAgency(String code) {
        agencies.delete(requireAgency(code));
        agencies.flush();
    }

    public Agency requireAgency(String code) {
        return agencies.findByCode(code).orElseThrow(() -> ProblemException.notFound("Agency", code));
    }

    /** A parent must exist and must not make the hierarchy a cycle. */
    private Agency parentOf(String parentCode, Agency child) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        Agency parent = agencies.findByCode(parentCode.trim())
                .orElseThrow(() -> ProblemException.ruleBroken("parentCode", "no agency has the code " + parentCode));
        for (Agency ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == child) {
                throw ProblemException.ruleBroken("parentCode", "an agency cannot be placed under itself");
            }
        }
        return parent;
    }

    public PageResult<OfficialResponse> listOfficials(String agencyCode, OfficialRole role, String text,
            Listing listing, Paging paging) {
        var query = officials.search(agencyCode, role, text, listing, Page.of(paging.page, paging.size));
        return new PageResult<>(query.list().stream().map(OfficialResponse::of).toList(), paging.page, paging.size,
                query.count());
    }

    public Optional<OfficialResponse> findOfficial(String code) {
        return officials.findByCode(code).filter(access::sees).map(OfficialResponse::of);
    }

    public OfficialResponse createOfficial(OfficialCreate body) {
        checkRange(body.validFrom(), body.validTo());
        Official official = new Official();
        official.code = body.code().trim();
        official.agency = agencies.findByCode(body.agencyCode().trim())
                .orElseThrow(() -> ProblemException.ruleBroken("agencyCode", "no agency has the code "
                        + body.agencyCode()));
        official.name = body.name().trim();
        official.role = body.role();
        official.title = body.title();
        official.validFrom = body.validFrom();
        official.validTo = body.validTo();
        officials.persist(official);
        officials.flush();
        return OfficialResponse.of(official);
    }

    public OfficialResponse updateOfficial(String code, OfficialUpdate body, String ifMatch) {
        Official official = requireOfficial(code);
        ETags.checkIfMatch(ifMatch, official.version);
        checkRange(body.validFrom(), body.validTo());
        official.name = body.name().trim();
        official.role = body.role();
        official.title = body.title();
        official.validFrom = body.validFrom();
        official.validTo = body.validTo();
        officials.flush();
        return OfficialResponse.of(official);
    }

    public void deleteOfficial(String code) {
        officials.delete(requireOfficial(code));
        officials.flush();
    }

    public Official requireOfficial(String code) {
        return officials.findByCode(code).orElseThrow(() -> ProblemException.notFound("Official", code));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
    }
}
