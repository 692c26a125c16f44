package org.yingsu.common.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server the product runs on by default: durable and private (reliability issue, item 1). */
class EmbeddedDatabaseTests {

    @TempDir
    Path base;

    @Test
    void thePersistentServerSyncsEveryCommitToDiskAndSurvivesARestart() throws Exception {
        Path dataDir = base.resolve("pg16");
        try (EmbeddedDatabase.Server server = EmbeddedDatabase.start(dataDir, false)) {
            try (Connection connection = connect(server, server.password()); Statement statement = connection.createStatement()) {
                assertEquals("on", setting(statement, "fsync"));
                assertEquals("on", setting(statement, "synchronous_commit"));
                assertEquals("on", setting(statement, "full_page_writes"));
                statement.execute("create table kept (id int)");
                statement.execute("insert into kept values (7)");
            }
        }
        try (EmbeddedDatabase.Server again = EmbeddedDatabase.start(dataDir, false);
                Connection connection = connect(again, again.password());
                Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select id from kept");
            assertTrue(rows.next());
            assertEquals(7, rows.getInt(1));
        }
    }

    @Test
    void thePersistentServerRefusesConnectionsWithoutItsPasswordKeptReadableByItsOwnerAlone() throws Exception {
        Path dataDir = base.resolve("pg16");
        try (EmbeddedDatabase.Server server = EmbeddedDatabase.start(dataDir, false)) {
            assertRefusesAnyoneWithoutThePassword(server);
            Path passwordFile = EmbeddedDatabase.passwordFile(dataDir);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
            assertEquals(server.password(), Files.readString(passwordFile).trim());
            assertTrue(server.password().length() >= 32, "a password of 24 random bytes");
            try (Connection connection = connect(server, server.password()); Statement statement = connection.createStatement()) {
                assertEquals(List.of("scram-sha-256"), authMethods(statement).stream().distinct().toList());
            }
        }
    }

    @Test
    void aServerCreatedWhenLocalConnectionsWereTrustedNowRequiresThePasswordAndKeepsItsData() throws Exception {
        Path dataDir = base.resolve("pg16");
        // What earlier versions made: initdb -A trust, every local connection a superuser without a password.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
                Connection connection = old.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            assertTrue(authMethods(statement).contains("trust"));
            statement.execute("create table kept (id int)");
        }
        try (EmbeddedDatabase.Server server = EmbeddedDatabase.start(dataDir, false)) {
            assertRefusesAnyoneWithoutThePassword(server);
            try (Connection connection = connect(server, server.password()); Statement statement = connection.createStatement()) {
                assertEquals(List.of("scram-sha-256"), authMethods(statement).stream().distinct().toList());
                assertTrue(statement.executeQuery("select count(*) from kept").next());
                assertEquals("on", setting(statement, "fsync"));
            }
        }
    }

    @Test
    void aThrowawayTestServerRequiresAPasswordTooButNeedNotSync() throws Exception {
        try (EmbeddedDatabase.Server server = EmbeddedDatabase.start(base.resolve("throwaway"), true)) {
            assertRefusesAnyoneWithoutThePassword(server);
            try (Connection connection = connect(server, server.password()); Statement statement = connection.createStatement()) {
                assertEquals("off", setting(statement, "fsync"));
            }
        }
    }

    private static void assertRefusesAnyoneWithoutThePassword(EmbeddedDatabase.Server server) {
        assertThrows(SQLException.class, () -> connect(server, null).close());
        SQLException wrong = assertThrows(SQLException.class, () -> connect(server, "not-the-password").close());
        assertTrue(wrong.getMessage().contains("password authentication failed"), wrong.getMessage());
    }

    private static Connection connect(EmbeddedDatabase.Server server, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.SUPERUSER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/postgres", properties);
    }

    private static String setting(Statement statement, String name) throws SQLException {
        var rows = statement.executeQuery("show " + name);
        rows.next();
        return rows.getString(1);
    }

    private static List<String> authMethods(Statement statement) throws SQLException {
        var rows = statement.executeQuery("select auth_method from pg_hba_file_rules");
        List<String> methods = new ArrayList<>();
        while (rows.next()) {
            methods.add(rows.getString(1));
        }
        return methods;
    }
}
