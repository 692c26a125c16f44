package org.yingsu.common.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yingsu.YingsuMain;

/**
 * Which database the product runs on (docs/domain.md §7): the external one when its URL is configured, else the embedded one,
 * unless that is switched off as in the container image — then start-up stops with a message saying what to set.
 */
class DatabaseChoiceTests {

    private static final Optional<String> URL = Optional.of("jdbc:postgresql://db.example:5432/yingsu");

    @Test
    void anExternalUrlIsUsedWhateverTheEmbeddedSetting() {
        assertFalse(EmbeddedDatabase.embeddedWanted(URL, Optional.empty()));
        assertFalse(EmbeddedDatabase.embeddedWanted(URL, Optional.of("true")));
        assertFalse(EmbeddedDatabase.embeddedWanted(URL, Optional.of("false")));
    }

    @Test
    void withoutAnExternalUrlTheEmbeddedServerStartsByDefault() {
        assertTrue(EmbeddedDatabase.embeddedWanted(Optional.empty(), Optional.empty()));
        assertTrue(EmbeddedDatabase.embeddedWanted(Optional.empty(), Optional.of("TRUE")));
    }

    @Test
    void switchedOffWithoutAnExternalUrlItRefusesToStartAndSaysWhatToSet() {
        var refused = assertThrows(EmbeddedDatabase.NoDatabaseConfigured.class,
                () -> EmbeddedDatabase.embeddedWanted(Optional.empty(), Optional.of("false")));
        assertTrue(refused.getMessage().contains("QUARKUS_DATASOURCE_JDBC_URL"), refused.getMessage());
        assertTrue(refused.getMessage().contains("YINGSU_EMBEDDED_DATABASE=false"), refused.getMessage());
    }

    @Test
    void aSettingThatIsNeitherTrueNorFalseIsRefused() {
        var refused = assertThrows(EmbeddedDatabase.NoDatabaseConfigured.class,
                () -> EmbeddedDatabase.embeddedWanted(Optional.empty(), Optional.of("no")));
        assertTrue(refused.getMessage().contains("'no'"), refused.getMessage());
    }

    /** What an operator sees when the image is started without a database: a clear line and exit status 1, at once. */
    @Test
    void theProcessStopsAtOnceWithTheMessageAndStatus1(@TempDir Path home) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Duser.home=" + home,
                YingsuMain.class.getName()));
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE_"));
        builder.environment().put("YINGSU_EMBEDDED_DATABASE", "false");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process should stop by itself");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("Yingsu cannot start: No database configured: set QUARKUS_DATASOURCE_JDBC_URL"),
                output);
        assertFalse(output.contains("Embedded PostgreSQL"), output);
    }
}
