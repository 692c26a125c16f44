package org.yingsu.common.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Set-based SQL kept in {@code .sql} resources beside the class that runs it, with {@code :name} parameters bound in
 * one place and rows read by column name. A resource holds one statement, or several, each introduced by a line
 * {@code -- name: <name>}.
 */
public final class Sql {

    /** {@code :name}, but not the second colon of a {@code ::type} cast. */
    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern SECTION = Pattern.compile("(?m)^-- name: (\\S+)\\s*$");
    private static final Map<String, Map<String, String>> RESOURCES = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** The statement of a resource that holds one. */
    public static String load(Class<?> owner, String resource) {
        Map<String, String> statements = statements(owner, resource);
        if (statements.size() != 1 || !statements.containsKey("")) {
            throw new IllegalStateException(resource + " holds named statements; ask for one by its name");
        }
        return statements.get("");
    }

    /** The statement {@code name} of a resource that holds several. */
    public static String load(Class<?> owner, String resource, String name) {
        String statement = statements(owner, resource).get(name);
        if (statement == null) {
            throw new IllegalStateException(resource + " has no statement named " + name);
        }
        return statement;
    }

    private static Map<String, String> statements(Class<?> owner, String resource) {
        return RESOURCES.computeIfAbsent(owner.getPackageName() + "/" + resource, key -> {
            try (InputStream in = owner.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No SQL resource " + resource + " beside " + owner.getName());
                }
                return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Map<String, String> split(String text) {
        Map<String, String> statements = new LinkedHashMap<>();
        Matcher matcher = SECTION.matcher(text);
        if (!matcher.find()) {
            statements.put("", text.strip());
            return statements;
        }
        while (true) {
            String name = matcher.group(1);
            int start = matcher.end();
            boolean more = matcher.find();
            statements.put(name, text.substring(start, more ? matcher.start() : text.length()).strip());
            if (!more) {
                return statements;
            }
        }
    }

    /**
     * The statement with each {@code :name} replaced by {@code ?} and the values in their order. A value is a
     * scalar JDBC knows, or an array ({@code Integer[]}, {@code Long[]}, {@code String[]}) sent as a PostgreSQL array.
     */
    public static Bound bind(String sql, Map<String, ?> values) {
        StringBuilder positional = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        Matcher matcher = NAMED.matcher(sql);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalStateException("No value for :" + name);
            }
            parameters.add(values.get(name));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        return new Bound(positional.toString(), parameters);
    }

    /** A statement ready for JDBC: its text with {@code ?} and its parameters in order. */
    public record Bound(String sql, List<Object> parameters) {

        public PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            int index = 1;
            for (Object value : parameters) {
                if (value instanceof Integer[] ints) {
                    statement.setArray(index++, connection.createArrayOf("integer", ints));
                } else if (value instanceof Long[] longs) {
                    statement.setArray(index++, connection.createArrayOf("bigint", longs));
                } else if (value instanceof String[] strings) {
                    statement.setArray(index++, connection.createArrayOf("text", strings));
                } else if (value == null) {
                    statement.setNull(index++, java.sql.Types.NULL);
                } else {
                    statement.setObject(index++, value);
                }
            }
            return statement;
        }

        /** Runs a query and hands every row to {@code reader}. */
        public void query(Connection connection, RowReader reader) throws SQLException {
            try (PreparedStatement statement = prepare(connection); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }

        public int update(Connection connection) throws SQLException {
            try (PreparedStatement statement = prepare(connection)) {
                return statement.executeUpdate();
            }
        }
    }

    /** Reads one row, by column name. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
