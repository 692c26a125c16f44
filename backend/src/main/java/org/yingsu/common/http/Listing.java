package org.yingsu.common.http;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code updatedSince} and {@code sort} query parameters every list takes, for incremental sync: the items whose
 * last change is at or after an instant, in an order the client chooses. Each list documents the fields it sorts by
 * as the enumeration of its own {@code sort} parameter ({@code @Parameter(name = "sort", schema = @Schema(enumeration
 * = …))} on the resource method); {@link QueryParameters} refuses any other value, so the documented list is the one
 * that is checked. A field is the name of the listed record's attribute, which is also the item's JSON field.
 */
public class Listing {

    public static final String SORT = "sort";
    public static final String SORT_DESCRIPTION = "The order of the items: one of the listed fields, ascending, or "
            + "descending with a leading '-'; ties are broken by id. Without it, the list's own order";
    private static final Pattern FIELD = Pattern.compile("-?[a-zA-Z]+");

    @QueryParam("updatedSince")
    @Parameter(description = "Only items whose last change (created or updated) is at or after this instant, "
            + "e.g. 2026-12-01T00:00:00+08:00: a client syncs by sending the time of its previous sync")
    public OffsetDateTime updatedSince;

    /** Documented by each list, with its fields: {@code @Parameter(name = SORT, description = SORT_DESCRIPTION, …)}. */
    @QueryParam(SORT)
    public String sort;

    public static Listing of(OffsetDateTime updatedSince, String sort) {
        Listing listing = new Listing();
        listing.updatedSince = updatedSince;
        listing.sort = sort;
        return listing;
    }

    /** Adds {@code and <alias>.updatedAt >= :updatedSince} when the client asked for changes since an instant. */
    public void restrict(StringBuilder query, Parameters parameters, String alias) {
        if (updatedSince != null) {
            query.append(" and ").append(alias).append(".updatedAt >= :updatedSince");
            parameters.and("updatedSince", updatedSince);
        }
    }

    /** The order asked for on the records of {@code alias}, then by their id; {@code natural} when none was. */
    public Sort order(String alias, Sort natural) {
        if (sort == null || sort.isEmpty()) {
            return natural;
        }
        if (!FIELD.matcher(sort).matches()) {
            throw new IllegalStateException("sort must have been checked against the documented fields: " + sort);
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        String prefix = alias == null ? "" : alias + ".";
        Sort order = Sort.by(prefix + field, descending ? Sort.Direction.Descending : Sort.Direction.Ascending);
        return field.equals("id") ? order : order.and(prefix + "id");
    }
}
