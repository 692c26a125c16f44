package org.yingsu.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;

/** Issue 16 item 8: a log line says on which day, at what time and in which offset it was written. */
class LogFormatTests {

    @Test
    void consoleLinesStartWithAnIso8601DateTimeAndOffset() throws IOException {
        Properties settings = new Properties();
        try (InputStream in = LogFormatTests.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        PatternFormatter formatter = new PatternFormatter(settings.getProperty("quarkus.log.console.format"));
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "开庭预警已发送", LogFormatTests.class.getName());
        record.setInstant(Instant.parse("2026-12-03T01:30:00.250Z"));
        record.setLoggerName("org.yingsu.warnings.WarningService");
        String line = formatter.format(record);
        assertTrue(line.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) INFO  .*开庭预警已发送\\R"),
                line);
    }
}
