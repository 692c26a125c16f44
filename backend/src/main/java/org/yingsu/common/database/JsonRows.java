package org.yingsu.common.database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Rows sent to a set-based statement as one JSON array, which the statement expands with
 * {@code jsonb_to_recordset}: one parameter whatever the number of rows, so one cached plan.
 */
public final class JsonRows {

    private JsonRows() {
    }

    public static String text(ObjectMapper mapper, ArrayNode rows) {
        try {
            return mapper.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text array column; null stays null, so that the statement can keep what is stored. */
    public static void array(ObjectNode row, String field, List<?> values) {
        if (values == null) {
            row.putNull(field);
        } else {
            ArrayNode array = row.putArray(field);
            values.forEach(value -> array.add(value instanceof Enum<?> code ? code.name() : (String) value));
        }
    }

    /** A coded column; null stays null, so that the statement can keep what is stored or take its default. */
    public static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
