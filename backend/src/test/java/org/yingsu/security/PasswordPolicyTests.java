package org.yingsu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;

/** Issue 15 item 6: a new password is refused when it is short or what a guesser tries first, in Chinese. */
@QuarkusTest
class PasswordPolicyTests {

    private static String newUsername() {
        return Fixtures.unique("pw").toLowerCase();
    }

    private static io.restassured.response.ValidatableResponse create(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "displayName", "口令测试",
                "role", "READER", "password", password)).post("/api/users").then();
    }

    @Test
    void commonRepeatedSequentialAndPersonalPasswordsAreRefusedNamingTheField() {
        String username = newUsername();
        Map<String, String> refused = Map.of(
                "short-pw", "不能少于 10 个字符",
                "password12", "太常见",
                "Password2026!", "太常见",
                "woaini1314", "太常见",
                "aaaaaaaaaa", "重复",
                "abcabcabcabc", "重复",
                "abcdefghijk", "连续",
                "0987654321", "连续",
                "yingsu-2026-secret", "系统名称",
                username + "-2026", "用户名");
        refused.forEach((password, message) -> create(username, password).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString(message))
                .body("detail", containsString("password")));
        given().get("/api/users/" + username).then().statusCode(404);
        create(username, "青山绿水-长江三峡-2026").statusCode(201);
    }

    @Test
    void theSameRulesHoldWhenTheBureauResetsAPassword() {
        String username = newUsername();
        create(username, "纸短情长-雾都夜色-山城").statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("newPassword", "qwertyuiop"))
                .put("/api/users/" + username + "/password").then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword")).body("errors[0].message", containsString("连续"));
    }

    @Test
    void theRulesThemselves() {
        assertTrue(Passwords.weakness("correct-horse-battery", "alice", 10).isEmpty());
        assertTrue(Passwords.weakness("dragon2031!!", "alice", 10).isPresent(), "a common word with an ending");
        assertTrue(Passwords.weakness("1qaz2wsx3edc", "alice", 10).isPresent(), "a keyboard column");
        assertTrue(Passwords.weakness("1212121212", "alice", 10).isPresent());
        assertEquals("密码不能包含用户名", Passwords.weakness("xxALICExxyy", "alice", 10).orElseThrow());
        assertTrue(Passwords.weakness("a".repeat(80), null, 10).orElseThrow().contains("72"));
    }
}
