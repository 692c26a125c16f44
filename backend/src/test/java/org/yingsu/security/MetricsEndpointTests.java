package org.yingsu.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.SecurityFixtures;

/**
 * Issue 15 item 6: the Prometheus endpoint tells an outsider nothing; a scraper uses YINGSU_METRICS_TOKEN. Its
 * refusals are the same problems as the API's (issue 15: no bare answers).
 */
@QuarkusTest
class MetricsEndpointTests {

    private static String metricsToken() {
        return ConfigProvider.getConfig().getValue("yingsu.metrics-token", String.class);
    }

    @Test
    void metricsNeedTheMetricsTokenOrAnAdmin() {
        Api.anonymous().get("/q/metrics").then().statusCode(401);
        Api.as("ysk_made-up-token").get("/q/metrics").then().statusCode(401);
        Api.as(metricsToken() + "x").get("/q/metrics").then().statusCode(401);
        Api.as(SecurityFixtures.token("READER", null).secret()).get("/q/metrics").then().statusCode(403);
        Api.as(metricsToken()).get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        Api.as(SecurityFixtures.token("ADMIN", null).secret()).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void refusalsAreProblemsLikeTheApis() {
        Api.anonymous().get("/q/metrics").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"yingsu\"")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:yingsu:problem:unauthenticated"), "status", equalTo(401));
        Api.as("ysk_made-up-token").get("/q/metrics").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        Api.as(SecurityFixtures.token("READER", null).secret()).get("/q/metrics").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:yingsu:problem:forbidden"), "status", equalTo(403));
    }

    @Test
    void theMetricsTokenOpensNothingElse() {
        Api.as(metricsToken()).get("/api/cases").then().statusCode(403);
        Api.as(metricsToken()).get("/api/audit").then().statusCode(403);
        Api.as(metricsToken()).get("/api/auth/me").then().statusCode(403);
    }
}
