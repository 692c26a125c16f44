package org.yingsu.attachments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yingsu.testing.Fixtures;
import org.yingsu.testing.Json;

@QuarkusTest
class DocumentTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    private long delegation;

    @BeforeEach
    void setUp() {
        String bureau = Fixtures.agency("DEPARTMENT");
        String staff = Fixtures.official(bureau, "STAFF", "2020-01-01", null);
        long caseId = Fixtures.caseOf(List.of(bureau), "FIRST_INSTANCE");
        long hearing = Fixtures.hearing(caseId, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(9)
                + "T09:30:00+08:00", "SCHEDULED");
        delegation = Json.post("/api/delegations", Map.of("hearingId", hearing, "agencyCode", bureau,
                "reasonCategory", "NON_DELEGABLE_DUTY", "reason", "局长当日出席市政府常务会议，无法出庭",
                "delegateOfficialCode", staff)).statusCode(201).extract().jsonPath().getLong("id");
    }

    private io.restassured.specification.RequestSpecification upload(String contentType, byte[] bytes) {
        return given().contentType(contentType).body(bytes).queryParam("ownerType", "DELEGATION")
                .queryParam("ownerId", delegation).queryParam("kind", "DELEGATION_LETTER")
                .queryParam("fileName", "授权委托书.pdf");
    }

    @Test
    void aPdfCutShortIsA400AndNothingIsStored() {
        byte[] cut = Arrays.copyOf(PDF, PDF.length - 8);
        upload("application/pdf", cut).post("/api/documents").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().queryParam("ownerType", "DELEGATION").queryParam("ownerId", delegation).get("/api/documents")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aDocumentIsStoredWithItsDigestAndDownloadedAsItWas() throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        long id = upload("application/pdf", PDF).post("/api/documents").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("sizeBytes", equalTo(PDF.length))
                .body("sha256", equalTo(sha256)).body("fileName", equalTo("授权委托书.pdf"))
                .extract().jsonPath().getLong("id");
        given().queryParam("ownerType", "DELEGATION").queryParam("ownerId", delegation).get("/api/documents")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].kind", equalTo("DELEGATION_LETTER"));
        byte[] downloaded = given().get("/api/documents/" + id + "/content").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("filename*=UTF-8''"))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        given().delete("/api/documents/" + id).then().statusCode(204);
        given().get("/api/documents/" + id).then().statusCode(404);
    }

    @Test
    void aForgedContentTypeIsRejected() {
        upload("application/pdf", PNG).post("/api/documents").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("image/png"));
        upload("application/pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/documents").then().statusCode(415);
        given().queryParam("ownerType", "DELEGATION").queryParam("ownerId", delegation).get("/api/documents")
                .then().body("$", hasSize(0));
    }

    @Test
    void aDocumentNeedsAnExistingOwnerAndAReasonableSize() {
        given().contentType("application/pdf").body(PDF).queryParam("ownerType", "DELEGATION")
                .queryParam("ownerId", 999_999_999).queryParam("kind", "OTHER").queryParam("fileName", "x.pdf")
                .post("/api/documents").then().statusCode(422).body("errors[0].field", equalTo("ownerId"));
        byte[] large = new byte[1_000_001];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        upload("application/pdf", large).post("/api/documents").then().statusCode(413)
                .contentType("application/problem+json");
    }
}
