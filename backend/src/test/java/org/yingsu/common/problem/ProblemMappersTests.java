package org.yingsu.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the database refuses is bad input or a pause, never a 500 (reliability issue, item 5). */
class ProblemMappersTests {

    private final ProblemMappers mappers = new ProblemMappers();

    private Response answer(String sqlState) {
        return mappers.unexpected(new IllegalStateException("flush failed", new SQLException("refused", sqlState)));
    }

    @Test
    void dataExceptionsOfClass22AreBadInput() {
        for (String state : new String[] {"22003", "22008", "22021", "22P02", "22001"}) {
            assertEquals(400, answer(state).getStatus(), state);
        }
    }

    @Test
    void integrityViolationsOfClass23AreConflictsOrBadInput() {
        assertEquals(409, answer("23505").getStatus());
        assertEquals(409, answer("23503").getStatus());
        assertEquals(400, answer("23514").getStatus());
        assertEquals(409, answer("23P01").getStatus());
    }

    @Test
    void anUnreachableOrRestartingDatabaseIs503WithRetryAfter() {
        for (String state : new String[] {"08001", "08006", "57P01", "57P03", "53300"}) {
            Response response = answer(state);
            assertEquals(503, response.getStatus(), state);
            assertNotNull(response.getHeaderString("Retry-After"), state);
        }
        Response timeout = mappers.unexpected(new SQLException("Acquisition timeout while waiting for new connection"));
        assertEquals(503, timeout.getStatus());
    }
}
