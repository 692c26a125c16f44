package org.yingsu.security;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Api;
import org.yingsu.testing.SecurityFixtures;

/** Issue 15 item 6: the Prometheus endpoint tells an outsider nothing; a scraper uses YINGSU_METRICS_TOKEN. */
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
    void theMetricsTokenOpensNothingElse() {
        Api.as(metricsToken()).get("/api/cases").then().statusCode(403);
        Api.as(metricsToken()).get("/api/audit").then().statusCode(403);
        Api.as(metricsToken()).get("/api/auth/me").then().statusCode(403);
    }
}
