package org.yingsu.common.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters every list takes. */
public class Paging {

    /** Far beyond any list's length, and small enough that page × size never overflows an offset. */
    public static final int LAST_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = Paging.LAST_PAGE, message = "must be at most " + Paging.LAST_PAGE)
    @Parameter(description = "Page number, from 0 to 1000000")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 500, message = "must be at most 500")
    @Parameter(description = "Items per page, 1 to 500")
    public int size;

    public static Paging of(int page, int size) {
        Paging paging = new Paging();
        paging.page = page;
        paging.size = size;
        return paging;
    }
}
