package org.yingsu.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who a test request is from. Unless a test says otherwise, every request carries the bootstrap ADMIN token of the
 * {@code %test} profile, so that tests of features read as before security existed; {@link #anonymous()} and
 * {@link #as(String)} say otherwise.
 */
public final class Api {

    /** Marks a request that must go without the default credentials; removed before sending. */
    static final String ANONYMOUS = "X-Test-Anonymous";
    public static final String SESSION_COOKIE_NAME = "yingsu_session";

    private Api() {
    }

    public static String adminToken() {
        return ConfigProvider.getConfig().getValue("yingsu.bootstrap-admin-token", String.class);
    }

    public static RequestSpecification anonymous() {
        return given().header(ANONYMOUS, "true");
    }

    /** A request with this bearer token. */
    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** Installs the default ADMIN credentials once per class loader that runs tests. */
    public static synchronized void authenticateAsAdminByDefault() {
        if (RestAssured.filters().stream().noneMatch(DefaultAdmin.class::isInstance)) {
            RestAssured.filters(new DefaultAdmin());
        }
    }

    private static final class DefaultAdmin implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
                request.removeHeader(ANONYMOUS);
            } else if (!request.getHeaders().hasHeaderWithName("Authorization")
                    && !request.getCookies().hasCookieWithName(SESSION_COOKIE_NAME)) {
                request.header("Authorization", "Bearer " + adminToken());
            }
            return context.next(request, response);
        }
    }
}
